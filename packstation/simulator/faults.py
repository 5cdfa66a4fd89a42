"""Fault injection: make the next matching request(s) fail the way real networks fail.

A `Fault` matches on `method` (None = any) and `path` (None = any). `path` is compared with
the path after the base prefix; a path ending in "/" (e.g. "/shipments/") matches every path
that starts with it.

`apply="before"`: the request is NOT processed (the store is untouched), then the fault
happens. `apply="after"`: the request IS processed (e.g. the shipment is completed), then the
fault replaces the real response. "after" simulates "Centra did it, but the answer was lost".

Faults are checked before authentication (a broken network does not care about API keys).
When several faults match, the one added first wins; each request triggers at most one fault.

`field` (Integration API only): the fault matches only a POST /graphql request whose
operation selects that root field, e.g. Fault("reset", path="/graphql",
field="completeShipment", apply="after"): Centra completed it, the answer was lost.

Kinds:
    latency     sleep `delay` s, then answer normally
    html502     502 with a text/html proxy page
    error500    500 with a text/html error page
    reset       TCP RST (SO_LINGER(1, 0) then close): httpx.ReadError
    close       close without any response: httpx.RemoteProtocolError
    truncated   Content-Length larger than the body sent, then close: RemoteProtocolError
    badjson     200 application/json with a broken JSON body: JSONDecodeError on .json()
    hang        no answer until `delay` s (or 30 s when delay is 0) or sim.stop(), then close
    status_no   200 {"status": "no", "msg": <msg>}
    trickle     the status line, headers and body one byte every `delay` s (3 s when 0),
                so no single read ever times out; stops when the client hangs up
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

FaultKind = Literal[
    "latency", "html502", "error500", "reset", "close", "truncated", "badjson", "hang",
    "status_no", "trickle",
]
FaultApply = Literal["before", "after"]

FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
HANG_LIMIT_S = 30.0
TRICKLE_GAP_S = 3.0


@dataclass
class Fault:
    """A fault for the next `count` matching requests (`count=None`: every one, forever)."""

    kind: FaultKind
    method: str | None = None
    path: str | None = None
    count: int | None = 1
    apply: FaultApply = "before"
    delay: float = 0.0
    msg: str = "simulated failure"
    field: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")
        if self.apply not in ("before", "after"):
            raise ValueError(f"apply must be 'before' or 'after', not {self.apply!r}")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be >= 1 or None")
        if self.method is not None:
            self.method = self.method.upper()

    def matches(self, method: str, path: str,
                fields: Callable[[], tuple[str, ...]] | None = None) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        if self.path is not None and not path_matches(self.path, path):
            return False
        return self.field is None or (fields is not None and self.field in fields())


def path_matches(pattern: str, path: str) -> bool:
    """Exact match, or prefix match when `pattern` ends with "/"."""
    if pattern.endswith("/") and len(pattern) > 1:
        return path.startswith(pattern)
    return path == pattern


class FaultList:
    """The active faults; `take` consumes one use of the first matching fault."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._remaining: list[int | None] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)
            self._remaining.append(fault.count)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()
            self._remaining.clear()

    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str,
             fields: Callable[[], tuple[str, ...]] | None = None) -> Fault | None:
        """`fields`: the request's GraphQL root fields, computed only if a fault asks."""
        with self._lock:
            for i, fault in enumerate(self._faults):
                if not fault.matches(method, path, fields):
                    continue
                left = self._remaining[i]
                if left is not None:
                    if left <= 1:
                        del self._faults[i]
                        del self._remaining[i]
                    else:
                        self._remaining[i] = left - 1
                return fault
        return None


HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
HTML_500 = (
    b"<!DOCTYPE html><html><head><title>Internal Server Error</title></head>"
    b"<body><h1>Internal Server Error</h1><p>Something went wrong.</p></body></html>"
)
BAD_JSON = b'{"status": "ok", "shipments": [{"orderId": "41001", "shipmentId": '


def status_no_body(msg: str) -> bytes:
    return json.dumps({"status": "no", "msg": msg}).encode()


def send_rst(conn: socket.socket) -> None:
    """Abort the connection with a TCP RST instead of a FIN."""
    try:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
    except OSError:
        pass


def hang(stop: threading.Event, delay: float) -> None:
    """Wait `delay` s (HANG_LIMIT_S when 0), returning early when `stop` is set."""
    limit = delay if delay > 0 else HANG_LIMIT_S
    stop.wait(min(limit, HANG_LIMIT_S))
