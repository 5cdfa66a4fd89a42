"""Scan descriptions reach the packer in the interface language: every description the
classifier can produce has words, in English, Swedish and German, and the banner uses them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.scanning import GS, Description, Note, Said, Scan, classify, validate_tracking
from packstation.scanning.description import ENGLISH, ENGLISH_NOTES, TEMPLATES, render
from packstation.ui.text import scan_words
from packstation.ui.text.i18n import I18N_DIR
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan
from tests.i18n_support import use_language

BAD_UPS = "1Z999AA10123456785"  # 1Z999AA10123456784 with the check digit off by one
PLACEHOLDER = re.compile(r"\{\d+\}")


def _classify(raw: str) -> Scan:
    return classify(raw)


def _tracking(raw: str) -> Scan:
    return validate_tracking(raw)


def _tracking_for_order(raw: str) -> Scan:
    return validate_tracking(raw, order_number="#83651")


def _booked(carrier: str) -> Callable[[str], Scan]:
    return lambda raw: validate_tracking(raw, booked_carrier=carrier)


def _broken_pattern(raw: str) -> Scan:
    return classify(raw, shipment_pattern="(")  # re.error inside: classify must not raise


# One real scan for every kind of description (a new kind without an example fails below).
EXAMPLES: list[tuple[Said, Callable[[str], Scan], str]] = [
    (Said.EMPTY, _classify, ""),
    (Said.LABEL_DATA_2D, _classify, "[)>\x1e01\x1d961Z99999"),
    (Said.CODE_2D, _classify, "]Q1ABC123"),
    (Said.WEB_ADDRESS, _classify, "https://track.example.com/1Z999AA10123456784"),
    (Said.CONTROL_CHARACTERS, _classify, "AB\x07CD"),
    (Said.TOO_LONG, _classify, "X" * 101),
    (Said.UNKNOWN_COMMAND, _classify, "PS:EXPLODE"),
    (Said.COMMAND, _classify, "PS:COMPLETE"),
    (Said.SHIPMENT_ID, _classify, "83651+1"),
    (Said.FREE_TEXT, _classify, "Hello there, thanks for your order"),
    (Said.UNEXPECTED_CHARACTERS, _classify, "ÅÄÖ123"),
    (Said.NOT_RECOGNISED, _classify, "ABC123XYZ"),
    (Said.PRODUCT_CODE, _classify, "5901234123457"),
    (Said.ORDER_NUMBER, _classify, "83651"),
    (Said.DIGITS_UNKNOWN, _classify, "12345678901234567"),
    (Said.SSCC, _classify, "]C14200123" + GS + "00340123451234567890"),
    (Said.GS1_UNREADABLE, _classify, "]C1ZZZ"),
    (Said.GS1_GTIN, _classify, "]C10109501101530004"),
    (Said.GS1_CONSIGNMENT, _classify, "]C1401ABC"),
    (Said.GS1_SHIPMENT, _classify, "]C140212345678901234567"),
    (Said.GS1_NO_NUMBER, _classify, "]C110ABC"),
    (Said.COULD_NOT_READ, _broken_pattern, "83651-1"),
    (Said.UPS, _tracking, BAD_UPS),
    (Said.S10, _classify, "RR123456784SE"),
    (Said.USPS, _classify, "4201002334249200190132607600833458"),
    (Said.FEDEX_34, _classify, "1001921334250001000300779017972698"),
    (Said.FEDEX_GROUND, _classify, "568283610012000"),
    (Said.FEDEX_EXPRESS, _classify, "986578788855"),
    (Said.DHL_EXPRESS, _classify, "3318810025"),
    (Said.DHL_PIECE, _classify, "JJD0099999999"),
    (Said.DHL_PARCEL, _classify, "3SABCD1234567"),
    (Said.DHL_ECOMMERCE, _classify, "GM2951173225174494"),
    (Said.DHL_PAKET, _classify, "00340433836442636597"),
    (Said.S10_UNKNOWN_COUNTRY, _classify, "RB123456785XX"),
    (Said.UPS_MAIL_INNOVATIONS, _booked("UPS"), "9261292700768711948021"),
    (Said.FEDEX_SMARTPOST, _classify, "61299998820821171811"),
    (Said.GLS, _classify, "123456789011"),
    (Said.DPD, _classify, "01632532948375"),
    (Said.DPD_BARCODE, _classify, "%007110601632532948375179276"),
    (Said.HERMES, _booked("Hermes"), "09133131530724"),
    (Said.YODEL, _classify, "JD0002242617644732"),
    (Said.POSTI, _classify, "JJFI000001234567890123456"),
    (Said.COLISSIMO, _classify, "8D00432154798"),
    (Said.DB_SCHENKER, _classify, "1234567897"),
    (Said.INPOST, _classify, "520000014433330021832563"),
    (Said.EVRI, _booked("Evri"), "1234567890123456"),
    (Said.ALL_ZEROS, _tracking, "0000000000"),
    (Said.UNKNOWN_CARRIER, _tracking, "abc 123 xyz"),
    (Said.PRODUCT_NOT_TRACKING, _tracking, "5901234123457"),
    (Said.SHIPMENT_ID_NOT_TRACKING, _tracking, "83651-1"),
    (Said.COMMAND_NOT_TRACKING, _tracking, "PS:COMPLETE"),
    (Said.ORDER_NUMBER_NOT_TRACKING, _tracking_for_order, "83651"),
    (Said.TOO_SHORT, _tracking, "123"),
    (Said.QR_NOT_TRACKING, _tracking, "https://example.com/x"),
    (Said.LAYOUT_MISMATCH, _tracking, "1Y999AA10123456784"),
    (Said.HEAD_MISSING, _tracking, "Z999AB20000000692"),
]


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    yield from use_language("sv")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    yield from use_language("de")


# core: every kind has English words --------------------------------------------------------


def test_every_kind_and_note_has_english_words() -> None:
    assert set(ENGLISH) == set(Said)
    assert set(ENGLISH_NOTES) == set(Note)
    for said in Said:
        for wrong in (False, True):
            text = render(Description(said, "X", wrong_check_digit=wrong, postal_code="12345",
                                      notes=tuple(Note)))
            assert text and not PLACEHOLDER.search(text), (said, text)


def test_every_kind_has_an_example_scan() -> None:
    assert [said for said, _, _ in EXAMPLES] == list(Said)


@pytest.mark.parametrize(("said", "read", "raw"), EXAMPLES, ids=[s.name for s, _, _ in EXAMPLES])
def test_example_scans_are_described_so(said: Said, read: Callable[[str], Scan], raw: str) -> None:
    s = read(raw)
    assert s.description.said is said, s
    assert s.detail == render(s.description)


def test_english_detail_keeps_its_wording() -> None:
    assert validate_tracking(BAD_UPS).detail == (
        "UPS tracking number with a wrong check digit: check the number or scan again")
    assert validate_tracking("00340123451234567895").detail == (
        "SSCC parcel number (used by PostNord, Bring, DB Schenker and others)")
    assert classify("4200123~00340123451234567895", gs_substitutes="~").detail == (
        "SSCC parcel number (ship-to postal code 0123)")
    assert classify("83651+1").detail == (
        "Centra shipment ID (separator changed by the keyboard layout)")
    assert classify("PS:NEXT-PACKAGE").detail == "Command: Next package"


@given(st.text())
def test_whatever_is_scanned_uses_only_catalogued_templates(raw: str) -> None:
    used: list[str] = []

    def record(text: str) -> str:
        used.append(text)
        return text

    for s in (classify(raw), validate_tracking(raw), validate_tracking(raw, order_number=raw)):
        assert render(s.description, record)
    assert used and set(used) <= set(scan_words.TEXTS)


# UI: the catalogue -------------------------------------------------------------------------


def test_ui_lists_every_template_for_lupdate() -> None:
    assert set(scan_words.TEXTS) == TEMPLATES
    assert len(scan_words.TEXTS) == len(TEMPLATES)


@pytest.mark.parametrize("lang", ["sv", "de"])
def test_every_template_is_translated(lang: str) -> None:
    tree = ET.parse(I18N_DIR / f"packstation_{lang}.ts")
    done = {
        m.findtext("source"): m.findtext("translation")
        for ctx in tree.iter("context") if ctx.findtext("name") == "ScanWords"
        for m in ctx.iter("message")
    }
    assert {t for t in TEMPLATES if not done.get(t)} == set()


def test_english_words_need_no_catalogue(qapp: QApplication) -> None:
    for _, read, raw in EXAMPLES:
        s = read(raw)
        assert scan_words.scan_words(s) == s.detail


@pytest.mark.parametrize(("said", "read", "raw"), EXAMPLES, ids=[s.name for s, _, _ in EXAMPLES])
def test_every_example_reads_in_swedish(swedish: None, said: Said, read: Callable[[str], Scan],
                                        raw: str) -> None:
    s = read(raw)
    words = scan_words.scan_words(s)
    assert words and words != s.detail and not PLACEHOLDER.search(words), words
    if s.carrier and s.carrier in s.detail:
        assert s.carrier in words  # carrier names are kept as written


def test_qualifiers_in_swedish_and_german(qapp: QApplication) -> None:
    sscc = validate_tracking("]C14200123" + GS + "00340123451234567895")
    code = _upc_that_is_fedex()
    also_upc = validate_tracking(code, booked_carrier="FedEx")
    with_layout = classify("83651+1")
    for lang, expected in (
        ("sv", ("SSCC-kollinummer (mottagarens postnummer 0123) (används av PostNord, Bring, "
                "DB Schenker med flera)",
                "(samma siffror är också en produktkod)",
                "Försändelse-ID från Centra (skiljetecknet ändrat av tangentbordslayouten)")),
        ("de", ("SSCC-Paketnummer (NVE) (PLZ des Empfängers 0123) (verwendet von PostNord, "
                "Bring, DB Schenker u. a.)",
                "(dieselben Ziffern sind auch ein Produktcode)",
                "Centra-Sendungs-ID (Trennzeichen vom Tastaturlayout geändert)")),
    ):
        for _ in use_language(lang):
            assert scan_words.scan_words(sscc) == expected[0]
            assert scan_words.scan_words(also_upc).endswith(expected[1])
            assert scan_words.scan_words(with_layout) == expected[2]


def _upc_that_is_fedex() -> str:
    from packstation.scanning import gs1_check_digit
    from packstation.scanning.checkdigits import fedex_express_is_valid

    for n in range(10**10, 10**10 + 1000):
        code = f"{n:011d}" + str(gs1_check_digit(f"{n:011d}"))
        if classify(code).alternatives and fedex_express_is_valid(code):
            return code
    raise AssertionError("no 12-digit code is both a UPC-A and a FedEx number")


# GUI: the banner, driven by scans ---------------------------------------------------------


def test_wrong_check_digit_label_is_refused_in_swedish(qtbot: QtBot, bench: Bench,
                                                       swedish: None) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.form.tracking, BAD_UPS)
    assert w.banner.tone is Tone.ERROR
    assert w.banner.title.text() == f"Inget spårningsnummer: {BAD_UPS}"
    assert w.banner.hint.text() == (
        "UPS-spårningsnummer med fel kontrollsiffra: kontrollera numret eller skanna igen")
    assert w.form.tracking.text() == ""  # nothing was filled in or ticked
    assert not w.form.shipped.isChecked()


def test_tracking_before_the_slip_is_described_in_swedish(qtbot: QtBot, bench: Bench,
                                                          swedish: None) -> None:
    w = bench.window
    scan(qtbot, w.scan_bar.field, BAD_UPS)
    assert w.banner.tone is Tone.WARN
    assert w.banner.title.text() == "Skanna följesedeln först"
    assert w.banner.hint.text() == (
        "Det var ett spårningsnummer (UPS-spårningsnummer med fel kontrollsiffra).")


def test_unrecognised_scan_is_described_in_german(qtbot: QtBot, bench: Bench,
                                                  german: None) -> None:
    w = bench.window
    scan(qtbot, w.scan_bar.field, "ÅÄÖ123")
    assert w.banner.tone is Tone.ERROR
    assert w.banner.hint.text() == "Unerwartete Zeichen (Tastaturlayout des Scanners prüfen)"
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.form.tracking, "00340123451234567890")  # SSCC, last digit wrong
    assert w.banner.tone is Tone.ERROR
    assert w.banner.hint.text() == "SSCC mit falscher Prüfziffer: Nummer prüfen oder erneut scannen"


def test_wrong_check_digit_label_is_refused_in_english(qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.scan_bar.field, BAD_UPS)
    assert w.banner.tone is Tone.ERROR
    assert w.banner.hint.text() == (
        "UPS tracking number with a wrong check digit: check the number or scan again")
    assert w.form.tracking.text() == ""
