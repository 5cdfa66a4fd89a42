"""Benchmark 3: 10,000 wedge scans, ≤ 1 ms between keys, mixing slip IDs and tracking
numbers, while lookups are in flight and the panel repaints.

A separate thread plays the scanner: it posts real QKeyEvents to the window's QWindow
(as the OS does), so Qt delivers them to whatever widget has the focus and the app's
ScanRouter decides. Like a USB HID wedge it presses and releases Shift around every
capital (and sends every key's release), each event with its own timestamp. Every scan
that reaches the controller is recorded (through the classify hook, the controller's
first step) and compared with what was sent; ``scanner_shifted_labels_whole`` is the
share of the labels with capitals (UPS 1Z…, DHL JJD…, S10) that arrived whole.
"""

from __future__ import annotations

import sys
import threading
import time

from benchmarks.common import TRACKING, Sim, emit, make_app, make_bench, pump_until, shipment_id

SCANS = int(__import__("os").environ.get("SCANS", 10_000))
KEY_GAP_S = 0.0005
SCAN_GAP_S = 0.002
SHIFTED = set(':@!"#$%&*()_+?<>{}|~^')


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from packstation.scanning import classify
    from packstation.ui.bench import BenchOptions

    make_app()
    sim = Sim(shipments=400)
    arrived: list[str] = []
    via_router: list[str] = []

    def counting_classify(raw: str):  # type: ignore[no-untyped-def]
        arrived.append(raw)
        return classify(raw)

    try:
        bench = make_bench(sim.base_url, cache=True, options=BenchOptions(classify=counting_classify))
        bench.router.scanned.connect(via_router.append)
        pump_until(lambda: bench.cache_age() is not None, 60)
        handle = bench.window.windowHandle()
        sent: list[str] = [shipment_id(i // 2 % 400) if i % 2 == 0 else TRACKING[i // 2 % 4]
                           for i in range(SCANS)]
        gaps: list[float] = []
        finished = threading.Event()

        def event(kind: QEvent.Type, key: int, mods: Qt.KeyboardModifier, text: str) -> None:
            ev = QKeyEvent(kind, key, mods, text)
            ev.setTimestamp(int(time.monotonic() * 1000))  # the key's own time, as the OS
            QCoreApplication.postEvent(handle, ev)

        def post(key: int, text: str) -> None:
            shifted = text.isupper() or text in SHIFTED
            shift = Qt.KeyboardModifier.ShiftModifier
            if shifted:  # a HID wedge holds Shift for every capital
                event(QEvent.Type.KeyPress, int(Qt.Key.Key_Shift), shift, "")
            mods = shift if shifted else Qt.KeyboardModifier.NoModifier
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event(kind, key, mods, text)
            if shifted:
                event(QEvent.Type.KeyRelease, int(Qt.Key.Key_Shift),
                      Qt.KeyboardModifier.NoModifier, "")

        def scanner() -> None:
            last = time.perf_counter()
            for code in sent:
                for ch in code:
                    post(ord(ch.upper()), ch)
                    time.sleep(KEY_GAP_S)
                    now = time.perf_counter()
                    gaps.append(now - last)
                    last = now
                post(int(Qt.Key.Key_Return), "\r")
                time.sleep(SCAN_GAP_S)
                last = time.perf_counter()
            finished.set()

        t0 = time.perf_counter()
        threading.Thread(target=scanner, daemon=True).start()
        pump_until(lambda: finished.is_set() and len(arrived) >= SCANS, 900)
        pump_until(lambda: bench.runner.in_flight == 0, 30)
        elapsed = time.perf_counter() - t0
        bench.router.flush()
        typed = bench.window.scan_bar.field.text() + bench.window.form.tracking.text()
        bench.shutdown(wait_ms=3000)
    finally:
        sim.close()
    whole = sum(1 for a, b in zip(sent, via_router, strict=False) if a == b)
    shifted = [i for i, code in enumerate(sent) if any(c.isupper() for c in code)]
    shifted_whole = sum(1 for i in shifted if i < len(via_router) and via_router[i] == sent[i])
    misrouted = len(sent) - whole if len(via_router) == len(sent) else len(sent) - whole
    received_chars = sum(len(a) for a in arrived)
    lost = max(0, sum(len(s) for s in sent) - received_chars) if arrived != sent else 0
    gaps.sort()
    emit({"scanner_lost_chars": lost, "scanner_misrouted": misrouted,
          "scanner_shifted_labels_whole": shifted_whole / len(shifted) if shifted else 0.0,
          "scanner_shifted_labels_sent": len(shifted),
          "scanner_scans_sent": len(sent), "scanner_scans_arrived": len(arrived),
          "scanner_stray_typed_chars": len(typed) if arrived != sent else 0,
          "scanner_key_gap_p50_ms": gaps[len(gaps) // 2] * 1000,
          "scanner_key_gap_p99_ms": gaps[int(len(gaps) * 0.99)] * 1000,
          "scanner_run_s": elapsed})
    return 0


if __name__ == "__main__":
    sys.exit(main())
