"""Simulator switches used by the benchmarks: no request log, connection counter."""

from __future__ import annotations

import httpx

from packstation.simulator import DEMO_API_KEY, CentraSimulator

HEADERS = {"API-Authorization": DEMO_API_KEY}


def test_record_requests_false_keeps_no_log() -> None:
    with CentraSimulator(record_requests=False) as sim, httpx.Client(headers=HEADERS) as http:
        r = http.get(f"{sim.base_url}/shipments", params={"status": "goodtogo"})
        assert r.json()["status"] == "ok"
        assert sim.requests == []
        sim.record_requests = True
        http.get(f"{sim.base_url}/shipments", params={"status": "goodtogo"})
        assert len(sim.requests) == 1


def test_connections_opened_counts_tcp_connections_not_requests() -> None:
    with CentraSimulator() as sim:
        assert sim.connections_opened == 0
        with httpx.Client(headers=HEADERS) as http:  # keep-alive: one connection
            for _ in range(5):
                http.get(f"{sim.base_url}/shipments", params={"status": "goodtogo"})
        assert sim.connections_opened == 1
        for _ in range(3):  # a fresh client per request: a connection each
            with httpx.Client(headers=HEADERS) as http:
                http.get(f"{sim.base_url}/shipments", params={"status": "goodtogo"})
        assert sim.connections_opened == 4
