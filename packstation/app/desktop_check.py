"""Before the first window on a Linux desktop: is the library Qt's xcb plugin needs there?

Qt 6.5+ loads ``libxcb-cursor.so.0`` for its X11 (xcb) platform plugin; without it the
app aborts with a long message that names the plugin, not the package. This check runs
first (standard library only: the bootstrap uses it before anything is installed) and
says exactly what to install.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

PACKAGE = "libxcb-cursor0"
INSTALL_HINT = (
    f"Packstation needs the system library {PACKAGE} to open its window on this Linux "
    "desktop (Qt's X11 plugin loads it).\n"
    f"Install it, then start again:\n"
    f"    Debian/Ubuntu:  sudo apt install {PACKAGE}\n"
    "    Fedora/RHEL:    sudo dnf install xcb-util-cursor\n"
    "    Arch:           sudo pacman -S xcb-util-cursor"
)


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would pick its X11 plugin: Linux, no other platform chosen, an X display
    (a Wayland session with QT_QPA_PLATFORM unset still starts through xcb when the
    Wayland plugin is missing, so a DISPLAY is what counts)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen and not chosen.startswith("xcb"):
        return False
    return bool(environ.get("DISPLAY", "").strip())


def missing_desktop_library(environ: Mapping[str, str] | None = None,
                            find: Callable[[str], str | None] = ctypes.util.find_library,
                            platform: str = sys.platform) -> str:
    """The install hint when the window would fail to open for want of libxcb-cursor0,
    else an empty string."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env, platform):
        return ""
    return "" if find("xcb-cursor") else INSTALL_HINT
