"""Render the real bench window offscreen and save the README's PNGs.

    python -m packstation.devtools.screenshot resources/screenshots
    python -m packstation.bootstrap screenshots      (the same, from a checkout)

Each bench picture is the real demo bench (station strip, shipping e-mail row, ready list,
demo barcodes: ``devtools.demo_bench``) on the embedded simulator after real scans; then
the real Station setup dialog with the Integration API chosen and tested
(``devtools.screenshot_setup``: ``station-setup.png``).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from packstation.app.profiles import DEMO_PIN
from packstation.devtools.demo_bench import open_demo_bench, remove_translators, settle
from packstation.devtools.screenshot_setup import render_setup
from packstation.simulator.demo_data import DEMO_LABELS

SIZE = (1600, 900)
UPS = next(code for code, words in DEMO_LABELS if words.startswith("UPS"))
POSTNORD = next(code for code, words in DEMO_LABELS if "PostNord" in words)

# (file name, scans, supervisor mode unlocked)
SCENES: list[tuple[str, list[str], bool]] = [
    ("bench-ready", ["41015-1", UPS], False),
    ("bench-capture-failed", ["41005-1", UPS, "PS:COMPLETE"], False),
    ("bench-completed", ["41001-1", POSTNORD, "PS:COMPLETE"], False),
    ("bench-supervisor", ["41004-1"], True),
]


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.ERROR)  # the bench's own warnings are expected here
    out = Path(argv[0] if argv else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    for name, scans, supervisor in SCENES:
        data = Path(tempfile.mkdtemp(prefix="packstation-screenshot-"))
        bench = open_demo_bench(data)  # on its own embedded simulator
        w = bench.window
        try:
            w.resize(*SIZE)
            w.show()
            settle(app, 0.5)
            if supervisor and bench.station is not None and bench.station_ui is not None:
                assert bench.station.lock.unlock(DEMO_PIN).ok
                bench.station_ui.refresh()
            for text in scans:
                bench.controller.handle_scan(text)
                settle(app, 1.0)
            path = out / f"{name}.png"
            w.grab().save(str(path))
            print(path)
        finally:
            bench.shutdown()
            w.close()
            w.deleteLater()
            remove_translators(app)
            settle(app, 0.1)
            shutil.rmtree(data, ignore_errors=True)
    print(render_setup(app, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
