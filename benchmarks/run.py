"""Run every benchmark, print a table and write benchmarks/results.json.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks          (from the repo root)
    python -m benchmarks scan_to_shown robot                          (only some)

Each benchmark runs in its own process (clean RSS, its own QApplication) against the
simulator in yet another process (its threads never take the app's GIL).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from typing import Any

from benchmarks.common import ROOT, child_env

MODULES = ("scan_to_shown", "gui_stall", "scanner", "cold_start", "rss", "robot", "fleet")

# key: (target, "<=" or ">=", unit, what)
TARGETS: dict[str, tuple[float, str, str, str]] = {
    "scan_to_shown_overhead_ms_p95": (10, "<=", "ms", "scan → panel painted, minus bare GET"),
    "gui_max_stall_ms": (16, "<=", "ms", "largest 5 ms heartbeat gap, net of a bare one"),
    "scanner_lost_chars": (0, "<=", "", "characters sent but not received"),
    "scanner_misrouted": (0, "<=", "", "scans not delivered whole as scans"),
    "scanner_shifted_labels_whole": (1.0, ">=", "", "labels with capitals (Shift) arriving whole"),
    "cold_start_s": (1.0, "<=", "s", "process start → ready for a scan"),
    "cold_start_ratio": (1.3, "<=", "×", "… relative to a bare PySide6 window"),
    "rss_growth_mb": (10, "<=", "MB", "RSS after 10,000 cycles minus after 100"),
    "robot_shipments_per_s": (20, ">=", "/s", "scripted packer, end to end"),
    # "1 or close": the background confirmation may overlap the packer's own request.
    "connections_opened": (2, "<=", "", "TCP connections during the robot run"),
    "fleet_lost": (0, "<=", "", "fleet simulation: completions not done after the drain"),
    "fleet_duplicates": (0, "<=", "", "fleet: captured/completed twice, or never sent"),
}


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")),
                       cpu)
    except OSError:
        pass
    from PySide6 import __version__ as pyside
    return {"cpu": cpu, "cores": os.cpu_count(), "os": platform.platform(),
            "python": platform.python_version(), "pyside6": pyside,
            "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def run_module(name: str) -> dict[str, Any]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], cwd=ROOT,
                          env=child_env(), capture_output=True, text=True, timeout=1800)
    results: dict[str, Any] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            results.update(json.loads(line[len("RESULT "):]))
    if proc.returncode != 0 or not results:
        tail = "\n".join(proc.stderr.splitlines()[-15:])
        print(f"!! {name} failed (rc {proc.returncode}):\n{tail}", file=sys.stderr)
    print(f"   {name}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    return results


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = argv or list(MODULES)
    path = ROOT / "benchmarks" / "results.json"
    results: dict[str, Any] = {}
    for name in names:
        results.update(run_module(name))
    ok_all = True
    print(f"\n{'figure':<32} {'value':>10}  {'target':>9}  ok   what")
    for key, (target, op, unit, what) in TARGETS.items():
        if key not in results:
            continue
        value = results[key]
        ok = value <= target if op == "<=" else value >= target
        ok_all &= ok
        print(f"{key:<32} {value:>10.2f}  {op}{target:>7g}{unit:<2} {'yes' if ok else 'NO ':<4} {what}")
    extras = sorted(k for k in results if k not in TARGETS)
    if extras:
        print("\nmore figures:")
        for key in extras:
            v = results[key]
            print(f"  {key:<44} {v:.2f}" if isinstance(v, float) else f"  {key:<44} {v}")
    payload = {**results, "targets": {k: {"target": t, "op": op, "unit": u}
                                      for k, (t, op, u, _) in TARGETS.items()},
               "all_targets_met": ok_all and all(k in results for k in TARGETS),
               "machine": machine(), "ran_at": time.strftime("%Y-%m-%d %H:%M:%S"),
               "benchmarks_run": names}
    if set(names) == set(MODULES):
        path.write_text(json.dumps(payload, indent=2) + "\n")
        print(f"\nwrote {path.relative_to(ROOT)}")
    else:
        partial = path.with_name("results.partial.json")
        partial.write_text(json.dumps(payload, indent=2) + "\n")
        print(f"\nwrote {partial.relative_to(ROOT)} (partial run; results.json untouched)")
    return 0 if payload["all_targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
