"""Benchmark 4: process start → ready for a scan, for the app and for a bare PySide6 window,
alternating runs so both see the same machine noise. Median of RUNS each."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from benchmarks.common import API_KEY, Sim, child_env, emit

RUNS = 9


def time_to_ready(cmd: list[str], env: dict[str, str], marks: tuple[str, ...] = ("READY",),
                  ) -> list[float]:
    """Seconds from process start to each mark line, in order."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env)
    assert proc.stdout is not None
    times: list[float] = []
    for line in proc.stdout:
        if line.strip() == marks[len(times)]:
            times.append(time.perf_counter() - t0)
            if len(times) == len(marks):
                break
    else:
        raise RuntimeError(f"{cmd} printed only {times} of the marks {marks}")
    proc.wait(10)
    return times


def main() -> int:
    sim = Sim(shipments=200)
    env = child_env()
    env["PACKSTATION_API_KEY"] = API_KEY
    app_cmd = [sys.executable, "-m", "packstation", "--base-url", sim.base_url,
               "--station", "Bench 1", "--ready-mark"]
    bare_cmd = [sys.executable, "benchmarks/bare_window.py"]
    app_s: list[float] = []
    window_s: list[float] = []
    wired_s: list[float] = []
    bare_s: list[float] = []
    # First frame up and taking scans; the whole window built; the bench able to answer.
    marks = ("READY", "WINDOW", "WIRED")
    try:
        time_to_ready(app_cmd, env, marks)  # warm the OS file cache for both
        time_to_ready(bare_cmd, env)
        for _ in range(RUNS):
            ready, window, wired = time_to_ready(app_cmd, env, marks)
            app_s.append(ready)
            window_s.append(window)
            wired_s.append(wired)
            bare_s.append(time_to_ready(bare_cmd, env)[0])
    finally:
        sim.close()
    app, bare = statistics.median(app_s), statistics.median(bare_s)
    emit({"cold_start_s": app, "cold_start_bare_s": bare, "cold_start_ratio": app / bare,
          "cold_start_window_s": statistics.median(window_s),
          "cold_start_wired_s": statistics.median(wired_s)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
