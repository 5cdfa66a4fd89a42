"""Lookups, the ready list and the mutations of Centra's Integration API (no Qt here).

One ``IntegrationClient`` per token; thread-safe like the Order API client (one shared
``httpx.Client``). Reads return pydantic models (``models``); mutations return their
payload with ``userWarnings`` for the caller to show, and raise ``CentraRefused`` on
``userErrors`` except where the completion sequence (``sequence``) decides itself
(``capture`` and ``complete`` return the payload as it is).
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, Field, ValidationError

from packstation.centra import errors
from packstation.centra.integration_api import queries
from packstation.centra.integration_api.models import (
    CapturePayload,
    Event,
    OrderComment,
    OrderUpdatePayload,
    OrderWithShipments,
    Payload,
    RateLimit,
    Shipment,
    ShipmentPayload,
    UserMessage,
)
from packstation.centra.integration_api.pacing import Pacer
from packstation.centra.integration_api.transport import (
    DEFAULT_MAX_RATE_WAIT,
    GraphQLTransport,
)
from packstation.centra.order_api.client import Timeouts
from packstation.centra.outcomes import LookupOutcome

log = logging.getLogger("packstation.centra.integration_api")

SHIPMENT_NUMBER = re.compile(r"^(\d{1,12})-(\d{1,4})$")
ORDER_NUMBER = re.compile(r"^\d{1,12}$")
PAGE_SIZE = 100
MAX_PAGE_SIZE = 200
# Fields a lookup can do without when the token may not read them (left null).
OPTIONAL_READS = frozenset({"Order.internalComment:read", "StorePlugin:read"})
NO_SHIPMENTS_ROOT = re.compile(r"cannot query field\W+shipments\W", re.IGNORECASE)

M = TypeVar("M", bound=BaseModel)


class Changed(BaseModel):
    updated_at: datetime | None = Field(None, alias="updatedAt")


@dataclass(frozen=True)
class ShipmentInfo:
    """``ShipmentInfoInput``: what the packer chose and scanned."""

    carrier: str = ""
    service: str = ""
    packages: int = 1
    tracking: str = ""
    return_tracking: str = ""

    def to_input(self) -> dict[str, Any]:
        info: dict[str, Any] = {"packagesNumber": self.packages}
        for key, value in (("carrier", self.carrier), ("service", self.service),
                           ("trackingNumber", self.tracking),
                           ("returnTrackingNumber", self.return_tracking)):
            if value:
                info[key] = value
        return info


@dataclass(frozen=True)
class WriteCheck:
    """What ``probe_writes`` learned. ``confirmed``: write permissions Centra checked and
    granted (named in ``permissionsUsed``, no authorization error). ``unconfirmed``: ones it
    did not name, e.g. a Centra that answers "not found" before checking the permission."""

    confirmed: tuple[str, ...]
    unconfirmed: tuple[str, ...]
    permissions_used: tuple[str, ...] = ()


@dataclass(frozen=True)
class Found:
    shipment: Shipment
    outcome: LookupOutcome


@dataclass(frozen=True)
class Lookup:
    """What a scan found, in wire models (``adapter.to_lookup`` makes the bench's
    ``domain.LookupResult`` of it); ``found`` holds one shipment, or every open one."""

    query: str
    outcome: LookupOutcome
    found: tuple[Found, ...] = ()

    @property
    def shipment(self) -> Shipment | None:
        return self.found[0].shipment if len(self.found) == 1 else None


def outcome_of(shipment: Shipment, order_on_hold: bool = False) -> LookupOutcome:
    """The bench's reading of a shipment's booleans (as the Order API's ``FoundShipment``)."""
    if shipment.is_shipped:
        return LookupOutcome.COMPLETED
    if shipment.is_on_hold or order_on_hold:
        return LookupOutcome.ON_HOLD
    if not shipment.is_good_to_go:
        return LookupOutcome.NOT_GOOD_TO_GO
    if shipment.needs_capture:
        return LookupOutcome.NEEDS_CAPTURE
    return LookupOutcome.READY


def is_ready(shipment: Shipment) -> bool:
    """On the ready list: good to go and not shipped."""
    return shipment.is_good_to_go and not shipment.is_shipped


def centra_time(when: datetime) -> str:
    """A ``DateTimeTz`` argument (ISO-8601 with offset; naive means UTC)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.isoformat(timespec="seconds")


class IntegrationClient:
    """Talks to one Centra environment's ``…/graphql`` with one token."""

    def __init__(
        self,
        graphql_url: str,
        token: str,
        *,
        timeouts: Timeouts | None = None,
        transport: httpx.BaseTransport | None = None,
        max_rate_wait: float = DEFAULT_MAX_RATE_WAIT,
        comment_mode: Literal["replace", "append"] = "replace",
        pacer: Pacer | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.gql = GraphQLTransport(graphql_url, token, timeouts=timeouts,
                                    transport=transport, max_rate_wait=max_rate_wait,
                                    pacer=pacer, clock=clock, sleep=sleep, rng=rng)
        self.comment_mode = comment_mode
        # Open question 1: learned on the first ready-list read (None: not known yet).
        self.shipments_root: bool | None = None

    def __repr__(self) -> str:  # never show the token
        return f"IntegrationClient({self.gql.url!r})"

    @property
    def url(self) -> str:
        return self.gql.url

    def close(self) -> None:
        self.gql.close()

    def __enter__(self) -> IntegrationClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------ lookups

    def order_shipments(self, order_number: int) -> OrderWithShipments | None:
        data = self._data(queries.ORDER_SHIPMENTS, {"number": [order_number]})
        orders = self._parse_list(OrderWithShipments, data.get("orders"))
        return orders[0] if orders else None

    def lookup(self, scanned: str) -> Lookup:
        """A scanned shipment number (``41001-1``) or order number, in one request."""
        text = scanned.strip()
        match = SHIPMENT_NUMBER.match(text)
        if match:
            order = self.order_shipments(int(match.group(1)))
            for shipment in order.shipments if order else []:
                if shipment.number == text:
                    outcome = outcome_of(shipment, order is not None and order.is_on_hold)
                    return Lookup(text, outcome, (Found(shipment, outcome),))
            return Lookup(text, LookupOutcome.NOT_FOUND)
        if ORDER_NUMBER.match(text):
            return self._lookup_order(text)
        return Lookup(text, LookupOutcome.NOT_FOUND)

    def _lookup_order(self, text: str) -> Lookup:
        order = self.order_shipments(int(text))
        if order is None or not order.shipments:
            return Lookup(text, LookupOutcome.NOT_FOUND)
        found = [Found(s, outcome_of(s, order.is_on_hold)) for s in order.shipments]
        open_ = tuple(f for f in found if not f.shipment.is_shipped)
        if len(open_) > 1:
            return Lookup(text, LookupOutcome.SEVERAL_OPEN, open_)
        if len(open_) == 1:
            return Lookup(text, open_[0].outcome, open_)
        return Lookup(text, LookupOutcome.COMPLETED, (found[-1],))

    def shipment_state(self, number: str) -> Shipment | None:
        """Where Centra is with one shipment (its booleans only): one cheap request."""
        match = SHIPMENT_NUMBER.match(number.strip())
        if not match:
            raise ValueError(f"not a shipment number: {number!r}")
        data = self._data(queries.ORDER_STATE, {"number": [int(match.group(1))]})
        for order in self._parse_list(OrderWithShipments, data.get("orders")):
            for shipment in order.shipments:
                if shipment.number == number.strip():
                    return shipment
        return None

    # --------------------------------------------------------------------- ready list

    def iter_ready(self, page_size: int = PAGE_SIZE) -> Iterator[Shipment]:
        """Every shipment that is good to go and not shipped, page by page. Uses the
        ``shipments`` root field, or the orders that are not complete where a Centra has
        no such field (open question 1)."""
        size = max(1, min(page_size, MAX_PAGE_SIZE))
        page = 1
        while True:
            batch = self._page(queries.READY_PAGE, queries.READY_ORDERS_PAGE,
                               {"limit": size, "page": page})
            yield from (s for s in batch.shipments if is_ready(s))
            if batch.count < size:
                return
            page += 1

    def _page(self, by_shipment: str, by_order: str, variables: dict[str, Any]) -> _Page:
        """One page through the ``shipments`` root field, or through orders on a Centra
        without it (open question 1: learned from the first 400, then remembered)."""
        if self.shipments_root is not False:
            try:
                data = self._data(by_shipment, variables)
            except errors.RequestRejected as exc:
                if not _no_shipments_root(exc):
                    raise
                log.warning("Centra has no `shipments` query: shipments are read through "
                            "orders (more requests; see docs/integration-api.md)")
                self.shipments_root = False
            else:
                self.shipments_root = True
                found = self._parse_list(Shipment, data.get("shipments"))
                return _Page(found, len(found))
        data = self._data(by_order, variables)
        orders = self._parse_list(OrderWithShipments, data.get("orders"))
        return _Page([s for o in orders for s in o.shipments], len(orders))

    def changed_since(self, since: datetime, page_size: int = MAX_PAGE_SIZE) -> list[Shipment]:
        """Every shipment Centra changed at or after ``since`` (its own ``updatedAt``),
        oldest change first: what keeps a ready list current without paging all of it."""
        size = max(1, min(page_size, MAX_PAGE_SIZE))
        out: list[Shipment] = []
        page = 1
        while True:
            batch = self._page(queries.CHANGED_SINCE, queries.CHANGED_ORDERS_SINCE,
                               {"since": centra_time(since), "limit": size, "page": page})
            out.extend(batch.shipments)
            if batch.count < size:
                return out
            page += 1

    def latest_change(self) -> datetime | None:
        """Centra's ``updatedAt`` of its most recently changed shipment (or order, where
        there is no ``shipments`` root field): where a changed-since feed starts, in
        Centra's clock rather than the bench's."""
        field = "orders"
        if self.shipments_root is not False:
            try:
                data = self._data(queries.LATEST_CHANGE)
                field = "shipments"
            except errors.RequestRejected as exc:
                if not _no_shipments_root(exc):
                    raise
                self.shipments_root = False
        if field == "orders":
            data = self._data(queries.LATEST_ORDER_CHANGE)
        rows = self._parse_list(Changed, data.get(field))
        return rows[0].updated_at if rows else None

    # ------------------------------------------------------------------------- events

    def listen_for_shipments(self) -> None:
        """Subscribe this token's integration to shipment changes (idempotent)."""
        data = self._data(queries.SET_EVENT_LISTENERS, {"input": [{
            "objectType": "Shipment",
            "changeTypes": ["CREATED", "UPDATED", "COMPLETED", "DELETED"]}]}, write=True)
        self._payload(Payload, data, "setEventListeners", raise_on_errors=True)

    def shipment_events(self, limit: int = MAX_PAGE_SIZE) -> list[Event]:
        """Unconfirmed shipment events, oldest first, each with the shipment as it is now."""
        data = self._data(queries.EVENTS, {"limit": max(1, min(limit, MAX_PAGE_SIZE))})
        return self._parse_list(Event, data.get("events"))

    def confirm_events(self, ids: Sequence[int]) -> list[UserMessage]:
        """Mandatory after handling events, or they come back. Returns the warnings."""
        if not ids:
            return []
        data = self._data(queries.CONFIRM_EVENTS, {"ids": list(ids)}, write=True)
        return self._payload(Payload, data, "confirmEvents", raise_on_errors=True).user_warnings

    def rate_limits(self) -> list[RateLimit]:
        return self._parse_list(RateLimit, self._data(queries.RATE_LIMITS).get("rateLimits"))

    def probe(self) -> tuple[str, ...]:
        """"Test connection": one read of what a bench reads. Returns the permissions
        Centra says it used; raises ``PermissionMissing`` naming what the token lacks."""
        self._data(queries.PERMISSION_PROBE, optional=frozenset())
        return self.gql.permissions_used

    def probe_writes(self) -> WriteCheck:
        """"Test connection", the write permissions: every mutation a bench sends, aimed at
        shipment id 0 / order number 0, which cannot exist (``queries.WRITE_PROBES``, one
        request each): nothing is written. Raises ``PermissionMissing`` naming everything
        the token may not write. Spends four of the environment's shared mutations: for
        the button only, never at start."""
        missing: list[str] = []
        used: set[str] = set()
        for name, document in queries.WRITE_PROBES.items():
            try:
                response = self.gql.execute(document, write=True)
            except errors.PermissionMissing as exc:
                if not exc.missing:
                    raise
                missing.extend(m for m in exc.missing if m not in missing)
                used.update(exc.permissions_used)
                continue
            used.update(response.extensions.permissions_used)
            payload = (response.data or {}).get(name)
            if isinstance(payload, dict) and not payload.get("userErrors"):
                log.warning("Centra: the write check's %s on id %d was not refused; "
                            "nothing was asked to change", name, queries.WRITE_PROBE_ID)
        if missing:
            raise errors.PermissionMissing(tuple(missing), permissions_used=tuple(sorted(used)))
        return WriteCheck(
            confirmed=tuple(p for p in queries.WRITE_PERMISSIONS if p in used),
            unconfirmed=tuple(p for p in queries.WRITE_PERMISSIONS if p not in used),
            permissions_used=tuple(sorted(used)))

    # ----------------------------------------------------------------------- mutations

    def mark_good_to_go(self, shipment_id: int) -> ShipmentPayload:
        """``updateShipment(isGoodToGo: true)``; ``userErrors`` raise ``CentraRefused``."""
        data = self._data(queries.MARK_GOOD_TO_GO, {"id": shipment_id}, write=True)
        return self._payload(ShipmentPayload, data, "updateShipment", raise_on_errors=True)

    def capture(self, shipment_id: int) -> CapturePayload:
        """``captureShipment``: the payload as it is (``userErrors`` = not captured)."""
        data = self._data(queries.CAPTURE, {"id": shipment_id}, write=True)
        return self._payload(CapturePayload, data, "captureShipment")

    def complete(self, shipment_id: int, info: ShipmentInfo,
                 send_email: bool | None = None) -> ShipmentPayload:
        """``completeShipment`` with ``shipmentInfo``; the payload as it is."""
        payload: dict[str, Any] = {"shipmentInfo": info.to_input()}
        if send_email is not None:
            payload["sendEmail"] = send_email
        data = self._data(queries.COMPLETE, {"id": shipment_id, "input": payload}, write=True)
        return self._payload(ShipmentPayload, data, "completeShipment")

    def order_comment(self, order_number: int) -> OrderComment | None:
        # Never optional: a comment read as empty would be overwritten.
        data = self._data(queries.ORDER_COMMENT, {"number": [order_number]},
                          optional=frozenset())
        orders = self._parse_list(OrderComment, data.get("orders"))
        return orders[0] if orders else None

    def add_internal_comment(self, order_number: int, text: str) -> list[UserMessage]:
        """Add ``text`` to the order's internal comment: read it, then write the whole
        comment (``updateDirectToConsumerOrder`` replaces it). Text already there is not
        written again, so a retry after an unknown outcome adds nothing twice. Returns the
        warnings; ``userErrors`` (a locked order) raise ``CentraRefused``."""
        text = text.strip()
        if not text:
            return []
        order = self.order_comment(order_number)
        if order is None:
            raise errors.CentraRefused(f"Order {order_number} not found.")
        current = (order.internal_comment or "").rstrip()
        if text in current:
            return []
        new = text if self.comment_mode == "append" or not current else f"{current}\n{text}"
        data = self._data(queries.SET_INTERNAL_COMMENT,
                          {"order": {"number": order_number}, "comment": new}, write=True)
        payload = self._payload(OrderUpdatePayload, data, "updateDirectToConsumerOrder",
                                raise_on_errors=True)
        saved = payload.order.internal_comment if payload.order else None
        if saved is not None and self.comment_mode == "replace" and saved.rstrip() != new:
            log.warning("Centra appended the internal comment instead of replacing it: "
                        "set the comment mode to 'append' (docs/integration-api.md)")
        return payload.user_warnings

    # ------------------------------------------------------------------------ plumbing

    def _data(self, query: str, variables: dict[str, Any] | None = None, *,
              write: bool = False,
              optional: frozenset[str] = OPTIONAL_READS) -> dict[str, Any]:
        response = self.gql.execute(query, variables, write=write,
                                    optional=frozenset() if write else optional)
        return response.data or {}

    @staticmethod
    def _parse_list(model: type[M], value: Any) -> list[M]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise errors.MalformedResponse("expected a list")
        try:
            return [model.model_validate(v) for v in value]
        except ValidationError as exc:
            raise errors.MalformedResponse(_where(exc)) from None

    @staticmethod
    def _payload(model: type[M], data: dict[str, Any], field: str, *,
                 raise_on_errors: bool = False) -> M:
        value = data.get(field)
        if not isinstance(value, dict):
            raise errors.MalformedResponse(f"no {field} payload", outcome_unknown=True)
        try:
            payload = model.model_validate(value)
        except ValidationError as exc:
            raise errors.MalformedResponse(_where(exc), outcome_unknown=True) from None
        if raise_on_errors and isinstance(payload, Payload) and payload.user_errors:
            raise errors.CentraRefused(user_text(payload.user_errors))
        return payload


@dataclass(frozen=True)
class _Page:
    shipments: list[Shipment]
    count: int      # rows Centra returned (shipments, or orders in the fallback)


def _no_shipments_root(exc: errors.RequestRejected) -> bool:
    return any(NO_SHIPMENTS_ROOT.search(m + " ") for m in exc.messages)


def user_text(messages: Sequence[UserMessage]) -> str:
    return " ".join(m.message.strip() for m in messages if m.message.strip())[:500] \
        or "no reason given"


def _where(exc: ValidationError) -> str:
    where = ", ".join(".".join(str(p) for p in e["loc"]) for e in exc.errors()[:3])
    return f"unexpected data in {where}"
