"""The station ledger: a machine-wide, append-only file the packer's account can add
lines to but not change, shorten or delete (``ledger.log`` in the machine folder).

Why: the wrong-PIN count, the lockout and the audit log's head used to live only in the
per-user data folder, which the packer's Windows account can write: deleting the audit
file and its anchor together reset the lockout with nothing reported. IT creates the
ledger at install (the installer, or ``packstation --machine-settings``) and grants
Users *read + append data* only (``icacls ledger.log /grant:r
*S-1-5-32-545:(RD,REA,RA,RC,S,AD)``: no write-data, no delete; icacls does not mix the
simple right ``R`` with ``AD`` in one mask, so read is spelled out; on Linux
``chattr +a``). Packstation then writes one JSON line
for every wrong PIN, lockout and unlock, and the audit chain's head (log id, row id,
row hash) after every security-relevant audit row (and at least every
``HEAD_EVERY_ROWS`` rows or ``HEAD_EVERY_S`` seconds otherwise, so the file stays small:
a busy bench writes some tens of kilobytes a day).

Each line carries the hash of the line before it (``p``) and its own (``h``), so a line
edited or removed in the middle breaks the chain; a file shortened at a line boundary is
caught by the size and last hash seen before (kept in the data folder). What the ledger
cannot stop: anyone who can read it can *append* a well-formed line. So lines only ever
make the lock stricter: an unlock line never lifts a lockout, and wrong PINs and
lockouts only count against the PIN in force (a changed PIN, which needs write access
to the machine-wide ``station.ini``, starts afresh).

Windows: opened with ``CreateFileW(FILE_APPEND_DATA | SYNCHRONIZE, …, OPEN_EXISTING)``
(Python's ``open('a')`` asks for ``GENERIC_WRITE``, which that ACL denies); elsewhere
``os.open(O_WRONLY | O_APPEND)``. Never created by the app: without the file (a
developer box, a station not switched yet) there is no ledger and nothing changes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LEDGER_FILE = "ledger.log"
GENESIS = "0" * 64
HEAD_EVERY_ROWS = 20
HEAD_EVERY_S = 600.0
RECENT_S = 3600.0  # lock lines read back from before the checkpoint (>> the lockout)
MAX_LINE = 4096

# Windows CreateFileW arguments (winnt.h / fileapi.h).
FILE_APPEND_DATA = 0x0004
FILE_WRITE_DATA = 0x0002
SYNCHRONIZE = 0x00100000
GENERIC_WRITE = 0x40000000
FILE_SHARE_READ = 0x1
FILE_SHARE_WRITE = 0x2
OPEN_EXISTING = 3
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_FLAG_WRITE_THROUGH = 0x80000000

# What the installer and ``--machine-settings`` grant on the ledger file: Administrators
# and SYSTEM full control, Users read (data, attributes, extended attributes, the ACL,
# synchronize: FILE_GENERIC_READ) + append data; no write data, no delete. Built-in
# SIDs, so this works in every Windows language. Keep in step with packstation.nsi.
ICACLS_GRANTS = ("/inheritance:r", "/grant:r", "*S-1-5-32-544:F", "*S-1-5-18:F",
                 "*S-1-5-32-545:(RD,REA,RA,RC,S,AD)")


class LedgerError(RuntimeError):
    """The ledger could not be read or appended to. The message is meant for people."""


def windows_open_args() -> tuple[int, int, int, int]:
    """(desired access, share mode, creation disposition, flags) for ``CreateFileW``:
    append data only (the file position is ignored: every write lands at the end), never
    create the file, write through to the disk."""
    return (FILE_APPEND_DATA | SYNCHRONIZE, FILE_SHARE_READ | FILE_SHARE_WRITE,
            OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL | FILE_FLAG_WRITE_THROUGH)


def _append_windows(path: Path, data: bytes, kernel32: Any = None) -> None:
    import ctypes
    from ctypes import wintypes

    k32 = kernel32 if kernel32 is not None else ctypes.WinDLL(  # type: ignore[attr-defined]
        "kernel32", use_last_error=True)
    create = k32.CreateFileW
    create.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
                       wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE]
    create.restype = wintypes.HANDLE
    write = k32.WriteFile
    write.argtypes = [wintypes.HANDLE, wintypes.LPCVOID, wintypes.DWORD,
                      ctypes.POINTER(wintypes.DWORD), wintypes.LPVOID]
    write.restype = wintypes.BOOL
    access, share, disposition, flags = windows_open_args()
    handle = create(str(path), access, share, None, disposition, flags, None)
    if handle is None or handle == ctypes.c_void_p(-1).value:
        code = ctypes.get_last_error()  # type: ignore[attr-defined]
        raise OSError(code, ctypes.FormatError(code).strip())  # type: ignore[attr-defined]
    try:
        written = wintypes.DWORD(0)
        if not write(handle, data, len(data), ctypes.byref(written), None) \
                or written.value != len(data):
            code = ctypes.get_last_error()  # type: ignore[attr-defined]
            raise OSError(code, ctypes.FormatError(code).strip())  # type: ignore[attr-defined]
    finally:
        k32.CloseHandle(handle)


def _append_posix(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
    try:
        if os.write(fd, data) != len(data):
            raise OSError("short write")
        os.fsync(fd)
    finally:
        os.close(fd)


def append_bytes(path: Path, data: bytes) -> None:
    """Append ``data`` to an existing file with append-only access (see module doc)."""
    if sys.platform == "win32":  # pragma: no cover - Windows (and the wine CI job)
        _append_windows(path, data)
    else:
        _append_posix(path, data)


def _line_hash(body: dict[str, Any]) -> str:
    canon = json.dumps({k: v for k, v in body.items() if k != "h"}, sort_keys=True,
                       separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canon.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class LedgerLine:
    ts: datetime
    kind: str
    data: dict[str, Any]
    hash: str


@dataclass
class LedgerRead:
    """What ``StationLedger.read`` found: the lines up to the first problem, and the
    problems in words (empty: intact)."""

    lines: list[LedgerLine] = field(default_factory=list)
    size: int = 0
    last_hash: str = GENESIS
    problems: list[str] = field(default_factory=list)


class LedgerCheckpoint:
    """The ledger's size and last line hash seen by this station (a small file in the
    data folder): a ledger shortened since is reported even if its chain is intact."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def get(self) -> tuple[int, str] | None:
        try:
            size_s, _, digest = self.path.read_text(encoding="ascii").strip().partition(":")
            return int(size_s), digest
        except (OSError, UnicodeDecodeError, ValueError):
            return None

    def put(self, size: int, digest: str) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(f"{size}:{digest}", encoding="ascii")
            os.replace(tmp, self.path)
        except OSError as exc:
            log.warning("The ledger checkpoint %s could not be written: %s", self.path, exc)


