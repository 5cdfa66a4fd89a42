"""The Centra Order API simulator over real loopback HTTP (httpx, no mocks): auth, reads,
the complete-shipment rules, the request log and 403 endpoints."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from packstation.simulator import (
    DEMO_BARCODES,
    CentraSimulator,
    build_shipment,
    demo_shipments,
    product_line,
)
from packstation.simulator.builders import ean13_check_digit


@pytest.fixture
def client(simulator: CentraSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=simulator.base_url, timeout=2.0,
                      headers={"API-Authorization": "demo-key"}) as c:
        yield c


def complete_body(shipment: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "order": int(shipment.split("-")[0]), "shipment": shipment, "gtg": True,
        "shipped": True, "carrier": "PostNord", "service": "MyPack Home", "packages": 1,
        "tracking": "00370712345678900001",
    }
    body.update(extra)
    return body


def test_base_url_has_prefix_and_no_trailing_slash(simulator: CentraSimulator) -> None:
    assert simulator.base_url == f"http://127.0.0.1:{simulator.port}/api/order-api"


def test_right_key_gives_goodtogo_shipments_oldest_first(client: httpx.Client) -> None:
    r = client.get("/shipments")
    assert r.status_code == 200
    data = r.json()
    assert data["status"] == "ok"
    ids = [s["shipmentId"] for s in data["shipments"]]
    assert ids[0] == "41001-1"
    assert "41006-1" not in ids and "41008-1" not in ids   # in progress / completed
    dates = [s["orderDate"] for s in data["shipments"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("headers", [{}, {"API-Authorization": "wrong"}])
def test_wrong_or_missing_key_is_401_html(simulator: CentraSimulator,
                                         headers: dict[str, str]) -> None:
    r = httpx.get(simulator.base_url + "/shipments", headers=headers)
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("text/html")


def test_header_name_is_case_insensitive(simulator: CentraSimulator) -> None:
    r = httpx.get(simulator.base_url + "/shipments", headers={"api-authorization": "demo-key"})
    assert r.status_code == 200


def test_unknown_path_is_404(client: httpx.Client) -> None:
    assert client.get("/nope").status_code == 404


def test_shipment_object_types(client: httpx.Client) -> None:
    s = client.get("/shipments/41001-1").json()["shipment"]
    assert s["orderId"] == "41001" and s["shipmentId"] == "41001-1"
    assert s["paid"] == 1 and s["hold"] == 0 and s["shouldCapture"] == 0
    assert s["shipmentDate"] == "0000-00-00 00:00:00"
    assert s["deliveryName"] == "Åsa Öberg-Lindqvist"
    assert isinstance(s["grandTotalValue"], float)
    line = s["products"][0]
    assert isinstance(line["lineId"], str) and isinstance(line["qty"], int)
    assert isinstance(line["warehouses"][0]["itemQty"], str)
    assert "state" not in s and "gtg" not in s


def test_every_demo_ean_has_a_valid_check_digit() -> None:
    eans = [p["ean"] for s in demo_shipments() for p in s.data["products"]]
    assert len(eans) > 30
    assert all(len(e) == 13 and ean13_check_digit(e[:12]) == e[12] for e in eans)


def test_demo_data_is_deterministic_and_covers_scenarios() -> None:
    a, b = demo_shipments(), demo_shipments()
    assert [s.data for s in a] == [s.data for s in b]
    assert len(a) >= 28
    assert max(len(s.data["products"]) for s in a) >= 12
    assert {s.data["defaultCarrier"] for s in a} >= {"PostNord", "DHL", "UPS", "Bring", "Budbee"}
    ids = {s.shipment_id for s in a}
    for code, _ in DEMO_BARCODES:
        assert code == "99999-1" or code in ids or any(i.startswith(code + "-") for i in ids)


def test_unknown_shipment(client: httpx.Client) -> None:
    assert client.get("/shipments/99999-1").json() == {"status": "no",
                                                       "msg": "shipment not found"}


def test_status_filter_and_limit_rules(client: httpx.Client) -> None:
    done = client.get("/shipments", params={"status": "completed"}).json()["shipments"]
    assert {s["shipmentId"] for s in done} == {"41008-1", "41013-1"}
    assert client.get("/shipments", params={"status": "bogus"}).json()["status"] == "no"
    r = client.get("/shipments", params={"status": "inprogress", "limit": 0}).json()
    assert r["status"] == "no"
    one = client.get("/shipments", params={"limit": 1, "offset": 1}).json()["shipments"]
    assert [s["shipmentId"] for s in one] == ["41002-1"]
    by_order = client.get("/shipments", params={"order": 41010}).json()["shipments"]
    assert [s["shipmentId"] for s in by_order] == ["41010-1"]


def test_orders_endpoint(client: httpx.Client) -> None:
    orders = client.get("/orders", params={"order": 41013}).json()["orders"]
    assert len(orders) == 1
    o = orders[0]
    assert o["orderId"] == "41013" and o["orderStatus"] == "Processing"
    assert [s["shipmentId"] for s in o["shipments"]] == ["41013-1", "41013-2"]
    assert o["shipments"][1]["shippedDate"] == "0000-00-00 00:00:00"
    assert o["shipments"][0]["trackingId"]
    assert isinstance(o["products"][0]["warehouses"][0]["itemQty"], int)
    assert client.get("/orders", params={"order": 1}).json() == {"status": "ok", "orders": []}
    assert len(client.get("/orders").json()["orders"]) == 20


def test_complete_success_returns_int_order_and_updates_state(
    simulator: CentraSimulator, client: httpx.Client
) -> None:
    body = complete_body("41001-1", internalComment="Packed at station 2", sendEmail=False)
    r = client.put("/shipment", json=body).json()
    assert r == {"status": "ok", "order": 41001, "shipment": "41001-1"}
    s = simulator.shipment("41001-1")
    assert s["state"] == "completed" and s["trackingNumber"] == "00370712345678900001"
    assert s["shipmentDate"] != "0000-00-00 00:00:00"
    assert s["emailSent"] is False and s["packages"] == 1
    assert simulator.completions("41001-1") == 1
    again = client.put("/shipment", json=body).json()
    assert again["status"] == "no" and again["msg"] == "shipment is already completed"
    assert simulator.completions("41001-1") == 1
    assert client.get("/shipments/41001-1").json()["shipment"]["trackingUrl"]


def test_internal_comment_is_appended_and_email_defaults_to_sent(
    simulator: CentraSimulator, client: httpx.Client
) -> None:
    client.put("/shipment", json=complete_body("41015-1", internalComment="Gift wrapped"))
    s = simulator.shipment("41015-1")
    assert s["internalComment"] == "VIP customer\nGift wrapped"
    assert s["emailSent"] is True


@pytest.mark.parametrize(("shipment", "body_changes", "msg"), [
    ("99999-1", {}, "shipment not found"),
    ("41001-1", {"order": 41002}, "shipment does not belong to order"),
    ("41008-1", {}, "shipment is already completed"),
    ("41007-1", {}, "shipment is on hold"),
    ("41006-1", {"gtg": False}, "shipment is not good to go"),
    ("41001-1", {"shipped": False}, "shipment must be shipped to complete"),
    ("41005-1", {}, "capture failed"),
    ("41004-1", {"capture": False}, "shipment is not paid"),
    ("41011-1", {}, "shipment is not paid"),
])
def test_complete_refusals(simulator: CentraSimulator, client: httpx.Client, shipment: str,
                           body_changes: dict[str, Any], msg: str) -> None:
    body = complete_body(shipment, **body_changes)
    r = client.put("/shipment", json=body)
    assert r.status_code == 200
    data = r.json()
    assert data == {"status": "no", "order": body["order"], "shipment": shipment, "msg": msg}
    if shipment != "99999-1":
        assert simulator.shipment(shipment)["state"] != "completed" or shipment == "41008-1"


def test_complete_missing_fields_gives_msg_object(client: httpx.Client) -> None:
    data = client.put("/shipment", json={"shipped": True}).json()
    assert data["status"] == "no"
    assert data["msg"] == {"order": "required", "shipment": "required"}


def test_complete_bad_json(client: httpx.Client) -> None:
    r = client.put("/shipment", content=b"{not json",
                   headers={"Content-Type": "application/json"})
    assert r.json() == {"status": "no", "msg": "invalid json"}


def test_complete_with_gtg_moves_inprogress_and_capture_succeeds(
    simulator: CentraSimulator, client: httpx.Client
) -> None:
    assert client.put("/shipment", json=complete_body("41006-1")).json()["status"] == "ok"
    assert client.put("/shipment", json=complete_body("41004-1")).json()["status"] == "ok"
    assert simulator.shipment("41004-1")["paid"] == 1


def test_failed_capture_can_succeed_later(simulator: CentraSimulator,
                                          client: httpx.Client) -> None:
    assert client.put("/capture", json={"shipment": "41005-1"}).json()["msg"] == "capture failed"
    simulator.set_capture_outcome("41005-1", True)
    r = client.put("/capture", json={"shipment": "41005-1"}).json()
    assert r == {"status": "ok", "order": 41005, "shipment": "41005-1"}
    assert client.put("/shipment", json=complete_body("41005-1")).json()["status"] == "ok"


def test_update_shipment_gtg(simulator: CentraSimulator, client: httpx.Client) -> None:
    r = client.put("/shipments/41006-1", json={"gtg": True}).json()
    assert r["status"] == "ok" and r["shipment"]["shipmentId"] == "41006-1"
    assert simulator.shipment("41006-1")["state"] == "goodtogo"
    r = client.put("/shipments/41008-1", json={"gtg": True}).json()
    # With the shipment ID, as Centra's own error examples for Update shipment show.
    assert r == {"status": "no", "msg": "shipment is sent and can not be updated",
                 "shipment": "41008-1"}


def test_set_state_helper(simulator: CentraSimulator, client: httpx.Client) -> None:
    simulator.set_state("41001-1", "inprogress")
    ids = [s["shipmentId"] for s in client.get("/shipments").json()["shipments"]]
    assert "41001-1" not in ids


def test_custom_shipments() -> None:
    s = build_shipment(50001, lines=[product_line("Test Tee", "Black", "M", qty=2)],
                       paid=False, should_capture=True, capture_ok=False)
    with CentraSimulator(shipments=[s]) as sim, httpx.Client(
        base_url=sim.base_url, headers={"API-Authorization": "demo-key"}
    ) as c:
        assert [x["shipmentId"] for x in c.get("/shipments").json()["shipments"]] == ["50001-1"]
        assert c.put("/shipment", json=complete_body("50001-1")).json()["msg"] == "capture failed"
        sim.add_shipment(build_shipment(50002))
        assert c.get("/shipments/50002-1").json()["status"] == "ok"


def test_request_log_records_everything(simulator: CentraSimulator,
                                        client: httpx.Client) -> None:
    client.get("/shipments", params={"status": "completed", "limit": "5"})
    client.put("/shipment", json=complete_body("41001-1"))
    httpx.get(simulator.base_url + "/orders")        # no key: rejected, still logged
    log = simulator.requests
    assert [(r.method, r.path) for r in log] == [
        ("GET", "/shipments"), ("PUT", "/shipment"), ("GET", "/orders")]
    assert log[0].query == {"status": "completed", "limit": "5"}
    assert log[1].headers["api-authorization"] == "demo-key"
    assert log[1].json()["shipment"] == "41001-1"
    assert log[1].json_body == log[1].json()
    assert "api-authorization" not in log[2].headers
    simulator.clear_requests()
    assert simulator.requests == []


def test_disabled_endpoint_is_403_not_allowed(simulator: CentraSimulator,
                                              client: httpx.Client) -> None:
    simulator.disabled_endpoints.add(("PUT", "/shipment"))
    r = client.put("/shipment", json=complete_body("41001-1"))
    assert r.status_code == 403 and r.json() == {"status": "Not Allowed"}
    assert simulator.completions("41001-1") == 0
    assert client.get("/shipments").status_code == 200


def test_global_latency(simulator: CentraSimulator, client: httpx.Client) -> None:
    simulator.latency = 0.2
    with pytest.raises(httpx.ReadTimeout):
        client.get("/shipments", timeout=0.05)
    simulator.latency = 0.0
