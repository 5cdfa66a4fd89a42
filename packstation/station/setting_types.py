"""Parsers for station settings: raw stored value (or user input) -> typed value.

Each parser accepts the strings that storage hands back (INI files give only strings)
as well as native values (a registry DWORD, a real list), and raises ``SettingError``
with a message meant for the person at the station.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from urllib.parse import urlsplit

from .pin import is_pin_hash

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class SettingError(ValueError):
    """A value was refused. The message is shown next to the field, in plain words."""



# -- parsers: raw (stored string or user value) -> typed value, or SettingError ---------

def _as_str(raw: object, label: str) -> str:
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return ",".join(raw)  # QSettings splits unquoted commas in hand-edited INI files
    if not isinstance(raw, str):
        raise SettingError(f"{label} must be text.")
    return raw


def text(
    max_len: int = 200, choices: tuple[str, ...] = (), *, allow_control: bool = False
) -> Callable[[object], str]:
    def parse(raw: object) -> str:
        value = _as_str(raw, "This setting")
        if not allow_control and any(unicodedata.category(ch) == "Cc" for ch in value):
            raise SettingError("This setting cannot contain control characters.")
        if choices and value not in choices:
            raise SettingError(f"Choose one of: {', '.join(choices)}.")
        if len(value) > max_len:
            raise SettingError(f"Use at most {max_len} characters.")
        return value
    return parse


def boolean(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in ("true", "1", "yes", "on"):
        return True
    if isinstance(raw, str) and raw.strip().lower() in ("false", "0", "no", "off"):
        return False
    raise SettingError("This setting must be on or off.")


def integer(lo: int, hi: int) -> Callable[[object], int]:
    def parse(raw: object) -> int:
        try:
            if isinstance(raw, bool) or not isinstance(raw, (int, str)):
                raise ValueError
            value = int(raw)
        except ValueError:
            raise SettingError("This setting must be a whole number.") from None
        if not lo <= value <= hi:
            raise SettingError(f"Use a number from {lo} to {hi}.")
        return value
    return parse


def _json_or_value(raw: object) -> object:
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            raise SettingError("The stored value is not valid.") from None
    return raw


def _names(raw: object, what: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise SettingError(f"{what} must be a list of names.")
    out: list[str] = []
    for item in (x.strip() for x in raw):
        if not item:
            raise SettingError(f"{what} cannot contain an empty name.")
        if item not in out:
            out.append(item)
    return out


def name_list(raw: object) -> list[str]:
    return _names(_json_or_value(raw), "The list")


def services_map(raw: object) -> dict[str, list[str]]:
    value = _json_or_value(raw)
    if not isinstance(value, dict):
        raise SettingError("Services must map each carrier to a list of services.")
    return {str(k).strip(): _names(v, f"Services for {k}") for k, v in value.items()}


def base_url(raw: object) -> str:
    value = _as_str(raw, "The Centra address").strip().rstrip("/")
    if not value:
        return ""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        raise SettingError("The Centra address is not a valid web address.") from None
    if parts.scheme not in ("https", "http") or not host:
        raise SettingError("The Centra address must start with https:// and name a server.")
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise SettingError(
            "The Centra address must use https://. Plain http:// would send the API key "
            "unencrypted; it is only allowed for this computer (localhost)."
        )
    if parts.username or parts.password:
        raise SettingError("Do not put a user name or key in the address; use the API key field.")
    if parts.query or parts.fragment:
        raise SettingError("The Centra address cannot contain ? or #.")
    return value


def pin_hash(raw: object) -> str:
    value = _as_str(raw, "The PIN hash")
    if value and not is_pin_hash(value):
        raise SettingError("The stored supervisor PIN is damaged; set a new PIN.")
    return value


def encode(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
