"""Nothing the bench refused is ever sent, DO NOT SHIP locks the shipment, and no state of
an earlier shipment stays visible. Checked on the simulator's request log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.station import Station
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts, lookup, scan

UPS = "1Z999AA10123456784"
CTRL = Qt.KeyboardModifier.ControlModifier


def _every_way_to_complete(qtbot: QtBot, b: Bench) -> None:
    w = b.window
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    w.form.action.click()
    scan(qtbot, w.form.packages, "PS:COMPLETE")
    # A send would be a job started by these very keys: once none is in flight, any
    # request they made has reached Centra.
    qtbot.waitUntil(lambda: b.runner.in_flight == 0, timeout=5000)


def test_a_refused_label_cannot_be_completed_by_any_key_click_or_command(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.form.tracking, "1Z12345E0205271688")  # UPS shape, wrong check digit
    assert w.banner.tone is Tone.ERROR and "Not a tracking number" in w.banner.title.text()
    w.form.gtg.setChecked(True)
    w.form.shipped.setChecked(True)
    _every_way_to_complete(qtbot, bench)
    assert complete_puts(simulator) == []
    assert w.banner.tone is Tone.ERROR and "1Z12345E0205271688" in w.banner.title.text()


def test_a_label_accepted_then_refused_is_not_sent(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.form.tracking, UPS)
    scan(qtbot, w.form.packages, "LX123456789DE")  # a second, refused label
    _every_way_to_complete(qtbot, bench)
    assert complete_puts(simulator) == []


def test_tracking_edited_after_the_check_is_checked_again(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.form.tracking, UPS)
    w.form.tracking.setText("1Z999AA10123456785")  # a typo typed over it, no Enter
    _every_way_to_complete(qtbot, bench)
    assert complete_puts(simulator) == []
    assert w.banner.tone is Tone.ERROR

    w.form.tracking.setText("rr123456785se")  # typed, never checked, valid
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    (body,) = complete_puts(simulator)
    assert body["tracking"] == "RR123456785SE"


def test_do_not_ship_locks_the_shipment_until_an_audited_retry(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    b = station_bench
    w = b.window
    lookup(qtbot, b, "41005-1")  # its capture fails
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    assert "DO NOT SHIP" in w.banner.title.text()
    assert len(complete_puts(simulator)) == 1
    assert not w.form.action.isEnabled()

    _every_way_to_complete(qtbot, b)
    b.controller.request_action()
    b.controller.retry()  # Retry without a supervisor: refused
    qtbot.waitUntil(lambda: b.runner.in_flight == 0, timeout=5000)
    assert len(complete_puts(simulator)) == 1
    assert "DO NOT SHIP" in w.banner.title.text() or "supervisor" in w.banner.title.text()

    simulator.set_capture_outcome("41005-1", True)  # the customer has paid
    lookup(qtbot, b, "41005-1")  # the slip scanned again: an explicit act, audited
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    assert len(complete_puts(simulator)) == 2
    kinds = [e.kind for e in station.audit.entries()]
    assert AuditKind.CAPTURE_RETRY in kinds


def test_blocked_and_not_found_states_show_an_empty_form(
        qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.form.tracking, UPS)
    assert w.form.carrier.currentText() == "UPS"
    for blocked in ("41007-1", "99999-1", "41008-1"):  # on hold, not found, completed
        if w.form.is_dirty():
            scan(qtbot, w.scan_bar.field, blocked)  # "unsaved input": scan again
        lookup(qtbot, bench, blocked)
        f = w.form
        assert (f.tracking.text(), f.carrier.currentText(), f.service.currentText(),
                f.gtg.isChecked(), f.shipped.isChecked()) == ("", "", "", False, False), blocked
    qtbot.keyClick(w.scan_bar.field, Qt.Key.Key_Escape)
    assert w.form.carrier.currentText() == "" and w.form.service.currentText() == ""
