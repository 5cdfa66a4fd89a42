"""The station's scanner settings drive the scan router: gap, prefix and suffix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.station.settings import SCANNER_MAX_GAP_MS, SCANNER_SUFFIX
from packstation.station.station import Station
from tests.bench_fixtures import scan


def _slow_scan(qtbot: QtBot, b: Bench, text: str, gap_ms: int) -> None:
    """A scanner set to a slow keystroke rate: ``gap_ms`` between keys, then Enter."""
    target = b.window.form.tracking  # wherever the focus is: a scan is routed by content
    for ch in text:
        qtbot.keyClicks(target, ch)
        qtbot.wait(gap_ms)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_a_slow_scanner_is_a_scanner_once_the_station_allows_its_pauses(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    b = station_bench
    _slow_scan(qtbot, b, "41001-1", 45)  # the default 30 ms: typing, not a scan
    qtbot.waitUntil(lambda: b.runner.in_flight == 0, timeout=5000)  # no lookup on its way
    assert b.controller.found is None
    b.window.form.tracking.clear()
    b.window.scan_bar.field.clear()

    station.settings.set(SCANNER_MAX_GAP_MS, 80, supervisor=True)
    assert b.router.max_gap_ms == 80
    with qtbot.waitSignal(b.controller.lookup_finished, timeout=5000):
        _slow_scan(qtbot, b, "41001-1", 45)
    assert b.controller.found is not None
    assert b.controller.found.shipment.shipment_id == "41001-1"


def test_the_scanner_suffix_is_taken_off(qtbot: QtBot, station_bench: Bench,
                                         station: Station) -> None:
    b = station_bench
    station.settings.set(SCANNER_SUFFIX, "#", supervisor=True)
    with qtbot.waitSignal(b.controller.lookup_finished, timeout=5000):
        scan(qtbot, b.window.scan_bar.field, "41001-1#")
    assert b.controller.found is not None
    assert b.controller.found.shipment.shipment_id == "41001-1"
