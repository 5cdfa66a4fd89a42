"""Carrier labels at the bench (issue #12), scanned like a packer: the order's booked
carrier picks among readings and the banner says which; a label from another carrier warns
but never blocks; a code of one of the order's lines never goes into Tracking."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan

DPD_BARCODE = "%007110601632532948375179276"  # the example in DPD's label specification
YODEL_OR_DHL = "JJD0002257639032011"


def test_dpd_label_on_a_postnord_order_fills_tracking_and_warns(qtbot: QtBot,
                                                                bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")  # booked with PostNord
    scan(qtbot, w.scan_bar.field, DPD_BARCODE)
    assert w.form.tracking.text() == "01632532948375"
    assert w.form.carrier.currentText() == "DPD"
    assert w.banner.tone is Tone.WARN and "Check the label" in w.banner.title.text()
    assert w.form.action.text().startswith("Complete shipment")  # a warning, not a block


def test_dpd_parcel_number_typed_is_tracking_not_a_wrong_item(qtbot: QtBot,
                                                              bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")  # booked with PostNord
    w.form.tracking.setFocus()
    qtbot.keyClicks(w.form.tracking, "01632532948375", delay=40)  # a person typing
    qtbot.keyClick(w.form.tracking, "\r")
    assert w.form.tracking.text() == "01632532948375"
    assert w.form.carrier.currentText() == "DPD"
    assert w.banner.tone is Tone.WARN  # another carrier than booked: look, not blocked


def test_booked_carrier_picks_the_reading_and_the_banner_says_so(qtbot: QtBot,
                                                                bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41002-1")  # booked with DHL
    scan(qtbot, w.scan_bar.field, YODEL_OR_DHL)
    assert w.form.tracking.text() == YODEL_OR_DHL
    assert w.form.carrier.currentText() == "DHL"
    assert w.banner.tone is Tone.IDLE
    assert "read as DHL because the order is booked with DHL" in w.banner.hint.text()


def test_same_number_on_a_postnord_order_is_yodel_with_a_warning(qtbot: QtBot,
                                                                 bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, w.scan_bar.field, YODEL_OR_DHL)
    assert w.form.carrier.currentText() == "Yodel"
    assert w.banner.tone is Tone.WARN


def test_an_order_line_code_typed_in_tracking_is_refused(qtbot: QtBot, bench: Bench,
                                                         simulator: CentraSimulator) -> None:
    """41003-1 is booked with DHL and one of its lines has UPC 007002841204, which also
    passes DHL Paket's Identcode check: it is that line's product, never the tracking."""
    w = bench.window
    upc = "007002841204"
    assert upc in [p["upc"] for p in simulator.shipment("41003-1")["products"]]
    lookup(qtbot, bench, "41003-1")
    w.form.tracking.setFocus()
    qtbot.keyClicks(w.form.tracking, upc, delay=40)  # typed, not scanned
    qtbot.keyClick(w.form.tracking, "\r")
    assert w.banner.tone is Tone.ERROR and "Not a tracking number" in w.banner.title.text()
    assert "product barcode" in w.banner.hint.text()


def test_a_dhl_paket_number_that_is_no_line_is_tracking_on_a_dhl_order(
        qtbot: QtBot, bench: Bench) -> None:
    w = bench.window
    lookup(qtbot, bench, "41003-1")
    w.form.tracking.setFocus()
    qtbot.keyClicks(w.form.tracking, "201298452277", delay=40)  # paketda.de example
    qtbot.keyClick(w.form.tracking, "\r")
    assert w.form.carrier.currentText() == "DHL"
    assert w.banner.tone is Tone.IDLE
