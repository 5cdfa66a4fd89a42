"""DO NOT SHIP holds against a late answer: a slip shown from the ready list is confirmed
by Centra in the background; when that confirmation arrives after the packer completed
and the capture failed, the shipment stays locked until its slip is scanned again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.centra.outcomes import ShipmentState
from packstation.simulator import CentraSimulator, Fault
from packstation.ui.theme import Tone
from tests import test_bench_ready_list
from tests.bench_fixtures import complete_puts, scan

warm = test_bench_ready_list.warm  # the bench with a filled ready list
UPS = "1Z999AA10123456784"
CTRL = Qt.KeyboardModifier.ControlModifier
FAILS = "41005-1"  # the demo shipment whose payment capture fails


@pytest.mark.parametrize("meanwhile", [ShipmentState.IN_PROGRESS, None])
def test_a_late_confirmation_does_not_lift_do_not_ship(
        qtbot: QtBot, warm: Bench, simulator: CentraSimulator,
        meanwhile: ShipmentState | None) -> None:
    w = warm.window
    # Centra's answer to the background confirmation comes late (after the PUT).
    simulator.add_fault(Fault(kind="latency", method="GET", count=1, delay=1.5))
    scan(qtbot, w.scan_bar.field, FAILS)
    assert warm.controller.found is not None, "shown at once from the ready list"
    assert warm.runner.in_flight == 1  # the confirmation, held by Centra
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(warm.controller.completion_finished, timeout=8000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    assert "DO NOT SHIP" in w.banner.title.text()
    assert len(complete_puts(simulator)) == 1
    if meanwhile is not None:  # Centra's answer differs from the list's (details, state)
        simulator.set_state(FAILS, meanwhile.value)
    qtbot.waitUntil(lambda: warm.runner.in_flight == 0, timeout=8000)  # it arrived, is shown

    assert "DO NOT SHIP" in w.banner.title.text() and w.banner.tone is Tone.ERROR
    assert not w.form.action.isEnabled()
    warm.controller.request_action()
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: warm.runner.in_flight == 0, timeout=8000)  # a send would be in
    assert len(complete_puts(simulator)) == 1  # nothing sent without a slip scan

    if meanwhile is None:  # the slip scanned again once the customer has paid: unlocked
        simulator.set_capture_outcome(FAILS, True)
        with qtbot.waitSignal(warm.controller.lookup_finished, timeout=8000):
            scan(qtbot, w.scan_bar.field, FAILS)
        qtbot.waitUntil(lambda: warm.runner.in_flight == 0, timeout=8000)
        scan(qtbot, w.form.tracking, UPS)
        with qtbot.waitSignal(warm.controller.completion_finished, timeout=8000):
            qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
        assert len(complete_puts(simulator)) == 2
