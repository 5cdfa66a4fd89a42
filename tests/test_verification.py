"""PackVerifier: counts, matching by EAN / UPC / full SKU, over-scans, wrong items."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.bench.verification import Outcome, PackVerifier, normalise_code
from packstation.centra.domain import ProductLine
from packstation.centra.order_api.adapter import line_from_json
from packstation.scanning import ScanKind, classify


def line(sku: str, qty: int, ean: str = "", upc: str = "", v: str = "BLK",
         size: str = "M") -> ProductLine:
    return line_from_json({"sku": sku, "variantSku": v, "sizeSku": size,
                                       "name": sku, "ean": ean, "upc": upc, "qty": qty})


TEE = line("OCT200", 2, ean="7350070012025", upc="001202841200")
BEANIE = line("RBN050", 1, ean="7350070040004", v="RST", size="OS")


def test_counts_then_line_complete_then_all_verified() -> None:
    v = PackVerifier([TEE, BEANIE])
    r = v.scan("7350070012025")
    assert r.outcome is Outcome.COUNTED and r.line is not None and r.line.text == "1 / 2"
    assert v.scan("7350070012025").outcome is Outcome.LINE_COMPLETE
    assert not v.all_verified and v.summary() == "2 of 3 items scanned"
    assert [p.index for p in v.missing()] == [1]
    assert v.scan("RBN050RSTOS").outcome is Outcome.ALL_VERIFIED
    assert v.all_verified


def test_one_too_many_does_not_count() -> None:
    v = PackVerifier([BEANIE])
    v.scan("7350070040004")
    r = v.scan("7350070040004")
    assert r.outcome is Outcome.ONE_TOO_MANY and not r.ok
    assert v.scanned == [1]


def test_wrong_item() -> None:
    v = PackVerifier([TEE])
    r = v.scan("4006381333931")
    assert r.outcome is Outcome.WRONG_ITEM and r.line is None
    assert v.scanned == [0]


def test_upc_matches_as_upc_a_and_as_ean13_with_leading_zero() -> None:
    v = PackVerifier([TEE])
    assert v.scan("001202841200").ok          # UPC-A as printed
    assert v.scan("0001202841200").ok         # same code read as EAN-13
    assert v.all_verified


def test_full_sku_case_and_spaces() -> None:
    v = PackVerifier([TEE])
    assert v.match("oct200blkm") == [0]
    assert v.match(" OCT200 BLK M ") == [0]
    assert v.match("OCT200") == []            # the product SKU alone is not the item


def test_split_lines_with_the_same_product_fill_in_order() -> None:
    v = PackVerifier([line("A", 1, ean="7350070012025"), line("A", 2, ean="7350070012025")])
    outcomes = [v.scan("7350070012025").outcome for _ in range(4)]
    assert outcomes == [Outcome.LINE_COMPLETE, Outcome.COUNTED, Outcome.ALL_VERIFIED,
                        Outcome.ONE_TOO_MANY]
    assert v.scanned == [1, 2]


def test_blank_codes_never_match() -> None:
    v = PackVerifier([line("", 1, v="", size="")])
    assert v.match("") == [] and v.scan("").outcome is Outcome.WRONG_ITEM


def test_eight_digit_product_with_order_alternative_is_still_matched() -> None:
    """The bench tries item codes before it trusts the classifier's first reading."""
    scan = classify("12345670")
    assert scan.kind is ScanKind.PRODUCT and ScanKind.ORDER_NUMBER in scan.alternatives
    v = PackVerifier([line("X", 1, ean="12345670")])
    assert v.matches_any((scan.value, scan.raw)) == "12345670"


def test_sku_scan_is_unknown_to_the_classifier_but_matches() -> None:
    scan = classify("RBN050RSTOS")
    assert scan.kind is ScanKind.UNKNOWN
    assert PackVerifier([BEANIE]).matches_any((scan.value, scan.raw)) == "RBN050RSTOS"


def test_normalise_code() -> None:
    assert normalise_code("12345670") == "00000012345670"
    assert normalise_code("ab 12") == "AB12"


@given(st.lists(st.integers(0, 3), min_size=1, max_size=5), st.lists(st.integers(0, 4)))
def test_scanned_never_exceeds_expected(qtys: list[int], picks: list[int]) -> None:
    lines = [line(f"S{i}", q, ean=f"code{i}") for i, q in enumerate(qtys)]
    v = PackVerifier(lines)
    for p in picks:
        v.scan(f"code{p}")
    assert all(n <= ln.qty for n, ln in zip(v.scanned, lines, strict=True))
    assert v.scanned_total <= v.expected_total
    assert v.all_verified == (v.scanned_total == v.expected_total)
