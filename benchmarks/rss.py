"""Benchmark 5: RSS after 10,000 lookup-and-complete cycles minus RSS after 100.

The simulator runs in its own process (its store and sockets are not counted) and keeps no
request log. Cycles go through the controller (slip scan, label scan, complete) with the
ready list on, so the list's background refreshes and confirmations run meanwhile.
"""

from __future__ import annotations

import gc
import os
import sys
import time

from benchmarks.common import Sim, emit, make_app, make_bench, pump_until, rss_mb, shipment_id, tracking_for

CYCLES = int(os.environ.get("CYCLES", 10_000))


def main() -> int:
    make_app()
    sim = Sim(shipments=CYCLES + 50)
    try:
        bench = make_bench(sim.base_url, cache=True, refresh_s=30.0)
        pump_until(lambda: bench.cache_age() is not None, 120)
        ctl = bench.controller
        done: list[bool] = []
        ctl.completion_finished.connect(lambda _sid, ok: done.append(ok))
        rss_100 = 0.0
        t0 = time.perf_counter()
        for i in range(CYCLES):
            sid = shipment_id(i)
            ctl.handle_scan(sid)
            # A miss in the ready list (a refresh paged past shipments completed meanwhile)
            # falls back to Centra: wait for the answer like a packer would.
            pump_until(lambda: ctl.found is not None  # noqa: B023
                       and ctl.found.shipment.shipment_id == sid, 30)
            ctl.handle_scan(tracking_for(i))
            ctl.request_action()
            pump_until(lambda: len(done) == i + 1, 30)  # noqa: B023
            if i + 1 == 100:
                pump_until(lambda: bench.runner.in_flight == 0, 30)
                gc.collect()
                rss_100 = rss_mb()
        pump_until(lambda: bench.runner.in_flight == 0, 60)
        gc.collect()
        rss_end = rss_mb()
        elapsed = time.perf_counter() - t0
        bench.shutdown(wait_ms=3000)
    finally:
        sim.close()
    emit({"rss_growth_mb": rss_end - rss_100, "rss_after_100_mb": rss_100,
          "rss_after_all_mb": rss_end, "rss_cycles": CYCLES, "rss_cycles_ok": sum(done),
          "rss_cycles_per_s": CYCLES / elapsed})
    return 0


if __name__ == "__main__":
    sys.exit(main())
