"""Where Packstation keeps its local files (audit log, outbox, cache, logs).

Nothing here is secret: the API key lives only in the OS keyring (see ``secrets.py``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

APP_DIR_WINDOWS = "Packstation"
APP_DIR_POSIX = "packstation"
DATA_DIR_ENV = "PACKSTATION_DATA_DIR"
MACHINE_DIR_ENV = "PACKSTATION_MACHINE_DIR"
MACHINE_SETTINGS = "station.ini"


class DataDirError(RuntimeError):
    """The data folder cannot be created or written. The message is meant for people."""


def _windows_dirs() -> PlatformDirsABC:
    from platformdirs.windows import Windows

    # appauthor=False: %LOCALAPPDATA%\Packstation, not ...\Packstation\Packstation.
    return Windows(APP_DIR_WINDOWS, appauthor=False, roaming=False)


def default_data_dir(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> Path:
    """The platform's per-user app data folder for Packstation (platformdirs).

    Windows: ``%LOCALAPPDATA%\\Packstation`` (the shell's Local AppData folder);
    macOS: ``~/Library/Application Support/Packstation``; elsewhere
    ``$XDG_DATA_HOME/packstation`` (an absolute path only) or ``~/.local/share/packstation``.
    ``PACKSTATION_DATA_DIR`` in ``environ`` overrides all of them (kiosks, portable
    installs); the platform's own variables come from the process environment.
    The folders are the ones Packstation has always used: an upgrade finds its data.
    """
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    override = env.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override)
    if plat.startswith("win"):
        return Path(_windows_dirs().user_data_dir)
    if plat == "darwin":
        # Not platformdirs' MacOS: platformdirs 4.14 follows $XDG_DATA_HOME on macOS too,
        # which Packstation never did (a Mac with XDG_DATA_HOME set would lose its data).
        return Path.home() / "Library" / "Application Support" / APP_DIR_WINDOWS
    from platformdirs.unix import Unix

    return Path(Unix(APP_DIR_POSIX).user_data_dir)


def machine_dir(environ: Mapping[str, str] | None = None,
                platform: str | None = None) -> Path:
    """The machine-wide folder IT sets up at install for the supervisor-only settings:
    readable by every user, writable by administrators only.

    Windows: ``%ProgramData%\\Packstation`` (platformdirs' site config folder; the installer
    sets its ACLs); elsewhere ``/etc/packstation`` (not platformdirs' ``/etc/xdg/...``:
    IT's ``station.ini`` is already there). ``PACKSTATION_MACHINE_DIR`` overrides it."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    override = env.get(MACHINE_DIR_ENV, "").strip()
    if override:
        return Path(override)
    if plat.startswith("win"):
        return Path(_windows_dirs().site_config_dir)
    return Path("/etc") / APP_DIR_POSIX


@dataclass(frozen=True)
class AppPaths:
    """All local file locations, derived from one data folder (tests pass ``tmp_path``)."""

    data_dir: Path

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> AppPaths:
        return cls(default_data_dir(environ))

    @property
    def audit_db(self) -> Path:
        return self.data_dir / "audit.sqlite3"

    @property
    def outbox_db(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    @property
    def cache_db(self) -> Path:
        return self.data_dir / "cache.sqlite3"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def ensure(self) -> AppPaths:
        """Create the folders and prove they are writable; raise ``DataDirError`` if not."""
        for folder in (self.data_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataDirError(
                    f"Packstation could not create its data folder {folder} "
                    f"({exc.strerror or type(exc).__name__}). Ask IT to give this Windows user "
                    f"write access there, or set {DATA_DIR_ENV} to a folder that is writable."
                ) from exc
            _check_writable(folder)
        return self


def _check_writable(folder: Path) -> None:
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-", delete=True) as fh:
            fh.write(b"ok")
            fh.flush()
    except OSError as exc:
        raise DataDirError(
            f"Packstation cannot write to its data folder {folder} "
            f"({exc.strerror or type(exc).__name__}). Ask IT to give this Windows user "
            f"write access there, or set {DATA_DIR_ENV} to a folder that is writable."
        ) from exc