class StationLedger:
    """The ledger file at ``path`` (it must exist: see :func:`open_ledger`)."""

    def __init__(self, path: str | os.PathLike[str], *,
                 checkpoint: LedgerCheckpoint | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 appender: Callable[[Path, bytes], None] | None = None) -> None:
        self.path = Path(path)
        self._checkpoint = checkpoint
        self._clock = clock
        self._appender = appender
        self._lock = threading.Lock()
        self._last_hash: str | None = None
        self._end = 0  # where our last append ended: the file never gets shorter
        self.failed = ""  # set once appending failed: said once, then no more tries
        self.on_problem: Callable[[str], None] | None = None
        self._told: set[str] = set()
        self._heads: dict[str, str] = {}  # place -> "log_id:row:hash"
        self._prefix_end = 0  # lines before this were verified at an earlier start

    # ------------------------------------------------------------------ reading

    def read(self, recent_s: float = RECENT_S) -> LedgerRead:
        """Read and verify the file: each line's hash and its link to the line before,
        and the size and last hash seen before (the checkpoint, in the data folder).

        Where the checkpoint matches the file (the line ending there has the hash seen
        then), only the lines after it are verified: each start costs what was written
        since the last one, not the whole year (docs/station.md has the figures), and a
        problem is said once. The lines before it are read only for what the start
        needs: wrong PINs and lockouts of the last ``recent_s`` seconds, and an audit
        file's head (``head_for``). Without a checkpoint (a first start, or the packer
        deleted it) the whole file is verified."""
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise LedgerError(f"the station ledger {self.path} cannot be read "
                              f"({exc.strerror or exc})") from exc
        found = LedgerRead(size=len(raw))
        start, prev = 0, GENESIS
        seen = self._checkpoint.get() if self._checkpoint is not None else None
        if seen is not None and seen[0] > 0:
            size, digest = seen
            body = _parse(raw[raw.rfind(b"\n", 0, size - 1) + 1:size - 1]) \
                if size <= len(raw) and raw[size - 1:size] == b"\n" else None
            if size > len(raw):
                found.problems.append(f"the station ledger {self.path} was shortened "
                                      f"({len(raw)} bytes, {size} seen before)")
            elif body is None or body["h"] != digest:
                found.problems.append(f"the station ledger {self.path} was replaced or "
                                      "edited (its lines differ from those seen before)")
            else:
                start, prev = size, digest
        recent = [] if start == 0 else self._recent_before(raw, start, recent_s)
        good_end = self._verify(raw, start, prev, found)
        found.lines[:0] = recent
        with self._lock:
            self._prefix_end = start
            self._end = max(self._end, len(raw))
            for line in found.lines:
                if line.kind == "head":
                    self._heads[str(line.data.get("place", ""))] = _head_text(line.data)
        if self._checkpoint is not None:  # said now: the next start compares with this
            self._checkpoint.put(good_end, found.last_hash)
        return found

    def _verify(self, raw: bytes, start: int, prev: str, found: LedgerRead) -> int:
        """Verify the lines from ``start`` on into ``found``; returns where the last
        whole good line ends."""
        offset, good_end, parent = start, start, ""
        first = raw.count(b"\n", 0, start) + 1
        for number, chunk in enumerate(raw[start:].split(b"\n"), start=first):
            end = offset + len(chunk) + 1
            if not chunk.strip():
                offset = end
                continue
            if end > len(raw):
                found.problems.append(f"the station ledger {self.path} ends in a line cut "
                                      f"off (line {number})")
                break
            body = _parse(chunk)
            if body is None:
                found.problems.append(f"line {number} of the station ledger {self.path} "
                                      "is damaged or was edited")
            else:
                # Two processes appending at the same moment both chain to the same line
                # (a fork): harmless, and it hides no removed or edited line.
                if body["p"] != prev and body["p"] != parent:
                    found.problems.append(f"lines of the station ledger {self.path} were "
                                          f"removed or edited before line {number}")
                parent, prev = body["p"], body["h"]
                found.lines.append(LedgerLine(body["ts"], body["k"], body, prev))
                good_end = end
            offset = end
        found.last_hash = prev
        return good_end

    def _recent_before(self, raw: bytes, end: int, recent_s: float) -> list[LedgerLine]:
        """The lines other than heads in ``raw[:end]`` written in the last ``recent_s``
        seconds (newest last), read backwards until an older one."""
        oldest = self._clock() - timedelta(seconds=recent_s)
        lines: list[LedgerLine] = []
        stop = end - 1
        while stop > 0:
            begin = raw.rfind(b"\n", 0, stop) + 1
            chunk = raw[begin:stop]
            stop = begin - 1
            if b'"k":"head"' in chunk:
                continue
            body = _parse(chunk)
            if body is None:
                continue
            if body["ts"] < oldest:
                break
            lines.append(LedgerLine(body["ts"], body["k"], body, body["h"]))
        lines.reverse()
        return lines

    def check_appendable(self) -> str | None:
        """Can this account append? (Opens for append, writes nothing.) ``None``: yes."""
        try:
            self._append(b"")
        except OSError as exc:
            return (f"the station ledger {self.path} cannot be appended to by this Windows "
                    f"account ({exc.strerror or exc}): wrong PINs and the audit log's head "
                    "are not kept where the packer cannot erase them; ask IT to run "
                    "packstation --machine-settings as an administrator")
        return None

    # ------------------------------------------------------------------ writing

    def append(self, kind: str, **data: Any) -> None:
        """Append one line. Raises ``LedgerError`` (and sets ``failed``)."""
        with self._lock:
            if self.failed:
                raise LedgerError(self.failed)
            try:
                self._append_locked(kind, data)
            except (OSError, LedgerError) as exc:
                self.failed = (exc.args[0] if isinstance(exc, LedgerError) else
                               f"the station ledger {self.path} could not be appended to "
                               f"({exc.strerror or exc})")
                raise LedgerError(self.failed) from exc

    def _append_locked(self, kind: str, data: dict[str, Any]) -> None:
        size = self.path.stat().st_size
        if size < self._end:
            raise LedgerError(f"the station ledger {self.path} was shortened while "
                              f"Packstation was running ({size} bytes, {self._end} before)")
        prev, cut = self._tail_hash(size)
        body: dict[str, Any] = {**data, "k": kind, "p": prev,
                                "ts": self._clock().astimezone(UTC).isoformat(
                                    timespec="microseconds")}
        body["h"] = _line_hash(body)
        line = (("\n" if cut else "")
                + json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
                + "\n").encode("ascii")
        if len(line) > MAX_LINE:
            raise LedgerError("ledger line too long")
        self._append(line)
        self._last_hash = body["h"]
        self._end = size + len(line)
        if self.path.stat().st_size != self._end:  # another process appended meanwhile
            self._last_hash = None
        elif self._checkpoint is not None:
            self._checkpoint.put(self._end, body["h"])

    def _append(self, data: bytes) -> None:
        (self._appender or append_bytes)(self.path, data)

    def remember_head(self, place: str, value: str) -> None:
        with self._lock:
            self._heads[place] = value

    def _tail_hash(self, size: int) -> tuple[str, bool]:
        """The hash of the file's last whole line (another process may have appended
        since our last line), and whether the file ends without a newline (a write cut
        off by a power cut): reads only the tail, the whole file if it must."""
        if size == 0:
            return GENESIS, False
        if size == self._end and self._last_hash is not None:
            return self._last_hash, False
        with open(self.path, "rb") as fh:
            fh.seek(max(0, size - 2 * MAX_LINE))
            whole = fh.tell() == 0
            tail = fh.read()
        cut = not tail.endswith(b"\n")
        for chunk in reversed(tail.split(b"\n")[:-1]):
            body = _parse(chunk)
            if body is not None:
                return str(body["h"]), cut
        if not whole:  # no whole line in the tail: look further back (never under a lock)
            with open(self.path, "rb") as fh:
                for chunk in reversed(fh.read(size).split(b"\n")[:-1]):
                    body = _parse(chunk)
                    if body is not None:
                        return str(body["h"]), cut
        return GENESIS, cut

    def record_safely(self, kind: str, **data: Any) -> None:
        """``append`` for observers: a failure is said once through ``on_problem``."""
        try:
            self.append(kind, **data)
        except LedgerError as exc:
            self.said(str(exc))

    def said(self, text: str) -> None:
        """Tell ``on_problem`` (the audit log) of a failure, once per text."""
        if text in self._told:
            return
        self._told.add(text)
        log.error("%s", text)
        if self.on_problem is not None:
            self.on_problem(text)

    def head_for(self, place: str) -> str:
        """The audit chain's head last written here for the audit file ``place`` (looked
        for in the lines before the checkpoint only when the later ones have none)."""
        with self._lock:
            if place in self._heads or not self._prefix_end:
                return self._heads.get(place, "")
            end = self._prefix_end
        try:
            with open(self.path, "rb") as fh:
                raw = fh.read(end)
        except OSError:
            return ""
        needle = b'"place":"' + place.encode("ascii", "replace") + b'"'
        stop = len(raw)
        while (at := raw.rfind(needle, 0, stop)) >= 0:
            begin, finish = raw.rfind(b"\n", 0, at) + 1, raw.find(b"\n", at)
            body = _parse(raw[begin:finish if finish >= 0 else len(raw)])
            if body is not None and body["k"] == "head":
                head = _head_text(body)
                with self._lock:
                    self._heads.setdefault(place, head)
                    return self._heads[place]
            stop = begin
        return ""


