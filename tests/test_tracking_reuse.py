"""A tracking number this station already used on another shipment: warn, never block."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench
from packstation.centra.domain import Completion
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.outbox import Outbox, State
from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.ui.bench import BenchOptions
from packstation.ui.feedback import RecordingFeedback
from packstation.ui.theme import Tone
from tests.bench_fixtures import NO_SETTLE, complete_puts, lookup, scan

UPS = "1Z999AA10123456784"
FRESH = "1Z410E7W0392751591"


@pytest.fixture
def sounds() -> RecordingFeedback:
    return RecordingFeedback()


@pytest.fixture
def obench(qtbot: QtBot, simulator: CentraSimulator, outbox: Outbox,
           sounds: RecordingFeedback) -> Iterator[Bench]:
    client = CentraClient(simulator.base_url, DEMO_API_KEY,
                          timeouts=Timeouts(connect=0.5, read=2.0, complete_read=2.0))
    b = build_bench(BenchParts(NO_SETTLE, client, outbox=outbox, options=BenchOptions(),
                               feedback=sounds))
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    yield b
    b.shutdown(wait_ms=3000)


def _ctrl_enter(qtbot: QtBot, b: Bench) -> None:
    with qtbot.waitSignal(b.controller.completion_finished, timeout=8000):
        qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)


def _settled(qtbot: QtBot, b: Bench) -> None:
    """Every job started so far (the tracking check included) has answered."""
    qtbot.waitUntil(lambda: b.controller.runner.in_flight == 0, timeout=5000)


def _complete(qtbot: QtBot, b: Bench, sid: str, tracking: str) -> None:
    lookup(qtbot, b, sid)
    scan(qtbot, b.window.form.tracking, tracking)
    _settled(qtbot, b)
    _ctrl_enter(qtbot, b)


def test_previous_parcels_label_warns_and_still_completes(
    qtbot: QtBot, obench: Bench, simulator: CentraSimulator, sounds: RecordingFeedback
) -> None:
    _complete(qtbot, obench, "41015-1", UPS)
    assert obench.window.banner.tone is Tone.OK
    lookup(qtbot, obench, "41019-1")
    sounds.calls.clear()
    scan(qtbot, obench.window.form.tracking, UPS)
    banner = obench.window.banner
    qtbot.waitUntil(lambda: banner.tone is Tone.WARN, timeout=5000)
    assert f"Tracking {UPS} was already used for 41015-1 at " in banner.title.text()
    assert "If it is right, press Ctrl+Enter" in banner.hint.text()
    assert sounds.calls[-1] == "warn"
    assert obench.window.form.values().tracking == UPS  # kept, not refused

    _ctrl_enter(qtbot, obench)  # the packer checked: it is right
    assert banner.tone is Tone.OK
    puts = complete_puts(simulator)
    assert [(p["shipment"], p["tracking"]) for p in puts] == [
        ("41015-1", UPS), ("41019-1", UPS)]


def test_fresh_tracking_does_not_warn(qtbot: QtBot, obench: Bench) -> None:
    _complete(qtbot, obench, "41015-1", UPS)
    lookup(qtbot, obench, "41019-1")
    scan(qtbot, obench.window.form.tracking, FRESH)
    _settled(qtbot, obench)
    assert obench.window.banner.tone is Tone.IDLE
    assert obench.window.banner.title.text() == f"Tracking {FRESH} (UPS)"


def test_same_shipment_again_does_not_warn(
    qtbot: QtBot, obench: Bench, outbox: Outbox
) -> None:
    # This station already sent 41015-1 with UPS once (Centra has it open again, e.g. a
    # completion undone in the admin): packing it again with its own label is no mistake.
    entry = outbox.add(Completion(order="41015", shipment="41015-1", tracking=UPS),
                       needs_capture=False)
    outbox.mark_sending(entry.id)
    outbox.mark_done(entry.id)
    lookup(qtbot, obench, "41015-1")
    assert obench.controller.found is not None
    scan(qtbot, obench.window.form.tracking, UPS)
    _settled(qtbot, obench)
    assert obench.window.banner.tone is Tone.IDLE


def test_answer_after_the_packer_moved_on_is_dropped(qtbot: QtBot, obench: Bench) -> None:
    _complete(qtbot, obench, "41015-1", UPS)
    lookup(qtbot, obench, "41019-1")
    # The check for UPS starts, then a fresh label goes in before its answer arrives
    # (no events run in between, so the answer comes strictly later).
    obench.controller.handle_scan(UPS)
    obench.controller.handle_scan(FRESH)
    _settled(qtbot, obench)
    assert obench.window.banner.tone is Tone.IDLE
    assert FRESH in obench.window.banner.title.text()


def test_store_finds_the_latest_other_shipment_not_refused(outbox: Outbox) -> None:
    def add(sid: str, tracking: str) -> int:
        return outbox.add(Completion(order=sid[:5], shipment=sid, tracking=tracking),
                          needs_capture=False).id

    assert outbox.used_tracking(UPS, "B") is None
    refused = add("41003-1", UPS)
    outbox.mark_sending(refused)
    outbox.mark_refused(refused, "capture failed")
    assert outbox.used_tracking(UPS, "B") is None  # pulled back, never shipped
    add("41015-1", UPS)  # waiting to send counts too
    found = outbox.used_tracking(UPS, "B")
    assert found is not None and found.shipment_id == "41015-1"
    assert found.state is State.PENDING
    assert outbox.used_tracking(UPS, "41015-1") is None  # its own tracking
    assert outbox.used_tracking(FRESH, "B") is None
    assert outbox.used_tracking("", "B") is None
