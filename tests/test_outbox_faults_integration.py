"""Fault injection for the Integration API backend: seeded random faults on the
simulator's ``/graphql`` and SIGKILLs of the drain worker over 100+ completions, each a
sequence of one to four mutations (good-to-go, capture, complete, the internal comment).

The scheme of ``test_outbox_faults.py`` (the Order API), over GraphQL: the test process
hosts the simulator and adds completions to the outbox; a worker subprocess
(``python -m packstation.outbox.drain --api integration``) drains it and is SIGKILLed by a
timer and by the crash hook at each dispatcher checkpoint (also at each step of a
sequence: with the step's "sending" on disk but its mutation not sent, and between two
steps), sometimes beside a second
worker. Faults of every kind hit the GraphQL requests before or after the simulator
processed them, restricted by root field (each mutation, the lookups) or not at all;
sometimes a sluggish Centra (the next few requests each answered just inside the deadline,
often with one mutation processed only after the client gave up). In some seeds the
simulator's rate limit runs with a tiny quota in scaled time (a 429 storm); the seeds
rotate the answers to open question 4 (a second ``completeShipment`` refused, a no-op, or
a second e-mail).

Invariants, checked in the simulator (its mutation resolvers are wrapped, test-only):
every shipment completed exactly once, with one e-mail; every shipment that needed a
capture captured exactly once, before its completion, and none other captured; good-to-go
marked only for those that were not, once; the bench's comment line written once and
present once in the order's comment; no mutation for a shipment after its completion but
the comment; no refusal; nothing open in the outbox. Figures go to stdout, and to the
"Integration API (GraphQL)" section of ``docs/reliability.md`` with
PACKSTATION_WRITE_REPORTS=1.
"""

from __future__ import annotations

import os
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pytest

from packstation.centra.domain import Completion
from packstation.outbox import Outbox, State
from packstation.simulator import DEMO_TOKEN, CentraSimulator, Fault, build_shipment
from packstation.simulator.graphql.ratelimit import RateLimitConfig
from tests.outbox_fault_support import (
    KINDS,
    SEQUENCE_CHECKPOINTS,
    SETTLE,
    SKIP_ON_WINDOWS,
    TIMEOUT,
    is_slow,
    kill_rows,
    run_worker,
    timed_fault,
    write_section,
)

CI_SEEDS, CI_SHIPMENTS = "12,23", "42"  # about 30 s on a 2-core machine; 6 of each kind
SEEDS = [int(s) for s in os.environ.get("GQL_FAULT_SEEDS", CI_SEEDS).split(",")]
PER_SEED = int(os.environ.get("GQL_FAULT_SHIPMENTS", CI_SHIPMENTS))
DEADLINE = float(os.environ.get("GQL_FAULT_DEADLINE", "90"))  # seconds per seed
SecondComplete = Literal["refuse", "noop", "email"]
SECOND_COMPLETE: tuple[SecondComplete, ...] = ("email", "refuse", "noop")
STORM_EVERY = 2  # every second seed (by position) runs under a 429 storm
SLUGGISH = float(os.environ.get("GQL_FAULT_SLUGGISH", "0.15"))  # share of slow-Centra bursts
HEADING = "## Integration API (GraphQL)"
MUTATIONS = ("updateShipment", "captureShipment", "completeShipment",
             "updateDirectToConsumerOrder")
LOOKUPS = "orders"  # the scan's lookup, the state read before a sequence, the comment read
# Where a fault may land: one root field (each mutation, the lookups) or any request.
FIELDS: tuple[str | None, ...] = (*MUTATIONS, LOOKUPS, None)


@dataclass(frozen=True)
class Kind:
    """One sort of parcel of the mix (the mutations it needs: 1 to 4)."""

    name: str
    paid: bool
    good_to_go: bool
    comment: bool


MIX = (
    Kind("paid, good to go", paid=True, good_to_go=True, comment=False),        # 1
    Kind("capture", paid=False, good_to_go=True, comment=False),                 # 2
    Kind("paid, not yet good to go", paid=True, good_to_go=False, comment=False),  # 2
    Kind("paid, comment", paid=True, good_to_go=True, comment=True),             # 2
    Kind("capture, not yet good to go", paid=False, good_to_go=False, comment=False),  # 3
    Kind("capture, comment", paid=False, good_to_go=True, comment=True),         # 3
    Kind("all four", paid=False, good_to_go=False, comment=True),                # 4
)


