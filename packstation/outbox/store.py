"""The durable completion outbox: one SQLite file, written before a request leaves.

Every completion the packer makes is stored here first (WAL, ``synchronous=FULL``), then
delivered by :class:`packstation.outbox.dispatcher.Dispatcher`. States:

``pending``  waiting to be sent (first time, or after a failure that sent nothing)
``sending``  claimed; the request may be on the wire. Found at startup it becomes ``unknown``.
``unknown``  sent, but no answer (timeout, reset, 5xx): reconcile before sending again
``done``     Centra completed it (answered ok, or a reconcile found it completed)
``refused``  Centra said no (e.g. capture failed): final, raises an alert to acknowledge

At most one *open* entry (pending, sending or unknown) exists per shipment; a partial
unique index enforces that even across processes. No Qt here; safe to call from any
thread (one connection, one lock).
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from packstation.centra.domain import Completion
from packstation.outbox.codec import SCHEMA_VERSION, UnreadableEntry, decode, encode
from packstation.outbox.model import (
    OPEN_STATES,
    AlreadyCompleted,
    AlreadyQueued,
    OutboxEntry,
    OutboxError,
    OutboxUnavailable,
    StaleTransition,
    State,
)

__all__ = [
    "OPEN_STATES",
    "AlreadyCompleted",
    "AlreadyQueued",
    "Outbox",
    "OutboxEntry",
    "OutboxError",
    "OutboxUnavailable",
    "StaleTransition",
    "State",
]

log = logging.getLogger(__name__)
_OPEN_SQL = "('pending', 'sending', 'unknown')"


SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    shipment_id     TEXT    NOT NULL,
    order_id        TEXT    NOT NULL,
    request         TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL    NOT NULL,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      REAL    NOT NULL,
    updated_at      REAL    NOT NULL,
    needs_capture   INTEGER NOT NULL,
    acknowledged    INTEGER NOT NULL DEFAULT 0,
    station         TEXT    NOT NULL DEFAULT '',
    operator        TEXT    NOT NULL DEFAULT '',
    claimed_at      REAL    NOT NULL DEFAULT 0,
    claim_owner     TEXT    NOT NULL DEFAULT '',
    claim_pid       INTEGER NOT NULL DEFAULT 0,
    lease_until     REAL    NOT NULL DEFAULT 0,
    schema_version  INTEGER NOT NULL DEFAULT 0,
    steps_done      TEXT    NOT NULL DEFAULT '',
    step_sending    TEXT    NOT NULL DEFAULT '',
    waiting_on      TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX IF NOT EXISTS outbox_one_open_per_shipment
    ON outbox (shipment_id) WHERE state IN ('pending', 'sending', 'unknown');
CREATE INDEX IF NOT EXISTS outbox_by_shipment ON outbox (shipment_id, state);
"""

# Columns added after the first release: (name, declaration) for ALTER TABLE.
CLAIM_COLUMNS = (
    ("claimed_at", "REAL NOT NULL DEFAULT 0"),       # when the last request left
    ("claim_owner", "TEXT NOT NULL DEFAULT ''"),     # host:pid:uuid of the sender
    ("claim_pid", "INTEGER NOT NULL DEFAULT 0"),
    ("lease_until", "REAL NOT NULL DEFAULT 0"),      # after this the claim is stale
    # The format of ``request`` (``outbox.codec``); 0: written before versions existed.
    # New rows say so explicitly, so a row an older release inserts is read as 0.
    ("schema_version", "INTEGER NOT NULL DEFAULT 0"),
    # Format 2: the steps of a completion made as a sequence (the Integration API), as
    # the dispatcher's step listener records them (information, never a reason to skip
    # a lookup): the steps Centra answered done, in order ("good_to_go,capture"); the
    # step whose mutation is leaving or left without an answer yet; and what the entry
    # waits on besides its turn ("rate_limit": Centra's 429, until next_attempt_at).
    ("steps_done", "TEXT NOT NULL DEFAULT ''"),
    ("step_sending", "TEXT NOT NULL DEFAULT ''"),
    ("waiting_on", "TEXT NOT NULL DEFAULT ''"),
)
RATE_LIMIT = "rate_limit"  # ``waiting_on``: Centra's rate limit (429, Retry-After)
DEFAULT_LEASE_S = 60.0  # longer than any request may live (the client's 45 s deadline)

