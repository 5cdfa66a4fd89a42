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
from packstation.simulator import CentraSimulator
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan, simulator_bench
from tests.integration_api_support import captures, mutations

UPS = "1Z999AA10123456784"


@pytest.fixture
def gql_bench(qtbot: QtBot, simulator: CentraSimulator, tmp_path: Path) -> Iterator[Bench]:
    profile = dataclasses.replace(TEST, timeouts=(2.0, 5.0))
    with simulator_bench(qtbot, simulator, tmp_path, profile=profile, api="integration") as b:
        assert isinstance(b.client, IntegrationAdapter)  # the composition root's choice
        yield b


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
