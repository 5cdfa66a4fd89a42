"""Shared helpers for the Centra client tests: a real CentraClient talking HTTP to the
project's CentraSimulator over loopback (no httpx mocks)."""

from __future__ import annotations

import socket
from typing import Any

from packstation.centra import CentraClient, Timeouts
from packstation.simulator import CentraSimulator, RecordedRequest

KEY = "demo-key"
FAST = Timeouts(connect=1, read=2, complete_read=2)
SHORT = Timeouts(connect=1, read=0.3, complete_read=0.3)


def make_client(sim: CentraSimulator, *, key: str = KEY, base_url: str | None = None,
                timeouts: Timeouts = FAST) -> CentraClient:
    return CentraClient(base_url or sim.base_url, key, timeouts=timeouts)


def calls(sim: CentraSimulator) -> list[tuple[str, str, dict[str, str]]]:
    """(method, path, query) of every request the simulator received."""
    return [(r.method, r.path, r.query) for r in sim.requests]


def gets(*queries: dict[str, str]) -> list[tuple[str, str, dict[str, str]]]:
    return [("GET", "/shipments", q) for q in queries]


def gtg(order: str) -> dict[str, str]:
    return {"status": "goodtogo", "order": order}


def inprogress(order: str) -> dict[str, str]:
    return {"status": "inprogress", "order": order, "limit": "100"}


def completed(order: str) -> dict[str, str]:
    return {"status": "completed", "order": order, "limit": "100"}


def only_request(sim: CentraSimulator) -> RecordedRequest:
    reqs = sim.requests
    assert len(reqs) == 1, [(r.method, r.path) for r in reqs]
    return reqs[0]


def body_of(request: RecordedRequest) -> dict[str, Any]:
    body = request.json()
    assert isinstance(body, dict), request.body
    return body


def closed_port() -> int:
    """A loopback port that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
