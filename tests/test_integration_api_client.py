"""The Integration API client over real HTTP against the simulator's /graphql: lookups,
the ready list, changed-since, the mutations, and every error the transport maps."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from email.utils import formatdate

import pytest

from packstation.centra import errors
from packstation.centra.integration_api.client import IntegrationClient, ShipmentInfo
from packstation.centra.integration_api.transport import MAX_RETRY_JITTER, retry_after_seconds
from packstation.centra.order_api.client import Timeouts
from packstation.centra.outcomes import LookupOutcome
from packstation.simulator import (
    BENCH_PERMISSIONS,
    DEMO_LIMITED_TOKEN,
    CentraSimulator,
    Fault,
    RateLimitConfig,
)

# ----- lookups ----------------------------------------------------------------------------


def test_lookup_by_shipment_number_has_lines_codes_address_and_state(
        simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    expected = simulator.shipment("41001-1")
    result = gql_client.lookup(" 41001-1 ")
    assert result.outcome is LookupOutcome.READY
    s = result.shipment
    assert s is not None
    assert (s.number, s.id, s.order_number) == ("41001-1", simulator.gql_id("41001-1"), "41001")
    assert (s.is_good_to_go, s.is_shipped, s.is_paid, s.is_captured) == (True, False, True, True)
    assert [(line.sku, line.ean, line.upc, line.quantity) for line in s.lines] == [
        (p["sku"] + p["variantSku"] + p["sizeSku"], p["ean"], p["upc"], int(p["qty"]))
        for p in expected["products"]]
    assert s.shipping_address is not None
    assert s.shipping_address.name == expected["deliveryName"]
    assert s.shipping_address.zip_code == expected["deliveryZipcode"]
    assert s.carrier == expected["defaultCarrier"]
    assert s.shipping_method == expected["shippingList"]
    assert gql_client.gql.requests_sent == 1


def test_sku_is_joined_when_centra_gives_only_the_size_part(
        simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    simulator.integration.product_size_sku = "size"       # open question 7, other answer
    p = simulator.shipment("41001-1")["products"][0]
    line = gql_client.lookup("41001-1").shipment.lines[0]  # type: ignore[union-attr]
    assert line.sku == p["sku"] + p["variantSku"] + p["sizeSku"]


@pytest.mark.parametrize(("scan", "outcome"), [
    ("41004-1", LookupOutcome.NEEDS_CAPTURE),
    ("41006-1", LookupOutcome.NOT_GOOD_TO_GO),
    ("41007-1", LookupOutcome.ON_HOLD),
    ("41008-1", LookupOutcome.COMPLETED),
    ("41008", LookupOutcome.COMPLETED),
    ("41013", LookupOutcome.READY),          # shipment 1 shipped, shipment 2 open
    ("41009", LookupOutcome.SEVERAL_OPEN),
    ("41001-9", LookupOutcome.NOT_FOUND),
    ("99999", LookupOutcome.NOT_FOUND),
    ("not a number", LookupOutcome.NOT_FOUND),
])
def test_lookup_outcomes(gql_client: IntegrationClient, scan: str,
                         outcome: LookupOutcome) -> None:
    assert gql_client.lookup(scan).outcome is outcome


def test_lookup_by_order_number_lists_the_open_shipments(gql_client: IntegrationClient) -> None:
    several = gql_client.lookup("41009")
    assert [f.shipment.number for f in several.found] == ["41009-1", "41009-2"]
    one = gql_client.lookup("41013")
    assert one.shipment is not None and one.shipment.number == "41013-2"


def test_ready_list_is_good_to_go_not_shipped_with_or_without_a_shipments_root(
        simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    expected = {sid for sid in simulator.shipment_ids()
                if simulator.shipment(sid)["state"] == "goodtogo"}
    assert {s.number for s in gql_client.iter_ready(page_size=7)} == expected
    assert gql_client.shipments_root is True
    simulator.integration.shipments_root = False            # open question 1, other answer
    other = IntegrationClient(simulator.graphql_url, "demo-token")
    try:
        assert {s.number for s in other.iter_ready(page_size=5)} == expected
        assert other.shipments_root is False
    finally:
        other.close()


def test_changed_since_lists_only_what_changed(simulator: CentraSimulator,
                                               gql_client: IntegrationClient) -> None:
    time.sleep(1.1)    # DateTimeTz has whole seconds
    mark = datetime.now(UTC)
    gql_client.mark_good_to_go(simulator.gql_id("41006-1"))
    changed = gql_client.changed_since(mark)
    assert [s.number for s in changed] == ["41006-1"]
    assert changed[0].is_good_to_go
    assert gql_client.changed_since(mark + timedelta(hours=1)) == []


# ----- mutations --------------------------------------------------------------------------


def test_mark_good_to_go(simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    payload = gql_client.mark_good_to_go(simulator.gql_id("41006-1"))
    assert payload.shipment is not None and payload.shipment.is_good_to_go
    assert simulator.shipment("41006-1")["state"] == "goodtogo"


def test_good_to_go_on_a_held_shipment_returns_centras_warning(
        simulator: CentraSimulator, gql_client: IntegrationClient) -> None:
    payload = gql_client.mark_good_to_go(simulator.gql_id("41007-1"))
    assert [w.message for w in payload.user_warnings] == ["Shipment is on hold."]


def test_capture_and_complete_with_shipment_info(simulator: CentraSimulator,
                                                 gql_client: IntegrationClient) -> None:
    sid = simulator.gql_id("41004-1")
    captured = gql_client.capture(sid)
    assert captured.user_errors == [] and captured.shipment is not None
    assert captured.shipment.is_captured
    done = gql_client.complete(sid, ShipmentInfo("PostNord", "MyPack Home", 2, "RR123456785SE",
                                             "RR987654321SE"), send_email=True)
    assert done.user_errors == []
    s = simulator.shipment("41004-1")
    assert (s["state"], s["trackingNumber"], s["returnSlipTracking"], s["packages"]) == (
        "completed", "RR123456785SE", "RR987654321SE", 2)
    assert simulator.emails("41004-1") == 1


def test_complete_returns_user_errors_and_warnings(simulator: CentraSimulator,
                                                   gql_client: IntegrationClient) -> None:
    refused = gql_client.complete(simulator.gql_id("41006-1"), ShipmentInfo(tracking="X1"))
    assert [e.message for e in refused.user_errors] == ["Shipment is not good to go."]
    warned = gql_client.complete(simulator.gql_id("41001-1"), ShipmentInfo(carrier="Pigeon Post"))
    assert warned.user_errors == []
    assert "Pigeon Post" in warned.user_warnings[0].message


def test_internal_comment_is_read_then_written_whole(simulator: CentraSimulator,
                                                     gql_client: IntegrationClient) -> None:
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer"
    gql_client.add_internal_comment(41015, "Packed at bench 3")
    gql_client.add_internal_comment(41015, "Packed at bench 3")     # a retry adds nothing
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer\nPacked at bench 3"


def test_internal_comment_on_a_locked_order_is_refused(simulator: CentraSimulator) -> None:
    simulator.add_token("bench", BENCH_PERMISSIONS)     # without Order.isLocked:write
    simulator.set_order_locked(41015)
    with IntegrationClient(simulator.graphql_url, "bench") as c, \
            pytest.raises(errors.CentraRefused, match="locked"):
        c.add_internal_comment(41015, "Packed")
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer"


# ----- tokens and permissions -------------------------------------------------------------


def test_expired_token_is_token_rejected_without_the_token(simulator: CentraSimulator) -> None:
    simulator.add_token("secret-token-123", ttl=3600)
    c = IntegrationClient(simulator.graphql_url, "secret-token-123")
    try:
        assert c.lookup("41001-1").outcome is LookupOutcome.READY
        simulator.expire_token("secret-token-123")
        with pytest.raises(errors.TokenRejected) as info:
            c.lookup("41001-1")
    finally:
        c.close()
    exc = info.value
    assert isinstance(exc, errors.KeyRejected) and not exc.retryable
    assert "30 days" in exc.hint and "new token" in exc.hint
    text = f"{exc} {exc.hint} {exc!r} {c!r} {c.gql!r}"
    assert "secret-token-123" not in text


def test_a_token_that_cannot_be_a_header_is_never_sent(simulator: CentraSimulator) -> None:
    with IntegrationClient(simulator.graphql_url, "bad\ntoken") as c, pytest.raises(errors.TokenRejected):
        c.lookup("41001-1")
    assert simulator.graphql_stats().get("http_requests", 0) == 0


@pytest.mark.parametrize("status", [200, 403])
def test_missing_permission_names_what_the_token_lacks(simulator: CentraSimulator,
                                                       status: int) -> None:
    simulator.integration.missing_permission_status = status  # type: ignore[assignment]
    with IntegrationClient(simulator.graphql_url, DEMO_LIMITED_TOKEN) as c:
        assert c.lookup("41001-1").outcome is LookupOutcome.READY   # reading is allowed
        with pytest.raises(errors.PermissionMissing) as info:
            c.mark_good_to_go(simulator.gql_id("41006-1"))
    assert info.value.missing == ("Shipment:write",)
    assert "Shipment:write" in str(info.value)
    assert "Shipment:write" in info.value.permissions_used
    assert simulator.shipment("41006-1")["state"] == "inprogress"


def test_probe_lists_the_permissions_a_bench_uses(simulator: CentraSimulator) -> None:
    simulator.add_token("bench", BENCH_PERMISSIONS)
    with IntegrationClient(simulator.graphql_url, "bench") as c:
        used = c.probe()
    assert {"Order:read", "Shipment:read", "ProductSize:read"} <= set(used)
    with IntegrationClient(simulator.graphql_url, DEMO_LIMITED_TOKEN) as c, \
            pytest.raises(errors.PermissionMissing) as info:
        c.probe()
    assert "Order.internalComment:read" in info.value.missing


# ----- 400, 5xx, deadline -----------------------------------------------------------------


def test_400_is_a_bug_report_with_the_query_and_never_the_token(
        simulator: CentraSimulator, caplog: pytest.LogCaptureFixture) -> None:
    with IntegrationClient(simulator.graphql_url, "demo-token") as c, \
            caplog.at_level(logging.ERROR, logger="packstation.centra.integration_api"), \
            pytest.raises(errors.RequestRejected) as info:
        c.gql.execute("query Broken { shipments(where: {nope: 1}) { id } }",
                      {"internalComment": "customer text"})
    assert not info.value.retryable
    report = caplog.text
    assert "Bug report" in report and "query Broken" in report and "nope" in report
    assert "demo-token" not in report and "customer text" not in report


def test_a_lost_answer_to_a_mutation_is_an_unknown_outcome(simulator: CentraSimulator,
                                                           gql_client: IntegrationClient) -> None:
    simulator.add_fault(Fault("reset", path="/graphql", field="completeShipment",
                              apply="after"))
    with pytest.raises(errors.ConnectionReset) as info:
        gql_client.complete(simulator.gql_id("41001-1"), ShipmentInfo(tracking="RR123456785SE"))
    assert info.value.outcome_unknown
    assert simulator.shipment("41001-1")["state"] == "completed"


def test_5xx_on_a_read_is_unavailable(simulator: CentraSimulator,
                                      gql_client: IntegrationClient) -> None:
    simulator.add_fault(Fault("error500", path="/graphql"))
    with pytest.raises(errors.CentraUnavailable) as info:
        gql_client.lookup("41001-1")
    assert not info.value.outcome_unknown


def test_a_trickling_answer_ends_at_the_overall_deadline(simulator: CentraSimulator) -> None:
    simulator.add_fault(Fault("trickle", path="/graphql"))
    timeouts = Timeouts(connect=1.0, read=5.0, total=1.5)
    with IntegrationClient(simulator.graphql_url, "demo-token", timeouts=timeouts) as c:
        started = time.monotonic()
        with pytest.raises(errors.ResponseTimeout):
            c.lookup("41001-1")
    assert time.monotonic() - started < 10.0   # byte by byte, 3 s apart, it would take hours


# ----- 429 and Retry-After ----------------------------------------------------------------


def test_retry_after_forms() -> None:
    now = 1_800_000_000.0
    assert retry_after_seconds("7", now=now) == 7.0
    assert retry_after_seconds("1.5", now=now) == 1.5
    assert retry_after_seconds(formatdate(now + 12, usegmt=True), now=now) == 12.0
    assert retry_after_seconds(str(int(now + 9)), now=now) == 9.0          # Unix timestamp
    assert retry_after_seconds(
        datetime.fromtimestamp(now + 4, UTC).isoformat(), now=now) == 4.0   # ISO timestamp
    assert retry_after_seconds(formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert retry_after_seconds("99999", now=now) == 3600.0
    for unusable in (None, "", "soon", "nan", "inf"):
        assert retry_after_seconds(unusable, now=now) is None


@pytest.mark.parametrize("form", ["seconds", "http-date", "unix"])
def test_429_gives_the_wait_in_every_retry_after_form(simulator: CentraSimulator,
                                                      gql_client: IntegrationClient,
                                                      form: str) -> None:
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=1, retry_after=form))  # type: ignore[arg-type]
    gql_client.mark_good_to_go(simulator.gql_id("41006-1"))
    with pytest.raises(errors.RateLimited) as info:
        gql_client.mark_good_to_go(simulator.gql_id("41011-1"))
    assert 0.5 <= info.value.retry_after <= 11.0 + MAX_RETRY_JITTER
    assert info.value.retryable and not info.value.outcome_unknown
    assert simulator.shipment("41011-1")["state"] == "goodtogo"   # it already was; unchanged
    # The next mutation does not even ask Centra before the time it named...
    sent = simulator.graphql_stats()["http_requests"]
    with pytest.raises(errors.RateLimited):
        gql_client.mark_good_to_go(simulator.gql_id("41006-1"))
    assert simulator.graphql_stats()["http_requests"] == sent
    # ...while a lookup (the request quota, not the mutation quota) still goes: a packer
    # scans the next slip while a completion waits on the mutation limit.
    assert gql_client.lookup("41001-1").shipment is not None
    assert simulator.graphql_stats()["http_requests"] == sent + 1


def test_a_429_on_the_request_quota_holds_every_call(simulator: CentraSimulator,
                                                     gql_client: IntegrationClient) -> None:
    simulator.configure_rate_limits(RateLimitConfig(requests_10s=1))
    gql_client.lookup("41001-1")
    with pytest.raises(errors.RateLimited):
        gql_client.lookup("41002-1")
    sent = simulator.graphql_stats()["http_requests"]
    with pytest.raises(errors.RateLimited):
        gql_client.lookup("41001-1")
    with pytest.raises(errors.RateLimited):
        gql_client.mark_good_to_go(simulator.gql_id("41006-1"))
    assert simulator.graphql_stats()["http_requests"] == sent


@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_429_is_waited_out_when_the_wait_is_short(simulator: CentraSimulator, form: str) -> None:
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=1, window_scale=0.2,
                                                    retry_after=form))  # type: ignore[arg-type]
    with IntegrationClient(simulator.graphql_url, "demo-token", max_rate_wait=4.0) as c:
        c.mark_good_to_go(simulator.gql_id("41006-1"))
        payload = c.mark_good_to_go(simulator.gql_id("41010-2"))
        assert payload.shipment is not None and payload.shipment.is_good_to_go
        assert c.gql.rate_limited >= 1
    assert simulator.graphql_stats()["429"] >= 1


def test_a_lookup_does_without_the_internal_comment_but_the_comment_step_does_not(
        simulator: CentraSimulator) -> None:
    """A token without Order.internalComment:read still looks up (the comment is left
    empty); adding a comment refuses rather than overwrite a comment it cannot read."""
    with IntegrationClient(simulator.graphql_url, DEMO_LIMITED_TOKEN) as c:
        found = c.lookup("41015-1").shipment
        assert found is not None and found.order is not None
        assert found.order.internal_comment is None
        with pytest.raises(errors.PermissionMissing) as info:
            c.add_internal_comment(41015, "Packed")
    assert info.value.missing == ("Order.internalComment:read",)
    assert simulator.shipment("41015-1")["internalComment"] == "VIP customer"
