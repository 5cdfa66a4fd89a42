"""Typed models of what Centra's Integration API answers (pydantic).

Field names follow ``shared/centra-integration-api.md`` §3-§5. Every model ignores fields
it does not know, and every optional field has a default, so a token that may not read a
nested field (Centra answers ``null`` there and an ``errors[]`` entry) still parses.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_DETAIL_CHARS = 300


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


# ----- envelope ---------------------------------------------------------------------------

class GqlErrorExtensions(_Model):
    category: str = ""
    permission: str = ""   # the simulator names it; real Centra says it in the message
    limit_type: str = Field("", alias="limitType")
    retry_after_seconds: float | None = Field(None, alias="retryAfterSeconds")


class GqlError(_Model):
    message: str = ""
    path: list[str | int] | None = None
    extensions: GqlErrorExtensions = Field(default_factory=GqlErrorExtensions)


class ResponseExtensions(_Model):
    permissions_used: list[str] = Field(default_factory=list, alias="permissionsUsed")
    deprecated_permissions_used: list[str] = Field(default_factory=list,
                                                   alias="deprecatedPermissionsUsed")
    deprecated_fields_used: list[Any] = Field(default_factory=list,
                                              alias="deprecatedFieldsUsed")
    complexity: int | None = None


class GqlResponse(_Model):
    """``{"data": ..., "errors": [...], "extensions": {...}}`` as Centra sends it."""

    data: dict[str, Any] | None = None
    errors: list[GqlError] = Field(default_factory=list)
    extensions: ResponseExtensions = Field(default_factory=ResponseExtensions)


class UserMessage(_Model):
    """A ``UserError`` or ``UserWarning``: no code, only words and where."""

    message: str = ""
    path: list[str] | None = None

    def __str__(self) -> str:
        return self.message


# ----- shipments --------------------------------------------------------------------------

class Country(_Model):
    code: str = ""
    name: str = ""


class Address(_Model):
    first_name: str | None = Field(None, alias="firstName")
    last_name: str | None = Field(None, alias="lastName")
    company_name: str | None = Field(None, alias="companyName")
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    zip_code: str | None = Field(None, alias="zipCode")
    state_or_province: str | None = Field(None, alias="stateOrProvince")
    country: Country | None = None
    email: str | None = None
    phone_number: str | None = Field(None, alias="phoneNumber")

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def lines(self) -> list[str]:
        city = " ".join(p for p in (self.zip_code, self.city) if p)
        parts = [self.name, self.company_name, self.address1, self.address2, city,
                 self.state_or_province, self.country.code if self.country else None]
        return [p for p in parts if p]


class ProductSize(_Model):
    sku: str | None = Field(None, alias="SKU")
    size_number: str | None = Field(None, alias="sizeNumber")
    ean: str | None = Field(None, alias="EAN")
    upc: str | None = Field(None, alias="UPC")
    description: str | None = None


class ProductVariant(_Model):
    name: str | None = None
    variant_number: str | None = Field(None, alias="variantNumber")


class OrderLine(_Model):
    id: int | None = None
    product_number: str = Field("", alias="productNumber")
    product_name: str | None = Field(None, alias="productName")
    product_variant_name: str | None = Field(None, alias="productVariantName")
    size: str = ""
    comment: str | None = None
    product_variant: ProductVariant | None = Field(None, alias="productVariant")
    product_size: ProductSize | None = Field(None, alias="productSize")


class ShipmentLine(_Model):
    id: int
    quantity: int
    order_line: OrderLine | None = Field(None, alias="orderLine")

    @property
    def sku(self) -> str:
        """The full SKU. ``ProductSize.SKU`` when it already holds the product number
        (open question 7: it may be the size's own part only), else the parts joined."""
        line = self.order_line or OrderLine()
        size = line.product_size or ProductSize()
        product = line.product_number
        variant = (line.product_variant.variant_number or "") if line.product_variant else ""
        if size.sku and (not product or size.sku.startswith(product)):
            return size.sku
        return f"{product}{variant}{size.size_number or size.sku or ''}"

    @property
    def ean(self) -> str:
        size = self.order_line.product_size if self.order_line else None
        return (size.ean or "") if size else ""

    @property
    def upc(self) -> str:
        size = self.order_line.product_size if self.order_line else None
        return (size.upc or "") if size else ""


class CarrierInformation(_Model):
    carrier_name: str | None = Field(None, alias="carrierName")
    service_name: str | None = Field(None, alias="serviceName")


class ShippingMethod(_Model):
    name: str = ""


class OrderRef(_Model):
    """The order a shipment belongs to (what the bench needs of it)."""

    id: str = ""                  # the hash id
    number: int = 0
    status: str = ""
    is_on_hold: bool = Field(False, alias="isOnHold")
    internal_comment: str | None = Field(None, alias="internalComment")
    other_comment: str | None = Field(None, alias="otherComment")
    shipping_method: ShippingMethod | None = Field(None, alias="shippingMethod")


class Shipment(_Model):
    """A ``DirectToConsumerShipment`` with the fields ``queries.SHIPMENT_FIELDS`` selects.
    Its state is the booleans (there is no status enum)."""

    id: int
    number: str
    is_good_to_go: bool = Field(False, alias="isGoodToGo")
    is_shipped: bool = Field(False, alias="isShipped")
    is_paid: bool = Field(False, alias="isPaid")
    is_captured: bool = Field(False, alias="isCaptured")
    is_on_hold: bool = Field(False, alias="isOnHold")
    created_at: datetime | None = Field(None, alias="createdAt")
    updated_at: datetime | None = Field(None, alias="updatedAt")
    shipped_at: datetime | None = Field(None, alias="shippedAt")
    tracking_number: str | None = Field(None, alias="trackingNumber")
    return_tracking_number: str | None = Field(None, alias="returnTrackingNumber")
    number_of_packages: int = Field(0, alias="numberOfPackages")
    carrier_information: CarrierInformation | None = Field(None, alias="carrierInformation")
    shipping_address: Address | None = Field(None, alias="shippingAddress")
    lines: list[ShipmentLine] = Field(default_factory=list)
    order: OrderRef | None = None

    @property
    def order_number(self) -> str:
        """The order number: from the order when selected, else the part before ``-``."""
        if self.order is not None and self.order.number:
            return str(self.order.number)
        return self.number.rsplit("-", 1)[0]

    @property
    def needs_capture(self) -> bool:
        """Completing needs a ``captureShipment`` first (neither paid nor captured).

        GraphQL has no ``shouldCapture``: an unpaid shipment with nothing authorised looks
        the same, and its capture is refused (DO NOT SHIP, with Centra's words)."""
        return not (self.is_paid or self.is_captured)

    @property
    def carrier(self) -> str:
        return (self.carrier_information.carrier_name or "") if self.carrier_information else ""

    @property
    def service(self) -> str:
        return (self.carrier_information.service_name or "") if self.carrier_information else ""

    @property
    def shipping_method(self) -> str:
        method = self.order.shipping_method if self.order else None
        return method.name if method else ""


class OrderWithShipments(_Model):
    id: str = ""
    number: int = 0
    status: str = ""
    is_on_hold: bool = Field(False, alias="isOnHold")
    shipments: list[Shipment] = Field(default_factory=list)


class OrderComment(_Model):
    id: str = ""
    number: int = 0
    is_locked: bool = Field(False, alias="isLocked")
    internal_comment: str | None = Field(None, alias="internalComment")


# ----- payloads ---------------------------------------------------------------------------

class PaymentHistoryEntry(_Model):
    entry_type: str = Field("", alias="entryType")
    status: str = ""
    external_reference: str | None = Field(None, alias="externalReference")
    payment_method: str | None = Field(None, alias="paymentMethod")
    params_json: str | None = Field(None, alias="paramsJSON")

    @property
    def detail(self) -> str:
        """The provider's reason in a few words, from ``paramsJSON`` when it parses
        (``refusalReason``, ``message``, ...), else the raw text, clipped."""
        raw = (self.params_json or "").strip()
        reason = ""
        try:
            params = json.loads(raw) if raw else None
        except ValueError:
            params = None
        if isinstance(params, dict):
            for key in ("refusalReason", "reason", "message", "error", "errorMessage",
                        "resultCode", "status"):
                value = params.get(key)
                if isinstance(value, (str, int)) and str(value).strip():
                    reason = str(value).strip()
                    break
        elif raw:
            reason = raw
        parts = [p for p in (reason, self.payment_method,
                             self.external_reference and f"ref {self.external_reference}") if p]
        return ", ".join(parts)[:MAX_DETAIL_CHARS]


class Payload(_Model):
    user_errors: list[UserMessage] = Field(default_factory=list, alias="userErrors")
    user_warnings: list[UserMessage] = Field(default_factory=list, alias="userWarnings")


class ShipmentPayload(Payload):
    shipment: Shipment | None = None


class CapturePayload(ShipmentPayload):
    payment_history_entry: PaymentHistoryEntry | None = Field(None, alias="paymentHistoryEntry")


class OrderUpdatePayload(Payload):
    order: OrderComment | None = None


# ----- events -----------------------------------------------------------------------------

class Event(_Model):
    id: int
    object_type: str = Field("", alias="objectType")
    change_type: str = Field("", alias="changeType")
    object_reference: str = Field("", alias="objectReference")
    object: Shipment | None = None   # the shipment's current state; None when deleted


class RateLimit(_Model):
    type: str
    interval_seconds: str = Field(alias="intervalSeconds")
    quota: int
    used_quota: int = Field(alias="usedQuota")
    remaining_quota: int = Field(alias="remainingQuota")
