"""Shared helpers for the Integration API client tests (real HTTP to the simulator)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.centra.integration_api.client import IntegrationClient
from packstation.simulator import DEMO_TOKEN, CentraSimulator


@pytest.fixture
def gql_client(simulator: CentraSimulator) -> Iterator[IntegrationClient]:
    with IntegrationClient(simulator.graphql_url, DEMO_TOKEN, max_rate_wait=0.0) as c:
        yield c


def mutations(sim: CentraSimulator) -> dict[str, int]:
    """How often each mutation root field reached the simulator."""
    stats = sim.graphql_stats()
    return {name: stats.get(f"field:{name}", 0) for name in (
        "updateShipment", "captureShipment", "completeShipment",
        "updateDirectToConsumerOrder")}


def captures(sim: CentraSimulator, number: str) -> int:
    return sum(1 for p in sim.shipment(number)["payments"]
               if p["entryType"] in ("CAPTURE", "CAPTURE_REQUEST"))
