"""AuditLog: append-only SQLite, day filter, CSV export, redaction, threads."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from packstation.station.audit import REDACTED, AuditKind, AuditLog, redact
from packstation.station.secrets import Secret


class FakeNow:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeNow:
    return FakeNow(datetime(2026, 11, 27, 9, 30, tzinfo=UTC))


@pytest.fixture
def log(tmp_path: Path, clock: FakeNow) -> AuditLog:
    return AuditLog(tmp_path / "audit.sqlite3", clock=clock, tz=UTC)


def test_record_and_read(log: AuditLog) -> None:
    entry = log.record(AuditKind.COMPLETION_ATTEMPT, station="Station 3", operator="Anna",
                       shipment="12345-1", detail="capture=true")
    assert entry.id == 1 and entry.kind is AuditKind.COMPLETION_ATTEMPT
    [read] = log.entries()
    assert read == entry
    assert read.ts.tzinfo is not None


def test_wal_mode(log: AuditLog) -> None:
    conn = sqlite3.connect(log.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_update_and_delete_are_refused(log: AuditLog) -> None:
    log.record("sign_in", station="S1", operator="Anna")
    conn = sqlite3.connect(log.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("UPDATE events SET operator='Mallory'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute("DELETE FROM events")
    finally:
        conn.close()
    assert [e.operator for e in log.entries()] == ["Anna"]


def test_reopen_keeps_rows_and_triggers(tmp_path: Path) -> None:
    AuditLog(tmp_path / "a.db").record("sign_in", station="S", operator="A")
    again = AuditLog(tmp_path / "a.db")
    assert len(again.entries()) == 1


def test_unknown_kind_rejected(log: AuditLog) -> None:
    with pytest.raises(ValueError):
        log.record("made_up", station="S", operator="A")


def test_entries_by_day(log: AuditLog, clock: FakeNow) -> None:
    clock.now = datetime(2026, 11, 26, 23, 59, 59, tzinfo=UTC)
    log.record("sign_in", station="S", operator="yesterday")
    clock.now = datetime(2026, 11, 27, 0, 0, tzinfo=UTC)
    log.record("sign_in", station="S", operator="midnight")
    clock.now += timedelta(hours=23, minutes=59)
    log.record("sign_out", station="S", operator="late")
    clock.now += timedelta(minutes=1)
    log.record("sign_in", station="S", operator="tomorrow")
    today = [e.operator for e in log.entries(date(2026, 11, 27))]
    assert today == ["midnight", "late"]
    assert len(log.entries()) == 4


def test_entries_for_today_in_local_time(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.db")  # real clock, system local time zone
    log.record("mark_gtg", station="S", operator="A", shipment="1-1")
    assert [e.kind for e in log.entries(date.today())] == [AuditKind.MARK_GTG]
    assert log.entries(date.today() - timedelta(days=2)) == []


def test_export_csv(log: AuditLog, tmp_path: Path) -> None:
    log.record(AuditKind.EMAIL_OVERRIDE, station="Station 3", operator="Åsa",
               shipment="100-1", detail="sendEmail=false, by supervisor")
    log.record(AuditKind.VERIFICATION_BYPASS, station="Station 3", operator="Åsa",
               detail="=HYPERLINK(\"http://x\")")
    buf = io.StringIO()
    assert log.export_csv(buf) == 2
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[0] == ["id", "timestamp_utc", "station", "operator", "kind", "shipment", "detail",
                       "chain"]
    assert rows[1] == ["1", "2026-11-27T09:30:00.000000+00:00", "Station 3", "Åsa",
                       "email_override", "100-1", "sendEmail=false, by supervisor", "ok"]
    assert rows[2][6].startswith("'=")  # no spreadsheet formula injection

    out = tmp_path / "export.csv"
    assert log.export_csv(out, day=date(2026, 11, 27)) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM so Excel reads Å correctly
    assert log.export_csv(tmp_path / "none.csv", day=date(2026, 1, 1)) == 0


def test_redact() -> None:
    assert redact("key abcd1234 here", ["abcd1234"]) == f"key {REDACTED} here"
    assert redact("x", [Secret("abc")]) == "x"  # too short to be a real key: left alone
    assert redact("k=SECRETVALUE", [Secret("SECRETVALUE")]) == f"k={REDACTED}"
    assert redact("API-Key: s3cr3t, next") == f"API-Key: {REDACTED}, next"
    assert redact("Authorization: Bearer tok.en") == f"Authorization: {REDACTED}"
    assert redact("packed 3 items") == "packed 3 items"


def test_record_redacts_with_provider(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "a.db", secrets=lambda: [Secret("topsecretkey")])
    entry = log.record("setting_changed", station="S", operator="A",
                       detail="tried topsecretkey")
    assert entry.detail == f"tried {REDACTED}"
    assert b"topsecretkey" not in (tmp_path / "a.db").read_bytes()


def test_thread_safe_writes(log: AuditLog) -> None:
    def worker(n: int) -> None:
        for i in range(25):
            log.record("completion_result", station=f"S{n}", operator="A", detail=str(i))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    entries = log.entries()
    assert len(entries) == 200
    assert len({e.id for e in entries}) == 200


def test_lock_and_settings_hooks(log: AuditLog) -> None:
    from packstation.station.audit_hooks import lock_audit_observer, settings_audit_listener
    from packstation.station.pin import SupervisorLock, hash_pin
    from packstation.station.settings import (
        STATION_NAME,
        SUPERVISOR_PIN_HASH,
        MemoryStorage,
        StationSettings,
    )

    now = [0.0]
    pin_hash = hash_pin("246802")
    lock = SupervisorLock(pin_hash, clock=lambda: now[0], max_attempts=2, lockout_s=60)
    lock.add_observer(lock_audit_observer(log, station=lambda: "S3", operator=lambda: "Anna"))
    lock.unlock("111111")
    lock.unlock("111111")
    lock.unlock("246802")  # refused: locked out
    now[0] = 61
    lock.unlock("246802")
    lock.lock()

    settings = StationSettings(MemoryStorage())
    settings.add_listener(settings_audit_listener(log, station=lambda: "S3",
                                                  operator=lambda: "Anna"))
    settings.set(STATION_NAME, "S3", supervisor=True)
    settings.set(SUPERVISOR_PIN_HASH, hash_pin("975310"), supervisor=True)

    rows = [(e.kind.value, e.detail) for e in log.entries()]
    assert rows == [
        ("wrong_pin", "wrong_pin; attempts_left=1"),
        ("pin_lockout", "locked_out; retry_after_s=60"),
        ("pin_lockout", "refused_locked_out; retry_after_s=60"),
        ("supervisor_unlock", "unlocked"),
        ("setting_changed", "station_name: '' → 'S3'"),
        ("setting_changed", "supervisor_pin_hash changed"),
    ]
    assert all("246802" not in d and "975310" not in d for _, d in rows)