@dataclass
class Mutation:
    """One mutation the simulator executed (faults "before" never get here)."""

    field: str
    shipment: str
    at: float
    shipped_before: bool
    errors: tuple[str, ...]


class MutationWatch:
    """Wraps the simulator's mutation resolvers (test-only instrumentation): notes each
    executed mutation with its shipment, time, whether the shipment was shipped already,
    and the ``userErrors`` it answered. Must be installed before the first request (the
    schema binds the resolvers then)."""

    def __init__(self, sim: CentraSimulator) -> None:
        resolvers = sim._graphql.resolvers
        store = sim._store
        self.log: list[Mutation] = []
        self._lock = threading.Lock()

        def shipment_of(field: str, kwargs: dict[str, Any]) -> str:
            if field == "updateDirectToConsumerOrder":
                return f"{kwargs['order'].get('number')}-1"
            s = store.live_by_gql_id(int(kwargs["id"]))
            return s.shipment_id if s is not None else f"gql:{kwargs['id']}"

        def wrap(field: str, original: Callable[..., Any]) -> Callable[..., Any]:
            def resolver(root: Any, info: Any, **kwargs: Any) -> Any:
                with store.lock:  # atomic with the mutation itself (the lock is reentrant)
                    number = shipment_of(field, kwargs)
                    try:
                        shipped = store.snapshot(number)["state"] == "completed"
                    except KeyError:
                        shipped = False
                    result = original(root, info, **kwargs)
                    errors = tuple(str(e.get("message")) for e in
                                   (result or {}).get("userErrors") or [])
                    with self._lock:
                        self.log.append(Mutation(field, number, time.time(), shipped, errors))
                return result
            return resolver

        for field, attr in (("updateShipment", "update_shipment"),
                            ("captureShipment", "capture_shipment"),
                            ("completeShipment", "complete_shipment"),
                            ("updateDirectToConsumerOrder", "update_order")):
            setattr(resolvers, attr, wrap(field, getattr(resolvers, attr)))

    def of(self, number: str, field: str) -> list[Mutation]:
        return [m for m in self.log if m.shipment == number and m.field == field]


