"""A bundle order and a parcel to Norway, packed at a station bench as a packer would:
slip, items, label, Ctrl+Enter; the papers printed to PDF files (QPrinter, PdfFormat)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.centra.domain import DocumentKind
from packstation.simulator import CentraSimulator, Fault
from packstation.simulator.builders import build_shipment
from packstation.station.audit import AuditKind
from packstation.station.settings import (
    BUNDLES_PREPACKED,
    DELIVERY_NOTE_PRINT,
    DOCUMENT_PRINTER,
    PROFORMA_PRINT,
    VERIFICATION_MODE,
)
from packstation.station.station import Station
from packstation.ui.papers import PapersController
from packstation.ui.theme import Tone
from tests.bench_fixtures import complete_puts, lookup, scan
from tests.qt_support import cell
from tests.station_fixtures import PIN, open_bench

UPS = "1Z999AA10123456784"
BOX_EAN = "7350070990019"  # the Winter Gift Box's own barcode (on no item inside it)
TEE_EAN = "7350070011028"


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    return tmp_path / "printed"


@pytest.fixture
def papers_bench(qtbot: QtBot, station: Station, printed: Path) -> Iterator[Bench]:
    s = station.settings
    s.set(VERIFICATION_MODE, "require", supervisor=True)
    s.set(PROFORMA_PRINT, "outside_eu", supervisor=True)
    s.set(DELIVERY_NOTE_PRINT, "always", supervisor=True)
    s.set(DOCUMENT_PRINTER, f"file:{printed}", supervisor=True)
    b = open_bench(qtbot, station)
    yield b
    b.shutdown(wait_ms=3000)


def papers(b: Bench) -> PapersController:
    hook = b.controller.papers
    assert isinstance(hook, PapersController)
    return hook


def states(b: Bench) -> dict[str, str]:
    return {p.need.kind.value: p.state for p in papers(b).papers}


def items(sim: CentraSimulator, sid: str) -> list[str]:
    """Every physical item's EAN, once per piece (bundles opened up)."""
    out: list[str] = []
    for p in sim.shipment(sid)["products"]:
        if p.get("isPartOfBundle"):
            continue  # the component again, as a line of its own
        if p.get("isBundle"):
            out += [c["ean"] for c in p["bundle"] for _ in range(int(c["qty"]) * int(p["qty"]))]
        else:
            out += [p["ean"]] * int(p["qty"])
    return out


def pack(qtbot: QtBot, b: Bench, sim: CentraSimulator, sid: str) -> None:
    """A packer's scans: every item into the box, then the carrier label."""
    for ean in items(sim, sid):
        scan(qtbot, b.window.scan_bar.field, ean)
    scan(qtbot, b.window.form.tracking, UPS)


def complete(qtbot: QtBot, b: Bench) -> None:
    qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def pages(path: Path) -> int:
    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def test_bundle_order_is_packed_by_its_contents(qtbot: QtBot, papers_bench: Bench,
                                                simulator: CentraSimulator,
                                                printed: Path) -> None:
    b, w = papers_bench, papers_bench.window
    assert simulator.shipment("41101-1")["products"][0]["ean"] == BOX_EAN
    lookup(qtbot, b, "41101-1")
    panel = w.shipment_panel
    # Scarf 1 + beanie 1 + socks 2 per box, two boxes, and a tee: 9 items, four scan rows.
    assert panel.packed_texts() == ["0 / 2", "0 / 2", "0 / 4", "0 / 1"]
    texts = [cell(panel.lines, r, 2).text() for r in range(panel.lines.rowCount())]
    assert texts[0].startswith("BUNDLE ×2: Winter Gift Box")
    assert "2 per bundle × 2" in texts[3]
    assert "Gift text: Happy birthday Mia!" in panel.line_notes.text()
    assert panel.line_notes.isVisible()
    qtbot.waitUntil(lambda: states(b) == {"delivery_note": "ready"}, timeout=5000)  # SE: no proforma

    scan(qtbot, w.form.tracking, BOX_EAN)  # the box's own code: what counts is inside it
    assert w.banner.tone is Tone.WARN
    assert "bundle's own barcode: Winter Gift Box" in w.banner.title.text()
    assert panel.packed_texts() == ["0 / 2", "0 / 2", "0 / 4", "0 / 1"]
    complete(qtbot, b)
    assert complete_puts(simulator) == []  # require: the items first
    for ean in items(simulator, "41101-1"):
        scan(qtbot, w.scan_bar.field, ean)
    assert panel.packed_texts() == ["2 / 2", "2 / 2", "4 / 4", "1 / 1"]
    assert "All 9 items packed" in w.banner.title.text()
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000) as done:
        complete(qtbot, b)
    assert done.args == ["41101-1", True]
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41101-1"]
    note = printed / "41101-1-delivery-note.pdf"
    assert note.is_file() and pages(note) == 1
    assert not (printed / "41101-1-proforma.pdf").exists()


