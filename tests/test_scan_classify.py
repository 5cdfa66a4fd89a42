"""classify() and validate_tracking(): precedence, carriers, garbage, properties."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from packstation.scanning import (
    GS,
    Command,
    Note,
    Scan,
    ScanKind,
    classify,
    parse_command,
    strip_affixes,
    validate_tracking,
)
from packstation.scanning.checkdigits import gs1_check_digit, s10_check_digit, ups_check_digit

K = ScanKind


@pytest.mark.parametrize(
    ("raw", "kind", "value", "carrier"),
    [
        ("83651-1", K.SHIPMENT_ID, "83651-1", None),
        ("83651+1", K.SHIPMENT_ID, "83651-1", None),  # Swedish layout turns '-' into '+'
        ("83651'1", K.SHIPMENT_ID, "83651-1", None),  # Italian layout
        ("83651", K.ORDER_NUMBER, "83651", None),
        ("#83651", K.ORDER_NUMBER, "83651", None),
        ("12345678", K.ORDER_NUMBER, "12345678", None),  # not a valid EAN-8
        ("123456789", K.ORDER_NUMBER, "123456789", None),
        ("96385074", K.PRODUCT, "96385074", None),
        ("5901234123457", K.PRODUCT, "5901234123457", None),
        ("036000291452", K.PRODUCT, "036000291452", None),
        ("10614141000415", K.PRODUCT, "10614141000415", None),
        ("]E05901234123457", K.PRODUCT, "5901234123457", None),
        ("1Z999AA10123456784", K.TRACKING, "1Z999AA10123456784", "UPS"),
        ("1z 999 aa1 0123 456 784", K.TRACKING, "1Z999AA10123456784", "UPS"),
        ("RR123456785SE", K.TRACKING, "RR123456785SE", "PostNord"),
        ("RR123456785DK", K.TRACKING, "RR123456785DK", "PostNord"),
        ("RR123456785NO", K.TRACKING, "RR123456785NO", "Bring"),
        ("RR123456785DE", K.TRACKING, "RR123456785DE", "Deutsche Post"),
        ("RR123456785ZA", K.TRACKING, "RR123456785ZA", "Postal (S10)"),
        ("3318810025", K.TRACKING, "3318810025", "DHL"),
        ("JJD0099999999", K.TRACKING, "JJD0099999999", "DHL"),
        ("JVGL0999999990", K.TRACKING, "JVGL0999999990", "DHL"),
        ("3SABCD1234567", K.TRACKING, "3SABCD1234567", "DHL"),
        ("GM2951173225174494", K.TRACKING, "GM2951173225174494", "DHL"),
        ("9400111201080805483016", K.TRACKING, "9400111201080805483016", "USPS"),
        ("420221539101026837331000039521", K.TRACKING, "9101026837331000039521", None),
        ("4201002334249200190132607600833457", K.TRACKING, "9200190132607600833457", "USPS"),
        ("986578788855", K.TRACKING, "986578788855", "FedEx"),
        ("568283610012000", K.TRACKING, "568283610012000", "FedEx"),
        ("1001921334250001000300779017972697", K.TRACKING, "779017972697", "FedEx"),
        ("9622001900000000000000776632517510", K.TRACKING, "776632517510", "FedEx"),
        ("00340123451234567895", K.SSCC, "340123451234567895", None),
        ("340123451234567895", K.SSCC, "340123451234567895", None),
        ("]C100340123451234567895", K.SSCC, "340123451234567895", None),
        ("]C14200123" + GS + "00340123451234567895", K.SSCC, "340123451234567895", None),
        ("420012300340123451234567895", K.SSCC, "340123451234567895", None),  # GS lost
        ("42175211453" + GS + "00340123451234567895", K.SSCC, "340123451234567895", None),
        ("]C10109501101530003", K.PRODUCT, "09501101530003", None),
        ("0109501101530003" + GS + "10ABC", K.PRODUCT, "09501101530003", None),
        ("PS:COMPLETE", K.COMMAND, "complete", None),
        ("ps:cancel", K.COMMAND, "cancel", None),
        ("PS:NEXT-PACKAGE", K.COMMAND, "next-package", None),
        ("PSÖNEXT+PACKAGE", K.COMMAND, "next-package", None),  # Swedish layout
        ("https://track.example.com/1Z999AA10123456784", K.QR_OR_URL, None, None),
        ("]Q1ABC123", K.QR_OR_URL, None, None),
        ("Hello there, thanks for your order", K.QR_OR_URL, None, None),
        ("[)>\x1e01\x1d961Z99999", K.QR_OR_URL, None, None),
    ],
)
def test_examples(raw: str, kind: ScanKind, value: str | None, carrier: str | None) -> None:
    s = classify(raw)
    assert s.kind is kind, s
    if value is not None:
        assert s.value == value
    if kind in (K.TRACKING,) and carrier is not None:
        assert s.carrier == carrier
    assert s.raw == raw
    if kind is not K.QR_OR_URL:
        assert s.valid, s
    else:
        assert not s.valid


@pytest.mark.parametrize(
    ("raw", "kind", "words"),
    [
        ("1Z999AA10123456785", K.TRACKING, "wrong check digit"),
        ("RR123456784SE", K.TRACKING, "wrong check digit"),
        ("00340123451234567890", K.SSCC, "wrong check digit"),
        ("4201002334249200190132607600833458", K.TRACKING, "wrong check digit"),
        ("PS:EXPLODE", K.COMMAND, "Unknown command"),
    ],
)
def test_wrong_check_digits_are_invalid(raw: str, kind: ScanKind, words: str) -> None:
    s = classify(raw)
    assert (s.kind, s.valid) == (kind, False), s
    assert words in s.detail


@pytest.mark.parametrize(("raw", "postal"), [("42175241101", "41101"),
                                             ("420941031234", "941031234"),
                                             ("42127610115", "10115")])
def test_a_ship_to_postal_code_barcode_alone_is_no_parcel_number(raw: str, postal: str) -> None:
    """GS1 AI 420/421 without the AIM identifier: the routing barcode of a UPS/FedEx label."""
    s = classify(raw)
    assert (s.kind, s.valid, s.description.postal_code) == (K.UNKNOWN, False, postal), s
    assert not validate_tracking(raw, booked_carrier="UPS").valid
    assert not validate_tracking(raw, booked_carrier="DHL").valid  # not DHL eCommerce digits


@pytest.mark.parametrize(("printed", "value", "carrier"), [
    ("56.310 243.031 3", "563102430313", "DHL"),  # bwipp: the Identcode HRI has periods
    ("(J)JD01 4600 0012 3456 7890", "JJD014600001234567890", "DHL"),
    ("0163 2532 9483 75", "01632532948375", "DPD"),
])
def test_a_number_typed_as_the_label_prints_it(printed: str, value: str, carrier: str) -> None:
    t = validate_tracking(printed)
    assert (t.valid, t.value, t.carrier) == (True, value, carrier), t


def test_dhl_digits_that_pass_the_leitcode_check_say_so_on_a_dhl_order() -> None:
    leitcode = "80331123017004"  # 80331 / 123 / 017 / 00, check 4 (weights 4, 9)
    t = validate_tracking(leitcode, booked_carrier="DHL")
    assert t.valid and t.carrier == "DHL" and Note.MAYBE_LEITCODE in t.description.notes
    assert "Leitcode" in t.detail
    other = validate_tracking("80331123017005", booked_carrier="DHL")  # check digit off
    assert other.valid and Note.MAYBE_LEITCODE not in other.description.notes


def test_eight_digit_ambiguity_is_reported() -> None:
    s = classify("96385074")
    assert s.kind is K.PRODUCT
    assert s.alternatives == (K.ORDER_NUMBER,)


def test_twelve_digit_upc_that_is_also_fedex() -> None:
    """A valid UPC-A that also passes FedEx's check digit is a product unless the order is
    booked with FedEx and it is none of the order's lines (issue #12)."""
    code = next(
        f"{n:011d}" + str(gs1_check_digit(f"{n:011d}"))
        for n in range(10**10, 10**10 + 1000)
        if classify(f"{n:011d}" + str(gs1_check_digit(f"{n:011d}"))).alternatives
    )
    s = classify(code)
    assert s.kind is K.PRODUCT and s.alternatives == (K.TRACKING,)
    assert not validate_tracking(code).valid
    assert not validate_tracking(code, booked_carrier="PostNord").valid
    t = validate_tracking(code, booked_carrier=validate_carrier(code))
    assert t.kind is K.TRACKING and t.valid and "product code" in t.detail
    assert "booked with" in t.detail
    line = validate_tracking(code, booked_carrier=validate_carrier(code),
                             product_codes=["00" + code])
    assert not line.valid and "product barcode" in line.detail


