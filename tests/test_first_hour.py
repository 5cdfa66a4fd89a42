"""What a new packer, supervisor and IT person tripped over in the first hour (issue #17):
a wrong API key, the verification setting, the shipping e-mail box, the form's −/+ and
More rows, the one-line banner and the audit view's Detail column."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench, BenchParts, build_bench
from packstation.app.profiles import TEST
from packstation.centra.order_api.client import CentraClient, Timeouts
from packstation.simulator import CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.settings import VERIFICATION_MODE
from packstation.station.station import Station
from packstation.ui.dialogs.audit_view import AuditDialog
from packstation.ui.dialogs.station_settings_dialog import StationSettingsDialog
from packstation.ui.text import messages
from packstation.ui.theme import Tone
from packstation.ui.widgets.supervisor_bar import EmailChoiceBox
from tests.bench_fixtures import lookup, scan
from tests.i18n_support import use_language
from tests.qt_support import cell, laid_out
from tests.station_fixtures import PIN

UPS = "1Z999AA10123456784"


@pytest.fixture
def key_source() -> Iterator[None]:
    yield
    messages.set_key_source("keyring")


@pytest.fixture
def swedish() -> Iterator[None]:
    yield from use_language("sv")


def _bench(qtbot: QtBot, station: Station, key: str) -> Bench:
    client = CentraClient(station.base_url, key, timeouts=Timeouts(connect=1.0, read=3.0))
    b = build_bench(BenchParts(dataclasses.replace(TEST, ready_list=True), client, station))
    qtbot.addWidget(b.window)
    b.window.show()
    qtbot.waitExposed(b.window)
    return b


# ------------------------------------------------------------------ a wrong API key

@pytest.mark.parametrize("source, words", [("keyring", "--setup"),
                                           ("environment", "PACKSTATION_API_KEY")])
def test_wrong_key_is_said_at_start_in_the_corner_and_with_fitting_advice(
        qtbot: QtBot, station: Station, key_source: None, source: str, words: str) -> None:
    messages.set_key_source(source)
    b = _bench(qtbot, station, "wrong-key")
    try:
        corner = b.window.scan_bar.freshness
        # At start, before any scan: the ready list's first refresh meets the 401.
        qtbot.waitUntil(lambda: corner.text() == "Centra rejected the API key", timeout=5000)
        assert "not answering" not in corner.text()
        qtbot.waitUntil(lambda: b.window.banner.tone is Tone.ERROR, timeout=5000)
        assert b.window.banner.title.text() == "Centra rejected the API key"
        assert words in b.window.banner.hint.text()
        # The first scan says it again, with the same advice.
        lookup(qtbot, b, "41001-1")
        assert "rejected the API key" in b.window.banner.title.text()
        assert words in b.window.banner.hint.text()
    finally:
        b.shutdown(wait_ms=3000)


# ---------------------------------------------------------- verification in settings

def test_verification_mode_is_a_station_setting(qtbot: QtBot, station_bench: Bench) -> None:
    b = station_bench
    station = b.station
    assert station is not None and station.lock.unlock(PIN).ok
    dialog = StationSettingsDialog(station, parent=b.window)
    qtbot.addWidget(dialog)
    box = dialog.verification
    assert box.currentData() == "off"
    box.setCurrentIndex(box.findData("require"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert station.settings.get(VERIFICATION_MODE) == "require"
    lookup(qtbot, b, "41001-1")
    scan(qtbot, b.window.form.tracking, UPS)
    assert not b.window.form.action.isEnabled()  # items must be scanned first


# ------------------------------------------------------------- shipping e-mail box

def _row_colours(box: QComboBox, row: int) -> tuple[int, int]:
    """(highlight pixels, other pixels darker than the highlight's text) in ``row``."""
    view = box.view()
    image = view.viewport().grab(view.visualRect(box.model().index(row, 0))).toImage()
    highlight = QColor("#1d4ed8")
    blue = text = 0
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            if abs(c.red() - highlight.red()) + abs(c.green() - highlight.green()) + abs(
                    c.blue() - highlight.blue()) < 40:
                blue += 1
            elif c.lightness() > 200:
                text += 1
    return blue, text


def test_email_list_shows_the_selected_entry(qtbot: QtBot, station_bench: Bench) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    box = ui.email
    box.setEnabled(True)
    box.showPopup()
    qtbot.waitUntil(lambda: box.view().isVisible(), timeout=2000)
    try:  # the popup is painted once its highlight is (it may fade in)
        qtbot.waitUntil(lambda: _row_colours(box, box.currentIndex())[0] > 200, timeout=2000)
        blue, text = _row_colours(box, box.currentIndex())
        assert blue > 200, "the selected entry is not highlighted (a blank row)"
        assert text > 20, "the selected entry's text is not drawn"
    finally:
        box.hidePopup()


def test_email_choices_are_translated_and_fit(qtbot: QtBot, swedish: None) -> None:
    box = EmailChoiceBox()
    qtbot.addWidget(box)
    texts = [box.itemText(i) for i in range(box.count())]
    assert texts == ["Butiksinställning", "Skicka e-post", "Skicka inte e-post"]
    box.show()
    for i in range(box.count()):
        box.setCurrentIndex(i)
        need = box.fontMetrics().horizontalAdvance(box.currentText())
        assert box.sizeHint().width() >= need + 16  # the closed box shows the whole text


# ------------------------------------------------------------------ the form

def test_packages_have_big_minus_and_plus(qtbot: QtBot, station_bench: Bench) -> None:
    b = station_bench
    lookup(qtbot, b, "41001-1")
    form = b.window.form
    assert form.packages_more.width() >= 40 and form.packages_more.height() >= 36
    qtbot.mouseClick(form.packages_more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.packages_more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.packages_less, Qt.MouseButton.LeftButton)
    assert form.packages.value() == 2
    assert QApplication.focusWidget() is form.tracking  # the buttons leave the focus
    edit = form.packages.lineEdit()
    assert edit.width() > 3 * edit.fontMetrics().horizontalAdvance("99")


def test_more_hides_the_rows_a_standard_parcel_does_not_need(qtbot: QtBot,
                                                            station_bench: Bench) -> None:
    form = station_bench.window.form
    assert not form.service.isVisible() and not form.comment.isVisible()
    assert form.tracking.isVisible() and form.carrier.isVisible()
    qtbot.mouseClick(form.more, Qt.MouseButton.LeftButton)
    assert form.service.isVisible() and form.return_slip.isVisible()
    assert form.comment.isVisible()


def test_completed_banner_stays_one_line(qtbot: QtBot, station_bench: Bench) -> None:
    b = station_bench
    banner = b.window.banner
    before = banner.height()
    lookup(qtbot, b, "41001-1")
    scan(qtbot, b.window.form.tracking, UPS)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000):
        qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert banner.tone is Tone.OK
    b.window.resize(1000, 700)  # too narrow for the whole title at 26 pt
    qtbot.waitUntil(lambda: b.window.width() == 1000, timeout=2000)
    laid_out()
    title = banner.title
    assert title.height() <= title.fontMetrics().lineSpacing() + 8  # one line
    assert banner.height() == before
    assert title.toolTip() == title.text() and "41001-1" in title.text()
    shown = title.shown_text()
    assert title.fontMetrics().horizontalAdvance(shown) <= title.contentsRect().width()
    assert shown != title.text() and "…" in shown
    assert shown.startswith("Completed 41001-1") and shown.endswith(UPS[-4:])


