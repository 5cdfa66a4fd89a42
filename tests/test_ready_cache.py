"""The Qt-free ready list: filled from the simulator over HTTP, expiry, tombstones."""

from __future__ import annotations

from packstation.centra.domain import LookupOutcome
from packstation.centra.order_api.client import CentraClient
from packstation.centra.ready_cache import ReadyCache
from packstation.simulator import DEMO_API_KEY, CentraSimulator


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_refresh_holds_every_good_to_go_shipment(simulator: CentraSimulator) -> None:
    with CentraClient(simulator.base_url, DEMO_API_KEY) as client:
        cache = ReadyCache()
        assert cache.age() is None and cache.get("41001-1") is None
        expected = {s.shipment_id for s in client.iter_good_to_go()}
        assert cache.refresh(client) == len(expected) > 10
    hit = cache.get("41001-1")
    assert hit is not None and hit.result.outcome is LookupOutcome.READY
    assert hit.result.shipment is not None and hit.result.shipment.shipment_id == "41001-1"
    assert cache.get("41006-1") is None  # in progress: not in the list
    age = cache.age()
    assert age is not None and age < 5


def test_entries_expire_after_max_age(simulator: CentraSimulator) -> None:
    clock = Clock()
    cache = ReadyCache(max_age_s=600, clock=clock)
    with CentraClient(simulator.base_url, DEMO_API_KEY) as client:
        cache.refresh(client)
    clock.now += 599
    hit = cache.get("41001-1")
    assert hit is not None and hit.age_s == 599
    clock.now += 2
    assert cache.get("41001-1") is None


def test_refresh_started_before_a_completion_cannot_bring_it_back(
        simulator: CentraSimulator) -> None:
    clock = Clock()
    cache = ReadyCache(clock=clock)
    with CentraClient(simulator.base_url, DEMO_API_KEY) as client:
        stale = list(client.iter_good_to_go())  # fetched at t=1000
    clock.now = 1001
    cache.forget("41001-1")  # completed here at t=1001
    cache.replace_all(stale, fetched_at=1000)
    assert cache.get("41001-1") is None
    cache.replace_all(stale, fetched_at=1002)  # a later list that still has it: trusted
    assert cache.get("41001-1") is not None


def test_an_older_refresh_finishing_late_does_not_replace_a_newer_one(
        simulator: CentraSimulator) -> None:
    cache = ReadyCache(clock=Clock())
    with CentraClient(simulator.base_url, DEMO_API_KEY) as client:
        shipments = list(client.iter_good_to_go())
    cache.replace_all(shipments[:3], fetched_at=1000)
    cache.replace_all(shipments, fetched_at=999)
    assert len(cache) == 3


def test_refresh_keeps_the_object_it_holds_when_nothing_changed(
        simulator: CentraSimulator) -> None:
    with CentraClient(simulator.base_url, DEMO_API_KEY) as client:
        cache = ReadyCache()
        cache.refresh(client)
        first = cache.get("41001-1")
        assert first is not None
        cache.refresh(client)
        again = cache.get("41001-1")
        assert again is not None
        # Same data: the object already held is kept (fewer long-lived allocations).
        assert again.result.shipment is first.result.shipment
        assert again.age_s <= first.age_s + 5
