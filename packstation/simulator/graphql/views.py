"""The store's shipments as Integration API objects: plain dicts that graphql-core's default
resolver reads (a callable value is called with the field's arguments, so fields with
arguments and links to other objects are closures that read the store when selected).

Mapping from the Order API shipment JSON (the store's `data`):
- Shipment `id` = order * 100 + seq, `number` = shipmentId; order `id` = selectionId (a
  hash), `number` = orderId.
- isGoodToGo: good-to-go or completed; isShipped: completed; isPaid: `paid`; isCaptured: the
  store's capture state (a shipment paid at checkout counts as captured); isOnHold: `hold`.
- shippingAddress from delivery*, billingAddress from billing*; the name is split at the
  first space into firstName/lastName.
- lines: one ShipmentLine per products[] entry; orderLine is a ProductOrderLine with
  productNumber = sku, productVariant.variantNumber = variantSku, productSize.sizeNumber =
  sizeSku, productSize.SKU = sku + variantSku + sizeSku (see options.product_size_sku), EAN,
  UPC (null when empty). A bundle is its bundle line (its components are not lines).
- carrierInformation from defaultCarrier/deliveryService; Order.shippingMethod.name is the
  shippingList; shipmentPlugin is set for carriers the simulator has a plugin for.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pycountry

from packstation.simulator.graphql.options import IntegrationOptions
from packstation.simulator.store import (
    DATE_FORMAT,
    TRACKING_URLS,
    ZERO_DATE,
    ShipmentStore,
    StoredShipment,
)

DEFAULT_FORMAT = "Y-m-d\\TH:i:sP"
TAX_PERCENT = 25.0
STORE = {"id": 1, "name": "Retail"}
MARKET = {"id": 1, "name": "Default market"}
ORDER_STATUS = {"Completed": "SHIPPED", "Processing": "PROCESSING", "Confirmed": "CONFIRMED"}
BASE_RATES = {"SEK": 11.5, "NOK": 11.7, "DKK": 7.46, "CHF": 0.94, "EUR": 1.0}

Obj = dict[str, Any]


def stable_int(text: str) -> int:
    """A small positive Int for ids the Order API does not have (products, sizes...)."""
    return zlib.crc32(text.encode()) % 1_000_000 + 1


def php_date(dt: datetime, fmt: str | None = DEFAULT_FORMAT) -> str:
    """Format like PHP's date(): Y m d H i s P O U c, a backslash escapes; the rest as is."""
    aware = dt.astimezone() if dt.tzinfo is None else dt
    out: list[str] = []
    escape = False
    for ch in fmt or DEFAULT_FORMAT:
        if escape:
            out.append(ch)
            escape = False
        elif ch == "\\":
            escape = True
        elif ch == "c":
            out.append(aware.isoformat(timespec="seconds"))
        elif ch == "U":
            out.append(str(int(aware.timestamp())))
        elif ch in "PO":
            off = aware.strftime("%z") or "+0000"
            out.append(off[:3] + ":" + off[3:] if ch == "P" else off)
        elif ch in "YmdHis":
            out.append(aware.strftime({"Y": "%Y", "m": "%m", "d": "%d", "H": "%H",
                                       "i": "%M", "s": "%S"}[ch]))
        else:
            out.append(ch)
    return "".join(out)


def date_field(dt: datetime | None) -> Callable[..., str | None]:
    def resolve(info: Any, format: str = DEFAULT_FORMAT) -> str | None:
        return None if dt is None else php_date(dt, format)
    return resolve


def order_api_date(text: Any) -> datetime | None:
    if not text or text == ZERO_DATE:
        return None
    try:
        return datetime.strptime(str(text), DATE_FORMAT)
    except ValueError:
        return None


def money(value: float, currency: str) -> Obj:
    value = round(float(value), 2)
    return {"value": value, "currency": {"code": currency},
            "formattedValue": f"{value:.2f} {currency}"}


def _taxed(gross: float, currency: str) -> Callable[..., Obj]:
    def resolve(info: Any, includingTax: bool = True) -> Obj:
        net = gross / (1 + TAX_PERCENT / 100)
        return money(gross if includingTax else net, currency)
    return resolve


@functools.lru_cache(maxsize=256)
def country_name(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code) if code else None
    return found.name if found is not None else code


