"""Item verification at the bench, driven by scans like a packer (simulator over HTTP)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.scanning import gs1_check_digit
from packstation.scanning.checkdigits import dhl_identcode_is_valid, fedex_express_is_valid
from packstation.simulator import CentraSimulator
from packstation.station.bench_settings import BenchSettings
from packstation.ui.feedback import RecordingFeedback
from packstation.ui.theme import Tone
from packstation.ui.widgets.shipment_panel import PACKED_COLUMN
from tests.bench_fixtures import complete_puts, lookup, scan
from tests.qt_support import cell

UPS = "1Z999AA10123456784"
# 41002-1: RDJ700BLKM x1 (EAN 7350070060019), MCS100FGM x2 (EAN 7350070000015,
# UPC 000001841206). Checked against the simulator below so a data change fails loudly.
JACKET, SWEATER, SWEATER_UPC = "7350070060019", "7350070000015", "000001841206"
NOT_IN_SHIPMENT = "7350070091013"


@pytest.fixture
def sounds(bench: Bench) -> RecordingFeedback:
    rec = RecordingFeedback()
    bench.controller.announcer.feedback = rec
    return rec


def _lines(sim: CentraSimulator, sid: str) -> list[tuple[str, str, int]]:
    return [(p["ean"], p["upc"], p["qty"]) for p in sim.shipment(sid)["products"]]


def _complete(qtbot: QtBot, b: Bench) -> None:
    qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_scan_items_then_ups_label_then_complete(qtbot: QtBot, bench: Bench,
                                                 simulator: CentraSimulator,
                                                 sounds: RecordingFeedback) -> None:
    assert _lines(simulator, "41002-1") == [(JACKET, "", 1), (SWEATER, SWEATER_UPC, 2)]
    bench.controller.options.settings = partial(BenchSettings, verification_mode="require")
    w = bench.window
    field = w.scan_bar.field
    lookup(qtbot, bench, "41002-1")
    panel = w.shipment_panel
    assert not panel.lines.isColumnHidden(PACKED_COLUMN)
    assert panel.packed_texts() == ["0 / 1", "0 / 2"]

    scan(qtbot, w.form.tracking, JACKET)          # focus sits in Tracking after a lookup
    assert w.form.tracking.text() == ""           # the item did not land in the field
    assert panel.packed_texts() == ["1 / 1", "0 / 2"]
    assert cell(panel.lines, 0, PACKED_COLUMN).data(Qt.ItemDataRole.UserRole) == "complete"
    scan(qtbot, field, SWEATER_UPC)               # UPC-A counts for the same line
    assert panel.packed_texts() == ["1 / 1", "1 / 2"]
    scan(qtbot, field, "MCS100FGM")               # full SKU counts too
    assert panel.packed_texts() == ["1 / 1", "2 / 2"]
    assert "All 3 items packed" in w.banner.title.text()
    assert sounds.calls == ["ok", "ok", "ok"]

    scan(qtbot, w.form.tracking, UPS)
    assert w.form.carrier.currentText() == "UPS"
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        _complete(qtbot, bench)
    assert sig.args == ["41002-1", True]
    body = complete_puts(simulator)[0]
    assert body["carrier"] == "UPS" and body["tracking"] == UPS
    assert sounds.calls[-1] == "ok"


def test_require_catches_a_wrong_item_before_complete(qtbot: QtBot, bench: Bench,
                                                      simulator: CentraSimulator,
                                                      sounds: RecordingFeedback) -> None:
    bench.controller.options.settings = partial(BenchSettings, verification_mode="require")
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.scan_bar.field, JACKET)
    scan(qtbot, w.scan_bar.field, NOT_IN_SHIPMENT)
    assert w.banner.tone is Tone.ERROR and "Wrong item" in w.banner.title.text()
    assert sounds.calls[-1] == "error"
    scan(qtbot, w.scan_bar.field, JACKET)         # one too many
    assert w.banner.tone is Tone.WARN and "One too many" in w.banner.title.text()
    assert sounds.calls[-1] == "warn"
    assert w.shipment_panel.packed_texts() == ["1 / 1", "0 / 2"]

    scan(qtbot, w.form.tracking, UPS)
    assert not w.form.action.isEnabled()
    assert "Scan all items first (1 / 3)" in w.form.action.text()
    _complete(qtbot, bench)                       # Ctrl+Enter is refused, with a reason
    scan(qtbot, w.scan_bar.field, "PS:COMPLETE")  # and so is the command barcode
    qtbot.waitUntil(lambda: bench.runner.in_flight == 0, timeout=5000)  # nothing on its way
    assert complete_puts(simulator) == []
    assert "Scan every item" in w.banner.title.text()
    assert "Still missing" in w.banner.hint.text()


def test_supervisor_bypass_with_reason_is_reported(qtbot: QtBot, bench: Bench,
                                                   simulator: CentraSimulator) -> None:
    bench.controller.options.settings = partial(BenchSettings, verification_mode="require")
    verify = bench.controller.verify
    allowed = {"ok": False}
    verify.may_bypass = lambda: allowed["ok"]
    audited: list[tuple[str, str, str]] = []
    verify.bypassed.connect(lambda *a: audited.append(a))
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.form.tracking, UPS)
    assert verify.bar.bypass_row.isVisibleTo(w)

    reason = verify.bar.reason
    reason.setFocus()
    qtbot.keyClicks(reason, "no barcode on the sweater", delay=40)  # typed, not scanned
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert audited == [] and "Supervisor needed" in w.banner.title.text()

    allowed["ok"] = True
    assert not verify.bypass_verification("  ")   # a reason is required
    assert verify.bypass_verification("no barcode on the sweater")
    assert audited == [("41002-1", "no barcode on the sweater", "0 of 3 items scanned")]
    assert w.form.action.isEnabled()
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        _complete(qtbot, bench)
    assert sig.args == ["41002-1", True]


def test_warn_mode_asks_for_a_second_complete(qtbot: QtBot, bench: Bench,
                                              simulator: CentraSimulator,
                                              sounds: RecordingFeedback) -> None:
    bench.controller.options.settings = partial(BenchSettings, verification_mode="warn")
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, w.form.tracking, UPS)
    assert w.form.action.isEnabled()
    _complete(qtbot, bench)
    assert w.banner.tone is Tone.WARN and "Not every item" in w.banner.title.text()
    assert sounds.calls[-1] == "warn"
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000) as sig:
        _complete(qtbot, bench)
    assert sig.args == ["41002-1", True]


def test_off_mode_hides_packed_and_never_blocks(qtbot: QtBot, bench: Bench,
                                                simulator: CentraSimulator) -> None:
    w = bench.window
    lookup(qtbot, bench, "41002-1")
    assert w.shipment_panel.lines.isColumnHidden(PACKED_COLUMN)
    scan(qtbot, w.scan_bar.field, NOT_IN_SHIPMENT)
    assert "Wrong item" in w.banner.title.text()
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(bench.controller.completion_finished, timeout=5000):
        _complete(qtbot, bench)


def test_eight_digit_order_number_with_ean8_check_digit_opens_the_order(
        qtbot: QtBot, bench: Bench) -> None:
    """12345670 classifies as EAN-8 first; with nothing loaded it is looked up as an order."""
    with qtbot.waitSignal(bench.controller.lookup_finished, timeout=5000) as sig:
        scan(qtbot, bench.window.scan_bar.field, "12345670")
    assert sig.args[0].query == "12345670"


def _upc(accept: Callable[[str], bool]) -> str:
    return next(c for c in (f"{n:011d}" + str(gs1_check_digit(f"{n:011d}"))
                            for n in range(10**10, 10**10 + 5000)) if accept(c))


def test_twelve_digit_upc_that_the_booked_carrier_uses_fills_tracking(qtbot: QtBot,
                                                                       bench: Bench) -> None:
    """Not an item of this shipment, and a DHL Paket number: 41002-1 is booked with DHL."""
    code = _upc(dhl_identcode_is_valid)
    lookup(qtbot, bench, "41002-1")
    scan(qtbot, bench.window.scan_bar.field, code)
    assert bench.window.form.tracking.text() == code
    assert bench.window.form.carrier.currentText() == "DHL"
    assert "booked with DHL" in bench.window.banner.hint.text()


def test_twelve_digit_upc_that_is_a_fedex_number_is_no_tracking(qtbot: QtBot,
                                                                bench: Bench) -> None:
    """41001-1 is booked with PostNord: a UPC-A that happens to pass FedEx's check digit is
    a product (a wrong item), never the tracking number (issue #12)."""
    code = _upc(lambda c: fedex_express_is_valid(c) and not dhl_identcode_is_valid(c))
    lookup(qtbot, bench, "41001-1")
    scan(qtbot, bench.window.scan_bar.field, code)
    assert bench.window.form.tracking.text() == ""
