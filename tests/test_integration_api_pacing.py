"""The bench's share of Centra's shared rate limit (``integration_api.pacing``), the jitter
after a 429 and the ready list's poll budget, over HTTP against the simulator."""

from __future__ import annotations

import random

import pytest

from packstation.centra import errors
from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.integration_api.feed import ReadyFeed
from packstation.centra.integration_api.pacing import (
    FLEET_SIZE_ENV,
    MIN_READY_POLL_S,
    RATE_SHARE_ENV,
    Budget,
    Pacer,
    Plan,
)
from packstation.simulator import DEMO_TOKEN, CentraSimulator, RateLimitConfig


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_bench_gets_its_share_of_every_bucket() -> None:
    clock = Clock()
    pacer = Pacer(Budget(stations=20), clock=clock)   # 1 mutation / 10 s, 90 / h
    assert pacer.reserve(1) == 0.0
    assert pacer.reserve(1) == 0.0                    # the burst: capture, then complete
    wait = pacer.reserve(1)
    assert wait == pytest.approx(10.0)                # one unit back at 0.1 a second
    clock.now += wait
    assert pacer.reserve(1) == 0.0
    # Requests: 3 per 10 s for this bench, 4 at once (one parcel) as a burst.
    pacer = Pacer(Budget(stations=20), clock=clock)
    assert [pacer.reserve() for _ in range(4)] == [0.0] * 4
    assert pacer.reserve() > 0


def test_the_hour_bucket_paces_a_bench_that_used_up_its_hour() -> None:
    clock = Clock()
    pacer = Pacer(Budget(Plan(mutations_10s=1000, mutations_1h=10)), clock=clock)
    for _ in range(10):
        assert pacer.reserve(1) == 0.0
        clock.now += 1
    assert pacer.reserve(1) == pytest.approx(3600 / 10 - 10, abs=1.0)


def test_the_ready_poll_interval_follows_the_fleet() -> None:
    assert Budget().ready_poll_interval() == MIN_READY_POLL_S
    assert Budget(stations=20).ready_poll_interval() == pytest.approx(144.0)
    assert Budget(stations=20, share=0.5).ready_poll_interval() == pytest.approx(288.0)


def test_the_budget_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FLEET_SIZE_ENV, "20")
    monkeypatch.setenv(RATE_SHARE_ENV, "0.5")
    assert Budget.from_environment().fraction == pytest.approx(0.025)
    monkeypatch.setenv(FLEET_SIZE_ENV, "many")
    monkeypatch.setenv(RATE_SHARE_ENV, "2")
    assert Budget.from_environment().fraction == 1.0


def test_a_paced_request_is_not_sent(simulator: CentraSimulator) -> None:
    """Past its share the client raises RateLimited with the wait, and Centra sees nothing."""
    pacer = Pacer(Budget(Plan(requests_10s=2, requests_1h=100)), burst_requests=2)
    with IntegrationClient(simulator.graphql_url, DEMO_TOKEN, max_rate_wait=0.0,
                           pacer=pacer) as c:
        c.lookup("41001-1")
        c.lookup("41001-1")
        sent = simulator.graphql_stats()["http_requests"]
        with pytest.raises(errors.RateLimited) as info:
            c.lookup("41001-1")
    assert 4.0 <= info.value.retry_after <= 5.5
    assert simulator.graphql_stats()["http_requests"] == sent
    assert simulator.graphql_stats().get("429", 0) == 0


def test_a_short_pace_is_waited_out_inside_the_call(simulator: CentraSimulator) -> None:
    slept: list[float] = []
    clock = Clock()

    def sleep(s: float) -> None:
        slept.append(s)
        clock.now += s

    pacer = Pacer(Budget(Plan(requests_10s=1)), clock=clock, burst_requests=1)
    with IntegrationClient(simulator.graphql_url, DEMO_TOKEN, max_rate_wait=12.0,
                           pacer=pacer, clock=clock, sleep=sleep) as c:
        c.lookup("41001-1")
        c.lookup("41001-1")
    assert slept == [pytest.approx(10.0)]


def test_benches_refused_together_come_back_apart(simulator: CentraSimulator) -> None:
    """One shared 429 (whole seconds): each client adds its own jitter to the wait."""
    simulator.configure_rate_limits(RateLimitConfig(requests_10s=1, retry_after="seconds"))
    waits = []
    for seed in range(4):
        with IntegrationClient(simulator.graphql_url, DEMO_TOKEN, max_rate_wait=0.0,
                               rng=random.Random(seed)) as c:
            try:
                c.lookup("41001-1")
            except errors.RateLimited as exc:
                waits.append(exc.retry_after)
                continue
            with pytest.raises(errors.RateLimited) as info:
                c.lookup("41001-1")
            waits.append(info.value.retry_after)
    assert len(set(round(w, 3) for w in waits)) == len(waits)
    assert max(waits) - min(waits) < 3.0


def test_the_ready_feed_polls_no_more_often_than_its_budget(simulator: CentraSimulator) -> None:
    clock = Clock()
    with IntegrationClient(simulator.graphql_url, DEMO_TOKEN) as c:
        feed = ReadyFeed(c, min_interval=144.0, clock=clock)
        assert feed.poll().full
        clock.now += 60
        update = feed.poll()
        assert update.requests == 0 and not update.ready and not update.gone
        clock.now += 84
        assert feed.poll().requests == 1


def test_a_wait_is_never_too_short_for_the_clock_to_move() -> None:
    """A bucket a hair short of a unit must not ask for a wait a large clock value cannot
    express (it looped for ever in the fleet benchmark's simulated clock)."""
    clock = Clock()
    clock.now = 1_796_018_400.0
    pacer = Pacer(Budget(Plan(requests_10s=3)), clock=clock, burst_requests=1)
    assert pacer.reserve() == 0.0
    for _ in range(100):
        wait = pacer.reserve()
        if wait == 0.0:
            break
        assert wait >= 0.01
        clock.now += wait
    else:
        raise AssertionError("the pacer never let a request go")
