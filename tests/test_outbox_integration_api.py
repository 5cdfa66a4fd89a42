"""The outbox's dispatcher delivering through the Integration API adapter (the app's wiring
with ``--api integration``): an unknown outcome is reconciled with the adapter's lookup and
the sequence resumes from where Centra is: never a second capture, never a second complete.
Real HTTP to the simulator, faults injected on one GraphQL root field."""

from __future__ import annotations

import random
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
