"""The packing bench driven like a packer drives it: scans, keys, clicks."""

from __future__ import annotations

import time
from typing import cast

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator, Fault, FaultKind
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts, lookup, scan

UPS = "1Z999AA10123456784"


def test_standard_parcel_by_keyboard_alone(qtbot: QtBot, bench: Bench,
                                           simulator: CentraSimulator) -> None:
    w = bench.window
    w.form.packages.setFocus()
    # The slip is scanned while focus sits in Packages: no digits may land there.
    lookup(qtbot, bench, "41001-1", widget=w.form.packages)
    assert w.form.packages.value() == 1
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41001-1"
    assert "PAID" in w.shipment_panel.chip_texts()
    assert w.form.tracking.hasFocus()

    scan(qtbot, w.form.tracking, UPS)
    assert w.form.tracking.text() == UPS
    assert w.form.gtg.isChecked() and w.form.shipped.isChecked()
    assert w.form.carrier.currentText() == "UPS"
    assert w.form.service.currentText() != "MyPack Home"  # a PostNord service, not UPS
    # 41001-1 is booked with PostNord: a UPS label on it deserves a second look.
    assert w.banner.tone is Tone.WARN and "Check the label" in w.banner.title.text()
    assert w.form.action.text().startswith("Complete shipment")

    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == ["41001-1", True]
    assert w.banner.tone is Tone.OK
    assert "Completed 41001-1" in w.banner.title.text() and UPS in w.banner.title.text()

    puts = complete_puts(simulator)
    assert len(puts) == 1
    body = puts[0]
    assert body["order"] == 41001 and body["shipment"] == "41001-1"
    assert body["tracking"] == UPS and body["carrier"] == "UPS"
    assert body["gtg"] is True and body["shipped"] is True and body["packages"] == 1
    assert "sendEmail" not in body
    assert simulator.shipment("41001-1")["state"] == "completed"
    assert w.scan_bar.field.hasFocus()


