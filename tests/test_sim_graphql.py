"""The simulator's Integration API (POST /graphql) over real HTTP: lookups by shipment and
order number, each mutation, its refusals and warnings, and one store shared with the
Order API (what one API does, the other sees)."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from packstation.simulator import (
    BENCH_PERMISSIONS,
    CentraSimulator,
    build_shipment,
    product_line,
)
from tests.gql_support import Gql

COMPLETE = ("completeShipment", "id: $id, input: $complete")
CAPTURE_SELECTION = ("shipment { id isPaid isCaptured } "
                     "paymentHistoryEntry { entryType status paramsJSON value { value } }")




def complete(gql: Gql, number: str, **info: object) -> dict[str, Any]:
    shipment_info = {"carrier": "PostNord", "service": "MyPack Home", "packagesNumber": 1,
                     "trackingNumber": "RR123456785SE", **info}
    result: dict[str, Any] = gql.mutate(*COMPLETE, {
        "id": gql.sim.gql_id(number),
        "complete": {"sendEmail": True, "shipmentInfo": shipment_info}})
    return result


# ----- lookups ---------------------------------------------------------------------------

def test_lookup_by_shipment_number_has_lines_codes_address_and_state(gql: Gql) -> None:
    s = gql.shipment("41001-1")
    assert s["id"] == 4100101 and s["number"] == "41001-1"
    assert (s["isGoodToGo"], s["isPaid"], s["isCaptured"], s["isShipped"]) == (
        True, True, True, False)
    assert s["shippingAddress"]["firstName"] == "Åsa"
    assert s["shippingAddress"]["lastName"] == "Öberg-Lindqvist"
    assert s["shippingAddress"]["country"] == {"code": "SE"}
    assert s["carrierInformation"] == {"carrierName": "PostNord", "serviceName": "MyPack Home"}
    order_api = gql.sim.shipment("41001-1")["products"]
    assert len(s["lines"]) == len(order_api)
    for line, product in zip(s["lines"], order_api, strict=True):
        assert line["quantity"] == product["qty"]
        size = line["orderLine"]["productSize"]
        assert size["EAN"] == product["ean"]
        assert size["SKU"] == product["sku"] + product["variantSku"] + product["sizeSku"]
        assert line["orderLine"]["productNumber"] == product["sku"]
        assert line["orderLine"]["productVariant"]["variantNumber"] == product["variantSku"]


def test_lookup_of_an_unknown_number_is_an_empty_list(gql: Gql) -> None:
    assert gql.data('{ shipments(where: {number: ["99999-1"]}) { id } }') == {"shipments": []}


def test_upc_and_sku_choice(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.add_shipment(build_shipment(50001, lines=[product_line(
        "Tee", "Black", "M", sku="TEE1", variant_sku="BLK", size_sku="M", upc="012345678905")]))
    size = gql.shipment("50001-1")["lines"][0]["orderLine"]["productSize"]
    assert (size["SKU"], size["UPC"], size["sizeNumber"]) == ("TEE1BLKM", "012345678905", "M")
    simulator.integration.product_size_sku = "size"
    assert gql.shipment("50001-1")["lines"][0]["orderLine"]["productSize"]["SKU"] == "M"


def test_lookup_by_order_number_lists_its_shipments(gql: Gql) -> None:
    data = gql.data("""{ orders(where: {number: 41010}) { id number status
        shippingMethod { name } shipments { number isGoodToGo isShipped } } }""")
    (order,) = data["orders"]
    assert order["number"] == 41010 and order["status"] == "CONFIRMED"
    assert [(s["number"], s["isGoodToGo"]) for s in order["shipments"]] == [
        ("41010-1", True), ("41010-2", False)]
    by_hash = gql.data("query($id: [String!]) { shipments(where: {orderId: $id}) { number } }",
                       {"id": [order["id"]]})
    assert [s["number"] for s in by_hash["shipments"]] == ["41010-1", "41010-2"]


def test_order_id_filter_takes_the_number_only_when_switched_on(
        simulator: CentraSimulator, gql: Gql) -> None:
    query = '{ shipments(where: {orderId: ["41010"]}) { number } }'
    assert gql.data(query)["shipments"] == []
    simulator.integration.order_id_filter = "hash-or-number"
    assert len(gql.data(query)["shipments"]) == 2


def test_ready_list_filter_and_paging(gql: Gql) -> None:
    query = """query($page: Int) { shipments(where: {isGoodToGo: true, isShipped: false},
                 limit: 10, page: $page) { number isGoodToGo isShipped } }"""
    seen: list[str] = []
    for page in range(1, 10):
        batch = gql.data(query, {"page": page})["shipments"]
        assert all(s["isGoodToGo"] and not s["isShipped"] for s in batch)
        seen += [s["number"] for s in batch]
        if len(batch) < 10:
            break
    assert "41001-1" in seen and "41006-1" not in seen and "41008-1" not in seen
    assert len(seen) == len(set(seen))


def test_limit_out_of_range_is_an_error(gql: Gql) -> None:
    payload = gql.post("{ shipments(limit: 500) { id } }").json()
    assert payload["data"] is None and "Limit" in payload["errors"][0]["message"]


# ----- updateShipment --------------------------------------------------------------------

def test_update_shipment_marks_good_to_go_for_both_apis(
        gql: Gql, order_api: httpx.Client) -> None:
    def ready() -> list[str]:
        return [s["shipmentId"] for s in
                order_api.get("/shipments", params={"status": "goodtogo"}).json()["shipments"]]

    assert "41006-1" not in ready()
    result = gql.mutate("updateShipment", "id: $id, input: $update",
                        {"id": 4100601, "update": {"isGoodToGo": True}})
    assert result["userErrors"] == [] and result["shipment"]["isGoodToGo"] is True
    assert "41006-1" in ready()


def test_update_shipment_refuses_a_shipped_one(gql: Gql) -> None:
    result = gql.mutate("updateShipment", "id: $id, input: $update",
                        {"id": 4100801, "update": {"isGoodToGo": False}})
    assert result["userErrors"][0]["message"].startswith("It isn't possible")
    assert result["userErrors"][0]["path"] == ["input", "isGoodToGo"]
    assert result["shipment"]["isShipped"] is True


def test_update_shipment_warns_when_a_held_shipment_is_marked_good_to_go(gql: Gql) -> None:
    result = gql.mutate("updateShipment", "id: $id, input: $update",
                        {"id": 4100701, "update": {"isGoodToGo": True}})
    assert result["userErrors"] == []
    assert result["userWarnings"] == [{"message": "Shipment is on hold.",
                                       "path": ["input", "isGoodToGo"]}]


def test_unknown_shipment_id_is_a_user_error(gql: Gql) -> None:
    result = gql.mutate("captureShipment", "id: $id", {"id": 1}, "shipment { id }")
    assert result == {"shipment": None, "userErrors": [{"message": "Shipment not found.",
                                                        "path": ["id"]}], "userWarnings": []}


# ----- captureShipment -------------------------------------------------------------------

def test_capture_then_complete_without_a_second_capture(
        simulator: CentraSimulator, gql: Gql) -> None:
    result = gql.mutate("captureShipment", "id: $id", {"id": 4100401}, CAPTURE_SELECTION)
    assert result["userErrors"] == []
    assert result["shipment"] == {"id": 4100401, "isPaid": True, "isCaptured": True}
    assert result["paymentHistoryEntry"]["entryType"] == "CAPTURE"
    assert result["paymentHistoryEntry"]["status"] == "SUCCESS"
    again = gql.mutate("captureShipment", "id: $id", {"id": 4100401}, CAPTURE_SELECTION)
    assert again["userErrors"][0]["message"] == "Shipment is already captured."
    assert again["paymentHistoryEntry"] is None
    assert complete(gql, "41004-1")["userErrors"] == []
    assert [p["status"] for p in simulator.shipment("41004-1")["payments"]] == ["SUCCESS"]
    history = gql.data("""query($id: String!) { order(id: $id) {
                          paymentHistory(where: {entryType: [CAPTURE]}) { status entryType } } }""",
                       {"id": simulator.shipment("41004-1")["selectionId"]})[
        "order"]["paymentHistory"]
    assert history == [{"status": "SUCCESS", "entryType": "CAPTURE"}]


def test_capture_failure_is_a_user_error_with_the_payment_entry(
        simulator: CentraSimulator, gql: Gql) -> None:
    simulator.set_capture_failure("41005-1", "Authorisation expired (code 812)")
    result = gql.mutate("captureShipment", "id: $id", {"id": 4100501}, CAPTURE_SELECTION)
    assert result["userErrors"] == [{"message": "Capture failed.", "path": ["id"]}]
    entry = result["paymentHistoryEntry"]
    assert (entry["entryType"], entry["status"]) == ("CAPTURE", "FAILED")
    assert json.loads(entry["paramsJSON"])["refusalReason"] == "Authorisation expired (code 812)"
    assert result["shipment"] == {"id": 4100501, "isPaid": False, "isCaptured": False}
    refused = complete(gql, "41005-1")
    assert refused["userErrors"][0]["message"] == "Shipment is not paid."
    assert simulator.completions("41005-1") == 0


def test_capture_of_a_paid_or_unauthorised_shipment_is_refused(gql: Gql) -> None:
    paid = gql.mutate("captureShipment", "id: $id", {"id": 4100101}, CAPTURE_SELECTION)
    assert paid["userErrors"][0]["message"] == "Shipment is already captured."
    nothing = gql.mutate("captureShipment", "id: $id", {"id": 4101101}, CAPTURE_SELECTION)
    assert nothing["userErrors"][0]["message"] == (
        "There is no authorized payment to capture for this shipment.")
    assert nothing["paymentHistoryEntry"] is None


@pytest.mark.parametrize("mode", ["flags-set", "flags-unset"])
def test_pending_capture_request_warns_and_is_never_repeated(
        simulator: CentraSimulator, gql: Gql, mode: str) -> None:
    simulator.integration.pending_capture = mode  # type: ignore[assignment]
    result = gql.mutate("captureShipment", "id: $id", {"id": 4100401}, CAPTURE_SELECTION)
    assert result["userErrors"] == []
    assert result["userWarnings"][0]["message"].startswith("Capture request accepted")
    entry = result["paymentHistoryEntry"]
    assert (entry["entryType"], entry["status"]) == ("CAPTURE_REQUEST", "PENDING")
    flag = mode == "flags-set"
    assert result["shipment"] == {"id": 4100401, "isPaid": flag, "isCaptured": flag}
    again = gql.mutate("captureShipment", "id: $id", {"id": 4100401}, CAPTURE_SELECTION)
    assert again["userErrors"][0]["message"] == (
        "A capture request for this shipment is already pending.")
    assert complete(gql, "41004-1")["userErrors"] == []
    simulator.settle_capture("41004-1", True)
    assert gql.shipment("41004-1", "isPaid isCaptured isShipped") == {
        "isPaid": True, "isCaptured": True, "isShipped": True}


# ----- completeShipment ------------------------------------------------------------------

def test_complete_with_shipment_info_is_seen_by_the_order_api(
        simulator: CentraSimulator, gql: Gql, order_api: httpx.Client) -> None:
    result = complete(gql, "41001-1", returnTrackingNumber="RET1")
    assert result["userErrors"] == [] and result["userWarnings"] == []
    s = gql.shipment("41001-1")
    assert s["isShipped"] and s["trackingNumber"] == "RR123456785SE"
    assert (s["numberOfPackages"], s["returnTrackingNumber"]) == (1, "RET1")
    assert s["shippedAt"]
    snap = simulator.shipment("41001-1")
    assert (snap["state"], snap["emails"], simulator.completions("41001-1")) == (
        "completed", 1, 1)
    answer = order_api.put("/shipment", json={"order": 41001, "shipment": "41001-1",
                                              "gtg": True, "shipped": True}).json()
    assert answer == {"status": "no", "order": 41001, "shipment": "41001-1",
                      "msg": "shipment is already completed"}


def test_order_api_completion_is_seen_by_graphql(gql: Gql, order_api: httpx.Client) -> None:
    answer = order_api.put("/shipment", json={"order": 41002, "shipment": "41002-1",
                                              "gtg": True, "shipped": True, "tracking": "T9"})
    assert answer.json()["status"] == "ok"
    s = gql.shipment("41002-1", "isShipped trackingNumber")
    assert s == {"isShipped": True, "trackingNumber": "T9"}


@pytest.mark.parametrize(("mode", "ok", "emails"), [
    ("refuse", False, 1), ("noop", True, 1), ("email", True, 2)])
def test_second_complete(simulator: CentraSimulator, gql: Gql, mode: str, ok: bool,
                         emails: int) -> None:
    simulator.integration.second_complete = mode  # type: ignore[assignment]
    assert complete(gql, "41001-1")["userErrors"] == []
    second = complete(gql, "41001-1", trackingNumber="OTHER")
    assert (second["userErrors"] == []) is ok
    if not ok:
        assert second["userErrors"][0]["message"] == "Shipment is already shipped."
    assert simulator.completions("41001-1") == 1
    assert simulator.emails("41001-1") == emails
    assert simulator.shipment("41001-1")["trackingNumber"] == "RR123456785SE"


def test_complete_refuses_not_good_to_go_unless_switched(
        simulator: CentraSimulator, gql: Gql) -> None:
    refused = complete(gql, "41006-1")
    assert refused["userErrors"] == [{"message": "Shipment is not good to go.", "path": ["id"]}]
    assert simulator.shipment("41006-1")["state"] == "inprogress"
    simulator.integration.complete_when_not_good_to_go = "set"
    done = complete(gql, "41006-1")
    assert done["userErrors"] == [] and done["shipment"]["isGoodToGo"] is True


def test_complete_refuses_held_and_unpaid(simulator: CentraSimulator, gql: Gql) -> None:
    held = complete(gql, "41007-1")
    assert held["userErrors"][0]["message"] == "Shipment is on hold."
    unpaid = complete(gql, "41004-1")
    assert unpaid["userErrors"][0]["message"] == "Shipment is not paid."
    assert simulator.completions("41004-1") == simulator.completions("41007-1") == 0


def test_complete_may_capture_itself_when_switched(simulator: CentraSimulator,
                                                    gql: Gql) -> None:
    simulator.integration.complete_when_unpaid = "capture"
    assert complete(gql, "41004-1")["userErrors"] == []
    assert simulator.shipment("41004-1")["captured"] is True
    failed = complete(gql, "41005-1")
    assert failed["userErrors"][0]["message"] == "Capture failed."
    assert simulator.completions("41005-1") == 0


def test_complete_warnings(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.add_shipment(build_shipment(50002, extra={"deliveryEmail": ""}))
    result = complete(gql, "50002-1", carrier="Carrier Pigeon")
    assert result["userErrors"] == []
    messages = [w["message"] for w in result["userWarnings"]]
    assert messages == [
        "No shipment method plugin matches carrier 'Carrier Pigeon': the carrier is saved "
        "as text only.",
        "The customer has no e-mail address: no shipping confirmation was sent."]
    assert simulator.emails("50002-1") == 0


# ----- internal comment ------------------------------------------------------------------

ORDER_UPDATE = ("updateDirectToConsumerOrder", "order: $order, input: $orderUpdate")


def test_internal_comment_replaces_and_reads_back(simulator: CentraSimulator,
                                                  gql: Gql) -> None:
    read = "{ orders(where: {number: 41015}) { internalComment } }"
    assert gql.data(read)["orders"][0]["internalComment"] == "VIP customer"
    result = gql.mutate(*ORDER_UPDATE, {"order": {"number": 41015},
                                        "orderUpdate": {"internalComment": "VIP customer\n"
                                                                           "Packed at bench 3"}},
                        "order { number internalComment }")
    assert result["userErrors"] == []
    assert result["order"]["internalComment"] == "VIP customer\nPacked at bench 3"
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer\nPacked at bench 3"
    simulator.integration.internal_comment = "append"
    gql.mutate(*ORDER_UPDATE, {"order": {"number": 41015},
                               "orderUpdate": {"internalComment": "x"}}, "order { id }")
    assert gql.data(read)["orders"][0]["internalComment"] == (
        "VIP customer\nPacked at bench 3\nx")


def test_order_update_refusals(simulator: CentraSimulator, gql: Gql) -> None:
    both = gql.mutate(*ORDER_UPDATE, {"order": {"number": 41015, "id": "x"},
                                      "orderUpdate": {"internalComment": "a"}}, "order { id }")
    assert both["userErrors"][0]["message"] == "Provide exactly one of order.id and order.number."
    missing = gql.mutate(*ORDER_UPDATE, {"order": {"number": 1},
                                         "orderUpdate": {"internalComment": "a"}}, "order { id }")
    assert missing["userErrors"][0]["message"] == "Order not found."
    simulator.set_order_locked(41015)
    simulator.add_token("bench", BENCH_PERMISSIONS)
    bench = Gql(simulator, "bench")
    locked = bench.mutate(*ORDER_UPDATE, {"order": {"number": 41015},
                                          "orderUpdate": {"internalComment": "a"}},
                          "order { internalComment }")
    assert locked["userErrors"][0]["message"] == "Order is locked."
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer"
    # A token with Order.isLocked:write (the demo token has every permission) may.
    unlocked = gql.mutate(*ORDER_UPDATE, {"order": {"number": 41015},
                                          "orderUpdate": {"internalComment": "a"}},
                          "order { internalComment }")
    assert unlocked["userErrors"] == [] and unlocked["order"]["internalComment"] == "a"


def test_paid_outside_centra_is_paid_not_captured_and_not_captured_again(
        simulator: CentraSimulator, gql: Gql) -> None:
    marked = gql.mutate("updateShipment", "id: $id, input: $update",
                        {"id": 4100401, "update": {"isPaid": True}})
    assert marked["userErrors"] == []
    assert (marked["shipment"]["isPaid"], marked["shipment"]["isCaptured"]) == (True, False)
    refused = gql.mutate("captureShipment", "id: $id", {"id": 4100401}, CAPTURE_SELECTION)
    assert refused["userErrors"][0]["message"] == "Shipment is already paid."
    assert simulator.shipment("41004-1")["payments"] == []
    assert complete(gql, "41004-1")["userErrors"] == []


def test_every_demo_slip_is_found_through_graphql(gql: Gql) -> None:
    from packstation.simulator import DEMO_BARCODES
    slips = [code for code, what in DEMO_BARCODES
             if re.fullmatch(r"\d+-\d+", code) and "not found" not in what]
    orders = [int(code) for code, _ in DEMO_BARCODES if re.fullmatch(r"\d{5}", code)]
    assert len(slips) > 10 and orders
    found = gql.data("query($n: [String!]) { shipments(where: {number: $n}, limit: 200) "
                     "{ number lines { quantity } } }", {"n": slips})["shipments"]
    assert sorted(s["number"] for s in found) == sorted(slips)
    assert all(s["lines"] for s in found)
    by_order = gql.data("query($n: [Int!]) { orders(where: {number: $n}) { number "
                        "shipments { number } } }", {"n": orders})["orders"]
    assert sorted(o["number"] for o in by_order) == sorted(orders)
    assert all(len(o["shipments"]) >= 1 for o in by_order)


def test_pending_graphql_capture_is_not_captured_again_by_the_order_api(
        simulator: CentraSimulator, gql: Gql, order_api: httpx.Client) -> None:
    simulator.integration.pending_capture = "flags-unset"
    gql.mutate("captureShipment", "id: $id", {"id": 4100401}, CAPTURE_SELECTION)
    assert order_api.put("/capture", json={"shipment": "41004-1"}).json()["status"] == "ok"
    answer = order_api.put("/shipment", json={"order": 41004, "shipment": "41004-1",
                                              "gtg": True, "shipped": True}).json()
    assert answer["status"] == "ok"
    assert len(simulator.shipment("41004-1")["payments"]) == 1


def test_concurrent_completions_complete_once(simulator: CentraSimulator) -> None:
    clients = [Gql(simulator) for _ in range(8)]
    with ThreadPoolExecutor(len(clients)) as pool:
        results = list(pool.map(lambda c: complete(c, "41001-1"), clients))
    assert sum(r["userErrors"] == [] for r in results) == 1
    assert simulator.completions("41001-1") == 1 and simulator.emails("41001-1") == 1
