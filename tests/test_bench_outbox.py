"""Completions through the outbox, driven through the bench window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.outbox import Outbox, State
from packstation.simulator import DEMO_API_KEY, CentraSimulator, Fault
from packstation.ui.bench import BenchOptions
from packstation.ui.theme import Tone
from tests.bench_fixtures import NO_SETTLE, complete_puts, lookup, scan

UPS = "1Z999AA10123456784"


@pytest.fixture
def obench(qtbot: QtBot, simulator: CentraSimulator, outbox: Outbox) -> Iterator[Bench]:
    client = CentraClient(simulator.base_url, DEMO_API_KEY,
                          timeouts=Timeouts(connect=0.5, read=2.0, complete_read=2.0))
    b = build_bench(BenchParts(NO_SETTLE, client, outbox=outbox, options=BenchOptions()))
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    yield b
    b.shutdown(wait_ms=3000)


def _complete(qtbot: QtBot, b: Bench, sid: str) -> None:
    lookup(qtbot, b, sid)
    scan(qtbot, b.window.form.tracking, UPS)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=8000):
        qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)


def test_outage_queues_then_sends_once_when_centra_is_back(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator, outbox: Outbox
) -> None:
    lookup(qtbot, obench, "41002-1")
    scan(qtbot, obench.window.form.tracking, UPS)
    port = simulator.port
    simulator.stop()  # Centra is gone: connection refused, nothing can be sent
    with qtbot.waitSignal(obench.controller.completion_finished, timeout=8000):
        qtbot.keyClick(obench.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    banner = obench.window.banner
    assert banner.tone is Tone.WARN and "waiting to send" in banner.title.text()
    assert "Queued: OK to ship" in banner.hint.text()  # 41002-1 is paid
    panel = obench.outbox_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.waiting_count == 1, timeout=5000)
    assert "41002-1" in panel.waiting.text() and "OK to ship" in panel.waiting.text()

    with CentraSimulator(api_key=DEMO_API_KEY, port=port) as back:
        panel.retry.click()
        qtbot.waitUntil(lambda: panel.waiting_count == 0, timeout=8000)
        assert len(complete_puts(back)) == 1
        assert back.completions("41002-1") == 1
    assert outbox.latest_done("41002-1") is not None


def test_lost_answer_is_reconciled_not_resent(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator, outbox: Outbox
) -> None:
    simulator.add_fault(Fault(kind="reset", method="PUT", path="/shipment", count=1,
                              apply="after"))
    _complete(qtbot, obench, "41001-1")
    assert obench.window.banner.tone is Tone.WARN
    panel = obench.outbox_panel
    assert panel is not None
    panel.retry.click()
    qtbot.waitUntil(lambda: outbox.latest_done("41001-1") is not None, timeout=8000)
    assert len(complete_puts(simulator)) == 1  # looked up, never sent twice
    assert simulator.completions("41001-1") == 1
    qtbot.waitUntil(lambda: panel.waiting_count == 0, timeout=5000)


def test_later_capture_failure_raises_an_alert_to_acknowledge(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator, outbox: Outbox
) -> None:
    simulator.add_fault(Fault(kind="html502", method="PUT", path="/shipment", count=1))
    _complete(qtbot, obench, "41005-1")
    assert "Keep the parcel at the station" in obench.window.banner.hint.text()
    assert obench.stats_view is not None
    assert obench.stats_view.stats.snapshot().parcels == 1  # queued: counted for now
    panel = obench.outbox_panel
    assert panel is not None
    panel.retry.click()
    qtbot.waitUntil(lambda: panel.alert_count == 1, timeout=8000)
    assert obench.stats_view.stats.snapshot().parcels == 0  # refused: not a parcel after all
    assert "Parcels 0" in obench.stats_view.numbers.text()
    entry = outbox.all_entries()[0]
    assert entry.state is State.REFUSED and not entry.acknowledged
    first = panel.alerts.itemAt(0)
    assert first is not None
    alert = first.widget()
    assert alert is not None
    texts = " ".join(lbl.text() for lbl in alert.findChildren(type(obench.window.help_line)))
    assert "PULL PARCEL 41005-1 BACK" in texts and "capture failed" in texts
    from PySide6.QtWidgets import QPushButton
    button = alert.findChild(QPushButton)
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: panel.alert_count == 0, timeout=5000)
    assert outbox.get(entry.id).acknowledged
    assert simulator.completions("41005-1") == 0


def test_rescanning_a_shipment_done_here_names_the_time(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator
) -> None:
    _complete(qtbot, obench, "41001-1")
    assert obench.window.banner.tone is Tone.OK
    lookup(qtbot, obench, "41001-1")
    title = obench.window.banner.title.text()
    assert "already completed at" in title and "at this station" in title
    assert not obench.window.form.loaded


def test_unwritable_outbox_refuses_before_sending(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator, outbox: Outbox
) -> None:
    lookup(qtbot, obench, "41001-1")
    scan(qtbot, obench.window.form.tracking, UPS)
    outbox.close()  # the file can no longer be written
    with qtbot.waitSignal(obench.controller.completion_finished, timeout=8000) as sig:
        qtbot.keyClick(obench.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert sig.args == ["41001-1", False]
    assert obench.window.banner.tone is Tone.ERROR
    assert "nothing was sent" in obench.window.banner.title.text()
    assert complete_puts(simulator) == []
    assert obench.window.form.loaded  # the packer's input is kept


def test_rescanning_a_shipment_waiting_to_send_says_so_and_loads_nothing(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator
) -> None:
    simulator.add_fault(Fault(kind="error500", method="PUT", path="/shipment", count=None))
    _complete(qtbot, obench, "41001-1")
    assert "confirming with Centra" in obench.window.banner.title.text()
    lookup(qtbot, obench, "41001-1")  # Centra still lists it as good-to-go
    assert obench.window.banner.tone is Tone.WARN
    assert "41001-1 is already waiting to send" in obench.window.banner.title.text()
    assert not obench.window.form.loaded
    assert obench.controller.found is None


def test_a_completion_in_flight_is_not_shown_as_waiting_to_send(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator
) -> None:
    panel = obench.outbox_panel
    deliveries = obench.deliveries
    assert panel is not None and deliveries is not None
    lookup(qtbot, obench, "41001-1")
    scan(qtbot, obench.window.form.tracking, UPS)
    simulator.add_fault(Fault(kind="latency", method="PUT", path="/shipment", delay=1.0))
    qtbot.keyClick(obench.window.form.tracking, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: obench.runner.in_flight == 1, timeout=3000)  # the PUT
    # saved in the outbox and being sent: Centra has the PUT (and holds it 1 s)
    qtbot.waitUntil(lambda: len(complete_puts(simulator)) == 1, timeout=3000)
    deliveries.drain()  # the periodic drain while the packer's completion is in flight
    qtbot.waitUntil(lambda: obench.runner.in_flight == 1, timeout=3000)
    assert panel.waiting_count == 0 and not panel.isVisible()
    assert obench.window.banner.tone is Tone.BUSY  # the bench says "Completing…" instead
    with qtbot.waitSignal(obench.controller.completion_finished, timeout=5000):
        pass
    assert obench.window.banner.tone is Tone.OK
