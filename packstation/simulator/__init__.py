"""A fake Centra Order API for tests and demos (stdlib only, no Qt).

    from packstation.simulator import CentraSimulator, Fault

    with CentraSimulator(api_key="demo-key") as sim:          # demo data, random free port
        sim.base_url                                          # http://127.0.0.1:<port>/api/order-api
        sim.add_fault(Fault("reset", method="PUT", path="/shipment", apply="after"))
        ...
        sim.requests, sim.shipment("41001-1"), sim.completions("41001-1")

Modules: `store` (state and completion rules), `routes` (HTTP routing), `faults` (fault
injection), `recording` (request log), `builders` (shipment builders for tests),
`demo_data` (seeded demo shipments and DEMO_BARCODES), `server` (`CentraSimulator`).
Run `python -m packstation.simulator --help` for the CLI.
"""

from packstation.simulator.builders import Customer, build_shipment, product_line
from packstation.simulator.demo_data import DEMO_BARCODES, demo_shipments
from packstation.simulator.faults import FAULT_KINDS, Fault, FaultKind
from packstation.simulator.recording import RecordedRequest
from packstation.simulator.server import API_PREFIX, DEMO_API_KEY, CentraSimulator
from packstation.simulator.store import ShipmentState, StoredShipment

__all__ = [
    "API_PREFIX", "DEMO_API_KEY", "DEMO_BARCODES", "FAULT_KINDS", "CentraSimulator", "Customer",
    "Fault", "FaultKind", "RecordedRequest", "ShipmentState", "StoredShipment", "build_shipment",
    "demo_shipments", "product_line",
]