# Best effort: without it ``used_tracking`` scans the table (still in a worker thread).
TRACKING_INDEX = ("CREATE INDEX IF NOT EXISTS outbox_by_tracking "
                  "ON outbox (json_extract(request, '$.tracking'))")


def _plain(exc: BaseException, path: Path) -> str:
    text = str(exc).lower()
    if "full" in text:
        return (f"The disk holding {path.parent} is full, so completions cannot be saved. "
                "Free some space or call IT before completing more parcels.")
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" \
            in text or isinstance(exc, PermissionError):
        return (f"Packstation cannot write to its data folder {path.parent}, so completions "
                "cannot be saved. Call IT to fix the folder's permissions.")
    return (f"Packstation cannot save completions in {path} ({exc}). "
            "Call IT before completing more parcels.")


def _unreadable(path: Path, entry_id: int, exc: UnreadableEntry) -> OutboxUnavailable:
    return OutboxUnavailable(
        f"Packstation cannot read completion {entry_id} in {path} ({exc}). Nothing was "
        "changed or sent. Start the Packstation version that wrote it, or call IT.")


class Outbox:
    """The outbox file at ``path``. ``clock`` gives seconds since the epoch."""

    def __init__(self, path: str | os.PathLike[str], *,
                 clock: Callable[[], float] = time.time,
                 max_page_count: int | None = None,
                 lease_s: float = DEFAULT_LEASE_S,
                 pid: int | None = None,
                 pid_alive: Callable[[int], bool] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock
        self._lock = threading.RLock()
        self.lease_s = lease_s
        self.host = socket.gethostname()
        self.pid = os.getpid() if pid is None else pid  # tests play other processes
        # Who claims entries from this object: another Outbox on the same file (another
        # process, or a test's "second process") is another owner.
        self.owner = f"{self.host}:{self.pid}:{uuid.uuid4().hex[:12]}"
        self._pid_alive = pid_alive or _pid_alive
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=30000")
            if max_page_count is not None:
                self._db.execute(f"PRAGMA max_page_count={int(max_page_count)}")
            self._db.executescript(SCHEMA)
            try:
                self._migrate()
            except OutboxUnavailable:  # a row it cannot read: nothing changed, let go
                self._db.close()
                raise
            self._identity = _identity(os.stat(self.path))
            with suppress(sqlite3.OperationalError):  # an SQLite without JSON functions
                self._db.execute(TRACKING_INDEX)
        except (sqlite3.Error, OSError) as exc:
            raise OutboxUnavailable(_plain(exc, self.path)) from exc

    def _migrate(self) -> None:
        have = {r[1] for r in self._db.execute("PRAGMA table_info(outbox)")}
        for name, decl in CLAIM_COLUMNS:
            if name not in have:
                try:
                    self._db.execute(f"ALTER TABLE outbox ADD COLUMN {name} {decl}")
                except sqlite3.OperationalError as exc:  # another process added it just now
                    if "duplicate column" not in str(exc).lower():
                        raise
        # Entries claimed before the column existed: their last change is the best guess.
        self._db.execute("UPDATE outbox SET claimed_at = updated_at WHERE claimed_at = 0 "
                         "AND state IN ('sending', 'unknown')")
        self._upgrade_rows()

    def _upgrade_rows(self) -> None:
        """Rewrite completions stored in an older format (``outbox.codec``) in the current
        one: all rows in one transaction, only ``request`` and ``schema_version`` change
        (state, attempts, claims and times stay), so nothing queued is lost or resent. A
        row that cannot be read (or comes from a newer version) stops the start with a
        plain message and changes nothing."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            rows = self._db.execute(
                "SELECT id, request, schema_version FROM outbox "
                "WHERE schema_version <> ? ORDER BY id", (SCHEMA_VERSION,)).fetchall()
            for entry_id, text, version in rows:
                try:
                    completion = decode(text, int(version))
                except UnreadableEntry as exc:
                    raise _unreadable(self.path, int(entry_id), exc) from None
                self._db.execute("UPDATE outbox SET request = ?, schema_version = ? "
                                 "WHERE id = ?", (encode(completion), SCHEMA_VERSION, entry_id))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def problem(self) -> str | None:
        """Why completions cannot be saved safely right now, in plain words (``None``:
        all is well). SQLite keeps writing into a file that was deleted or moved while
        it is open, so a vanished data folder would otherwise swallow every completion
        saved after it went; this compares the file on disk with the one opened."""
        folder = self.path.parent
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return (f"The data folder {folder} has disappeared or moved (or its outbox file "
                    "was deleted), so completions cannot be saved.")
        except OSError as exc:
            return _plain(exc, self.path)
        if _identity(st) != self._identity:
            return (f"The outbox file in {folder} was replaced while Packstation was "
                    "running, so completions cannot be saved.")
        if not (os.access(folder, os.W_OK) and os.access(self.path, os.W_OK)):
            return (f"Packstation can no longer write to its data folder {folder}, so "
                    "completions cannot be saved.")
        return None

    def _check_place(self) -> None:
        text = self.problem()
        if text is not None:
            raise OutboxUnavailable(text)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT) under the lock."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except (sqlite3.Error, OSError) as exc:
                raise OutboxUnavailable(_plain(exc, self.path)) from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.IntegrityError):
                    raise
                if isinstance(exc, sqlite3.Error | OSError):
                    raise OutboxUnavailable(_plain(exc, self.path)) from exc
                raise

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[OutboxEntry]:
        with self._lock:
            try:
                rows = self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise OutboxUnavailable(_plain(exc, self.path)) from exc
        try:
            return [_entry(r) for r in rows]
        except _Unreadable as exc:  # a row an older release inserted since we opened
            raise _unreadable(self.path, exc.entry_id, exc.why) from None

    # ------------------------------------------------------------------ adding

    def add(self, completion: Completion, *, needs_capture: bool,
            station: str = "", operator: str = "") -> OutboxEntry:
        """Store a completion durably, before anything is sent.

        Raises ``AlreadyQueued`` (an open entry exists), ``AlreadyCompleted`` (this station
        already completed the shipment) or ``OutboxUnavailable`` (cannot write, or the
        data folder has gone: see ``problem``)."""
        self._check_place()
        now = self._clock()
        try:
            with self._tx() as db:
                for row in db.execute(
                    "SELECT * FROM outbox WHERE shipment_id = ? AND state IN "
                    "('pending', 'sending', 'unknown', 'done') ORDER BY id DESC LIMIT 1",
                    (completion.shipment,),
                ):
                    found = _entry(row)
                    if found.state is State.DONE:
                        raise AlreadyCompleted(found)
                    raise AlreadyQueued(found)
                cur = db.execute(
                    "INSERT INTO outbox (shipment_id, order_id, request, schema_version, "
                    "state, next_attempt_at, created_at, updated_at, needs_capture, station, "
                    "operator) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)",
                    (completion.shipment, completion.order, encode(completion),
                     SCHEMA_VERSION, now, now, now, int(needs_capture), station, operator),
                )
                entry_id = cur.lastrowid
        except sqlite3.IntegrityError as exc:  # another process queued it just now
            open_ = self.open_for(completion.shipment)
            if open_ is None:
                raise OutboxUnavailable(_plain(exc, self.path)) from exc
            raise AlreadyQueued(open_) from None
        assert entry_id is not None
        return self.get(entry_id)

    def check_writable(self) -> None:
        """Raise ``OutboxUnavailable`` if a completion could not be saved right now."""
        self._check_place()
        with self._tx() as db:
            db.execute("CREATE TABLE IF NOT EXISTS outbox_probe (x INTEGER)")
            db.execute("INSERT INTO outbox_probe VALUES (1)")
            db.execute("DELETE FROM outbox_probe")

    # ------------------------------------------------------------------ reading

    def get(self, entry_id: int) -> OutboxEntry:
        rows = self._rows("SELECT * FROM outbox WHERE id = ?", (entry_id,))
        if not rows:
            raise KeyError(entry_id)
        return rows[0]

    def all_entries(self) -> list[OutboxEntry]:
        return self._rows("SELECT * FROM outbox ORDER BY id")

    def open_entries(self) -> list[OutboxEntry]:
        """Pending, sending and unknown entries, oldest first."""
        return self._rows(f"SELECT * FROM outbox WHERE state IN {_OPEN_SQL} ORDER BY id")

    waiting = open_entries  # "Waiting to send (N)": len(outbox.waiting())

    def waiting_count(self) -> int:
        return len(self.open_entries())

    def open_for(self, shipment_id: str) -> OutboxEntry | None:
        rows = self._rows(
            f"SELECT * FROM outbox WHERE shipment_id = ? AND state IN {_OPEN_SQL}",
            (shipment_id,),
        )
        return rows[0] if rows else None

    def due(self, now: float | None = None) -> list[OutboxEntry]:
        """Pending and unknown entries whose next attempt is due, oldest first."""
        at = self._clock() if now is None else now
        return self._rows(
            "SELECT * FROM outbox WHERE state IN ('pending', 'unknown') "
            "AND next_attempt_at <= ? ORDER BY next_attempt_at, id", (at,)
        )

    def next_due_at(self) -> float | None:
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(next_attempt_at) FROM outbox WHERE state IN ('pending', 'unknown')"
            ).fetchone()
        value = row[0] if row else None
        return None if value is None else float(value)

    def latest_done(self, shipment_id: str) -> OutboxEntry | None:
        """The latest completion of this shipment confirmed at this station, if any
        (``entry.updated_at`` is when it was confirmed)."""
        rows = self._rows(
            "SELECT * FROM outbox WHERE shipment_id = ? AND state = 'done' "
            "ORDER BY updated_at DESC, id DESC LIMIT 1", (shipment_id,)
        )
        return rows[0] if rows else None

    def used_tracking(self, tracking: str, except_shipment: str) -> OutboxEntry | None:
        """The latest completion of *another* shipment that carried ``tracking`` (done or
        still open at this station), if any: the previous parcel's label scanned again.
        Refused completions do not count (that parcel was pulled back, not shipped)."""
        if not tracking:
            return None
        rows = self._rows(
            "SELECT * FROM outbox WHERE json_extract(request, '$.tracking') = ? "
            "AND shipment_id <> ? AND state IN ('pending', 'sending', 'unknown', 'done') "
            "ORDER BY updated_at DESC, id DESC LIMIT 1", (tracking, except_shipment)
        )
        return rows[0] if rows else None

    def unacknowledged_refusals(self) -> list[OutboxEntry]:
        return self._rows(
            "SELECT * FROM outbox WHERE state = 'refused' AND acknowledged = 0 ORDER BY id"
        )

    # ------------------------------------------------------------------ transitions

    def _move(self, entry_id: int, from_: tuple[State, ...], to: State,
              **fields: Any) -> OutboxEntry:
        sets = ["state = ?", "updated_at = ?"]
        params: list[Any] = [to.value, self._clock()]
        for name, value in fields.items():
            if name == "attempts_plus":
                sets.append("attempts = MAX(0, attempts + ?)")
            else:
                sets.append(f"{name} = ?")
            params.append(value)
        marks = ", ".join("?" for _ in from_)
        with self._tx() as db:
            # A claim is only ever moved on by its owner: a sender whose lease ran out and
            # whose entry another process has claimed since cannot undo that claim.
            cur = db.execute(
                f"UPDATE outbox SET {', '.join(sets)} WHERE id = ? AND state IN ({marks}) "
                "AND (state <> 'sending' OR claim_owner = ?)",
                (*params, entry_id, *(s.value for s in from_), self.owner),
            )
            if cur.rowcount != 1:
                raise StaleTransition(f"entry {entry_id} is not {'/'.join(from_)}")
        return self.get(entry_id)

    def mark_sending(self, entry_id: int) -> OutboxEntry:
        """Claim a pending entry just before the request leaves (counts an attempt).

        The claim (owner, pid, lease, claim time) is written in the same ``BEGIN
        IMMEDIATE`` transaction as the state change, so of two processes racing for one
        entry exactly one wins; the loser gets ``StaleTransition``."""
        now = self._clock()
        return self._move(entry_id, (State.PENDING,), State.SENDING, attempts_plus=1,
                          claimed_at=now, claim_owner=self.owner, claim_pid=self.pid,
                          lease_until=now + self.lease_s, waiting_on="")

    def mark_done(self, entry_id: int) -> OutboxEntry:
        return self._move(entry_id, (State.SENDING, State.UNKNOWN), State.DONE, last_error="",
                          waiting_on="", step_sending="")

    def mark_refused(self, entry_id: int, reason: str) -> OutboxEntry:
        return self._move(entry_id, (State.SENDING, State.UNKNOWN), State.REFUSED,
                          last_error=reason, acknowledged=0, waiting_on="")

    def mark_unknown(self, entry_id: int, reason: str, next_attempt_at: float, *,
                     waiting_on: str = "") -> OutboxEntry:
        """Sent without an answer (or a reconcile failed): reconcile before resending."""
        return self._move(entry_id, (State.SENDING, State.UNKNOWN), State.UNKNOWN,
                          last_error=reason, next_attempt_at=next_attempt_at,
                          waiting_on=waiting_on)

    def mark_pending(self, entry_id: int, reason: str, next_attempt_at: float) -> OutboxEntry:
        """Nothing reached Centra (or a reconcile showed it is not completed): send again."""
        return self._move(entry_id, (State.SENDING, State.UNKNOWN, State.PENDING),
                          State.PENDING, last_error=reason, next_attempt_at=next_attempt_at,
                          waiting_on="", step_sending="")

    def count_attempt(self, entry_id: int) -> None:
        """Count a failed reconcile as an attempt (so its backoff grows)."""
        with self._tx() as db:
            db.execute("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?", (entry_id,))

    def record_step(self, entry_id: int, step: str, phase: str) -> None:
        """A step of a sequence (``ports.StepListener``), written durably (``synchronous=
        FULL``) before this returns, so ``"sending"`` is on disk before the mutation leaves.
        Only the claim's owner records: raises ``StaleTransition`` if the entry is not
        ``sending`` under this owner any more (the sequence then stops, nothing leaves)."""
        if phase not in ("sending", "done"):
            raise ValueError(phase)
        with self._tx() as db:
            row = db.execute("SELECT steps_done FROM outbox WHERE id = ? AND state = 'sending' "
                             "AND claim_owner = ?", (entry_id, self.owner)).fetchone()
            if row is None:
                raise StaleTransition(f"entry {entry_id} is not sending here any more")
            done = [s for s in str(row[0]).split(",") if s]
            if phase == "sending":
                db.execute("UPDATE outbox SET step_sending = ? WHERE id = ?", (step, entry_id))
                return
            if step not in done:
                done.append(step)
            db.execute("UPDATE outbox SET steps_done = ?, step_sending = '' WHERE id = ?",
                       (",".join(done), entry_id))

    def mark_rate_limited(self, entry_id: int, reason: str, until: float) -> OutboxEntry:
        """Centra answered 429 (nothing was done): back to ``pending`` until ``until`` (its
        Retry-After), the claim's attempt not counted, the reason kept for the strip."""
        return self._move(entry_id, (State.SENDING,), State.PENDING, attempts_plus=-1,
                          last_error=reason, next_attempt_at=until, waiting_on=RATE_LIMIT,
                          step_sending="")

    def postpone(self, entry_id: int, until: float, waiting_on: str = RATE_LIMIT) -> OutboxEntry:
        """A waiting entry (pending or unknown) is not tried before ``until`` (e.g. Centra's
        rate limit): no claim, no attempt, its state and error unchanged."""
        with self._tx() as db:
            db.execute("UPDATE outbox SET next_attempt_at = MAX(next_attempt_at, ?), "
                       "waiting_on = ? WHERE id = ? AND state IN ('pending', 'unknown')",
                       (until, waiting_on, entry_id))
        return self.get(entry_id)

    def acknowledge(self, entry_id: int) -> OutboxEntry:
        """The packer has seen the refusal alert (and pulled the parcel back)."""
        with self._tx() as db:
            db.execute("UPDATE outbox SET acknowledged = 1, updated_at = updated_at "
                       "WHERE id = ? AND state = 'refused'", (entry_id,))
        return self.get(entry_id)

    def retry_now(self) -> None:
        """Make every waiting entry due now (the packer pressed Retry)."""
        with self._tx() as db:
            db.execute("UPDATE outbox SET next_attempt_at = ? "
                       "WHERE state IN ('pending', 'unknown')", (self._clock(),))

    def recover_after_crash(self, settle: float = 0.0) -> list[OutboxEntry]:
        """Entries left in ``sending`` by a sender that is gone may have reached Centra:
        make them ``unknown`` (first lookup in ``settle`` seconds) so they are looked up,
        and resent only once their settle window from ``claimed_at`` has passed (the
        dispatcher's rule). A claim whose owner is still alive on this host and whose
        lease has not run out is left alone: that request is still in flight.
        Safe to call at any time, from any process."""
        now = self._clock()
        with self._tx() as db:
            rows = db.execute("SELECT id, claim_owner, claim_pid, lease_until FROM outbox "
                              "WHERE state = 'sending'").fetchall()
            ids = [int(r[0]) for r in rows if self._claim_is_dead(r[1], int(r[2]),
                                                                  float(r[3]), now)]
            for entry_id in ids:
                db.execute(
                    "UPDATE outbox SET state = 'unknown', next_attempt_at = ?, "
                    "updated_at = ?, last_error = 'Packstation stopped while sending; "
                    "checking Centra first' WHERE id = ? AND state = 'sending'",
                    (now + settle, now, entry_id))
        return [self.get(i) for i in ids]

    recover_stale_claims = recover_after_crash

    def release_claims(self) -> list[OutboxEntry]:
        """A clean shutdown, with no request of this process in flight any more: hand
        this process's open entries to the next start (an upgrade, a restart) at once.

        - ``pending``: due now (the backoff was for this run; nothing reached Centra);
        - ``unknown``: looked up at once by the next start; a resend still waits for the
          settle window from its claim (``claimed_at`` is kept: whether Centra is still
          working on that request is Centra's side, a quit here ends nothing there);
        - ``sending`` still owned by this process (its answer could not be recorded):
          ``unknown`` with the lease ended, so the next start looks it up at once
          instead of waiting out the lease (again: settle rules from ``claimed_at``).

        Entries claimed by another live owner are not touched. Returns those released.
        Never raises (a shutdown must not fail over it): an outbox that cannot be written
        is logged and left as it is; the next start then applies the crash rules."""
        now = self._clock()
        mine = "(claim_owner = ? OR claim_owner = '')"
        try:
            return self._release(now, mine)
        except (OutboxUnavailable, sqlite3.Error) as exc:
            log.warning("Claims not released at shutdown: %s", exc)
            return []

    def _release(self, now: float, mine: str) -> list[OutboxEntry]:
        with self._tx() as db:
            ids = [int(r[0]) for r in db.execute(
                f"SELECT id FROM outbox WHERE state IN {_OPEN_SQL} AND {mine} "
                "AND (next_attempt_at > ? OR state = 'sending')", (self.owner, now))]
            db.execute(
                "UPDATE outbox SET state = 'unknown', next_attempt_at = ?, updated_at = ?, "
                "lease_until = ?, last_error = 'Packstation was closed before the answer "
                f"was recorded; checking Centra first' WHERE state = 'sending' AND {mine}",
                (now, now, now, self.owner))
            db.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE state IN ('pending', 'unknown') "
                f"AND next_attempt_at > ? AND {mine}", (now, now, self.owner))
        return [self.get(i) for i in ids]

    def _claim_is_dead(self, owner: str, pid: int, lease_until: float, now: float) -> bool:
        if owner == self.owner:
            return False  # our own request (another thread of this process) is in flight
        if lease_until and now > lease_until:
            return True   # no request lives that long: the claimant is gone or stuck
        host = owner.partition(":")[0]
        if not owner or host != self.host:
            return not lease_until  # another machine: trust its lease (none: legacy row)
        if pid == self.pid:
            return True   # an earlier Outbox object of this process (closed, or a crash)
        return not self._pid_alive(pid)