def place_of(audit_path: Path) -> str:
    """A short, stable name for one audit file (several Windows users of one PC each
    have their own audit log, and share the machine's ledger)."""
    name = os.path.normcase(os.path.abspath(audit_path))
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


class LedgerAnchor:
    """The audit chain's head for one audit file, kept in the ledger (``AuditLog``'s
    ``ChainAnchor``): the last one is checked at start like the per-user anchor, so an
    audit file deleted or replaced is reported even when that anchor is gone too."""

    where = "in the station ledger"

    def __init__(self, ledger: StationLedger, audit_path: Path) -> None:
        self.ledger = ledger
        self.place = place_of(audit_path)
        self._rows_since = 0
        self._at = 0.0

    def get(self) -> str:
        return self.ledger.head_for(self.place)

    def put(self, value: str, urgent: bool = True) -> None:
        """Urgent (security-relevant rows, tampering, the start): at once; otherwise
        every ``HEAD_EVERY_ROWS`` rows or ``HEAD_EVERY_S`` seconds. Never raises: a
        failure is said once through the ledger's ``on_problem``."""
        now = time.monotonic()
        self._rows_since += 1
        if not urgent and self._at and self._rows_since < HEAD_EVERY_ROWS \
                and now - self._at < HEAD_EVERY_S:
            return
        log_id, _, rest = value.partition(":")
        row_s, _, digest = rest.partition(":")
        try:
            self.ledger.append("head", place=self.place, log=log_id, row=int(row_s),
                               hash=digest)
        except (LedgerError, ValueError) as exc:
            self.ledger.said(str(exc))
            return
        self._rows_since, self._at = 0, now
        self.ledger.remember_head(self.place, value)


