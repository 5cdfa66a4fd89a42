"""Machine-wide defaults written by the installer for fleet roll-out (Qt-free, pure).

A silent install (``setup.exe /S /BASEURL=https://... /STATION="Station 3"``) writes
``%PROGRAMDATA%\\Packstation\\fleet.ini``::

    [fleet]
    base_url=https://shop.centra.com/api/order-api
    station=Station 3

The first-run setup screen pre-fills its fields from :func:`load_fleet_defaults`; the
command line (``--base-url``, ``--station``) still wins. Nothing secret lives here: the
API key goes to the per-user keyring (``packstation --set-key``).

The NSIS installer writes the file as UTF-16 LE with a BOM (Windows' profile API keeps
that encoding, so station names like "Packbord Åre" survive); hand-written files may be
UTF-8 or ANSI. :func:`decode_ini` accepts all three.
"""

from __future__ import annotations

import codecs
import configparser
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from packstation.station.paths import MACHINE_DIR_ENV, machine_dir

FLEET_INI_ENV = "PACKSTATION_FLEET_INI"
SECTION = "fleet"
MAX_STATION_CHARS = 60


@dataclass(frozen=True)
class FleetDefaults:
    """Defaults for the setup screen. Empty strings mean "not set by IT"."""

    base_url: str = ""
    station: str = ""
    problems: tuple[str, ...] = ()  # plain words, for the log; never shown as errors

    @property
    def empty(self) -> bool:
        return not self.base_url and not self.station


def fleet_ini_path(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> Path:
    """Where the installer writes ``fleet.ini`` on this kind of machine."""
    env = os.environ if environ is None else environ
    plat = sys.platform if platform is None else platform
    override = env.get(FLEET_INI_ENV, "").strip()
    if override:
        return Path(override)
    if plat == "darwin":
        return Path("/Library/Application Support/Packstation/fleet.ini")
    # Beside the machine-wide station.ini: %ProgramData%\Packstation, /etc/packstation.
    return machine_dir({k: v for k, v in env.items() if k != MACHINE_DIR_ENV}, plat) / "fleet.ini"


def decode_ini(raw: bytes) -> str:
    """UTF-16 (with BOM), UTF-8 (with or without BOM), else Windows-1252."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_fleet_ini(text: str) -> FleetDefaults:
    """Defaults from the text of a ``fleet.ini``; bad values are dropped with a reason."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        reason = f"fleet.ini is not a valid INI file ({type(exc).__name__})"
        return FleetDefaults(problems=(reason,))
    if not parser.has_section(SECTION):
        return FleetDefaults(problems=(f"fleet.ini has no [{SECTION}] section",))
    problems: list[str] = []
    base_url = _clean(parser.get(SECTION, "base_url", fallback=""))
    if base_url and not base_url.lower().startswith(("https://", "http://")):
        problems.append(f"fleet.ini base_url ignored: it must start with https:// ({base_url!r})")
        base_url = ""
    station = _clean(parser.get(SECTION, "station", fallback=""))
    if len(station) > MAX_STATION_CHARS:
        problems.append(f"fleet.ini station name cut to {MAX_STATION_CHARS} characters")
        station = station[:MAX_STATION_CHARS].rstrip()
    return FleetDefaults(base_url.rstrip("/"), station, tuple(problems))


def load_fleet_defaults(path: Path | None = None) -> FleetDefaults:
    """Read ``fleet.ini`` (default: :func:`fleet_ini_path`). A missing file is not a problem."""
    target = fleet_ini_path() if path is None else path
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        return FleetDefaults()
    except OSError as exc:
        return FleetDefaults(problems=(f"{target} could not be read ({exc.strerror})",))
    return parse_fleet_ini(decode_ini(raw))


def _clean(value: str) -> str:
    """Trim, drop surrounding quotes (NSIS users often quote) and control characters."""
    value = "".join(ch for ch in value if ch.isprintable()).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    return value
