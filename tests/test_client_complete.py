"""CentraClient.complete / mark_good_to_go over real HTTP to the simulator: every
completion outcome, and the exact request body Centra receives."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from packstation.centra import (
    CaptureFailed,
    CentraClient,
    CentraRefused,
    Completion,
    LookupOutcome,
)
from packstation.centra.order_api.adapter import to_request
from packstation.simulator import CentraSimulator, build_shipment
from tests.client_support import KEY, body_of, make_client, only_request


@pytest.fixture
def client(simulator: CentraSimulator) -> Iterator[CentraClient]:
    with make_client(simulator) as c:
        yield c


def request_for(shipment: str, **kwargs: Any) -> Completion:
    order = shipment.split("-")[0]
    defaults: dict[str, Any] = dict(
        carrier="PostNord", service="MyPack Home", tracking="00370712345678900001")
    defaults.update(kwargs)
    return Completion(order=order, shipment=shipment, **defaults)


# ------------------------------------------------------------------ success

def test_complete_success(client: CentraClient, simulator: CentraSimulator) -> None:
    response = client.complete(request_for("41001-1", packages=2))

    assert response.order == "41001"          # an int in Centra's JSON
    assert response.shipment == "41001-1"
    assert response.message == "" and response.warnings == ()

    req = only_request(simulator)
    assert (req.method, req.path, req.query) == ("PUT", "/shipment", {})
    assert req.headers["api-authorization"] == KEY
    assert req.headers["content-type"].startswith("application/json")
    body = body_of(req)
    assert body == {
        "order": 41001, "shipment": "41001-1", "capture": True, "gtg": True, "shipped": True,
        "packages": 2, "carrier": "PostNord", "service": "MyPack Home",
        "tracking": "00370712345678900001",
    }
    assert type(body["order"]) is int
    assert type(body["shipment"]) is str
    for flag in ("capture", "gtg", "shipped"):
        assert type(body[flag]) is bool
    assert type(body["packages"]) is int
    assert "sendEmail" not in body
    assert "xml" not in body

    stored = simulator.shipment("41001-1")
    assert stored["state"] == "completed"
    assert stored["completions"] == 1
    assert stored["trackingNumber"] == "00370712345678900001"
    assert stored["packages"] == 2
    assert stored["emailSent"] is True   # store default decides when sendEmail is absent


def test_response_order_is_int_on_the_wire(simulator: CentraSimulator) -> None:
    """The simulator answers with Centra's types: order int, shipment string."""
    import httpx

    with httpx.Client(headers={"API-Authorization": KEY}, timeout=2) as raw:
        r = raw.put(f"{simulator.base_url}/shipment", json=to_request(request_for("41002-1")).to_json())
    assert type(r.json()["order"]) is int
    assert type(r.json()["shipment"]) is str


def test_completed_shipment_then_looks_up_as_completed(client: CentraClient) -> None:
    client.complete(request_for("41003-1"))
    assert client.lookup("41003-1").outcome is LookupOutcome.COMPLETED


@pytest.mark.parametrize("send_email", [True, False])
def test_send_email_is_sent_when_set(
    client: CentraClient, simulator: CentraSimulator, send_email: bool
) -> None:
    simulator.send_email_default = not send_email
    client.complete(request_for("41001-1", send_email=send_email))
    body = body_of(only_request(simulator))
    assert body["sendEmail"] is send_email
    assert "xml" not in body
    assert simulator.shipment("41001-1")["emailSent"] is send_email


