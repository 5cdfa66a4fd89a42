"""Benchmarks 6 and 7: a scripted packer completes shipments end to end through the window
(slip scan → tracking scan → Ctrl+Enter → green) against the simulator with no added
latency; the simulator counts the TCP connections opened meanwhile."""

from __future__ import annotations

import sys
import time

from benchmarks.common import (
    Sim,
    emit,
    make_app,
    make_bench,
    press_key,
    pump_until,
    shipment_id,
    tracking_for,
    type_keys,
)

SHIPMENTS = 300


def main() -> int:
    from PySide6.QtCore import Qt

    from packstation.ui.theme import Tone

    make_app()
    sim = Sim(shipments=SHIPMENTS + 20)
    try:
        conns_before = sim.cmd("conns")
        bench = make_bench(sim.base_url, cache=True)
        if hasattr(bench, "cache_age"):
            pump_until(lambda: bench.cache_age() is not None, 60)
        w, ctl = bench.window, bench.controller
        done: list[tuple[str, bool]] = []
        ctl.completion_finished.connect(lambda sid, ok: done.append((sid, ok)))
        t0 = time.perf_counter()
        for i in range(SHIPMENTS):
            sid = shipment_id(i)
            type_keys(sid)
            pump_until(lambda: ctl.found is not None and ctl.found.shipment.shipment_id == sid)
            type_keys(tracking_for(i))
            pump_until(lambda: w.form.tracking.text() != "")
            press_key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            pump_until(lambda: len(done) == i + 1 and w.banner.tone is Tone.OK)
        elapsed = time.perf_counter() - t0
        ok = sum(1 for _, good in done if good)
        bench.shutdown(wait_ms=3000)
        conns = sim.cmd("conns") - conns_before
        completions = sum(sim.cmd("completions", shipment_id(i)) for i in range(SHIPMENTS))
    finally:
        sim.close()
    emit({"robot_shipments_per_s": ok / elapsed, "robot_completed": ok,
          "robot_double_completions": completions - ok, "connections_opened": conns})
    return 0


if __name__ == "__main__":
    sys.exit(main())
