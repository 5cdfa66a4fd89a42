"""Centra's documented response examples, parsed by the bench's models, and the simulator's
answers compared with them field for field (``tests/fixtures/centra/README.md``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.bench.bundles import pack_plan
from packstation.centra.order_api.adapter import to_shipment
from packstation.centra.order_api.models import (
    CompleteResponse,
    OrdersResponse,
    ShipmentResponse,
    ShipmentsResponse,
)
from packstation.simulator import DEMO_API_KEY, CentraSimulator

FIXTURES = Path(__file__).parent / "fixtures" / "centra"

# The documented examples' own syntax slips, repaired one by one: (file, what, old, new).
BUNDLE_TRAILING_COMMA = ("a trailing comma after the last bundle component",
                         '"isPartOfBundle": "217"\n            },\n        ]',
                         '"isPartOfBundle": "217"\n            }\n        ]')
SLIPS: dict[str, list[tuple[str, str, str]]] = {
    "order_get_shipments.json": [BUNDLE_TRAILING_COMMA],
    "order_get_orders.json": [
        ("a trailing comma after returnSlipTracking in shipments[0]",
         '"returnSlipTracking": "",\n        }', '"returnSlipTracking": ""\n        }'),
        BUNDLE_TRAILING_COMMA,
    ],
}


def example(name: str) -> Any:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    for what, old, new in SLIPS.get(name, []):
        assert text.count(old) == 1, f"{name}: the documented slip ({what}) is not where it was"
        text = text.replace(old, new)
    return json.loads(text)


def test_every_fixture_is_accounted_for() -> None:
    names = {p.name for p in FIXTURES.glob("*.json")}
    assert names == {
        "order_get_shipments.json", "order_get_orders.json", "order_complete_shipment.json",
        "order_complete_shipment_error.json", "order_update_shipment.json",
        "order_update_shipment_error.json", "integration_complete_shipment.json",
        "integration_update_shipment.json"}
    for name in SLIPS:  # each slip is real: without the repair, the text is not JSON
        with pytest.raises(json.JSONDecodeError):
            json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_get_shipments_example_parses_with_its_bundle() -> None:
    got = ShipmentsResponse.model_validate(example("order_get_shipments.json"))
    assert got.status == "ok" and len(got.shipments) == 1
    s = to_shipment(got.shipments[0])
    assert (s.order_id, s.shipment_id, s.delivery_country) == ("83651", "83651-1", "DE")
    assert s.proforma == "http://.../proforma?shipment=83651-1"
    assert s.delivery_note == "http://../delnote?shipment=83651-1"
    assert (s.paid, s.suspect, s.hold) == (True, False, False)
    component, bundle = s.products
    assert component.part_of_bundle == "217" and not component.is_bundle
    assert bundle.is_bundle and bundle.qty == 2 and len(bundle.bundle) == 1
    assert bundle.bundle[0].ean == "1234567890123" and bundle.bundle[0].qty == 1
    # What goes in the box: Product #1 once per bundle, two bundles; the component's own
    # line is the same item again ("Bundles and containing items"), not one more.
    plan = pack_plan(s.products)
    assert [(r.line.name, r.line.qty, r.per_bundle) for r in plan.rows] == [
        ("Product #1", 2, 1)]
    assert plan.item_count == 2
    prepacked = pack_plan(s.products, bundles_prepacked=True)
    assert [(r.line.ean, r.line.qty) for r in prepacked.rows] == [("1234567890124", 2)]


def test_get_orders_example_parses() -> None:
    got = OrdersResponse.model_validate(example("order_get_orders.json"))
    order = got.orders[0]
    assert order.order_id == "83651" and not order.hold and not order.waiting_for_payment
    assert [(x.shipment_id, x.shipped_date) for x in order.shipments] == [("16-1", None)]


def test_complete_and_update_examples_parse() -> None:
    ok = CompleteResponse.model_validate(example("order_complete_shipment.json"))
    assert (ok.status, ok.order, ok.shipment, ok.msg) == ("ok", "83651", "83651-1", "")
    no = CompleteResponse.model_validate(example("order_complete_shipment_error.json"))
    assert (no.status, no.msg) == ("no", "capture failed")
    upd = ShipmentResponse.model_validate(example("order_update_shipment.json"))
    assert upd.shipment is not None and pack_plan(to_shipment(upd.shipment).products).item_count == 3
    err = CompleteResponse.model_validate(example("order_update_shipment_error.json"))
    assert (err.status, err.shipment) == ("no", "4-1")


# Integration API: the shipment fields the reference lists (shared/centra-integration-api.md
# §3.4), for the GraphQL backend to come. Centra's examples must select nothing else.
INTEGRATION_SHIPMENT_FIELDS = {
    "id", "number", "createdAt", "updatedAt", "isGoodToGo", "isPrinted", "isShipped",
    "isOnHold", "isPaid", "isCaptured", "shippedAt", "paidAt", "capturedAt", "capturedValue",
    "trackingNumber", "returnTrackingNumber", "additionalMessage", "numberOfPackages",
    "internalShippingCost", "grandTotal", "carrierInformation", "shipmentPlugin",
    "shippingAddress", "lines", "order", "adminUser", "discountsApplied",
}


@pytest.mark.parametrize(("name", "mutation"), [
    ("integration_complete_shipment.json", "completeShipment"),
    ("integration_update_shipment.json", "updateShipment"),
])
def test_integration_examples_use_only_documented_shipment_fields(name: str,
                                                                  mutation: str) -> None:
    payload = example(name)["data"][mutation]
    assert payload["userErrors"] == []
    shipment = payload["shipment"]
    assert set(shipment) <= INTEGRATION_SHIPMENT_FIELDS
    assert isinstance(shipment["id"], int) and isinstance(shipment["number"], str)
    assert shipment["number"].split("-")[0].isdigit()  # = the Order API's shipmentId


# ----------------------------------------------------------- the simulator's shape

def kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "null"
    return type(value).__name__


# Fields an example shows that Centra leaves out when they do not apply (the docs mark
# them optional): B2B terms, invoices (only "if any invoices exist").
OPTIONAL = {"shippingTerms", "paymentTerms", "invoices"}


def same_shape(doc: Any, sim: Any, where: str = "") -> list[str]:
    """Every field of Centra's example exists in the simulator's answer with the same JSON
    type, recursively (lists compare their first element). Returns the differences."""
    problems: list[str] = []
    if kind(doc) != kind(sim):
        return [f"{where or '.'}: Centra {kind(doc)}, simulator {kind(sim)}"]
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key not in sim:
                if key not in OPTIONAL:
                    problems.append(f"{where}.{key}: missing in the simulator")
                continue
            problems += same_shape(value, sim[key], f"{where}.{key}")
    elif isinstance(doc, list) and doc and sim:
        problems += same_shape(doc[0], sim[0], f"{where}[0]")
    return problems


@pytest.fixture
def http(simulator: CentraSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=simulator.base_url,
                      headers={"API-Authorization": DEMO_API_KEY}) as c:
        yield c


def test_simulator_shipments_match_centras_example(http: httpx.Client) -> None:
    doc = example("order_get_shipments.json")
    answer = http.get("/shipments", params={"order": 41101}).json()
    assert answer["shipments"], "the demo bundle order is ready to pack"
    plain, bundle = doc["shipments"][0]["products"]
    sim_products = answer["shipments"][0]["products"]
    sim_bundle = next(p for p in sim_products if p.get("isBundle"))
    sim_part = next(p for p in sim_products if p.get("isPartOfBundle"))
    problems = same_shape({k: v for k, v in doc.items()},
                          {**answer, "shipments": [dict(answer["shipments"][0],
                                                        products=[sim_part])]})
    problems += same_shape(bundle, sim_bundle, ".bundleLine")
    assert problems == []
    # A plain line (no bundle) has the same fields as the example's component line.
    sim_plain = http.get("/shipments", params={"order": 41001}).json()["shipments"][0]
    plain_doc = {k: v for k, v in plain.items() if k != "isPartOfBundle"}
    assert same_shape(plain_doc, sim_plain["products"][0], ".products[0]") == []


def test_simulator_orders_match_centras_example(http: httpx.Client) -> None:
    doc = example("order_get_orders.json")
    answer = http.get("/orders", params={"order": 41101}).json()
    sim_order = answer["orders"][0]
    doc_order = doc["orders"][0]
    doc_plain = dict(doc_order, products=[doc_order["products"][1]])  # the bundle line
    sim_bundle = next(p for p in sim_order["products"] if p.get("isBundle"))
    assert same_shape(dict(doc, orders=[doc_plain]),
                      dict(answer, orders=[dict(sim_order, products=[sim_bundle])])) == []


def test_simulator_complete_and_update_match_centras_examples(http: httpx.Client) -> None:
    done = http.put("/shipment", json={"order": 41001, "shipment": "41001-1", "gtg": True,
                                       "shipped": True, "tracking": "x"}).json()
    assert same_shape(example("order_complete_shipment.json"), done) == []
    again = http.put("/shipment", json={"order": 41001, "shipment": "41001-1",
                                        "gtg": True, "shipped": True}).json()
    assert same_shape(example("order_complete_shipment_error.json"), again) == []
    updated = http.put("/shipments/41006-1", json={"gtg": True}).json()
    assert same_shape(example("order_update_shipment.json"), updated) == []
    refused = http.put("/shipments/41001-1", json={"gtg": True}).json()
    assert same_shape(example("order_update_shipment_error.json"), refused) == []
