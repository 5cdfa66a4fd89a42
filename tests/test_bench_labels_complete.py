"""Carrier labels from public sources (#12) scanned at the real bench and completed: the
request Centra receives holds exactly the label's tracking number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.simulator.builders import build_shipment
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts, lookup, scan

CASES = [
    # (booked carrier, label as the scanner sends it, the tracking number Centra must get)
    ("DPD", "%007110601632532948375179276", "01632532948375"),  # DPD label spec example
    ("DPD", "]C0%007110601632532948375179276", "01632532948375"),  # with AIM identifier
    ("GLS", "461012345678", "461012345678"),
    ("DHL", "00340433836442636597", "00340433836442636597"),  # paketda.de DHL 20-digit
    ("DHL", "201298452277", "201298452277"),  # paketda.de DHL Paket 12-digit
    ("DHL", "JJD1410302937991", "JJD1410302937991"),
    ("DHL", "3318810025", "3318810025"),  # DHL Express (jkeen)
    ("Hermes", "09133131530724", "09133131530724"),  # paketda.de Hermes
    ("PostNord", "00373400306809981733", "373400306809981733"),  # (00) + SSCC, no GS
    ("PostNord", "]C100373400306809981733", "373400306809981733"),
    ("PostNord", "RR123456785SE", "RR123456785SE"),
    ("Bring", "CP123456785NO", "CP123456785NO"),
    ("UPS", "1Z5R89390357567127", "1Z5R89390357567127"),
    ("FedEx", "1001921334250001000300779017972697", "779017972697"),
]


@pytest.mark.parametrize(("carrier", "label", "tracking"), CASES)
def test_label_scanned_and_completed_sends_exactly_its_number(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator, carrier: str, label: str,
        tracking: str) -> None:
    simulator.add_shipment(build_shipment(50300, carrier=carrier))
    w = bench.window
    lookup(qtbot, bench, "50300-1")
    scan(qtbot, w.scan_bar.field, label)
    assert w.form.tracking.text() == tracking, w.banner.hint.text()
    assert w.banner.tone is Tone.IDLE, (w.banner.title.text(), w.banner.hint.text())
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == ["50300-1", True]
    puts = complete_puts(simulator)
    assert len(puts) == 1 and puts[0]["tracking"] == tracking


def test_a_wrong_item_scanned_after_the_label_does_not_replace_the_tracking(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    """UPC-A 400000006123 is no line of this DHL order and passes DHL Paket's Identcode
    check. Scanned after the label, it is a wrong item: the label's number stays."""
    simulator.add_shipment(build_shipment(50301, carrier="DHL"))
    w = bench.window
    lookup(qtbot, bench, "50301-1")
    scan(qtbot, w.scan_bar.field, "201298452277")
    assert w.form.tracking.text() == "201298452277"
    scan(qtbot, w.scan_bar.field, "400000006123")
    assert w.form.tracking.text() == "201298452277", (w.banner.tone, w.banner.title.text(),
                                                      w.banner.hint.text())
    assert w.banner.tone is Tone.ERROR, (w.banner.title.text(), w.banner.hint.text())


@pytest.mark.parametrize("routing", ["42175241101", "420941031234", "42127610115"])
def test_the_labels_routing_barcode_is_not_taken_as_tracking(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator, routing: str) -> None:
    """GS1 AI 421 (country 752 = Sweden, postal code 41101) or 420 (US ZIP 94103-1234), as a
    scanner sends them without an AIM identifier: the ship-to postal code beside a UPS or
    FedEx tracking barcode. It is refused, and the label's number is what goes to Centra."""
    simulator.add_shipment(build_shipment(50302, carrier="UPS"))
    w = bench.window
    lookup(qtbot, bench, "50302-1")
    scan(qtbot, w.scan_bar.field, routing)
    assert w.form.tracking.text() == "", w.banner.hint.text()
    assert w.banner.tone is Tone.ERROR
    assert "postal code" in w.banner.hint.text()
    scan(qtbot, w.scan_bar.field, "1Z5R89390357567127")
    assert w.form.tracking.text() == "1Z5R89390357567127"


@pytest.mark.parametrize(("printed", "tracking"), [
    ("56.310 243.031 3", "563102430313"),  # Identcode as its human-readable line prints it
    ("(J)JD01 4600 0012 3456 7890", "JJD014600001234567890"),  # DHL piece, "(J)" identifier
])
def test_a_damaged_dhl_label_typed_as_printed_is_its_number(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator, printed: str,
        tracking: str) -> None:
    """The barcode will not scan, so the packer types the line under it, dots and all."""
    simulator.add_shipment(build_shipment(50303, carrier="DHL"))
    w = bench.window
    lookup(qtbot, bench, "50303-1")
    w.form.tracking.setFocus()
    qtbot.keyClicks(w.form.tracking, printed, delay=40)  # a person typing
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return)
    assert w.banner.tone is Tone.IDLE, (w.banner.title.text(), w.banner.hint.text())
    assert w.form.tracking.text() == tracking
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [p["tracking"] for p in complete_puts(simulator)] == [tracking]


def test_a_number_typed_after_a_scanned_label_replaces_it(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    """The focus stays in Tracking after a scan: typing the right number must not be glued
    to the scanned one (201298452277563102430313 was taken as a DHL eCommerce number)."""
    simulator.add_shipment(build_shipment(50304, carrier="DHL"))
    w = bench.window
    lookup(qtbot, bench, "50304-1")
    scan(qtbot, w.scan_bar.field, "201298452277")
    assert w.form.tracking.text() == "201298452277"
    assert w.form.tracking.hasFocus()
    qtbot.keyClicks(w.form.tracking, "563102430313", delay=40)
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return)
    assert w.form.tracking.text() == "563102430313"


def test_with_no_carrier_from_centra_the_stations_choice_reads_the_label(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    """Centra often sends no defaultCarrier. Every Hermes parcel number is also a valid
    GTIN-14: once the packer has picked Hermes in Carrier, the label is Hermes tracking,
    not 'a product barcode' (which blocked every Hermes parcel of such an order)."""
    simulator.add_shipment(build_shipment(50305, carrier=""))
    w = bench.window
    lookup(qtbot, bench, "50305-1")
    scan(qtbot, w.scan_bar.field, "09133131530724")
    assert w.form.tracking.text() == ""  # no carrier known: a GTIN-14 stays a product
    w.form.carrier.setCurrentText("Hermes")
    scan(qtbot, w.scan_bar.field, "09133131530724")
    assert w.form.tracking.text() == "09133131530724", (w.banner.title.text(),
                                                        w.banner.hint.text())
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [(p["tracking"], p["carrier"]) for p in complete_puts(simulator)] == [
        ("09133131530724", "Hermes")]


def test_a_dhl_routing_code_scanned_instead_of_the_parcel_number_warns(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    """A DHL Paket label carries the Leitcode (14 digits: postcode 80331, street 123, house
    017, product 00, check digit 4 by the 4/9 weights) above the parcel number. On a DHL
    order those digits fit DHL eCommerce's unchecked shape: taken, but amber, not grey."""
    simulator.add_shipment(build_shipment(50306, carrier="DHL"))
    w = bench.window
    lookup(qtbot, bench, "50306-1")
    scan(qtbot, w.scan_bar.field, "80331123017004")
    assert w.form.tracking.text() == "80331123017004"  # a warning, never a block
    assert w.banner.tone is Tone.WARN
    assert "Leitcode" in w.banner.hint.text()
    scan(qtbot, w.scan_bar.field, "201298452277")  # the right barcode
    assert w.form.tracking.text() == "201298452277"
    assert w.banner.tone is Tone.IDLE