def _parse(chunk: bytes) -> dict[str, Any] | None:
    """One well-formed line (its own hash right), with ``ts`` as a datetime; else None."""
    try:
        body = json.loads(chunk)
        if not isinstance(body, dict) or body.get("h") != _line_hash(body):
            return None
        ts = datetime.fromisoformat(str(body["ts"]))
        return {**body, "ts": ts if ts.tzinfo else ts.replace(tzinfo=UTC),
                "k": str(body["k"]), "p": str(body["p"]), "h": str(body["h"])}
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _head_text(data: dict[str, Any]) -> str:
    return f"{data.get('log', '')}:{data.get('row', '')}:{data.get('hash', '')}"


def open_ledger(machine_dir: Path | None, checkpoint: LedgerCheckpoint | None = None
                ) -> StationLedger | None:
    """The station's ledger if IT has created it in the machine folder, else ``None``."""
    if machine_dir is None:
        return None
    path = machine_dir / LEDGER_FILE
    return StationLedger(path, checkpoint=checkpoint) if path.is_file() else None


# ---------------------------------------------------------------------- the lockout

CLOCK_GRACE_S = 5.0
LOCK_KINDS = ("wrong_pin", "locked_out", "refused_locked_out", "unlocked")


def lockout_from_ledger(lines: Iterable[LedgerLine], *, pin: str, lockout_s: float,
                        now: datetime | None = None) -> tuple[int, float, list[str]]:
    """Wrong PINs and a lockout of the last ``lockout_s`` seconds, against the PIN in
    force (``pin``: its fingerprint). An unlock line resets the count but never lifts a
    lockout (the app refuses every PIN while locked out, so such a line was not written
    by it). Returns (failures, seconds still locked, problems)."""
    at = now or datetime.now(UTC)
    failures, locked_at = 0, None
    problems: list[str] = []
    for line in lines:
        if line.kind not in LOCK_KINDS or line.data.get("pin") != pin:
            continue
        if line.ts < at - timedelta(seconds=lockout_s):
            continue
        # (a few seconds' grace: the lock itself runs on the monotonic clock)
        locked = locked_at is not None and \
            (line.ts - locked_at).total_seconds() < lockout_s - CLOCK_GRACE_S
        if line.kind == "unlocked":
            if locked:
                problems.append(f"the station ledger holds an unlock at {line.ts:%H:%M:%S} "
                                "during a PIN lockout, which Packstation never writes")
            else:
                failures = 0
        elif line.kind == "wrong_pin" and not locked:
            failures += 1
        elif line.kind == "locked_out":
            failures, locked_at = 0, line.ts
    left = 0.0
    if locked_at is not None:
        left = max(0.0, lockout_s - (at - locked_at).total_seconds())
    return failures, left, problems


