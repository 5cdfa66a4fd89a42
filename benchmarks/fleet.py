"""A fleet of packing benches against one rate-limited Centra (issue #16).

N headless benches, each made of the bench's real parts: its own outbox (SQLite in a temp
dir), ``Dispatcher`` and ``DeliveryService`` (``complete_now``: save, one attempt; the
2-second drain sends what is left), an ``IntegrationAdapter`` over real HTTP with its own
token and integration name (as ``python -m packstation.simulator --bench-tokens N``), and
its ready list (``FeedingAdapter``: one full read, then changed-since) refreshed every
minute on the bench's timer. One simulator serves them all, with one shared rate limit
(the default Growth plan unless told otherwise).

Each bench packs ``--parcels-per-hour`` parcels an hour (60: one a minute, each bench at
its own phase, a few seconds of jitter): the slip scan's lookup, then ``complete_now``.
A parcel needs a capture with probability ``--capture`` (the others are paid at
checkout). The packer never waits on Centra: a parcel not done at once stays in the
outbox and the drain finishes it (a capture parcel stays at the bench meanwhile: it is
not handed over before the payment is taken). A "webshop" adds a new ready shipment for
every parcel taken, so the ready list stays at ``--ready`` shipments.

**Time.** One simulated clock drives everything: the simulator's rate limiter
(``CentraSimulator(rate_limit_clock=...)``), the clients' pacing and 429 waits, the
outboxes and a discrete-event loop (one thread) that runs the benches' timers and parcels
in time order; Centra's own times (``updatedAt``, which changed-since reads) follow it
too. A request takes no simulated time (its real duration, a few ms here, is
small against the 10-second window); so an hour runs in a minute or so. No call waits
inside itself (``max_rate_wait=0``): every wait goes back to the caller (a lookup is
repeated when the wait is over; a completion stays in the outbox), as it would after
``max_rate_wait`` in the app. Centra's ``updatedAt`` (changed-since) is the simulator's
simulated clock too (``CentraSimulator(store_clock=...)``).

**Checked in the simulator at the end**: every parcel completed exactly once
(``completions == 1``, one e-mail), one successful capture per capture parcel and none
for a paid one, nothing completed that no bench sent; lost = parcels whose outbox entry
is not done after the drain.

    .venv/bin/python -m benchmarks.fleet                        # 20 benches, 1 h, 50 % capture
    .venv/bin/python -m benchmarks.fleet --capture 0 0.5 1 --no-pacing
    .venv/bin/python -m benchmarks.fleet --scale                # 1/5/10/20 benches, 100-5,000 ready
"""

from __future__ import annotations

import argparse
import heapq
import json
import logging
import math
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from packstation.bench.delivery import DeliveryService
from packstation.centra import errors
from packstation.centra.domain import Completion
from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.integration_api.feed import ReadyFeed
from packstation.centra.integration_api.pacing import Budget, Pacer, Plan
from packstation.centra.integration_api.ready_mirror import FeedingAdapter
from packstation.centra.order_api.client import Timeouts
from packstation.outbox import Dispatcher, Outbox, State
from packstation.outbox.dispatcher import Delivery
from packstation.simulator import (
    CentraSimulator,
    RateLimitConfig,
    build_shipment,
    product_line,
)
from packstation.simulator.graphql.tokens import BENCH_PERMISSIONS

FIRST_ORDER = 700_000
READY_REFRESH_S = 60.0      # the bench's ready-list timer (ui.ready_list.DEFAULT_REFRESH_S)
DRAIN_MS = 2000             # DeliveryService's drain interval
# The simulated clock (Unix seconds) when the simulation starts: 2026-11-30 06:00 UTC,
# after every order date below (Centra's updatedAt must not go backwards).
T0 = 1_796_018_400.0


# ------------------------------------------------------------------------- event loop

Process = Iterator[float]