def validate_carrier(code: str) -> str:
    from packstation.scanning.carriers import match_carrier

    m = match_carrier(code)
    assert m is not None and m.carrier is not None
    return m.carrier


@pytest.mark.parametrize(
    "raw",
    ["", "\r", "   ", "\x00\x01", "x" * 500, "😀😀😀", "AB\x07CD", "\x1b[31m", "\u200b", "PS:"],
)
def test_garbage_is_unknown_with_plain_detail(raw: str) -> None:
    s = classify(raw)
    assert s.kind in (K.UNKNOWN, K.QR_OR_URL)
    assert not s.valid
    assert s.detail and "Traceback" not in s.detail


def test_affixes_and_terminators() -> None:
    assert strip_affixes("\x02" + "83651-1" + "#\r\n", "\x02", "#") == "83651-1"
    assert strip_affixes("83651-1\t") == "83651-1"
    s = classify("§1Z999AA10123456784§\r", prefix="§", suffix="§")
    assert (s.kind, s.value) == (K.TRACKING, "1Z999AA10123456784")


def test_gs_substitute() -> None:
    s = classify("4200123~00340123451234567895", gs_substitutes="~|")
    assert (s.kind, s.value, s.valid) == (K.SSCC, "340123451234567895", True)
    assert "0123" in s.detail
    assert classify("4200123|00340123451234567895", gs_substitutes="|").kind is K.SSCC


