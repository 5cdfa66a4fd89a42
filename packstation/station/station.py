"""``Station``: everything the station knows about itself, built once in ``app.py``.

Qt-free. Holds the typed settings, the API key store, the audit log, the supervisor
lock and the operator session, plus small helpers the UI calls (who is signed in,
what to append to Centra's internal comment, whether setup is still needed).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import keyring.backend

from .audit import AnchorStore, AuditError, AuditKind, AuditLog, ChainAnchor
from .audit_hooks import (
    lock_audit_observer,
    lock_ledger_observer,
    restore_lockout,
    settings_audit_listener,
)
from .bench_settings import BenchSettingsFeed
from .email_choice import EmailChoice
from .ledger import (
    LedgerAnchor,
    LedgerCheckpoint,
    LedgerError,
    LedgerLine,
    StationLedger,
    open_ledger,
)
from .operators import OperatorSession
from .paths import AppPaths
from .pin import SupervisorLock, hash_pin
from .secrets import ApiKeyStore
from .settings import (
    BASE_URL,
    CENTRA_API,
    STATION_NAME,
    SUPERVISOR_PIN_HASH,
    SettingChange,
    SettingsStorage,
    StationSettings,
)

log = logging.getLogger(__name__)
NOBODY = "(nobody signed in)"


@dataclass
class Station:
    paths: AppPaths
    settings: StationSettings
    keys: ApiKeyStore
    audit: AuditLog
    lock: SupervisorLock
    operators: OperatorSession
    demo: bool = False
    demo_pin: str = ""
    settings_location: str = ""  # shown to the supervisor (INI path / registry key)
    _name: str = field(default="", init=False)
    # What the bench and the completer read (a snapshot, rebuilt on every change).
    bench_settings: BenchSettingsFeed = field(init=False)

    def __post_init__(self) -> None:
        # Cached so worker threads (the audited completer) never touch QSettings.
        self._name = self.settings.get(STATION_NAME)
        self.bench_settings = BenchSettingsFeed(self.settings)
        self.settings.add_listener(self._on_setting)

    # ---------------------------------------------------------------- queries

    @property
    def name(self) -> str:
        return self._name

    @property
    def base_url(self) -> str:
        return self.settings.get(BASE_URL)

    @property
    def api(self) -> str:
        """Which Centra API this station talks to: "order" or "integration"."""
        return self.settings.get(CENTRA_API)

    def operator_name(self) -> str:
        op = self.operators.current
        return op.name if op is not None else NOBODY

    def email_default(self) -> EmailChoice:
        return self.bench_settings.current().email_default

    def comment_suffix(self) -> str:
        """"Packed by Anna at Station 3" (or "" when switched off or nobody signed in)."""
        if not self.bench_settings.current().comment_packed_by or self.operators.current is None:
            return ""
        return self.operators.packed_by_comment(self._name)

    def missing_setup(self) -> list[str]:
        """What first-run setup still has to ask: "base_url", "api_key", "station", "pin"."""
        missing = []
        url = self.base_url
        if not url:
            missing.append("base_url")
        if not url or not self.keys.load(url).found:
            missing.append("api_key")
        if not self._name:
            missing.append("station")
        if not self.lock.has_pin:
            missing.append("pin")
        return missing

    # ---------------------------------------------------------------- changes

    def set_pin(self, pin: str) -> None:
        """Store a new supervisor PIN (salted scrypt hash only) and arm the lock with it."""
        stored = hash_pin(pin)
        self.settings.set(SUPERVISOR_PIN_HASH, stored, supervisor=True)
        self.lock.set_pin_hash(stored)

    def record(self, kind: AuditKind, *, shipment: str | None = None, detail: str = "") -> None:
        """Write one audit row; a failing audit log is logged, never raised at the packer."""
        try:
            self.audit.record(kind, station=self._name, operator=self.operator_name(),
                              shipment=shipment, detail=detail)
        except AuditError as exc:
            log.error("%s", exc)

    def _on_setting(self, change: SettingChange) -> None:
        if change.name == STATION_NAME.name:
            self._name = str(change.new)


SEEN_KEY = "settings_seen"


def _watch_outside_edits(settings: StationSettings, audit: AuditLog) -> None:
    """Every change of a supervisor-only setting leaves an audit row, from any path: the
    app's own changes through the listener, an INI or registry edit made while
    Packstation was closed by comparing with the values seen last (kept with the audit
    log), at start."""
    def remember(change: SettingChange | None = None) -> None:
        if change is None or change.persisted:
            try:
                audit.set_meta(SEEN_KEY, json.dumps(settings.seen_snapshot(), sort_keys=True))
            except AuditError as exc:
                log.error("%s", exc)

    try:
        raw = audit.meta(SEEN_KEY)
        seen = json.loads(raw) if raw else None
    except (AuditError, ValueError) as exc:
        log.error("Settings seen last could not be read: %s", exc)
        seen = None
    if isinstance(seen, dict):
        settings.report_outside_changes({str(k): str(v) for k, v in seen.items()})
    remember()
    settings.add_listener(remember)


def _read_ledger(ledger: StationLedger | None) -> tuple[list[LedgerLine] | None, list[str]]:
    """The ledger's lines and what is wrong with it (read, verified, appendable)."""
    if ledger is None:
        return None, []
    problems: list[str] = []
    lines: list[LedgerLine] | None = None
    try:
        found = ledger.read()
        lines, problems = found.lines, list(found.problems)
    except LedgerError as exc:
        problems.append(str(exc))
    cannot = ledger.check_appendable()
    if cannot is not None:
        problems.append(cannot)
        ledger.failed = cannot
    return lines, problems