def test_prepacked_station_scans_the_box(qtbot: QtBot, station: Station,
                                         simulator: CentraSimulator) -> None:
    station.settings.set(VERIFICATION_MODE, "require", supervisor=True)
    station.settings.set(BUNDLES_PREPACKED, True, supervisor=True)
    b = open_bench(qtbot, station)
    try:
        lookup(qtbot, b, "41101-1")
        assert b.window.shipment_panel.packed_texts() == ["0 / 2", "0 / 1"]
        for code in (BOX_EAN, BOX_EAN, TEE_EAN):
            scan(qtbot, b.window.scan_bar.field, code)
        assert b.window.shipment_panel.packed_texts() == ["2 / 2", "1 / 1"]
    finally:
        b.shutdown(wait_ms=3000)


def test_parcel_to_norway_prints_its_customs_papers(qtbot: QtBot, papers_bench: Bench,
                                                    simulator: CentraSimulator,
                                                    printed: Path) -> None:
    b, w = papers_bench, papers_bench.window
    lookup(qtbot, b, "41102-1")
    assert "Norway" in w.banner.hint.text()
    assert "NON-EU: NO" in w.shipment_panel.chip_texts()
    assert "Engraving" in w.shipment_panel.line_notes.text()
    qtbot.waitUntil(lambda: states(b) == {"proforma": "ready", "delivery_note": "ready"},
                    timeout=5000)
    assert "Customs papers (Norway)" in papers(b).strip.title.text()
    pack(qtbot, b, simulator, "41102-1")
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        complete(qtbot, b)
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41102-1"]
    assert pages(printed / "41102-1-proforma.pdf") == 2  # two copies (station default)
    assert pages(printed / "41102-1-delivery-note.pdf") == 1
    strip = papers(b).strip  # what went in the box, until the next slip
    assert strip.isVisible() and strip.title.text() == "Printed"
    assert "Proforma invoice for 41102-1 ×2 ✓" in strip.detail.text()
    lookup(qtbot, b, "41001-1")  # the next slip: its own papers
    assert strip.title.text() == "Papers" and "41001-1" in strip.detail.text()


def test_print_now_by_command_barcode(qtbot: QtBot, papers_bench: Bench,
                                      printed: Path) -> None:
    b = papers_bench
    lookup(qtbot, b, "41102-1")
    qtbot.waitUntil(lambda: states(b) == {"proforma": "ready", "delivery_note": "ready"},
                    timeout=5000)
    scan(qtbot, b.window.scan_bar.field, "PS:PRINT")
    assert states(b) == {"proforma": "printed", "delivery_note": "printed"}
    assert (printed / "41102-1-proforma.pdf").is_file()


def test_failed_proforma_blocks_norway_until_retry(qtbot: QtBot, papers_bench: Bench,
                                                   simulator: CentraSimulator,
                                                   printed: Path) -> None:
    b, w = papers_bench, papers_bench.window
    simulator.add_fault(Fault("status_no", method="GET", path="/proforma", count=None))
    lookup(qtbot, b, "41102-1")
    qtbot.waitUntil(lambda: states(b).get("proforma") == "download_failed", timeout=5000)
    strip = papers(b).strip
    assert strip.retry_button.isVisible() and "download failed" in strip.detail.text()
    pack(qtbot, b, simulator, "41102-1")
    complete(qtbot, b)
    assert w.banner.tone is Tone.WARN and "Customs papers not printed" in w.banner.title.text()
    assert complete_puts(simulator) == []  # blocked: nothing sent
    simulator.clear_faults()
    qtbot.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(b).get("proforma") == "ready", timeout=5000)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        complete(qtbot, b)
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41102-1"]
    assert pages(printed / "41102-1-proforma.pdf") == 2


def test_supervisor_ships_without_customs_papers_audited(qtbot: QtBot, papers_bench: Bench,
                                                         simulator: CentraSimulator,
                                                         station: Station) -> None:
    b, w = papers_bench, papers_bench.window
    simulator.add_fault(Fault("html502", method="GET", path="/proforma", count=None))
    lookup(qtbot, b, "41102-1")
    qtbot.waitUntil(lambda: states(b).get("proforma") == "download_failed", timeout=5000)
    pack(qtbot, b, simulator, "41102-1")
    complete(qtbot, b)
    strip = papers(b).strip
    assert strip.reason.isVisible()
    qtbot.keyClicks(strip.reason, "printed at the office", delay=20)  # locked: refused
    qtbot.keyClick(strip.reason, Qt.Key.Key_Return)
    assert "Supervisor needed" in w.banner.title.text()
    assert station.lock.unlock(PIN)
    qtbot.keyClick(strip.reason, Qt.Key.Key_Return)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        complete(qtbot, b)
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41102-1"]
    rows = [e for e in station.audit.entries() if e.kind is AuditKind.PAPERS_BYPASS]
    assert [(e.shipment, e.detail.split(" (")[0]) for e in rows] == [
        ("41102-1", "printed at the office")]


