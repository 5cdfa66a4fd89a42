"""The dispatcher against the Centra simulator over loopback (no mocks)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.centra.domain import Completion, CompletionResult, Shipment, ShipmentState
from packstation.centra.errors import CaptureFailed, ConnectionReset, Unreachable
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.centra.ports import StepListener
from packstation.outbox import AnswerNotRecorded, Dispatcher, Outbox, State
from packstation.outbox.dispatcher import SETTLE_WINDOW_S
from packstation.simulator import CentraSimulator, Fault, build_shipment

FAST = Timeouts(connect=1.0, read=1.0, complete_read=1.0)


class Clock:
    def __init__(self) -> None:
        self.now = 2_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sim() -> Iterator[CentraSimulator]:
    shipments = [build_shipment(70000 + n) for n in range(1, 6)]
    shipments.append(build_shipment(70100, paid=False, should_capture=True, capture_ok=False))
    shipments.append(build_shipment(70200, paid=False, should_capture=True))
    with CentraSimulator(api_key="demo-key", shipments=shipments) as s:
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def box(tmp_path: Path, clock: Clock) -> Iterator[Outbox]:
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as b:
        yield b


@pytest.fixture
def client(sim: CentraSimulator) -> Iterator[CentraClient]:
    with CentraClient(sim.base_url, "demo-key", timeouts=FAST) as c:
        yield c


@pytest.fixture
def disp(box: Outbox, client: CentraClient, clock: Clock) -> Dispatcher:
    return Dispatcher(box, client, clock=clock, rng=random.Random(1))


def req(order: int, tracking: str = "") -> Completion:
    return Completion(order=str(order), shipment=f"{order}-1", carrier="PostNord",
                           tracking=tracking or f"PN{order}")


def puts(sim: CentraSimulator, shipment_id: str) -> int:
    return sum(1 for r in sim.requests if r.method == "PUT" and r.path == "/shipment"
               and (r.json() or {}).get("shipment") == shipment_id)


def reconciles(sim: CentraSimulator) -> list[dict[str, str]]:
    return [r.query for r in sim.requests if r.method == "GET" and r.path == "/shipments"]


def test_happy_path(sim: CentraSimulator, box: Outbox, disp: Dispatcher) -> None:
    e = box.add(req(70001), needs_capture=False)
    d = disp.deliver(e.id)
    assert d.state is State.DONE and d.sent and d.error is None
    assert sim.completions("70001-1") == 1
    assert sim.shipment("70001-1")["trackingNumber"] == "PN70001"
    assert box.waiting_count() == 0
    assert box.latest_done("70001-1") is not None
    assert disp.deliver(e.id).state is State.DONE  # idempotent, nothing sent
    assert puts(sim, "70001-1") == 1


def test_answer_lost_after_completion_is_reconciled_not_resent(
        sim: CentraSimulator, box: Outbox, disp: Dispatcher, clock: Clock) -> None:
    sim.add_fault(Fault("reset", method="PUT", path="/shipment", apply="after"))
    e = box.add(req(70002), needs_capture=False)
    d = disp.deliver(e.id)
    assert d.state is State.UNKNOWN and isinstance(d.error, ConnectionReset)
    assert box.due() == []  # backoff before the lookup
    clock.now += 61
    d = disp.deliver(e.id)
    assert d.state is State.DONE and d.reconciled and not d.sent
    assert reconciles(sim)[-1]["status"] == "completed"
    assert puts(sim, "70002-1") == 1 and sim.completions("70002-1") == 1


def test_request_lost_before_completion_is_sent_again_after_lookup(
        sim: CentraSimulator, box: Outbox, disp: Dispatcher, clock: Clock) -> None:
    sim.add_fault(Fault("html502", method="PUT", path="/shipment", apply="before"))
    e = box.add(req(70003), needs_capture=False)
    assert disp.deliver(e.id).state is State.UNKNOWN
    clock.now += 61
    d = disp.deliver(e.id)  # not completed, but the first PUT may still be alive
    assert d.state is State.UNKNOWN and not d.sent and puts(sim, "70003-1") == 1
    clock.now = d.entry.claimed_at + SETTLE_WINDOW_S
    d = disp.deliver(e.id)
    assert d.state is State.DONE and d.reconciled and d.sent
    assert puts(sim, "70003-1") == 2 and sim.completions("70003-1") == 1
    assert box.get(e.id).attempts == 2


def test_failed_lookup_keeps_it_unknown_and_sends_nothing(
        sim: CentraSimulator, box: Outbox, disp: Dispatcher, clock: Clock) -> None:
    sim.add_fault(Fault("close", method="PUT", path="/shipment", apply="after"))
    e = box.add(req(70004), needs_capture=False)
    disp.deliver(e.id)
    sim.add_fault(Fault("error500", method="GET", path="/shipments", count=2))
    for _ in range(2):
        clock.now += 61
        d = disp.deliver(e.id)
        assert d.state is State.UNKNOWN and not d.sent
        assert "Could not check Centra" in d.entry.last_error
    assert puts(sim, "70004-1") == 1
    clock.now += 61
    assert disp.deliver(e.id).state is State.DONE
    assert puts(sim, "70004-1") == 1 and sim.completions("70004-1") == 1


def test_outage_queues_and_tells_what_to_do_with_the_parcel(
        tmp_path: Path, sim: CentraSimulator, clock: Clock) -> None:
    dead = CentraSimulator(api_key="demo-key", shipments=[]).start()
    url = dead.base_url
    dead.stop()
    box = Outbox(tmp_path / "o.sqlite3", clock=clock)
    with CentraClient(url, "demo-key", timeouts=FAST) as offline:
        disp = Dispatcher(box, offline, clock=clock, rng=random.Random(2))
        paid = box.add(req(70005), needs_capture=False)
        capture = box.add(req(70200), needs_capture=True)
        results = disp.deliver_due()
    assert [d.state for d in results] == [State.PENDING, State.PENDING]
    assert all(isinstance(d.error, Unreachable) for d in results)
    assert "Centra unreachable" in box.get(paid.id).last_error
    assert box.waiting_count() == 2
    assert box.get(paid.id).advice == "Queued: OK to ship."
    assert box.get(capture.id).advice == "Keep the parcel at the station until confirmed."
    assert box.due() == []
    delays = [box.get(i).next_attempt_at - clock.now for i in (paid.id, capture.id)]
    assert all(1.0 <= d <= 3.0 for d in delays)  # 2**1 s with jitter in [0.5, 1.5]
    # back online: delivered after the backoff; nothing was ever sent before
    with CentraClient(sim.base_url, "demo-key", timeouts=FAST) as online:
        disp = Dispatcher(box, online, clock=clock, rng=random.Random(2))
        clock.now += 3.1
        assert [d.state for d in disp.deliver_due()] == [State.DONE, State.DONE]
    assert sim.completions("70005-1") == 1 and sim.completions("70200-1") == 1
    assert box.waiting_count() == 0


def test_capture_failure_is_final_and_raises_an_alert(
        sim: CentraSimulator, box: Outbox, disp: Dispatcher, clock: Clock) -> None:
    e = box.add(req(70100), needs_capture=True)
    d = disp.deliver(e.id)
    assert d.state is State.REFUSED and isinstance(d.error, CaptureFailed)
    [alert] = box.unacknowledged_refusals()
    assert alert.id == e.id and "Pull parcel 70100-1 back" in alert.advice
    clock.now += 1000
    assert disp.deliver_due() == []
    assert puts(sim, "70100-1") == 1 and sim.completions("70100-1") == 0
    box.acknowledge(e.id)
    assert box.unacknowledged_refusals() == []


def test_crash_while_sending_is_reconciled_at_startup(
        tmp_path: Path, sim: CentraSimulator, client: CentraClient, clock: Clock) -> None:
    path = tmp_path / "o.sqlite3"
    box = Outbox(path, clock=clock)
    sent = box.add(req(70001), needs_capture=False)
    unsent = box.add(req(70002), needs_capture=False)
    for e in (sent, unsent):
        box.mark_sending(e.id)
    client.complete(sent.completion)  # the PUT left, then the process died
    box.close()
    box = Outbox(path, clock=clock)
    assert {e.id for e in box.recover_after_crash()} == {sent.id, unsent.id}
    first_claim = box.get(unsent.id).claimed_at
    disp = Dispatcher(box, client, clock=clock, rng=random.Random(3))
    by_id = {d.entry.id: d for d in disp.deliver_due()}
    assert by_id[sent.id].state is State.DONE and not by_id[sent.id].sent
    # not completed: no second PUT until the window from the stored claim time is over
    assert by_id[unsent.id].state is State.UNKNOWN and not by_id[unsent.id].sent
    for _ in range(40):
        clock.now += 5
        by_id.update({d.entry.id: d for d in disp.deliver_due()})
        if by_id[unsent.id].sent:
            break
    assert by_id[unsent.id].state is State.DONE
    assert clock.now >= first_claim + SETTLE_WINDOW_S
    assert puts(sim, "70002-1") == 1
    assert puts(sim, "70001-1") == 1 and puts(sim, "70002-1") == 1
    assert sim.completions("70001-1") == sim.completions("70002-1") == 1


def test_completed_elsewhere_with_other_tracking_is_flagged(
        sim: CentraSimulator, box: Outbox, client: CentraClient, disp: Dispatcher,
        clock: Clock) -> None:
    e = box.add(req(70003, tracking="OURS"), needs_capture=False)
    box.mark_sending(e.id)
    box.mark_unknown(e.id, "Centra took too long", clock.now)
    client.complete(req(70003, tracking="THEIRS"))  # another station won
    d = disp.deliver(e.id)
    assert d.state is State.REFUSED and "THEIRS" in d.entry.last_error
    assert sim.completions("70003-1") == 1


def test_already_completed_refusal_is_reconciled(
        sim: CentraSimulator, box: Outbox, client: CentraClient, disp: Dispatcher,
        clock: Clock) -> None:
    e = box.add(req(70004), needs_capture=False)
    client.complete(e.completion)  # e.g. a slow first attempt landed after its lookup
    d = disp.deliver(e.id)
    assert d.state is State.UNKNOWN
    clock.now += 61
    assert disp.deliver(e.id).state is State.DONE


def test_hang_times_out_then_reconciles(
        sim: CentraSimulator, box: Outbox, disp: Dispatcher, clock: Clock) -> None:
    sim.add_fault(Fault("hang", method="PUT", path="/shipment", apply="after", delay=3))
    e = box.add(req(70005), needs_capture=False)
    assert disp.deliver(e.id).state is State.UNKNOWN
    clock.now += 61
    assert disp.deliver(e.id).state is State.DONE
    assert puts(sim, "70005-1") == 1


def test_backoff_grows_with_jitter_and_caps(box: Outbox, client: CentraClient) -> None:
    disp = Dispatcher(box, client, rng=random.Random(5))
    for attempts in range(1, 12):
        expect = min(60.0, 2.0**attempts)
        for _ in range(20):
            assert 0.5 * expect <= disp.backoff(attempts) <= 1.5 * expect


class _DiskFillsDuringThePut:
    """The real client; while the PUT is on the wire the outbox stops taking writes
    (``query_only``: SQLite then fails every write, as on a full or read-only disk)."""

    def __init__(self, client: CentraClient, box: Outbox) -> None:
        self.client, self.box = client, box

    def complete(self, request: Completion, *,
                 on_step: StepListener | None = None) -> CompletionResult:
        answer = self.client.complete(request)
        self.box._db.execute("PRAGMA query_only = ON")
        return answer

    def find(self, order: str, shipment_id: str, state: ShipmentState) -> Shipment | None:
        return self.client.find(order, shipment_id, state)


def test_an_answer_that_cannot_be_recorded_tells_what_centra_did(
        tmp_path: Path, sim: CentraSimulator, client: CentraClient, clock: Clock) -> None:
    """Issue #14 case 6: the PUT succeeded, the disk was full: never "nothing was sent"."""
    path = tmp_path / "o.sqlite3"
    box = Outbox(path, clock=clock)
    e = box.add(req(70001), needs_capture=False)
    disp = Dispatcher(box, _DiskFillsDuringThePut(client, box), clock=clock)
    with pytest.raises(AnswerNotRecorded) as info:
        disp.deliver(e.id)
    assert info.value.outcome == "done"
    assert "Centra completed shipment 70001-1" in str(info.value)
    assert sim.completions("70001-1") == 1
    box.close()
    # The claim stayed on disk: the next start looks it up instead of sending again.
    box = Outbox(path, clock=clock)
    box.recover_after_crash()
    d = Dispatcher(box, client, clock=clock).deliver(e.id)
    assert d.state is State.DONE and not d.sent
    assert puts(sim, "70001-1") == 1
    box.close()


