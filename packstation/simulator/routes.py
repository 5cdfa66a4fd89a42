"""HTTP-level routing: turn (method, path, query, body) into a `Response` using the store.

Paths are relative to the base prefix. Business failures are HTTP 200 with
{"status": "no", "msg": ...}, as Centra documents. Choices where the docs are silent:
- Unknown path or method: 404 text/html (like a web server in front of the API).
- A PUT/POST body that is not a JSON object: 200 {"status": "no", "msg": "invalid json"}.
- GET /shipments: `limit` must be 1-100 for inprogress/completed (default 100 there);
  goodtogo has no cap and no default. Non-integer `limit`/`offset`/`order` is refused.
- GET /shipments/{id} returns {"status": "ok", "shipment": {...}} and, for clients written
  against the old reference, the same object in "shipments": [...].
- `xml`, `newer_than`, `older_than` are accepted and ignored (always JSON, no date filter).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from packstation.simulator.store import SHIPMENT_STATES, ShipmentStore


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()   # extra headers, e.g. Retry-After


def json_response(payload: Any, status: int = 200) -> Response:
    return Response(status, "application/json", json.dumps(payload, ensure_ascii=False).encode())


def html_response(status: int, title: str, text: str = "") -> Response:
    page = (f"<!DOCTYPE html><html><head><title>{status} {title}</title></head>"
            f"<body><h1>{title}</h1><p>{text}</p></body></html>")
    return Response(status, "text/html; charset=utf-8", page.encode())


NOT_FOUND = html_response(404, "Not Found", "The requested URL was not found on this server.")
UNAUTHORIZED = html_response(401, "Unauthorized", "Invalid API-Authorization.")
NOT_ALLOWED = json_response({"status": "Not Allowed"}, 403)


class _BadParam(Exception):
    pass


def _int_param(query: dict[str, str], name: str) -> int | None:
    raw = query.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise _BadParam(f"invalid value for {name}") from None


def _no(msg: Any) -> Response:
    return json_response({"status": "no", "msg": msg})


def _json_body(body: bytes) -> dict[str, Any] | None:
    try:
        parsed = json.loads(body.decode("utf-8")) if body.strip() else {}
    except (ValueError, UnicodeDecodeError):
        return None
    return parsed if isinstance(parsed, dict) else None


def route(
    store: ShipmentStore, method: str, path: str, query: dict[str, str], body: bytes
) -> Response:
    try:
        if method == "GET":
            return _route_get(store, path, query)
        if method in ("PUT", "POST"):
            return _route_write(store, method, path, body)
    except _BadParam as exc:
        return _no(str(exc))
    return NOT_FOUND


def _route_get(store: ShipmentStore, path: str, query: dict[str, str]) -> Response:
    if path == "/shipments":
        return _list_shipments(store, query)
    if path.startswith("/shipments/") and path.count("/") == 2:
        shipment = store.get(unquote(path.removeprefix("/shipments/")))
        if shipment is None:
            return _no("shipment not found")
        return json_response({"status": "ok", "shipment": shipment, "shipments": [shipment]})
    if path == "/orders":
        order = _int_param(query, "order")
        limit = _int_param(query, "limit")
        offset = _int_param(query, "offset") or 0
        limit = 20 if limit is None else limit
        if limit < 1 or offset < 0:
            return _no("invalid value for limit or offset")
        return json_response({"status": "ok", "orders": store.orders(order, limit, offset)})
    return NOT_FOUND


def _list_shipments(store: ShipmentStore, query: dict[str, str]) -> Response:
    status = query.get("status") or "goodtogo"
    if status not in SHIPMENT_STATES:
        return _no(f"invalid status {status}, use goodtogo, inprogress or completed")
    limit = _int_param(query, "limit")
    offset = _int_param(query, "offset") or 0
    order = _int_param(query, "order")
    if status != "goodtogo":
        limit = 100 if limit is None else limit
        if not 1 <= limit <= 100:
            return _no("limit must be between 1 and 100")
    elif limit is not None and limit < 1:
        return _no("invalid value for limit")
    if offset < 0:
        return _no("invalid value for offset")
    shipments = store.list_shipments(status, order, limit, offset)
    return json_response({"status": "ok", "shipments": shipments})


def _route_write(store: ShipmentStore, method: str, path: str, body: bytes) -> Response:
    known = method == "PUT" and (
        path in ("/shipment", "/capture")
        or (path.startswith("/shipments/") and path.count("/") == 2)
    )
    if not known:
        return NOT_FOUND
    parsed = _json_body(body)
    if parsed is None:
        return _no("invalid json")
    if path == "/shipment":
        return json_response(store.complete(parsed))
    if path == "/capture":
        return json_response(store.capture(parsed))
    return json_response(
        store.update_shipment(unquote(path.removeprefix("/shipments/")), parsed)
    )