def test_failed_delivery_note_never_blocks_an_eu_parcel(qtbot: QtBot, papers_bench: Bench,
                                                        simulator: CentraSimulator,
                                                        printed: Path) -> None:
    b = papers_bench
    simulator.add_fault(Fault("reset", method="GET", path="/delnote", count=None))
    lookup(qtbot, b, "41101-1")
    qtbot.waitUntil(lambda: states(b) == {"delivery_note": "download_failed"}, timeout=5000)
    pack(qtbot, b, simulator, "41101-1")
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        complete(qtbot, b)
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41101-1"]
    strip = papers(b).strip
    assert strip.isVisible() and "41101-1" in strip.detail.text()  # still owed, amber
    simulator.clear_faults()
    qtbot.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (printed / "41101-1-delivery-note.pdf").is_file(), timeout=5000)
    qtbot.waitUntil(lambda: strip.title.text() == "Printed", timeout=2000)
    assert "Delivery note for 41101-1 ×1 ✓" in strip.detail.text()


def test_papers_settings_in_the_station_dialog(qtbot: QtBot, station: Station) -> None:
    from packstation.ui.dialogs.station_settings_dialog import StationSettingsDialog

    assert station.lock.unlock(PIN)
    dialog = StationSettingsDialog(station)
    qtbot.addWidget(dialog)
    p = dialog.papers
    p.proforma.setCurrentIndex(p.proforma.findData("outside_eu"))
    p.proforma_copies.setValue(3)
    p.printer.setEditText("file:/tmp/papers")
    p.prepacked.setChecked(True)
    dialog.save()
    s = station.settings
    assert (s.get(PROFORMA_PRINT), s.get(DOCUMENT_PRINTER), s.get(BUNDLES_PREPACKED)) == (
        "outside_eu", "file:/tmp/papers", True)
    from packstation.station.settings import PROFORMA_COPIES
    assert s.get(PROFORMA_COPIES) == 3


def test_f9_prints_now(qtbot: QtBot, papers_bench: Bench, printed: Path) -> None:
    b = papers_bench
    lookup(qtbot, b, "41101-1")
    qtbot.waitUntil(lambda: states(b) == {"delivery_note": "ready"}, timeout=5000)
    qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_F9)
    assert states(b) == {"delivery_note": "printed"}
    assert pages(printed / "41101-1-delivery-note.pdf") == 1


def test_a_missing_printer_is_amber_and_never_blocks_an_eu_parcel(
        qtbot: QtBot, papers_bench: Bench, simulator: CentraSimulator, station: Station,
        printed: Path) -> None:
    b = papers_bench
    station.settings.set(DOCUMENT_PRINTER, "No Such Printer", supervisor=True)
    lookup(qtbot, b, "41101-1")
    qtbot.waitUntil(lambda: states(b) == {"delivery_note": "ready"}, timeout=5000)
    pack(qtbot, b, simulator, "41101-1")
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        complete(qtbot, b)
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41101-1"]
    strip = papers(b).strip
    assert "print failed: Printer 'No Such Printer' not found" in strip.detail.text()
    assert strip.retry_button.isVisible()
    station.settings.set(DOCUMENT_PRINTER, f"file:{printed}", supervisor=True)  # fixed
    qtbot.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    assert pages(printed / "41101-1-delivery-note.pdf") == 1
    assert strip.title.text() == "Printed" and "print failed" not in strip.detail.text()


def test_a_missing_printer_blocks_a_parcel_to_norway(qtbot: QtBot, papers_bench: Bench,
                                                     simulator: CentraSimulator,
                                                     station: Station) -> None:
    b, w = papers_bench, papers_bench.window
    station.settings.set(DOCUMENT_PRINTER, "No Such Printer", supervisor=True)
    lookup(qtbot, b, "41102-1")
    qtbot.waitUntil(lambda: states(b).get("proforma") == "ready", timeout=5000)
    pack(qtbot, b, simulator, "41102-1")
    complete(qtbot, b)
    assert states(b)["proforma"] == "print_failed"
    assert "Customs papers not printed" in w.banner.title.text()
    assert complete_puts(simulator) == []