class Loop:
    """A simulated clock and the events due on it, run in time order (one thread)."""

    def __init__(self, start: float = T0) -> None:
        self.now = start
        self._queue: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = 0

    def __call__(self) -> float:
        return self.now

    def at(self, when: float, fn: Callable[[], None]) -> None:
        self._seq += 1
        heapq.heappush(self._queue, (when, self._seq, fn))

    def spawn(self, process: Process, delay: float = 0.0) -> None:
        """Run a generator that yields the seconds it waits before going on."""
        def step() -> None:
            try:
                wait = next(process)
            except StopIteration:
                return
            self.at(self.now + max(wait, 0.0), step)
        self.at(self.now + delay, step)

    def advance(self, seconds: float) -> None:
        """Only before the shift, when nothing else runs (the first ready-list reads)."""
        self.now += max(seconds, 0.0)

    def run(self, until: float, stop: Callable[[], bool] = lambda: False) -> None:
        while self._queue and self._queue[0][0] <= until:
            if stop():
                return
            when, _, fn = heapq.heappop(self._queue)
            self.now = max(self.now, when)
            fn()
        self.now = max(self.now, until)


class SimRunner:
    """``session_ports.Runner`` on the loop: jobs run at once, ``later`` is an event."""

    def __init__(self, loop: Loop) -> None:
        self.loop = loop

    def submit(self, fn: Callable[[], Any], on_ok: Callable[[Any], object] | None = None,
               on_error: Callable[[BaseException], object] | None = None) -> int:
        try:
            result = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return 0
        if on_ok is not None:
            on_ok(result)
        return 0

    def later(self, ms: int, fn: Callable[[], None]) -> None:
        self.loop.at(self.loop.now + ms / 1000.0, fn)


# ----------------------------------------------------------------------------- fleet


@dataclass
class Parcel:
    number: str
    order: int
    capture: bool
    bench: int = -1
    pressed: float = math.nan
    done: float = math.nan


@dataclass
class Config:
    benches: int = 20
    parcels_per_hour: int = 60
    hours: float = 1.0
    capture: float = 0.5
    ready: int = 1000
    paced: bool = True
    steady: bool = True        # the hour buckets start empty (as after a busy hour)
    plan: Plan = field(default_factory=Plan)
    seed: int = 1
    drain_limit_s: float = 4 * 3600.0


