"""Scans made after the first frame but before the bench is wired are kept and handled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.app.compose import BenchParts, FirstFrame, build_bench, open_client
from packstation.app.marks import STAGES
from packstation.app.profiles import TEST
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.ui.early_scans import EarlyScans
from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter
from tests.bench_fixtures import scan


def test_scans_before_the_bench_is_wired_are_looked_up_in_order(
        qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> None:
    sid = "41001-1"
    window = MainWindow({"PostNord": ["Parcel"]})
    qtbot.addWidget(window)
    router = ScanRouter(window, parent=window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(router)
    early = EarlyScans(window, router)
    window.show()
    qtbot.waitExposed(window)
    window.scan_bar.focus()

    scan(qtbot, window.scan_bar.field, "NOPE-0000")  # a wedge burst, caught by the router
    window.scan_bar.field.setText(sid)  # typed by hand + Enter
    qtbot.keyClick(window.scan_bar.field, Qt.Key.Key_Return)
    assert early.held == ["NOPE-0000", sid]
    assert "2" in window.banner.title.text()

    client = open_client(TEST, simulator.base_url, DEMO_API_KEY)
    b = build_bench(BenchParts(TEST.at(tmp_path), client,
                               first_frame=FirstFrame(window, router)))
    try:
        seen: list[object] = []
        b.controller.lookup_finished.connect(seen.append)
        assert early.hand_over(b.controller.handle_scan) == 2
        qtbot.waitUntil(lambda: b.controller.found is not None, timeout=5000)
        assert b.controller.found is not None
        assert b.controller.found.shipment.shipment_id == sid  # the last scan wins
        scan(qtbot, window.scan_bar.field, "1Z999AA10123456784")  # now wired: no holding
        assert early.held == []
        app.removeEventFilter(router)
    finally:
        b.shutdown(wait_ms=3000)


def test_the_app_paints_first_then_wires_the_bench(tmp_path: object) -> None:
    """``--ready-mark``: READY once the first frame is up and idle, WINDOW once the whole
    window is, WIRED once scans are answered (``app/marks.py``)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "packstation", "--demo", "--ready-mark"],
                          capture_output=True, text=True, env=env, timeout=60, cwd=root)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stdout.split() if line in STAGES] == list(STAGES)
    assert STAGES == ("READY", "WINDOW", "WIRED")


def test_the_early_language_key_is_the_language_setting() -> None:
    from packstation.app.cli import LANGUAGE_KEY
    from packstation.station.settings import LANGUAGE
    from packstation.ui.text.i18n import LANGUAGES

    assert LANGUAGE.name == LANGUAGE_KEY and set(LANGUAGE.choices) == set(LANGUAGES)


def test_a_scan_into_the_first_frame_is_held_and_shown_once_the_window_is_assembled(
        qtbot: QtBot) -> None:
    window = MainWindow.first_frame()
    qtbot.addWidget(window)
    early = EarlyScans(window)  # no router yet: only the focused scan field takes scans
    window.show()
    qtbot.waitExposed(window)
    window.scan_bar.focus()
    assert not window.is_assembled and not hasattr(window, "banner")

    qtbot.keyClicks(window.scan_bar.field, "41001-1")
    qtbot.keyClick(window.scan_bar.field, Qt.Key.Key_Return)
    assert early.held == ["41001-1"]

    with qtbot.waitSignal(window.assembled, timeout=2000):
        window.assemble({"PostNord": ["Parcel"]})
    assert window.is_assembled
    qtbot.waitUntil(window.form.isVisible, timeout=2000)
    assert "1" in window.banner.title.text()  # "Starting… 1 scan(s) kept"
    window.assemble({"PostNord": ["Parcel"]})  # a second call changes nothing
    assert window.body.count() == 1

    router = ScanRouter(window, parent=window)
    early.watch(router)
    router.scanned.emit("1Z999AA10123456784")
    handled: list[str] = []
    assert early.hand_over(handled.append) == 2
    assert handled == ["41001-1", "1Z999AA10123456784"]


def test_the_first_frame_loads_no_heavy_module() -> None:
    """What ``packstation.app.cli`` imports before the first frame (see BENCHMARKS.md, cold
    start): no pydantic, httpx, keyring, sqlite, no panel beyond the scan field."""
    import subprocess
    import sys

    heavy = ["pydantic", "httpx", "keyring", "sqlite3", "logging.handlers",
             "packstation.centra.order_api.models", "packstation.centra.order_api.client",
             "packstation.ui.widgets.completion_form",
             "packstation.ui.widgets.shipment_panel", "packstation.ui.scan_router", "packstation.app.startup"]
    code = ("import sys, packstation.app.cli; "
            f"print(','.join(m for m in {heavy!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "", f"loaded before the first frame: {done.stdout.strip()}"


def test_the_warm_up_loads_everything_the_bench_is_wired_from(tmp_path: Path) -> None:
    """``warmup.warm_imports`` runs in a worker so that wiring the bench in the GUI thread
    imports nothing (each import there is a stall while scans arrive): after it, building
    the demo bench (simulator, station, client, window, outbox) loads no new module."""
    import subprocess
    import sys

    code = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from packstation.app import cli, startup
from packstation.app.profiles import DEMO
from packstation.station.bench_settings import BenchSettings
from packstation.app.warmup import warm_imports
from packstation.ui.main_window import MainWindow
from packstation.ui.scan_router import ScanRouter
window = MainWindow.first_frame()  # the start-up's order: first frame, whole window,
window.assemble(BenchSettings().carriers)  # router, then the warm-up, then the wiring
router = ScanRouter(window, parent=window)
app.installEventFilter(router)
profile = DEMO.at(Path({str(tmp_path)!r}))
warm_imports(profile)
before = set(sys.modules)
from packstation.app import compose
simulator = compose.start_simulator(profile)
station = compose.open_station(profile, simulator=simulator)
client = compose.open_client(profile, station.base_url, "demo-key")
bench = compose.build_bench(compose.BenchParts(profile, client, station, simulator=simulator,
                            first_frame=compose.FirstFrame(window, router)))
print(",".join(sorted(set(sys.modules) - before)))
bench.shutdown()
"""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True, cwd=root,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "", f"imported while wiring: {done.stdout.strip()}"


def test_the_start_up_module_leaves_the_heavy_imports_to_the_warm_up() -> None:
    """``packstation.app.startup`` loads in the GUI thread right after the first frame,
    before the warm-up worker: it must not pull in the composition root (and with it
    httpx, pydantic, keyring, sqlite) there."""
    import subprocess
    import sys

    heavy = ["pydantic", "httpx", "keyring", "sqlite3", "packstation.app.compose",
             "packstation.centra.order_api.client", "packstation.station.station"]
    code = ("import sys, packstation.app.startup; "
            f"print(','.join(m for m in {heavy!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "", f"loaded with the start-up: {done.stdout.strip()}"
