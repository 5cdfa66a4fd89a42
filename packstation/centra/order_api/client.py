"""A typed, thread-safe client for Centra's Order API (no Qt here).

It implements the ports of ``packstation.centra.ports`` (``ShipmentSource``,
``GoodToGoMarker``, ``Completer``, ``DocumentSource``): those methods take and return
``domain`` types, mapped by ``adapter.py``. ``list_shipments``, ``get_shipment`` and
``get_order`` are the Order API's own calls and return its wire models.

One ``httpx.Client`` with keep-alive is shared by every call; httpx documents that a
``Client`` may be shared between threads, so GUI workers call this directly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from packstation import __version__
from packstation.centra import domain, errors
from packstation.centra.connection import normalise_base_url
from packstation.centra.deadline import DeadlineTransport, within
from packstation.centra.domain import (
    Completion,
    CompletionResult,
    FoundShipment,
    LookupOutcome,
    LookupResult,
)
from packstation.centra.order_api.adapter import to_request, to_result, to_shipment
from packstation.centra.order_api.models import (
    CompleteResponse,
    Order,
    OrdersResponse,
    Shipment,
    ShipmentResponse,
    ShipmentsResponse,
    ShipmentState,
    message_text,
)
from packstation.centra.ports import StepListener

# What an HTTP header value may hold: visible ASCII, inner spaces/tabs, no control chars.
SENDABLE_KEY = re.compile(r"^[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?$")
SHIPMENT_ID = re.compile(r"^(\d{1,12})-(\d{1,4})$")
ORDER_NUMBER = re.compile(r"^\d{1,12}$")
MAX_RESPONSE_BYTES = 16 * 1024 * 1024

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Timeouts:
    """Seconds. ``complete_read`` is longer: completing may capture a payment.

    ``total`` and ``complete_total`` are overall deadlines (connect, send and the whole
    answer, however slowly it trickles): no request lives longer. The outbox's settle
    window is built on ``complete_total`` (see docs/outbox.md)."""

    connect: float = 3.0
    read: float = 10.0
    complete_read: float = 30.0
    total: float = 20.0
    complete_total: float = 45.0

    def for_call(self, write: bool) -> httpx.Timeout:
        read = self.complete_read if write else self.read
        return httpx.Timeout(read, connect=self.connect, pool=self.connect)

    def deadline(self, write: bool) -> float:
        """The overall deadline of one call, never shorter than its parts allow."""
        return self.complete_total if write else self.total


class CentraClient:
    """Talks to one Centra Order API plugin (``<base>``) with one API key."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeouts: Timeouts | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = normalise_base_url(base_url)  # the keyring's account name too
        self.timeouts = timeouts or Timeouts()
        key = api_key.strip()   # keys are often pasted with a trailing newline
        # A key that cannot go in a header is never sent: httpx/h11 would otherwise raise
        # with the key in the message (or a raw UnicodeEncodeError holding it).
        self._key_sendable = bool(SENDABLE_KEY.match(key))
        self._http = httpx.Client(
            headers={
                "API-Authorization": key if self._key_sendable else "",
                "Accept": "application/json",
                "User-Agent": f"Packstation/{__version__}",
            },
            timeout=self.timeouts.for_call(write=False),
            transport=transport if transport is not None else DeadlineTransport(),
            follow_redirects=False,
        )

    @property
    def http(self) -> httpx.Client:
        """The shared connection pool (keep-alive, timeouts, the key header); used by
        ``centra.documents``, which decides per link whether the key goes along."""
        return self._http

    def __repr__(self) -> str:  # never show the key
        return f"CentraClient({self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CentraClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reads

    def list_shipments(
        self,
        status: ShipmentState = ShipmentState.GOOD_TO_GO,
        *,
        order: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[Shipment]:
        params: dict[str, str] = {"status": status.value}
        if order is not None:
            params["order"] = order
        if limit is not None:
            params["limit"] = str(limit)
        if offset is not None:
            params["offset"] = str(offset)
        data = self._call("GET", "shipments", params=params)
        return self._parse(ShipmentsResponse, data).shipments

    def iter_good_to_go(self, page_size: int = 100) -> Iterator[domain.Shipment]:
        """Every good-to-go shipment, page by page (oldest first)."""
        offset = 0
        while True:
            page = self.list_shipments(ShipmentState.GOOD_TO_GO, limit=page_size, offset=offset)
            yield from (to_shipment(s) for s in page)
            if len(page) < page_size:
                return
            offset += page_size

    def get_shipment(self, shipment_id: str) -> Shipment:
        """``GET shipments/{id}``: only in Centra's older reference; may be disabled."""
        data = self._call("GET", f"shipments/{shipment_id}")
        shipment = self._parse(ShipmentResponse, data).shipment
        if shipment is None:
            raise errors.MalformedResponse("the answer held no shipment")
        return shipment

    def get_order(self, order: str) -> Order | None:
        data = self._call("GET", "orders", params={"order": order})
        orders = self._parse(OrdersResponse, data).orders
        return next((o for o in orders if o.order_id == order), orders[0] if orders else None)

    def find(self, order: str, shipment_id: str,
             state: ShipmentState) -> domain.Shipment | None:
        """The shipment if Centra lists it under ``state``, else ``None``."""
        limit = None if state is ShipmentState.GOOD_TO_GO else 100
        for shipment in self.list_shipments(state, order=order, limit=limit):
            if shipment.shipment_id == shipment_id:
                return to_shipment(shipment)
        return None

    def lookup(self, scanned: str) -> LookupResult:
        """Find what a scanned shipment ID (``83651-1``) or order number refers to.

        The ready case costs one request; the others walk the states in order."""
        text = scanned.strip()
        match = SHIPMENT_ID.match(text)
        if match:
            return self._lookup_shipment(text, match.group(1))
        if ORDER_NUMBER.match(text):
            return self._lookup_order(text)
        return LookupResult(text, LookupOutcome.NOT_FOUND)

    def _lookup_shipment(self, shipment_id: str, order: str) -> LookupResult:
        for state in ShipmentState:
            shipment = self.find(order, shipment_id, state)
            if shipment is not None:
                found = FoundShipment(shipment, state)  # ``find`` mapped it
                return LookupResult(shipment_id, found.outcome, (found,))
        return LookupResult(shipment_id, LookupOutcome.NOT_FOUND)

    def _lookup_order(self, order: str) -> LookupResult:
        open_: list[FoundShipment] = []
        for state in (ShipmentState.GOOD_TO_GO, ShipmentState.IN_PROGRESS):
            limit = None if state is ShipmentState.GOOD_TO_GO else 100
            for shipment in self.list_shipments(state, order=order, limit=limit):
                if shipment.order_id == order:
                    open_.append(FoundShipment(to_shipment(shipment), state))
        if len(open_) > 1:
            return LookupResult(order, LookupOutcome.SEVERAL_OPEN, tuple(open_))
        if len(open_) == 1:
            return LookupResult(order, open_[0].outcome, tuple(open_))
        done = [
            FoundShipment(to_shipment(s), ShipmentState.COMPLETED)
            for s in self.list_shipments(ShipmentState.COMPLETED, order=order, limit=100)
            if s.order_id == order
        ]
        if done:
            return LookupResult(order, LookupOutcome.COMPLETED, tuple(done[-1:]))
        return LookupResult(order, LookupOutcome.NOT_FOUND)

    def count_ready(self) -> int:
        """How many shipments are good to go (used by "Test connection")."""
        return sum(1 for _ in self.iter_good_to_go())

    # ----------------------------------------------------------------- writes

    def mark_good_to_go(self, shipment_id: str) -> domain.Shipment:
        """``PUT shipments/{id}`` with ``gtg: true``: packed now, handed over later."""
        data = self._call("PUT", f"shipments/{shipment_id}", body={"gtg": True}, write=True)
        shipment = self._parse(ShipmentResponse, data, write=True).shipment
        if shipment is None:
            raise errors.MalformedResponse("the answer held no shipment", outcome_unknown=True)
        return to_shipment(shipment)

    def complete(self, completion: Completion, *,
                 on_step: StepListener | None = None) -> CompletionResult:
        """``PUT <base>/shipment``. Raises ``CaptureFailed`` when the capture fails.
        One call, no steps: ``on_step`` is ignored."""
        data = self._call("PUT", "shipment", body=to_request(completion).to_json(), write=True)
        return to_result(self._parse(CompleteResponse, data, write=True), completion)

    def fetch_document(self, kind: domain.DocumentKind, url: str) -> domain.Document:
        """Download one document (worker thread). Raises ``domain.DocumentError``."""
        from packstation.centra.order_api.documents import fetch_document

        return fetch_document(self, kind, url)

    # ---------------------------------------------------------------- plumbing

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        write: bool = False,
    ) -> dict[str, Any]:
        if not self._key_sendable:
            raise errors.KeyRejected("the API key is empty or has characters it cannot have")
        url = f"{self.base_url}/{path}"
        request = self._http.build_request(method, url, params=params, json=body)
        response, raw = send_within(self._http, request, self.timeouts, write)
        return _decode(response, raw, write)

    @staticmethod
    def _parse(model: type[M], data: dict[str, Any], write: bool = False) -> M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            where = ", ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors()[:3])
            raise errors.MalformedResponse(
                f"unexpected data in {where}", outcome_unknown=write
            ) from None


