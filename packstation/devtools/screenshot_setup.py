"""Render the real Station setup dialog (docs/station.md) as IT meets it on a new PC.

    python -m packstation.devtools.screenshot_setup resources/screenshots
    python -m packstation.bootstrap screenshots      (with the bench pictures)

A fresh station (nothing set up), the Integration API chosen in the API box, the
``…/graphql`` address, the token (masked), the station name and a 6-digit PIN typed in,
then **Test connection** pressed: the real test (reads, then the write check) against the
embedded simulator's GraphQL endpoint, standing in for the address shown. The keyring is
an in-memory one, so the picture shows a PC with a password store whatever this machine
has; nothing is stored anywhere.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from packstation.centra.connection import connect
from packstation.centra.ports import CentraPorts
from packstation.devtools.demo_bench import settle
from packstation.devtools.memory_keyring import MemoryKeyring
from packstation.simulator import DEMO_TOKEN, CentraSimulator
from packstation.station.paths import AppPaths
from packstation.station.settings import MemoryStorage
from packstation.station.station import build_station
from packstation.ui.dialogs.setup_dialog import SetupDialog
from packstation.ui.jobs import JobRunner

# What the picture shows (the connection itself goes to the embedded simulator).
ADDRESS = "https://yourbrand.centra.com/graphql"
STATION = "Station 3"
PIN = "471100"
WIDTH = 760  # the dialog's own minimum width


def render_setup(app: QApplication, out: Path) -> Path:
    """Save ``out/station-setup.png``; returns its path. Raises if the test did not answer."""
    data = Path(tempfile.mkdtemp(prefix="packstation-screenshot-"))
    sim = CentraSimulator().start()
    runner = JobRunner()

    def to_simulator(_url: str, key: str, **kwargs: Any) -> CentraPorts:
        return connect(sim.graphql_url, key, **kwargs)

    try:
        station = build_station(AppPaths(data), MemoryStorage(),
                                keyring_backend=MemoryKeyring(), environ={})
        dialog = SetupDialog(station, runner, client_factory=to_simulator)
        dialog.resize(WIDTH, dialog.sizeHint().height())
        dialog.show()
        dialog.api.setCurrentIndex(dialog.api.findData("integration"))
        for field, text in ((dialog.base_url, ADDRESS), (dialog.api_key, DEMO_TOKEN),
                            (dialog.station_name, STATION), (dialog.pin, PIN),
                            (dialog.pin2, PIN)):
            field.setText(text)
        dialog.test_connection()
        deadline = time.monotonic() + 20
        while dialog.testing and time.monotonic() < deadline:
            settle(app, 0.05)
        if dialog.testing or not dialog.test_result.text().startswith("Connection OK"):
            raise RuntimeError(f"Test connection said: {dialog.test_result.text()!r}")
        dialog.base_url.setFocus()
        dialog.base_url.deselect()
        settle(app, 0.2)
        # As tall as its wrapped texts need at this width (a shorter dialog overlaps them).
        layout = dialog.layout()
        assert layout is not None
        layout.activate()
        height = (layout.totalHeightForWidth(WIDTH) if layout.hasHeightForWidth()
                  else dialog.sizeHint().height())
        dialog.resize(WIDTH, max(height, dialog.minimumSizeHint().height()))
        settle(app, 0.2)
        path = out / "station-setup.png"
        dialog.grab().save(str(path))
        dialog.close()
        dialog.deleteLater()
        return path
    finally:
        runner.wait(2000)
        sim.stop()
        settle(app, 0.1)
        shutil.rmtree(data, ignore_errors=True)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "resources/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    print(render_setup(app, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
