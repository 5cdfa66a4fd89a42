"""The Order API adapter's mapping: wire models -> ``domain`` types, and a neutral
``Completion`` -> the ``PUT shipment`` body (``CompleteRequest``). Pure functions, no I/O;
``CentraClient`` uses them so its port methods speak only ``domain``."""

from __future__ import annotations

from typing import Any

from packstation.centra import domain
from packstation.centra.order_api import models

__all__ = ["line_from_json", "shipment_from_json", "to_line", "to_request", "to_result",
           "to_shipment"]


def to_line(line: models.ProductLine) -> domain.Line:
    return domain.Line(
        line_id=line.line_id, sku=line.sku, variant_sku=line.variant_sku,
        size_sku=line.size_sku, name=line.name, variant=line.variant, size=line.size,
        ean=line.ean, upc=line.upc, qty=line.qty, comment=line.comment,
        is_bundle=line.is_bundle, part_of_bundle=line.part_of_bundle,
        bundle=tuple(to_line(part) for part in line.bundle),
    )


def to_shipment(s: models.Shipment) -> domain.Shipment:
    return domain.Shipment(
        order_id=s.order_id, shipment_id=s.shipment_id,
        order_date=s.order_date, shipment_date=s.shipment_date,
        order_currency=s.order_currency, grand_total=s.grand_total,
        delivery_name=s.delivery_name, delivery_company=s.delivery_company,
        delivery_address=s.delivery_address, delivery_coaddress=s.delivery_coaddress,
        delivery_zipcode=s.delivery_zipcode, delivery_city=s.delivery_city,
        delivery_state=s.delivery_state, delivery_country=s.delivery_country,
        delivery_email=s.delivery_email, delivery_phone=s.delivery_phone,
        shipping_list=s.shipping_list, carrier=s.carrier, service=s.service,
        tracking_number=s.tracking_number, return_slip_tracking=s.return_slip_tracking,
        paid=s.paid, should_capture=s.should_capture, hold=s.hold, suspect=s.suspect,
        internal_comment=s.internal_comment, other_comment=s.other_comment,
        products=tuple(to_line(p) for p in s.products),
        proforma=s.proforma, delivery_note=s.delivery_note,
    )


def shipment_from_json(data: dict[str, Any]) -> domain.Shipment:
    """A shipment object as Get shipments sends it -> ``domain.Shipment`` (raises
    pydantic's ``ValidationError`` on data the Order API never sends)."""
    return to_shipment(models.Shipment.model_validate(data))


def line_from_json(data: dict[str, Any]) -> domain.Line:
    return to_line(models.ProductLine.model_validate(data))


def to_request(c: domain.Completion) -> models.CompleteRequest:
    """One ``PUT shipment`` does it all: good to go, capture, complete (``shipment_ref``
    is not needed: the Order API addresses a shipment by its number)."""
    return models.CompleteRequest(
        order=c.order, shipment=c.shipment, capture=c.capture, gtg=c.gtg, shipped=c.shipped,
        carrier=c.carrier, service=c.service, packages=c.packages, tracking=c.tracking,
        return_slip_tracking=c.return_slip_tracking, send_email=c.send_email,
        internal_comment=c.internal_comment,
    )


def to_result(r: models.CompleteResponse, c: domain.Completion) -> domain.CompletionResult:
    return domain.CompletionResult(order=r.order or c.order, shipment=r.shipment or c.shipment,
                                   message=r.msg)
