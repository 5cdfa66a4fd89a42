"""Shared helpers: the simulator process, the Qt event pump, key bursts, statistics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "demo-key"
UPS = "1Z999AA10123456784"
TRACKING = (UPS, "JJD000390007123456789", "00340434161094042557", "RR123456785SE")


def tracking_for(i: int) -> str:
    """A unique, valid carrier label for cycle ``i``: UPS, DHL piece number, SSCC and UPU
    S10 in turn. Real parcels never share a tracking number; cycling the four TRACKING
    numbers made every parcel a "tracking already used" warning once the bench checks
    for reused labels (a path a real shift almost never takes)."""
    from packstation.scanning.checkdigits import (
        gs1_check_digit,
        s10_check_digit,
        ups_check_digit,
    )

    n, kind = divmod(i, 4)
    if kind == 0:
        body = f"999AA1{n:09d}"
        return f"1Z{body}{ups_check_digit(body)}"
    if kind == 1:
        return f"JJD0003900{n:011d}"
    if kind == 2:
        payload = f"3404341{n:010d}"
        return f"00{payload}{gs1_check_digit(payload)}"
    serial = f"{n % 100_000_000:08d}"
    return f"RR{serial}{s10_check_digit(serial)}SE"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


class Sim:
    """A simulator subprocess (see sim_server.py)."""

    def __init__(self, shipments: int = 500, latency: float = 0.0) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.sim_server", "--shipments", str(shipments),
             "--latency", str(latency)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env=child_env(),
        )
        assert self.proc.stdout is not None
        self.base_url: str = json.loads(self.proc.stdout.readline())["base_url"]

    def cmd(self, *words: object) -> Any:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(" ".join(str(w) for w in words) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        try:
            self.cmd("quit")
        except (OSError, ValueError):
            pass
        self.proc.wait(10)


def shipment_id(i: int) -> str:
    from benchmarks.sim_server import shipment_id as sid
    return sid(i)


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def pump_until(pred: Callable[[], bool], timeout: float = 10.0) -> None:
    """Run the Qt event loop (blocking for events, no busy spin) until ``pred()``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    waker = QTimer()
    waker.start(20)  # wakes the blocking wait now and then to check the deadline
    deadline = time.monotonic() + timeout
    try:
        while not pred():
            if time.monotonic() > deadline:
                raise TimeoutError("benchmark step timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()


def make_app() -> Any:
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([sys.argv[0]])


def make_bench(base_url: str, *, cache: bool = True, refresh_s: float | None = None,
               options: Any = None) -> Any:
    """A real bench window wired like packstation.app.cli does (the benchmark profile of
    ``packstation.app.compose``: no station, its outbox in a fresh folder), shown."""
    import dataclasses
    import tempfile

    from PySide6.QtWidgets import QApplication

    from packstation.app.compose import compose_bench
    from packstation.app.profiles import BENCHMARK

    profile = dataclasses.replace(BENCHMARK, ready_list=cache, refresh_s=refresh_s)
    data = Path(tempfile.mkdtemp(prefix="packstation-benchmark-"))
    bench = compose_bench(profile.at(data), base_url=base_url, key=API_KEY, options=options)
    bench.window.show()
    bench.window.activateWindow()
    bench.window.scan_bar.focus()
    pump_until(lambda: QApplication.focusWidget() is not None, 5)
    return bench


def focus_target() -> Any:
    from PySide6.QtWidgets import QApplication
    target = QApplication.focusWidget()
    if target is None:
        raise RuntimeError("no widget has the keyboard focus")
    return target


def type_keys(text: str, enter: bool = True) -> None:
    """A wedge burst sent through QApplication to the widget that has the focus."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        target = focus_target()
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    if enter:
        press_key(Qt.Key.Key_Return)


def press_key(key: Any, mods: Any = None) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    mods = mods if mods is not None else Qt.KeyboardModifier.NoModifier
    text = "\r" if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods else ""
    target = focus_target()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, mods, text))


def emit(result: dict[str, Any]) -> None:
    """Child benchmarks report one JSON line on stdout, prefixed so stray prints don't matter."""
    print("RESULT " + json.dumps(result), flush=True)
