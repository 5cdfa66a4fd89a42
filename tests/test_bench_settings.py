"""The station's settings drive the bench: one snapshot (``BenchSettings``), rebuilt on
every change and taken at each slip load. Changing a setting changes the next slip."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.bench_settings import (
    BenchSettings,
    BenchSettingsFeed,
    carrier_lines,
    carrier_offer,
    parse_carrier_lines,
)
from packstation.station.email_choice import EmailChoice
from packstation.station.settings import (
    ALL_SETTINGS,
    AUTO_TICK_ON_TRACKING,
    CARRIERS_SETTING,
    COMMENT_PACKED_BY,
    DEFAULT_CAPTURE,
    DELIVERY_NOTE_COPIES,
    PROFORMA_PRINT,
    SEND_EMAIL_DEFAULT,
    SERVICES_SETTING,
    TRACKING_REQUIRED,
    VERIFICATION_MODE,
    MemoryStorage,
    Setting,
    StationSettings,
)
from packstation.station.station import Station
from packstation.ui.dialogs.station_settings_dialog import StationSettingsDialog
from tests.bench_fixtures import complete_puts, lookup, scan
from tests.station_fixtures import PIN

UPS = "1Z999AA10123456784"


# ------------------------------------------------------------- the snapshot, Qt-free

def test_defaults_are_the_registrys() -> None:
    built = BenchSettings.from_settings(StationSettings(MemoryStorage()))
    assert built == BenchSettings()
    assert list(built.carriers) == CARRIERS_SETTING.default
    assert built.carriers["DHL"] == tuple(SERVICES_SETTING.default["DHL"])


def test_carriers_keep_the_stations_order_and_their_services() -> None:
    s = StationSettings(MemoryStorage())
    s.set(CARRIERS_SETTING, ["Budbee", "Instabox", "PostNord"], supervisor=True)
    s.set(SERVICES_SETTING, {"PostNord": ["Varubrev"], "Budbee": ["Box", "Home"],
                             "UPS": ["Express"]}, supervisor=True)
    carriers = BenchSettings.from_settings(s).carriers
    assert list(carriers.items()) == [("Budbee", ("Box", "Home")), ("Instabox", ()),
                                      ("PostNord", ("Varubrev",))]
    with pytest.raises(TypeError):
        carriers["UPS"] = ("Express",)  # type: ignore[index]  # read-only


def test_the_feed_is_rebuilt_on_every_change() -> None:
    s = StationSettings(MemoryStorage())
    feed = BenchSettingsFeed(s)
    before = feed.current()
    s.set(TRACKING_REQUIRED, False, supervisor=True)
    s.set(SEND_EMAIL_DEFAULT, "dont", supervisor=True)
    s.override(VERIFICATION_MODE, "warn")  # this run only: the bench follows it too
    now = feed.current()
    assert (now.tracking_required, now.email_default, now.verification_mode) == (
        False, EmailChoice.DONT, "warn")
    assert before.tracking_required is True  # a snapshot never changes under its reader


CHANGED: dict[str, object] = {
    "carriers": ["UPS"], "services": {"UPS": ["Standard"]}, "default_capture": False,
    "tracking_required": False, "auto_tick_on_tracking": False,
    "verification_mode": "require", "comment_packed_by": False,
    "send_email_default": "send", "bundles_prepacked": True,
    "delivery_note_print": "always", "delivery_note_copies": 3,
    "proforma_print": "outside_eu", "proforma_copies": 4,
    "document_printer": "file:/tmp/x",
}


@pytest.mark.parametrize("name", sorted(CHANGED))
def test_each_bench_setting_reaches_the_snapshot(name: str) -> None:
    setting: Setting[Any] = next(x for x in ALL_SETTINGS if x.name == name)
    s = StationSettings(MemoryStorage())
    feed = BenchSettingsFeed(s)
    before = feed.current()
    assert s.set(setting, CHANGED[name], supervisor=True) is not None
    assert feed.current() != before, f"{name} does not reach the bench"


# ---------------------------------------------------- the bench follows, slip by slip

def test_the_next_slip_offers_the_stations_carriers(qtbot: QtBot, station_bench: Bench,
                                                     station: Station) -> None:
    form = station_bench.window.form
    lookup(qtbot, station_bench, "41001-1")
    assert [form.carrier.itemText(i) for i in range(form.carrier.count())][:2] == [
        "PostNord", "DHL"]
    station.settings.set(CARRIERS_SETTING, ["Budbee", "DHL"], supervisor=True)
    station.settings.set(SERVICES_SETTING, {"DHL": ["Europaket", "Express"]},
                         supervisor=True)
    lookup(qtbot, station_bench, "41002-1")
    assert [form.carrier.itemText(i) for i in range(form.carrier.count())] == [
        "Budbee", "DHL"]
    assert form.carrier.currentText() == "DHL"  # 41002-1 is booked with DHL
    # the station's services, then the one the order is booked with
    assert [form.service.itemText(i) for i in range(form.service.count())] == [
        "Europaket", "Express", "DHL Paket"]


def test_tracking_not_required_completes_without_a_label(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    w = station_bench.window
    lookup(qtbot, station_bench, "41001-1")
    w.form.shipped.setChecked(True)
    w.form.action.click()
    assert "Scan the tracking number first" in w.banner.title.text()
    assert complete_puts(simulator) == []
    station.settings.set(TRACKING_REQUIRED, False, supervisor=True)
    w.form.clear()
    lookup(qtbot, station_bench, "41001-1")
    w.form.shipped.setChecked(True)
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000) as sig:
        w.form.action.click()
    assert sig.args == ["41001-1", True]
    assert [p["shipment"] for p in complete_puts(simulator)] == ["41001-1"]


def test_auto_tick_off_leaves_the_boxes_to_the_packer(qtbot: QtBot, station_bench: Bench,
                                                      station: Station) -> None:
    form = station_bench.window.form
    station.settings.set(AUTO_TICK_ON_TRACKING, False, supervisor=True)
    lookup(qtbot, station_bench, "41001-1")
    scan(qtbot, form.tracking, UPS)
    assert form.tracking.text() == UPS
    assert not form.gtg.isChecked() and not form.shipped.isChecked()


def test_default_capture_off_unticks_capture_on_the_next_slip(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    form = station_bench.window.form
    lookup(qtbot, station_bench, "41004-1")  # needs capture
    assert form.capture.isEnabled() and form.capture.isChecked()
    station.settings.set(DEFAULT_CAPTURE, False, supervisor=True)
    assert form.capture.isChecked()  # not half-way through the loaded shipment
    form.clear()
    lookup(qtbot, station_bench, "41004-1")
    assert form.capture.isEnabled() and not form.capture.isChecked()
    scan(qtbot, form.tracking, UPS)
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert complete_puts(simulator)[-1]["capture"] is False


def test_packed_by_and_papers_read_the_same_snapshot(station_bench: Bench,
                                                     station: Station) -> None:
    station.operators.sign_in("Anna")
    assert station.comment_suffix().startswith("Packed by Anna")
    station.settings.set(COMMENT_PACKED_BY, False, supervisor=True)
    assert station.comment_suffix() == ""
    station.settings.set(PROFORMA_PRINT, "always", supervisor=True)
    station.settings.set(DELIVERY_NOTE_COPIES, 3, supervisor=True)
    papers = station_bench.controller.papers
    rules = papers.rules()  # type: ignore[attr-defined]
    assert (rules.proforma, rules.delivery_note_copies) == ("always", 3)


# ------------------------------------------------- Station settings: supervisor edits

def _retype(qtbot: QtBot, editor: QPlainTextEdit, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    for line in text.split("\n"):
        qtbot.keyClicks(editor, line)
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_supervisor_edits_carriers_and_the_next_slip_offers_them(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    assert station.lock.unlock(PIN).ok
    dialog = StationSettingsDialog(station, parent=station_bench.window)
    qtbot.addWidget(dialog)
    assert dialog.carriers.toPlainText().splitlines()[0] == (
        "PostNord: MyPack Collect, MyPack Home, Parcel, Varubrev")
    _retype(qtbot, dialog.carriers, "DHL: Europaket,  Express ,\n\nBudbee")
    dialog.auto_tick.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert station.settings.get(CARRIERS_SETTING) == ["DHL", "Budbee"]
    assert station.settings.get(SERVICES_SETTING) == {"DHL": ["Europaket", "Express"],
                                                      "Budbee": []}
    changed = [e.detail for e in station.audit.entries()
               if e.kind == AuditKind.SETTING_CHANGED]
    assert any(d.startswith("carriers:") for d in changed)
    assert any(d.startswith("services:") for d in changed)
    assert any(d.startswith("auto_tick_on_tracking:") for d in changed)
    form = station_bench.window.form
    lookup(qtbot, station_bench, "41002-1")
    assert [form.carrier.itemText(i) for i in range(form.carrier.count())] == ["DHL", "Budbee"]
    scan(qtbot, form.tracking, UPS)
    assert not form.shipped.isChecked()


@pytest.mark.parametrize(("typed", "error"), [
    (": Parcel", "line 1"), ("UPS\n: Express", "line 2"), ("\n  \n", "at least one")])
def test_carrier_lines_without_a_name_are_refused_and_nothing_is_saved(
        qtbot: QtBot, station: Station, typed: str, error: str) -> None:
    assert station.lock.unlock(PIN).ok
    dialog = StationSettingsDialog(station)
    qtbot.addWidget(dialog)
    dialog.carriers.setPlainText(typed)
    dialog.station_name.setText("Station 9")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error in dialog.error.text()
    assert station.settings.get(CARRIERS_SETTING) == CARRIERS_SETTING.default
    assert station.name == "Station 3"  # nothing of the dialog was saved


def test_carrier_lines_round_trip() -> None:
    text = carrier_lines(BenchSettings().carriers)
    parsed = parse_carrier_lines(text)
    assert carrier_offer(list(parsed), parsed) == BenchSettings().carriers


_name = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"),
                              exclude_characters=":,\x85"),
                min_size=1, max_size=15).map(lambda s: " ".join(s.split())).filter(bool)


@given(st.dictionaries(_name, st.lists(_name, max_size=4, unique=True), min_size=1,
                       max_size=6))
def test_any_carrier_list_survives_the_dialogs_text(offer: dict[str, list[str]]) -> None:
    shown = carrier_lines(carrier_offer(list(offer), offer))
    assert parse_carrier_lines(shown) == offer
