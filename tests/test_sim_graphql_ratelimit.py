"""The simulator's rate-limit buckets on a fake clock: Centra's Growth plan numbers, token-
bucket refill, the hour bucket behind the 10 s one, and the Retry-After values."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from packstation.simulator.graphql.ratelimit import RateLimitConfig, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_growth_plan_allows_twenty_mutations_per_ten_seconds_refilling_two_a_second() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimitConfig(), clock=clock)
    assert all(limiter.admit(1) is None for _ in range(20))
    refusal = limiter.admit(1)
    assert refusal is not None
    assert (refusal.kind, refusal.interval) == ("MUTATION_COUNT", "TEN_SECONDS")
    assert refusal.wait == pytest.approx(0.5)
    clock.now += 0.5
    assert limiter.admit(1) is None
    assert limiter.admit(1) is not None


def test_the_hour_bucket_bites_after_1800_mutations() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimitConfig(), clock=clock)
    admitted = 0
    while True:                     # as fast as the 10 s bucket allows: 2 a second
        refusal = limiter.admit(1)
        if refusal is None:
            admitted += 1
            continue
        if refusal.interval == "ONE_HOUR":
            break
        clock.now += refusal.wait
        assert clock.now < 1000.0 + 3600
    elapsed = clock.now - 1000.0
    # 1,800 at the start plus the hour's refill (1,800 per 3,600 s) meanwhile.
    assert admitted == pytest.approx(1800 + elapsed / 2, abs=2)
    assert 0 < refusal.wait <= 2.0 + 1e-9


def test_window_scale_shortens_the_windows() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimitConfig(mutations_10s=2, window_scale=0.01), clock=clock)
    assert limiter.admit(1) is None and limiter.admit(1) is None
    refusal = limiter.admit(1)
    assert refusal is not None and refusal.wait == pytest.approx(0.05)


def test_queries_are_not_held_back_by_the_mutation_limit() -> None:
    limiter = RateLimiter(RateLimitConfig(mutations_10s=1), clock=Clock())
    assert limiter.admit(1) is None and limiter.admit(1) is not None
    assert limiter.admit(0) is None


def test_snapshot_and_disabled() -> None:
    limiter = RateLimiter(RateLimitConfig(requests_10s=5), clock=Clock())
    limiter.admit(0)
    limiter.charge_complexity(40)
    rows = {(r["type"], r["intervalSeconds"]): r for r in limiter.snapshot()}
    assert len(rows) == 6
    assert rows[("REQUEST_COUNT", "TEN_SECONDS")] == {
        "type": "REQUEST_COUNT", "intervalSeconds": "TEN_SECONDS", "quota": 5,
        "usedQuota": 1, "remainingQuota": 4}
    assert rows[("QUERY_COMPLEXITY", "ONE_HOUR")]["usedQuota"] == 40
    off = RateLimiter(RateLimitConfig(requests_10s=0, enabled=False), clock=Clock())
    assert off.admit(5) is None


def test_retry_after_forms() -> None:
    wall = 1_800_000_000.2
    limiter = RateLimiter(RateLimitConfig(), clock=Clock(), wall_clock=lambda: wall)
    assert [limiter.retry_after(1.3) for _ in range(4)] == [
        "2", "Fri, 15 Jan 2027 08:00:02 GMT", "1800000002", "2"]
    assert parsedate_to_datetime("Fri, 15 Jan 2027 08:00:02 GMT").timestamp() == 1_800_000_002
    limiter.configure(RateLimitConfig(retry_after="decimal"))
    assert limiter.retry_after(0.0421) == "0.042"
    limiter.configure(RateLimitConfig(retry_after="seconds"))
    assert limiter.retry_after(0.01) == "1"