def random_faults(rng: random.Random) -> list[Fault]:
    if rng.random() < SLUGGISH:
        # A sluggish Centra: the next few requests, whatever they are, each answered just
        # inside the deadline, so a sequence's last mutation leaves well after its claim;
        # then, often, that mutation done only after the client gave up on it.
        slow = [Fault(kind="latency", method="POST", path="/graphql", count=1,
                      apply="before", delay=rng.uniform(0.25, TIMEOUT - 0.08))
                for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.6:  # added first, so it wins over the latencies for its field
            slow.insert(0, timed_fault(rng, "slow", method="POST", path="/graphql",
                                       field=rng.choice(MUTATIONS[1:])))
        return slow
    field = rng.choice(FIELDS)
    return [timed_fault(rng, rng.choice(KINDS), method="POST", path="/graphql", field=field)]


def fault_key(f: Fault) -> str:
    kind = "slow (done after the deadline)" if is_slow(f) else f.kind
    return f"{kind} {f.apply} {f.field or 'any request'}"


def comment_of(n: int) -> str:
    return f"Packed at bench {n % 7 + 1} (parcel {n})"


def one_schedule(seed: int, storm: bool, second_complete: SecondComplete, tmp: Path,
                 figures: Counter[str]) -> None:
    rng = random.Random(seed)
    base = 100_000 * seed
    kinds: dict[str, Kind] = {}
    earlier: set[str] = set()  # orders with a comment before the bench writes its line
    shipments = []
    for i in range(PER_SEED):
        n = base + i + 1
        kind = MIX[i % len(MIX)]
        s = build_shipment(n, paid=kind.paid, should_capture=not kind.paid,
                           state="goodtogo" if kind.good_to_go else "inprogress",
                           internal_comment="Gift wrap" if i % 2 else "")
        kinds[s.shipment_id] = kind
        if i % 2:
            earlier.add(s.shipment_id)
        shipments.append(s)
    ids = list(kinds)
    faults: Counter[str] = Counter()
    with CentraSimulator(api_key="demo-key", shipments=shipments) as sim:
        watch = MutationWatch(sim)
        # Open question 4: what a second completeShipment does (refused, nothing, or
        # nothing but a second e-mail): no second one may be sent, whatever the answer.
        sim.integration.second_complete = second_complete
        figures[f"seeds where a second completeShipment is: {second_complete}"] += 1
        if storm:  # a handful of mutations and requests per 0.2 s for the whole simulator
            sim.configure_rate_limits(RateLimitConfig(
                requests_10s=20, mutations_10s=6, window_scale=0.02, retry_after="decimal"))
            figures["seeds under a 429 storm"] += 1
        else:
            sim.configure_rate_limits(RateLimitConfig(enabled=False))
        db = tmp / f"outbox-gql-{seed}.sqlite3"
        box = Outbox(db)
        todo = list(shipments)
        deadline = time.monotonic() + DEADLINE
        while todo or box.waiting_count():
            if time.monotonic() > deadline:  # the invariants below say what went wrong
                figures["schedules that never drained"] += 1
                break
            cut = rng.randint(4, 12)
            batch, todo = todo[:cut], todo[cut:]
            for s in batch:
                n = int(s.data["orderId"])
                kind = kinds[s.shipment_id]
                box.add(Completion(order=str(n), shipment=s.shipment_id, carrier="PostNord",
                                   service="MyPack Home", tracking=f"PN{n}",
                                   send_email=True,
                                   internal_comment=comment_of(n) if kind.comment else ""),
                        needs_capture=not kind.paid)
            for _ in range(rng.randint(0, 6)):
                for f in random_faults(rng):
                    sim.add_fault(f)
                    faults[fault_key(f)] += 1
            run_worker(db, sim.graphql_url, rng, chaos=True, figures=figures,
                       api="integration", key=DEMO_TOKEN, points=SEQUENCE_CHECKPOINTS)
        for f in sim.faults:  # count=1 each: whatever is still listed never fired
            faults[fault_key(f)] -= 1
        sim.clear_faults()
        for _ in range(3):  # calm end: whatever faults are left, the outbox must drain
            if run_worker(db, sim.graphql_url, rng, chaos=False, figures=figures,
                          api="integration", key=DEMO_TOKEN) == 0:
                break
        entries = box.all_entries()
        box.close()
        stats = sim.graphql_stats()
        final = {sid: sim.shipment(sid) for sid in ids}

    figures["completions"] += len(ids)
    for kind in MIX:
        figures[f"parcels: {kind.name}"] += sum(1 for k in kinds.values() if k is kind)
    figures["faults injected"] += sum(faults.values())
    for key, count in faults.items():
        figures[f"fault {key}"] += count
    for field in MUTATIONS:
        figures[f"mutation {field}"] += sum(1 for m in watch.log if m.field == field)
    figures["lookups (orders)"] += stats.get(f"field:{LOOKUPS}", 0)
    figures["HTTP requests to /graphql"] += stats.get("http_requests", 0)
    figures["429 answers"] += stats.get("429", 0)

    problems: dict[str, list[str]] = {}

    def check(name: str, bad: list[str]) -> None:
        figures[name] += len(bad)
        if bad:
            problems[name] = bad[:5]

    check("losses", [sid for sid in ids if final[sid]["completions"] == 0])
    check("duplicates: completed twice",
          [sid for sid in ids if final[sid]["completions"] > 1])
    check("duplicates: e-mails sent twice", [sid for sid in ids if final[sid]["emails"] > 1])
    check("e-mails missing", [sid for sid in ids if final[sid]["emails"] < 1])

    def captured(sid: str) -> int:
        return sum(1 for p in final[sid]["payments"]
                   if p["entryType"] in ("CAPTURE", "CAPTURE_REQUEST"))

    check("duplicates: captured twice", [sid for sid in ids if captured(sid) > 1])
    check("captures missing", [sid for sid in ids if not kinds[sid].paid and captured(sid) < 1])
    check("captures not asked for", [sid for sid in ids if kinds[sid].paid and captured(sid)])
    check("completed before its capture", [
        sid for sid in ids if not kinds[sid].paid and any(
            not m.errors and not any(not c.errors and c.at <= m.at
                                     for c in watch.of(sid, "captureShipment"))
            for m in watch.of(sid, "completeShipment"))])
    check("duplicates: good-to-go marked twice",
          [sid for sid in ids if len(watch.of(sid, "updateShipment")) > 1])
    check("good-to-go marked when it already was", [
        sid for sid in ids if kinds[sid].good_to_go and watch.of(sid, "updateShipment")])
    check("duplicates: comment written twice", [
        sid for sid in ids if len(watch.of(sid, "updateDirectToConsumerOrder")) > 1])
    check("duplicates: comment line twice in the order's comment", [
        sid for sid in ids if kinds[sid].comment
        and str(final[sid]["internalComment"]).count(comment_of(int(sid.split("-")[0]))) > 1])
    check("comments lost", [
        sid for sid in ids if kinds[sid].comment
        and comment_of(int(sid.split("-")[0])) not in str(final[sid]["internalComment"])])
    check("comments written unasked", [
        sid for sid in ids if not kinds[sid].comment
        and watch.of(sid, "updateDirectToConsumerOrder")])
    check("earlier comments lost (replaced, not added to)", [
        sid for sid in earlier if "Gift wrap" not in str(final[sid]["internalComment"])])
    check("mutations after a completion (not the comment)", [
        f"{m.shipment} {m.field}" for m in watch.log
        if m.shipped_before and m.field != "updateDirectToConsumerOrder"])
    check("refusals by the simulator (userErrors)",
          [f"{m.shipment} {m.field}: {m.errors}" for m in watch.log if m.errors])
    check("entries not done at the end",
          [f"{e.shipment_id} {e.state}" for e in entries if e.state is not State.DONE])
    assert len(entries) == len(ids) and {e.shipment_id for e in entries} == set(ids)
    assert not problems, f"seed {seed}: {problems}"


def write_report(figures: Counter[str], seconds: float) -> str:
    main_keys = [
        "completions", *(f"parcels: {k.name}" for k in MIX), "worker runs",
        "second instances (two workers at once)", "seeds under a 429 storm",
        *(f"seeds where a second completeShipment is: {m}" for m in SECOND_COMPLETE),
        "faults injected", "HTTP requests to /graphql", "lookups (orders)", "429 answers"]
    invariant_keys = [
        "losses", "duplicates: completed twice", "duplicates: captured twice",
        "duplicates: good-to-go marked twice", "duplicates: comment written twice",
        "duplicates: comment line twice in the order's comment",
        "duplicates: e-mails sent twice", "e-mails missing", "captures missing",
        "captures not asked for", "completed before its capture",
        "good-to-go marked when it already was", "comments lost",
        "comments written unasked", "earlier comments lost (replaced, not added to)",
        "mutations after a completion (not the comment)",
        "refusals by the simulator (userErrors)", "entries not done at the end"]
    fault_keys = sorted(k for k in figures if k.startswith("fault "))
    by_kind: Counter[str] = Counter()
    by_field: Counter[str] = Counter()
    for k in fault_keys:
        kind_apply, _, field = k.removeprefix("fault ").rpartition(" ")
        if field == "request":  # "any request"
            kind_apply, field = kind_apply.removesuffix(" any"), "any request"
        by_kind[kind_apply] += figures[k]
        by_field[field] += figures[k]
    lines = [
        HEADING, "",
        "Written by `tests/test_outbox_faults_integration.py` (seeds "
        f"{', '.join(map(str, SEEDS))}, {PER_SEED} shipments each, {seconds:.0f} s): the "
        "scheme above through",
        "the Integration API (`python -m packstation.outbox.drain --api integration`",
        "against the simulator's `/graphql`). Each completion is a sequence of one to four",
        "mutations (`updateShipment` good-to-go, `captureShipment`, `completeShipment` with",
        "`sendEmail`, the internal comment through `updateDirectToConsumerOrder`), so faults",
        "and kills cut sequences at every point (the crash hook also at each step: its",
        "`sending` recorded but the mutation not sent, or between two steps). Faults of",
        "every kind hit GraphQL requests",
        "before or after the simulator processed them, restricted to one root field (each",
        "mutation, the `orders` lookups: the scan's, the state read that starts or resumes a",
        "sequence, the comment read) or to any request; sometimes a sluggish Centra (the",
        "next 3-6 requests each answered just inside the deadline, often with one",
        "mutation processed only after the client gave up: a sequence's last mutation",
        "then leaves well after its claim). The seeds rotate open question 4 (a second",
        "`completeShipment` refused, a no-op, or a second e-mail). In every second seed the",
        "simulator's rate limit runs with a tiny quota (20 requests and 6 mutations per",
        "10 s scaled to 0.2 s, fractional `Retry-After`): a 429 storm. Same scaled time as",
        f"above: {TIMEOUT} s per request, a settle window of {SETTLE} s. The invariants are",
        "checked in the simulator (its mutation resolvers are wrapped by the test).",
        f"The suite as `.ci/run` runs it is smaller (seeds {CI_SEEDS}, {CI_SHIPMENTS} "
        "shipments each); these figures:",
        f"`GQL_FAULT_SEEDS={','.join(map(str, SEEDS))} GQL_FAULT_SHIPMENTS={PER_SEED} "
        "PACKSTATION_WRITE_REPORTS=1 python -m pytest "
        "tests/test_outbox_faults_integration.py`.",
        "",
        "| figure | value |", "| --- | ---: |",
    ]
    lines += [f"| {k} | {figures[k]} |" for k in main_keys]
    lines += [f"| mutations executed: {f} | {figures[f'mutation {f}']} |" for f in MUTATIONS]
    lines += kill_rows(figures)
    lines += ["", "| invariant (each a count of shipments or mutations) | value |",
              "| --- | ---: |"]
    lines += [f"| {k} | {figures[k]} |" for k in invariant_keys]
    lines += ["", "| fault (kind, applied) | injected |", "| --- | ---: |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(by_kind.items())]
    lines += ["", "| fault on (root field) | injected |", "| --- | ---: |"]
    lines += [f"| {k} | {v} |" for k, v in sorted(by_field.items())]
    lines += ["", "Only faults that broke a request are counted (scheduled ones that never "
              "matched a request are not). Mutations executed include those whose answer "
              "a fault then lost; a fault applied before processing never reaches the "
              "resolvers.", "",
              "Working out these timings exposed one bug, fixed: the settle window ran from the "
              "claim, so a `completeShipment` that left late in its sequence and was "
              "processed after the client gave up could be sent again (a second e-mail "
              "where Centra mails on a repeated completion). It now runs from the last "
              "mutation sent (docs/outbox.md; `tests/test_outbox_integration_api.py` "
              "holds the exact timing).", ""]
    return "\n".join(lines)


@pytest.mark.skipif(sys.platform == "win32", reason=SKIP_ON_WINDOWS)
@pytest.mark.timeout(400)
def test_random_graphql_faults_and_kills(tmp_path: Path) -> None:
    start = time.monotonic()
    figures: Counter[str] = Counter()
    for i, seed in enumerate(SEEDS):
        began = time.monotonic()
        storm = i % STORM_EVERY == STORM_EVERY - 1
        one_schedule(seed, storm, SECOND_COMPLETE[i % len(SECOND_COMPLETE)], tmp_path,
                     figures)
        print(f"seed {seed}{' (429 storm)' if storm else ''}: "
              f"{time.monotonic() - began:.1f} s")
    report = write_report(figures, time.monotonic() - start)
    print("\n" + report)
    if os.environ.get("PACKSTATION_WRITE_REPORTS"):  # refresh the committed figures on purpose
        write_section(report, HEADING, before="## The timings of issue #14, each with its own test")
    assert figures["completions"] == PER_SEED * len(SEEDS) >= 50
    assert sum(v for k, v in figures.items() if k.startswith("kills")) >= 3 * len(SEEDS)
    assert figures["faults injected"] >= 10 * len(SEEDS)
