"""Append-only audit log in SQLite: who did what, at which station, when.

UPDATE and DELETE are refused by triggers inside the database, so a bug (or a curious
supervisor with a SQLite browser) cannot quietly rewrite history. This is protection
against mistakes, not against an attacker with file access: DROP TABLE still works.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from .redaction import REDACTED as REDACTED  # re-exported
from .redaction import redact as redact  # re-exported
from .secret_value import Secret

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events(
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    station TEXT NOT NULL,
    operator TEXT NOT NULL,
    kind TEXT NOT NULL,
    shipment TEXT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS events_ts ON events(ts);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


class AuditKind(StrEnum):
    COMPLETION_ATTEMPT = "completion_attempt"
    COMPLETION_RESULT = "completion_result"
    MARK_GTG = "mark_gtg"  # attempt: "Mark good-to-go only" (PUT with gtg, not shipped)
    MARK_GTG_RESULT = "mark_gtg_result"
    SUPERVISOR_UNLOCK = "supervisor_unlock"
    WRONG_PIN = "wrong_pin"
    PIN_LOCKOUT = "pin_lockout"
    EMAIL_OVERRIDE = "email_override"
    VERIFICATION_BYPASS = "verification_bypass"
    PAPERS_BYPASS = "papers_bypass"  # customs papers not printed, supervisor let it go
    SETTING_CHANGED = "setting_changed"
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: datetime  # timezone-aware, UTC
    station: str
    operator: str
    kind: AuditKind
    shipment: str | None
    detail: str


class AuditError(RuntimeError):
    """The audit log could not be written or read. The message is meant for people."""


SecretProvider = Callable[[], Iterable[str | Secret]]


def _to_iso(ts: datetime) -> str:
    return ts.astimezone(UTC).isoformat(timespec="microseconds")


def _day_bounds(day: date, tz: tzinfo | None) -> tuple[str, str]:
    start = datetime.combine(day, time())
    end = start + timedelta(days=1)
    if tz is None:  # system local time, DST-aware via the C library
        return _to_iso(start.astimezone()), _to_iso(end.astimezone())
    return _to_iso(start.replace(tzinfo=tz)), _to_iso(end.replace(tzinfo=tz))


class AuditLog:
    """Thread-safe: each call opens its own connection; writes are serialised by a lock."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        secrets: SecretProvider | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        tz: tzinfo | None = None,
    ) -> None:
        self._path = Path(path)
        self._secrets = secrets
        self._clock = clock
        self._tz = tz
        self._write_lock = threading.Lock()
        try:
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log at {self._path} could not be opened ({exc}).") from exc

    @property
    def path(self) -> Path:
        return self._path

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self._path, timeout=10.0, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=10000")
            yield conn
        finally:
            conn.close()

    def _clean(self, text: str) -> str:
        known = list(self._secrets()) if self._secrets is not None else []
        return redact(text, known)

    def record(
        self,
        kind: AuditKind | str,
        *,
        station: str,
        operator: str,
        shipment: str | None = None,
        detail: str = "",
    ) -> AuditEntry:
        kind = AuditKind(kind)
        ts = self._clock()
        row = (
            _to_iso(ts),
            self._clean(station),
            self._clean(operator),
            kind.value,
            None if shipment is None else self._clean(shipment),
            self._clean(detail),
        )
        try:
            with self._write_lock, self._connect() as conn:
                cur = conn.execute(
                    "INSERT INTO events(ts, station, operator, kind, shipment, detail)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    row,
                )
                row_id = cur.lastrowid
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log could not be written ({exc}).") from exc
        assert row_id is not None
        return AuditEntry(row_id, ts.astimezone(UTC), row[1], row[2], kind, row[4], row[5])

    def entries(self, day: date | None = None) -> list[AuditEntry]:
        """All entries, or those of one calendar day in the station's local time."""
        sql = "SELECT id, ts, station, operator, kind, shipment, detail FROM events"
        params: tuple[str, ...] = ()
        if day is not None:
            sql += " WHERE ts >= ? AND ts < ?"
            params = _day_bounds(day, self._tz)
        sql += " ORDER BY id"
        try:
            with self._connect() as conn:
                rows = conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log could not be read ({exc}).") from exc
        return [
            AuditEntry(r[0], datetime.fromisoformat(r[1]), r[2], r[3], AuditKind(r[4]), r[5], r[6])
            for r in rows
        ]

    def export_csv(
        self, path_or_file: str | os.PathLike[str] | TextIO, day: date | None = None
    ) -> int:
        """Write entries as CSV (UTF-8 with BOM when given a path, for Excel). Returns row count."""
        entries = self.entries(day)
        if isinstance(path_or_file, (str, os.PathLike)):
            with open(path_or_file, "w", encoding="utf-8-sig", newline="") as fh:
                _write_csv(fh, entries)
        else:
            _write_csv(path_or_file, entries)
        return len(entries)


CSV_HEADER = ("id", "timestamp_utc", "station", "operator", "kind", "shipment", "detail")


def _cell(value: str) -> str:
    # Spreadsheet formula injection: a detail starting with "=" would run in Excel.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _write_csv(fh: TextIO, entries: list[AuditEntry]) -> None:
    writer = csv.writer(fh)
    writer.writerow(CSV_HEADER)
    for e in entries:
        writer.writerow(
            (
                e.id,
                _to_iso(e.ts),
                _cell(e.station),
                _cell(e.operator),
                e.kind.value,
                _cell(e.shipment or ""),
                _cell(e.detail),
            )
        )
