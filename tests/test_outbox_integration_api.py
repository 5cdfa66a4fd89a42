"""The outbox's dispatcher delivering through the Integration API adapter (the app's wiring
with ``--api integration``): an unknown outcome is reconciled with the adapter's lookup and
the sequence resumes from where Centra is: never a second capture, never a second complete.
Real HTTP to the simulator, faults injected on one GraphQL root field."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest

from packstation.centra.connection import connect
from packstation.centra.domain import Completion
from packstation.centra.ports import CentraPorts
from packstation.outbox import Dispatcher, Outbox, State
from packstation.simulator import DEMO_TOKEN, CentraSimulator, Fault
from tests.integration_api_support import captures, mutations

TRACKING = "1Z999AA10123456784"


class Clock:
    def __init__(self) -> None:
        self.now = 3_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ports(simulator: CentraSimulator) -> Iterator[CentraPorts]:
    client = connect(simulator.graphql_url, DEMO_TOKEN, api="integration", timeout=2.0)
    yield client
    client.close()


def _deliver_until_settled(box: Outbox, disp: Dispatcher, clock: Clock,
                           entry_id: int) -> State:
    for _ in range(6):
        state = disp.deliver(entry_id).entry.state
        if state in (State.DONE, State.REFUSED):
            return state
        clock.now += 600  # past every settle window and backoff
    return box.get(entry_id).state


@pytest.mark.parametrize("apply", ["after", "before"])
def test_lost_complete_answer_is_reconciled_without_a_second_capture_or_complete(
        tmp_path: Path, simulator: CentraSimulator, ports: CentraPorts,
        apply: Literal["before", "after"]) -> None:
    # "after": Centra completed it and the answer was lost; "before": the request died
    # before Centra saw it. Either way the bench cannot know: the outcome is unknown.
    simulator.add_fault(Fault(kind="reset", path="/graphql", field="completeShipment",
                              apply=apply, count=1))
    clock = Clock()
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        disp = Dispatcher(box, ports, clock=clock, rng=random.Random(1))
        entry = box.add(Completion(order="41004", shipment="41004-1", carrier="UPS",
                                   tracking=TRACKING), needs_capture=True)
        first = disp.deliver(entry.id)
        assert first.entry.state is State.UNKNOWN
        assert _deliver_until_settled(box, disp, clock, entry.id) is State.DONE
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and captures(simulator, "41004-1") == 1
    assert simulator.shipment("41004-1")["state"] == "completed"
    assert sent["completeShipment"] == 1  # the one Centra processed, never two


def test_the_comment_after_a_lost_complete_answer_is_still_written(
        tmp_path: Path, simulator: CentraSimulator, ports: CentraPorts) -> None:
    # Centra completed it, the answer was lost before the comment step ran: the lookup
    # says "completed", and the comment still goes in (once).
    simulator.add_fault(Fault(kind="reset", path="/graphql", field="completeShipment",
                              apply="after", count=1))
    clock = Clock()
    note = "Packed by Anna at Station 3"
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        disp = Dispatcher(box, ports, clock=clock, rng=random.Random(1))
        entry = box.add(Completion(order="41001", shipment="41001-1", carrier="UPS",
                                   tracking=TRACKING, internal_comment=note),
                        needs_capture=False)
        assert disp.deliver(entry.id).entry.state is State.UNKNOWN
        assert _deliver_until_settled(box, disp, clock, entry.id) is State.DONE
    sent = mutations(simulator)
    assert sent["completeShipment"] == 1
    assert sent["updateDirectToConsumerOrder"] == 1
    assert str(simulator.shipment("41001-1")["internalComment"]).count(note) == 1


def test_no_resend_while_a_late_step_of_the_sequence_may_still_be_alive(
        tmp_path: Path, simulator: CentraSimulator) -> None:
    """The settle window must run from the last mutation sent, not from the claim: a
    sequence sends its steps one after another, so its last mutation can leave long after
    the claim (each step answered just inside the deadline) and be processed after the
    client gave up on it. A resend judged from the claim would send a second
    ``completeShipment`` while the first is still on its way (and, on a Centra that
    e-mails on a repeated completion, open question 4, mail the customer twice)."""
    settle, timeout = 2.0, 1.0               # scaled: the app's 180 s and 45 s
    simulator.integration.second_complete = "email"
    simulator.set_state("41004-1", "inprogress")            # good-to-go, capture, complete
    for field in ("orders", "updateShipment", "captureShipment"):   # each step just in time
        simulator.add_fault(Fault(kind="latency", path="/graphql", field=field,
                                  apply="before", delay=0.6))
    # completeShipment leaves ~1.8 s after the claim, the client gives up at ~2.8 s,
    # Centra processes it at ~3.5 s: past the claim's settle window (2.0 s).
    simulator.add_fault(Fault(kind="latency", path="/graphql", field="completeShipment",
                              apply="before", delay=1.7))
    client = connect(simulator.graphql_url, DEMO_TOKEN, api="integration", timeout=timeout)
    try:
        with Outbox(tmp_path / "outbox.sqlite3") as box:
            disp = Dispatcher(box, client, rng=random.Random(1), settle=settle,
                              base_backoff=0.02, max_backoff=0.2)
            entry = box.add(Completion(order="41004", shipment="41004-1", carrier="UPS",
                                       tracking=TRACKING, send_email=True),
                            needs_capture=True)
            first = disp.deliver(entry.id)
            assert first.entry.state is State.UNKNOWN
            give_up = time.monotonic() + 10
            while box.get(entry.id).state is not State.DONE and time.monotonic() < give_up:
                disp.deliver_due()
                time.sleep(0.02)
            assert box.get(entry.id).state is State.DONE
    finally:
        client.close()
    time.sleep(1.0)             # the slow request (due at ~3.5 s) has surely landed now
    assert (mutations(simulator)["completeShipment"], simulator.emails("41004-1"),
            captures(simulator, "41004-1")) == (1, 1, 1)


def test_each_step_sent_restarts_the_settle_window(tmp_path: Path) -> None:
    """The store's side of it: a step's "sending" record is when the last request left
    (``claimed_at``), so the settle window after a crash runs from that step too."""
    clock = Clock()
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        disp = Dispatcher(box, None, clock=clock, settle=180.0)  # type: ignore[arg-type]
        entry = box.add(Completion(order="41004", shipment="41004-1", carrier="UPS",
                                   tracking=TRACKING), needs_capture=True)
        claimed = box.mark_sending(entry.id)
        assert disp.settles_at(claimed) == clock.now + 180.0
        clock.now += 100.0                     # the state read and the capture took long
        box.record_step(entry.id, "complete", "sending")
        late = box.get(entry.id)
        assert late.claimed_at == clock.now
        assert disp.settles_at(late) == clock.now + 180.0
        assert box.mark_unknown(entry.id, "reset", clock.now).claimed_at == clock.now