# ---------------------------------------------------------------------- IT's side


def create_ledger(machine_dir: Path, *, platform: str = sys.platform,
                  run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run
                  ) -> tuple[bool, str]:
    """``packstation --machine-settings`` (IT, elevated): create the ledger in the machine
    folder if it is not there (an existing one is never emptied) and make it append-only
    for everyone else: Windows ``icacls`` (Users read + append data), Linux ``chattr +a``
    (mode 0666: the packer's account may open it, the kernel lets it only append).
    Returns (ok, words for IT)."""
    path = machine_dir / LEDGER_FILE
    new = not path.exists()
    try:
        machine_dir.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        return False, f"Could not create {path}: {exc.strerror or exc}."
    if platform == "win32":
        command = ["icacls", str(path), *ICACLS_GRANTS]
        how = "Users may read it and append to it, nothing else"
    else:
        try:
            if new:  # (an append-only file's mode cannot be changed any more)
                os.chmod(path, 0o666)
        except OSError as exc:
            return False, f"Could not set the mode of {path}: {exc.strerror or exc}."
        command = ["chattr", "+a", str(path)]
        how = "append-only (chattr +a)"
    try:
        done = run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return False, (f"{path} exists, but {command[0]} could not run ({exc}): it is NOT "
                       "protected. Run this as an administrator.")
    if done.returncode != 0:
        said = (done.stderr or done.stdout or "").strip()
        return False, (f"{path} exists, but {' '.join(command[:2])} failed ({said}): it is "
                       "NOT protected. Run this as an administrator.")
    return True, f"The station ledger {path} is ready: {how}."
