"""Benchmark 4: process start → ready for a scan, for the app and for a bare PySide6 window,
alternating runs so both see the same machine noise. Median of RUNS each."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from benchmarks.common import API_KEY, Sim, child_env, emit

RUNS = 9


def time_to_ready(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "READY":
            elapsed = time.perf_counter() - t0
            break
    else:
        raise RuntimeError(f"{cmd} never became ready")
    proc.wait(10)
    return elapsed


def main() -> int:
    sim = Sim(shipments=200)
    env = child_env()
    env["PACKSTATION_API_KEY"] = API_KEY
    app_cmd = [sys.executable, "-m", "packstation", "--base-url", sim.base_url,
               "--station", "Bench 1", "--ready-mark"]
    bare_cmd = [sys.executable, "benchmarks/bare_window.py"]
    app_s: list[float] = []
    bare_s: list[float] = []
    try:
        time_to_ready(app_cmd, env)  # warm the OS file cache for both
        time_to_ready(bare_cmd, env)
        for _ in range(RUNS):
            app_s.append(time_to_ready(app_cmd, env))
            bare_s.append(time_to_ready(bare_cmd, env))
    finally:
        sim.close()
    app, bare = statistics.median(app_s), statistics.median(bare_s)
    emit({"cold_start_s": app, "cold_start_bare_s": bare, "cold_start_ratio": app / bare})
    return 0


if __name__ == "__main__":
    sys.exit(main())
