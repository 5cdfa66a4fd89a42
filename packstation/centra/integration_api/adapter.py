"""The Integration API behind the ports (``centra.ports``): GraphQL models -> ``domain``
types, and a ``domain.Completion`` delivered as the resumable sequence (``sequence``).

``IntegrationAdapter`` is a ``CentraPorts``: the bench, the outbox and the station use it
exactly as they use the Order API's ``CentraClient``.
"""

from __future__ import annotations

from collections.abc import Iterator

from packstation.centra import domain, errors
from packstation.centra.domain import LookupOutcome, ShipmentState
from packstation.centra.integration_api.client import IntegrationClient, Lookup, is_ready
from packstation.centra.integration_api.models import Shipment, ShipmentLine
from packstation.centra.integration_api.sequence import (
    Phase,
    Step,
    StepListener,
    run_completion,
)
from packstation.centra.ports import StepListener as PortStepListener

__all__ = ["IntegrationAdapter", "state_of", "to_line", "to_lookup", "to_shipment"]


def to_line(line: ShipmentLine) -> domain.Line:
    ol = line.order_line
    return domain.Line(
        line_id=str(line.id), sku=line.sku, ean=line.ean, upc=line.upc, qty=line.quantity,
        name=(ol.product_name or "") if ol else "",
        variant=(ol.product_variant_name or "") if ol else "",
        size=ol.size if ol else "", comment=(ol.comment or "") if ol else "",
    )


def to_shipment(s: Shipment) -> domain.Shipment:
    a = s.shipping_address
    country = a.country.code if a is not None and a.country is not None else ""
    order = s.order
    return domain.Shipment(
        order_id=s.order_number, shipment_id=s.number, ref=str(s.id),
        order_date=s.created_at, shipment_date=s.shipped_at,
        delivery_name=a.name if a else "", delivery_company=(a.company_name or "") if a else "",
        delivery_address=(a.address1 or "") if a else "",
        delivery_coaddress=(a.address2 or "") if a else "",
        delivery_zipcode=(a.zip_code or "") if a else "",
        delivery_city=(a.city or "") if a else "",
        delivery_state=(a.state_or_province or "") if a else "",
        delivery_country=country, delivery_email=(a.email or "") if a else "",
        delivery_phone=(a.phone_number or "") if a else "",
        shipping_list=s.shipping_method, carrier=s.carrier, service=s.service,
        tracking_number=s.tracking_number or "",
        return_slip_tracking=s.return_tracking_number or "",
        paid=s.is_paid, should_capture=s.needs_capture, captured=s.is_captured,
        hold=s.is_on_hold or bool(order and order.is_on_hold),
        internal_comment=(order.internal_comment or "") if order else "",
        other_comment=(order.other_comment or "") if order else "",
        products=tuple(to_line(line) for line in s.lines),
    )


def state_of(s: Shipment) -> ShipmentState:
    if s.is_shipped:
        return ShipmentState.COMPLETED
    return ShipmentState.GOOD_TO_GO if s.is_good_to_go else ShipmentState.IN_PROGRESS


def to_lookup(result: Lookup) -> domain.LookupResult:
    found = tuple(domain.FoundShipment(to_shipment(f.shipment), state_of(f.shipment))
                  for f in result.found)
    outcome = result.outcome
    if len(found) == 1 and outcome is not LookupOutcome.SEVERAL_OPEN:
        outcome = found[0].outcome   # the domain's reading (order hold is in ``hold``)
    return domain.LookupResult(result.query, outcome, found)


def _both(first: StepListener | None,
          second: PortStepListener | None) -> StepListener | None:
    if first is None or second is None:
        return first or second

    def both(step: Step, phase: Phase) -> None:
        first(step, phase)
        second(step, phase)

    return both


class IntegrationAdapter:
    """``CentraPorts`` over one ``IntegrationClient``."""

    # ``complete`` resumes from Centra's state and may be repeated (the outbox's
    # dispatcher relies on it to finish the comment after a lost complete answer).
    resumable = True

    def __init__(self, client: IntegrationClient, *,
                 on_step: StepListener | None = None) -> None:
        self.client = client
        self.on_step = on_step
        self.last_warnings: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"IntegrationAdapter({self.client.url!r})"

    @property
    def base_url(self) -> str:
        return self.client.url

    # ShipmentSource
    def lookup(self, scanned: str) -> domain.LookupResult:
        return to_lookup(self.client.lookup(scanned))

    def find(self, order: str, shipment_id: str,
             state: ShipmentState) -> domain.Shipment | None:
        result = self.client.lookup(shipment_id)
        s = result.shipment
        if s is None or s.order_number != order.strip() or state_of(s) is not state:
            return None
        return to_shipment(s)

    def iter_good_to_go(self, page_size: int = 100) -> Iterator[domain.Shipment]:
        for s in self.client.iter_ready(page_size):
            if is_ready(s):
                yield to_shipment(s)

    def count_ready(self) -> int:
        return sum(1 for _ in self.client.iter_ready(200))

    # GoodToGoMarker
    def mark_good_to_go(self, shipment_id: str) -> domain.Shipment:
        """Marks it only if Centra does not have it good to go already (one read, and a
        mutation only when needed)."""
        result = self.client.lookup(shipment_id)
        s = result.shipment
        if s is None or s.number != shipment_id.strip():
            raise errors.CentraRefused(f"Shipment {shipment_id} not found.")
        if s.is_shipped:
            raise errors.CentraRefused(f"Shipment {shipment_id} is already shipped.")
        if not s.is_good_to_go:
            payload = self.client.mark_good_to_go(s.id)
            self.last_warnings = tuple(w.message for w in payload.user_warnings)
            s = s.model_copy(update={"is_good_to_go": True})
        return to_shipment(s)

    # Completer
    def complete(self, completion: domain.Completion, *,
                 on_step: PortStepListener | None = None) -> domain.CompletionResult:
        """The sequence (``sequence.run_completion``); ``on_step`` (the outbox's listener
        for this delivery) is called for each step, after the adapter's own ``on_step``."""
        report = run_completion(self.client, completion,
                                on_step=_both(self.on_step, on_step))
        message = "already shipped in Centra" if report.already_shipped else ""
        return domain.CompletionResult(
            order=completion.order or report.shipment.order_number,
            shipment=completion.shipment, message=message, warnings=tuple(report.warnings))

    # DocumentSource
    def fetch_document(self, kind: domain.DocumentKind, url: str) -> domain.Document:
        """The Integration API gives no document links (the bench prints its own)."""
        if not url:
            raise domain.DocumentError(domain.FetchProblem.NO_LINK)
        raise domain.DocumentError(domain.FetchProblem.NOT_FOUND,
                                   "documents are not fetched through the Integration API")

    def close(self) -> None:
        self.client.close()