def test_aim_identifier_is_a_hint() -> None:
    assert classify("]C183651-1").kind is K.SHIPMENT_ID
    s = classify("]Q11Z999AA10123456784")
    assert s.kind is K.QR_OR_URL and s.symbology == "]Q1"


def test_custom_shipment_pattern() -> None:
    assert classify("SO-123/2", shipment_pattern=r"SO-\d+/\d+").kind is K.SHIPMENT_ID
    assert classify("83651-1", shipment_pattern=r"SO-\d+/\d+").kind is not K.SHIPMENT_ID


def test_command_vocabulary_is_shared() -> None:
    for cmd in Command:
        assert parse_command(cmd.barcode) == (True, cmd, cmd.value)
        s = classify(cmd.barcode)
        assert (s.kind, s.value, s.valid) == (K.COMMAND, cmd.value, True)
        assert not set(cmd.barcode) & set("YZ")  # QWERTZ swaps Y and Z
        assert cmd.label


# validate_tracking --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "carrier"),
    [
        ("1Z999AA10123456784", "UPS"),
        ("RR123456785SE", "PostNord"),
        ("00340123451234567895", None),
        ("JJD0099999999", "DHL"),
        ("ABC123XYZ", None),  # unknown carrier: accepted
        ("TBA123456789000", None),
        ("7612345", None),  # 7 digits: could be a local carrier's number
    ],
)
def test_validate_tracking_accepts(raw: str, carrier: str | None) -> None:
    s = validate_tracking(raw)
    assert s.valid, s
    assert s.kind in (K.TRACKING, K.SSCC)
    assert s.carrier == carrier


