"""Benchmark 2: the largest gap of a 5 ms heartbeat timer on the GUI thread while 200
lookup-and-complete cycles run against a server that takes 2 s per request.

To finish in seconds rather than 800 s, BENCHES bench windows (one process, one GUI
thread, each with its own client, worker pool and ready list, as on a real PC) each run
CYCLES cycles, started 100 ms apart so their answers arrive spread out. Every cycle is a
slip scan (answered from the ready list; the confirming lookup still takes 2 s), a
tracking scan and a completion (2 s), each its own GUI event, through the controller.
Twenty windows repaint in one GUI thread, so this is harsher than one bench.
"""

from __future__ import annotations

import os
import sys
import time

from benchmarks.common import TRACKING, Sim, emit, make_app, make_bench, pump_until, shipment_id

BENCHES = int(os.environ.get("BENCHES", 20))
CYCLES = int(os.environ.get("CYCLES", 10))
LATENCY = 2.0
PERIOD_MS = 5


def main() -> int:
    from PySide6.QtCore import Qt, QTimer

    make_app()
    sim = Sim(shipments=BENCHES * CYCLES + 50, latency=LATENCY)
    try:
        benches = [make_bench(sim.base_url, cache=True) for _ in range(BENCHES)]
        pump_until(lambda: all(b.cache_age() is not None for b in benches), 60)

        ticks: list[float] = []
        beat = QTimer()
        beat.setTimerType(Qt.TimerType.PreciseTimer)
        beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        beat.start(PERIOD_MS)
        completed: list[bool] = []
        next_cycle = [1] * BENCHES

        def cycle(i: int, n: int) -> None:
            ctl = benches[i].controller
            ctl.handle_scan(shipment_id(i * CYCLES + n))
            QTimer.singleShot(1, lambda: ctl.handle_scan(TRACKING[n % len(TRACKING)]))
            QTimer.singleShot(2, ctl.request_action)

        def on_done(i: int, ok: bool) -> None:
            completed.append(ok)
            n = next_cycle[i]
            if n < CYCLES:
                next_cycle[i] += 1
                QTimer.singleShot(0, lambda: cycle(i, n))

        for i, b in enumerate(benches):
            b.controller.completion_finished.connect(lambda _sid, ok, i=i: on_done(i, ok))
            QTimer.singleShot(100 * i, lambda i=i: cycle(i, 0))
        t0 = time.perf_counter()
        pump_until(lambda: len(completed) == BENCHES * CYCLES, 600)
        elapsed = time.perf_counter() - t0
        pump_until(lambda: all(b.runner.in_flight == 0 for b in benches), 30)
        beat.stop()
        gaps = sorted((b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False))
        for b in benches:
            b.shutdown(wait_ms=3000)
    finally:
        sim.close()
    emit({"gui_max_stall_ms": gaps[-1], "gui_stall_p99_ms": gaps[int(len(gaps) * 0.99)],
          "gui_stall_cycles": len(completed), "gui_stall_cycles_ok": sum(completed),
          "gui_stall_run_s": elapsed, "gui_heartbeats": len(ticks)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
