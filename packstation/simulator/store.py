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
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
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

    @property
    def shipment_id(self) -> str:
        return str(self.data["shipmentId"])

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
        self._lock = threading.Lock()
        self._by_id: dict[str, StoredShipment] = {}
        self.send_email_default = send_email_default
        self._clock = clock
        self._document_origin = document_origin
        for shipment in shipments:
            self._by_id[shipment.shipment_id] = self._stored(shipment)

    def _stored(self, shipment: StoredShipment) -> StoredShipment:
        """A private copy, its document links pointing at this simulator (if it serves)."""
        s = copy.deepcopy(shipment)
        if self._document_origin:
            for key in ("proforma", "deliveryNote"):
                url = s.data.get(key)
                if isinstance(url, str) and url.startswith(PLACEHOLDER_ORIGIN + "/"):
                    s.data[key] = self._document_origin + url[len(PLACEHOLDER_ORIGIN):]
        return s

    # ----- test helpers -------------------------------------------------------------------

    def add(self, shipment: StoredShipment) -> None:
        with self._lock:
            self._by_id[shipment.shipment_id] = self._stored(shipment)

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
            )
            return out

    def completions(self, shipment_id: str) -> int:
        with self._lock:
            return self._by_id[shipment_id].completions

    def set_state(self, shipment_id: str, state: ShipmentState) -> None:
        if state not in SHIPMENT_STATES:
            raise ValueError(f"state must be one of {SHIPMENT_STATES}")
        with self._lock:
            self._by_id[shipment_id].state = state

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
            return [copy.deepcopy(s.data) for s in found[offset:end]]

    def get(self, shipment_id: str) -> dict[str, Any] | None:
        with self._lock:
            s = self._by_id.get(shipment_id)
            return None if s is None else copy.deepcopy(s.data)

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
            if "gtg" in body:
                s.state = "goodtogo" if truthy(body["gtg"]) else "inprogress"
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
            if s.data.get("paid"):
                return {"status": "ok", **head}
            if not s.data.get("shouldCapture") or not s.capture_ok:
                return {"status": "no", **head, "msg": "capture failed"}
            s.data["paid"] = 1
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
            if not s.data.get("paid"):
                if truthy(body.get("capture", True)) and s.data.get("shouldCapture"):
                    if not s.capture_ok:
                        return refuse("capture failed")
                else:
                    return refuse("shipment is not paid")
            self._mark_completed(s, body)
            return {"status": "ok", **head}

    def _mark_completed(self, s: StoredShipment, body: dict[str, Any]) -> None:
        d = s.data
        d["paid"] = 1
        s.state = "completed"
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
        comment = body.get("internalComment")
        if comment:
            old = str(d.get("internalComment") or "")
            d["internalComment"] = f"{old}\n{comment}" if old else str(comment)
        d["shipmentDate"] = self._clock().strftime(DATE_FORMAT)
        send = body.get("sendEmail")
        s.email_sent = self.send_email_default if send is None else truthy(send)
        s.completions += 1


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
