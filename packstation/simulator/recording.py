"""The request log: one frozen `RecordedRequest` per HTTP request the simulator received.

Every request is recorded on arrival, before authentication, faults or routing, so the log
also holds rejected requests (401, 403, 404) and requests that a fault swallowed.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the simulator saw it.

    `path` is the path AFTER the base prefix (e.g. "/shipments/41001-1"). A request outside
    the prefix keeps its full path (e.g. "/favicon.ico").
    `headers` has lower-cased names.
    """

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    received_at: float = 0.0

    def json(self) -> Any:
        """The body parsed as JSON, or None when it is empty or not valid JSON."""
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    @property
    def json_body(self) -> Any:
        """Same as `json()`."""
        return self.json()


class RequestLog:
    """Thread-safe, append-only list of recorded requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def append(self, item: RecordedRequest) -> None:
        with self._lock:
            self._items.append(item)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
