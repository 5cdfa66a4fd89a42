"""The simulator's /graphql at the HTTP level: tokens (403), malformed requests (400),
permissions (errors naming the missing one, extensions.permissionsUsed), the environment's
shared rate limit (429 with Retry-After in its three forms) and the fault injection."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest

from packstation.simulator import (
    DEMO_LIMITED_TOKEN,
    FAULT_KINDS,
    CentraSimulator,
    Fault,
    RateLimitConfig,
)
from tests.gql_support import Gql

ROOT = Path(__file__).resolve().parent.parent
LOOKUP = '{ shipments(where: {number: ["41001-1"]}) { id number } }'
GTG = "mutation($id: Int!) { updateShipment(id: $id, input: {isGoodToGo: true}) " \
      "{ userErrors { message } } }"



# ----- tokens ----------------------------------------------------------------------------

@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": "demo-token"},
                                     {"API-Authorization": "demo-key"}])
def test_without_a_valid_token_is_403(simulator: CentraSimulator,
                                      headers: dict[str, str]) -> None:
    r = httpx.post(simulator.graphql_url, json={"query": LOOKUP}, headers=headers)
    assert r.status_code == 403
    assert r.json()["errors"][0]["extensions"]["category"] == "authentication"


def test_scheme_is_case_insensitive_and_the_cookie_works(simulator: CentraSimulator) -> None:
    lower = httpx.post(simulator.graphql_url, json={"query": LOOKUP},
                       headers={"Authorization": "bearer demo-token"})
    cookie = httpx.post(simulator.graphql_url, json={"query": LOOKUP},
                        headers={"Cookie": "graphql-access=demo-token"})
    assert lower.status_code == cookie.status_code == 200


def test_expired_token_is_403_and_nothing_happens(simulator: CentraSimulator) -> None:
    simulator.add_token("short", ttl=3600)
    client = Gql(simulator, "short")
    assert client.post(LOOKUP).status_code == 200
    simulator.expire_token("short")
    r = client.post(GTG, {"id": 4100601})
    assert r.status_code == 403
    assert simulator.shipment("41006-1")["state"] == "inprogress"


# ----- malformed requests ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "fragment"), [
    (b"{not json", "not valid JSON"),
    (b'{"variables": {}}', "'query'"),
    (b'{"query": "{ shipments { id "}', "Syntax Error"),
    (b'{"query": "{ shipments { nope } }"}', "Cannot query field 'nope'"),
    (b'{"query": "mutation { captureShipment { userErrors { message } } }"}', "argument 'id'"),
    (b'{"query": "query($n: Int!) { orders(where: {number: [$n]}) { id } }", '
     b'"variables": {"n": "abc"}}', "$n"),
    (b'{"query": "{ shipments(where: {updatedAt: {from: \\"yesterday\\"}}) { id } }"}',
     "DateTimeTz"),
])
def test_malformed_request_is_400_with_graphql_errors(gql: Gql, body: bytes,
                                                      fragment: str) -> None:
    r = gql.http.post(gql.sim.graphql_url, content=body,
                      headers={"Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    assert "data" not in r.json()
    assert fragment in r.json()["errors"][0]["message"]


def test_get_is_405(simulator: CentraSimulator) -> None:
    r = httpx.get(simulator.graphql_url, headers={"Authorization": "Bearer demo-token"})
    assert r.status_code == 405


def test_without_the_shipments_root_field_it_is_a_validation_error(
        simulator: CentraSimulator, gql: Gql) -> None:
    simulator.integration.shipments_root = False
    r = gql.post(LOOKUP)
    assert r.status_code == 400
    assert "Cannot query field 'shipments' on type 'Query'" in r.json()["errors"][0]["message"]
    assert gql.post("{ orders(where: {number: 41001}) { number } }").status_code == 200


# ----- permissions -----------------------------------------------------------------------

def test_every_answer_lists_the_permissions_used(gql: Gql) -> None:
    r = gql.post("""{ shipments(where: {number: ["41001-1"]}) { id shippingAddress { city }
                   lines { orderLine { productSize { EAN } } } } }""")
    assert r.json()["extensions"]["permissionsUsed"] == [
        "Order:read", "ProductSize:read", "Shipment.shippingAddress:read", "Shipment:read"]
    assert r.json()["extensions"]["complexity"] > 5


def test_read_only_token_is_refused_writes_naming_the_permission(
        simulator: CentraSimulator) -> None:
    client = Gql(simulator, DEMO_LIMITED_TOKEN)
    assert client.post(LOOKUP).status_code == 200
    r = client.post(GTG, {"id": 4100601})
    assert r.status_code == 200
    payload = r.json()
    assert payload["data"] is None
    (error,) = payload["errors"]
    assert error["message"] == "You need Shipment:write permission to access updateShipment."
    assert error["extensions"] == {"category": "authorization", "permission": "Shipment:write"}
    assert payload["extensions"]["permissionsUsed"] == ["Shipment:write"]
    assert simulator.shipment("41006-1")["state"] == "inprogress"


def test_missing_field_permission_nulls_that_field_only(simulator: CentraSimulator) -> None:
    simulator.add_token("no-comment", ["Shipment:read", "Order:read"])
    client = Gql(simulator, "no-comment")
    r = client.post('{ orders(where: {number: 41015}) { number internalComment } }')
    simulator.integration.missing_permission_status = 403
    r403 = client.post('{ orders(where: {number: 41015}) { number internalComment } }')
    assert r.status_code == 200
    assert r.json()["data"] == {"orders": [{"number": 41015, "internalComment": None}]}
    assert r.json()["errors"][0]["path"] == ["orders", 0, "internalComment"]
    assert "Order.internalComment:read" in r.json()["extensions"]["permissionsUsed"]
    assert r403.status_code == 403
    assert r403.json()["errors"][0]["extensions"]["permission"] == "Order.internalComment:read"


def test_capture_permissions_are_switchable(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.integration.capture_permissions = ("Shipment:write", "Payment:write")
    simulator.add_token("bench", ["Shipment:write", "Shipment:read"])
    client = Gql(simulator, "bench")
    r = client.post("mutation { captureShipment(id: 4100401) { userErrors { message } } }")
    assert r.json()["errors"][0]["extensions"]["permission"] == "Payment:write"
    assert simulator.shipment("41004-1")["paid"] == 0


# ----- rate limits -----------------------------------------------------------------------

def test_mutation_limit_is_shared_by_every_client() -> None:
    limits = RateLimitConfig(mutations_10s=3, retry_after="seconds")
    with CentraSimulator(rate_limits=limits, rate_limit_clock=lambda: 100.0) as simulator:
        _shared_limit(simulator)


def _shared_limit(simulator: CentraSimulator) -> None:
    simulator.add_token("other", integration_name="other")
    a, b = Gql(simulator), Gql(simulator, "other")
    statuses = [c.post(GTG, {"id": 4100601}).status_code for c in (a, b, a)]
    refused = b.post(GTG, {"id": 4101002})
    lookup = a.post(LOOKUP)
    limits = a.data("{ rateLimits { type intervalSeconds quota usedQuota remainingQuota } }")
    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "4"        # 3 per 10 s: one every 3.33 s
    assert refused.json()["errors"][0]["extensions"]["limitType"] == "MUTATION_COUNT"
    assert simulator.shipment("41010-2")["state"] == "inprogress"   # refused: not done
    assert lookup.status_code == 200                                # queries still pass
    buckets = {(x["type"], x["intervalSeconds"]): x for x in limits["rateLimits"]}
    assert buckets[("MUTATION_COUNT", "TEN_SECONDS")]["remainingQuota"] == 0
    assert buckets[("MUTATION_COUNT", "ONE_HOUR")]["usedQuota"] == 3
    assert buckets[("REQUEST_COUNT", "TEN_SECONDS")]["quota"] == 60
    assert simulator.graphql_stats()["429"] == 1


def test_request_limit_refills_as_a_token_bucket() -> None:
    # 4 requests per 10 s scaled to 0.2 s: one new request every 50 ms of the (fake) clock.
    now = [100.0]
    limits = RateLimitConfig(requests_10s=4, window_scale=0.02, retry_after="decimal")
    with CentraSimulator(rate_limits=limits, rate_limit_clock=lambda: now[0]) as sim:
        client = Gql(sim)
        assert [client.post(LOOKUP).status_code for _ in range(4)] == [200] * 4
        refused = client.post(LOOKUP)
        assert refused.status_code == 429
        wait = float(refused.headers["Retry-After"])
        assert wait == pytest.approx(0.05, abs=0.001)
        now[0] += wait / 2
        assert client.post(LOOKUP).status_code == 429
        now[0] += wait / 2
        assert client.post(LOOKUP).status_code == 200


def test_retry_after_rotates_between_seconds_http_date_and_timestamp(
        simulator: CentraSimulator, gql: Gql) -> None:
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=1, mutations_1h=1))
    assert gql.post(GTG, {"id": 4100601}).status_code == 200
    values = [gql.post(GTG, {"id": 4100601}).headers["Retry-After"] for _ in range(3)]
    now = time.time()
    seconds, date, stamp = values
    assert seconds.isdigit() and 1 <= int(seconds) <= 3600
    assert 0 <= parsedate_to_datetime(date).timestamp() - now <= 3601
    assert stamp.isdigit() and 0 <= int(stamp) - now <= 3601


def test_hourly_mutation_quota(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.configure_rate_limits(RateLimitConfig(mutations_1h=2, retry_after="seconds"))
    codes = [gql.post(GTG, {"id": 4100601}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    refused = gql.post(GTG, {"id": 4100601})
    assert refused.json()["errors"][0]["extensions"]["interval"] == "ONE_HOUR"
    assert int(refused.headers["Retry-After"]) > 10


def test_a_document_with_two_mutations_counts_two(simulator: CentraSimulator,
                                                  gql: Gql) -> None:
    simulator.configure_rate_limits(RateLimitConfig(mutations_10s=2))
    two = """mutation { a: updateShipment(id: 4100601, input: {isGoodToGo: true}) { userErrors
             { message } } b: updateShipment(id: 4101002, input: {isGoodToGo: true})
             { userErrors { message } } }"""
    assert gql.post(two).status_code == 200
    assert gql.post(GTG, {"id": 4100601}).status_code == 429


# ----- faults ----------------------------------------------------------------------------

def test_fault_on_one_root_field_after_processing(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.add_fault(Fault("reset", path="/graphql", field="completeShipment",
                              apply="after"))
    assert gql.post(LOOKUP).status_code == 200       # other fields pass
    with pytest.raises(httpx.TransportError):
        gql.post("mutation { completeShipment(id: 4100101, input: {sendEmail: false}) "
                 "{ userErrors { message } } }")
    assert simulator.completions("41001-1") == 1     # Centra did it; the answer was lost
    assert simulator.faults == []


@pytest.mark.parametrize("kind", ["html502", "error500", "badjson"])
def test_before_faults_answer_instead_of_graphql(simulator: CentraSimulator, gql: Gql,
                                                 kind: str) -> None:
    simulator.add_fault(Fault(kind, method="POST", path="/graphql"))  # type: ignore[arg-type]
    r = gql.post(GTG, {"id": 4100601})
    assert r.status_code in (200, 500, 502)
    with pytest.raises(ValueError):
        r.json()["data"]
    assert simulator.shipment("41006-1")["state"] == "inprogress"


def test_hang_fault_times_out_the_client(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.add_fault(Fault("hang", path="/graphql", delay=2.0))
    with pytest.raises(httpx.ReadTimeout):
        gql.post(LOOKUP, timeout=0.3)


@pytest.mark.parametrize("kind", [k for k in FAULT_KINDS if k != "latency"])
def test_every_fault_kind_before_leaves_the_store_untouched(simulator: CentraSimulator,
                                                            gql: Gql, kind: str) -> None:
    simulator.add_fault(Fault(kind, path="/graphql", delay=0.01))  # type: ignore[arg-type]
    try:
        r = gql.post(GTG, {"id": 4100601}, timeout=1.0)
        broken = r.status_code != 200 or "data" not in _json_or_empty(r)
    except httpx.TransportError:
        broken = True
    assert broken
    assert simulator.shipment("41006-1")["state"] == "inprogress"
    assert simulator.faults == []


def test_latency_fault_delays_but_answers(simulator: CentraSimulator, gql: Gql) -> None:
    simulator.add_fault(Fault("latency", path="/graphql", delay=0.2))
    start = time.monotonic()
    assert gql.post(LOOKUP).status_code == 200
    assert time.monotonic() - start >= 0.2


def _json_or_empty(r: httpx.Response) -> dict[str, object]:
    try:
        body = r.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def test_cli_serves_graphql_to_a_fleet_under_one_limit() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "packstation.simulator", "--port", str(port),
         "--bench-tokens", "2", "--mutations-10s", "1", "--retry-after", "seconds"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}/graphql"

    def post(token: str) -> httpx.Response:
        return httpx.post(url, json={"query": GTG, "variables": {"id": 4100601}},
                          headers={"Authorization": f"Bearer {token}"}, timeout=2.0)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                first = post("bench-1")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        second = post("bench-2")
        unknown = post("bench-3")
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=5)
    assert first.status_code == 200 and first.json()["data"]["updateShipment"] == {
        "userErrors": []}
    assert second.status_code == 429 and second.headers["Retry-After"].isdigit()
    assert unknown.status_code == 403
    assert url in out.decode() and "bench-1..bench-2" in out.decode()


def test_introspection_shows_the_root_fields_as_configured(simulator: CentraSimulator,
                                                           gql: Gql) -> None:
    query = "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }"
    schema = gql.data(query)["__schema"]
    assert {"shipments", "orders", "order", "events", "rateLimits"} <= {
        f["name"] for f in schema["queryType"]["fields"]}
    assert {"updateShipment", "captureShipment", "completeShipment",
            "updateDirectToConsumerOrder", "confirmEvents"} <= {
        f["name"] for f in schema["mutationType"]["fields"]}
    simulator.integration.shipments_root = False
    names = {f["name"] for f in gql.data(query)["__schema"]["queryType"]["fields"]}
    assert "shipments" not in names and "orders" in names
