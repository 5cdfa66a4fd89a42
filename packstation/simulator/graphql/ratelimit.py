"""The environment's rate limits, shared by every token and client (centra-integration-api.md
§6): six token buckets, requests / mutations / query complexity per 10 s and per hour.

A bucket holds `quota` units and refills continuously at quota/interval. A request needs
one request unit in both request buckets; a mutation operation also needs one mutation unit
per mutation field in both mutation buckets; query complexity is charged after execution
(the number of fields resolved) and only needs the bucket to be above zero beforehand.
A refused request (429) is charged nothing.

`RateLimitConfig` defaults to Centra's "Growth" plan (the default plan). For tests and the
fleet benchmark: smaller quotas, and `window_scale` (0.01 makes the 10 s window 0.1 s and
the hour 36 s of real time). The clock is injectable.

Retry-After: the time until the bucket that refused has room again, written as
  "seconds"    whole seconds, rounded up (RFC 9110 delay-seconds)
  "http-date"  an IMF-fixdate ("Mon, 30 Nov 2026 08:00:05 GMT"), rounded up
  "unix"       a Unix timestamp in whole seconds, rounded up ("the timestamp of when you
               can resume", as Centra's old page words it)
  "decimal"    seconds with a fraction ("0.125"): not HTTP, for scaled-time benchmarks only
  "rotate"     seconds, http-date, unix, seconds, ... one after the other (the default), so
               a client must read all three
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from typing import Literal

RetryAfterFormat = Literal["seconds", "http-date", "unix", "decimal", "rotate"]
BUCKET_TYPES = ("REQUEST_COUNT", "QUERY_COMPLEXITY", "MUTATION_COUNT")
INTERVALS = {"TEN_SECONDS": 10.0, "ONE_HOUR": 3600.0}


@dataclass
class RateLimitConfig:
    """Quotas per window (Growth plan by default). `enabled=False` lifts every limit."""

    requests_10s: int = 60
    requests_1h: int = 5_000
    mutations_10s: int = 20
    mutations_1h: int = 1_800
    complexity_10s: int = 250_000
    complexity_1h: int = 30_000_000
    window_scale: float = 1.0
    retry_after: RetryAfterFormat = "rotate"
    enabled: bool = True

    def quota(self, kind: str, interval: str) -> int:
        name = {"REQUEST_COUNT": "requests", "MUTATION_COUNT": "mutations",
                "QUERY_COMPLEXITY": "complexity"}[kind]
        return int(getattr(self, f"{name}_{'10s' if interval == 'TEN_SECONDS' else '1h'}"))


class _Bucket:
    def __init__(self, quota: int, seconds: float, now: float) -> None:
        self.quota = quota
        self.seconds = seconds
        self.level = float(quota)
        self.at = now

    def refill(self, now: float) -> None:
        if self.quota <= 0 or self.seconds <= 0:
            return
        self.level = min(float(self.quota), self.level + (now - self.at) * self.quota / self.seconds)
        self.at = now

    def wait_for(self, units: float) -> float:
        """Seconds until `units` are available (0 when they are)."""
        if self.level >= units:
            return 0.0
        if self.quota <= 0:
            return math.inf
        return (min(units, self.quota) - self.level) * self.seconds / self.quota


@dataclass(frozen=True)
class Refusal:
    """A 429: which bucket refused and for how long (real seconds)."""

    kind: str
    interval: str
    wait: float


class RateLimiter:
    def __init__(self, config: RateLimitConfig | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wall_clock: Callable[[], float] = time.time) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._wall = wall_clock
        self._rotation = 0
        self.refusals = 0
        self.configure(config or RateLimitConfig())

    def configure(self, config: RateLimitConfig) -> None:
        """New quotas; every bucket starts full."""
        with self._lock:
            self.config = config
            now = self._clock()
            self._buckets = {
                (kind, interval): _Bucket(config.quota(kind, interval),
                                          seconds * config.window_scale, now)
                for kind in BUCKET_TYPES for interval, seconds in INTERVALS.items()
            }

    def set_levels(self, interval: str, fraction: float) -> None:
        """Fill every bucket of `interval` ("TEN_SECONDS", "ONE_HOUR") to `fraction` of
        its quota: the fleet benchmark starts an hour as after a busy one (0.0)."""
        with self._lock:
            now = self._clock()
            for (_kind, name), bucket in self._buckets.items():
                if name == interval:
                    bucket.refill(now)
                    bucket.level = bucket.quota * fraction

    def admit(self, mutations: int) -> Refusal | None:
        """Charge one request and `mutations` mutations, or refuse without charging."""
        with self._lock:
            if not self.config.enabled:
                return None
            now = self._clock()
            for bucket in self._buckets.values():
                bucket.refill(now)
            needs = [("REQUEST_COUNT", 1.0), ("QUERY_COMPLEXITY", 1e-9)]
            if mutations:
                needs.append(("MUTATION_COUNT", float(mutations)))
            worst: Refusal | None = None
            for kind, units in needs:
                for interval in INTERVALS:
                    wait = self._buckets[(kind, interval)].wait_for(units)
                    if wait > 0 and (worst is None or wait > worst.wait):
                        worst = Refusal(kind, interval, wait)
            if worst is not None:
                self.refusals += 1
                return worst
            for kind, units in needs:
                if kind == "QUERY_COMPLEXITY":
                    continue
                for interval in INTERVALS:
                    self._buckets[(kind, interval)].level -= units
            return None

    def charge_complexity(self, units: int) -> None:
        with self._lock:
            if not self.config.enabled:
                return
            now = self._clock()
            for interval in INTERVALS:
                bucket = self._buckets[("QUERY_COMPLEXITY", interval)]
                bucket.refill(now)
                bucket.level -= units

    def snapshot(self) -> list[dict[str, object]]:
        """The six buckets as the `rateLimits` query returns them."""
        with self._lock:
            now = self._clock()
            out: list[dict[str, object]] = []
            for (kind, interval), bucket in self._buckets.items():
                bucket.refill(now)
                remaining = max(0, math.floor(bucket.level))
                out.append({"type": kind, "intervalSeconds": interval, "quota": bucket.quota,
                            "usedQuota": bucket.quota - remaining,
                            "remainingQuota": remaining})
            return out

    def retry_after(self, wait: float) -> str:
        """The Retry-After header value for a wait of `wait` real seconds."""
        with self._lock:
            fmt = self.config.retry_after
            if fmt == "rotate":
                fmt = ("seconds", "http-date", "unix")[self._rotation % 3]
                self._rotation += 1
        if fmt == "decimal":
            return f"{max(wait, 0.001):.3f}"
        if fmt == "seconds":
            return str(max(1, math.ceil(wait)))
        resume = math.ceil(self._wall() + wait)
        if fmt == "unix":
            return str(resume)
        return formatdate(resume, usegmt=True)
