"""The ports and the neutral domain: light to import, and the Order API adapter maps every
field both ways (a field added to one side and forgotten in the mapping fails here)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import datetime

from packstation.centra import domain
from packstation.centra.order_api import adapter, models
from packstation.simulator import build_shipment
from packstation.simulator.builders import bundle_line, product_line

# What only another API knows (the Integration API's Int id and isCaptured): the Order API
# adapter leaves them at their defaults.
NOT_FROM_THE_ORDER_API = {"ref", "captured"}


def test_domain_ports_and_outbox_load_no_wire_library() -> None:
    code = ("import sys, packstation.centra.domain, packstation.centra.ports, "
            "packstation.centra.connection, packstation.outbox, packstation.station.audited_completer; "
            "print(','.join(m for m in ('pydantic', 'httpx') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == ""


def test_every_domain_shipment_field_comes_from_the_wire() -> None:
    line = product_line("Organic Cotton Tee", "Black", "M", ean="7350070011023")
    line.update(comment="gift wrap", upc="012345678905")
    gift = bundle_line("Winter Gift Box", [product_line("Scarf", "Grey", "One size")],
                       qty=1, sku="WGB900", ean="7350070990012", bundle_id="901",
                       line_id="900")
    stored = build_shipment(
        61001, lines=[line, gift], paid=False, should_capture=True, hold=True, suspect=True,
        tracking="PN61001SE", internal_comment="inside", other_comment="customer note",
        state="completed",
        extra={"returnSlipTracking": "RT1", "deliveryCoaddress": "c/o Berg",
               "deliveryCompany": "Berg AB",
               "deliveryState": "Skåne", "proforma": "https://x/p", "deliveryNote": "https://x/d"})
    wire = models.Shipment.model_validate(stored.data)
    got = adapter.to_shipment(wire)
    default = domain.Shipment(order_id="", shipment_id="")
    for f in dataclasses.fields(domain.Shipment):
        if f.name in NOT_FROM_THE_ORDER_API:
            assert getattr(got, f.name) == getattr(default, f.name), f.name
            continue
        assert getattr(got, f.name) != getattr(default, f.name), f"{f.name} is not mapped"
        if f.name != "products":
            assert getattr(got, f.name) == getattr(wire, f.name), f.name
    assert isinstance(got.order_date, datetime)
    tee, box = got.products
    for f in dataclasses.fields(domain.Line):
        if f.name in ("is_bundle", "part_of_bundle", "bundle"):
            continue
        assert getattr(tee, f.name) not in ("", 0), f"Line.{f.name} is not mapped"
    assert box.is_bundle and box.bundle[0].name == "Scarf"


def test_a_completion_becomes_the_put_body_field_for_field() -> None:
    c = domain.Completion(order="61001", shipment="61001-1", capture=False, gtg=False,
                          shipped=False, carrier="DHL", service="Express", packages=3,
                          tracking="JJD1", return_slip_tracking="RT1", send_email=False,
                          internal_comment="packed by 3", shipment_ref="345")
    request = adapter.to_request(c)
    wire_fields = {f.name for f in dataclasses.fields(models.CompleteRequest)}
    assert wire_fields == {f.name for f in dataclasses.fields(domain.Completion)} - {"shipment_ref"}
    for name in wire_fields:
        assert getattr(request, name) == getattr(c, name), name
    assert request.to_json() == {
        "order": 61001, "shipment": "61001-1", "capture": False, "gtg": False, "shipped": False,
        "carrier": "DHL", "service": "Express", "packages": 3, "tracking": "JJD1",
        "returnSlipTracking": "RT1", "sendEmail": False, "internalComment": "packed by 3"}