def test_a_put_centra_finishes_after_the_deadline_is_found_not_sent_twice(
        tmp_path: Path, sim: CentraSimulator) -> None:
    """Issue #14 case 3, time scaled by 1/100: Centra holds the PUT "70 s" (0.7 s), the
    client gives up at its "45 s" deadline (0.45 s), the settle window is "180 s" (1.8 s).
    Lookups at growing gaps find it completed; no second PUT ever leaves."""
    import time as real_time

    scaled = Timeouts(connect=0.45, read=0.45, complete_read=0.45, total=0.45,
                      complete_total=0.45)
    sim.add_fault(Fault("latency", method="PUT", path="/shipment", delay=0.7))
    with Outbox(tmp_path / "o.sqlite3") as box, \
            CentraClient(sim.base_url, "demo-key", timeouts=scaled) as client:
        disp = Dispatcher(box, client, settle=1.8, base_backoff=0.01, max_backoff=0.05)
        e = box.add(req(70004), needs_capture=False)
        first = disp.deliver(e.id)
        assert first.state is State.UNKNOWN and first.sent
        end = real_time.monotonic() + 5
        while box.get(e.id).state is not State.DONE and real_time.monotonic() < end:
            disp.deliver_due()
            real_time.sleep(0.02)
        assert box.get(e.id).state is State.DONE
    assert puts(sim, "70004-1") == 1 and sim.completions("70004-1") == 1
    assert len(reconciles(sim)) >= 2  # "not completed yet" first, then found