class TimedDispatcher(Dispatcher):
    """The real dispatcher; notes when an entry is done (the benchmark's clock)."""

    def __init__(self, *args: Any, on_done: Callable[[str], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_done = on_done

    def deliver(self, entry_id: int) -> Delivery:
        delivery = super().deliver(entry_id)
        if delivery.entry.state is State.DONE:
            self._on_done(delivery.entry.shipment_id)
        return delivery


@dataclass
class Bench:
    index: int
    client: IntegrationClient
    pacer: Pacer | None
    adapter: FeedingAdapter
    outbox: Outbox
    delivery: DeliveryService
    ready_requests: int = 0
    lookup_waits: int = 0
    lookup_failures: int = 0
    refresh_skipped: int = 0


class Fleet:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.loop = Loop()
        self.rng = random.Random(cfg.seed)
        p = cfg.plan
        self.limits = RateLimitConfig(requests_10s=p.requests_10s, requests_1h=p.requests_1h,
                                      mutations_10s=p.mutations_10s,
                                      mutations_1h=p.mutations_1h, retry_after="seconds")
        self._next_order = FIRST_ORDER
        self.parcels: dict[str, Parcel] = {}
        self.pool: list[Parcel] = []
        # The backlog: orders placed one a minute before the shift (each its own
        # updatedAt, as in a real environment; not all in one second).
        shipments = [self._new_shipment(T0 - (cfg.ready - i) * 60.0) for i in range(cfg.ready)]
        self.sim = CentraSimulator(
            shipments=[s for s, _ in shipments], record_requests=False,
            rate_limits=self.limits, rate_limit_clock=self.loop,
            store_clock=lambda: datetime.fromtimestamp(self.loop.now))
        self.pool = [parcel for _, parcel in shipments]
        shm = Path("/dev/shm")
        self.tmp = Path(tempfile.mkdtemp(prefix="fleet-", dir=shm if shm.is_dir() else None))
        self.budget = Budget(p, stations=cfg.benches) if cfg.paced else None
        self.benches: list[Bench] = []
        self.shift_start = T0
        self.shift_end = T0
        self.marks: list[tuple[str, float, dict[str, int]]] = []
        self.done_count = 0

    # -- the webshop ------------------------------------------------------------------

    def _new_shipment(self, at: float) -> tuple[Any, Parcel]:
        order = self._next_order
        self._next_order += 1
        capture = self.rng.random() < self.cfg.capture
        placed = datetime.fromtimestamp(at).strftime("%Y-%m-%d %H:%M:%S")
        stored = build_shipment(order, lines=[product_line(qty=1 + order % 2)],
                                paid=not capture, should_capture=capture, order_date=placed)
        return stored, Parcel(f"{order}-1", order, capture)

    def _take_parcel(self) -> Parcel:
        parcel = self.pool.pop(0)
        stored, fresh = self._new_shipment(self.loop.now)
        self.sim.add_shipment(stored)
        self.pool.append(fresh)
        return parcel

    # -- benches -----------------------------------------------------------------------

    def _bench(self, b: int) -> Bench:
        token = f"bench-{b + 1}"
        self.sim.add_token(token, BENCH_PERMISSIONS, integration_name=f"packstation-{token}")
        pacer = Pacer(self.budget, clock=self.loop) if self.budget else None
        # Reads get the completions' longer limits: on a loaded 2-core machine a page of
        # 200 shipments has taken more than the default 10 s (real time, not simulated).
        client = IntegrationClient(self.sim.graphql_url, token, max_rate_wait=0.0,
                                   timeouts=Timeouts(connect=10.0, read=30.0, total=45.0),
                                   pacer=pacer, clock=self.loop, sleep=self.loop.advance,
                                   rng=random.Random(self.cfg.seed * 1000 + b))
        min_interval = self.budget.ready_poll_interval() if self.budget else 0.0
        feed = ReadyFeed(client, min_interval=min_interval, clock=self.loop)
        adapter = FeedingAdapter(client, feed=feed)
        outbox = Outbox(self.tmp / f"bench-{b + 1}.sqlite3", clock=self.loop)
        dispatcher = TimedDispatcher(outbox, adapter, clock=self.loop,
                                     rng=random.Random(self.cfg.seed * 2000 + b),
                                     on_done=self._done)
        delivery = DeliveryService(outbox, dispatcher, SimRunner(self.loop),
                                   interval_ms=DRAIN_MS)
        return Bench(b, client, pacer, adapter, outbox, delivery)

    def _done(self, number: str) -> None:
        parcel = self.parcels[number]
        if math.isnan(parcel.done):
            parcel.done = self.loop.now
            self.done_count += 1

    def _refresh(self, bench: Bench) -> Iterator[float]:
        while True:
            before = bench.client.gql.requests_sent
            try:
                bench.adapter.refresh_mirror()
            except errors.CentraError:
                bench.refresh_skipped += 1     # the list keeps its copy; next tick
            bench.ready_requests += bench.client.gql.requests_sent - before
            yield READY_REFRESH_S

    def _packer(self, bench: Bench, phase: float) -> Iterator[float]:
        gap = 3600.0 / self.cfg.parcels_per_hour
        i = 0
        while True:
            due = self.shift_start + phase + i * gap + self.rng.uniform(-5, 5)
            i += 1
            if due > self.loop.now:
                yield due - self.loop.now
            if self.loop.now >= self.shift_end:
                return
            parcel = self._take_parcel()
            parcel.bench = bench.index
            self.parcels[parcel.number] = parcel
            while True:   # the slip scan's confirming lookup (the ready list shows it first)
                try:
                    bench.adapter.lookup(parcel.number)
                    break
                except errors.RateLimited as exc:
                    bench.lookup_waits += 1
                    yield max(exc.retry_after, 0.05)
                except errors.CentraError:     # (a loaded machine's timeout) scan again
                    bench.lookup_failures += 1
                    yield 5.0
            yield self.rng.uniform(20, 30)    # pack, label, scan the label: press Complete
            parcel.pressed = self.loop.now
            completion = Completion(order=str(parcel.order), shipment=parcel.number,
                                    capture=True, carrier="PostNord", service="MyPack Home",
                                    tracking=f"00{parcel.order:016d}", send_email=True)
            outcome = bench.delivery.complete_now(completion, needs_capture=parcel.capture,
                                                  station=f"bench-{bench.index + 1}")
            if not outcome.confirmed:
                bench.delivery.refresh()   # as the bench does: the drain sees it at once

    # -- the run -----------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        s = self.sim.graphql_stats()
        return {"requests": s.get("requests", 0), "mutations": s.get("mutations", 0),
                "429": s.get("429", 0), "http": s.get("http_requests", 0),
                "ready": sum(b.ready_requests for b in self.benches)}

    def run(self) -> dict[str, Any]:
        self.sim.start()
        try:
            return self._run()
        finally:
            for b in self.benches:
                b.delivery.stop()
                b.client.close()
            self.sim.stop()
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _run(self) -> dict[str, Any]:
        started = time.perf_counter()
        cfg = self.cfg
        self.benches = [self._bench(b) for b in range(cfg.benches)]
        # Before the shift: each bench's first (full) ready-list read, one after the other;
        # calls may wait inside (nothing else is running yet).
        for b in self.benches:
            b.client.gql.max_rate_wait = 3600.0
            before = b.client.gql.requests_sent
            for _attempt in range(5):
                try:
                    b.adapter.refresh_mirror()
                    break
                except errors.CentraError:   # a timeout on a loaded machine: read again
                    b.lookup_failures += 1
            b.ready_requests += b.client.gql.requests_sent - before
            b.client.gql.max_rate_wait = 0.0
        first_reads = self.stats()
        warmup_s = self.loop.now - T0
        if cfg.steady:
            # A shift's hour like any other: the previous hour used the whole quota, so
            # all this hour holds is what the hour buckets refill (Centra's and each
            # bench's share). Otherwise a first hour gets a full bucket on top.
            self.sim.rate_limiter.set_levels("ONE_HOUR", 0.0)
            for b in self.benches:
                if b.pacer is not None:
                    b.pacer.set_hour_level(0.0)
        self.shift_start = self.loop.now
        self.shift_end = self.shift_start + cfg.hours * 3600.0
        self.marks.append(("start", self.loop.now, first_reads))
        gap = 3600.0 / cfg.parcels_per_hour
        for b in self.benches:
            b.delivery.start()
            self.loop.spawn(self._refresh(b), self.rng.uniform(0, READY_REFRESH_S))
            self.loop.spawn(self._packer(b, gap * b.index / cfg.benches))
        for h in range(1, math.ceil(cfg.hours) + 1):
            self.loop.run(self.shift_start + min(h * 3600.0, cfg.hours * 3600.0))
            self.marks.append((f"hour {h}", self.loop.now, self.stats()))

        def all_done() -> bool:
            return self.done_count >= len(self.parcels)

        self.loop.run(self.shift_end + cfg.drain_limit_s, stop=all_done)
        if not all_done():
            for b in self.benches:
                for e in b.outbox.open_entries():
                    print(f"   still open at bench {b.index + 1}: {e.shipment_id} {e.state} "
                          f"attempts {e.attempts} next in {e.next_attempt_at - self.loop.now:.0f} s "
                          f"({e.last_error})", flush=True)
        self.marks.append(("drained", self.loop.now, self.stats()))
        return self._report(first_reads, warmup_s, time.perf_counter() - started)

    # -- the figures -------------------------------------------------------------------

    def _check(self) -> dict[str, int]:
        sent = set(self.parcels)
        duplicates = completed_unsent = 0
        for number in self.sim.shipment_ids():
            s = self.sim.shipment(number)
            if s["state"] == "completed" and number not in sent:
                completed_unsent += 1
            if number not in sent:
                continue
            parcel = self.parcels[number]
            captures = sum(1 for e in s["payments"]
                           if e["entryType"] == "CAPTURE" and e["status"] == "SUCCESS")
            duplicates += max(0, s["completions"] - 1) + max(0, s["emails"] - 1)
            duplicates += max(0, captures - (1 if parcel.capture else 0))
            if parcel.capture and captures == 0 and s["state"] == "completed":
                duplicates += 1   # completed without its capture: not what the bench sent
        not_done = sum(1 for n in sent if self.sim.shipment(n)["state"] != "completed")
        open_entries = sum(len(b.outbox.open_entries()) for b in self.benches)
        refused = sum(1 for b in self.benches for e in b.outbox.open_entries()
                      if e.state is State.REFUSED)
        return {"lost": not_done, "duplicates": duplicates,
                "completed_not_sent": completed_unsent, "open_entries": open_entries,
                "refused": refused}

    def _report(self, first: dict[str, int], warmup_s: float,
                real_s: float) -> dict[str, Any]:
        cfg = self.cfg
        hours: list[dict[str, Any]] = []
        prev = self.marks[0]
        for mark in self.marks[1:]:
            name, at, st = mark
            lo, hi = prev[1], at + (1e-6 if mark is self.marks[-1] else 0.0)
            pressed = [p for p in self.parcels.values() if lo <= p.pressed < hi]
            done = [p for p in self.parcels.values() if lo <= p.done < hi]
            d = {k: st[k] - prev[2][k] for k in st}
            row: dict[str, Any] = {
                "period": name, "seconds": round(hi - lo),
                "packed": len(pressed), "done": len(done),
                "requests": d["requests"], "mutations": d["mutations"], "429": d["429"],
                "ready_requests": d["ready"],
                "req_per_parcel": d["requests"] / len(done) if done else math.nan,
                "mut_per_parcel": d["mutations"] / len(done) if done else math.nan,
            }
            for kind, cap in (("paid", False), ("capture", True)):
                waits = sorted(p.done - p.pressed for p in pressed if p.capture is cap
                               and not math.isnan(p.done))
                row[f"{kind}_n"] = len([p for p in pressed if p.capture is cap])
                row[f"{kind}_p95"] = _pct(waits, 0.95)
                row[f"{kind}_max"] = waits[-1] if waits else math.nan
            hours.append(row)
            prev = mark
        total = self.marks[-1][2]
        parcels = len(self.parcels)
        return {
            "benches": cfg.benches, "ready": cfg.ready, "capture": cfg.capture,
            "paced": cfg.paced, "steady": cfg.steady, "hours": cfg.hours, "parcels": parcels,
            "first_read_requests": first["requests"], "first_read_s": round(warmup_s, 1),
            "periods": hours,
            "requests": total["requests"] - first["requests"],
            "mutations": total["mutations"],
            "429": total["429"] - first["429"],
            "first_read_429": first["429"],
            "ready_requests": total["ready"] - first["ready"],
            "req_per_parcel": (total["requests"] - first["requests"]) / parcels,
            "mut_per_parcel": total["mutations"] / parcels,
            "ready_poll_s": self.budget.ready_poll_interval() if self.budget else READY_REFRESH_S,
            "drain_s": round(self.marks[-1][1] - self.shift_end),
            "lookup_waits": sum(b.lookup_waits for b in self.benches),
            "lookup_failures": sum(b.lookup_failures for b in self.benches),
            "refresh_skipped": sum(b.refresh_skipped for b in self.benches),
            "real_s": round(real_s, 1),
            **self._check(),
        }


def _pct(values: list[float], q: float) -> float:
    if not values:
        return math.nan
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


# ------------------------------------------------------------------------------ output


def _s(v: float) -> str:
    if isinstance(v, float) and math.isnan(v):
        return "-"
    return f"{v:.0f}" if v >= 10 else f"{v:.1f}"


def print_run(r: dict[str, Any]) -> None:
    print(f"\n== {r['benches']} benches, {r['ready']} ready, {r['capture']:.0%} capture, "
          f"{'paced' if r['paced'] else 'not paced'}, "
          f"{'steady (hour buckets start empty)' if r['steady'] else 'first hour (full)'} "
          f"(ready poll {r['ready_poll_s']:.0f} s); "
          f"first reads {r['first_read_requests']} requests in {r['first_read_s']} s; "
          f"{r['real_s']} s real", flush=True)
    print(f"{'period':>8} {'packed':>6} {'done':>5} {'req':>5} {'mut':>5} {'429':>5} "
          f"{'ready':>5} {'req/p':>5} {'mut/p':>5} {'paid p95':>8} {'max':>6} "
          f"{'capt p95':>8} {'max':>6}")
    for h in r["periods"]:
        print(f"{h['period']:>8} {h['packed']:>6} {h['done']:>5} {h['requests']:>5} "
              f"{h['mutations']:>5} {h['429']:>5} {h['ready_requests']:>5} "
              f"{_s(h['req_per_parcel']):>5} {_s(h['mut_per_parcel']):>5} "
              f"{_s(h['paid_p95']):>8} {_s(h['paid_max']):>6} "
              f"{_s(h['capture_p95']):>8} {_s(h['capture_max']):>6}")
    print(f"   total: {r['parcels']} parcels, {r['req_per_parcel']:.2f} requests and "
          f"{r['mut_per_parcel']:.2f} mutations a parcel ({r['ready_requests']} ready-list "
          f"requests), {r['429']} × 429, drain {r['drain_s']} s, lookups waited "
          f"{r['lookup_waits']}, refreshes skipped {r['refresh_skipped']}; lost {r['lost']}, "
          f"duplicates {r['duplicates']}, completed but not sent {r['completed_not_sent']}, "
          f"refused {r['refused']}, still open {r['open_entries']}", flush=True)
    print("CASE " + json.dumps({k: v for k, v in r.items() if k != "periods"}), flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benches", type=int, nargs="*", default=[20])
    parser.add_argument("--ready", type=int, nargs="*", default=[1000])
    parser.add_argument("--capture", type=float, nargs="*", default=[0.5],
                        help="share of parcels that need a capture (0-1)")
    parser.add_argument("--hours", type=float, default=1.0, help="simulated hours of packing")
    parser.add_argument("--first-hour", action="store_true",
                        help="start with full hour buckets (a shift's first hour) instead "
                             "of empty ones (any hour after a busy one: the steady state)")
    parser.add_argument("--parcels-per-hour", type=int, default=60)
    parser.add_argument("--no-pacing", action="store_true",
                        help="benches without the client-side pacing (before)")
    parser.add_argument("--both", action="store_true", help="without and with pacing")
    parser.add_argument("--scale", action="store_true",
                        help="1, 5, 10, 20 benches at 1,000 ready; 100 and 5,000 ready at 20")
    parser.add_argument("--mutations-10s", type=int, default=20)
    parser.add_argument("--mutations-1h", type=int, default=1800)
    parser.add_argument("--requests-10s", type=int, default=60)
    parser.add_argument("--requests-1h", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    # The outbox and client log every rate-limited attempt as a warning: thousands here.
    logging.basicConfig(level=logging.ERROR)
    plan = Plan(args.requests_10s, args.requests_1h, args.mutations_10s, args.mutations_1h)
    cases: list[tuple[int, int, float]] = []
    if args.scale:
        cases = [(n, 1000, c) for c in args.capture for n in (1, 5, 10, 20)]
        cases += [(20, m, c) for c in args.capture for m in (100, 5000)]
    else:
        cases = [(n, m, c) for c in args.capture for n in args.benches for m in args.ready]
    pacing = [False, True] if args.both else [not args.no_pacing]
    runs: list[dict[str, Any]] = []
    for benches, ready, capture in cases:
        for paced in pacing:
            cfg = Config(benches=benches, ready=ready, capture=capture, paced=paced,
                         steady=not args.first_hour,
                         hours=args.hours, parcels_per_hour=args.parcels_per_hour,
                         plan=plan, seed=args.seed)
            runs.append(Fleet(cfg).run())
            print_run(runs[-1])
    # For benchmarks/run.py: the sums over every case, and the last case's figures.
    last = runs[-1]
    summary = {"fleet_lost": sum(r["lost"] for r in runs),
               "fleet_duplicates": sum(r["duplicates"] + r["completed_not_sent"]
                                       for r in runs),
               "fleet_parcels": last["parcels"],
               "fleet_done_in_hour": last["periods"][0]["done"],
               "fleet_requests_per_parcel": round(last["req_per_parcel"], 2),
               "fleet_mutations_per_parcel": round(last["mut_per_parcel"], 2),
               "fleet_429": last["429"],
               "fleet_paid_wait_p95_s": last["periods"][0]["paid_p95"],
               "fleet_capture_wait_p95_s": last["periods"][0]["capture_p95"]}
    print("RESULT " + json.dumps(summary), flush=True)
    return 1 if summary["fleet_lost"] or summary["fleet_duplicates"] else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