def build_station(
    paths: AppPaths,
    storage: SettingsStorage,
    *,
    keyring_backend: keyring.backend.KeyringBackend | None = None,
    environ: Mapping[str, str] | None = None,
    lock_clock: Callable[[], float] | None = None,
    lockout_s: float = 300.0,
    idle_s: float = 120.0,
    demo: bool = False,
    demo_pin: str = "",
    machine_dir: Path | None = None,
) -> Station:
    """The one place that creates the station's long-lived collaborators.

    ``machine_dir``: the machine folder (``paths.machine_dir()``); where IT has created
    the station ledger there, wrong PINs, lockouts and the audit chain's head are kept in
    it too (``ledger.py``)."""
    paths.ensure()
    settings = StationSettings(storage)
    keys = ApiKeyStore(keyring_backend=keyring_backend, environ=environ)
    # The chain's head lives next to the settings file (or in the data folder when the
    # settings have no file): a deleted or replaced audit file is then reported.
    settings_file = str(getattr(storage, "file_name", "") or "")
    anchor_dir = Path(settings_file).parent if settings_file else paths.data_dir
    ledger = open_ledger(machine_dir, LedgerCheckpoint(anchor_dir / "ledger-seen.txt"))
    ledger_lines, ledger_problems = _read_ledger(ledger)
    anchors: list[ChainAnchor] = [AnchorStore(anchor_dir / "audit-anchor.txt")]
    if ledger is not None:
        anchors.append(LedgerAnchor(ledger, paths.audit_db))
    audit = AuditLog(paths.audit_db, secrets=keys.known_secrets, anchor=anchors)
    for problem in ledger_problems:  # an alarm at start and a row, never silence
        audit.report_problem(problem)
    if ledger is not None:
        ledger.on_problem = audit.report_problem  # failures while running: a row each
    pin_hash = settings.get(SUPERVISOR_PIN_HASH)
    lock = (SupervisorLock(pin_hash, lock_clock, lockout_s=lockout_s, idle_s=idle_s)
            if lock_clock is not None
            else SupervisorLock(pin_hash, lockout_s=lockout_s, idle_s=idle_s))
    try:  # wrong PINs and a lockout survive a restart (replayed from the audit log)
        restore_lockout(lock, audit, lockout_s=lockout_s, ledger=ledger_lines)
    except AuditError as exc:
        log.error("%s", exc)
    location = str(getattr(storage, "file_name", "")) or "(in memory)"
    station = Station(paths, settings, keys, audit, lock, OperatorSession(), demo, demo_pin,
                      location)
    lock.add_observer(lock_audit_observer(audit, station=lambda: station.name,
                                          operator=station.operator_name))
    if ledger is not None:
        lock.add_observer(lock_ledger_observer(ledger, lock, station=lambda: station.name))
    settings.add_listener(settings_audit_listener(audit, station=lambda: station.name,
                                                  operator=station.operator_name))
    _watch_outside_edits(settings, audit)
    if demo and demo_pin and not lock.has_pin:
        station.set_pin(demo_pin)
    return station