def test_suspect_order_is_amber_with_a_red_chip(qtbot: QtBot, papers_bench: Bench) -> None:
    b, w = papers_bench, papers_bench.window
    lookup(qtbot, b, "41012-1")  # demo: flagged as suspect, paid, ready
    assert w.banner.tone is Tone.WARN and "SUSPECT order" in w.banner.title.text()
    assert "SUSPECT" in w.shipment_panel.chip_texts()
    lookup(qtbot, b, "41001-1")
    assert w.banner.tone is Tone.IDLE
    assert not [c for c in w.shipment_panel._chip_labels
                if c.isVisible() and c.text() == "SUSPECT"]


def test_a_paper_owed_to_a_parcel_is_listed_once_under_its_number(
        qtbot: QtBot, papers_bench: Bench, simulator: CentraSimulator, printed: Path) -> None:
    # The delivery note does not download; the first Ctrl+Enter is refused by Centra, the
    # packer clears (Esc), scans the slip again and completes: the note is owed once.
    b, w = papers_bench, papers_bench.window
    simulator.add_fault(Fault("reset", method="GET", path="/delnote", count=None))
    simulator.add_fault(Fault("status_no", method="PUT", path="/shipment", count=1,
                              msg="Shipment is locked"))
    lookup(qtbot, b, "41101-1")
    qtbot.waitUntil(lambda: states(b) == {"delivery_note": "download_failed"}, timeout=5000)
    pack(qtbot, b, simulator, "41101-1")
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000) as first:
        complete(qtbot, b)
    assert first.args == ["41101-1", False]
    assert simulator.shipment("41101-1")["state"] != "completed"
    strip = papers(b).strip  # refused: still this parcel's note, not a completed one's
    assert strip.detail.text().startswith("Delivery note for 41101-1 ×1: download failed")
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Escape)
    assert b.controller.found is None
    lookup(qtbot, b, "41101-1")  # the same slip again: the same owed note, not a second one
    pack(qtbot, b, simulator, "41101-1")
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000) as second:
        complete(qtbot, b)
    assert second.args == ["41101-1", True]
    assert strip.detail.text().count("41101-1") == 1, strip.detail.text()
    assert [p.key for p in papers(b).leftovers] == [("41101-1", DocumentKind.DELIVERY_NOTE)]
    lookup(qtbot, b, "41102-1")  # the next parcel: its papers, and the owed note under 41101-1
    qtbot.waitUntil(lambda: states(b).get("proforma") == "ready", timeout=5000)
    own, owed = strip.detail.text().split("\n")
    assert "41101-1" not in own and "Proforma invoice for 41102-1" in own
    assert owed.startswith("Completed 41101-1: Delivery note ×1: download failed")
    assert strip.detail.text().count("41101-1") == 1
    simulator.clear_faults()
    qtbot.mouseClick(strip.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (printed / "41101-1-delivery-note.pdf").is_file(), timeout=5000)
    assert "41101-1" not in strip.detail.text() and papers(b).leftovers == []


def test_a_missing_link_is_not_carried_to_the_next_parcel(
        qtbot: QtBot, papers_bench: Bench, simulator: CentraSimulator) -> None:
    # Centra sent no delivery-note link: said while the parcel is on the bench; Retry could
    # never bring one, so it is not kept in the strip after the parcel has left.
    b = papers_bench
    simulator.add_shipment(build_shipment(50500, extra={"deliveryNote": ""}))  # to Sweden
    lookup(qtbot, b, "50500-1")
    assert states(b) == {"delivery_note": "no_link"}
    strip = papers(b).strip
    assert "no link from Centra" in strip.detail.text()
    assert not strip.retry_button.isVisibleTo(strip)  # nothing Retry could mend
    pack(qtbot, b, simulator, "50500-1")
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        complete(qtbot, b)
    assert papers(b).leftovers == [] and not strip.isVisible()
    lookup(qtbot, b, "41001-1")
    assert "50500-1" not in strip.detail.text()


def test_a_customs_paper_without_a_link_asks_for_a_supervisor_not_retry(
        qtbot: QtBot, papers_bench: Bench, simulator: CentraSimulator) -> None:
    b, w = papers_bench, papers_bench.window
    simulator.add_shipment(build_shipment(50501, extra={"proforma": "",
                                                        "deliveryCountry": "NO"}))
    lookup(qtbot, b, "50501-1")
    assert papers(b).papers[0].state == "no_link"
    pack(qtbot, b, simulator, "50501-1")
    complete(qtbot, b)
    assert w.banner.title.text() == "Customs papers not printed: Proforma invoice for 50501-1"
    hint = w.banner.hint.text()
    assert "A supervisor can ship it" in hint and "Retry" not in hint
    strip = papers(b).strip
    assert strip.reason.isVisibleTo(strip) and not strip.retry_button.isVisibleTo(strip)
    assert complete_puts(simulator) == []
