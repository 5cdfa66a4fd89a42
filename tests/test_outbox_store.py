"""Unit tests of the outbox store: durability settings, states, transitions, errors."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from packstation.centra.domain import Completion
from packstation.outbox import (
    AlreadyCompleted,
    AlreadyQueued,
    Outbox,
    OutboxUnavailable,
    State,
)
from packstation.outbox.model import StaleTransition


def req(n: int = 1, tracking: str = "TRK") -> Completion:
    return Completion(order=str(50000 + n), shipment=f"{50000 + n}-1",
                           carrier="PostNord", tracking=f"{tracking}{n}")


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def box(tmp_path: Path, clock: Clock) -> Outbox:
    return Outbox(tmp_path / "outbox.sqlite3", clock=clock)


def test_wal_and_full_sync(box: Outbox) -> None:
    db = sqlite3.connect(box.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert box._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_add_round_trips_the_request(box: Outbox) -> None:
    r = Completion(order="50001", shipment="50001-1", capture=False, carrier="DHL",
                        service="Express", packages=2, tracking="T1", send_email=False,
                        internal_comment="packed by Ann")
    e = box.add(r, needs_capture=True, station="S1", operator="ann")
    assert e.completion == r
    assert (e.state, e.attempts, e.needs_capture, e.station, e.operator) == (
        State.PENDING, 0, True, "S1", "ann")
    assert box.get(e.id) == e
    assert e.advice == "Keep the parcel at the station until confirmed."
    paid = box.add(req(2), needs_capture=False)
    assert paid.advice == "Queued: OK to ship." and paid.ok_to_ship


def test_one_open_entry_per_shipment(box: Outbox) -> None:
    e = box.add(req(), needs_capture=False)
    with pytest.raises(AlreadyQueued) as info:
        box.add(req(), needs_capture=False)
    assert info.value.entry.id == e.id
    box.mark_sending(e.id)
    with pytest.raises(AlreadyQueued):
        box.add(req(), needs_capture=False)
    box.mark_done(e.id)
    with pytest.raises(AlreadyCompleted) as done:
        box.add(req(), needs_capture=False)
    assert "already completed at" in str(done.value)


def test_refused_shipment_may_be_queued_again(box: Outbox) -> None:
    e = box.add(req(), needs_capture=True)
    box.mark_sending(e.id)
    box.mark_refused(e.id, "capture failed")
    again = box.add(req(), needs_capture=True)
    assert again.id != e.id


def test_unique_index_guards_against_other_processes(box: Outbox) -> None:
    box.add(req(), needs_capture=False)
    with pytest.raises(sqlite3.IntegrityError):
        box._db.execute(
            "INSERT INTO outbox (shipment_id, order_id, request, state, next_attempt_at, "
            "created_at, updated_at, needs_capture) SELECT shipment_id, order_id, request, "
            "'unknown', 0, 0, 0, 0 FROM outbox")


def test_transitions_and_queries(box: Outbox, clock: Clock) -> None:
    a = box.add(req(1), needs_capture=False)
    b = box.add(req(2), needs_capture=True)
    assert [e.id for e in box.due()] == [a.id, b.id]
    box.mark_sending(a.id)
    assert box.get(a.id).attempts == 1
    box.mark_unknown(a.id, "Centra took too long", clock.now + 10)
    box.mark_sending(b.id)
    box.mark_pending(b.id, "Centra unreachable", clock.now + 5)
    assert box.due() == []
    assert box.waiting_count() == 2
    clock.now += 6
    assert [e.id for e in box.due()] == [b.id]
    clock.now += 5
    assert [e.id for e in box.due()] == [b.id, a.id]
    with pytest.raises(StaleTransition):
        box.mark_sending(a.id)  # unknown must be reconciled, never claimed directly
    clock.now += 1
    box.mark_done(a.id)
    assert box.latest_done(a.shipment_id) is not None
    assert box.latest_done(a.shipment_id).updated_at == clock.now  # type: ignore[union-attr]
    assert box.latest_done(b.shipment_id) is None
    with pytest.raises(StaleTransition):
        box.mark_done(a.id)
    assert box.next_due_at() == b.next_attempt_at or box.next_due_at() is not None


def test_retry_now_makes_everything_due(box: Outbox, clock: Clock) -> None:
    a = box.add(req(1), needs_capture=False)
    box.mark_sending(a.id)
    box.mark_pending(a.id, "Centra unreachable", clock.now + 60)
    assert box.due() == []
    box.retry_now()
    assert [e.id for e in box.due()] == [a.id]


def test_refusal_alert_until_acknowledged(box: Outbox) -> None:
    e = box.add(req(), needs_capture=True)
    box.mark_sending(e.id)
    box.mark_refused(e.id, "Do not ship: payment capture failed: capture failed")
    [alert] = box.unacknowledged_refusals()
    assert "Pull parcel 50001-1 back" in alert.advice
    assert not alert.ok_to_ship
    box.acknowledge(e.id)
    assert box.unacknowledged_refusals() == []
    assert box.get(e.id).acknowledged


def test_recover_after_crash(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "o.sqlite3"
    box = Outbox(path, clock=clock)
    a = box.add(req(1), needs_capture=False)
    b = box.add(req(2), needs_capture=False)
    box.mark_sending(a.id)
    box.close()
    box = Outbox(path, clock=clock)
    [recovered] = box.recover_after_crash()
    assert recovered.id == a.id and recovered.state is State.UNKNOWN
    assert box.get(b.id).state is State.PENDING
    assert {e.id for e in box.due()} == {a.id, b.id}


def test_concurrent_adds_from_threads(box: Outbox) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for k in range(20):
                box.add(req(n * 100 + k), needs_capture=False)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert box.waiting_count() == 160


def test_full_disk_is_reported_before_accepting(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "full.sqlite3")
    pages = box._db.execute("PRAGMA page_count").fetchone()[0]
    box._db.execute(f"PRAGMA max_page_count={pages}")
    big = "x" * 3000
    with pytest.raises(OutboxUnavailable) as info:
        for n in range(100):
            box.add(Completion(order=str(n), shipment=f"{n}-1", internal_comment=big),
                    needs_capture=False)
    assert "disk" in str(info.value) and "full" in str(info.value)
    with pytest.raises(OutboxUnavailable):
        box.check_writable()


def _probe_add(path: Path, as_user: int | None) -> str:
    """Open the outbox and add one completion in a forked child (dropping root when
    ``as_user`` is given, since root ignores folder permissions); returns its verdict."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        verdict = "ACCEPTED"
        try:
            if as_user is not None:
                os.setgid(as_user)
                os.setuid(as_user)
            box = Outbox(path)
            box.add(Completion(order="1", shipment="1-1"), needs_capture=False)
        except OutboxUnavailable as exc:
            verdict = f"UNAVAILABLE {exc}"
        except BaseException as exc:
            verdict = f"CRASHED {type(exc).__name__}: {exc}"
        os.write(write, verdict.encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


@pytest.mark.skipif(sys.platform == "win32",
                    reason="POSIX only: chmod makes no folder read-only on Windows, and the "
                           "probe forks and drops root with setuid")
def test_unwritable_folder_is_reported_in_plain_words() -> None:
    base = Path(tempfile.mkdtemp(prefix="outbox-ro-"))
    try:
        base.chmod(0o755)
        folder = base / "data"
        folder.mkdir()
        folder.chmod(0o555)
        as_user = 65534 if os.geteuid() == 0 else None
        verdict = _probe_add(folder / "outbox.sqlite3", as_user)
        assert verdict.startswith("UNAVAILABLE"), verdict
        assert "cannot write to its data folder" in verdict
        # an existing outbox file in a folder that became read-only
        folder.chmod(0o755)
        Outbox(folder / "outbox.sqlite3").close()
        os.chmod(folder / "outbox.sqlite3", 0o444)
        for extra in ("-wal", "-shm"):
            (folder / f"outbox.sqlite3{extra}").unlink(missing_ok=True)
        folder.chmod(0o555)
        verdict = _probe_add(folder / "outbox.sqlite3", as_user)
        assert verdict.startswith("UNAVAILABLE"), verdict
        assert "cannot write to its data folder" in verdict
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


def test_a_live_claim_of_another_process_is_never_taken_over(
        tmp_path: Path, clock: Clock) -> None:
    """Issue #14 case 2: a second process's start-up must not mark the first one's
    request in flight "unknown" (and so look it up and send it again)."""
    path = tmp_path / "o.sqlite3"
    alive = {1001, 1002}
    first = Outbox(path, clock=clock, pid=1001, pid_alive=alive.__contains__)
    second = Outbox(path, clock=clock, pid=1002, pid_alive=alive.__contains__)
    e = first.add(req(1), needs_capture=False)
    claimed = first.mark_sending(e.id)
    assert claimed.claimed_at == clock.now and claimed.claim_owner == first.owner
    assert second.recover_after_crash() == []
    assert second.get(e.id).state is State.SENDING
    with pytest.raises(StaleTransition):  # one request in flight per shipment
        second.mark_sending(e.id)
    with pytest.raises(StaleTransition):  # only the owner moves its claim on
        second.mark_pending(e.id, "not mine", clock.now)
    clock.now += 10
    assert first.mark_done(e.id).state is State.DONE


def test_a_dead_or_expired_claim_is_recovered(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "o.sqlite3"
    alive = {1001, 1002}
    first = Outbox(path, clock=clock, pid=1001, pid_alive=alive.__contains__, lease_s=60)
    second = Outbox(path, clock=clock, pid=1002, pid_alive=alive.__contains__)
    a = first.add(req(1), needs_capture=False)
    b = first.add(req(2), needs_capture=False)
    first.mark_sending(a.id)
    first.mark_sending(b.id)
    clock.now += 61  # the lease ran out: no request lives that long
    assert {e.id for e in second.recover_after_crash()} == {a.id, b.id}
    first.mark_sending(first.add(req(3), needs_capture=False).id)
    alive.discard(1001)  # the first process died
    [c] = second.recover_after_crash()
    assert c.shipment_id == req(3).shipment and c.state is State.UNKNOWN
    assert c.claimed_at == clock.now  # the settle window counts from the stored claim


def test_an_old_outbox_file_gets_the_claim_columns(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript("""
            CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,
              shipment_id TEXT NOT NULL, order_id TEXT NOT NULL, request TEXT NOT NULL,
              state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
              next_attempt_at REAL NOT NULL, last_error TEXT NOT NULL DEFAULT '',
              created_at REAL NOT NULL, updated_at REAL NOT NULL,
              needs_capture INTEGER NOT NULL, acknowledged INTEGER NOT NULL DEFAULT 0,
              station TEXT NOT NULL DEFAULT '', operator TEXT NOT NULL DEFAULT '');
            INSERT INTO outbox (shipment_id, order_id, request, state, next_attempt_at,
              created_at, updated_at, needs_capture) VALUES ('50001-1', '50001',
              '{"order": "50001", "shipment": "50001-1", "tracking": "T"}', 'sending',
              5, 5, 7, 0);
        """)
    box = Outbox(path, clock=clock)
    [e] = box.recover_after_crash()
    assert e.state is State.UNKNOWN and e.claimed_at == 7.0
