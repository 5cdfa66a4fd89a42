"""A bench's share of Centra's shared rate limit, kept on the bench's side (no Qt here).

Centra's quota is per environment and shared by every integration (reference §6): the
default "Growth" plan allows 60 requests per 10 s and 5,000 an hour, 20 mutations per
10 s and 1,800 an hour, for the ERP, the webshop's integrations and every packing bench
together. A bench that sends as fast as it likes learns of the limit from 429s, and 20
benches learn it together: they are refused together, wait the same ``Retry-After`` and
come back together. ``Pacer`` keeps each bench inside its own share instead:

- ``Budget`` says how much of the plan the benches may use (``share``; the rest is the
  ERP's and the other integrations') and how many benches share it (``stations``); each
  bench gets ``share / stations`` of every bucket, and its ready list at most
  ``ready_share`` of the bench's request budget (``ready_poll_interval``).
- ``Pacer`` holds four local token buckets (requests and mutations, per 10 s and per
  hour), refilled continuously at the bench's share of each quota. A request goes when
  its units are there; otherwise the transport waits (up to ``max_rate_wait``) or raises
  ``RateLimited`` with the time to wait, without sending anything. A bucket holds at least
  one parcel's burst (``burst_requests``, ``burst_mutations``), so a capture and its
  completion go back to back even when a bench's share is below one mutation per 10 s.

The figures of ``benchmarks/fleet.py`` (docs/integration-api.md) show what it changes.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MIN_READY_POLL_S = 60.0        # the bench's ready-list timer: never more often than this
MAX_READY_POLL_S = 900.0       # ... and never staler than this, whatever the fleet
MIN_WAIT_S = 0.01              # a wait is never shorter (a clock may not move by less)
FLEET_SIZE_ENV = "PACKSTATION_BENCHES"      # benches sharing one Centra environment
RATE_SHARE_ENV = "PACKSTATION_RATE_SHARE"   # part of the plan Packstation may use (0-1]


@dataclass(frozen=True)
class Plan:
    """Centra's quotas for one environment (reference §6; "Growth" is the default)."""

    requests_10s: int = 60
    requests_1h: int = 5_000
    mutations_10s: int = 20
    mutations_1h: int = 1_800


GROWTH = Plan()
ENHANCED = Plan(150, 20_000, 50, 4_500)


@dataclass(frozen=True)
class Budget:
    """Who shares the plan: ``stations`` benches get ``share`` of it between them."""

    plan: Plan = GROWTH
    stations: int = 1
    share: float = 1.0
    ready_share: float = 0.1

    @property
    def fraction(self) -> float:
        """This bench's part of every quota."""
        return min(1.0, max(self.share, 0.0)) / max(1, self.stations)

    def ready_poll_interval(self) -> float:
        """Seconds between ready-list polls so that they spend at most ``ready_share`` of
        this bench's request budget (one request a poll, changed-since): 60 s for up to
        8 benches on the Growth plan, 144 s for 20, capped at 15 min."""
        per_hour = self.plan.requests_1h * self.fraction * max(self.ready_share, 1e-6)
        return min(MAX_READY_POLL_S, max(MIN_READY_POLL_S, 3600.0 / per_hour))

    @classmethod
    def from_environment(cls, plan: Plan = GROWTH) -> Budget:
        """``PACKSTATION_BENCHES`` (how many benches share the environment) and
        ``PACKSTATION_RATE_SHARE`` (0-1, the part of the plan left to Packstation), as IT
        sets them for a fleet; unset or unreadable: one bench, the whole plan."""
        stations, share = 1, 1.0
        with contextlib.suppress(ValueError):
            stations = max(1, int(os.environ.get(FLEET_SIZE_ENV, "1")))
        with contextlib.suppress(ValueError):
            share = float(os.environ.get(RATE_SHARE_ENV, "1"))
        if not 0 < share <= 1 or math.isnan(share):
            share = 1.0
        return cls(plan, stations=stations, share=share)


class _Bucket:
    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity = capacity
        self.rate = rate          # units a second
        self.level = capacity
        self.at = now

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + max(0.0, now - self.at) * self.rate)
        self.at = max(self.at, now)

    def wait_for(self, units: float) -> float:
        if self.level >= units - 1e-9:
            return 0.0
        return (min(units, self.capacity) - self.level) / self.rate if self.rate > 0 \
            else math.inf


class Pacer:
    """Local token buckets for one bench (thread-safe); see the module docstring."""

    def __init__(self, budget: Budget | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 burst_requests: float = 4.0, burst_mutations: float = 2.0) -> None:
        self.budget = budget or Budget()
        self._clock = clock
        self._lock = threading.Lock()
        plan, f = self.budget.plan, self.budget.fraction
        now = clock()
        self._requests = [
            _Bucket(max(plan.requests_10s * f, burst_requests), plan.requests_10s * f / 10, now),
            _Bucket(max(plan.requests_1h * f, burst_requests), plan.requests_1h * f / 3600, now),
        ]
        self._mutations = [
            _Bucket(max(plan.mutations_10s * f, burst_mutations),
                    plan.mutations_10s * f / 10, now),
            _Bucket(max(plan.mutations_1h * f, burst_mutations),
                    plan.mutations_1h * f / 3600, now),
        ]
        self.waits = 0            # requests that had to wait for the local buckets

    def set_hour_level(self, fraction: float) -> None:
        """Start the hour buckets at ``fraction`` of their size (a fresh pacer's are
        full): 0 is a bench that used its whole share in the hour before."""
        with self._lock:
            now = self._clock()
            for bucket in (self._requests[1], self._mutations[1]):
                bucket.refill(now)
                bucket.level = bucket.capacity * fraction

    def wait_for(self, requests: int = 1, mutations: int = 0) -> float:
        """Seconds until ``requests`` requests and ``mutations`` mutations could go
        (takes nothing): a sequence asks before its first read, so that a read is not
        spent on a completion whose mutation must wait anyway."""
        with self._lock:
            now = self._clock()
            wait = 0.0
            for buckets, units in ((self._requests, requests), (self._mutations, mutations)):
                for bucket in buckets:
                    bucket.refill(now)
                    if units:
                        wait = max(wait, bucket.wait_for(float(units)))
            return max(wait, MIN_WAIT_S) if wait > 0 else 0.0

    def reserve(self, mutations: int = 0) -> float:
        """Take one request (and ``mutations`` mutation units) and return 0, or return
        the seconds until they are there and take nothing."""
        with self._lock:
            now = self._clock()
            needs = [(b, 1.0) for b in self._requests]
            if mutations:
                needs += [(b, float(mutations)) for b in self._mutations]
            wait = 0.0
            for bucket, units in needs:
                bucket.refill(now)
                wait = max(wait, bucket.wait_for(units))
            if wait > 0:
                self.waits += 1
                return max(wait, MIN_WAIT_S)
            for bucket, units in needs:
                bucket.level -= units
            return 0.0
