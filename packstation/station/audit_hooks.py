"""Ready-made observers that turn supervisor-lock and settings events into audit rows.

    lock.add_observer(lock_audit_observer(log, station=..., operator=...))
    settings.add_listener(settings_audit_listener(log, station=..., operator=...))

``station`` and ``operator`` are callables so the rows carry whoever is current at the
time of the event. PINs are never written; sensitive settings show only "changed".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from .audit import AuditKind, AuditLog
from .ledger import LedgerLine, StationLedger, lockout_from_ledger
from .pin import LockEvent, LockObserver, SupervisorLock, UnlockResult
from .settings import SettingChange

_LOCK_KINDS: dict[LockEvent, AuditKind] = {
    LockEvent.UNLOCKED: AuditKind.SUPERVISOR_UNLOCK,
    LockEvent.WRONG_PIN: AuditKind.WRONG_PIN,
    LockEvent.LOCKED_OUT: AuditKind.PIN_LOCKOUT,
    LockEvent.REFUSED_LOCKED_OUT: AuditKind.PIN_LOCKOUT,
}


def lock_audit_observer(
    log: AuditLog, *, station: Callable[[], str], operator: Callable[[], str]
) -> LockObserver:
    def observe(event: LockEvent, result: UnlockResult | None) -> None:
        kind = _LOCK_KINDS.get(event)
        if kind is None:  # plain lock / idle lock are not audit events
            return
        detail = event.value
        if result is not None and event is LockEvent.WRONG_PIN:
            detail += f"; attempts_left={result.attempts_left}"
        elif result is not None and result.retry_after_s:
            detail += f"; retry_after_s={round(result.retry_after_s)}"
        log.record(kind, station=station(), operator=operator(), detail=detail)

    return observe


def restore_lockout(lock: SupervisorLock, log: AuditLog, *, lockout_s: float,
                    now: datetime | None = None,
                    ledger: Sequence[LedgerLine] | None = None) -> tuple[int, float]:
    """Carry wrong PINs and a lockout over a restart: replay the last ``lockout_s``
    seconds of the (hash-chained) audit log into ``lock``, and of the station ledger's
    lines when there is one; the stricter of the two wins (the ledger survives a deleted
    audit file). Problems the ledger shows are reported to ``log``. Returns (failures,
    seconds still locked)."""
    at = now or datetime.now(UTC)
    failures, left = _lockout_from_audit(log, lockout_s, at)
    if ledger is not None:
        more, longer, problems = lockout_from_ledger(ledger, pin=lock.pin_fingerprint,
                                                     lockout_s=lockout_s, now=at)
        for problem in problems:
            log.report_problem(problem)
        failures, left = max(failures, more), max(left, longer)
    lock.restore(failures, left)
    return failures, left


def _lockout_from_audit(log: AuditLog, lockout_s: float, at: datetime) -> tuple[int, float]:
    failures, locked_at = 0, None
    for e in log.entries_since(at - timedelta(seconds=lockout_s)):
        if e.kind is AuditKind.SUPERVISOR_UNLOCK or (
                e.kind is AuditKind.SETTING_CHANGED
                and e.detail.startswith("supervisor_pin_hash")):
            failures, locked_at = 0, None
        elif e.kind is AuditKind.WRONG_PIN:
            failures += 1
        elif e.kind is AuditKind.PIN_LOCKOUT and e.detail.startswith(LockEvent.LOCKED_OUT):
            failures, locked_at = 0, e.ts
    left = 0.0
    if locked_at is not None:
        left = max(0.0, lockout_s - (at - locked_at).total_seconds())
    return failures, left


def lock_ledger_observer(ledger: StationLedger, lock: SupervisorLock, *,
                         station: Callable[[], str]) -> LockObserver:
    """One ledger line for each wrong PIN, lockout and unlock (against the PIN in force:
    its fingerprint). Plain locks are not written."""
    def observe(event: LockEvent, result: UnlockResult | None) -> None:
        if event in (LockEvent.LOCKED, LockEvent.IDLE_LOCKED):
            return
        ledger.record_safely(event.value, pin=lock.pin_fingerprint, station=station())

    return observe


def settings_audit_listener(
    log: AuditLog, *, station: Callable[[], str], operator: Callable[[], str]
) -> Callable[[SettingChange], None]:
    def listen(change: SettingChange) -> None:
        log.record(AuditKind.SETTING_CHANGED, station=station(), operator=operator(),
                   detail=change.describe())

    return listen
