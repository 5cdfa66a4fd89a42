"""What the bench knows about Centra, in neutral terms (no Qt, no pydantic, no wire format).

Every adapter behind the ports (``packstation.centra.ports``) maps its own wire format to
these frozen dataclasses: the Order API adapter (``centra/order_api/``) from its JSON, the
Integration API (GraphQL) adapter from its ``Shipment``/``ShipmentLine`` objects. The bench,
the UI, the outbox and the station read only these. Attribute names follow the Order API's
(``products``, ``delivery_*``, ``shipment_id`` = the shipment *number* ``"83651-1"``) because
that is what the bench has always read; where the Integration API knows more (its Int ids,
``isCaptured``), there is a field for it that the Order API adapter leaves at its default.

Import cost: only the standard library, so the first frame may import this module.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from packstation.centra.outcomes import LookupOutcome, ShipmentState

__all__ = [
    "Completion",
    "CompletionResult",
    "Document",
    "DocumentError",
    "DocumentKind",
    "DocumentLinks",
    "FetchProblem",
    "FoundShipment",
    "Line",
    "LookupOutcome",
    "LookupResult",
    "ProductLine",
    "Shipment",
    "ShipmentState",
]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a shipment: what goes in the box.

    ``sku``/``variant_sku``/``size_sku`` are the Order API's three SKU parts; an adapter
    that only knows the full SKU (the Integration API's ``ProductSize.SKU``) puts it in
    ``sku`` and leaves the other two empty, so ``full_sku`` is right either way.

    Bundles: a bundle line has ``is_bundle`` and its components in ``bundle`` (each with
    its quantity *per bundle*); a component sent as its own line carries the bundle's line
    id in ``part_of_bundle``. ``packstation.bench.bundles`` turns this into the box."""

    line_id: str = ""
    sku: str = ""
    variant_sku: str = ""
    size_sku: str = ""
    name: str = ""
    variant: str = ""
    size: str = ""
    ean: str = ""
    upc: str = ""
    qty: int = 0
    comment: str = ""
    is_bundle: bool = False
    part_of_bundle: str = ""
    bundle: tuple[Line, ...] = ()

    @property
    def full_sku(self) -> str:
        """The physical SKU: the three SKU parts joined (Centra's WMS guide)."""
        return f"{self.sku}{self.variant_sku}{self.size_sku}"


ProductLine = Line  # the name the bench used before the ports (``shipment.products``)


@dataclass(frozen=True, slots=True)  # slots: the ready cache holds thousands
class Shipment:
    """One shipment as the bench sees it.

    ``shipment_id`` is the shipment *number* (``"83651-1"``, printed on the delivery note)
    and ``order_id`` the order *number*; ``ref`` is the adapter's own handle when it has
    one (the Integration API's Int ``id``; empty for the Order API). The shipment's state
    (good to go / in progress / completed) is not here: it comes with the lookup
    (``FoundShipment.state``), as the Order API reports it per query."""

    order_id: str
    shipment_id: str
    ref: str = ""
    order_date: datetime | None = None
    shipment_date: datetime | None = None
    order_currency: str = ""
    grand_total: float = 0.0

    delivery_name: str = ""
    delivery_company: str = ""
    delivery_address: str = ""
    delivery_coaddress: str = ""
    delivery_zipcode: str = ""
    delivery_city: str = ""
    delivery_state: str = ""
    delivery_country: str = ""
    delivery_email: str = ""
    delivery_phone: str = ""

    shipping_list: str = ""  # the shipping method the customer chose
    carrier: str = ""
    service: str = ""
    tracking_number: str = ""
    return_slip_tracking: str = ""

    paid: bool = False
    should_capture: bool = False  # Centra will capture the payment on completion
    captured: bool = False  # the Integration API's isCaptured (the Order API cannot tell)
    hold: bool = False
    suspect: bool = False

    internal_comment: str = ""
    other_comment: str = ""
    products: tuple[Line, ...] = ()  # as Centra lists them; ``bench.bundles.pack_plan``
    # says what goes in the box (and its ``item_count``: a bundle counts as its components)

    proforma: str = ""  # document links (URLs); empty when Centra gives none
    delivery_note: str = ""

    @property
    def needs_capture(self) -> bool:
        """Completing will try to capture the payment (it is not paid yet)."""
        return self.should_capture and not self.paid and not self.captured

    @property
    def address_lines(self) -> list[str]:
        city = " ".join(p for p in (self.delivery_zipcode, self.delivery_city) if p)
        parts = [
            self.delivery_name,
            self.delivery_company,
            self.delivery_address,
            self.delivery_coaddress,
            city,
            self.delivery_state,
            self.delivery_country,
        ]
        return [p for p in parts if p]


