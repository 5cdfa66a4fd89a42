"""The outbox records each step of a sequence (the Integration API), and Centra's rate limit
(429) makes an entry wait as long as Centra asks, without counting attempts and without
firing the rest of a drain round at a Centra that has just said "not now".

Real HTTP to the simulator's ``/graphql``; faults on one root field; the simulator's own
rate limits (``RateLimitConfig``) for the 429s.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from packstation.centra.connection import connect
from packstation.centra.domain import Completion
from packstation.centra.errors import RateLimited
from packstation.centra.integration_api.adapter import IntegrationAdapter
from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.ports import CentraPorts
from packstation.outbox import Dispatcher, Outbox, State
from packstation.simulator import DEMO_TOKEN, CentraSimulator, Fault, RateLimitConfig
from tests.integration_api_support import captures, mutations

TRACKING = "1Z999AA10123456784"


class Clock:
    def __init__(self) -> None:
        self.now = 3_000_000.0

    def __call__(self) -> float:
        return self.now


def _capture_parcel(shipment: str = "41004-1") -> Completion:
    return Completion(order=shipment.split("-")[0], shipment=shipment, carrier="UPS",
                      tracking=TRACKING)


@pytest.fixture
def ports(simulator: CentraSimulator) -> Iterator[CentraPorts]:
    client = connect(simulator.graphql_url, DEMO_TOKEN, api="integration", timeout=2.0)
    yield client
    client.close()


@pytest.fixture
def impatient(simulator: CentraSimulator) -> Iterator[IntegrationAdapter]:
    """The adapter with a transport that never sleeps on a 429 itself: every 429 reaches
    the dispatcher (the app's transport waits up to a few seconds first)."""
    adapter = IntegrationAdapter(IntegrationClient(simulator.graphql_url, DEMO_TOKEN,
                                                   max_rate_wait=0.0))
    yield adapter
    adapter.close()


def test_capture_done_then_the_complete_answer_lost_shows_captured_and_ok_to_ship(
        tmp_path: Path, simulator: CentraSimulator, ports: CentraPorts) -> None:
    simulator.add_fault(Fault(kind="reset", path="/graphql", field="completeShipment",
                              apply="after", count=1))
    clock = Clock()
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        disp = Dispatcher(box, ports, clock=clock, rng=random.Random(1))
        entry = box.add(_capture_parcel(), needs_capture=True)
        assert not entry.ok_to_ship and entry.steps_done == ()
        first = disp.deliver(entry.id).entry
        assert first.state is State.UNKNOWN
        assert first.steps_done == ("capture",)  # answered done before the complete left
        assert first.step_sending == "complete"  # sent, no answer: being confirmed
        assert first.captured and first.ok_to_ship
        assert "Payment captured" in first.advice and "OK to ship" in first.advice
        # The record is information: the entry is still looked up, never trusted.
        for _ in range(6):
            state = disp.deliver(entry.id).entry.state
            if state is State.DONE:
                break
            clock.now += 600
        done = box.get(entry.id)
        assert done.state is State.DONE and done.step_sending == ""
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and captures(simulator, "41004-1") == 1
    assert sent["completeShipment"] == 1
    assert simulator.shipment("41004-1")["state"] == "completed"


def test_each_step_is_on_disk_before_its_mutation_leaves(
        tmp_path: Path, simulator: CentraSimulator, impatient: IntegrationAdapter,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As each mutation leaves, the outbox file (read by another connection, as a restart
    would read it) already says that step is being sent, and the steps before it done."""
    db = tmp_path / "outbox.sqlite3"
    seen: list[tuple[str, str, tuple[str, ...]]] = []
    client = impatient.client
    with Outbox(db) as box:
        entry = box.add(_capture_parcel(), needs_capture=True)

        def peeking(name: str) -> None:
            send = getattr(client, name)

            def call(*args: Any, **kwargs: Any) -> Any:
                with Outbox(db, pid=box.pid + 1) as other:
                    e = other.get(entry.id)
                    seen.append((name, e.step_sending, e.steps_done))
                return send(*args, **kwargs)

            monkeypatch.setattr(client, name, call)

        peeking("capture")
        peeking("complete")
        assert Dispatcher(box, impatient).deliver(entry.id).entry.state is State.DONE
        assert box.get(entry.id).steps_done == ("capture", "complete")
    assert seen == [("capture", "capture", ()), ("complete", "complete", ("capture",))]


def test_a_capture_found_done_on_resume_is_recorded_as_captured(
        tmp_path: Path, simulator: CentraSimulator, ports: CentraPorts) -> None:
    # The capture reached Centra, its answer was lost: the resume finds it captured and
    # sends no second capture; the record says captured either way.
    simulator.add_fault(Fault(kind="reset", path="/graphql", field="captureShipment",
                              apply="after", count=1))
    clock = Clock()
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        disp = Dispatcher(box, ports, clock=clock, rng=random.Random(1))
        entry = box.add(_capture_parcel(), needs_capture=True)
        lost = disp.deliver(entry.id).entry
        assert lost.state is State.UNKNOWN and lost.step_sending == "capture"
        assert not lost.ok_to_ship  # not known to be captured yet: keep it at the station
        clock.now += 600
        assert disp.deliver(entry.id).entry.state is State.DONE
        assert box.get(entry.id).captured
    assert mutations(simulator)["captureShipment"] == 1
    assert captures(simulator, "41004-1") == 1


def test_capture_done_then_the_complete_rate_limited_waits_as_centra_asks(
        tmp_path: Path, simulator: CentraSimulator, impatient: IntegrationAdapter) -> None:
    # One mutation per 0.5 s: the capture takes it, the complete meets a 429.
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=1, window_scale=0.05,
                                                    retry_after="decimal"))
    with Outbox(tmp_path / "outbox.sqlite3") as box:
        disp = Dispatcher(box, impatient, rng=random.Random(1))
        entry = box.add(_capture_parcel(), needs_capture=True)
        delivery = disp.deliver(entry.id)
        assert isinstance(delivery.error, RateLimited)
        waiting = delivery.entry
        assert waiting.state is State.PENDING
        assert waiting.attempts == 0  # a 429 is not an attempt: nothing was done
        assert waiting.rate_limited and waiting.steps_done == ("capture",)
        assert waiting.ok_to_ship and "Payment captured" in waiting.advice
        wait = waiting.next_attempt_at - time.time()
        assert 0 < wait <= 1.0  # Centra's Retry-After (~0.5 s), not the backoff
        before = simulator.graphql_stats().get("http_requests", 0)
        assert [d.state for d in disp.deliver_due()] == []  # not due yet
        assert disp.deliver(entry.id).entry.state is State.PENDING  # held: no request
        assert simulator.graphql_stats().get("http_requests", 0) == before
        deadline = time.time() + 10
        while box.get(entry.id).state is not State.DONE and time.time() < deadline:
            time.sleep(0.1)
            disp.deliver_due()
        done = box.get(entry.id)
        assert done.state is State.DONE and not done.rate_limited
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and captures(simulator, "41004-1") == 1
    assert sent["completeShipment"] == 1
    assert simulator.shipment("41004-1")["state"] == "completed"


def test_one_429_holds_the_rest_of_the_drain_round(
        tmp_path: Path, simulator: CentraSimulator, impatient: IntegrationAdapter) -> None:
    # Paid parcels (one mutation each) and one mutation per 1.5 s for the environment.
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=1, window_scale=0.15,
                                                    retry_after="decimal"))
    numbers = ("41001-1", "41002-1", "41003-1", "41006-1")
    with Outbox(tmp_path / "outbox.sqlite3") as box:
        disp = Dispatcher(box, impatient, rng=random.Random(1))
        for n in numbers:
            box.add(Completion(order=n.split("-")[0], shipment=n, carrier="UPS",
                               tracking=f"{TRACKING[:-2]}{numbers.index(n)}4"),
                    needs_capture=False)
        first = disp.deliver_due()
        assert [d.state for d in first] == [State.DONE, State.PENDING, State.PENDING,
                                            State.PENDING]
        stats = simulator.graphql_stats()
        assert stats.get("429", 0) == 1  # one doomed request, not three
        assert stats.get("field:completeShipment", 0) == 1
        held = [box.get(d.entry.id) for d in first[1:]]
        assert all(e.attempts == 0 and e.rate_limited for e in held)
        assert all(e.next_attempt_at > time.time() for e in held)
        assert disp.blocked_for > 0
        deadline = time.time() + 30
        while box.waiting_count() and time.time() < deadline:
            time.sleep(0.1)
            disp.deliver_due()
        assert box.waiting_count() == 0
        assert all(e.state is State.DONE for e in box.all_entries())
        # Each parcel met at most a few 429s: the waits followed Retry-After.
        assert max(e.attempts for e in box.all_entries()) <= 2
    stats = simulator.graphql_stats()
    assert stats.get("field:completeShipment", 0) == len(numbers)
    assert stats.get("429", 0) <= len(numbers)
    for n in numbers:
        assert simulator.shipment(n)["state"] == "completed"


def test_a_rate_limited_reconcile_lookup_waits_without_counting_an_attempt(
        tmp_path: Path, simulator: CentraSimulator, impatient: IntegrationAdapter) -> None:
    simulator.add_fault(Fault(kind="reset", path="/graphql", field="completeShipment",
                              apply="after", count=1))
    clock = Clock()
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        disp = Dispatcher(box, impatient, clock=clock, rng=random.Random(1))
        entry = box.add(_capture_parcel("41001-1"), needs_capture=False)
        unknown = disp.deliver(entry.id).entry
        assert unknown.state is State.UNKNOWN
        simulator.configure_rate_limits(RateLimitConfig(requests_10s=1, window_scale=0.5,
                                                        retry_after="decimal"))
        simulator.rate_limiter.admit(0)  # the request quota is used up
        clock.now += 5
        looked = disp.deliver(entry.id)
        assert isinstance(looked.error, RateLimited)
        assert looked.entry.state is State.UNKNOWN and looked.entry.rate_limited
        assert looked.entry.attempts == unknown.attempts
        assert looked.entry.next_attempt_at > clock.now
