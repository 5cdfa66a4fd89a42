"""The Integration API behind the ports: the bench's neutral types, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.centra import errors
from packstation.centra.domain import Completion, LookupOutcome, ShipmentState
from packstation.centra.integration_api.adapter import IntegrationAdapter
from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.ports import CentraPorts
from packstation.simulator import DEMO_TOKEN, CentraSimulator
from tests.integration_api_support import captures, mutations


@pytest.fixture
def adapter(simulator: CentraSimulator) -> Iterator[IntegrationAdapter]:
    a = IntegrationAdapter(IntegrationClient(simulator.graphql_url, DEMO_TOKEN))
    yield a
    a.close()


def test_it_is_a_centra_port(adapter: IntegrationAdapter) -> None:
    ports: CentraPorts = adapter          # mypy checks the protocol
    assert ports.lookup("41001-1").outcome is LookupOutcome.READY


def test_lookup_maps_to_the_domain_as_the_order_api_does(
        simulator: CentraSimulator, adapter: IntegrationAdapter) -> None:
    raw = simulator.shipment("41002-1")
    result = adapter.lookup("41002-1")
    s = result.shipment
    assert s is not None and result.found[0].state is ShipmentState.GOOD_TO_GO
    assert (s.order_id, s.shipment_id, s.ref) == ("41002", "41002-1",
                                                  str(simulator.gql_id("41002-1")))
    assert s.delivery_name == raw["deliveryName"]
    assert s.delivery_address == raw["deliveryAddress"]
    assert s.delivery_coaddress == raw["deliveryCoaddress"]
    assert s.delivery_zipcode == raw["deliveryZipcode"]
    assert s.delivery_country == raw["deliveryCountry"]
    assert (s.carrier, s.service, s.shipping_list) == (
        raw["defaultCarrier"], raw["deliveryService"], raw["shippingList"])
    assert [(p.full_sku, p.ean, p.upc, p.qty, p.name) for p in s.products] == [
        (p["sku"] + p["variantSku"] + p["sizeSku"], p["ean"], p["upc"], int(p["qty"]),
         p["name"]) for p in raw["products"]]
    assert s.paid and s.captured and not s.needs_capture


@pytest.mark.parametrize(("scan", "outcome"), [
    ("41004-1", LookupOutcome.NEEDS_CAPTURE), ("41006-1", LookupOutcome.NOT_GOOD_TO_GO),
    ("41007-1", LookupOutcome.ON_HOLD), ("41008-1", LookupOutcome.COMPLETED),
    ("41009", LookupOutcome.SEVERAL_OPEN), ("12345", LookupOutcome.NOT_FOUND)])
def test_lookup_outcomes_through_the_domain(adapter: IntegrationAdapter, scan: str,
                                            outcome: LookupOutcome) -> None:
    assert adapter.lookup(scan).outcome is outcome


def test_comments_reach_the_bench(adapter: IntegrationAdapter) -> None:
    s = adapter.lookup("41015-1").shipment
    assert s is not None
    assert s.internal_comment == "VIP customer"
    assert "gift wrap" in s.other_comment


def test_find_by_state(adapter: IntegrationAdapter) -> None:
    assert adapter.find("41001", "41001-1", ShipmentState.GOOD_TO_GO) is not None
    assert adapter.find("41001", "41001-1", ShipmentState.COMPLETED) is None
    assert adapter.find("41008", "41008-1", ShipmentState.COMPLETED) is not None


def test_ready_list(simulator: CentraSimulator, adapter: IntegrationAdapter) -> None:
    expected = {sid for sid in simulator.shipment_ids()
                if simulator.shipment(sid)["state"] == "goodtogo"}
    assert {s.shipment_id for s in adapter.iter_good_to_go()} == expected
    assert adapter.count_ready() == len(expected)


def test_mark_good_to_go_only_when_needed(simulator: CentraSimulator,
                                          adapter: IntegrationAdapter) -> None:
    adapter.mark_good_to_go("41006-1")
    adapter.mark_good_to_go("41006-1")
    adapter.mark_good_to_go("41001-1")
    assert mutations(simulator)["updateShipment"] == 1
    assert simulator.shipment("41006-1")["state"] == "goodtogo"
    with pytest.raises(errors.CentraRefused, match="already shipped"):
        adapter.mark_good_to_go("41008-1")


def test_complete_through_the_port(simulator: CentraSimulator,
                                   adapter: IntegrationAdapter) -> None:
    c = Completion("41004", "41004-1", carrier="PostNord", service="MyPack Home",
                   packages=2, tracking="RR123456785SE", send_email=True,
                   internal_comment="Packed at bench 3")
    result = adapter.complete(c)
    assert (result.order, result.shipment, result.warnings) == ("41004", "41004-1", ())
    again = adapter.complete(c)                       # the outbox resending after a crash
    assert again.message == "already shipped in Centra"
    s = simulator.shipment("41004-1")
    assert (s["state"], s["completions"], s["packages"], s["internalComment"]) == (
        "completed", 1, 2, "Packed at bench 3")
    assert captures(simulator, "41004-1") == 1 and simulator.emails("41004-1") == 1


def test_a_failed_capture_through_the_port_is_do_not_ship(simulator: CentraSimulator,
                                                          adapter: IntegrationAdapter) -> None:
    with pytest.raises(errors.CaptureFailed):
        adapter.complete(Completion("41005", "41005-1", tracking="RR123456785SE"))
    assert simulator.shipment("41005-1")["state"] == "goodtogo"


def test_connect_chooses_the_integration_api(simulator: CentraSimulator) -> None:
    from packstation.centra.connection import connect

    ports = connect(simulator.graphql_url + "/", DEMO_TOKEN, timeout=5.0, api="integration")
    try:
        assert isinstance(ports, IntegrationAdapter)
        assert ports.lookup("41001-1").outcome is LookupOutcome.READY
    finally:
        ports.close()
