"""A plain httpx client for the simulator's Integration API (POST /graphql) in tests, and
the fixtures `gql` (demo token) and `order_api` (the same simulator's Order API). Every
`Gql` made during a test is closed after it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from packstation.simulator import DEMO_API_KEY, DEMO_TOKEN, CentraSimulator

SHIPMENT_FIELDS = """
  id number isGoodToGo isPaid isCaptured isShipped isOnHold numberOfPackages
  trackingNumber returnTrackingNumber createdAt updatedAt shippedAt
  carrierInformation { carrierName serviceName }
  shippingAddress { firstName lastName address1 address2 city zipCode country { code } email }
  lines { id quantity orderLine { productName productVariantName productNumber size
          productSize { SKU EAN UPC sizeNumber } productVariant { variantNumber } } }
"""


class Gql:
    """POSTs {"query", "variables"} with `Authorization: Bearer <token>`."""

    def __init__(self, sim: CentraSimulator, token: str | None = DEMO_TOKEN) -> None:
        self.sim = sim
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(timeout=5.0, headers=headers)
        _OPEN.append(self)

    def post(self, query: str, variables: dict[str, Any] | None = None,
             **kwargs: Any) -> httpx.Response:
        body: dict[str, Any] = {"query": query}
        if variables is not None:
            body["variables"] = variables
        return self.http.post(self.sim.graphql_url, json=body, **kwargs)

    def data(self, query: str, variables: dict[str, Any] | None = None) -> Any:
        """The `data` of a 200 answer without top-level errors."""
        response = self.post(query, variables)
        assert response.status_code == 200, response.text
        payload = response.json()
        assert "errors" not in payload, payload
        return payload["data"]

    def shipment(self, number: str, fields: str = SHIPMENT_FIELDS) -> dict[str, Any]:
        found = self.data(f"query($n: [String!]) {{ shipments(where: {{number: $n}}) "
                          f"{{ {fields} }} }}", {"n": [number]})["shipments"]
        assert len(found) == 1, found
        return dict(found[0])

    def mutate(self, field: str, args: str, variables: dict[str, Any],
               selection: str = "shipment { id isGoodToGo isPaid isCaptured isShipped }") -> Any:
        """Run `mutation(<variables>) { field(args) { selection userErrors userWarnings } }`."""
        decl = ", ".join(f"${k}: {t}" for k, t in _types(variables).items())
        query = (f"mutation({decl}) {{ {field}({args}) {{ {selection} "
                 "userErrors { message path } userWarnings { message path } } }")
        return self.data(query, variables)[field]

    def close(self) -> None:
        self.http.close()




def _types(variables: dict[str, Any]) -> dict[str, str]:
    out = {}
    for name, value in variables.items():
        if name == "id":
            out[name] = "Int!"
        elif name == "order":
            out[name] = "OrderInput!"
        elif name == "complete":
            out[name] = "ShipmentCompleteInput"
        elif name == "update":
            out[name] = "ShipmentUpdateInput!"
        elif name == "orderUpdate":
            out[name] = "DirectToConsumerOrderUpdateInput!"
        else:
            raise KeyError(f"no GraphQL type known for ${name} ({value!r})")
    return out


_OPEN: list[Gql] = []


@pytest.fixture(autouse=True)
def _close_gql_clients() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


@pytest.fixture
def gql(simulator: CentraSimulator) -> Gql:
    return Gql(simulator)


@pytest.fixture
def order_api(simulator: CentraSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=simulator.base_url, timeout=5.0,
                      headers={"API-Authorization": DEMO_API_KEY}) as c:
        yield c
