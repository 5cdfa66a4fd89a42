"""The bench on the Integration API backend (GraphQL), driven as a packer drives it: a slip
scan, a tracking-label scan, Ctrl+Enter; the simulator answers over real HTTP."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, compose_bench
from packstation.app.profiles import TEST
from packstation.centra.integration_api.adapter import IntegrationAdapter
from packstation.simulator import DEMO_TOKEN, CentraSimulator, RateLimitConfig
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan
from tests.integration_api_support import captures, mutations

UPS = "1Z999AA10123456784"


@pytest.fixture
def gql_bench(qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> Iterator[Bench]:
    profile = dataclasses.replace(TEST, api="integration", timeouts=(2.0, 5.0))
    b = compose_bench(profile.at(tmp_path), base_url=simulator.graphql_url, key=DEMO_TOKEN)
    assert isinstance(b.client, IntegrationAdapter)  # the composition root's choice
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    b.window.activateWindow()
    b.window.scan_bar.focus()
    yield b
    b.shutdown(wait_ms=3000)


def _scan_and_complete(qtbot: QtBot, b: Bench, slip: str) -> list[object]:
    w = b.window
    lookup(qtbot, b, slip)
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == slip
    assert w.form.tracking.hasFocus()
    scan(qtbot, w.form.tracking, UPS)
    assert w.form.tracking.text() == UPS
    assert w.form.gtg.isChecked() and w.form.shipped.isChecked()
    with qtbot.waitSignal(b.controller.completion_finished, timeout=10000) as sig:
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return list(sig.args)


def test_paid_parcel_completes_once_without_a_capture(qtbot: QtBot, gql_bench: Bench,
                                                      simulator: CentraSimulator) -> None:
    assert simulator.graphql_stats().get("field:completeShipment", 0) == 0
    assert _scan_and_complete(qtbot, gql_bench, "41001-1") == ["41001-1", True]
    w = gql_bench.window
    assert w.banner.tone is not Tone.ERROR
    assert "Completed 41001-1" in w.banner.title.text()
    sent = mutations(simulator)
    assert sent["completeShipment"] == 1
    assert sent["captureShipment"] == 0      # paid: nothing to capture
    assert sent["updateShipment"] == 0       # already good to go
    assert simulator.shipment("41001-1")["state"] == "completed"
    assert w.scan_bar.field.hasFocus()


def test_capture_parcel_is_captured_once_and_completed_once(
        qtbot: QtBot, gql_bench: Bench, simulator: CentraSimulator) -> None:
    assert _scan_and_complete(qtbot, gql_bench, "41004-1") == ["41004-1", True]
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and sent["completeShipment"] == 1
    assert captures(simulator, "41004-1") == 1
    assert simulator.shipment("41004-1")["state"] == "completed"


def test_failed_capture_says_do_not_ship(qtbot: QtBot, gql_bench: Bench,
                                         simulator: CentraSimulator) -> None:
    assert _scan_and_complete(qtbot, gql_bench, "41005-1") == ["41005-1", False]
    w = gql_bench.window
    assert w.banner.tone is Tone.ERROR
    assert "DO NOT SHIP" in w.banner.title.text()
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and sent["completeShipment"] == 0
    assert simulator.shipment("41005-1")["state"] != "completed"
    assert w.form.loaded  # the form stays, nothing is lost


def test_a_rejected_token_is_said_at_start_with_how_to_enter_a_new_one(
        qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> None:
    profile = dataclasses.replace(TEST, api="integration", ready_list=True)
    b = compose_bench(profile.at(tmp_path), base_url=simulator.graphql_url,
                      key="expired-token")
    qtbot.addWidget(b.window)
    try:
        qtbot.waitUntil(lambda: b.window.banner.tone is Tone.ERROR, timeout=5000)
        assert "rejected the Integration API token" in b.window.banner.title.text()
        hint = b.window.banner.hint.text()
        assert "expired" in hint and "station setup" in hint
    finally:
        b.shutdown(wait_ms=3000)


def _use_up_the_mutation_quota(simulator: CentraSimulator) -> None:
    """One mutation per 7 s for the whole environment, and that one just spent (by
    another bench): the next mutation meets a 429 with a Retry-After of about 7 s, longer
    than the transport waits by itself."""
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=1, window_scale=0.7))
    assert simulator.rate_limiter.admit(1) is None


def test_a_paid_parcel_meeting_the_rate_limit_is_queued_and_ok_to_ship(
        qtbot: QtBot, gql_bench: Bench, simulator: CentraSimulator) -> None:
    _use_up_the_mutation_quota(simulator)
    assert _scan_and_complete(qtbot, gql_bench, "41001-1") == ["41001-1", True]
    banner = gql_bench.window.banner
    assert banner.tone is Tone.OK
    assert banner.title.text() == "41001-1: queued, OK to ship"
    assert "rate limit" in banner.hint.text()
    assert mutations(simulator)["completeShipment"] == 0  # nothing done yet: queued
    simulator.configure_rate_limits(RateLimitConfig(enabled=False))
    qtbot.waitUntil(lambda: simulator.shipment("41001-1")["state"] == "completed",
                    timeout=20000)
    assert mutations(simulator)["completeShipment"] == 1


def test_a_capture_parcel_waits_at_the_bench_on_the_rate_limit_without_blocking_it(
        qtbot: QtBot, gql_bench: Bench, simulator: CentraSimulator, tmp_path: Path) -> None:
    b, w = gql_bench, gql_bench.window
    _use_up_the_mutation_quota(simulator)
    assert _scan_and_complete(qtbot, b, "41004-1") == ["41004-1", True]  # not blocked
    assert w.banner.tone is Tone.WARN
    assert w.banner.title.text() == ("41004-1: keep the parcel here — waiting on Centra's "
                                     "rate limit")
    assert "payment is captured in about" in w.banner.hint.text()
    assert mutations(simulator)["captureShipment"] == 0
    deliveries = b.deliveries
    assert deliveries is not None
    [entry] = deliveries.outbox.open_entries()
    assert entry.rate_limited and entry.attempts == 0 and not entry.ok_to_ship
    # The strip names the wait.
    strip = b.outbox_panel
    assert strip is not None
    deliveries.refresh()
    qtbot.waitUntil(lambda: "rate limit" in strip.waiting.text(), timeout=5000)
    assert "41004-1" in strip.waiting.text()
    assert strip.isVisible()
    w.grab().save(str(tmp_path / "rate_limited.png"))
    # Meanwhile the packer scans the next slip and packs on.
    lookup(qtbot, b, "41001-1")
    assert w.shipment_panel.shipment is not None
    assert w.shipment_panel.shipment.shipment_id == "41001-1"
    # The quota frees up: the background drain captures and completes the kept parcel,
    # and the bench says so, naming it.
    simulator.configure_rate_limits(RateLimitConfig(enabled=False))
    qtbot.waitUntil(lambda: w.banner.title.text() == "41004-1: payment captured, OK to ship",
                    timeout=25000)
    assert w.banner.tone is Tone.OK
    assert "41001-1" in w.banner.hint.text()  # go on with the parcel in hand
    assert w.shipment_panel.shipment.shipment_id == "41001-1"  # still loaded
    qtbot.waitUntil(lambda: simulator.shipment("41004-1")["state"] == "completed",
                    timeout=10000)
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and captures(simulator, "41004-1") == 1
    assert sent["completeShipment"] == 1


def test_a_kept_capture_parcel_whose_capture_fails_later_says_do_not_ship(
        qtbot: QtBot, gql_bench: Bench, simulator: CentraSimulator) -> None:
    b, w = gql_bench, gql_bench.window
    _use_up_the_mutation_quota(simulator)
    assert _scan_and_complete(qtbot, b, "41005-1") == ["41005-1", True]  # queued, kept
    assert "keep the parcel here" in w.banner.title.text()
    simulator.configure_rate_limits(RateLimitConfig(enabled=False))
    qtbot.waitUntil(lambda: w.banner.tone is Tone.ERROR, timeout=25000)
    assert w.banner.title.text() == "DO NOT SHIP 41005-1: Centra refused the completion"
    assert "supervisor" in w.banner.hint.text()
    strip = b.outbox_panel
    assert strip is not None
    qtbot.waitUntil(lambda: strip.alert_count == 1, timeout=5000)  # the alert to confirm
    sent = mutations(simulator)
    assert sent["captureShipment"] == 1 and sent["completeShipment"] == 0
    assert simulator.shipment("41005-1")["state"] != "completed"