def test_unknown_carrier_detail() -> None:
    s = validate_tracking("abc 123 xyz")
    assert (s.valid, s.value, s.carrier) == (True, "abc123xyz", None)  # the label's own case
    assert s.detail == "Tracking number (carrier not recognised)"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("5901234123457", "That is a product barcode, not a tracking number"),
        ("83651-1", "shipment ID"),
        ("https://example.com/x", "QR code"),
        ("1Z999AA10123456785", "wrong check digit"),
        ("00340123451234567890", "wrong check digit"),
        ("PS:COMPLETE", "command barcode"),
        ("123", "Too short"),
        ("", "Empty"),
        ("A" * 41, "Not a barcode"),
    ],
)
def test_validate_tracking_refuses(raw: str, words: str) -> None:
    s = validate_tracking(raw)
    assert not s.valid, s
    assert words in s.detail


def test_validate_tracking_refuses_open_order_number() -> None:
    assert not validate_tracking("836512", order_number="#836512").valid
    assert validate_tracking("836512", order_number="999999").valid


# properties ---------------------------------------------------------------------------------


@given(st.text())
def test_classify_never_raises(raw: str) -> None:
    s = classify(raw)
    assert isinstance(s, Scan) and isinstance(s.kind, ScanKind) and s.raw == raw
    assert isinstance(s.detail, str) and s.detail
    v = validate_tracking(raw)
    assert isinstance(v, Scan) and v.detail


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=60), st.sampled_from(["~", "|"]))
def test_classify_never_raises_ascii_with_gs(raw: str, sub: str) -> None:
    assert isinstance(classify(raw + GS + raw, gs_substitutes=sub), Scan)


def _roundtrip(s: Scan) -> None:
    again = classify(s.value)
    assert (again.kind, again.value, again.valid, again.carrier) == (
        s.kind,
        s.value,
        s.valid,
        s.carrier,
    )


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_roundtrip_upc_ean(payload: str) -> None:
    for p in (payload, "2" + payload):  # UPC-A, EAN-13
        s = classify(p + str(gs1_check_digit(p)))
        assert s.kind is K.PRODUCT and s.valid
        _roundtrip(s)


@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from(["", "00"]))
def test_roundtrip_sscc(payload: str, ai: str) -> None:
    assume(payload.strip("0"))  # all zeros: refused (issue #12)
    s = classify(ai + payload + str(gs1_check_digit(payload)))
    assert (s.kind, s.valid) == (K.SSCC, True)
    _roundtrip(s)


@given(
    st.text(alphabet="0123456789ABCDEFGHJKLMNPRSTUVWXYZ", min_size=15, max_size=15),
    st.booleans(),
)
def test_roundtrip_ups(body: str, spaced: bool) -> None:
    code = "1Z" + body + str(ups_check_digit(body))
    raw = " ".join(code.lower()) if spaced else code
    s = classify(raw)
    assert (s.kind, s.carrier, s.value, s.valid) == (K.TRACKING, "UPS", code, True)
    _roundtrip(s)


@given(
    st.text(alphabet="0123456789", min_size=8, max_size=8),
    st.sampled_from(["SE", "NO", "DK", "DE", "FR"]),
    st.sampled_from(["RR", "CP", "EE", "LX"]),
)
def test_roundtrip_s10(serial: str, country: str, service: str) -> None:
    code = f"{service}{serial}{s10_check_digit(serial)}{country}"
    s = classify(code)
    assert (s.kind, s.valid) == (K.TRACKING, True)
    _roundtrip(s)
    assert validate_tracking(code).valid


@given(st.integers(0, 10**12 - 1), st.integers(0, 9999))
def test_roundtrip_shipment_id(order: int, n: int) -> None:
    s = classify(f"{order}-{n}")
    assert s.kind is K.SHIPMENT_ID
    _roundtrip(s)
    assert not validate_tracking(s.value).valid


@pytest.mark.parametrize(("a", "b", "same"), [
    ("UPS", "ups", True),
    ("Posten/Bring", "Bring", True),
    ("DB Schenker", "dbschenker", True),
    ("UPS", "PostNord", False),
    ("DHL", "PostNord", False),
])
def test_same_carrier(a: str, b: str, same: bool) -> None:
    from packstation.scanning.carriers import same_carrier

    assert same_carrier(a, b) is same
    assert same_carrier(b, a) is same
