"""The scan router against key streams as real wedges send them: Shift around capitals,
AltGr (German @), Control+Alt (AltGr on Windows), Alt+numpad codes, keypad Enter, with
realistic timestamps (QKeyEvent.timestamp(), 1 ms apart), and a GUI thread that is busy
in the middle of a burst. Then the bench: what reaches Centra's request log."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.station.station import Station
from packstation.ui.scan_router import ScanRouter
from tests.bench_fixtures import complete_puts
from tests.scan_rig import Wedge, router_rig

K = Qt.Key
M = Qt.KeyboardModifier
UPS = "1Z999AA10123456784"


Rig = tuple[QWidget, QLineEdit, QSpinBox, ScanRouter, list[str]]


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    field, spin = QLineEdit(), QSpinBox()
    with router_rig(qtbot, field, spin) as r:
        spin.setFocus()
        yield r.window, field, spin, r.router, r.scans


@pytest.mark.parametrize("text", [UPS, "1Z12345E0205271688", "JJD000390007762913",
                                  "LX123456789DE", "TRK0000X000", "OP:Anna", "PS:COMPLETE"])
def test_shift_around_capitals_never_splits_a_scan(qtbot: QtBot, rig: Rig, text: str) -> None:
    _, field, spin, _, scans = rig
    Wedge().scan(text)
    assert scans == [text]
    assert spin.value() == 0 and spin.text() == "0" and field.text() == ""  # nothing typed


@pytest.mark.parametrize("layout", ["de", "win-de"])
def test_altgr_at_sign_is_one_character_of_the_scan(qtbot: QtBot, rig: Rig,
                                                    layout: str) -> None:
    _, field, _, _, scans = rig
    field.setFocus()
    Wedge().scan('Scan-Test/Yz.09@"Aq', layout)
    assert scans == ['Scan-Test/Yz.09@"Aq']
    assert field.text() == ""


def test_alt_numpad_gs_is_one_character_and_windows_echo_is_dropped(
        qtbot: QtBot, rig: Rig) -> None:
    _, field, _, router, scans = rig
    field.setFocus()
    w = Wedge()
    for ch in "0109501101530003":
        w.char(ch)
    w.alt_code("0029")
    w.tap(0, M.NoModifier, "\x1d")  # Windows delivers the composed character too
    for ch in "10ABC123":
        w.char(ch)
    w.alt_code("29")  # no leading zero: the OEM code page, still GS
    for ch in "21XYZ":
        w.char(ch)
    w.tap(K.Key_Enter, M.KeypadModifier, "\r")  # keypad Enter
    assert scans == ["0109501101530003\x1d10ABC123\x1d21XYZ"]
    assert field.text() == ""
    report = router.last_report
    assert report is not None and [c.digits for c in report.alt_codes] == ["0029", "29"]
    assert report.modifiers.get("Alt") == 2 and report.modifiers.get("Shift") == 6


def test_tab_terminator_and_suffix(qtbot: QtBot, rig: Rig) -> None:
    _, field, _, router, scans = rig
    router.suffix = "#"
    field.setFocus()
    Wedge().scan("RR123456785SE#", enter=K.Key_Tab)
    assert scans == ["RR123456785SE"]
    assert field.hasFocus() and field.text() == ""  # the Tab moved nothing


def test_a_busy_gui_thread_mid_burst_still_sees_one_whole_scan(qtbot: QtBot,
                                                               rig: Rig) -> None:
    """The keys come 1 ms apart by their own clock, but the GUI thread is busy for 150 ms
    after the fifth: the rest are delivered late, in the same pass as the expired
    'the keys went quiet' timer (timers run before queued window-system events)."""
    _, field, _spin, router, scans = rig
    field.setFocus()
    w = Wedge()
    for ch in UPS[:5]:
        w.char(ch)

    def rest() -> None:
        for ch in UPS[5:]:
            w.char(ch)
        w.tap(K.Key_Return, M.NoModifier, "\r")

    quiet_ms = getattr(router, "stall_ms", router.max_gap_ms)  # when keys count as quiet
    QTimer.singleShot(int(quiet_ms) + 10, rest)  # due after the quiet timer
    time.sleep(0.15)  # a long paint or a slow slot: both timers expire meanwhile
    qtbot.waitUntil(lambda: bool(scans), timeout=2000)
    qtbot.wait(50)
    assert scans == [UPS]
    assert field.text() == ""


def test_a_person_typing_reaches_the_field_unchanged(qtbot: QtBot, rig: Rig) -> None:
    _, field, _, _, scans = rig
    field.setFocus()
    w = Wedge(step_ms=70)  # a person: keys and releases 70 ms apart
    for ch in "Hello: 41001-1":
        w.char(ch)
        qtbot.wait(10)
    qtbot.waitUntil(lambda: field.text() == "Hello: 41001-1", timeout=2000)
    assert scans == []


# ------------------------------------------------------------------ the bench


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def _load(qtbot: QtBot, b: Bench, sid: str) -> None:
    with qtbot.waitSignal(b.controller.lookup_finished, timeout=5000):
        Wedge().scan(sid)


def test_a_shifted_ups_label_scanned_into_packages_completes_with_exactly_it(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    _load(qtbot, bench, "41001-1")
    _focus(qtbot, w.form.packages)
    Wedge().scan(UPS)
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        Wedge().tap(K.Key_Return, M.ControlModifier, "\r")
    (body,) = complete_puts(simulator)
    assert body["tracking"] == UPS and body["packages"] == 1


def test_badge_and_complete_command_scanned_with_shift(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    b = station_bench
    _focus(qtbot, b.window.scan_bar.field)
    Wedge().scan("OP:Anna")
    assert station.operators.current is not None
    assert station.operators.current.name == "Anna"
    assert b.window.scan_bar.field.text() == ""
    _load(qtbot, b, "41001-1")
    Wedge().scan(UPS)
    _focus(qtbot, b.window.form.gtg)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        Wedge().scan("PS:COMPLETE")
    (body,) = complete_puts(simulator)
    assert body["tracking"] == UPS
    assert "Packed by Anna" in str(body["internalComment"])


def test_typed_badge_at_human_speed_signs_in_the_name(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    _focus(qtbot, station_bench.window.scan_bar.field)
    w = Wedge(step_ms=90)
    for ch in "OP:Anna":
        w.char(ch)
        qtbot.wait(5)
    qtbot.wait(150)
    w.tap(K.Key_Return, M.NoModifier, "\r")
    qtbot.waitUntil(lambda: station.operators.current is not None, timeout=2000)
    assert station.operators.current is not None
    assert station.operators.current.name == "Anna"


def test_scanner_test_dialog_reports_modifiers_alt_codes_and_the_routers_reading(
        qtbot: QtBot) -> None:
    from packstation.scanning.scanner_test import SCANNER_TEST_TEXT
    from packstation.ui.dialogs.scanner_test_dialog import ScannerTestDialog

    d = ScannerTestDialog(max_gap_ms=30)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    w = Wedge()
    for ch in SCANNER_TEST_TEXT:
        if ch == "@":
            w.alt_code("064")  # a wedge in ALT+numpad mode for this one
        else:
            w.char(ch)
    w.tap(K.Key_Return, M.NoModifier, "\r")
    qtbot.waitUntil(lambda: d.outcome is not None, timeout=3000)
    assert d.outcome is not None and d.outcome.ok, d.verdict.text()
    words = d.keys.text()
    assert "Shift × 5" in words and "Alt+064 → @" in words
    assert "reads it as one scan" in words

    slow = Wedge(step_ms=45)  # too slow for this station's 30 ms
    for ch in SCANNER_TEST_TEXT:
        slow.char(ch)
    slow.tap(K.Key_Return, M.NoModifier, "\r")
    qtbot.waitUntil(lambda: "NOT" in d.keys.text(), timeout=3000)