def _address(d: Obj, prefix: str) -> Obj:
    name = str(d.get(f"{prefix}Name") or "")
    first, _, last = name.partition(" ")
    code = str(d.get(f"{prefix}Country") or "")
    coaddress = str(d.get(f"{prefix}Coaddress") or "")
    return {
        "firstName": first or None, "lastName": last or None,
        "companyName": d.get(f"{prefix}Company") or None,
        "address1": d.get(f"{prefix}Address") or None,
        "address2": coaddress or None,
        "city": d.get(f"{prefix}City") or None,
        "zipCode": d.get(f"{prefix}Zipcode") or None,
        "stateOrProvince": d.get(f"{prefix}State") or None,
        "country": {"code": code, "name": country_name(code)} if code else None,
        "email": d.get(f"{prefix}Email") or None,
        "phoneNumber": d.get(f"{prefix}Tele") or None,
        "cellPhoneNumber": d.get(f"{prefix}Cell") or d.get(f"{prefix}Tele") or None,
    }


class Views:
    """Builds the dicts; reads the store under its lock."""

    def __init__(self, store: ShipmentStore, options: IntegrationOptions) -> None:
        self.store = store
        self.options = options

    # ----- shipments ---------------------------------------------------------------------

    def shipment(self, s: StoredShipment) -> Obj:
        """Caller holds store.lock."""
        d = s.data
        currency = str(d.get("orderCurrency") or "EUR")
        carrier = str(d.get("defaultCarrier") or "")
        order_id = s.order_id
        captured_value = None
        if s.is_captured:
            captured_value = money(sum(p["value"] for p in s.payments
                                       if p["status"] in ("SUCCESS", "PENDING"))
                                   or float(d.get("grandTotalValue") or 0.0), currency)
        return {
            "__typename": "DirectToConsumerShipment",
            "id": s.gql_id,
            "number": s.shipment_id,
            "createdAt": date_field(s.created_at),
            "updatedAt": date_field(s.updated_at),
            "isGoodToGo": s.state in ("goodtogo", "completed"),
            "isPrinted": False,
            "isShipped": s.state == "completed",
            "isOnHold": bool(d.get("hold")),
            "isPaid": bool(d.get("paid")),
            "isCaptured": s.is_captured,
            "shippedAt": date_field(order_api_date(d.get("shipmentDate"))
                                     if s.state == "completed" else None),
            "paidAt": date_field(s.paid_at if d.get("paid") else None),
            "capturedAt": date_field(s.captured_at if s.is_captured else None),
            "capturedValue": captured_value,
            "trackingNumber": d.get("trackingNumber") or None,
            "returnTrackingNumber": d.get("returnSlipTracking") or None,
            "additionalMessage": d.get("additionalMessage") or None,
            "numberOfPackages": s.packages or 0,
            "internalShippingCost": None,
            "grandTotal": _taxed(float(d.get("grandTotalValue") or 0.0), currency),
            "currencyBaseRate": BASE_RATES.get(currency, 1.0),
            "usedFallbackTax": False,
            "carrierInformation": {"carrierName": carrier or None,
                                   "serviceName": d.get("deliveryService") or None},
            "shipmentPlugin": ({"id": stable_int(carrier), "name": carrier, "status": "ACTIVE"}
                               if carrier in TRACKING_URLS else None),
            "shippingAddress": _address(d, "delivery"),
            "lines": [self._shipment_line(p, currency) for p in d.get("products", [])],
            "order": lambda info: self.order_by_number(order_id),
        }

    def _shipment_line(self, p: Obj, currency: str) -> Obj:
        price, qty = float(p.get("price") or 0.0), int(p.get("qty") or 0)
        return {
            "id": self._line_id(p),
            "quantity": qty,
            "returnedQuantity": 0,
            "invoicedQuantity": 0,
            "lineValue": _taxed(price * qty, currency),
            "unitPrice": _taxed(price, currency),
            "orderLine": self.order_line(p, currency),
        }

    @staticmethod
    def _line_id(p: Obj) -> int:
        raw = str(p.get("lineId") or "")
        return int(raw) if raw.isdigit() else stable_int(raw or str(p.get("sku")))

    def order_line(self, p: Obj, currency: str) -> Obj:
        sku, variant_sku, size_sku = (str(p.get(k) or "") for k in ("sku", "variantSku",
                                                                      "sizeSku"))
        price, qty = float(p.get("price") or 0.0), int(p.get("qty") or 0)
        full = sku + variant_sku + size_sku
        return {
            "__typename": "ProductOrderLine",
            "id": self._line_id(p),
            "size": str(p.get("size") or ""),
            "productNumber": sku,
            "productName": p.get("name") or None,
            "productBrand": "Packstation Demo",
            "productVariantName": p.get("variant") or None,
            "quantity": qty,
            "cancelledQuantity": 0,
            "returnedQuantity": 0,
            "comment": p.get("comment") or None,
            "taxPercent": TAX_PERCENT,
            "unitPrice": _taxed(price, currency),
            "lineValue": _taxed(price * qty, currency),
            "product": {"id": stable_int(sku), "name": str(p.get("name") or sku),
                        "productNumber": sku},
            "productVariant": {"id": stable_int(sku + "/" + variant_sku),
                               "name": str(p.get("variant") or ""),
                               "variantNumber": variant_sku or None},
            "productSize": {
                "id": stable_int(full + "/" + str(p.get("size") or "")),
                "description": p.get("size") or None,
                "SKU": (full if self.options.product_size_sku == "full" else size_sku) or None,
                "sizeNumber": size_sku or None,
                "EAN": p.get("ean") or None,
                "UPC": p.get("upc") or None,
            },
        }

    # ----- orders ------------------------------------------------------------------------

    def order_by_number(self, number: int) -> Obj | None:
        with self.store.lock:
            shipments = self.store.live_order(number)
            return self.order(shipments) if shipments else None

    def order(self, shipments: list[StoredShipment]) -> Obj:
        """Caller holds store.lock; `shipments` are one order's, in list order."""
        first = shipments[0].data
        number = shipments[0].order_id
        currency = str(first.get("orderCurrency") or "EUR")
        states = {s.state for s in shipments}
        status = ("SHIPPED" if states == {"completed"}
                  else "PROCESSING" if "completed" in states else "CONFIRMED")
        created = shipments[0].created_at
        updated = max([s.updated_at for s in shipments if s.updated_at]
                      + [self.store.order_updated_at(number) or created or datetime.now()])
        payments = [dict(p) for s in shipments for p in s.payments]
        lines = [self.order_line(p, currency) for s in shipments
                 for p in s.data.get("products", [])]
        total = sum(float(s.data.get("grandTotalValue") or 0.0) for s in shipments)

        def payment_history(info: Any, where: Obj | None = None) -> list[Obj]:
            where = where or {}
            types, statuses = where.get("entryType"), where.get("status")
            return [self.payment(p) for p in payments
                    if (not types or p["entryType"] in types)
                    and (not statuses or p["status"] in statuses)]

        return {
            "__typename": "DirectToConsumerOrder",
            "id": shipments[0].order_hash,
            "number": number,
            "status": status,
            "createdAt": date_field(created),
            "orderDate": date_field(created),
            "updatedAt": date_field(updated),
            "isOnHold": bool(first.get("hold")),
            "isLocked": bool(first.get("x_locked")),
            "internalComment": first.get("internalComment") or None,
            "otherComment": str(first.get("otherComment") or ""),
            "currencyBaseRate": BASE_RATES.get(currency, 1.0),
            "grandTotal": _taxed(total, currency),
            "shippingAddress": _address(first, "delivery"),
            "billingAddress": _address(first, "billing"),
            "shippingMethod": {"id": stable_int(str(first.get("shippingList") or "")),
                               "name": str(first.get("shippingList") or "")},
            "store": STORE,
            "market": MARKET,
            "lines": lines,
            "shipments": lambda info: self.shipments_of(number),
            "paymentHistory": payment_history,
        }

    def shipments_of(self, number: int) -> list[Obj]:
        with self.store.lock:
            return [self.shipment(s) for s in self.store.live_order(number)]

    @staticmethod
    def payment(p: Obj) -> Obj:
        return {
            "id": p["id"], "createdAt": date_field(p["createdAt"]),
            "entryType": p["entryType"], "status": p["status"],
            "externalReference": p["externalReference"],
            "value": money(p["value"], p["currency"]), "paymentMethod": p["paymentMethod"],
            "paramsJSON": p["paramsJSON"],
        }

