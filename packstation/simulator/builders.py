"""Builders for Centra-shaped shipments, for the demo data and for tests.

Build a custom shipment:

    from packstation.simulator.builders import build_shipment, product_line, Customer
    s = build_shipment(50001, lines=[product_line("Test Tee", "Black", "M", qty=2)],
                       paid=False, should_capture=True, capture_ok=False)
    sim = CentraSimulator(shipments=[s])      # or sim.add_shipment(s)

A shipment ID is "<order>-<seq>"; lineIds default to order*100 + seq*20 + n.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from packstation.simulator.documents import PLACEHOLDER_ORIGIN, document_urls
from packstation.simulator.store import ZERO_DATE, ShipmentState, StoredShipment


def ean13_check_digit(first12: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)


def make_ean13(first12: str) -> str:
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError("need 12 digits")
    return first12 + ean13_check_digit(first12)


def upc_check_digit(first11: str) -> str:
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(first11))
    return str((10 - total % 10) % 10)


@dataclass(frozen=True)
class Customer:
    name: str
    address: str
    zipcode: str
    city: str
    country: str
    email: str
    phone: str = "+46701234567"
    company: str = ""
    coaddress: str = ""
    state: str = ""


def product_line(
    name: str = "Organic Cotton Tee", variant: str = "Black", size: str = "M", *,
    qty: int = 1, price: float = 35.0, sku: str = "OCT200", variant_sku: str = "BLK",
    size_sku: str = "M", ean: str | None = None, upc: str = "", weight: float = 0.3,
    comment: str = "", line_id: str = "", warehouse_qty: int = 25,
) -> dict[str, Any]:
    """One `products[]` line as GET /shipments returns it (lineId filled in by build_shipment
    when left empty; ean derived from the SKU when None)."""
    if ean is None:
        digits = "".join(str(ord(c) % 10) for c in sku + variant_sku + size_sku)
        ean = make_ean13(("200" + digits + "0" * 9)[:12])
    return {
        "lineId": line_id, "sku": sku, "variantSku": variant_sku, "sizeSku": size_sku,
        "name": name, "variant": variant, "size": size, "ean": ean, "upc": upc,
        "qty": qty, "originalPrice": price, "price": price, "weight": weight,
        "weightUnit": "kg", "countryOfOrigin": "PT", "harmCode": "6110", "comment": comment,
        "warehouses": [{"name": "Main Warehouse", "itemQty": str(warehouse_qty)}],
        "isBundle": False,
    }


def bundle_line(
    name: str, components: Sequence[dict[str, Any]], *, qty: int = 1, price: float = 99.0,
    sku: str = "BND100", variant_sku: str = "", size_sku: str = "", ean: str | None = None,
    bundle_id: str = "", line_id: str = "", comment: str = "",
) -> dict[str, Any]:
    """A bundle line as Get shipments sends it with "Containing items in bundles": the
    bundle (``isBundle``) with its components (``qty`` per bundle) in ``bundle[]``, each
    carrying the bundle's id in ``isPartOfBundle`` (Centra's own example's shape)."""
    line = product_line(name, "", "", qty=qty, price=price, sku=sku, variant_sku=variant_sku,
                        size_sku=size_sku, ean=ean, line_id=line_id, comment=comment)
    line.pop("warehouses")  # the bundle line in Centra's example has no warehouses
    parts = []
    for c in components:
        part = dict(c)
        part.update(isBundle=False, isPartOfBundle=bundle_id or sku)
        parts.append(part)
    line.update(isBundle=True, bundle=parts)
    return line


DEFAULT_CUSTOMER = Customer("Test Person", "Testgatan 1", "111 22", "Stockholm", "SE",
                            "test.person@example.com")
CURRENCY = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "CH": "CHF"}
RATES = {"SEK": 11.5, "NOK": 11.7, "DKK": 7.46, "CHF": 0.94, "EUR": 1.0}


