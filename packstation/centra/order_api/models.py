"""Typed models of what Centra's Order API returns and accepts.

Centra's JSON has documented quirks (see ``shared/centra-order-api.md``): IDs come as
strings in one call and ints in another, flags are ``0``/``1``, ``itemQty`` is a string
in Get shipments and an int in Get orders, unshipped dates are ``0000-00-00 00:00:00``
and ``msg`` may be a string or an object. The annotated types below absorb all of that
once, so the rest of the app sees plain ``str``/``bool``/``int``/``datetime``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from packstation.centra.outcomes import ShipmentState as ShipmentState  # re-exported

MAX_MESSAGE_DEPTH = 8
MAX_MESSAGE_CHARS = 2000


def _to_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (str, int, float)):
        return str(value)
    raise ValueError(f"expected text or a number, got {type(value).__name__}")


def _to_flag(value: Any) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in {"1", "true", "yes"}:
            return True
        if text in {"0", "false", "no"}:
            return False
    raise ValueError(f"not a 0/1 flag: {value!r}")


def _to_int(value: Any) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return int(value.strip())
    raise ValueError(f"not a whole number: {value!r}")


def _to_float(value: Any) -> float:
    if value is None or value == "":
        return 0.0
    if isinstance(value, bool):
        raise ValueError("not a number")
    try:
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, str):
            return float(value.strip())
    except OverflowError:  # an int beyond float range (JSON allows any size)
        raise ValueError("number too large") from None
    raise ValueError(f"not a number: {value!r}")


def _to_bundle_ref(value: Any) -> str:
    """``isPartOfBundle``: the bundle's id (documented as an int, sent as a string in the
    examples); ``0``, ``false``, ``null`` and ``""`` mean "not part of a bundle"."""
    if value is None or value is False:
        return ""
    text = _to_str(value).strip()
    return "" if text in ("", "0", "false") else text


def _to_datetime(value: Any) -> datetime | None:
    """Parse Centra's ``YYYY-MM-DD HH:MM:SS`` (instance time zone, no offset).

    MySQL zero dates and empty values mean "not set" and become ``None``."""
    if value is None or value == "" or value is False:
        return None
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    if not text or text.startswith("0000-00-00"):
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return datetime.fromisoformat(text)


def message_text(value: Any, _depth: int = 0) -> str:
    """Turn Centra's ``msg`` (a string, or an object of field -> error) into words.

    Nesting deeper than a few levels is cut off (a hostile or broken answer must not
    exhaust the stack), and so is text beyond ``MAX_MESSAGE_CHARS``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value[:MAX_MESSAGE_CHARS]
    if _depth >= MAX_MESSAGE_DEPTH:
        return "…"
    if isinstance(value, dict):
        text = "; ".join(f"{k}: {message_text(v, _depth + 1)}" for k, v in value.items())
    elif isinstance(value, list):
        text = "; ".join(message_text(v, _depth + 1) for v in value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    return text[:MAX_MESSAGE_CHARS]


Text = Annotated[str, BeforeValidator(_to_str)]
Flag = Annotated[bool, BeforeValidator(_to_flag)]
Count = Annotated[int, BeforeValidator(_to_int)]
Money = Annotated[float, BeforeValidator(_to_float)]
CentraTime = Annotated[datetime | None, BeforeValidator(_to_datetime)]
Message = Annotated[str, BeforeValidator(message_text)]
BundleRef = Annotated[str, BeforeValidator(_to_bundle_ref)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


class Warehouse(_Model):
    name: Text = ""
    item_qty: Count = Field(0, alias="itemQty")


class ProductLine(_Model):
    """One line of a shipment: what goes in the box."""

    line_id: Text = Field("", alias="lineId")
    sku: Text = ""
    variant_sku: Text = Field("", alias="variantSku")
    size_sku: Text = Field("", alias="sizeSku")
    name: Text = ""
    variant: Text = ""
    size: Text = ""
    ean: Text = ""
    upc: Text = ""
    qty: Count = 0
    comment: Text = ""
    warehouses: list[Warehouse] = Field(default_factory=list)
    # Bundles (the plugin's "Bundles in shipments" setting decides which of these come):
    # a bundle line has isBundle and its component lines in ``bundle`` (each with its
    # quantity per bundle); a component sent as its own line carries the bundle's id in
    # isPartOfBundle. ``packstation.bench.bundles`` turns this into what goes in the box.
    is_bundle: Flag = Field(False, alias="isBundle")
    part_of_bundle: BundleRef = Field("", alias="isPartOfBundle")
    bundle: list[ProductLine] = Field(default_factory=list)


class Shipment(_Model):
    """A shipment as Get shipments returns it (the wire form; ``adapter.to_shipment``
    makes the bench's ``domain.Shipment`` of it). It carries no state field: the
    good-to-go / in-progress / completed state comes from the query that found it."""

    order_id: Text = Field(alias="orderId")
    shipment_id: Text = Field(alias="shipmentId")
    order_date: CentraTime = Field(None, alias="orderDate")
    shipment_date: CentraTime = Field(None, alias="shipmentDate")
    order_currency: Text = Field("", alias="orderCurrency")
    grand_total: Money = Field(0.0, alias="grandTotalValue")

    delivery_name: Text = Field("", alias="deliveryName")
    delivery_company: Text = Field("", alias="deliveryCompany")
    delivery_address: Text = Field("", alias="deliveryAddress")
    delivery_coaddress: Text = Field("", alias="deliveryCoaddress")
    delivery_zipcode: Text = Field("", alias="deliveryZipcode")
    delivery_city: Text = Field("", alias="deliveryCity")
    delivery_state: Text = Field("", alias="deliveryState")
    delivery_country: Text = Field("", alias="deliveryCountry")
    delivery_email: Text = Field("", alias="deliveryEmail")
    delivery_phone: Text = Field("", alias="deliveryTele")

    shipping_list: Text = Field("", alias="shippingList")
    carrier: Text = Field("", alias="defaultCarrier")
    service: Text = Field("", alias="deliveryService")
    tracking_number: Text = Field("", alias="trackingNumber")
    return_slip_tracking: Text = Field("", alias="returnSlipTracking")

    paid: Flag = False
    should_capture: Flag = Field(False, alias="shouldCapture")
    hold: Flag = False
    suspect: Flag = False

    internal_comment: Text = Field("", alias="internalComment")
    other_comment: Text = Field("", alias="otherComment")
    products: list[ProductLine] = Field(default_factory=list)

    proforma: Text = ""
    delivery_note: Text = Field("", alias="deliveryNote")


class OrderShipment(_Model):
    """The short summary of a shipment inside an order (Get orders)."""

    shipment_id: Text = Field(alias="shipmentId")
    shipped_date: CentraTime = Field(None, alias="shippedDate")
    carrier: Text = ""
    service: Text = ""
    tracking: Text = Field("", alias="trackingId")


class Order(_Model):
    order_id: Text = Field(alias="orderId")
    order_status: Text = Field("", alias="orderStatus")
    hold: Flag = False
    waiting_for_payment: Flag = Field(False, alias="waitingForPayment")
    delivery_name: Text = Field("", alias="deliveryName")
    shipments: list[OrderShipment] = Field(default_factory=list)


@dataclass(frozen=True)
class CompleteRequest:
    """The body of ``PUT <base>/shipment`` (Complete shipment), made from a neutral
    ``domain.Completion`` by ``adapter.to_request``; it never leaves ``order_api/``.

    ``send_email`` ``None`` leaves the field out, so the store's "Send Shipping
    Confirmation" setting decides. The ``xml`` flag is never sent: the XML format is
    undocumented and this client speaks JSON only."""

    order: str
    shipment: str
    capture: bool = True
    gtg: bool = True
    shipped: bool = True
    carrier: str = ""
    service: str = ""
    packages: int = 1
    tracking: str = ""
    return_slip_tracking: str = ""
    send_email: bool | None = None
    internal_comment: str = ""

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "order": int(self.order) if self.order.isdigit() else self.order,
            "shipment": self.shipment,
            "capture": self.capture,
            "gtg": self.gtg,
            "shipped": self.shipped,
            "packages": self.packages,
        }
        optional = {
            "carrier": self.carrier,
            "service": self.service,
            "tracking": self.tracking,
            "returnSlipTracking": self.return_slip_tracking,
            "internalComment": self.internal_comment,
        }
        body.update({k: v for k, v in optional.items() if v})
        if self.send_email is not None:
            body["sendEmail"] = self.send_email
        return body


class CompleteResponse(_Model):
    status: Text
    order: Text = ""
    shipment: Text = ""
    msg: Message = ""


class ShipmentsResponse(_Model):
    status: Text
    shipments: list[Shipment] = Field(default_factory=list)


class ShipmentResponse(_Model):
    status: Text
    shipment: Shipment | None = None


class OrdersResponse(_Model):
    status: Text
    orders: list[Order] = Field(default_factory=list)
