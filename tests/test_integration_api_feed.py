"""The ready list through the Integration API at fleet scale: one full read, then only
what changed (the events queue, or changed-since when events are off), over real HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.integration_api.feed import ReadyFeed
from packstation.simulator import (
    BENCH_PERMISSIONS,
    DEMO_API_KEY,
    CentraSimulator,
)


@pytest.fixture
def bench_token(simulator: CentraSimulator) -> Iterator[IntegrationClient]:
    simulator.add_token("bench-1", BENCH_PERMISSIONS, integration_name="bench-1")
    with IntegrationClient(simulator.graphql_url, "bench-1") as c:
        yield c


def ready_numbers(sim: CentraSimulator) -> set[str]:
    return {sid for sid in sim.shipment_ids() if sim.shipment(sid)["state"] == "goodtogo"}


def complete_elsewhere(sim: CentraSimulator, number: str) -> None:
    """Another bench completes it through the Order API (the same store)."""
    order = number.split("-")[0]
    r = httpx.put(f"{sim.base_url}/shipment", headers={"API-Authorization": DEMO_API_KEY},
                  json={"order": int(order), "shipment": number, "capture": True,
                        "shipped": True, "tracking": "RR123456785SE"})
    assert r.status_code == 200 and r.json()["status"] == "ok", r.text


def apply(copy: dict[str, object], feed: ReadyFeed) -> int:
    update = feed.poll()
    if update.full:
        copy.clear()
    for s in update.ready:
        copy[s.number] = s
    for number in update.gone:
        copy.pop(number, None)
    return update.requests


@pytest.mark.parametrize("events", [True, False])
def test_the_ready_list_follows_centra_with_few_requests(
        simulator: CentraSimulator, bench_token: IntegrationClient, events: bool) -> None:
    feed = ReadyFeed(bench_token, use_events=events)
    ready: dict[str, object] = {}
    full = apply(ready, feed)
    assert set(ready) == ready_numbers(simulator)
    assert feed.mode == ("events" if events else "changed-since")
    time.sleep(1.1)     # changed-since compares Centra's whole-second updatedAt
    complete_elsewhere(simulator, "41001-1")                  # leaves the list
    bench_token.mark_good_to_go(simulator.gql_id("41006-1"))  # joins it
    requests = apply(ready, feed)
    assert set(ready) == ready_numbers(simulator)
    assert "41001-1" not in ready and "41006-1" in ready
    # events: one read and one confirm; changed-since: one read
    assert requests <= (2 if events else 1) < full + 2
    quiet = apply(ready, feed)
    assert set(ready) == ready_numbers(simulator)
    assert quiet == 1


def test_events_that_are_not_enabled_fall_back_to_changed_since(
        simulator: CentraSimulator, bench_token: IntegrationClient) -> None:
    simulator.integration.events_enabled = False     # open question 8
    feed = ReadyFeed(bench_token, use_events=True)
    ready: dict[str, object] = {}
    apply(ready, feed)
    assert feed.mode == "changed-since"
    time.sleep(1.1)
    complete_elsewhere(simulator, "41002-1")
    apply(ready, feed)
    assert set(ready) == ready_numbers(simulator)


def test_a_token_without_an_integration_name_uses_changed_since(
        simulator: CentraSimulator) -> None:
    with IntegrationClient(simulator.graphql_url, "demo-token-limited") as c:
        feed = ReadyFeed(c, use_events=True)
        ready: dict[str, object] = {}
        apply(ready, feed)
        assert feed.mode == "changed-since"
        assert set(ready) == ready_numbers(simulator)


def test_a_full_read_comes_back_after_full_every(simulator: CentraSimulator,
                                                 bench_token: IntegrationClient) -> None:
    now = [0.0]
    feed = ReadyFeed(bench_token, full_every=3600.0, clock=lambda: now[0])
    assert feed.poll().full
    now[0] = 1800.0
    assert not feed.poll().full
    now[0] = 3600.0
    assert feed.poll().full


def test_events_switched_off_later_mean_one_full_read_then_changed_since(
        simulator: CentraSimulator, bench_token: IntegrationClient) -> None:
    feed = ReadyFeed(bench_token, use_events=True)
    ready: dict[str, object] = {}
    apply(ready, feed)
    assert feed.mode == "events"
    simulator.integration.events_enabled = False
    complete_elsewhere(simulator, "41003-1")
    update = feed.poll()
    assert update.full and feed.mode == "changed-since"
    ready = {s.number: s for s in update.ready}
    time.sleep(1.1)
    complete_elsewhere(simulator, "41002-1")
    apply(ready, feed)
    assert set(ready) == ready_numbers(simulator)


def test_changed_since_through_orders_on_a_centra_without_a_shipments_root(
        simulator: CentraSimulator, bench_token: IntegrationClient) -> None:
    simulator.integration.shipments_root = False      # open question 1, other answer
    feed = ReadyFeed(bench_token, use_events=False)
    ready: dict[str, object] = {}
    apply(ready, feed)
    assert set(ready) == ready_numbers(simulator)
    time.sleep(1.1)
    complete_elsewhere(simulator, "41002-1")
    bench_token.mark_good_to_go(simulator.gql_id("41006-1"))
    assert apply(ready, feed) == 1
    assert set(ready) == ready_numbers(simulator) and bench_token.shipments_root is False