# ------------------------------------------------------------------ audit view

def test_audit_detail_is_not_cut(qtbot: QtBot, station: Station) -> None:
    tail = "tracking 1Z999AA10123456784"
    detail = "Completed and shipped with a longer note from the supervisor; " * 2 + tail
    station.record(AuditKind.COMPLETION_RESULT, shipment="41001-1", detail=detail)
    dialog = AuditDialog(station.audit, station=station.name, on_activity=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if cell(table, r, 4).text() == detail)
    column_w = table.columnWidth(4)
    needed = table.fontMetrics().boundingRect(
        0, 0, column_w - 8, 10_000, int(Qt.TextFlag.TextWordWrap), detail).height()
    assert table.rowHeight(row) >= needed
    assert cell(table, row, 4).toolTip() == detail


# ------------------------------------------------------------------ words (point 10)

def test_item_counts_read_as_words(qtbot: QtBot, bench: Bench) -> None:
    from packstation.ui.widgets.shipment_panel import item_words

    assert item_words(1) == "1 item" and item_words(3) == "3 items"
    lookup(qtbot, bench, "41009")  # an order with two open shipments: the picker
    panel = bench.window.shipment_panel
    texts = [panel.choice_list.item(i).text() for i in range(panel.choice_list.count())]
    assert len(texts) == 2 and all(" items " in t or " 1 item " in t for t in texts)
    assert not any(" 1 items" in t for t in texts)


