"""Slip scans answered from the local ready list, confirmed by Centra in the background."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench
from packstation.app.profiles import TEST
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts, scan, show_bench

UPS = "1Z999AA10123456784"


@pytest.fixture
def warm(qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> Iterator[Bench]:
    """A bench whose ready list has been filled once."""
    client = CentraClient(simulator.base_url, DEMO_API_KEY,
                          timeouts=Timeouts(connect=1.0, read=3.0, complete_read=3.0))
    b = build_bench(BenchParts(dataclasses.replace(TEST, ready_list=True).at(tmp_path), client))
    assert b.ready is not None
    with qtbot.waitSignal(b.ready.refreshed, timeout=5000):
        show_bench(qtbot, b)
    yield b
    b.shutdown(wait_ms=3000)


def confirmations(qtbot: QtBot, b: Bench) -> None:
    qtbot.waitUntil(lambda: b.runner.in_flight == 0, timeout=5000)


def test_warm_list_shows_the_shipment_before_centra_answers(
        qtbot: QtBot, warm: Bench, simulator: CentraSimulator) -> None:
    simulator.latency = 0.3
    simulator.clear_requests()
    w = warm.window
    scan(qtbot, w.scan_bar.field, "41001-1")
    # No event loop has run since Enter: the answer came from the list, not the network.
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41001-1"
    assert warm.runner.in_flight == 1  # the background confirmation
    assert "ready list" in w.banner.hint.text()
    assert w.form.tracking.hasFocus()
    confirmations(qtbot, warm)
    assert [r.path for r in simulator.requests] == ["/shipments"]
    assert w.shipment_panel.shipment.shipment_id == "41001-1"


def test_offline_a_cached_shipment_still_shows_with_its_age(
        qtbot: QtBot, warm: Bench, simulator: CentraSimulator) -> None:
    simulator.stop()
    w = warm.window
    scan(qtbot, w.scan_bar.field, "41002-1")
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41002-1"
    assert " s old" in w.banner.hint.text()
    confirmations(qtbot, warm)
    # Centra did not answer: the cached answer stays, and the window says it is offline.
    assert w.shipment_panel.shipment is not None
    assert warm.controller.found is not None
    label = w.scan_bar.freshness.text()
    assert "OFFLINE" in label and "old" in label


def test_completed_elsewhere_is_corrected_and_never_completed_twice(
        qtbot: QtBot, warm: Bench, simulator: CentraSimulator) -> None:
    simulator.set_state("41001-1", "completed")  # another station finished it
    w = warm.window
    scan(qtbot, w.scan_bar.field, "41001-1")
    assert warm.controller.found is not None  # the stale list said ready...
    confirmations(qtbot, warm)
    assert "ALREADY COMPLETED" in w.shipment_panel.chip_texts()  # ...Centra said no
    assert warm.controller.found is None
    assert w.banner.tone is Tone.WARN
    scan(qtbot, w.scan_bar.field, UPS)
    qtbot.keyClick(w.scan_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    confirmations(qtbot, warm)
    assert complete_puts(simulator) == []
    assert simulator.completions("41001-1") == 0
    # And the list no longer offers it.
    assert warm.ready is not None and warm.ready.instant("41001-1") is None


def test_completing_removes_it_from_the_list(
        qtbot: QtBot, warm: Bench, simulator: CentraSimulator) -> None:
    w = warm.window
    scan(qtbot, w.scan_bar.field, "41002-1")
    confirmations(qtbot, warm)
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(warm.controller.completion_finished, timeout=5000) as sig:
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == ["41002-1", True]
    assert warm.ready is not None and warm.ready.instant("41002-1") is None
    simulator.clear_requests()
    scan(qtbot, w.scan_bar.field, "41002-1")  # the slip scanned again: asks Centra
    qtbot.waitUntil(lambda: "ALREADY COMPLETED" in w.shipment_panel.chip_texts(), timeout=5000)
    assert simulator.completions("41002-1") == 1


def test_a_listed_shipment_waiting_in_the_outbox_is_not_offered_again(
        qtbot: QtBot, warm: Bench, simulator: CentraSimulator) -> None:
    from packstation.simulator import Fault

    assert warm.ready is not None and warm.deliveries is not None
    simulator.add_fault(Fault(kind="error500", method="PUT", path="/shipment", count=None))
    scan(qtbot, warm.window.scan_bar.field, "41001-1")
    confirmations(qtbot, warm)
    scan(qtbot, warm.window.form.tracking, UPS)
    with qtbot.waitSignal(warm.controller.completion_finished, timeout=8000):
        qtbot.keyClick(warm.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: warm.deliveries is not None
                    and warm.deliveries.waiting_for("41001-1") is not None, timeout=5000)
    with qtbot.waitSignal(warm.ready.refreshed, timeout=5000):
        warm.ready.refresh_now()  # Centra still lists it: it is back on the ready list
    scan(qtbot, warm.window.scan_bar.field, "41001-1")
    assert "41001-1 is already waiting to send" in warm.window.banner.title.text()
    assert not warm.window.form.loaded
    confirmations(qtbot, warm)
    assert not warm.window.form.loaded
