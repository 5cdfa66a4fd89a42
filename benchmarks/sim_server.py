"""The Centra simulator in its own process, so its Python threads never compete with the
app's GUI thread for the GIL (a real Centra is on another machine).

    python -m benchmarks.sim_server --shipments 10200 --latency 0.05

Prints one JSON line {"base_url": ...}, then answers commands read from stdin, one JSON
line each: ``latency <seconds>``, ``conns`` (TCP connections opened so far),
``state <shipment id> <state>``, ``completions <shipment id>``, ``quit``.
"""

from __future__ import annotations

import argparse
import json
import sys

from packstation.simulator import DEMO_API_KEY, CentraSimulator
from packstation.simulator.builders import build_shipment, product_line

FIRST_ORDER = 500001


def shipment_id(i: int) -> str:
    return f"{FIRST_ORDER + i}-1"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--shipments", type=int, default=500)
    p.add_argument("--latency", type=float, default=0.0)
    args = p.parse_args()
    lines = [product_line("Merino Crew Sweater", "Navy", "M", sku="MCS100", variant_sku="NV"),
             product_line("Organic Cotton Tee", "Black", "L", qty=2)]
    shipments = [build_shipment(FIRST_ORDER + i, 1, lines=lines) for i in range(args.shipments)]
    sim = CentraSimulator(api_key=DEMO_API_KEY, shipments=shipments, latency=args.latency,
                          record_requests=False).start()
    print(json.dumps({"base_url": sim.base_url}), flush=True)
    for line in sys.stdin:
        cmd, *rest = line.split()
        out: object = "ok"
        if cmd == "latency":
            sim.latency = float(rest[0])
        elif cmd == "conns":
            out = sim.connections_opened
        elif cmd == "state":
            sim.set_state(rest[0], rest[1])  # type: ignore[arg-type]
        elif cmd == "completions":
            out = sim.completions(rest[0])
        elif cmd == "quit":
            break
        print(json.dumps(out), flush=True)
    sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
