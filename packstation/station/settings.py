"""One typed registry of station settings, stored through a small ``SettingsStorage`` protocol.

Storage holds strings only (bools as ``true``/``false``, ints as digits, lists and dicts
as JSON), so the Windows registry, an INI file and the in-memory test store all behave
alike. The API key is deliberately *not* a setting: it lives only in the OS keyring.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from typing import Any, Generic, Protocol, TypeVar

from .setting_types import SettingError as SettingError  # re-exported for callers
from .setting_types import (
    base_url,
    boolean,
    encode,
    integer,
    name_list,
    pin_hash,
    services_map,
    text,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
SCHEMA_VERSION = 1
SCHEMA_KEY = "schema_version"


class SupervisorRequired(SettingError):
    """A supervisor-only setting was changed without supervisor mode."""


class SettingsStorage(Protocol):
    def value(self, key: str) -> object | None: ...
    def set_value(self, key: str, value: object) -> None: ...
    def remove(self, key: str) -> None: ...
    def sync(self) -> None: ...


class LayeredStorage:
    """Supervisor-only settings from a machine-wide store IT writes at install (readable
    by the packer's account, writable by administrators), everything else from the
    per-user store. While the machine store does not exist (``machine_active()`` False:
    a developer box, an install from before), both kinds live in the per-user store."""

    def __init__(self, machine: SettingsStorage, user: SettingsStorage,
                 machine_active: Callable[[], bool]) -> None:
        self.machine = machine
        self.user = user
        self._active = machine_active
        self._machine_dirty = False  # only a change of its own makes the machine file sync

    def _for(self, key: str) -> SettingsStorage:
        setting = REGISTRY.get(key)
        supervisor = setting is not None and setting.supervisor_only
        return self.machine if supervisor and self._active() else self.user

    @property
    def file_name(self) -> str:
        return str(getattr(self.user, "file_name", ""))

    @property
    def machine_file_name(self) -> str:
        return str(getattr(self.machine, "file_name", "")) if self._active() else ""

    def value(self, key: str) -> object | None:
        return self._for(key).value(key)

    def set_value(self, key: str, value: object) -> None:
        store = self._for(key)
        self._machine_dirty |= store is self.machine
        store.set_value(key, value)

    def remove(self, key: str) -> None:
        store = self._for(key)
        self._machine_dirty |= store is self.machine
        store.remove(key)

    def sync(self) -> None:
        self.user.sync()
        if self._machine_dirty:
            try:
                self.machine.sync()
            finally:
                self._machine_dirty = False


class MemoryStorage:
    """Dict-backed storage for tests."""

    def __init__(self, initial: dict[str, object] | None = None) -> None:
        self.data: dict[str, object] = dict(initial or {})

    def value(self, key: str) -> object | None:
        return self.data.get(key)

    def set_value(self, key: str, value: object) -> None:
        self.data[key] = value

    def remove(self, key: str) -> None:
        self.data.pop(key, None)

    def sync(self) -> None:
        pass


@dataclass(frozen=True, eq=False)
class Setting(Generic[T_co]):
    """One station setting: name, Python type, default, help text, who may change it."""

    name: str
    type: type
    default: T_co
    description: str
    supervisor_only: bool = True
    _: KW_ONLY
    parse: Callable[[object], T_co]
    choices: tuple[str, ...] = ()
    sensitive: bool = False  # value never shown in audit details


def _str(name: str, default: str, doc: str, *, choices: tuple[str, ...] = (),
         parse: Callable[[object], str] | None = None, sup: bool = True,
         max_len: int = 200, sensitive: bool = False,
         allow_control: bool = False) -> Setting[str]:
    parser = parse or text(max_len, choices, allow_control=allow_control)
    return Setting(name, str, default, doc, sup, parse=parser, choices=choices,
                   sensitive=sensitive)


def _bool(name: str, default: bool, doc: str, *, sup: bool = True) -> Setting[bool]:
    return Setting(name, bool, default, doc, sup, parse=boolean)


CARRIERS = ["PostNord", "DHL", "UPS", "Bring", "Budbee", "DB Schenker"]
SERVICES = {
    "PostNord": ["MyPack Collect", "MyPack Home", "Parcel", "Varubrev"],
    "DHL": ["Service Point", "Home Delivery", "Parcel Connect", "Express"],
    "UPS": ["Standard", "Express Saver", "Express"],
    "Bring": ["PickUp Parcel", "Home Delivery Parcel", "Business Parcel"],
    "Budbee": ["Home", "Box"],
    "DB Schenker": ["Parcel", "System"],
}

STATION_NAME = _str("station_name", "", "Name of this packing station, e.g. 'Station 3'.",
                    max_len=60)
BASE_URL = _str("base_url", "", "Centra Order API address (https://…), or the …/graphql "
                "address for the Integration API.", parse=base_url)
CENTRA_API = _str("centra_api", "order",
                  "Which Centra API: order (Order API, API key) or integration "
                  "(Integration API, GraphQL token).", choices=("order", "integration"))
CARRIERS_SETTING: Setting[list[str]] = Setting(
    "carriers", list, CARRIERS, "Carriers offered at this station.", parse=name_list)
SERVICES_SETTING: Setting[dict[str, list[str]]] = Setting(
    "services", dict, SERVICES, "Services offered per carrier.", parse=services_map)
DEFAULT_CAPTURE = _bool("default_capture", True, "Capture payment when completing a shipment.")
TRACKING_REQUIRED = _bool("tracking_required", True, "A tracking number is needed to complete.")
AUTO_TICK_ON_TRACKING = _bool(
    "auto_tick_on_tracking", True, "Enter in the tracking field ticks good-to-go and shipped.")
SCANNER_PREFIX = _str("scanner_prefix", "", "Characters the scanner sends before a code.",
                      max_len=10, allow_control=True)
SCANNER_SUFFIX = _str("scanner_suffix", "", "Characters the scanner sends after a code.",
                      max_len=10, allow_control=True)
SCANNER_MAX_GAP_MS: Setting[int] = Setting(
    "scanner_max_gap_ms", int, 30, "Longest pause between scanner keystrokes (ms).",
    parse=integer(1, 1000))
SOUNDS = _bool("sounds", True, "Play sounds on scans and errors.", sup=False)
LANGUAGE = _str("language", "en", "User interface language.", choices=("en", "sv", "de"),
                sup=False)
VERIFICATION_MODE = _str("verification_mode", "off", "Item scan verification.",
                         choices=("off", "warn", "require"))
SEND_EMAIL_DEFAULT = _str("send_email_default", "store",
                          "Shipping confirmation e-mail: store setting, send, or don't.",
                          choices=("store", "send", "dont"))
COMMENT_PACKED_BY = _bool("comment_packed_by", True,
                          "Add 'Packed by … at …' to Centra's internal comment.")
BUNDLES_PREPACKED = _bool("bundles_prepacked", False,
                          "Bundles arrive pre-packed: scan the bundle's own code, not its contents.")
DOCUMENT_WHEN = ("never", "always", "outside_eu")
DELIVERY_NOTE_PRINT = _str("delivery_note_print", "never",
                           "Print Centra's delivery note: never, always, or outside the EU "
                           "customs union.", choices=DOCUMENT_WHEN)
DELIVERY_NOTE_COPIES: Setting[int] = Setting(
    "delivery_note_copies", int, 1, "Copies of the delivery note.", parse=integer(1, 9))
PROFORMA_PRINT = _str("proforma_print", "never",
                      "Print Centra's proforma invoice (customs papers): never, always, or "
                      "outside the EU customs union.", choices=DOCUMENT_WHEN)
PROFORMA_COPIES: Setting[int] = Setting(
    "proforma_copies", int, 2, "Copies of the proforma invoice.", parse=integer(1, 9))
DOCUMENT_PRINTER = _str("document_printer", "",
                        "Printer for documents: empty for the PC's default printer, a printer "
                        "name, or file:<folder> to write PDF files.", max_len=260)
SUPERVISOR_PIN_HASH = _str("supervisor_pin_hash", "", "scrypt hash of the supervisor PIN.",
                           parse=pin_hash, sensitive=True)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    STATION_NAME, BASE_URL, CENTRA_API, CARRIERS_SETTING, SERVICES_SETTING, DEFAULT_CAPTURE,
    TRACKING_REQUIRED, AUTO_TICK_ON_TRACKING, SCANNER_PREFIX, SCANNER_SUFFIX,
    SCANNER_MAX_GAP_MS, SOUNDS, LANGUAGE, VERIFICATION_MODE, SEND_EMAIL_DEFAULT,
    COMMENT_PACKED_BY, BUNDLES_PREPACKED, DELIVERY_NOTE_PRINT, DELIVERY_NOTE_COPIES,
    PROFORMA_PRINT, PROFORMA_COPIES, DOCUMENT_PRINTER, SUPERVISOR_PIN_HASH,
)
REGISTRY: dict[str, Setting[Any]] = {s.name: s for s in ALL_SETTINGS}

Migration = Callable[[SettingsStorage], None]
# MIGRATIONS[v] upgrades stored settings from schema v to v + 1.
MIGRATIONS: dict[int, Migration] = {}


def migrate(storage: SettingsStorage, migrations: dict[int, Migration] | None = None,
            target: int = SCHEMA_VERSION) -> int:
    """Bring ``storage`` up to ``target``; returns the schema version now stored."""
    steps = MIGRATIONS if migrations is None else migrations
    raw = storage.value(SCHEMA_KEY)
    try:
        version = target if raw is None else int(str(raw))
    except ValueError:
        version = target
    if version > target:
        log.warning("Settings were written by a newer Packstation (schema %s).", version)
        return version
    while version < target:
        step = steps.get(version)
        if step is not None:
            step(storage)
        version += 1
    storage.set_value(SCHEMA_KEY, str(version))
    storage.sync()
    return version


@dataclass(frozen=True)
class SettingChange:
    name: str
    old: object
    new: object
    sensitive: bool = False
    how: str = ""  # "" (in Packstation), "command line, this run only", "outside …"
    persisted: bool = True

    def describe(self) -> str:
        how = f" ({self.how})" if self.how else ""
        if self.sensitive:
            return f"{self.name} changed{how}"
        return f"{self.name}: {self.old!r} → {self.new!r}{how}"


class StationSettings:
    """Typed access to station settings: ``settings.get(BASE_URL) -> str``."""

    def __init__(self, storage: SettingsStorage,
                 migrations: dict[int, Migration] | None = None) -> None:
        self._storage = storage
        self._listeners: list[Callable[[SettingChange], None]] = []
        self._overrides: dict[str, object] = {}  # command line: this run only
        self.schema_version = migrate(storage, migrations)

    def add_listener(self, listener: Callable[[SettingChange], None]) -> None:
        self._listeners.append(listener)

    def get(self, setting: Setting[T]) -> T:
        if setting.name in self._overrides:
            return copy.deepcopy(self._overrides[setting.name])  # type: ignore[return-value]
        return self.stored(setting)

    def stored(self, setting: Setting[T]) -> T:
        """The saved value (command-line overrides left out)."""
        raw = self._storage.value(setting.name)
        if raw is not None:
            try:
                return setting.parse(raw)
            except SettingError:
                log.warning("Ignoring an invalid stored value for %s.", setting.name)
        return copy.deepcopy(setting.default)

    def set(self, setting: Setting[T], value: object, *,
            supervisor: bool = False) -> SettingChange | None:
        """Validate and store; returns the change (for the audit log) or None if unchanged."""
        if REGISTRY.get(setting.name) is not setting:
            raise SettingError(f"Unknown setting {setting.name!r}.")
        if setting.supervisor_only and not supervisor:
            raise SupervisorRequired("Only a supervisor can change this setting.")
        new = setting.parse(value)
        self._overrides.pop(setting.name, None)  # saved now: no longer for this run only
        old = self.get(setting)
        if new == old and self._storage.value(setting.name) is not None:
            return None
        before = self._storage.value(setting.name)
        self._storage.set_value(setting.name, encode(new))
        try:
            self._storage.sync()
        except RuntimeError as exc:  # SettingsStorageError: e.g. the machine-wide file
            # is read-only for this account. Nothing changed: do not keep it in memory.
            if before is None:
                self._storage.remove(setting.name)
            else:
                self._storage.set_value(setting.name, before)
            raise SettingError(str(exc)) from exc
        change = SettingChange(setting.name, old, new, setting.sensitive)
        for listener in list(self._listeners):
            listener(change)
        return change

    def override(self, setting: Setting[T], value: object) -> SettingChange | None:
        """Use ``value`` for this run only (``--base-url``, ``--station``): nothing is
        saved; listeners (the audit log) hear of it. A supervisor saving it makes it stay."""
        new = setting.parse(value)
        old = self.get(setting)
        self._overrides[setting.name] = new
        if new == old:
            return None
        change = SettingChange(setting.name, old, new, setting.sensitive,
                               how="command line, this run only", persisted=False)
        self._notify(change)
        return change

    def seen_snapshot(self) -> dict[str, str]:
        """The saved supervisor-only values, encoded (to spot edits made outside)."""
        return {s.name: encode(self.stored(s)) for s in ALL_SETTINGS if s.supervisor_only}

    def report_outside_changes(self, seen: dict[str, str]) -> list[SettingChange]:
        """Changes of supervisor-only settings since ``seen`` (an INI or registry edit
        while Packstation was closed); each is announced to the listeners."""
        changes = []
        for s in ALL_SETTINGS:
            if not s.supervisor_only or s.name not in seen:
                continue
            now = encode(self.stored(s))
            if now != seen[s.name]:
                changes.append(SettingChange(s.name, seen[s.name], now, s.sensitive,
                                             how="changed outside Packstation"))
        for change in changes:
            self._notify(change)
        return changes

    def _notify(self, change: SettingChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    def reset(self, setting: Setting[T], *, supervisor: bool = False) -> SettingChange | None:
        return self.set(setting, copy.deepcopy(setting.default), supervisor=supervisor)

    def problems(self) -> list[str]:
        """Names of settings whose stored value is invalid (the default is used instead)."""
        bad = []
        for s in ALL_SETTINGS:
            raw = self._storage.value(s.name)
            try:
                if raw is not None:
                    s.parse(raw)
            except SettingError:
                bad.append(s.name)
        return bad

    def snapshot(self) -> dict[str, object]:
        return {s.name: self.get(s) for s in ALL_SETTINGS}
