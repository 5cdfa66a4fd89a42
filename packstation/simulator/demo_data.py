"""Deterministic demo data: 31 shipments over 28 orders (41001-41028), one per scenario the
packing station must handle, the rest "paid, ready to pack" filler with seeded random lines.

`demo_shipments(seed)` returns the same shipments for the same seed. `DEMO_BARCODES` lists
(barcode, what it demonstrates) for the app to show; a barcode is a shipment ID, or an order
number for the orders that hold two shipments.

Builders for custom test shipments (`build_shipment`, `product_line`, `Customer`) live in
`builders.py` and are re-exported here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from packstation.simulator.builders import (
    Customer,
    build_shipment,
    bundle_line,
    make_ean13,
    product_line,
    upc_check_digit,
)
from packstation.simulator.store import StoredShipment

__all__ = [
    "CATALOG", "CUSTOMERS", "DEMO_BARCODES", "Customer", "build_shipment", "demo_shipments",
    "product_line",
]

DEFAULT_SEED = 20261127
FIRST_ORDER = 41001


@dataclass(frozen=True)
class Catalog:
    name: str
    sku: str
    price: float
    weight: float
    variants: tuple[tuple[str, str], ...]   # (variantSku, variant name)
    sizes: tuple[tuple[str, str], ...]      # (sizeSku, size)


CATALOG: tuple[Catalog, ...] = (
    Catalog("Merino Crew Sweater", "MCS100", 129.0, 0.45,
            (("FG", "Forest Green"), ("NV", "Navy"), ("OAT", "Oatmeal")),
            (("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL"))),
    Catalog("Organic Cotton Tee", "OCT200", 35.0, 0.2,
            (("WHT", "Off White"), ("BLK", "Black"), ("SGE", "Sage")),
            (("XS", "XS"), ("S", "S"), ("M", "M"), ("L", "L"))),
    Catalog("Relaxed Chino Trousers", "RCT310", 95.0, 0.6,
            (("SND", "Sand"), ("OLV", "Olive")),
            (("30", "30/32"), ("32", "32/32"), ("34", "34/32"))),
    Catalog("Wool Blend Overshirt", "WBO420", 149.0, 0.7,
            (("CML", "Camel"), ("CHR", "Charcoal Melange")), (("M", "M"), ("L", "L"))),
    Catalog("Ribbed Beanie", "RBN050", 29.0, 0.1,
            (("RST", "Rust"), ("GRY", "Grey Melange")), (("OS", "One Size"),)),
    Catalog("Leather Chelsea Boots", "LCB900", 289.0, 1.6,
            (("BRN", "Dark Brown"), ("BLK", "Black")), (("41", "41"), ("42", "42"), ("43", "43"))),
    Catalog("Recycled Down Jacket", "RDJ700", 349.0, 1.1,
            (("BLK", "Black"), ("MOS", "Moss")), (("S", "S"), ("M", "M"), ("L", "L"))),
    Catalog("Linen Camp Shirt", "LCS330", 79.0, 0.25,
            (("SKY", "Sky Blue"), ("ECR", "Ecru")), (("S", "S"), ("M", "M"), ("L", "L"))),
    Catalog("Cashmere Scarf", "CSC060", 159.0, 0.2,
            (("CRM", "Cream"), ("BRG", "Burgundy")), (("OS", "One Size"),)),
    Catalog("Selvedge Denim Jeans", "SDJ510", 169.0, 0.9,
            (("RAW", "Raw Indigo"), ("STN", "Stone Wash")), (("30", "W30 L32"), ("32", "W32 L32"))),
    Catalog("Canvas Tote Bag", "CTB020", 39.0, 0.3, (("NAT", "Natural"),), (("OS", "One Size"),)),
    Catalog("Rib Knit Socks 3-pack", "RKS015", 25.0, 0.15,
            (("MIX", "Earth Mix"),), (("3639", "36-39"), ("4044", "40-44"))),
    Catalog("Pleated Midi Skirt", "PMS450", 119.0, 0.4,
            (("BLK", "Black"), ("TRC", "Terracotta")), (("34", "34"), ("36", "36"), ("38", "38"))),
)

CUSTOMERS: tuple[Customer, ...] = (
    Customer("Åsa Öberg-Lindqvist", "Östra Långgatan 112, lgh 1403", "413 03", "Göteborg",
             "SE", "asa.oberg-lindqvist@example.se", "+46707654321"),
    Customer("Jürgen Müller-Lüdenscheidt", "Große Straße der Märzgefallenen 17", "80331",
             "München", "DE", "juergen.mueller@example.de", "+491701234567",
             coaddress="Hinterhaus, 3. OG"),
    Customer("Kristoffer Ødegård Haugen", "Ålesundsgata 4B", "0458", "Oslo", "NO",
             "kristoffer.odegard@example.no", "+4791234567"),
    Customer("Sofie Bækgaard Sørensen", "Nørrebrogade 208, 3. th.", "2200", "København N", "DK",
             "sofie.b.sorensen@example.dk", "+4520123456"),
    Customer("Eveliina Mäkelä-Häkkinen", "Hämeentie 33 A 12", "00500", "Helsinki", "FI",
             "eveliina.makela@example.fi", "+358401234567"),
    Customer("Björn Ståhlberg", "Sankt Göransgatan 91", "112 17", "Stockholm", "SE",
             "bjorn.stahlberg@example.se", "+46701112233"),
    Customer("Lena Groß", "Königsallee 92a", "40212", "Düsseldorf", "DE",
             "lena.gross@example.de", "+491511234567", company="Groß & Söhne GmbH"),
    Customer("Maximilian Schüßler-Wöhrmann", "Mariahilfer Straße 120/7", "1070", "Wien", "AT",
             "m.schuessler@example.at", "+436641234567"),
    Customer("Ingrid Fjällström", "Storgatan 5", "972 31", "Luleå", "SE",
             "ingrid.fjallstrom@example.se", "+46702223344"),
    Customer("Noah Brunner", "Bahnhofstrasse 21", "8001", "Zürich", "CH",
             "noah.brunner@example.ch", "+41791234567"),
    Customer("Märta Åkesson", "Drottninggatan 48", "211 41", "Malmö", "SE",
             "marta.akesson@example.se", "+46703334455"),
    Customer("Sigrid Høiland", "Bryggen 17", "5003", "Bergen", "NO",
             "sigrid.hoiland@example.no", "+4799887766"),
)

# (carrier, service, shippingList)
CARRIERS: tuple[tuple[str, str, str], ...] = (
    ("PostNord", "MyPack Collect", "pickup-point"), ("PostNord", "MyPack Home", "standard"),
    ("DHL", "DHL Paket", "standard"), ("DHL", "Express Worldwide", "express"),
    ("UPS", "UPS Standard", "standard"), ("UPS", "Express Saver", "express"),
    ("Bring", "PickUp Parcel", "pickup-point"), ("Bring", "Home Delivery Parcel", "standard"),
    ("Budbee", "Home Delivery", "standard"), ("Budbee", "Box", "pickup-point"),
)


@dataclass(frozen=True)
class Scenario:
    order_offset: int        # order number = FIRST_ORDER + order_offset
    seq: int
    description: str
    options: tuple[tuple[str, Any], ...] = ()
    lines: int = 0           # 0 = 1-3 random lines


def _opts(**kwargs: Any) -> tuple[tuple[str, Any], ...]:
    return tuple(kwargs.items())


CAPTURE = _opts(paid=False, should_capture=True)
SCENARIOS: tuple[Scenario, ...] = (
    Scenario(0, 1, "Paid, ready to pack (Nordic name and address)", _opts(customer=0)),
    Scenario(1, 1, "Paid, ready to pack (long German name, c/o line)", _opts(customer=1)),
    Scenario(2, 1, "Paid, ready to pack: 14 lines, some with qty > 1", _opts(customer=2), 14),
    Scenario(3, 1, "Needs capture; capture will succeed on completion",
             _opts(customer=3) + CAPTURE),
    Scenario(4, 1, "Capture will fail: do not ship",
             _opts(customer=4, capture_ok=False) + CAPTURE),
    Scenario(5, 1, "Not good to go yet (in progress)", _opts(customer=5, state="inprogress")),
    Scenario(6, 1, "On hold: must not be completed", _opts(customer=6, hold=True)),
    Scenario(7, 1, "Already completed (has tracking): do not pack again",
             _opts(customer=7, state="completed", tracking="00370712345678901234")),
    Scenario(8, 1, "Order 41009, shipment 1 of 2: paid, ready to pack", _opts(customer=8)),
    Scenario(8, 2, "Order 41009, shipment 2 of 2: paid, ready to pack", _opts(customer=8)),
    Scenario(9, 1, "Order 41010, shipment 1 of 2: ready to pack", _opts(customer=9)),
    Scenario(9, 2, "Order 41010, shipment 2 of 2: not good to go yet",
             _opts(customer=9, state="inprogress")),
    Scenario(10, 1, "Not paid and nothing to capture (waiting for payment): do not ship",
             _opts(customer=10, paid=False)),
    Scenario(11, 1, "Flagged as suspect but paid and ready to pack",
             _opts(customer=11, suspect=True)),
    Scenario(12, 1, "Order 41013, shipment 1: already completed",
             _opts(state="completed", tracking="JJD000390012345678")),
    Scenario(12, 2, "Order 41013, shipment 2 (rest of the order): paid, ready to pack", ()),
    Scenario(13, 1, "Needs capture (succeeds), Budbee Box", CAPTURE),
    Scenario(14, 1, "Has a customer comment and an internal comment",
             _opts(other_comment="Please gift wrap, it's a birthday present!",
                   internal_comment="VIP customer")),
)
FILLER_COUNT = 13   # orders 41016-41028, all paid and good-to-go


def _random_lines(rng: random.Random, count: int) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    seen: set[tuple[int, int, int]] = set()
    while len(lines) < count:
        p = rng.randrange(len(CATALOG))
        item = CATALOG[p]
        v, s = rng.randrange(len(item.variants)), rng.randrange(len(item.sizes))
        if (p, v, s) in seen:
            continue
        seen.add((p, v, s))
        ean = make_ean13(f"7350070{p:02d}{v:01d}{s:02d}")
        upc = ""
        if rng.random() < 0.3:
            first11 = f"0{p:02d}{v:01d}{s:02d}84120"
            upc = first11 + upc_check_digit(first11)
        lines.append(product_line(
            item.name, item.variants[v][1], item.sizes[s][1], qty=rng.choice((1, 1, 1, 2, 3)),
            price=item.price, sku=item.sku, variant_sku=item.variants[v][0],
            size_sku=item.sizes[s][0], ean=ean, upc=upc, weight=item.weight,
            warehouse_qty=rng.randint(0, 60),
        ))
    return lines


def _date(index: int) -> str:
    base = datetime(2026, 11, 20, 8, 0, 0)
    return (base + timedelta(minutes=41 * index)).strftime("%Y-%m-%d %H:%M:%S")


def demo_shipments(seed: int = DEFAULT_SEED) -> list[StoredShipment]:
    """The demo shipments; the same seed gives the same data."""
    rng = random.Random(seed)
    out: list[StoredShipment] = []
    for sc in SCENARIOS:
        opts = dict(sc.options)
        customer = CUSTOMERS[opts.pop("customer", sc.order_offset % len(CUSTOMERS))]
        carrier, service, shipping_list = CARRIERS[(sc.order_offset + sc.seq) % len(CARRIERS)]
        if sc.description.endswith("Budbee Box"):
            carrier, service, shipping_list = "Budbee", "Box", "pickup-point"
        s = build_shipment(
            FIRST_ORDER + sc.order_offset, sc.seq,
            lines=_random_lines(rng, sc.lines or rng.randint(1, 3)), customer=customer,
            carrier=carrier, service=service, shipping_list=shipping_list,
            order_date=_date(sc.order_offset), **opts,
        )
        s.data["x_simulatorScenario"] = sc.description
        out.append(s)
    for i in range(FILLER_COUNT):
        offset = len({sc.order_offset for sc in SCENARIOS}) + i
        carrier, service, shipping_list = CARRIERS[rng.randrange(len(CARRIERS))]
        s = build_shipment(
            FIRST_ORDER + offset, 1, lines=_random_lines(rng, rng.randint(1, 4)),
            customer=CUSTOMERS[rng.randrange(len(CUSTOMERS))], carrier=carrier,
            service=service, shipping_list=shipping_list, order_date=_date(offset),
        )
        s.data["x_simulatorScenario"] = "Paid, ready to pack"
        out.append(s)
    out.extend(_bundle_and_customs_shipments())
    return out


def _barcodes() -> list[tuple[str, str]]:
    out = [(f"{FIRST_ORDER + sc.order_offset}-{sc.seq}", sc.description) for sc in SCENARIOS]
    out.insert(8, ("41009", "Order number with two open shipments (both ready to pack)"))
    out.insert(11, ("41010", "Order number with two shipments: one ready, one in progress"))
    out.append((f"{FIRST_ORDER + len({sc.order_offset for sc in SCENARIOS})}-1",
                "Paid, ready to pack (one of 13 plain orders, 41016-41028)"))
    out.extend(BUNDLE_CUSTOMS_BARCODES)
    out.append(("99999-1", "Unknown shipment: not found"))
    return out


# --- Bundles, customs papers and line notes (issue #18): orders 41101-41103 -----------------

def _item(p: int, v: int, s: int, qty: int = 1, comment: str = "") -> dict[str, Any]:
    """A catalogue item as a line, with the same EAN scheme as the random lines."""
    item = CATALOG[p]
    return product_line(
        item.name, item.variants[v][1], item.sizes[s][1], qty=qty, price=item.price,
        sku=item.sku, variant_sku=item.variants[v][0], size_sku=item.sizes[s][0],
        ean=make_ean13(f"7350070{p:02d}{v:01d}{s:02d}"), weight=item.weight, comment=comment)


def _bundle_and_customs_shipments() -> list[StoredShipment]:
    scarf, beanie, socks = _item(8, 0, 0), _item(4, 1, 0), _item(11, 0, 1, qty=2)
    gift = bundle_line("Winter Gift Box", [scarf, beanie, socks], qty=2, price=199.0,
                       sku="WGB900", ean=make_ean13("735007099001"), bundle_id="901",
                       line_id="4110121")
    # Centra's "Bundles and containing items": the components come again as lines of
    # their own (same lineId, isPartOfBundle), as in Centra's Get shipments example.
    repeated = []
    for n, part in enumerate(gift["bundle"], start=1):
        line = dict(part, lineId=f"41101{n:02d}", qty=int(part["qty"]) * 2)
        gift["bundle"][n - 1]["lineId"] = line["lineId"]
        repeated.append(line)
    tee = _item(1, 1, 2, comment="Gift text: Happy birthday Mia! Love, Grandma")
    bundle_order = build_shipment(
        41101, lines=[gift, *repeated, tee], customer=CUSTOMERS[0], carrier="PostNord",
        service="MyPack Home", order_date=_date(40))
    bundle_order.data["x_simulatorScenario"] = BUNDLE_CUSTOMS_BARCODES[0][1]
    norway = build_shipment(
        41102, lines=[_item(0, 1, 2), _item(9, 0, 1, comment="Engraving on the leather patch: "
                                                          "S.H. 1985")],
        customer=CUSTOMERS[11], carrier="Bring", service="PickUp Parcel",
        shipping_list="pickup-point", order_date=_date(41))
    norway.data["x_simulatorScenario"] = BUNDLE_CUSTOMS_BARCODES[1][1]
    swiss = build_shipment(
        41103, lines=[_item(3, 0, 1), gift_box_only()], customer=CUSTOMERS[9], carrier="DHL",
        service="Express Worldwide", shipping_list="express", order_date=_date(42),
        suspect=True)
    swiss.data["x_simulatorScenario"] = BUNDLE_CUSTOMS_BARCODES[2][1]
    return [bundle_order, norway, swiss]


def gift_box_only() -> dict[str, Any]:
    """A bundle line as "Only bundles" sends it: no word about its contents."""
    line = bundle_line("Winter Gift Box", [], qty=1, price=199.0, sku="WGB900",
                       ean=make_ean13("735007099001"), line_id="4110322")
    line.pop("bundle")
    return line


BUNDLE_CUSTOMS_BARCODES: list[tuple[str, str]] = [
    ("41101-1", "Bundle: 2 Winter Gift Boxes (scan the scarf, beanie and socks inside), "
                "and a gift text"),
    ("41102-1", "To Norway (outside the EU): customs papers (proforma), an engraving note"),
    ("41103-1", "To Switzerland, flagged suspect, a bundle sent without its contents"),
]


DEMO_BARCODES: list[tuple[str, str]] = _barcodes()


# ------------------------------------------------------------------------------------------
# What else a newcomer needs to try the bench: carrier labels with valid check digits,
# the items of two demo shipments, and the command barcodes. Shown in the demo window
# and printed on the command sheet (`packstation --command-sheet`).

def _ups(n: int) -> str:
    from packstation.scanning.checkdigits import ups_check_digit

    body = f"999AA1{n:09d}"
    return f"1Z{body}{ups_check_digit(body)}"


def _s10(serial: int, country: str = "SE", service: str = "RR") -> str:
    from packstation.scanning.checkdigits import s10_check_digit

    digits = f"{serial:08d}"
    return f"{service}{digits}{s10_check_digit(digits)}{country}"


def _sscc(serial: int) -> str:
    from packstation.scanning.checkdigits import gs1_check_digit

    payload = f"0735007{serial:010d}"  # extension 0, GS1 company prefix 735007, serial
    return f"00{payload}{gs1_check_digit(payload)}"


# (barcode, what it is): several per carrier, so a packer trying many parcels is not
# warned that a tracking number was already used on another shipment.
DEMO_LABELS: list[tuple[str, str]] = [
    *((_ups(n), "UPS carrier label") for n in (101, 102, 103)),
    *((_s10(n), "PostNord label (UPU S10)") for n in (12345678, 12345679, 12345680)),
    *((_sscc(n), "parcel label, GS1 SSCC (Bring, Budbee, DHL Paket)") for n in (1, 2)),
]

DEMO_ITEM_SHIPMENTS = ("41001-1", "41002-1")


def demo_items(seed: int = DEFAULT_SEED) -> list[tuple[str, str]]:
    """(EAN, "41001-1: name variant size") for the items of DEMO_ITEM_SHIPMENTS."""
    out: list[tuple[str, str]] = []
    for s in demo_shipments(seed):
        if s.shipment_id not in DEMO_ITEM_SHIPMENTS:
            continue
        for p in s.data["products"]:
            name = " ".join(str(p[k]) for k in ("name", "variant", "size") if p.get(k))
            out.append((str(p["ean"]), f"{s.shipment_id} item: {name} (qty {p['qty']})"))
    return out


DEMO_COMMANDS: list[tuple[str, str]] = [
    ("PS:COMPLETE", "command: complete the shipment (like Ctrl+Enter)"),
    ("PS:NEXT-PACKAGE", "command: one more package"),
    ("PS:CANCEL", "command: clear, start over (like Esc)"),
]


def demo_window_barcodes(badge: tuple[str, str]) -> list[tuple[str, str]]:
    """Everything the demo window lists, in sections ("" code: a heading): a slip, then
    its label, then Ctrl+Enter or PS:COMPLETE is a completed demo parcel."""
    postnord = next(code for code, words in DEMO_LABELS if "PostNord" in words)
    return [("", f"Try: 41001-1, then its PostNord label {postnord}, then PS:COMPLETE"),
            badge,
            ("", "Packing slips"), *DEMO_BARCODES,
            ("", "Carrier labels (valid check digits)"), *DEMO_LABELS,
            ("", "Items (item verification)"), *demo_items(),
            ("", "Commands"), *DEMO_COMMANDS]
