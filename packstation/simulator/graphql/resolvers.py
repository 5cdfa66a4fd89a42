"""Root fields of the Integration API subset: queries read the store through `Views`, the
mutations apply Centra's rules to the same store the Order API uses.

Refusals are `userErrors` (HTTP 200; `path` names the argument or input field at fault), in
the words below; `userWarnings` carry what succeeded but deserves a look:
- updateShipment: "Shipment not found."; "It isn't possible to update shipment info or
  isGoodToGo once the shipment is shipped."; warning "Shipment is on hold." when marking a
  held shipment good-to-go.
- captureShipment: "Shipment not found."; "Shipment is already captured." (nothing is
  captured twice); "Shipment is already paid." (marked paid with updateShipment(isPaid));
  "A capture request for this shipment is already pending.";
  "There is no authorized payment to capture for this shipment." (unpaid, nothing
  authorised); "Capture failed." with paymentHistoryEntry {entryType CAPTURE, status FAILED,
  paramsJSON: the provider's answer, e.g. {"resultCode": "Refused", "refusalReason":
  "Expired authorization", ...}}; a pending request (options.pending_capture) succeeds with
  the warning "Capture request accepted; the payment provider confirms it later."
- completeShipment: "Shipment not found."; "Shipment is already shipped." (see
  options.second_complete); "Shipment is on hold."; "Shipment is not good to go." and
  "Shipment is not paid." (see options.complete_when_*); "Capture failed." when completing
  captures (options.complete_when_unpaid == "capture"); warnings "The customer has no
  e-mail address: no shipping confirmation was sent." and "No shipment method plugin
  matches carrier 'X': the carrier is saved as text only."
- updateDirectToConsumerOrder: "Provide exactly one of order.id and order.number.";
  "Order not found."; "Order is locked." (without Order.isLocked:write).
- Events: "Events are not enabled for this environment. Contact your CSM/PSM." and "The
  token has no integration name: events need one." (userErrors on the mutations, errors on
  the queries); confirmEvents warns about ids that were not in the queue.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from graphql import GraphQLError, GraphQLResolveInfo

from packstation.simulator.graphql.events import EventHub
from packstation.simulator.graphql.options import IntegrationOptions
from packstation.simulator.graphql.ratelimit import RateLimiter
from packstation.simulator.graphql.views import (
    MARKET,
    STORE,
    Obj,
    Views,
    date_field,
    order_api_date,
)
from packstation.simulator.store import TRACKING_URLS, ShipmentStore, StoredShipment

MAX_LIMIT = 200
EVENTS_DISABLED = "Events are not enabled for this environment. Contact your CSM/PSM."
NO_INTEGRATION = "The token has no integration name: events need one."


def _err(message: str, *path: str) -> Obj:
    return {"message": message, "path": list(path) or None}


def _payload(**fields: Any) -> Obj:
    fields.setdefault("userErrors", [])
    fields.setdefault("userWarnings", [])
    return fields


def _limit(limit: int | None, page: int | None) -> tuple[int, int]:
    limit = 20 if limit is None else limit
    page = 1 if page is None else page
    if not 1 <= limit <= MAX_LIMIT:
        raise GraphQLError(f"Limit must be in range 1 - {MAX_LIMIT}")
    if page < 1:
        raise GraphQLError("Page must be 1 or more")
    return (page - 1) * limit, limit


def _in_range(value: datetime | None, rng: Obj | None) -> bool:
    if rng is None:
        return True
    if value is None:
        return False
    lo, hi = rng.get("from"), rng.get("to")
    return (lo is None or value >= lo) and (hi is None or value <= hi)


class Resolvers:
    def __init__(self, store: ShipmentStore, views: Views, options: IntegrationOptions,
                 events: EventHub, limiter: RateLimiter) -> None:
        self.store = store
        self.views = views
        self.options = options
        self.events = events
        self.limiter = limiter

    def root_fields(self) -> dict[str, dict[str, Callable[..., Any]]]:
        return {
            "Query": {
                "shipments": self.shipments, "orders": self.orders, "order": self.order,
                "events": self.query_events, "eventListeners": self.event_listeners,
                "rateLimits": self.rate_limits,
            },
            "Mutation": {
                "updateShipment": self.update_shipment,
                "captureShipment": self.capture_shipment,
                "completeShipment": self.complete_shipment,
                "updateDirectToConsumerOrder": self.update_order,
                "setEventListeners": self.set_event_listeners,
                "unsetEventListeners": self.unset_event_listeners,
                "confirmEvents": self.confirm_events,
            },
        }

    # ----- queries -----------------------------------------------------------------------

    def _matches(self, s: StoredShipment, where: Obj) -> bool:
        d = s.data
        flags = {
            "isGoodToGo": s.state in ("goodtogo", "completed"), "isPrinted": False,
            "isShipped": s.state == "completed", "isOnHold": bool(d.get("hold")),
            "isPaid": bool(d.get("paid")), "isCaptured": s.is_captured,
        }
        for name, value in flags.items():
            wanted = where.get(name)
            if wanted is not None and wanted != value:
                return False
        if where.get("id") is not None and s.gql_id not in where["id"]:
            return False
        if where.get("number") is not None and s.shipment_id not in where["number"]:
            return False
        if where.get("trackingNumber") is not None and (
                str(d.get("trackingNumber") or "") not in where["trackingNumber"]):
            return False
        if where.get("orderId") is not None:
            accepted = {s.order_hash}
            if self.options.order_id_filter == "hash-or-number":
                accepted.add(str(s.order_id))
            if not accepted & set(where["orderId"]):
                return False
        if where.get("storeId") is not None and 1 not in where["storeId"]:
            return False
        if where.get("externalId") is not None and (
                str(d.get("externalId") or "") not in where["externalId"]):
            return False
        search = where.get("search")
        if search and not any(search.lower() in str(d.get(k) or "").lower() for k in (
                "shipmentId", "deliveryName", "deliveryEmail", "trackingNumber")):
            return False
        shipped = None
        if s.state == "completed":
            shipped = order_api_date(d.get("shipmentDate"))
        return (_in_range(s.created_at, where.get("createdAt"))
                and _in_range(s.updated_at, where.get("updatedAt"))
                and _in_range(shipped, where.get("shippedAt"))
                and _in_range(s.paid_at if d.get("paid") else None, where.get("paidAt"))
                and _in_range(s.captured_at if s.is_captured else None,
                              where.get("capturedAt")))

    @staticmethod
    def _sort_key(name: str) -> Callable[[StoredShipment], Any]:
        if name.startswith("updatedAt"):
            return lambda s: (s.updated_at or datetime.min, s.gql_id)
        if name.startswith("createdAt"):
            return lambda s: (s.created_at or datetime.min, s.gql_id)
        return lambda s: s.gql_id

    def shipments(self, root: Any, info: GraphQLResolveInfo, where: Obj | None = None,
                  sort: list[str] | None = None, limit: int | None = 20,
                  page: int | None = 1) -> list[Obj]:
        offset, limit = _limit(limit, page)
        where = where or {}
        with self.store.lock:
            if where.get("number") is not None:
                found = [s for n in where["number"] if (s := self.store.live(n)) is not None]
            elif where.get("id") is not None:
                found = [s for i in where["id"]
                         if (s := self.store.live_by_gql_id(i)) is not None]
            else:
                found = self.store.live_all()
            found = [s for s in found if self._matches(s, where)]
            order = (sort or ["id_ASC"])[0]
            found.sort(key=self._sort_key(order), reverse=order.endswith("_DESC"))
            return [self.views.shipment(s) for s in found[offset:offset + limit]]

    def _orders(self) -> dict[int, list[StoredShipment]]:
        return self.store.live_orders()

    def _order_by_hash(self, order_hash: str) -> list[StoredShipment]:
        number = self.store.order_id_for_hash(order_hash)
        return [] if number is None else self.store.live_order(number)

    def orders(self, root: Any, info: GraphQLResolveInfo, where: Obj | None = None,
               sort: list[str] | None = None, limit: int | None = 20,
               page: int | None = 1) -> list[Obj]:
        offset, limit = _limit(limit, page)
        where = where or {}
        with self.store.lock:
            if where.get("number") is not None:
                grouped = {n: found for n in where["number"]
                           if (found := self.store.live_order(n))}
            elif where.get("id") is not None:
                grouped = {found[0].order_id: found for h in where["id"]
                           if (found := self._order_by_hash(h))}
            else:
                grouped = self._orders()
            views = []
            for shipments in grouped.values():
                view = self.views.order(shipments)
                if where.get("id") is not None and view["id"] not in where["id"]:
                    continue
                if where.get("status") is not None and view["status"] not in where["status"]:
                    continue
                if where.get("isOnHold") is not None and view["isOnHold"] != where["isOnHold"]:
                    continue
                created = shipments[0].created_at
                updated = max(s.updated_at or created or datetime.min for s in shipments)
                touched = self.store.order_updated_at(shipments[0].order_id)
                if touched is not None:
                    updated = max(updated, touched)
                if not (_in_range(created, where.get("createdAt"))
                        and _in_range(updated, where.get("updatedAt"))):
                    continue
                view["_sort"] = (updated, view["number"])
                views.append(view)
            order = (sort or ["id_ASC"])[0]
            if order.startswith("updatedAt"):
                views.sort(key=lambda v: v["_sort"], reverse=order.endswith("_DESC"))
            else:
                views.sort(key=lambda v: v["number"], reverse=order.endswith("_DESC"))
            return views[offset:offset + limit]

    def order(self, root: Any, info: GraphQLResolveInfo, id: str) -> Obj | None:
        with self.store.lock:
            shipments = self._order_by_hash(id)
            return self.views.order(shipments) if shipments else None

    def _integration(self, info: GraphQLResolveInfo) -> str:
        if not self.options.events_enabled:
            raise GraphQLError(EVENTS_DISABLED)
        name = info.context.token.integration_name
        if not name:
            raise GraphQLError(NO_INTEGRATION)
        return str(name)

    def query_events(self, root: Any, info: GraphQLResolveInfo, where: Obj | None = None,
                     limit: int | None = 200) -> list[Obj]:
        integration = self._integration(info)
        limit = 200 if limit is None else limit
        if not 1 <= limit <= MAX_LIMIT:
            raise GraphQLError(f"Limit must be in range 1 - {MAX_LIMIT}")
        where = where or {}
        if where.get("storeId") is not None and 1 not in where["storeId"]:
            return []
        if where.get("marketId") is not None and 1 not in where["marketId"]:
            return []
        queued = self.events.pending(integration, where.get("objectType"),
                                     where.get("changeType"), limit)
        return [self._event(e) for e in queued]

    def _event(self, e: Any) -> Obj:
        return {
            "id": e.id, "objectType": e.object_type, "changeType": e.change_type,
            "objectReference": e.reference, "createdAt": date_field(e.created_at),
            "store": STORE, "market": MARKET,
            "object": lambda info: self._event_object(e.object_type, e.reference),
        }

    def _event_object(self, object_type: str, reference: str) -> Obj | None:
        with self.store.lock:
            if object_type == "Shipment":
                s = self.store.live_by_gql_id(int(reference)) if reference.isdigit() else None
                return None if s is None else self.views.shipment(s)
            shipments = self._order_by_hash(reference)
            return self.views.order(shipments) if shipments else None

    def event_listeners(self, root: Any, info: GraphQLResolveInfo) -> list[Obj]:
        integration = self._integration(info)
        return [{"objectType": ot, "changeTypes": cts}
                for ot, cts in self.events.listeners(integration)]

    def rate_limits(self, root: Any, info: GraphQLResolveInfo) -> list[Obj]:
        return self.limiter.snapshot()

    # ----- shipment mutations ------------------------------------------------------------

    def _shipment_payload(self, s: StoredShipment | None, **fields: Any) -> Obj:
        return _payload(shipment=None if s is None else self.views.shipment(s), **fields)

    def update_shipment(self, root: Any, info: GraphQLResolveInfo, id: int,
                        input: Obj) -> Obj:
        with self.store.lock:
            s = self.store.live_by_gql_id(id)
            if s is None:
                return _payload(shipment=None, userErrors=[_err("Shipment not found.", "id")])
            info_in: Obj | None = input.get("shipmentInfo")
            if s.state == "completed" and (info_in is not None
                                           or input.get("isGoodToGo") is not None):
                field = "isGoodToGo" if input.get("isGoodToGo") is not None else "shipmentInfo"
                return self._shipment_payload(s, userErrors=[_err(
                    "It isn't possible to update shipment info or isGoodToGo once the "
                    "shipment is shipped.", "input", field)])
            warnings: list[Obj] = []
            changed = False
            gtg = input.get("isGoodToGo")
            if gtg is not None:
                new_state = "goodtogo" if gtg else "inprogress"
                if s.state != new_state:
                    s.state = new_state  # type: ignore[assignment]
                    changed = True
                if gtg and s.data.get("hold"):
                    warnings.append(_err("Shipment is on hold.", "input", "isGoodToGo"))
            if input.get("isPaid") is True and not s.data.get("paid"):
                # Paid outside Centra: paid, not captured (nothing to capture any more).
                if s.captured is None:
                    s.captured = False
                s.data["paid"] = 1
                s.paid_at = self.store.now()
                changed = True
            if info_in is not None:
                changed |= self.store.apply_shipment_info(s, self._order_api_info(info_in))
            for key in ("additionalMessage", "externalId"):
                if input.get(key) is not None and s.data.get(key) != input[key]:
                    s.data[key] = input[key]
                    changed = True
            if changed:
                self.store.touch(s)
            return self._shipment_payload(s, userWarnings=warnings)

    @staticmethod
    def _order_api_info(info_in: Obj) -> Obj:
        """ShipmentInfoInput in the Order API's field names (the store speaks those)."""
        return {"carrier": info_in.get("carrier"), "service": info_in.get("service"),
                "tracking": info_in.get("trackingNumber"),
                "returnSlipTracking": info_in.get("returnTrackingNumber"),
                "packages": info_in.get("packagesNumber")}

    def _capture(self, s: StoredShipment) -> tuple[Obj | None, list[Obj], list[Obj]]:
        """Try to capture `s` (caller holds the lock): (entry, userErrors, userWarnings)."""
        if s.capture_pending:
            return None, [_err("A capture request for this shipment is already pending.",
                               "id")], []
        if s.is_captured:
            return None, [_err("Shipment is already captured.", "id")], []
        if s.data.get("paid"):
            return None, [_err("Shipment is already paid.", "id")], []
        if not s.data.get("shouldCapture"):
            return None, [_err("There is no authorized payment to capture for this shipment.",
                               "id")], []
        mode = self.options.pending_capture
        pending = mode != "off"
        entry = self.store.record_capture(s, ok=s.capture_ok, pending=pending,
                                          flags=mode == "flags-set")
        self.store.touch(s)  # the payment history changed, whatever the outcome
        if not s.capture_ok:
            return entry, [_err("Capture failed.", "id")], []
        warnings = [_err("Capture request accepted; the payment provider confirms it later.",
                         "id")] if pending else []
        return entry, [], warnings

    def capture_shipment(self, root: Any, info: GraphQLResolveInfo, id: int) -> Obj:
        with self.store.lock:
            s = self.store.live_by_gql_id(id)
            if s is None:
                return _payload(shipment=None, paymentHistoryEntry=None,
                                paymentHistoryEntries=[],
                                userErrors=[_err("Shipment not found.", "id")])
            entry, errors, warnings = self._capture(s)
            entries = [] if entry is None else [self.views.payment(entry)]
            return self._shipment_payload(
                s, paymentHistoryEntry=entries[0] if entries else None,
                paymentHistoryEntries=entries, userErrors=errors, userWarnings=warnings)

    def complete_shipment(self, root: Any, info: GraphQLResolveInfo, id: int,
                          input: Obj | None = None) -> Obj:
        input = input or {}
        with self.store.lock:
            s = self.store.live_by_gql_id(id)
            if s is None:
                return _payload(shipment=None, userErrors=[_err("Shipment not found.", "id")])
            if s.state == "completed":
                mode = self.options.second_complete
                if mode == "refuse":
                    return self._shipment_payload(
                        s, userErrors=[_err("Shipment is already shipped.", "id")])
                if mode == "email" and input.get("sendEmail"):
                    s.emails += 1
                return self._shipment_payload(s)
            if s.data.get("hold"):
                return self._shipment_payload(s, userErrors=[_err("Shipment is on hold.",
                                                                  "id")])
            if s.state != "goodtogo" and self.options.complete_when_not_good_to_go == "refuse":
                return self._shipment_payload(
                    s, userErrors=[_err("Shipment is not good to go.", "id")])
            warnings: list[Obj] = []
            if not s.data.get("paid") and not s.is_captured and not s.capture_pending:
                if self.options.complete_when_unpaid == "refuse":
                    return self._shipment_payload(
                        s, userErrors=[_err("Shipment is not paid.", "id")])
                _, errors, warnings = self._capture(s)
                if errors:
                    return self._shipment_payload(s, userErrors=errors)
            info_in: Obj = input.get("shipmentInfo") or {}
            carrier = info_in.get("carrier")
            if carrier and carrier not in TRACKING_URLS:
                warnings.append(_err(f"No shipment method plugin matches carrier '{carrier}': "
                                     "the carrier is saved as text only.",
                                     "input", "shipmentInfo", "carrier"))
            send = bool(input.get("sendEmail"))
            if send and not s.data.get("deliveryEmail"):
                warnings.append(_err("The customer has no e-mail address: no shipping "
                                     "confirmation was sent.", "input", "sendEmail"))
                send = False
            if input.get("additionalMessage") is not None:
                s.data["additionalMessage"] = input["additionalMessage"]
            self.store.mark_completed(s, {**self._order_api_info(info_in), "sendEmail": send},
                                      shipped_at=input.get("shippedAt"))
            return self._shipment_payload(s, userWarnings=warnings)

    # ----- order mutation ----------------------------------------------------------------

    def update_order(self, root: Any, info: GraphQLResolveInfo, order: Obj,
                     input: Obj) -> Obj:
        ids = [k for k in ("id", "number") if order.get(k) is not None]
        if len(ids) != 1:
            return _payload(order=None, userErrors=[_err(
                "Provide exactly one of order.id and order.number.", "order")])
        with self.store.lock:
            if order.get("number") is not None:
                shipments = self.store.live_order(int(order["number"]))
            else:
                shipments = self._order_by_hash(str(order["id"]))
            if not shipments:
                return _payload(order=None, userErrors=[_err("Order not found.", "order")])
            if shipments[0].data.get("x_locked") and not info.context.token.allows(
                    "Order.isLocked:write"):
                info.context.use("Order.isLocked:write")
                return _payload(order=self.views.order(shipments),
                                userErrors=[_err("Order is locked.", "order")])
            changed = False
            comment = input.get("internalComment")
            if comment is not None:
                old = str(shipments[0].data.get("internalComment") or "")
                new = (f"{old}\n{comment}" if old and self.options.internal_comment == "append"
                       else str(comment))
                changed |= new != old
                for s in shipments:
                    s.data["internalComment"] = new
            for key, data_key in (("otherComment", "otherComment"),
                                  ("externalId", "externalOrderId")):
                if input.get(key) is not None:
                    changed |= shipments[0].data.get(data_key) != input[key]
                    for s in shipments:
                        s.data[data_key] = input[key]
            if input.get("isOnHold") is not None:
                hold = int(bool(input["isOnHold"]))
                changed |= int(shipments[0].data.get("hold") or 0) != hold
                for s in shipments:
                    s.data["hold"] = hold
            if changed:
                self.store.touch_order(shipments[0].order_id)
            return _payload(order=self.views.order(shipments))

    # ----- event mutations ---------------------------------------------------------------

    def _event_integration(self, info: GraphQLResolveInfo) -> tuple[str | None, list[Obj]]:
        if not self.options.events_enabled:
            return None, [_err(EVENTS_DISABLED)]
        name = info.context.token.integration_name
        if not name:
            return None, [_err(NO_INTEGRATION)]
        return str(name), []

    @staticmethod
    def _listener_pairs(items: list[Obj]) -> list[tuple[str, list[str]]]:
        return [(str(i["objectType"]), list(i["changeTypes"])) for i in items]

    def set_event_listeners(self, root: Any, info: GraphQLResolveInfo,
                            input: list[Obj]) -> Obj:
        return self._change_listeners(info, input, self.events.set_listeners)

    def unset_event_listeners(self, root: Any, info: GraphQLResolveInfo,
                              input: list[Obj]) -> Obj:
        return self._change_listeners(info, input, self.events.unset_listeners)

    def _change_listeners(
            self, info: GraphQLResolveInfo, input: list[Obj],
            change: Callable[[str, list[tuple[str, list[str]]]], list[tuple[str, list[str]]]],
    ) -> Obj:
        name, errors = self._event_integration(info)
        if name is None:
            return _payload(eventListeners=[], userErrors=errors)
        listing = change(name, self._listener_pairs(input))
        return _payload(eventListeners=[{"objectType": o, "changeTypes": c}
                                        for o, c in listing])

    def confirm_events(self, root: Any, info: GraphQLResolveInfo, input: Obj) -> Obj:
        name, errors = self._event_integration(info)
        if name is None:
            return _payload(userErrors=errors)
        unknown = self.events.confirm(name, input["eventsIds"])
        warnings = [_err(f"Event {i} is not in the queue (already confirmed?).",
                         "input", "eventsIds") for i in unknown]
        return _payload(userWarnings=warnings)
