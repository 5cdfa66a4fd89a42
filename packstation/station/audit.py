"""Append-only, tamper-evident audit log in SQLite: who did what, at which station, when.

UPDATE and DELETE are refused by triggers inside the database, so a bug cannot quietly
rewrite history. Against someone with file access (the sqlite3 CLI can drop triggers)
every row carries the SHA-256 of the row before it (``prev_hash``) and its own
(``row_hash``): an edited, deleted or inserted row breaks the chain at that point, and
``verify()`` names the first broken link. The chain's head (log id, last row id, last
hash) is also kept outside the file (``anchor``: next to the station's settings, and in
the machine-wide station ledger where IT has created one, see ``ledger.py``), so a
missing, replaced or cut-short audit file is reported instead of silently recreated.
Dropped triggers are put back *and* reported.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import secrets as _random
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Protocol, TextIO

from .redaction import REDACTED as REDACTED  # re-exported
from .redaction import redact as redact  # re-exported
from .secret_value import Secret

SCHEMA_VERSION = 2
GENESIS = "0" * 64
_TRIGGERS = ("events_no_update", "events_no_delete")
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
    CAPTURE_RETRY = "capture_retry"  # after DO NOT SHIP: supervisor retry / slip scanned again
    PAPERS_BYPASS = "papers_bypass"  # customs papers not printed, supervisor let it go
    CUSTOMS_CONFIRMED = "customs_confirmed"  # no document links: packer put them in the box
    SETTING_CHANGED = "setting_changed"
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    AUDIT_TAMPERING = "audit_tampering"  # missing/replaced file, dropped triggers, cut


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


@dataclass(frozen=True)
class ChainCheck:
    """The result of ``AuditLog.verify``: ``first_broken`` is the id of the first row
    whose hash does not follow from the rows before it (None: intact)."""

    rows: int
    first_broken: int | None = None
    reason: str = ""
    unchained: int = 0  # rows written before the chain existed (schema 1)

    @property
    def ok(self) -> bool:
        return self.first_broken is None and not self.reason

    def words(self) -> str:
        if self.ok:
            old = f" ({self.unchained} older rows have no chain)" if self.unchained else ""
            return f"Chain verified: {self.rows} rows, none changed or removed{old}."
        where = f" at row {self.first_broken}" if self.first_broken is not None else ""
        return f"AUDIT LOG TAMPERED{where}: {self.reason}"


# Rows the station writes all day long; every other kind is security-relevant and its
# head goes to the station ledger at once (see ``ledger.LedgerAnchor``).
ROUTINE_KINDS = frozenset({AuditKind.COMPLETION_ATTEMPT, AuditKind.COMPLETION_RESULT,
                           AuditKind.MARK_GTG, AuditKind.MARK_GTG_RESULT,
                           AuditKind.SIGN_IN, AuditKind.SIGN_OUT})


class ChainAnchor(Protocol):
    """Somewhere outside the audit file that keeps the chain's head
    (``log_id:row_id:row_hash``); ``where`` names it in a problem's words."""

    where: str

    def get(self) -> str: ...

    def put(self, value: str, urgent: bool = True) -> None: ...


class AnchorStore:
    """The chain's head, kept in a small file away from the audit file (next to the
    station's settings): written atomically after every row."""

    where = "in the settings"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def get(self) -> str:
        try:
            return self.path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return ""

    def put(self, value: str, urgent: bool = True) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(value, encoding="ascii")
        os.replace(tmp, self.path)