def send_within(http: httpx.Client, request: httpx.Request, timeouts: Timeouts,
                write: bool) -> tuple[httpx.Response, bytes]:
    """Send under the call's overall deadline and read the whole answer (capped); every
    failure on the way is a ``centra.errors`` class (``outcome_unknown`` for a write).
    Shared with the Integration API's transport."""
    try:
        with within(timeouts.deadline(write)):
            request.extensions["timeout"] = timeouts.for_call(write).as_dict()
            response = http.send(request, stream=True)
            try:
                raw = _read_capped(response)
            finally:
                response.close()
    except httpx.HTTPError as exc:
        raise _transport_error(exc, write) from None
    except ValueError as exc:
        raise errors.MalformedResponse(str(exc), outcome_unknown=write) from None
    return response, raw


def _read_capped(response: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise ValueError("the answer was too large")
        chunks.append(chunk)
    return b"".join(chunks)


def _transport_error(exc: httpx.HTTPError, write: bool) -> errors.CentraError:
    text = str(exc)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return errors.ConnectTimeout()
    if isinstance(exc, httpx.ConnectError):
        if "SSL" in text or "CERTIFICATE" in text.upper():
            return errors.TlsError()
        return errors.Unreachable(_short(text))
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return errors.Unreachable("the Centra address is not a valid https:// URL")
    if isinstance(exc, httpx.LocalProtocolError):
        # Refused by httpx before sending; its message may quote header values (the key).
        return errors.CentraUnavailable("Packstation could not build the request")
    if isinstance(exc, httpx.TimeoutException):
        return errors.ResponseTimeout(outcome_unknown=write)
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return errors.ConnectionReset(outcome_unknown=write)
    if isinstance(exc, httpx.RemoteProtocolError):
        if "disconnected" in text or "peer closed" in text:
            return errors.ConnectionReset(outcome_unknown=write)
        return errors.CentraUnavailable("the answer was not valid HTTP", outcome_unknown=write)
    return errors.CentraUnavailable(_short(text), outcome_unknown=write)


def _short(text: str) -> str:
    text = text.strip().splitlines()[0] if text.strip() else ""
    return text[:200]


def _decode(response: httpx.Response, raw: bytes, write: bool) -> dict[str, Any]:
    code = response.status_code
    try:
        data: Any = json.loads(raw) if raw else None
    except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested too deep
        data = None
    centra_status = data.get("status") if isinstance(data, dict) else None

    if code == 401:
        raise errors.KeyRejected(status_code=code)
    if code == 403:
        if centra_status == "Not Allowed":
            raise errors.EndpointNotAllowed(status_code=code)
        raise errors.KeyRejected(status_code=code)
    if code == 404:
        raise errors.CentraUnavailable(
            "HTTP 404: check that the base URL is the one on Centra's plugin page",
            status_code=code,
        )
    if code >= 500:
        raise errors.CentraUnavailable(f"HTTP {code}", status_code=code, outcome_unknown=write)
    if not isinstance(data, dict):
        kind = "a web page" if b"<html" in raw[:512].lower() else "unreadable data"
        raise errors.MalformedResponse(
            f"HTTP {code} with {kind} instead of JSON", status_code=code, outcome_unknown=write
        )
    if centra_status == "Not Allowed":
        raise errors.EndpointNotAllowed(status_code=code)
    if centra_status == "no":
        msg = message_text(data.get("msg")) or "no reason given"
        if "capture failed" in msg.lower():
            raise errors.CaptureFailed(msg, status_code=code)
        raise errors.CentraRefused(msg, status_code=code)
    if centra_status != "ok" or code >= 300:
        raise errors.MalformedResponse(
            f"HTTP {code} with status {centra_status!r}", status_code=code, outcome_unknown=write
        )
    return data
