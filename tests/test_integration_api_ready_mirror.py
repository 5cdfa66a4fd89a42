"""The app's Integration API adapter serves the bench's ready list from ``ReadyFeed``:
after the first full read, one request a refresh, and the list follows Centra."""

from __future__ import annotations

from packstation.centra.connection import connect
from packstation.centra.domain import Completion
from packstation.centra.integration_api.adapter import IntegrationAdapter
from packstation.centra.integration_api.client import IntegrationClient
from packstation.centra.integration_api.ready_mirror import FeedingAdapter
from packstation.centra.ready_cache import ReadyCache
from packstation.simulator import DEMO_TOKEN, CentraSimulator


def test_ready_list_follows_centra_with_one_request_a_refresh(
        simulator: CentraSimulator) -> None:
    ports = connect(simulator.graphql_url, DEMO_TOKEN, api="integration", timeout=5.0)
    assert isinstance(ports, FeedingAdapter)
    with IntegrationClient(simulator.graphql_url, DEMO_TOKEN) as direct:
        paged = [s.shipment_id for s in IntegrationAdapter(direct).iter_good_to_go()]
    cache = ReadyCache()
    try:
        assert cache.refresh(ports) == len(paged)
        assert [s.shipment_id for s in ports.iter_good_to_go()] == paged  # oldest first
        assert "41001-1" in paged and "41004-1" in paged

        ports.complete(Completion(order="41001", shipment="41001-1", carrier="UPS",
                                  tracking="1Z999AA10123456784"))
        before = ports.client.gql.requests_sent
        seen = len(simulator.requests)
        assert cache.refresh(ports) == len(paged) - 1
        assert ports.client.gql.requests_sent - before == 1
        asked = [r.body.decode() for r in simulator.requests[seen:] if r.path == "/graphql"]
        # Changed since the last read, not a paging of the whole list.
        assert len(asked) == 1 and "ChangedShipments" in asked[0], asked
        assert cache.get("41001-1") is None and cache.get("41004-1") is not None
    finally:
        ports.close()