def test_capture_failure_says_do_not_ship(qtbot: QtBot, bench: Bench,
                                          simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41005-1")
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        w.form.action.click()
    assert sig.args == ["41005-1", False]
    assert w.banner.tone is Tone.ERROR
    assert "DO NOT SHIP" in w.banner.title.text()
    assert simulator.shipment("41005-1")["state"] != "completed"
    assert w.form.loaded  # the form stays, nothing is lost


def test_double_enter_and_click_send_one_request(qtbot: QtBot, bench: Bench,
                                                 simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.form.tracking, UPS)
    simulator.latency = 0.5
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        w.form.action.click()
        assert not w.form.action.isEnabled()
    qtbot.waitUntil(lambda: bench.runner.in_flight == 0, timeout=5000)  # a second PUT is in
    assert len(complete_puts(simulator)) == 1


@pytest.mark.parametrize(
    ("code", "tone", "words"),
    [
        ("41006-1", Tone.WARN, "not good-to-go"),
        ("41007-1", Tone.ERROR, "ON HOLD"),
        ("41011-1", Tone.ERROR, "NOT PAID"),
        ("41008-1", Tone.WARN, "already completed"),
        ("99999-1", Tone.ERROR, "Nothing found"),
        ("41009", Tone.WARN, "2 open shipments"),
    ],
)
def test_each_lookup_outcome_has_its_message(qtbot: QtBot, bench: Bench, code: str,
                                             tone: Tone, words: str) -> None:
    lookup(qtbot, bench, code)
    assert bench.window.banner.tone is tone
    assert words in bench.window.banner.title.text()


def test_choose_among_several_open_shipments(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41009")
    assert w.shipment_panel.currentIndex() == 2
    assert w.shipment_panel.choice_list.count() == 2
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        w.shipment_panel.choice_list.itemClicked.emit(w.shipment_panel.choice_list.item(1))
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41009-2"


@pytest.mark.parametrize("kind", ["html502", "error500", "reset", "close", "truncated",
                                  "badjson", "hang"])
def test_every_fault_ends_inline_with_retry(qtbot: QtBot, bench: Bench,
                                            simulator: CentraSimulator, kind: str) -> None:
    simulator.add_fault(Fault(kind=cast(FaultKind, kind), method="GET", path="/shipments", count=1, delay=5))
    lookup(qtbot, bench, "41001-1")
    assert bench.window.banner.tone is Tone.ERROR
    assert bench.window.banner.retry.isVisible()
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        bench.window.banner.retry.click()
    assert bench.window.shipment_panel.shipment is not None


def test_gui_keeps_running_during_slow_centra(qtbot: QtBot, bench: Bench,
                                              simulator: CentraSimulator) -> None:
    simulator.latency = 2.0
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(beat)
    timer.start(10)
    lookup(qtbot, bench, "41001-1")
    timer.stop()
    assert len(gaps) > 100
    assert max(gaps) < 0.25, max(gaps)


def test_typed_tracking_enter_ticks_both(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    qtbot.keyClicks(w.form.tracking, "ABC123456789", delay=40)  # a person typing
    qtbot.wait(60)
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return)
    assert w.form.tracking.text() == "ABC123456789"
    assert w.form.gtg.isChecked() and w.form.shipped.isChecked()


def test_gs1_group_separator_survives_a_scan(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.form.packages, "42011455\x1d00340123451234567895")
    assert w.form.tracking.text() == "340123451234567895"
    assert w.form.packages.value() == 1


def test_scanning_another_slip_asks_before_discarding(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    qtbot.keyClicks(w.form.comment, "fragile", delay=40)
    # The hand goes from the keyboard to the scanner. (Within 1 s of typing without
    # Enter, a burst could be a label whose start stalled into the field: refused, see
    # test_scan_lost_head.py.)
    qtbot.wait(1100)
    scan(qtbot, w.form.comment, "41002-1")
    assert w.banner.tone is Tone.WARN and "unsaved" in w.banner.title.text()
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41001-1"
    lookup(qtbot, bench, "41002-1", widget=w.form.comment)
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41002-1"


def test_escape_clears_back_to_scan_field(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Escape)
    assert not w.form.loaded
    assert w.shipment_panel.shipment is None
    assert w.scan_bar.field.hasFocus()


def test_mark_good_to_go_only(qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41006-1")
    w.form.gtg.setChecked(True)
    assert w.form.action.text().startswith("Mark good-to-go")
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        w.form.action.click()
    assert sig.args == ["41006-1", True]
    puts = [r for r in simulator.requests if r.method == "PUT"]
    assert [(r.path, r.json()) for r in puts] == [("/shipments/41006-1", {"gtg": True})]
    assert simulator.shipment("41006-1")["state"] == "goodtogo"


def test_close_with_request_in_flight_returns_within_two_seconds(
    qtbot: QtBot, bench: Bench, simulator: CentraSimulator
) -> None:
    simulator.latency = 2.5
    asked = len(simulator.requests)
    bench.controller.handle_scan("41001-1")
    qtbot.waitUntil(lambda: len(simulator.requests) > asked, timeout=2000)
    assert bench.runner.in_flight == 1  # Centra has the lookup and holds it 2.5 s
    started = time.monotonic()
    finished = bench.shutdown(wait_ms=1500)
    assert time.monotonic() - started < 2.0
    assert finished is False


def test_next_slip_scanned_during_a_completion_loads_once_it_lands(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.form.tracking, UPS)
    simulator.add_fault(Fault(kind="latency", method="PUT", path="/shipment", delay=0.5))
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert bench.controller.completing
    scan(qtbot, w.scan_bar.field, "41003-1")  # the next slip, while Centra is working
    assert "41003-1 is next" in w.banner.title.text()
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41001-1"
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        pass  # completed, then the queued slip is looked up
    assert simulator.completions("41001-1") == 1
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41003-1"
    assert w.form.loaded and w.form.tracking.hasFocus()


def test_a_newer_slip_wins_over_the_one_queued_during_a_completion(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.form.tracking, UPS)
    simulator.add_fault(Fault(kind="latency", method="PUT", path="/shipment", delay=0.3))
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    scan(qtbot, w.scan_bar.field, "41003-1")  # queued
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        pass
    # Before the queued slip's turn comes, the packer scans another one: it wins.
    bench.controller.handle_scan("41002-1")
    qtbot.waitUntil(lambda: bench.runner.in_flight == 0 and bench.controller.found is not None,
                    timeout=5000)
    qtbot.wait(50)
    assert bench.controller.found is not None
    assert bench.controller.found.shipment.shipment_id == "41002-1"


def test_looking_up_is_said_only_while_centra_takes_a_moment(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")  # quick answer
    qtbot.wait(250)  # past the busy delay: the answer must not be overwritten
    assert w.banner.tone is not Tone.BUSY and "41001-1" in w.banner.title.text()
    simulator.latency = 0.5
    scan(qtbot, w.scan_bar.field, "41003-1")
    qtbot.waitUntil(lambda: "Looking up 41003-1" in w.banner.title.text(), timeout=2000)
    assert w.banner.tone is Tone.BUSY
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000):
        pass
    assert "41003-1" in w.banner.title.text() and w.banner.tone is not Tone.BUSY
