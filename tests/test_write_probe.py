"""Test connection checks the token's write permissions without writing: every mutation a
bench sends, aimed at shipment id 0 / order number 0 (which cannot exist). A missing
permission is Centra's authorization error (checked before the object is looked up); a
present one is the userError "Shipment not found." Against the simulator over HTTP."""

from __future__ import annotations

from typing import Any, Literal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.centra import errors
from packstation.centra.connection import check_connection
from packstation.centra.integration_api.client import IntegrationClient
from packstation.simulator import (
    BENCH_PERMISSIONS,
    DEMO_LIMITED_TOKEN,
    DEMO_TOKEN,
    READ_ONLY_PERMISSIONS,
    CentraSimulator,
)
from packstation.station.station import Station
from tests.test_station_setup import _choose_integration_api, _dialog, _fill, _test_connection


def _store(sim: CentraSimulator) -> dict[str, dict[str, Any]]:
    return {sid: sim.shipment(sid) for sid in sim.shipment_ids()}


def test_a_full_token_is_confirmed_and_nothing_changes(simulator: CentraSimulator) -> None:
    before = _store(simulator)
    with IntegrationClient(simulator.graphql_url, DEMO_TOKEN) as c:
        check = c.probe_writes()
    assert check.confirmed == ("Shipment:write", "Order:write")
    assert check.unconfirmed == ()
    assert _store(simulator) == before  # nothing written, nothing touched
    stats = simulator.graphql_stats()
    assert stats.get("mutations") == 4  # the cost: four of the shared quota
    for field in ("updateShipment", "captureShipment", "completeShipment",
                  "updateDirectToConsumerOrder"):
        assert stats.get(f"field:{field}") == 1


def test_the_read_only_token_lacks_both_writes(simulator: CentraSimulator) -> None:
    with IntegrationClient(simulator.graphql_url, DEMO_LIMITED_TOKEN) as c, \
            pytest.raises(errors.PermissionMissing) as caught:
        c.probe_writes()
    assert set(caught.value.missing) == {"Shipment:write", "Order:write"}


def test_only_the_missing_write_is_named(simulator: CentraSimulator) -> None:
    simulator.add_token("no-order-write", BENCH_PERMISSIONS - {"Order:write"})
    with IntegrationClient(simulator.graphql_url, "no-order-write") as c, \
            pytest.raises(errors.PermissionMissing) as caught:
        c.probe_writes()
    assert caught.value.missing == ("Order:write",)


def test_a_capture_permission_of_its_own_is_named(simulator: CentraSimulator) -> None:
    """Open question 5: should captureShipment need more than Shipment:write."""
    simulator.integration.capture_permissions = ("Shipment:write", "Payment:write")
    simulator.add_token("bench", BENCH_PERMISSIONS)
    with IntegrationClient(simulator.graphql_url, "bench") as c, \
            pytest.raises(errors.PermissionMissing) as caught:
        c.probe_writes()
    assert caught.value.missing == ("Payment:write",)


@pytest.mark.parametrize("status", [200, 403])
def test_test_connection_names_every_missing_permission_read_and_write(
        simulator: CentraSimulator, status: Literal[200, 403]) -> None:
    simulator.integration.missing_permission_status = status  # open question 6
    with pytest.raises(errors.PermissionMissing) as caught:
        check_connection(simulator.graphql_url, DEMO_LIMITED_TOKEN, api="integration")
    assert set(caught.value.missing) == {"Order.internalComment:read", "Shipment:write",
                                         "Order:write"}


def test_a_centra_that_looks_up_first_is_not_taken_for_a_yes(
        simulator: CentraSimulator) -> None:
    """If Centra answered "not found" before checking the permission, the probe could not
    tell; it must then say it does not know, never that the token may write."""
    simulator.integration.write_check = "lookup-first"
    simulator.add_token("read-only", READ_ONLY_PERMISSIONS | {"Order.internalComment:read"})
    for token in ("read-only", DEMO_TOKEN):
        result = check_connection(simulator.graphql_url, token, api="integration")
        assert result.writes_confirmed == ()
        assert result.writes_unconfirmed == ("Shipment:write", "Order:write")


def test_setup_says_the_limited_token_lacks_shipment_write(
        qtbot: QtBot, fresh_station: Station, simulator: CentraSimulator) -> None:
    d, runner = _dialog(qtbot, fresh_station)
    _choose_integration_api(qtbot, d)
    _fill(qtbot, d, simulator.graphql_url, DEMO_LIMITED_TOKEN)
    text = _test_connection(qtbot, d)
    runner.wait(1000)
    assert "lacks" in text
    assert "Shipment:write (marking good-to-go, capturing and completing" in text
    assert "Order:write (the internal comment)" in text
    assert DEMO_LIMITED_TOKEN not in text

    _fill(qtbot, d, simulator.graphql_url, DEMO_TOKEN)
    text = _test_connection(qtbot, d)
    runner.wait(1000)
    assert text.startswith("Connection OK.")
    assert "write what it writes (Shipment:write, Order:write)" in text
    assert "changed nothing" in text


def test_nothing_is_probed_before_the_button(qtbot: QtBot, fresh_station: Station,
                                             simulator: CentraSimulator) -> None:
    d, runner = _dialog(qtbot, fresh_station)
    _choose_integration_api(qtbot, d)
    _fill(qtbot, d, simulator.graphql_url, DEMO_TOKEN)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    runner.wait(1000)
    assert simulator.graphql_stats().get("mutations", 0) == 0
