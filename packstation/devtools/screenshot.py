"""Render the real bench window offscreen and save PNGs (used for the README).

    python -m packstation.devtools.screenshot resources/screenshots

Each picture is the real window on the embedded simulator after real scans.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from packstation.app import build_bench
from packstation.centra.client import CentraClient
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.simulator.demo_data import DEMO_BARCODES

SCENES: list[tuple[str, list[str]]] = [
    ("bench-ready", ["41003-1", "1Z999AA10123456784"]),
    ("bench-capture-failed", ["41005-1", "1Z999AA10123456784", "PS:COMPLETE"]),
    ("bench-completed", ["41001-1", "RR123456785SE", "PS:COMPLETE"]),
]


def _settle(app: QApplication, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    for name, scans in SCENES:
        sim = CentraSimulator(api_key=DEMO_API_KEY).start()
        bench = build_bench(CentraClient(sim.base_url, DEMO_API_KEY), simulator=sim)
        bench.window.scan_bar.station.setText("Station 3")
        bench.window.show_demo_barcodes(DEMO_BARCODES)
        bench.window.show()
        for text in scans:
            bench.controller.handle_scan(text)
            _settle(app)
        path = out / f"{name}.png"
        bench.window.grab().save(str(path))
        print(path)
        bench.shutdown()
        bench.window.close()
        bench.window.deleteLater()
        _settle(app, 0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