def _row_hash(prev: str, ts: str, station: str, operator: str, kind: str,
              shipment: str | None, detail: str) -> str:
    fields = (prev, ts, station, operator, kind, "\x00" if shipment is None else shipment,
              detail)
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


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
        anchor: ChainAnchor | Sequence[ChainAnchor] | None = None,
    ) -> None:
        self._path = Path(path)
        self._secrets = secrets
        self._clock = clock
        self._tz = tz
        self._write_lock = threading.Lock()
        self._anchors: list[ChainAnchor] = (
            [] if anchor is None else [anchor] if not isinstance(anchor, Sequence)
            else list(anchor))
        self.problems: list[str] = []  # found at start: missing/replaced file, triggers
        existed = self._path.exists()
        try:
            with self._connect() as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                had_table = bool(conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='events'"
                ).fetchone())
                triggers = {r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='trigger'")}
                conn.executescript(_SCHEMA)
                cols = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
                for col in ("prev_hash", "row_hash"):
                    if col not in cols:
                        conn.execute(f"ALTER TABLE events ADD COLUMN {col} TEXT NOT NULL "
                                     "DEFAULT ''")
                conn.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, "
                             "value TEXT NOT NULL)")
                row = conn.execute("SELECT value FROM meta WHERE key='log_id'").fetchone()
                if row is None:
                    conn.execute("INSERT INTO meta VALUES ('log_id', ?)",
                                 (_random.token_hex(8),))
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log at {self._path} could not be opened ({exc}).") from exc
        if had_table and not set(_TRIGGERS) <= triggers:
            self.problems.append("the append-only triggers had been removed outside "
                                 "Packstation (put back now)")
        found: dict[str, str] = {}  # one problem of each kind, the first anchor's words
        for number, anchor in enumerate(self._anchors):
            for what, text in self._check_anchor(anchor, existed, first=number == 0):
                found.setdefault(what, text)
        self.problems.extend(found.values())
        for problem in self.problems:
            self.record(AuditKind.AUDIT_TAMPERING, station="", operator="",
                        detail=problem)
        if not self.problems:
            self._sync_anchors()

    def _check_anchor(self, anchor: ChainAnchor, existed: bool,
                      first: bool) -> list[tuple[str, str]]:
        saved = anchor.get().strip()
        if not saved:
            return []
        says = "" if first else f" (says the record kept {anchor.where})"
        try:
            log_id, last_id_s, last_hash = saved.split(":")
            last_id = int(last_id_s)
        except ValueError:
            return [("damaged", f"the record of the audit log kept {anchor.where} is "
                     "damaged")]
        if not existed:
            least = "" if first else "at least "
            return [("missing", f"the audit log file was missing: a new one was started "
                     f"(the old one had {least}{last_id} rows){says}")]
        if log_id != self.log_id:
            return [("replaced", f"the audit log file was replaced by another file{says}")]
        with self._connect() as conn:
            row = conn.execute("SELECT row_hash FROM events WHERE id = ?",
                               (last_id,)).fetchone()
        if row is None or row[0] != last_hash:
            return [("cut", f"rows up to {last_id} were removed or changed{says}")]
        return []

    def head(self) -> str:
        """``log_id:row_id:row_hash`` of the last row ("" while the log is empty)."""
        with self._connect() as conn:
            row = conn.execute("SELECT id, row_hash FROM events ORDER BY id DESC LIMIT 1"
                               ).fetchone()
        return f"{self.log_id}:{row[0]}:{row[1]}" if row and row[1] else ""

    def _sync_anchors(self) -> None:
        """At start: every anchor learns the head (a ledger IT created since, an anchor
        file deleted while the audit file was left alone)."""
        try:
            head = self.head()
        except sqlite3.Error:
            return
        for anchor in self._anchors:
            if head and anchor.get().strip() != head:
                try:
                    anchor.put(head, urgent=True)
                except OSError as exc:
                    self.problems.append(f"the record of the audit log kept "
                                         f"{anchor.where} cannot be written ({exc})")

    def report_problem(self, text: str) -> None:
        """A problem found outside the file (the station ledger): kept with the others
        (the start-up alarm, ``verify``) and written as an AUDIT_TAMPERING row."""
        if text in self.problems:
            return
        self.problems.append(text)
        try:
            self.record(AuditKind.AUDIT_TAMPERING, station="", operator="", detail=text)
        except AuditError as exc:
            logging.getLogger(__name__).error("%s", exc)

    def meta(self, key: str) -> str:
        """A value the station keeps with its log (e.g. the settings last seen)."""
        try:
            with self._connect() as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log could not be read ({exc}).") from exc
        return str(row[0]) if row else ""

    def set_meta(self, key: str, value: str) -> None:
        if key == "log_id":
            raise ValueError("the log id is never changed")
        try:
            with self._write_lock, self._connect() as conn:
                conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log could not be written ({exc}).") from exc

    @property
    def log_id(self) -> str:
        with self._connect() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key='log_id'").fetchone()
        return str(row[0]) if row else ""

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
                conn.execute("BEGIN IMMEDIATE")
                last = conn.execute("SELECT row_hash FROM events ORDER BY id DESC LIMIT 1"
                                    ).fetchone()
                prev = last[0] if last and last[0] else GENESIS
                digest = _row_hash(prev, *row)
                cur = conn.execute(
                    "INSERT INTO events(ts, station, operator, kind, shipment, detail,"
                    " prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*row, prev, digest),
                )
                row_id = cur.lastrowid
                conn.execute("COMMIT")
                log_id = conn.execute("SELECT value FROM meta WHERE key='log_id'").fetchone()
            # Outside the write lock: a ledger that fails reports it with a row of its own.
            if log_id is not None:
                head, urgent = f"{log_id[0]}:{row_id}:{digest}", kind not in ROUTINE_KINDS
                for anchor in self._anchors:
                    anchor.put(head, urgent)
        except (sqlite3.Error, OSError) as exc:
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

    def verify(self) -> ChainCheck:
        """Walk the whole log and recompute every hash; the first row that does not follow
        from the one before is the first broken link (an edit, an insert or a removal)."""
        try:
            with self._connect() as conn:
                rows = conn.execute(
                    "SELECT id, ts, station, operator, kind, shipment, detail, prev_hash, "
                    "row_hash FROM events ORDER BY id").fetchall()
        except sqlite3.Error as exc:
            raise AuditError(f"The audit log could not be read ({exc}).") from exc
        prev: str | None = None
        unchained = 0
        for r in rows:
            if not r[8] and prev is None:
                unchained += 1  # written before the chain existed
                continue
            expected_prev = GENESIS if prev is None else prev
            if r[7] != expected_prev and not (prev is None and unchained):
                return ChainCheck(len(rows), r[0], "a row before it was removed or "
                                  "changed, or this one was inserted", unchained)
            if _row_hash(r[7], *r[1:7]) != r[8]:
                return ChainCheck(len(rows), r[0], "this row was changed", unchained)
            prev = r[8]
        problems = "; ".join(self.problems)
        return ChainCheck(len(rows), None, problems, unchained)

    def entries_since(self, since: datetime) -> list[AuditEntry]:
        """Entries at or after ``since``, oldest first."""
        try:
            with self._connect() as conn:
                rows = conn.execute(
                    "SELECT id, ts, station, operator, kind, shipment, detail FROM events "
                    "WHERE ts >= ? ORDER BY id", (_to_iso(since),)).fetchall()
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
        check = self.verify()
        if isinstance(path_or_file, (str, os.PathLike)):
            with open(path_or_file, "w", encoding="utf-8-sig", newline="") as fh:
                _write_csv(fh, entries, check)
        else:
            _write_csv(path_or_file, entries, check)
        return len(entries)


CSV_HEADER = ("id", "timestamp_utc", "station", "operator", "kind", "shipment", "detail",
              "chain")


def chain_word(entry_id: int, check: ChainCheck) -> str:
    """"ok", "BROKEN: …" (the first broken link) or "after the break" for one row."""
    if check.first_broken is None or entry_id < check.first_broken:
        return "ok"
    if entry_id == check.first_broken:
        return f"BROKEN: {check.reason}"
    return "after the break"


def _cell(value: str) -> str:
    # Spreadsheet formula injection: a detail starting with "=" would run in Excel.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _write_csv(fh: TextIO, entries: list[AuditEntry], check: ChainCheck) -> None:
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
                chain_word(e.id, check),
            )
        )
    if not check.ok:  # also said once below the rows, for someone reading it in Excel
        writer.writerow(("", "", "", "", "audit_check", "", _cell(check.words()), "BROKEN"))
