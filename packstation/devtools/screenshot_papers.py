"""Render the bench with a bundle order and a parcel to Norway (docs/bundles-and-papers.md).

    python -m packstation.devtools.screenshot_papers resources/screenshots

The real window on the embedded simulator with the demo station's settings (papers printed
as PDF files, item verification on), after real scans. ``bench-norway-integration``: the
same parcel on the Integration API (no document links), after the first Ctrl+Enter asked
the packer to confirm its customs papers.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from packstation.app.compose import compose_bench
from packstation.app.profiles import SCREENSHOT
from packstation.devtools.demo_bench import settle
from packstation.simulator.demo_data import DEMO_BARCODES
from packstation.station.settings import VERIFICATION_MODE

NORWAY_ITEMS = ["7350070001029", "7350070090016"]
SCENES: list[tuple[str, str, list[str]]] = [
    ("bench-bundle", "order", ["41101-1", "7350070080000", "7350070041001"]),
    ("bench-norway", "order", ["41102-1"]),
    ("bench-norway-integration", "integration",
     ["41102-1", *NORWAY_ITEMS, "RR123456785SE", "PS:COMPLETE"]),
]


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    # The demo station's papers (PDF files in its data folder), no packer signed in and
    # the plain demo barcodes (as these pictures always were).
    profile = dataclasses.replace(SCREENSHOT, demo_papers=True, ready_list=False,
                                  operator="", demo_barcodes=False, timeouts=None)
    for name, api, scans in SCENES:
        data = Path(tempfile.mkdtemp(prefix="packstation-screenshot-"))
        bench = compose_bench(dataclasses.replace(profile, api=api).at(data))
        assert bench.station is not None
        bench.station.settings.set(VERIFICATION_MODE, "require", supervisor=True)
        bench.window.show_demo_barcodes(DEMO_BARCODES)
        bench.window.resize(1600, 900)
        bench.window.show()
        for text in scans:
            bench.controller.handle_scan(text)
            settle(app, 1.0)
        path = out / f"{name}.png"
        bench.window.grab().save(str(path))
        print(path)
        bench.shutdown()
        bench.window.close()
        bench.window.deleteLater()
        settle(app, 0.1)
        shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
