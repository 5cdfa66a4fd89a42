"""A fake Centra for tests and demos (no Qt): the Order API under /api/order-api and the
Integration API (GraphQL, executed by graphql-core) at POST /graphql, over one store.

    from packstation.simulator import CentraSimulator, Fault

    with CentraSimulator(api_key="demo-key") as sim:          # demo data, random free port
        sim.base_url                                          # http://127.0.0.1:<port>/api/order-api
        sim.add_fault(Fault("reset", method="PUT", path="/shipment", apply="after"))
        ...
        sim.requests, sim.shipment("41001-1"), sim.completions("41001-1")
        sim.graphql_url                                       # http://127.0.0.1:<port>/graphql
        # Authorization: Bearer demo-token (every permission), demo-token-limited (read only)
        sim.add_token("bench-3", BENCH_PERMISSIONS, integration_name="bench-3")
        sim.configure_rate_limits(RateLimitConfig(mutations_10s=5, window_scale=0.1))
        sim.integration.second_complete = "email"             # an answer to §10 question 4

Modules: `store` (state and completion rules), `routes` (HTTP routing), `faults` (fault
injection), `recording` (request log), `builders` (shipment builders for tests),
`demo_data` (seeded demo shipments and DEMO_BARCODES), `server` (`CentraSimulator`),
`graphql` (the Integration API: `schema.graphql`, endpoint, resolvers, tokens, rate limits,
events, options for the open questions).
Run `python -m packstation.simulator --help` for the CLI.
"""

from packstation.simulator.builders import Customer, build_shipment, product_line
from packstation.simulator.demo_data import DEMO_BARCODES, demo_shipments
from packstation.simulator.faults import FAULT_KINDS, Fault, FaultKind
from packstation.simulator.graphql.options import IntegrationOptions
from packstation.simulator.graphql.ratelimit import RateLimitConfig
from packstation.simulator.graphql.tokens import (
    ALL_PERMISSIONS,
    BENCH_PERMISSIONS,
    READ_ONLY_PERMISSIONS,
)
from packstation.simulator.recording import RecordedRequest
from packstation.simulator.server import (
    API_PREFIX,
    DEMO_API_KEY,
    DEMO_LIMITED_TOKEN,
    DEMO_TOKEN,
    CentraSimulator,
)
from packstation.simulator.store import ShipmentState, StoredShipment

__all__ = [
    "ALL_PERMISSIONS", "API_PREFIX", "BENCH_PERMISSIONS", "DEMO_API_KEY", "DEMO_BARCODES",
    "DEMO_LIMITED_TOKEN", "DEMO_TOKEN", "FAULT_KINDS", "READ_ONLY_PERMISSIONS",
    "CentraSimulator", "Customer", "Fault", "FaultKind", "IntegrationOptions",
    "RateLimitConfig", "RecordedRequest", "ShipmentState", "StoredShipment", "build_shipment",
    "demo_shipments", "product_line",
]
