"""What a new packer, supervisor and IT person tripped over in the first hour (issue #17):
a wrong API key, the verification setting, the shipping e-mail box, the form's −/+ and
More rows, the one-line banner and the audit view's Detail column."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from packstation.app import Bench, build_bench
from packstation.centra.client import CentraClient, Timeouts
from packstation.centra.ready_cache import ReadyCache
from packstation.simulator import CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.settings import VERIFICATION_MODE
from packstation.station.station import Station
from packstation.ui import messages
from packstation.ui.audit_view import AuditDialog
from packstation.ui.station_settings_dialog import StationSettingsDialog
from packstation.ui.supervisor_bar import EmailChoiceBox
from packstation.ui.theme import Tone
from tests.bench_fixtures import lookup, scan
from tests.i18n_support import use_language
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
    b = build_bench(client, station=station, ready_cache=ReadyCache())
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
    assert b.controller.options.verification_mode == "require"  # the bench follows it
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
    qtbot.wait(50)
    try:
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
        assert box.sizeHint().width() >= need + 30  # the closed box shows the whole text


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
    qtbot.wait(50)
    title = banner.title
    assert title.height() <= title.fontMetrics().lineSpacing() + 8  # one line
    assert banner.height() == before
    assert title.toolTip() == title.text() and "41001-1" in title.text()
    shown = title.shown_text()  # type: ignore[attr-defined]
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
    row = next(r for r in range(table.rowCount()) if table.item(r, 4).text() == detail)
    column_w = table.columnWidth(4)
    needed = table.fontMetrics().boundingRect(
        0, 0, column_w - 8, 10_000, int(Qt.TextFlag.TextWordWrap), detail).height()
    assert table.rowHeight(row) >= needed
    assert table.item(row, 4).toolTip() == detail
