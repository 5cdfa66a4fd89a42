"""Bundles: what is physically packed for each of the shapes Centra's plugin can send."""

from __future__ import annotations

from typing import Any

import pytest

from packstation.bench.bundles import pack_plan
from packstation.bench.verification import Outcome, PackVerifier
from packstation.centra.domain import ProductLine
from packstation.centra.order_api.adapter import shipment_from_json
from packstation.simulator.builders import bundle_line, product_line

SCARF = product_line("Cashmere Scarf", "Cream", "One Size", sku="CSC060", variant_sku="CRM",
                     size_sku="OS", ean="7350070080002")
SOCKS = product_line("Rib Knit Socks 3-pack", "Earth Mix", "40-44", qty=2, sku="RKS015",
                     variant_sku="MIX", size_sku="4044", ean="7350070110018")
TEE = product_line("Organic Cotton Tee", "Black", "M", ean="7350070011023")


def lines(*raw: dict[str, Any]) -> list[ProductLine]:
    return list(shipment_from_json({"orderId": 1, "shipmentId": "1-1",
                                    "products": list(raw)}).products)


def gift(qty: int = 2) -> dict[str, Any]:
    return bundle_line("Winter Gift Box", [SCARF, SOCKS], qty=qty, sku="WGB900",
                       ean="7350070990012", bundle_id="901", line_id="900")


def test_components_inside_the_bundle_count_per_bundle_times_bundles() -> None:
    plan = pack_plan(lines(gift(qty=2), TEE))
    assert [(r.line.name, r.line.qty, r.per_bundle) for r in plan.rows] == [
        ("Cashmere Scarf", 2, 1), ("Rib Knit Socks 3-pack", 4, 2), ("Organic Cotton Tee", 1, 0)]
    assert plan.item_count == 7
    assert [g.bundle.name if g.bundle else None for g in plan.groups] == [
        "Winter Gift Box", None]


def test_components_repeated_as_lines_are_not_counted_twice() -> None:
    bundle = gift(qty=2)
    bundle["bundle"][0]["lineId"], bundle["bundle"][1]["lineId"] = "901", "902"
    repeated = [dict(bundle["bundle"][0], qty=2), dict(bundle["bundle"][1], qty=4)]
    plan = pack_plan(lines(bundle, *repeated, TEE))
    assert [(r.line.ean, r.line.qty) for r in plan.rows] == [
        ("7350070080002", 2), ("7350070110018", 4), ("7350070011023", 1)]


def test_only_bundles_shape_scans_the_bundle_itself() -> None:
    line = gift(qty=3)
    line.pop("bundle")
    plan = pack_plan(lines(line))
    assert [(r.line.ean, r.line.qty, r.prepacked) for r in plan.rows] == [
        ("7350070990012", 3, True)]
    assert plan.groups[0].contents_unknown


def test_only_components_shape_packs_the_components() -> None:
    a, b = dict(SCARF, isPartOfBundle="901"), dict(SOCKS, isPartOfBundle="901")
    plan = pack_plan(lines(a, b))
    assert [(r.line.name, r.line.qty) for r in plan.rows] == [
        ("Cashmere Scarf", 1), ("Rib Knit Socks 3-pack", 2)]


def test_bundle_without_bundle_array_takes_its_loose_components() -> None:
    line = gift(qty=2)
    line.pop("bundle")
    a = dict(SCARF, isPartOfBundle="900", qty=2)  # the bundle line's lineId
    plan = pack_plan(lines(line, a))
    assert [(r.line.name, r.line.qty, r.per_bundle) for r in plan.rows] == [
        ("Cashmere Scarf", 2, 1)]


def test_prepacked_station_scans_the_bundle_code_and_shows_the_contents() -> None:
    plan = pack_plan(lines(gift(qty=2), TEE), bundles_prepacked=True)
    assert [(r.line.ean, r.line.qty) for r in plan.rows] == [
        ("7350070990012", 2), ("7350070011023", 1)]
    assert [(c.name, c.qty) for c in plan.groups[0].contents] == [
        ("Cashmere Scarf", 2), ("Rib Knit Socks 3-pack", 4)]


@pytest.mark.parametrize("raw", [0, "0", False, None, "", "false"])
def test_not_part_of_a_bundle_spellings(raw: object) -> None:
    (line,) = lines(dict(TEE, isPartOfBundle=raw))
    assert line.part_of_bundle == ""


def test_component_without_quantity_counts_once_per_bundle() -> None:
    b = gift(qty=2)
    del b["bundle"][0]["qty"]
    plan = pack_plan(lines(b))
    assert plan.rows[0].line.qty == 2


def test_verifier_counts_components_and_refuses_the_bundle_code() -> None:
    v = PackVerifier(pack_plan(lines(gift(qty=1), TEE)).lines)
    assert v.expected_total == 4  # scarf 1, socks 2, tee 1
    assert v.scan("7350070990012").outcome is Outcome.WRONG_ITEM  # the box's own code
    for code in ("7350070080002", "7350070110018", "7350070110018"):
        assert v.scan(code).ok
    assert v.scan("CSC060CRMOS").outcome is Outcome.ONE_TOO_MANY
    assert v.scan("7350070011023").outcome is Outcome.ALL_VERIFIED


def test_shipment_item_count_is_physical_items() -> None:
    s = shipment_from_json({"orderId": 1, "shipmentId": "1-1",
                                 "products": [gift(qty=2), TEE]})
    assert pack_plan(s.products).item_count == 7