@dataclass(frozen=True)
class FoundShipment:
    shipment: Shipment
    state: ShipmentState

    @property
    def outcome(self) -> LookupOutcome:
        if self.state is ShipmentState.COMPLETED:
            return LookupOutcome.COMPLETED
        if self.shipment.hold:
            return LookupOutcome.ON_HOLD
        if self.state is ShipmentState.IN_PROGRESS:
            return LookupOutcome.NOT_GOOD_TO_GO
        if self.shipment.needs_capture:
            return LookupOutcome.NEEDS_CAPTURE
        if not (self.shipment.paid or self.shipment.captured):
            return LookupOutcome.NOT_PAID  # nothing to capture: Centra refuses completion
        return LookupOutcome.READY


@dataclass(frozen=True)
class LookupResult:
    """What a scan found. ``found`` holds one shipment, or every open shipment of an
    order when there are several (the packer picks one)."""

    query: str
    outcome: LookupOutcome
    found: tuple[FoundShipment, ...] = ()

    @property
    def shipment(self) -> Shipment | None:
        return self.found[0].shipment if len(self.found) == 1 else None

    @property
    def can_complete(self) -> bool:
        return self.outcome in (LookupOutcome.READY, LookupOutcome.NEEDS_CAPTURE)


@dataclass(frozen=True)
class Completion:
    """What the bench decided for one shipment: the unit the outbox stores and a
    ``Completer`` delivers (the Order API as one ``PUT shipment``; the Integration API as
    good-to-go → capture → complete, each step only if still needed).

    ``capture``: take the payment if it is not taken yet. ``gtg``: mark good to go first.
    ``shipped``: complete it (``False``: packed, not handed over). ``send_email``: ``None``
    leaves it to the store's "send shipping confirmation" setting. ``shipment_ref`` is the
    adapter's handle of the shipment when it knows one (see ``Shipment.ref``)."""

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
    shipment_ref: str = ""


@dataclass(frozen=True)
class CompletionResult:
    """Centra's answer to a delivered completion. ``warnings`` holds what Centra reported
    as done-but-noteworthy (the Integration API's ``userWarnings``)."""

    order: str
    shipment: str
    message: str = ""
    warnings: tuple[str, ...] = ()


class DocumentKind(enum.Enum):
    DELIVERY_NOTE = "delivery_note"
    PROFORMA = "proforma"


class DocumentLinks(enum.Enum):
    """Whether a Centra API gives the shipment's document links at all (the
    ``DocumentSource`` port's capability): the Order API sends ``proforma`` and
    ``deliveryNote`` PDF links with each shipment; the Integration API has no such fields,
    so nothing can be downloaded or printed from it (docs/bundles-and-papers.md)."""

    PER_SHIPMENT = "per_shipment"  # links come with each shipment (some may be empty)
    NONE = "none"  # this API gives no document links: never try to download


class FetchProblem(enum.Enum):
    NO_LINK = "no_link"  # the shipment carries no URL for this document
    UNREACHABLE = "unreachable"  # network: refused, timeout, reset
    REFUSED = "refused"  # 401/403: the key (or no key) was not accepted
    NOT_FOUND = "not_found"  # 404 or another 4xx status
    SERVER_ERROR = "server_error"  # 5xx: the server is in trouble; Retry later
    NOT_PDF = "not_pdf"  # an answer that is not a PDF (an HTML login page, say)
    TOO_LARGE = "too_large"


class DocumentError(Exception):
    """A document could not be fetched. ``problem`` says why; never holds the API key."""

    def __init__(self, problem: FetchProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    url: str
    pdf: bytes
