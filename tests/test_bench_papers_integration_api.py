"""Papers on the Integration API backend, which gives no document links: a station set to
print the proforma for parcels leaving the EU and a delivery note in every box (as it was on
the Order API), driven as a packer drives it against the simulator's GraphQL endpoint.

Nothing is downloaded and no "no link" noise shows; a parcel to Norway keeps its NON-EU
chip and a banner that says Packstation cannot print its customs papers here, and the
packer confirms once (a second Ctrl+Enter) that they are in the box, audited."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.centra.domain import DocumentKind, DocumentLinks
from packstation.simulator import DEMO_TOKEN, CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.settings import (
    BASE_URL,
    CENTRA_API,
    DELIVERY_NOTE_PRINT,
    DOCUMENT_PRINTER,
    PROFORMA_PRINT,
)
from packstation.station.station import Station
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan
from tests.integration_api_support import mutations
from tests.station_fixtures import PIN, open_bench
from tests.test_bench_papers import complete, papers

POSTNORD = "RR123456785SE"


@pytest.fixture
def gql_station(station: Station, simulator: CentraSimulator, tmp_path: Path) -> Station:
    s = station.settings
    s.set(BASE_URL, simulator.graphql_url, supervisor=True)
    s.set(CENTRA_API, "integration", supervisor=True)
    assert station.keys.save(simulator.graphql_url, DEMO_TOKEN).stored
    s.set(PROFORMA_PRINT, "outside_eu", supervisor=True)
    s.set(DELIVERY_NOTE_PRINT, "always", supervisor=True)
    s.set(DOCUMENT_PRINTER, f"file:{tmp_path / 'printed'}", supervisor=True)
    return station


@pytest.fixture
def bench(qtbot: QtBot, gql_station: Station) -> Iterator[Bench]:
    b = open_bench(qtbot, gql_station)
    yield b
    b.shutdown(wait_ms=3000)


def document_requests(sim: CentraSimulator) -> list[str]:
    return [r.path for r in sim.requests if r.path in ("/proforma", "/delnote")]


def test_the_adapter_says_it_gives_no_document_links(bench: Bench) -> None:
    assert bench.client.document_links is DocumentLinks.NONE
    assert papers(bench).links is DocumentLinks.NONE


def test_no_download_and_no_noise_then_norway_is_confirmed_once(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator, gql_station: Station,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="packstation")
    b, w = bench, bench.window
    fetched: list[DocumentKind] = []
    real_fetch = papers(b).fetch
    papers(b).fetch = lambda kind, url: (fetched.append(kind), real_fetch(kind, url))[1]
    strip = papers(b).strip
    # An EU parcel, loaded twice (Esc between) and completed with one Ctrl+Enter.
    lookup(qtbot, b, "41004-1")
    assert not strip.isVisible() and papers(b).papers == []
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Escape)
    lookup(qtbot, b, "41004-1")
    scan(qtbot, w.form.tracking, POSTNORD)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=10000) as done:
        complete(qtbot, b)
    assert done.args == ["41004-1", True]
    assert not strip.isVisible() and papers(b).leftovers == []
    # Norway: the chip, the banner's reminder, the strip saying what to do; nothing else.
    lookup(qtbot, b, "41102-1")
    assert "NON-EU: NO" in w.shipment_panel.chip_texts()
    hint = w.banner.hint.text()
    assert "Norway" in hint and "cannot print them here" in hint
    assert strip.isVisible() and strip.title.text() == "Customs papers (Norway)"
    text = strip.detail.text()
    assert "41004-1" not in text and "no link" not in text
    assert "Not printed" in text and "Centra's admin" in text
    assert not strip.retry_button.isVisibleTo(strip)
    assert not strip.print_button.isVisibleTo(strip)
    scan(qtbot, w.form.tracking, POSTNORD)
    complete(qtbot, b)  # the first Ctrl+Enter asks
    assert w.banner.tone is Tone.WARN
    assert w.banner.title.text() == "Customs papers in the box? (Norway)"
    assert "Ctrl+Enter again" in w.banner.hint.text()
    assert "Ctrl+Enter again" in strip.detail.text()
    qtbot.wait(300)
    assert mutations(simulator)["completeShipment"] == 1  # 41004-1's only
    assert simulator.shipment("41102-1")["state"] != "completed"
    assert [e for e in gql_station.audit.entries()
            if e.kind is AuditKind.CUSTOMS_CONFIRMED] == []
    with qtbot.waitSignal(b.controller.completion_finished, timeout=10000) as done:
        complete(qtbot, b)  # the second confirms and completes
    assert done.args == ["41102-1", True]
    assert simulator.shipment("41102-1")["state"] == "completed"
    rows = [e for e in gql_station.audit.entries() if e.kind is AuditKind.CUSTOMS_CONFIRMED]
    assert [(e.shipment, e.operator) for e in rows] == [("41102-1", gql_station.operator_name())]
    assert "NO" in rows[0].detail
    assert "Customs papers for 41102-1 (to NO) confirmed in the box" in caplog.text
    assert fetched == [] and document_requests(simulator) == []
    assert not strip.isVisible()


def test_the_confirmation_is_asked_again_for_the_next_parcel(
        qtbot: QtBot, bench: Bench, simulator: CentraSimulator) -> None:
    b, w = bench, bench.window
    lookup(qtbot, b, "41102-1")
    complete(qtbot, b)  # nothing to send yet: the papers question is the last one
    assert w.banner.title.text() == "Nothing to send yet"
    scan(qtbot, w.form.tracking, POSTNORD)
    complete(qtbot, b)
    assert "Customs papers in the box?" in w.banner.title.text()
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_Escape)  # cleared: the confirmation goes too
    lookup(qtbot, b, "41102-1")
    scan(qtbot, w.form.tracking, POSTNORD)
    complete(qtbot, b)
    assert "Customs papers in the box?" in w.banner.title.text()
    qtbot.wait(300)
    assert simulator.shipment("41102-1")["state"] != "completed"


def test_f9_says_papers_cannot_print_here(qtbot: QtBot, bench: Bench,
                                          simulator: CentraSimulator) -> None:
    b, w = bench, bench.window
    lookup(qtbot, b, "41001-1")
    qtbot.keyClick(w.form.tracking, Qt.Key.Key_F9)
    assert w.banner.tone is Tone.WARN
    assert w.banner.title.text() == "Packstation cannot print papers here"
    assert "Centra's admin" in w.banner.hint.text()
    assert document_requests(simulator) == []


def test_a_station_that_prints_no_proforma_ships_norway_with_the_reminder_only(
        qtbot: QtBot, gql_station: Station, simulator: CentraSimulator) -> None:
    gql_station.settings.set(PROFORMA_PRINT, "never", supervisor=True)
    b = open_bench(qtbot, gql_station)
    try:
        w = b.window
        lookup(qtbot, b, "41102-1")
        assert "NON-EU: NO" in w.shipment_panel.chip_texts()
        hint = w.banner.hint.text()
        assert "cannot print them" in hint and "Centra's admin" in hint
        assert not papers(b).strip.isVisible()
        scan(qtbot, w.form.tracking, POSTNORD)
        with qtbot.waitSignal(b.controller.completion_finished, timeout=10000) as done:
            complete(qtbot, b)
        assert done.args == ["41102-1", True]
        assert not [e for e in gql_station.audit.entries()
                    if e.kind in (AuditKind.CUSTOMS_CONFIRMED, AuditKind.PAPERS_BYPASS)]
    finally:
        b.shutdown(wait_ms=3000)


def test_papers_settings_say_there_are_no_links(qtbot: QtBot, gql_station: Station) -> None:
    from packstation.ui.dialogs.station_settings_dialog import StationSettingsDialog

    assert gql_station.lock.unlock(PIN)
    dialog = StationSettingsDialog(gql_station)
    qtbot.addWidget(dialog)
    dialog.show()
    p = dialog.papers
    assert p.no_links.isVisible() and "gives no document links" in p.no_links.text()
    assert not p.proforma.isVisible() and not p.printer.isVisible()
    assert p.customs_confirm.isVisible() and p.customs_confirm.isChecked()
    p.customs_confirm.setChecked(False)
    dialog.save()
    s = gql_station.settings
    assert s.get(PROFORMA_PRINT) == "never"
    assert s.get(DELIVERY_NOTE_PRINT) == "always"  # kept for a return to the Order API