def _identity(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


def _pid_alive(pid: int) -> bool:
    """Is a process with this id running on this machine?"""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Unreadable(Exception):
    def __init__(self, entry_id: int, why: UnreadableEntry) -> None:
        super().__init__(entry_id)
        self.entry_id = entry_id
        self.why = why


def _entry(row: sqlite3.Row) -> OutboxEntry:
    try:
        completion = decode(row["request"], int(row["schema_version"]))
    except UnreadableEntry as exc:
        raise _Unreadable(int(row["id"]), exc) from None
    return OutboxEntry(
        id=int(row["id"]),
        shipment_id=row["shipment_id"],
        order_id=row["order_id"],
        completion=completion,
        state=State(row["state"]),
        attempts=int(row["attempts"]),
        next_attempt_at=float(row["next_attempt_at"]),
        last_error=row["last_error"],
        created_at=float(row["created_at"]),
        updated_at=float(row["updated_at"]),
        needs_capture=bool(row["needs_capture"]),
        acknowledged=bool(row["acknowledged"]),
        station=row["station"],
        operator=row["operator"],
        claimed_at=float(row["claimed_at"]),
        claim_owner=row["claim_owner"],
        steps_done=tuple(s for s in str(row["steps_done"]).split(",") if s),
        step_sending=row["step_sending"],
        waiting_on=row["waiting_on"],
    )
