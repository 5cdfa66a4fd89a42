"""What a supervisor reads in the audit log after e-mail overrides and good-to-go marks.

Driven like a person at the bench: arrow keys on the e-mail control, clicks, scans.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.simulator.faults import Fault
from packstation.station.audit import AuditEntry, AuditKind
from packstation.station.email_choice import EmailChoice
from packstation.station.station import Station
from packstation.ui.dialogs.audit_view import AuditDialog
from tests.bench_fixtures import complete_puts, lookup, scan
from tests.qt_support import cell
from tests.station_fixtures import FakeClock
from tests.test_station_supervisor import UPS, _complete, _unlock


def _overrides(station: Station) -> list[AuditEntry]:
    return [e for e in station.audit.entries() if e.kind is AuditKind.EMAIL_OVERRIDE]


def _press(qtbot: QtBot, b: Bench, *keys: Qt.Key) -> None:
    ui = b.station_ui
    assert ui is not None
    for key in keys:
        qtbot.keyClick(ui.email, key)
        qtbot.wait(30)  # a person, not a burst


def _unlocked(qtbot: QtBot, b: Bench) -> None:
    ui = b.station_ui
    assert ui is not None
    _unlock(qtbot, b)
    qtbot.waitUntil(lambda: ui.dialog is None)
    assert ui.email.isEnabled()


def test_stepping_through_choices_records_only_the_one_used(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    w = station_bench.window
    lookup(qtbot, station_bench, "41001-1")
    _unlocked(qtbot, station_bench)
    # Store -> Send -> Don't send: "Send" was only passed through on the way.
    _press(qtbot, station_bench, Qt.Key.Key_Down, Qt.Key.Key_Down)
    ui = station_bench.station_ui
    assert ui is not None and ui.email.choice() is EmailChoice.DONT
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert complete_puts(simulator)[-1]["sendEmail"] is False

    entries = station.audit.entries()
    overrides = _overrides(station)
    assert [o.detail for o in overrides] == ["shipping e-mail: store → dont"]
    assert overrides[0].shipment == "41001-1" and overrides[0].station == "Station 3"
    # The completion that used it says exactly what went to Centra, right after it.
    attempt = next(e for e in entries if e.kind is AuditKind.COMPLETION_ATTEMPT)
    assert attempt.id > overrides[0].id and attempt.shipment == "41001-1"
    assert "e-mail=don't send (sendEmail=false)" in attempt.detail


def test_stepping_away_and_back_records_nothing(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    _unlocked(qtbot, station_bench)
    _press(qtbot, station_bench, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up,
           Qt.Key.Key_Up)
    assert ui.email.choice() is EmailChoice.STORE
    qtbot.mouseClick(ui.bar.lock, Qt.MouseButton.LeftButton)
    assert not station.lock.is_unlocked()
    assert _overrides(station) == []


def test_choice_settles_when_supervisor_locks_or_opens_the_log(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    _unlocked(qtbot, station_bench)
    _press(qtbot, station_bench, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up)
    qtbot.mouseClick(ui.bar.lock, Qt.MouseButton.LeftButton)  # "Lock now"
    assert [o.detail for o in _overrides(station)] == ["shipping e-mail: store → send"]

    # Next: a change, then straight to the audit log: it is already there.
    _unlocked(qtbot, station_bench)
    _press(qtbot, station_bench, Qt.Key.Key_Down)
    qtbot.mouseClick(ui.bar.audit, Qt.MouseButton.LeftButton)
    dialog = ui.dialog
    assert isinstance(dialog, AuditDialog)
    qtbot.waitExposed(dialog)
    assert cell(dialog.table, 0, 4).text() == "shipping e-mail: send → dont"
    dialog.accept()
    qtbot.waitUntil(lambda: ui.dialog is None)

    # The completion that uses it adds no second override row.
    _complete(qtbot, station_bench, "41002-1")
    assert complete_puts(simulator)[-1]["sendEmail"] is False
    assert [o.detail for o in _overrides(station)] == ["shipping e-mail: store → send",
                                                       "shipping e-mail: send → dont"]


def test_choice_settles_at_the_idle_lock(
        qtbot: QtBot, station_bench: Bench, station: Station, clock: FakeClock) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    _unlocked(qtbot, station_bench)
    _press(qtbot, station_bench, Qt.Key.Key_Down)
    assert _overrides(station) == []  # still choosing
    clock.advance(121)
    qtbot.waitUntil(lambda: not ui.email.isEnabled(), timeout=3000)
    assert [o.detail for o in _overrides(station)] == ["shipping e-mail: store → send"]
    assert ui.email.choice() is EmailChoice.SEND


def test_choice_never_used_is_recorded_at_shutdown(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    lookup(qtbot, station_bench, "41001-1")
    _unlocked(qtbot, station_bench)
    _press(qtbot, station_bench, Qt.Key.Key_Down)
    station_bench.shutdown(wait_ms=3000)
    overrides = _overrides(station)
    assert [(o.detail, o.shipment) for o in overrides] == [
        ("shipping e-mail: store → send", "41001-1")]


def _tick_gtg(qtbot: QtBot, b: Bench) -> None:
    box = b.window.form.gtg
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
    assert box.isChecked() and not b.window.form.shipped.isChecked()
    assert b.window.form.action_kind() == "gtg"


def test_mark_good_to_go_only_is_audited(
        qtbot: QtBot, station_bench: Bench, station: Station, simulator: CentraSimulator,
        tmp_path: Path) -> None:
    w = station_bench.window
    scan(qtbot, w.scan_bar.field, "OP:Anna")
    lookup(qtbot, station_bench, "41006-1")
    _tick_gtg(qtbot, station_bench)
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000) as sig:
        qtbot.mouseClick(w.form.action, Qt.MouseButton.LeftButton)
    assert sig.args == ["41006-1", True]
    assert simulator.shipment("41006-1")["state"] == "goodtogo"

    rows = [e for e in station.audit.entries()
            if e.kind in (AuditKind.MARK_GTG, AuditKind.MARK_GTG_RESULT)]
    assert [(e.kind, e.shipment, e.operator, e.station) for e in rows] == [
        (AuditKind.MARK_GTG, "41006-1", "Anna", "Station 3"),
        (AuditKind.MARK_GTG_RESULT, "41006-1", "Anna", "Station 3")]
    assert "not shipped" in rows[0].detail
    assert rows[1].detail == "marked good-to-go"
    # Not counted as a completion.
    assert not any(e.kind is AuditKind.COMPLETION_RESULT for e in station.audit.entries())

    # The supervisor sees it in words, and the CSV carries the machine kinds.
    _unlocked(qtbot, station_bench)
    ui = station_bench.station_ui
    assert ui is not None
    qtbot.mouseClick(ui.bar.audit, Qt.MouseButton.LeftButton)
    dialog = ui.dialog
    assert isinstance(dialog, AuditDialog)
    shown = [cell(dialog.table, r, 2).text() for r in range(dialog.table.rowCount())]
    assert "Good-to-go result" in shown and "Mark good-to-go" in shown
    out = tmp_path / "audit.csv"
    dialog.export_to(str(out))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        kinds = [row["kind"] for row in csv.DictReader(fh)]
    assert "mark_gtg" in kinds and "mark_gtg_result" in kinds
    dialog.accept()


def test_choice_made_before_a_good_to_go_mark_is_recorded_once(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    w = station_bench.window
    lookup(qtbot, station_bench, "41006-1")
    _unlocked(qtbot, station_bench)
    _press(qtbot, station_bench, Qt.Key.Key_Down, Qt.Key.Key_Down)
    _tick_gtg(qtbot, station_bench)
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000):
        qtbot.mouseClick(w.form.action, Qt.MouseButton.LeftButton)
    ui = station_bench.station_ui
    assert ui is not None and ui.email.choice() is EmailChoice.STORE  # next parcel: default
    assert not station.lock.is_unlocked()
    assert [(o.detail, o.shipment) for o in _overrides(station)] == [
        ("shipping e-mail: store → dont", "41006-1")]


def test_failed_good_to_go_mark_is_audited(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    w = station_bench.window
    lookup(qtbot, station_bench, "41006-1")
    _tick_gtg(qtbot, station_bench)
    simulator.add_fault(Fault(kind="error500", method="PUT", path="/shipments/41006-1"))
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000) as sig:
        qtbot.mouseClick(w.form.action, Qt.MouseButton.LeftButton)
    assert sig.args == ["41006-1", False]
    results = [e for e in station.audit.entries() if e.kind is AuditKind.MARK_GTG_RESULT]
    assert len(results) == 1 and results[0].detail.startswith("failed: ")
