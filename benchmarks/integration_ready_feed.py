"""Ready-list upkeep through the Integration API at fleet scale (issue #16).

N benches keep their ready list current once a simulated minute while the fleet packs
60 parcels per bench per hour (one completion per bench per minute, via GraphQL), against
one simulator holding M ready shipments. Three ways are compared:

- ``full``: every bench pages through every ready shipment each minute (what the Order API
  client does today: ceil(M / 100) requests per bench per minute);
- ``events``: ``ReadyFeed`` on the events queue (each bench its own integration name);
- ``changed``: ``ReadyFeed`` on ``shipments(where: {updatedAt: {from}})``.

Printed per case: the first full read's requests (fleet), the first minute's upkeep
(fleet; changed-since re-reads every shipment sharing the newest ``updatedAt`` second,
and the simulator creates all of them in the same second), then requests per minute for
the fleet and per bench from the second minute on (Centra's default quota is 60 per 10 s
= 360 per minute for the whole environment), and whether every bench's list equals the
simulator's at the end (``ok``). Rate limiting is off: requests are counted, not
throttled.

    .venv/bin/python -m benchmarks.integration_ready_feed [--minutes 5] [--quick]
"""

from __future__ import annotations

import argparse
import math
import sys
import time

from packstation.centra.integration_api.client import IntegrationClient, ShipmentInfo
from packstation.centra.integration_api.feed import ReadyFeed
from packstation.simulator import (
    ALL_PERMISSIONS,
    DEMO_TOKEN,
    CentraSimulator,
    RateLimitConfig,
    build_shipment,
    product_line,
)

FIRST_ORDER = 600_000


def _simulator(ready: int) -> CentraSimulator:
    shipments = [build_shipment(FIRST_ORDER + i, lines=[product_line(qty=1 + i % 3)])
                 for i in range(ready)]
    return CentraSimulator(shipments=shipments, record_requests=False,
                           rate_limits=RateLimitConfig(enabled=False)).start()


def run_case(benches: int, ready: int, mode: str, minutes: int) -> dict[str, object]:
    sim = _simulator(ready)
    try:
        clients = []
        for b in range(benches):
            token = f"bench-{b}"
            sim.add_token(token, ALL_PERMISSIONS, integration_name=token)
            clients.append(IntegrationClient(sim.graphql_url, token))
        packer = IntegrationClient(sim.graphql_url, DEMO_TOKEN)
        feeds = [ReadyFeed(c, use_events=mode == "events") for c in clients]
        lists: list[dict[str, object]] = [{} for _ in clients]
        first = 0
        for feed, copy in zip(feeds, lists, strict=True):
            update = feed.poll()
            copy.update({s.number: s for s in update.ready})
            first += update.requests
        per_minute: list[int] = []
        queue = sorted(sim.shipment_ids())
        started = time.perf_counter()
        for _minute in range(minutes):
            upkeep = 0
            time.sleep(1.05)   # Centra's updatedAt has whole seconds (changed-since)
            for _ in range(benches):            # each bench completes one parcel
                number = queue.pop(0)
                state = packer.shipment_state(number)
                assert state is not None
                packer.complete(state.id, ShipmentInfo(tracking="RR123456785SE"))
            for feed, client, copy in zip(feeds, clients, lists, strict=True):
                if mode == "full":
                    before = client.gql.requests_sent
                    copy.clear()
                    copy.update({s.number: s for s in client.iter_ready()})
                    upkeep += client.gql.requests_sent - before
                    continue
                update = feed.poll()
                upkeep += update.requests
                for s in update.ready:
                    copy[s.number] = s
                for n in update.gone:
                    copy.pop(n, None)
            per_minute.append(upkeep)
        elapsed = time.perf_counter() - started - minutes * 1.05
        truth = {sid for sid in sim.shipment_ids() if sim.shipment(sid)["state"] == "goodtogo"}
        ok = all(set(copy) == truth for copy in lists)
        for c in [*clients, packer]:
            c.close()
        return {"benches": benches, "ready": ready, "mode": mode,
                "first_read": first, "first_poll": per_minute[0],
                "per_minute": sum(per_minute[1:]) / len(per_minute[1:]),
                "per_bench_minute": sum(per_minute[1:]) / len(per_minute[1:]) / benches,
                "full_pages_per_bench": math.ceil(ready / 100),
                "work_s": round(elapsed, 2), "ok": ok}
    finally:
        sim.stop()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=3,
                        help="simulated minutes (at least 2: the first poll is shown apart)")
    parser.add_argument("--quick", action="store_true", help="1 and 5 benches, 100 ready")
    parser.add_argument("--benches", type=int, nargs="*", help="bench counts to run")
    parser.add_argument("--ready", type=int, nargs="*", help="ready-shipment counts to run")
    parser.add_argument("--modes", nargs="*", default=["full", "events", "changed"],
                        choices=["full", "events", "changed"])
    args = parser.parse_args(argv)
    args.minutes = max(args.minutes, 2)
    bench_counts = args.benches or ((1, 5) if args.quick else (1, 20))
    ready_counts = args.ready or ((100,) if args.quick else (100, 5000))
    print(f"{'benches':>7} {'ready':>6} {'mode':>8} {'first read':>10} {'1st poll':>8} "
          f"{'req/min fleet':>13} {'req/min bench':>13} {'ok':>3}")
    bad = 0
    for ready in ready_counts:
        for benches in bench_counts:
            for mode in args.modes:
                r = run_case(benches, ready, mode, args.minutes)
                bad += not r["ok"]
                print(f"{r['benches']:>7} {r['ready']:>6} {r['mode']:>8} "
                      f"{r['first_read']:>10} {r['first_poll']:>8} {r['per_minute']:>13.1f} "
                      f"{r['per_bench_minute']:>13.2f} {'yes' if r['ok'] else 'NO':>3}",
                      flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
