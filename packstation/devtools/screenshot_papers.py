"""Render the bench with a bundle order and a parcel to Norway (docs/bundles-and-papers.md).

    python -m packstation.devtools.screenshot_papers resources/screenshots

The real window on the embedded simulator with the demo station's settings (papers printed
as PDF files, item verification on), after real scans.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

SCENES: list[tuple[str, list[str]]] = [
    ("bench-bundle", ["41101-1", "7350070080000", "7350070041001"]),
    ("bench-norway", ["41102-1"]),
]


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from packstation.app.compose import build_bench
    from packstation.app.startup import make_station
    from packstation.centra.order_api.client import CentraClient
    from packstation.devtools.screenshot import _settle
    from packstation.simulator import DEMO_API_KEY, CentraSimulator
    from packstation.simulator.demo_data import DEMO_BARCODES
    from packstation.station.settings import VERIFICATION_MODE

    for name, scans in SCENES:
        sim = CentraSimulator(api_key=DEMO_API_KEY).start()
        station = make_station(argparse.Namespace(station="Station 3"), sim)
        station.settings.set(VERIFICATION_MODE, "require", supervisor=True)
        bench = build_bench(CentraClient(sim.base_url, DEMO_API_KEY), simulator=sim,
                            station=station)
        bench.window.show_demo_barcodes(DEMO_BARCODES)
        bench.window.resize(1600, 900)
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