def test_minimal_request_omits_empty_optionals(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    client.complete(Completion(order="41001", shipment="41001-1"))
    assert body_of(only_request(simulator)) == {
        "order": 41001, "shipment": "41001-1", "capture": True, "gtg": True,
        "shipped": True, "packages": 1,
    }


def test_internal_comment_is_appended(client: CentraClient, simulator: CentraSimulator) -> None:
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer"
    client.complete(request_for("41015-1", internal_comment="Packed by station 3",
                                return_slip_tracking="RS123"))
    body = body_of(only_request(simulator))
    assert body["internalComment"] == "Packed by station 3"
    assert body["returnSlipTracking"] == "RS123"
    stored = simulator.shipment("41015-1")
    assert stored["internalComment"] == "VIP customer\nPacked by station 3"
    assert stored["returnSlipTracking"] == "RS123"


def test_capture_succeeds_on_completion(client: CentraClient, simulator: CentraSimulator) -> None:
    assert client.lookup("41004-1").outcome is LookupOutcome.NEEDS_CAPTURE
    simulator.clear_requests()

    response = client.complete(request_for("41004-1"))

    assert response.shipment == "41004-1"
    assert body_of(only_request(simulator))["capture"] is True
    stored = simulator.shipment("41004-1")
    assert stored["state"] == "completed"
    assert stored["paid"] == 1


# ------------------------------------------------------------------ refusals

def test_capture_failed_is_its_own_type_and_nothing_changes(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    with pytest.raises(CaptureFailed) as info:
        client.complete(request_for("41005-1"))
    err = info.value
    assert isinstance(err, CentraRefused)
    assert err.centra_msg == "capture failed"
    assert err.status_code == 200
    assert err.outcome_unknown is False
    assert err.retryable is False
    assert "Do not ship" in err.title
    stored = simulator.shipment("41005-1")
    assert stored["state"] == "goodtogo"
    assert stored["completions"] == 0
    assert stored["paid"] == 0
    assert client.lookup("41005-1").outcome is LookupOutcome.NEEDS_CAPTURE


REFUSALS = [
    # id, request, Centra's msg
    ("on hold", request_for("41007-1"), "shipment is on hold"),
    ("already completed", request_for("41008-1"), "shipment is already completed"),
    ("not good to go", request_for("41006-1", gtg=False), "shipment is not good to go"),
    ("not shipped", request_for("41001-1", shipped=False), "shipment must be shipped to complete"),
    ("not paid", request_for("41011-1"), "shipment is not paid"),
    ("capture off", request_for("41004-1", capture=False), "shipment is not paid"),
    ("unknown shipment", request_for("99999-1"), "shipment not found"),
    ("order mismatch", Completion(order="41002", shipment="41001-1"),
     "shipment does not belong to order"),
    # msg as an object: {"order": "required"}
    ("missing order", Completion(order="", shipment="41001-1"), "order: required"),
    ("missing both", Completion(order="", shipment=""),
     "order: required; shipment: required"),
]


@pytest.mark.parametrize(("request_", "msg"), [r[1:] for r in REFUSALS],
                         ids=[r[0] for r in REFUSALS])
def test_refusals_raise_centra_refused_with_centras_msg(
    client: CentraClient, simulator: CentraSimulator, request_: Completion, msg: str
) -> None:
    before = {sid: simulator.shipment(sid) for sid in simulator.shipment_ids()}

    with pytest.raises(CentraRefused) as info:
        client.complete(request_)

    err = info.value
    assert type(err) is CentraRefused   # not CaptureFailed
    assert err.centra_msg == msg
    assert msg in str(err)
    assert err.outcome_unknown is False
    assert err.retryable is False
    req = only_request(simulator)
    assert (req.method, req.path) == ("PUT", "/shipment")
    assert "xml" not in body_of(req)
    after = {sid: simulator.shipment(sid) for sid in simulator.shipment_ids()}
    assert after == before   # a refusal changes nothing


def test_second_completion_is_refused_and_sends_no_second_email(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    client.complete(request_for("41001-1"))
    with pytest.raises(CentraRefused, match="already completed"):
        client.complete(request_for("41001-1"))
    assert simulator.completions("41001-1") == 1


def test_in_progress_shipment_completes_when_gtg_is_sent(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    client.complete(request_for("41006-1"))   # gtg=True by default
    assert simulator.shipment("41006-1")["state"] == "completed"


def test_non_numeric_order_is_sent_as_given(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    with pytest.raises(CentraRefused, match="order: invalid value"):
        client.complete(Completion(order="A1", shipment="41001-1"))
    assert body_of(only_request(simulator))["order"] == "A1"


# ------------------------------------------------------------------ mark good to go

def test_mark_good_to_go(client: CentraClient, simulator: CentraSimulator) -> None:
    shipment = client.mark_good_to_go("41006-1")

    assert shipment.shipment_id == "41006-1"
    assert shipment.order_id == "41006"
    req = only_request(simulator)
    assert (req.method, req.path) == ("PUT", "/shipments/41006-1")
    assert req.headers["api-authorization"] == KEY
    assert body_of(req) == {"gtg": True}
    assert simulator.shipment("41006-1")["state"] == "goodtogo"
    assert client.lookup("41006-1").outcome is LookupOutcome.READY


def test_mark_good_to_go_on_completed_or_unknown_is_refused(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    with pytest.raises(CentraRefused, match="sent and can not be updated"):
        client.mark_good_to_go("41008-1")
    with pytest.raises(CentraRefused, match="shipment not found"):
        client.mark_good_to_go("99999-1")
    assert simulator.shipment("41008-1")["state"] == "completed"


def test_capture_failure_on_custom_shipment(
    client: CentraClient, simulator: CentraSimulator
) -> None:
    simulator.add_shipment(build_shipment(50010, paid=False, should_capture=True))
    simulator.set_capture_outcome("50010-1", False)
    with pytest.raises(CaptureFailed):
        client.complete(request_for("50010-1"))
    simulator.set_capture_outcome("50010-1", True)
    assert client.complete(request_for("50010-1")).shipment == "50010-1"
    assert simulator.shipment("50010-1")["state"] == "completed"