def test_one_item_packed_is_not_all_1_items(qtbot: QtBot, simulator: CentraSimulator,
                                            station_bench: Bench) -> None:
    from packstation.simulator.demo_data import build_shipment, product_line

    one = build_shipment(47001, 1, lines=[product_line(
        "Linen Camp Shirt", "Sky Blue", "L", qty=1, price=89.0, sku="LCS330",
        variant_sku="SKY", size_sku="L", ean="7350070070025")])
    simulator.add_shipment(one)
    b = station_bench
    assert b.station is not None
    b.station.settings.set(VERIFICATION_MODE, "require", supervisor=True)
    lookup(qtbot, b, "47001-1")
    scan(qtbot, b.window.form.tracking, "7350070070025")
    qtbot.waitUntil(lambda: "packed" in b.window.banner.title.text(), timeout=3000)
    assert b.window.banner.title.text() == "The item is packed"


def test_rate_is_explained_in_the_first_minutes(qtbot: QtBot) -> None:
    from packstation.bench.shift_stats import ShiftStats
    from packstation.ui.widgets.shift_stats_view import ShiftStatsView

    now = [1000.0]
    stats = ShiftStats(clock=lambda: now[0])
    view = ShiftStatsView(stats)
    qtbot.addWidget(view)
    for n in range(4):
        stats.shown(f"4100{n}-1")
        now[0] += 20
        view.on_completion(f"4100{n}-1", True)
    assert "per hour –" not in view.numbers.text()
    assert "per hour from 5 min" in view.numbers.text()


def test_setup_dialog_names_the_station_and_centra(qtbot: QtBot, station: Station) -> None:
    from packstation.ui.dialogs.setup_dialog import SetupDialog
    from packstation.ui.jobs import JobRunner

    dialog = SetupDialog(station, JobRunner(), ask=frozenset({"pin"}))
    qtbot.addWidget(dialog)
    assert "Station 3" in dialog.setting_up.text()
    assert station.base_url in dialog.setting_up.text()


def test_notes_from_centra_are_shown(qtbot: QtBot, bench: Bench) -> None:
    lookup(qtbot, bench, "41015-1")
    panel = bench.window.shipment_panel
    assert panel.internal.isVisible() and "VIP customer" in panel.internal.text()
    assert panel.comment.isVisible() and "gift wrap" in panel.comment.text()
    assert panel.comment.font().bold() and panel.comment.font().pointSize() >= 16
    banner = bench.window.banner
    assert "CUSTOMER'S NOTE" in banner.title.text()
    assert "gift wrap" in banner.hint.text()
    lookup(qtbot, bench, "41001-1")  # no notes: nothing shown, the usual words
    assert not panel.internal.isVisible() and not panel.comment.isVisible()
    assert "NOTE" not in banner.title.text()


def test_rows_stay_put_and_centred_when_the_hint_wraps(qtbot: QtBot,
                                                       station_bench: Bench) -> None:
    b = station_bench
    b.window.resize(1366, 768)
    lookup(qtbot, b, "41002-1")
    form = b.window.form
    rows = form.extra_rows

    def places() -> list[tuple[int, int, int]]:
        out = []
        for field in (form.tracking, form.carrier):
            label = rows.labelForField(field)
            assert label is not None
            field_top = field.mapTo(form, field.rect().topLeft()).y()
            out.append((field_top, field.height(),
                        abs(label.geometry().center().y() - (field_top + field.height() // 2))))
        return out

    before = places()
    assert all(off <= 3 for _, _, off in before), before  # labels centred on their field
    form.set_blocker("Scan all items first (0 / 3)", "A much longer explanation that wraps "
                     "over several lines in the help line under the form, as a long "
                     "translation does, and must not move or squeeze the rows above it.")
    laid_out()
    assert places() == before
