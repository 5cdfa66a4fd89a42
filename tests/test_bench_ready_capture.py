"""DO NOT SHIP holds against a late answer: a slip shown from the ready list is confirmed
by Centra in the background; when that confirmation arrives after the packer completed
and the capture failed, the shipment stays locked until its slip is scanned again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, build_bench
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.centra.outcomes import ShipmentState
from packstation.centra.ready_cache import ReadyCache
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts, scan

UPS = "1Z999AA10123456784"
CTRL = Qt.KeyboardModifier.ControlModifier
FAILS = "41005-1"  # the demo shipment whose payment capture fails


@pytest.fixture
def warm(qtbot: QtBot, simulator: CentraSimulator) -> Iterator[Bench]:
    client = CentraClient(simulator.base_url, DEMO_API_KEY,
                          timeouts=Timeouts(connect=1.0, read=5.0, complete_read=5.0))
    b = build_bench(client, ready_cache=ReadyCache(), settle_s=0.0)
    assert b.ready is not None
    with qtbot.waitSignal(b.ready.refreshed, timeout=5000):
        qtbot.addWidget(b.window)
        b.window.show()
    qtbot.waitExposed(b.window)
    b.window.activateWindow()
    b.window.scan_bar.focus()
    yield b
    b.shutdown(wait_ms=3000)


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
        simulator.set_state(FAILS, meanwhile)
    qtbot.waitUntil(lambda: warm.runner.in_flight == 0, timeout=8000)  # it arrived
    qtbot.wait(50)

    assert "DO NOT SHIP" in w.banner.title.text() and w.banner.tone is Tone.ERROR
    assert not w.form.action.isEnabled()
    warm.controller.request_action()
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, CTRL)
    qtbot.wait(300)
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