def build_shipment(
    order_id: int, seq: int = 1, *,
    lines: Sequence[dict[str, Any]] | None = None,
    customer: Customer = DEFAULT_CUSTOMER,
    state: ShipmentState = "goodtogo",
    paid: bool = True, should_capture: bool = False, capture_ok: bool = True,
    hold: bool = False, suspect: bool = False,
    carrier: str = "PostNord", service: str = "MyPack Home", shipping_list: str = "standard",
    order_date: str = "2026-11-20 09:00:00",
    tracking: str = "", internal_comment: str = "", other_comment: str = "",
    currency: str | None = None, shipping_value: float = 49.0,
    extra: dict[str, Any] | None = None,
) -> StoredShipment:
    """A shipment object with every field of centra-order-api.md §3.3 (plus `extra`)."""
    c = customer
    currency = currency or CURRENCY.get(c.country, "EUR")
    products = [dict(p) for p in (lines or [product_line()])]
    for i, p in enumerate(products, start=1):
        if not p.get("lineId"):
            p["lineId"] = str(order_id * 100 + seq * 20 + i)
    items = sum(float(p["price"]) * int(p["qty"]) for p in products)
    completed = state == "completed"
    data: dict[str, Any] = {
        "orderId": str(order_id), "shipmentId": f"{order_id}-{seq}",
        "selectionId": f"{order_id * 7919:x}"[-12:].rjust(12, "a"),
        "customerId": str(9000 + order_id % 997), "accountId": "0",
        "orderDate": order_date, "cancelDate": ZERO_DATE, "preferredDeliveryDate": ZERO_DATE,
        "estimatedDeliveryDate": ZERO_DATE,
        "shipmentDate": order_date if completed else ZERO_DATE,
        "orderStore": "retail", "orderCurrency": currency,
        "billingName": c.name, "billingCompany": c.company, "billingAddress": c.address,
        "billingCoaddress": c.coaddress, "billingCity": c.city, "billingState": c.state,
        "billingZipcode": c.zipcode, "billingCountry": c.country, "billingEmail": c.email,
        "billingTele": c.phone, "billingVAT": "",
        "deliveryName": c.name, "deliveryCompany": c.company, "deliveryEmail": c.email,
        "deliveryCell": c.phone, "deliveryTele": c.phone, "deliveryAddress": c.address,
        "deliveryCoaddress": c.coaddress, "deliveryZipcode": c.zipcode,
        "deliveryCity": c.city, "deliveryState": c.state, "deliveryCountry": c.country,
        "poNumber": "", "shippingList": shipping_list,
        "defaultCarrier": carrier, "deliveryService": service,
        "trackingNumber": tracking, "trackingUrl": "", "returnSlipTracking": "",
        **document_urls(PLACEHOLDER_ORIGIN, f"{order_id}-{seq}"),
        "suspect": int(suspect), "hold": int(hold), "paid": int(paid or completed),
        "shouldCapture": int(should_capture),
        "shippingValue": shipping_value, "voucherValue": 0.0,
        "grandTotalValue": round(items + shipping_value, 2),
        "grandTotalTaxValue": round((items + shipping_value) * 0.2, 2),
        "taxAdded": 0.0, "taxDeducted": 0.0,
        "taxBreakdown": [{"description": "VAT", "taxPercent": 25.0,
                          "value": round((items + shipping_value) * 0.2, 2)}],
        "internalComment": internal_comment, "otherComment": other_comment,
        "products": products,
        # Unknown extras: clients must ignore fields they do not know.
        "shipwallet_method": shipping_list, "x_simulatorScenario": "custom",
    }
    if tracking and carrier:
        data["trackingUrl"] = f"https://track.example/{carrier.lower()}/{tracking}"
    data.update(extra or {})
    return StoredShipment(data=data, state=state, capture_ok=capture_ok,
                          completions=1 if completed else 0)


