"""The simulator's events queue and "changed since" filter: how benches keep a ready list
without paging every shipment. Changes from either API reach the queue."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from packstation.simulator import BENCH_PERMISSIONS, CentraSimulator, build_shipment
from tests.gql_support import Gql

LISTEN = """mutation { setEventListeners(input: [{objectType: Shipment,
            changeTypes: [CREATED, UPDATED, COMPLETED]}]) { eventListeners { objectType
            changeTypes } userErrors { message } } }"""
EVENTS = """{ events(where: {objectType: [Shipment]}) { id objectType changeType objectReference
            createdAt object { ... on Shipment { id number isGoodToGo isShipped } } } }"""
CONFIRM = "mutation($ids: [Int!]!) { confirmEvents(input: {eventsIds: $ids}) " \
          "{ userErrors { message } userWarnings { message } } }"


def bench(sim: CentraSimulator, name: str, integration: str | None = None) -> Gql:
    sim.add_token(name, BENCH_PERMISSIONS,
                  integration_name=integration if integration is not None else name)
    return Gql(sim, name)


@pytest.fixture
def two_benches(simulator: CentraSimulator) -> tuple[Gql, Gql]:
    return bench(simulator, "bench-1"), bench(simulator, "bench-2")



def events(client: Gql) -> list[dict[str, Any]]:
    return list(client.data(EVENTS)["events"])


def test_good_to_go_from_the_order_api_reaches_every_bench_queue(
        simulator: CentraSimulator, two_benches: tuple[Gql, Gql],
        order_api: httpx.Client) -> None:
    a, b = two_benches
    listed = a.data(LISTEN)["setEventListeners"]
    assert listed == {"eventListeners": [{"objectType": "Shipment", "changeTypes": [
        "CREATED", "UPDATED", "COMPLETED"]}], "userErrors": []}
    b.data(LISTEN)
    assert events(a) == []
    assert order_api.put("/shipments/41006-1", json={"gtg": True}).json()["status"] == "ok"
    for client in (a, b):
        (event,) = events(client)
        assert (event["objectType"], event["changeType"], event["objectReference"]) == (
            "Shipment", "UPDATED", "4100601")
        assert event["object"] == {"id": 4100601, "number": "41006-1", "isGoodToGo": True,
                                   "isShipped": False}


def test_unconfirmed_events_come_back_and_confirming_consumes_them(
        simulator: CentraSimulator, two_benches: tuple[Gql, Gql]) -> None:
    a, _ = two_benches
    a.data(LISTEN)
    simulator.set_state("41006-1", "goodtogo")
    simulator.add_shipment(build_shipment(50010))
    first = events(a)
    assert [(e["changeType"], e["objectReference"]) for e in first] == [
        ("UPDATED", "4100601"), ("CREATED", "5001001")]
    assert events(a) == first                                   # not confirmed: again
    ids = [e["id"] for e in first]
    assert a.data(CONFIRM, {"ids": ids})["confirmEvents"] == {"userErrors": [],
                                                              "userWarnings": []}
    assert events(a) == []
    again = a.data(CONFIRM, {"ids": ids[:1]})["confirmEvents"]
    assert again["userWarnings"][0]["message"].startswith(f"Event {ids[0]} is not in the queue")


def test_completion_through_graphql_is_a_completed_event_with_the_current_state(
        simulator: CentraSimulator, two_benches: tuple[Gql, Gql]) -> None:
    a, b = two_benches
    a.data(LISTEN)
    b.mutate("completeShipment", "id: $id, input: $complete",
             {"id": 4100101, "complete": {"sendEmail": False}}, "shipment { id }")
    (event,) = events(a)
    assert event["changeType"] == "COMPLETED"
    assert event["object"]["isShipped"] is True


def test_tokens_of_one_integration_share_a_queue(simulator: CentraSimulator) -> None:
    a, b = bench(simulator, "t1", "shared"), bench(simulator, "t2", "shared")
    a.data(LISTEN)
    simulator.set_state("41006-1", "goodtogo")
    seen_by_b = events(b)
    assert len(seen_by_b) == 1
    b.data(CONFIRM, {"ids": [seen_by_b[0]["id"]]})
    assert events(a) == []                    # b consumed a's event


def test_only_listened_change_types_are_queued(simulator: CentraSimulator) -> None:
    client = bench(simulator, "c")
    client.data("""mutation { setEventListeners(input: [{objectType: Shipment,
                   changeTypes: [COMPLETED]}]) { userErrors { message } } }""")
    simulator.set_state("41006-1", "goodtogo")
    assert events(client) == []
    simulator.set_state("41006-1", "completed")
    assert [e["changeType"] for e in events(client)] == ["COMPLETED"]
    client.data("""mutation { unsetEventListeners(input: [{objectType: Shipment,
                   changeTypes: [COMPLETED]}]) { eventListeners { objectType } } }""")
    assert client.data("{ eventListeners { objectType } }") == {"eventListeners": []}


def test_order_events(simulator: CentraSimulator) -> None:
    client = bench(simulator, "c")
    client.data("""mutation { setEventListeners(input: [{objectType: Order,
                   changeTypes: [UPDATED, COMPLETED]}]) { userErrors { message } } }""")
    client.mutate("updateDirectToConsumerOrder", "order: $order, input: $orderUpdate",
                  {"order": {"number": 41015}, "orderUpdate": {"internalComment": "x"}},
                  "order { id }")
    found = client.data("""{ events { objectType changeType object {
                           ... on DirectToConsumerOrder { number internalComment } } } }""")
    assert found["events"] == [{"objectType": "Order", "changeType": "UPDATED",
                                "object": {"number": 41015, "internalComment": "x"}}]


def test_events_need_an_integration_name_and_an_enabled_system(
        simulator: CentraSimulator) -> None:
    nameless = bench(simulator, "nameless", integration="")
    named = bench(simulator, "named")
    refused = nameless.data(LISTEN)["setEventListeners"]
    assert refused["userErrors"][0]["message"].startswith("The token has no integration")
    simulator.integration.events_enabled = False
    off = named.post(EVENTS).json()
    assert off["data"] is None
    assert off["errors"][0]["message"].startswith("Events are not enabled")
    assert named.data(LISTEN)["setEventListeners"]["userErrors"][0]["message"].startswith(
        "Events are not enabled")


def test_changed_since_filter_returns_only_what_changed(simulator: CentraSimulator,
                                                        order_api: httpx.Client) -> None:
    client = Gql(simulator)
    query = """query($since: DateTimeTz) { shipments(where: {updatedAt: {from: $since}},
               sort: [updatedAt_ASC], limit: 200) { number isGoodToGo updatedAt } }"""
    since = (datetime.now() - timedelta(seconds=1)).astimezone().isoformat()
    assert client.data(query, {"since": since})["shipments"] == []
    time.sleep(0.01)
    order_api.put("/shipments/41006-1", json={"gtg": True})
    client.mutate("updateShipment", "id: $id, input: $update",
                  {"id": 4101002, "update": {"isGoodToGo": True}})
    changed = client.data(query, {"since": since})["shipments"]
    assert [(s["number"], s["isGoodToGo"]) for s in changed] == [
        ("41006-1", True), ("41010-2", True)]
    everything = client.data('{ shipments(limit: 200) { number } }')["shipments"]
    assert len(everything) == len(simulator.shipment_ids()) > len(changed)


def test_hold_and_deletion_events(simulator: CentraSimulator) -> None:
    client = bench(simulator, "c")
    client.data("""mutation { setEventListeners(input: [{objectType: Shipment,
                   changeTypes: [UPDATED, DELETED]}]) { userErrors { message } } }""")
    simulator.set_hold("41001-1", True)
    simulator.set_hold("41001-1", True)           # no change: no event
    simulator.remove_shipment("41002-1")
    found = events(client)
    gone = client.data('{ shipments(where: {number: ["41002-1"]}) { id } }')
    assert [(e["changeType"], e["objectReference"]) for e in found] == [
        ("UPDATED", "4100101"), ("DELETED", "4100201")]
    assert found[1]["object"] is None
    assert gone == {"shipments": []}
    assert "41002-1" not in simulator.shipment_ids()
