"""In-memory shipment state and the rules Centra applies to it.

Each shipment is a `StoredShipment`: `data` holds the Centra-shaped JSON object exactly as
GET /shipments returns it, and the other attributes hold state that Centra does not expose in
that object (good-to-go/in-progress/completed, whether a capture would succeed, ...).

Choices made where the Centra docs are silent (see centra-order-api.md §6.2, §12):
- Shipments on hold are listed like any other (the app must show "on hold", not hide it).
- GET /shipments/{id} ignores `status` and returns the shipment in whatever state it is in.
- PUT /shipment on a completed shipment is refused with "shipment is already completed"
  and changes nothing (no second email).
- Not paid, shouldCapture=0 and capture requested: refused with "shipment is not paid"
  (there is nothing to capture, e.g. an invoice that was never paid).
- A refused complete changes nothing, not even the good-to-go flag sent with it.
- `sendEmail` omitted: the store setting decides; the simulator's default is True.
- `trackingUrl` is built from the carrier and tracking number on completion.
- Order status: "Completed" when every shipment is completed, "Processing" when some are,
  otherwise "Confirmed".
- All methods take one lock, so the store is safe to use from handler threads.

Integration API (GraphQL) state lives here too, so both APIs see one truth: each shipment has
an Int id (`gql_id`: order * 100 + seq), `captured` (isCaptured), its payment-history entries,
timestamps (createdAt from orderDate, updatedAt on every change) and the e-mails sent.
Every change is announced to the subscribers (`subscribe`) as (object type, change type,
reference): ("Shipment", "UPDATED", "4100101"), ("Order", "COMPLETED", <order hash id>); the
events queue of the Integration API listens there, whichever API made the change.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from packstation.simulator.documents import PLACEHOLDER_ORIGIN

ShipmentState = Literal["goodtogo", "inprogress", "completed"]
SHIPMENT_STATES: tuple[str, ...] = ("goodtogo", "inprogress", "completed")
ZERO_DATE = "0000-00-00 00:00:00"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"

TRACKING_URLS = {
    "PostNord": "https://tracking.postnord.com/se/?id={}",
    "DHL": "https://www.dhl.com/se-en/home/tracking.html?tracking-id={}",
    "UPS": "https://www.ups.com/track?tracknum={}",
    "Bring": "https://tracking.bring.com/tracking/{}",
    "Budbee": "https://tracking.budbee.com/{}",
}


@dataclass
class StoredShipment:
    """One shipment plus the simulator-only state around it."""

    data: dict[str, Any]
    state: ShipmentState = "goodtogo"
    capture_ok: bool = True
    completions: int = 0
    email_sent: bool | None = None
    packages: int | None = None
    # Integration API state. captured None: as `paid` (paid at checkout by a direct capture).
    captured: bool | None = None
    # The payment provider's refusal when capture_ok is False (paramsJSON of the FAILED entry).
    capture_failure: str = "Expired authorization"
    capture_pending: bool = False       # a CAPTURE_REQUEST the provider has not settled yet
    emails: int = 0                     # shipping confirmation e-mails sent
    created_at: datetime | None = None
    updated_at: datetime | None = None
    paid_at: datetime | None = None
    captured_at: datetime | None = None
    payments: list[dict[str, Any]] = field(default_factory=list)

    @property
    def shipment_id(self) -> str:
        return str(self.data["shipmentId"])

    @property
    def gql_id(self) -> int:
        """The Integration API's Int id: order * 100 + seq (41001-1 -> 4100101)."""
        seq = self.shipment_id.rsplit("-", 1)[-1]
        return self.order_id * 100 + (int(seq) if seq.isdigit() else 0)

    @property
    def order_hash(self) -> str:
        """The Integration API's order id (a hash string): the Order API's selectionId."""
        return str(self.data.get("selectionId") or f"{self.order_id:x}")

    @property
    def is_captured(self) -> bool:
        return bool(self.data.get("paid")) if self.captured is None else self.captured

    @property
    def order_id(self) -> int:
        return int(self.data["orderId"])

    def sort_key(self) -> tuple[str, int, int]:
        seq = self.shipment_id.rsplit("-", 1)[-1]
        order_date = str(self.data.get("orderDate", ""))
        return (order_date, self.order_id, int(seq) if seq.isdigit() else 0)


def truthy(value: Any) -> bool:
    """Centra-style boolean: true, 1, "1", "true" (the docs' own example sends capture: 1)."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value) if isinstance(value, (bool, int, float)) else False


class ShipmentStore:
    def __init__(
        self,
        shipments: Iterable[StoredShipment] = (),
        *,
        send_email_default: bool = True,
        clock: Callable[[], datetime] = datetime.now,
        document_origin: str = "",
    ) -> None:
        self._lock = threading.RLock()
        self._by_id: dict[str, StoredShipment] = {}
        self._by_gql_id: dict[int, StoredShipment] = {}
        self._by_order: dict[int, list[StoredShipment]] = {}
        self._order_by_hash: dict[str, int] = {}
        self._order_touched: dict[int, datetime] = {}
        self._payment_seq = 0
        self._observers: list[Callable[[str, str, str], None]] = []
        self.send_email_default = send_email_default
        # Open question 9: Order API shipments also carry "gtg": 0|1 (off: as documented).
        self.gtg_field = False
        self._clock = clock
        self._document_origin = document_origin
        for shipment in shipments:
            self._put(self._stored(shipment))

    def _put(self, s: StoredShipment) -> None:
        old = self._by_id.get(s.shipment_id)
        if old is not None:
            self._by_gql_id.pop(old.gql_id, None)
            self._by_order[old.order_id].remove(old)
        self._by_id[s.shipment_id] = s
        self._by_gql_id[s.gql_id] = s
        siblings = self._by_order.setdefault(s.order_id, [])
        siblings.append(s)
        siblings.sort(key=StoredShipment.sort_key)
        self._order_by_hash[s.order_hash] = s.order_id

    # ----- shared with the Integration API (callers hold `lock`) ---------------------------

    @property
    def lock(self) -> threading.RLock:
        """The store's (re-entrant) lock: hold it around `live_*` and `touch`."""
        return self._lock

    def now(self) -> datetime:
        return self._clock()

    def live(self, shipment_id: str) -> StoredShipment | None:
        """The stored object itself (not a copy); hold `lock` while using it."""
        return self._by_id.get(shipment_id)

    def live_by_gql_id(self, gql_id: int) -> StoredShipment | None:
        return self._by_gql_id.get(gql_id)

    def live_all(self) -> list[StoredShipment]:
        """Every stored shipment in list order; hold `lock` while using them."""
        return sorted(self._by_id.values(), key=StoredShipment.sort_key)

    def live_order(self, order_id: int) -> list[StoredShipment]:
        """One order's shipments in list order ([] when unknown)."""
        return list(self._by_order.get(order_id, ()))

    def live_orders(self) -> dict[int, list[StoredShipment]]:
        """Every order's shipments, orders in list order."""
        return {s[0].order_id: list(s) for s in
                sorted((x for x in self._by_order.values() if x),
                       key=lambda x: x[0].sort_key())}

    def order_id_for_hash(self, order_hash: str) -> int | None:
        """The order number of an Integration API order id (hash)."""
        return self._order_by_hash.get(order_hash)

    def order_updated_at(self, order_id: int) -> datetime | None:
        return self._order_touched.get(order_id)

    def subscribe(self, observer: Callable[[str, str, str], None]) -> None:
        """Call `observer(object_type, change_type, reference)` on every change."""
        with self._lock:
            self._observers.append(observer)

    def touch(self, s: StoredShipment, change: str = "UPDATED") -> None:
        """Record a change of `s` (updatedAt) and announce it, with its order's change."""
        now = self._clock()
        s.updated_at = now
        self._order_touched[s.order_id] = now
        self._announce("Shipment", change, str(s.gql_id))
        siblings = self._by_order.get(s.order_id, [s])
        order_change = ("COMPLETED" if change == "COMPLETED"
                        and all(x.state == "completed" for x in siblings) else "UPDATED")
        self._announce("Order", order_change, s.order_hash)

    def touch_order(self, order_id: int) -> None:
        """An order-level change (comment, hold): updatedAt and an Order UPDATED event."""
        shipments = self._by_order.get(order_id, [])
        if not shipments:
            return
        self._order_touched[order_id] = self._clock()
        self._announce("Order", "UPDATED", shipments[0].order_hash)

    def _announce(self, object_type: str, change: str, reference: str) -> None:
        for observer in list(self._observers):
            observer(object_type, change, reference)

    def record_capture(self, s: StoredShipment, *, ok: bool, pending: bool = False,
                       flags: bool = True) -> dict[str, Any]:
        """A capture attempt on `s`: its payment-history entry, and on success the paid and
        captured state (a pending request sets them only when `flags`)."""
        now = self._clock()
        total = float(s.data.get("grandTotalValue") or 0.0)
        entry: dict[str, Any] = {
            "id": self._next_payment_id(),
            "createdAt": now,
            "entryType": "CAPTURE_REQUEST" if pending and ok else "CAPTURE",
            "status": ("PENDING" if pending else "SUCCESS") if ok else "FAILED",
            "externalReference": f"PSP{s.gql_id:010d}{len(s.payments) + 1}",
            "value": total if ok else 0.0,
            "currency": str(s.data.get("orderCurrency") or "EUR"),
            "paymentMethod": "klarna",
            "paramsJSON": json.dumps(
                {"resultCode": "Received" if pending else "Authorised",
                 "pspReference": f"PSP{s.gql_id:010d}"} if ok else
                {"resultCode": "Refused", "refusalReason": s.capture_failure,
                 "pspReference": f"PSP{s.gql_id:010d}"}),
            "shipment": s.gql_id,
        }
        s.payments.append(entry)
        if ok:
            s.capture_pending = pending
            if not pending or flags:
                s.captured = True
                s.captured_at = now
                s.data["paid"] = 1
                s.paid_at = now
        return entry

    def _next_payment_id(self) -> int:
        self._payment_seq += 1
        return self._payment_seq

    def settle_capture(self, shipment_id: str, ok: bool) -> None:
        """The payment provider's late verdict on a pending capture request."""
        with self._lock:
            s = self._by_id[shipment_id]
            if not s.capture_pending:
                raise ValueError(f"{shipment_id} has no pending capture request")
            s.capture_pending = False
            for entry in s.payments:
                if entry["status"] == "PENDING":
                    entry["status"] = "SUCCESS" if ok else "FAILED"
            now = self._clock()
            if ok:
                s.captured, s.captured_at, s.paid_at = True, s.captured_at or now, now
                s.data["paid"] = 1
            else:
                s.captured = False
                s.data["paid"] = 0
            self.touch(s)

    def _stored(self, shipment: StoredShipment) -> StoredShipment:
        """A private copy, its document links pointing at this simulator (if it serves)."""
        s = copy.deepcopy(shipment)
        if self._document_origin:
            for key in ("proforma", "deliveryNote"):
                url = s.data.get(key)
                if isinstance(url, str) and url.startswith(PLACEHOLDER_ORIGIN + "/"):
                    s.data[key] = self._document_origin + url[len(PLACEHOLDER_ORIGIN):]
        if s.created_at is None:
            try:
                s.created_at = datetime.strptime(str(s.data.get("orderDate")), DATE_FORMAT)
            except ValueError:
                s.created_at = self._clock()
        s.updated_at = s.updated_at or s.created_at
        if s.data.get("paid") and s.is_captured:
            s.paid_at = s.paid_at or s.created_at
            s.captured_at = s.captured_at or s.created_at
        return s

    # ----- test helpers -------------------------------------------------------------------

    def add(self, shipment: StoredShipment) -> None:
        """Add (or replace) a shipment: a Shipment CREATED event (UPDATED when replaced)."""
        with self._lock:
            known = shipment.shipment_id in self._by_id
            new_order = not self._by_order.get(shipment.order_id)
            s = self._stored(shipment)
            self._put(s)
            now = self._clock()
            s.updated_at = now
            self._order_touched[s.order_id] = now
            self._announce("Shipment", "UPDATED" if known else "CREATED", str(s.gql_id))
            self._announce("Order", "CREATED" if new_order else "UPDATED", s.order_hash)

    def remove(self, shipment_id: str) -> None:
        """Delete a shipment (KeyError when unknown): a Shipment DELETED event."""
        with self._lock:
            s = self._by_id.pop(shipment_id)
            self._by_gql_id.pop(s.gql_id, None)
            siblings = self._by_order.get(s.order_id, [])
            siblings.remove(s)
            self._order_touched[s.order_id] = self._clock()
            self._announce("Shipment", "DELETED", str(s.gql_id))
            if siblings:
                self._announce("Order", "UPDATED", s.order_hash)
            else:
                self._by_order.pop(s.order_id, None)
                self._order_by_hash.pop(s.order_hash, None)
                self._announce("Order", "DELETED", s.order_hash)

    def set_hold(self, shipment_id: str, hold: bool) -> None:
        with self._lock:
            s = self._by_id[shipment_id]
            if bool(s.data.get("hold")) != hold:
                s.data["hold"] = int(hold)
                self.touch(s)

    def ids(self) -> list[str]:
        with self._lock:
            ordered = sorted(self._by_id.values(), key=StoredShipment.sort_key)
            return [s.shipment_id for s in ordered]

    def snapshot(self, shipment_id: str) -> dict[str, Any]:
        """A copy of the shipment JSON plus simulator keys: state, captureOutcome,
        completions, emailSent, packages. Raises KeyError for an unknown ID."""
        with self._lock:
            s = self._by_id[shipment_id]
            out = copy.deepcopy(s.data)
            out.update(
                state=s.state,
                captureOutcome=s.capture_ok,
                completions=s.completions,
                emailSent=s.email_sent,
                packages=s.packages,
                captured=s.is_captured,
                capturePending=s.capture_pending,
                emails=s.emails,
                gqlId=s.gql_id,
                payments=copy.deepcopy(s.payments),
            )
            return out

    def completions(self, shipment_id: str) -> int:
        with self._lock:
            return self._by_id[shipment_id].completions

    def set_state(self, shipment_id: str, state: ShipmentState) -> None:
        if state not in SHIPMENT_STATES:
            raise ValueError(f"state must be one of {SHIPMENT_STATES}")
        with self._lock:
            s = self._by_id[shipment_id]
            if s.state != state:
                s.state = state
                self.touch(s, "COMPLETED" if state == "completed" else "UPDATED")

    def set_capture_outcome(self, shipment_id: str, ok: bool) -> None:
        with self._lock:
            self._by_id[shipment_id].capture_ok = ok

    # ----- reads --------------------------------------------------------------------------

    def list_shipments(
        self, status: str, order: int | None, limit: int | None, offset: int
    ) -> list[dict[str, Any]]:
        with self._lock:
            found = [
                s for s in sorted(self._by_id.values(), key=StoredShipment.sort_key)
                if s.state == status and (order is None or s.order_id == order)
            ]
            end = None if limit is None else offset + limit
            return [self._order_api_json(s) for s in found[offset:end]]

    def _order_api_json(self, s: StoredShipment) -> dict[str, Any]:
        out = copy.deepcopy(s.data)
        if self.gtg_field:
            out["gtg"] = int(s.state in ("goodtogo", "completed"))
        return out

    def get(self, shipment_id: str) -> dict[str, Any] | None:
        with self._lock:
            s = self._by_id.get(shipment_id)
            return None if s is None else self._order_api_json(s)

    def orders(self, order: int | None, limit: int, offset: int) -> list[dict[str, Any]]:
        with self._lock:
            grouped: dict[int, list[StoredShipment]] = {}
            for s in sorted(self._by_id.values(), key=StoredShipment.sort_key):
                grouped.setdefault(s.order_id, []).append(s)
            if order is not None:
                return [_order_json(grouped[order])] if order in grouped else []
            ids = list(grouped)[offset:offset + limit]
            return [_order_json(grouped[i]) for i in ids]

    # ----- writes -------------------------------------------------------------------------

    def update_shipment(self, shipment_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """PUT /shipments/{id}: set gtg and/or line quantities."""
        with self._lock:
            s = self._by_id.get(shipment_id)
            # Refusals carry the shipment ID, as Centra's error examples show.
            if s is None:
                return {"status": "no", "msg": "shipment not found", "shipment": shipment_id}
            if s.state == "completed":
                return {"status": "no", "msg": "shipment is sent and can not be updated",
                        "shipment": shipment_id}
            products = body.get("products")
            if products is not None:
                if s.data.get("paid"):
                    return {"status": "no", "msg": "shipment is paid and can not be updated",
                            "shipment": shipment_id}
                if not isinstance(products, dict):
                    return {"status": "no", "msg": {"products": "invalid value"},
                            "shipment": shipment_id}
                err = _apply_line_quantities(s, products)
                if err:
                    return {"status": "no", "msg": err, "shipment": shipment_id}
            before = (s.state, copy.deepcopy(s.data.get("products")))
            if "gtg" in body:
                s.state = "goodtogo" if truthy(body["gtg"]) else "inprogress"
            if before != (s.state, s.data.get("products")):
                self.touch(s)
            return {"status": "ok", "shipment": copy.deepcopy(s.data)}

    def capture(self, body: dict[str, Any]) -> dict[str, Any]:
        """PUT /capture."""
        shipment_id = str(body.get("shipment", ""))
        with self._lock:
            s = self._by_id.get(shipment_id)
            if not shipment_id:
                return {"status": "no", "msg": {"shipment": "required"}}
            if s is None:
                return {"status": "no", "shipment": shipment_id, "msg": "shipment not found"}
            head = {"order": s.order_id, "shipment": shipment_id}
            if s.data.get("paid") or s.is_captured or s.capture_pending:
                return {"status": "ok", **head}
            if not s.data.get("shouldCapture"):
                return {"status": "no", **head, "msg": "capture failed"}
            self.record_capture(s, ok=s.capture_ok)
            self.touch(s)  # the payment history changed, whatever the outcome
            if not s.capture_ok:
                return {"status": "no", **head, "msg": "capture failed"}
            return {"status": "ok", **head}

    def complete(self, body: dict[str, Any]) -> dict[str, Any]:
        """PUT /shipment: the rules, checked in order; a refusal changes nothing."""
        head: dict[str, Any] = {}
        missing: dict[str, str] = {}
        order_raw, shipment_raw = body.get("order"), body.get("shipment")
        if order_raw is None or order_raw == "":
            missing["order"] = "required"
        else:
            try:
                head["order"] = int(str(order_raw).strip())
            except ValueError:
                missing["order"] = "invalid value"
        if shipment_raw is None or shipment_raw == "":
            missing["shipment"] = "required"
        else:
            head["shipment"] = str(shipment_raw)
        if missing:
            return {"status": "no", **head, "msg": missing}

        def refuse(msg: str) -> dict[str, Any]:
            return {"status": "no", **head, "msg": msg}

        with self._lock:
            s = self._by_id.get(head["shipment"])
            if s is None:
                return refuse("shipment not found")
            if s.order_id != head["order"]:
                return refuse("shipment does not belong to order")
            if s.state == "completed":
                return refuse("shipment is already completed")
            if s.data.get("hold"):
                return refuse("shipment is on hold")
            if s.state != "goodtogo" and not truthy(body.get("gtg")):
                return refuse("shipment is not good to go")
            if not truthy(body.get("shipped")):
                return refuse("shipment must be shipped to complete")
            if not s.data.get("paid") and not s.is_captured and not s.capture_pending:
                if truthy(body.get("capture", True)) and s.data.get("shouldCapture"):
                    self.record_capture(s, ok=s.capture_ok)
                    if not s.capture_ok:
                        self.touch(s)
                        return refuse("capture failed")
                else:
                    return refuse("shipment is not paid")
            self.mark_completed(s, body)
            return {"status": "ok", **head}

    @staticmethod
    def apply_shipment_info(s: StoredShipment, body: dict[str, Any]) -> bool:
        """Set carrier, service, tracking (and its URL), returnSlipTracking and packages from
        Order API-style fields (empty ones are left alone); True when anything changed."""
        d = s.data
        before = (d.get("defaultCarrier"), d.get("deliveryService"), d.get("trackingNumber"),
                  d.get("returnSlipTracking"), s.packages)
        if body.get("carrier"):
            d["defaultCarrier"] = str(body["carrier"])
        if body.get("service"):
            d["deliveryService"] = str(body["service"])
        if body.get("tracking"):
            d["trackingNumber"] = str(body["tracking"])
            template = TRACKING_URLS.get(str(d.get("defaultCarrier")), "https://track.example/{}")
            d["trackingUrl"] = template.format(d["trackingNumber"])
        if body.get("returnSlipTracking"):
            d["returnSlipTracking"] = str(body["returnSlipTracking"])
        if body.get("packages") is not None:
            try:
                s.packages = int(body["packages"])
            except (TypeError, ValueError):
                s.packages = None
        return before != (d.get("defaultCarrier"), d.get("deliveryService"),
                          d.get("trackingNumber"), d.get("returnSlipTracking"), s.packages)

    def mark_completed(self, s: StoredShipment, body: dict[str, Any],
                       shipped_at: datetime | None = None) -> None:
        """Complete `s` with Order API-style fields (carrier, service, tracking,
        returnSlipTracking, packages, internalComment, sendEmail); callers hold `lock`."""
        d = s.data
        if not d.get("paid"):
            d["paid"] = 1
            s.paid_at = self._clock()
        s.state = "completed"
        self.apply_shipment_info(s, body)
        comment = body.get("internalComment")
        if comment:
            old = str(d.get("internalComment") or "")
            d["internalComment"] = f"{old}\n{comment}" if old else str(comment)
        d["shipmentDate"] = (shipped_at or self._clock()).strftime(DATE_FORMAT)
        send = body.get("sendEmail")
        s.email_sent = self.send_email_default if send is None else truthy(send)
        s.emails += int(s.email_sent)
        s.completions += 1
        self.touch(s, "COMPLETED")


def _apply_line_quantities(s: StoredShipment, products: dict[str, Any]) -> str | None:
    lines = {str(p["lineId"]): p for p in s.data.get("products", [])}
    new_qty: dict[str, int] = {}
    for line_id, value in products.items():
        if line_id not in lines:
            return f"line {line_id} not in shipment"
        raw = value.get("qty") if isinstance(value, dict) else value
        try:
            qty = int(str(raw))
        except (TypeError, ValueError):
            return f"invalid quantity for line {line_id}"
        if qty < 0 or qty > int(lines[line_id]["qty"]):
            return f"invalid quantity for line {line_id}"
        new_qty[line_id] = qty
    for line_id, qty in new_qty.items():
        lines[line_id]["qty"] = qty
    s.data["products"] = [p for p in s.data["products"] if int(p["qty"]) > 0]
    return None


ORDER_COPY_FIELDS = (
    "selectionId", "orderDate", "cancelDate", "preferredDeliveryDate", "estimatedDeliveryDate",
    "orderStore", "orderCurrency", "customerId", "accountId", "shippingList", "defaultCarrier",
    "suspect", "hold", "internalComment", "otherComment", "poNumber", "billingVAT",
)


# Get orders carries the payment fields Centra's example shows (a Klarna checkout here).
ORDER_PAYMENT: dict[str, Any] = {
    "marketId": 1, "pricelistId": 1, "ipAddress": "127.0.0.1",
    "paymentPlugin": "klarna_checkout_v1", "paymentType": "3rd",
    "paymentDescription": "Klarna checkout v3",
    "paymentReference": "00000000-0000-4000-8000-000000000000", "paymentMethod": "klarna",
}
TAX_PERCENT = 25.0


def _order_line(p: dict[str, Any]) -> dict[str, Any]:
    """A shipment line as Get orders shows it: prices and taxes per line, int itemQty, and
    the same for a bundle's components (Centra's example)."""
    line = copy.deepcopy(p)
    line["warehouses"] = [{"name": w["name"], "itemQty": int(w["itemQty"])}
                          for w in p.get("warehouses", [])]
    price, qty = float(p.get("price", 0.0)), int(p.get("qty", 0))
    total = round(price * qty, 2)
    tax_each = round(price * TAX_PERCENT / (100 + TAX_PERCENT), 2)
    line.update(brand="Packstation Demo", otherComment="", taxPercent=TAX_PERCENT,
                priceDiscount=0.0, priceDiscountAsPercent=0.0, taxValue=tax_each,
                totalTaxValue=round(tax_each * qty, 2), totalPrice=total, anyDiscount=False,
                priceEachWithoutTax=round(price - tax_each, 2), priceEachReduction=0.0)
    if "bundle" in p:
        line["bundle"] = [_order_line(c) for c in p["bundle"]]
    return line


def _order_json(shipments: list[StoredShipment]) -> dict[str, Any]:
    first = shipments[0].data
    states = {s.state for s in shipments}
    status = ("Completed" if states == {"completed"}
              else "Processing" if "completed" in states else "Confirmed")
    order: dict[str, Any] = {"orderId": first["orderId"], "orderStatus": status}
    for key in ORDER_COPY_FIELDS:
        if key in first:
            order[key] = first[key]
    for key, value in first.items():
        if key.startswith(("delivery", "billing")) and key != "deliveryService":
            order[key] = value
    order["internalOrder"] = 0
    order["waitingForPayment"] = 0 if all(s.data.get("paid") or s.data.get("shouldCapture")
                                          for s in shipments) else 1
    for key in ("shippingValue", "voucherValue", "grandTotalTaxValue", "taxAdded",
                "taxDeducted"):
        order[key] = first.get(key, 0.0)
    order.update(ORDER_PAYMENT)
    products = [_order_line(p) for s in shipments for p in s.data.get("products", [])]
    order["products"] = products
    total = round(sum(p["totalPrice"] for p in products), 2)
    tax = round(sum(p["totalTaxValue"] for p in products), 2)
    order["totalItemsPriceTax"] = tax
    order["totalItemsPrice"] = total
    order["totalItemsWithoutTax"] = round(total - tax, 2)
    order["totalItemsDiscount"] = 0.0
    order["taxBreakdown"] = first.get("taxBreakdown", [])
    order["grandTotalValue"] = round(total + float(order["shippingValue"]), 2)
    order["discounts"] = {"anyDiscount": False, "discount": f"0.00 {first['orderCurrency']}",
                          "discountAsNumber": 0.0, "vouchers": [], "automaticDiscounts": []}
    order["shipments"] = [
        {
            "shipmentId": s.shipment_id,
            "shippedDate": s.data.get("shipmentDate", ZERO_DATE) if s.state == "completed"
            else ZERO_DATE,
            "carrier": s.data.get("defaultCarrier", ""),
            "service": s.data.get("deliveryService", ""),
            "trackingId": s.data.get("trackingNumber", ""),
            "trackingUrl": s.data.get("trackingUrl", ""),
            "returnSlipTracking": s.data.get("returnSlipTracking", ""),
        }
        for s in shipments
    ]
    return order
