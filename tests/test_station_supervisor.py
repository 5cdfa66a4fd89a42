"""Supervisor mode at the bench: the e-mail override, PIN lockout, auto-lock, badges, audit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.app.compose import Bench
from packstation.simulator import CentraSimulator
from packstation.station.audit import AuditKind
from packstation.station.email_choice import EmailChoice
from packstation.station.settings import SEND_EMAIL_DEFAULT
from packstation.station.station import Station
from packstation.ui.dialogs.audit_view import AuditDialog
from packstation.ui.dialogs.pin_dialog import PinDialog
from packstation.ui.dialogs.station_settings_dialog import StationSettingsDialog
from tests.bench_fixtures import complete_puts, lookup, scan
from tests.qt_support import cell
from tests.station_fixtures import PIN, FakeClock

UPS = "1Z999AA10123456784"


def _unlock(qtbot: QtBot, b: Bench, pin: str = PIN) -> PinDialog:
    ui = b.station_ui
    assert ui is not None
    if ui.dialog is None:
        qtbot.mouseClick(ui.bar.unlock, Qt.MouseButton.LeftButton)
    dialog = ui.dialog
    assert isinstance(dialog, PinDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.pin, pin, delay=45)  # a person types: slower than a scanner
    qtbot.wait(45)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    return dialog


def open_settings(qtbot: QtBot, b: Bench) -> StationSettingsDialog:
    """Unlock supervisor mode with the PIN, then click Settings…: the dialog it opens."""
    ui = b.station_ui
    assert ui is not None
    _unlock(qtbot, b)
    qtbot.waitUntil(lambda: ui.dialog is None)
    qtbot.mouseClick(ui.bar.settings, Qt.MouseButton.LeftButton)
    dialog = ui.dialog
    assert isinstance(dialog, StationSettingsDialog)
    return dialog


def _choose(qtbot: QtBot, b: Bench, choice: EmailChoice) -> None:
    """Step through the combo with the arrow keys, as a person would."""
    ui = b.station_ui
    assert ui is not None
    box = ui.email
    for _ in range(5):
        if box.choice() is choice:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    raise AssertionError(f"could not reach {choice}")


def _complete(qtbot: QtBot, b: Bench, sid: str) -> None:
    lookup(qtbot, b, sid)
    scan(qtbot, b.window.form.tracking, UPS)
    with qtbot.waitSignal(b.controller.completion_finished, timeout=5000) as sig:
        qtbot.keyClick(b.window.form.tracking, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert sig.args == [sid, True]


def test_packer_cannot_change_the_email_choice(qtbot: QtBot, station_bench: Bench,
                                              station: Station,
                                              simulator: CentraSimulator) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    assert ui.email.isVisible() and not ui.email.isEnabled()
    assert ui.bar.unlock.isVisible() and not ui.bar.settings.isVisible()
    qtbot.keyClick(ui.email, Qt.Key.Key_Down)  # disabled: nothing happens
    assert ui.email.choice() is EmailChoice.STORE
    ui.open_settings()  # even if called, refused while locked
    assert ui.dialog is None
    _complete(qtbot, station_bench, "41001-1")
    assert "sendEmail" not in complete_puts(simulator)[-1]
    assert not any(e.kind is AuditKind.EMAIL_OVERRIDE for e in station.audit.entries())


def test_supervisor_override_reaches_the_request_exactly(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    w = station_bench.window

    # 1) Send: unlock, choose, complete -> sendEmail true; supervisor mode ends.
    lookup(qtbot, station_bench, "41001-1")
    _unlock(qtbot, station_bench)
    qtbot.waitUntil(lambda: ui.dialog is None)
    assert ui.email.isEnabled() and ui.bar.settings.isVisible()
    qtbot.waitUntil(w.form.tracking.hasFocus, timeout=2000)  # focus back where the packer was
    _choose(qtbot, station_bench, EmailChoice.SEND)
    scan(qtbot, w.form.tracking, UPS)
    with qtbot.waitSignal(station_bench.controller.completion_finished, timeout=5000):
        qtbot.keyClick(w.form.tracking, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert complete_puts(simulator)[-1]["sendEmail"] is True
    assert not station.lock.is_unlocked() and not ui.email.isEnabled()
    assert ui.email.choice() is EmailChoice.STORE  # next shipment starts from the default
    qtbot.waitUntil(w.scan_bar.field.hasFocus, timeout=2000)

    # 2) Store default: sendEmail absent.
    _complete(qtbot, station_bench, "41002-1")
    assert "sendEmail" not in complete_puts(simulator)[-1]

    # 3) Don't send: sendEmail false.
    _unlock(qtbot, station_bench)
    qtbot.waitUntil(lambda: ui.dialog is None)
    _choose(qtbot, station_bench, EmailChoice.DONT)
    _complete(qtbot, station_bench, "41003-1")
    assert complete_puts(simulator)[-1]["sendEmail"] is False

    entries = station.audit.entries()
    overrides = [e for e in entries if e.kind is AuditKind.EMAIL_OVERRIDE]
    # One row per choice made; "send", passed through on the way to "dont", is not one.
    assert [o.detail for o in overrides] == ["shipping e-mail: store → send",
                                            "shipping e-mail: store → dont"]
    assert overrides[0].shipment == "41001-1" and overrides[0].station == "Station 3"
    assert overrides[1].shipment == "41003-1"  # chosen before the slip: the one it was used on
    assert sum(e.kind is AuditKind.SUPERVISOR_UNLOCK for e in entries) == 2
    results = [e for e in entries if e.kind is AuditKind.COMPLETION_RESULT]
    assert [r.shipment for r in results] == ["41001-1", "41002-1", "41003-1"]
    assert all(r.detail == "completed" for r in results)
    attempts = [e for e in entries if e.kind is AuditKind.COMPLETION_ATTEMPT]
    assert "e-mail=send" in attempts[0].detail and "e-mail=don't send" in attempts[2].detail


def test_station_default_set_by_supervisor(qtbot: QtBot, station_bench: Bench,
                                           station: Station,
                                           simulator: CentraSimulator) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    dialog = open_settings(qtbot, station_bench)
    dialog.email_default.setCurrentIndex(dialog.email_default.findData("dont"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.dialog is None)
    assert station.settings.get(SEND_EMAIL_DEFAULT) == "dont"
    assert ui.email.choice() is EmailChoice.DONT
    _complete(qtbot, station_bench, "41001-1")
    assert complete_puts(simulator)[-1]["sendEmail"] is False
    assert any(e.kind is AuditKind.SETTING_CHANGED and "send_email_default" in e.detail
               for e in station.audit.entries())


def test_five_wrong_pins_lock_supervisor_mode_for_minutes(
        qtbot: QtBot, station_bench: Bench, station: Station, clock: FakeClock) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    for _ in range(4):
        dialog = _unlock(qtbot, station_bench, "000000")
        assert "Wrong PIN" in dialog.message.text()
        qtbot.wait(50)
        assert ui.dialog is dialog and dialog.isVisible()  # the prompt stays to be read
    dialog = _unlock(qtbot, station_bench, "000000")
    assert "Too many wrong PINs" in dialog.message.text()
    _unlock(qtbot, station_bench, PIN)  # the right PIN is refused while locked out
    assert "Too many wrong PINs" in dialog.message.text()
    assert not station.lock.is_unlocked()
    clock.advance(301)
    _unlock(qtbot, station_bench, PIN)
    assert station.lock.is_unlocked()
    kinds = [e.kind for e in station.audit.entries()]
    assert kinds.count(AuditKind.WRONG_PIN) == 4
    assert AuditKind.PIN_LOCKOUT in kinds and AuditKind.SUPERVISOR_UNLOCK in kinds
    assert all(PIN not in e.detail for e in station.audit.entries())


def test_a_slip_scanned_into_the_pin_prompt_is_not_tried_as_a_pin(
        qtbot: QtBot, station_bench: Bench, station: Station) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    qtbot.mouseClick(ui.bar.unlock, Qt.MouseButton.LeftButton)
    dialog = ui.dialog
    assert isinstance(dialog, PinDialog)
    qtbot.waitExposed(dialog)
    for _ in range(6):  # more than the five wrong PINs that would lock supervisor mode
        scan(qtbot, dialog.pin, "41001-1")
        assert "barcode scan, not a PIN" in dialog.message.text()
        assert dialog.pin.text() == ""
    assert station.lock.lockout_remaining() == 0
    assert not any(e.kind is AuditKind.WRONG_PIN for e in station.audit.entries())
    assert station_bench.controller.found is None  # nor was it looked up behind the prompt
    _unlock(qtbot, station_bench, PIN)  # typed by a person: still unlocks
    assert station.lock.is_unlocked()


def test_supervisor_mode_locks_after_two_idle_minutes(
        qtbot: QtBot, station_bench: Bench, station: Station, clock: FakeClock) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    _unlock(qtbot, station_bench)
    qtbot.waitUntil(lambda: ui.dialog is None)
    assert ui.email.isEnabled()
    clock.advance(100)
    _choose(qtbot, station_bench, EmailChoice.SEND)  # activity keeps it open
    clock.advance(100)
    ui.timer.timeout.emit()
    assert ui.email.isEnabled()
    clock.advance(21)
    qtbot.waitUntil(lambda: not ui.email.isEnabled(), timeout=3000)  # the 1 s poll
    assert ui.bar.unlock.isVisible() and not ui.bar.settings.isVisible()
    assert ui.email.choice() is EmailChoice.SEND  # the override made stays for this parcel


def test_badge_scan_signs_in_and_packed_by_comment(
        qtbot: QtBot, station_bench: Bench, station: Station,
        simulator: CentraSimulator) -> None:
    w = station_bench.window
    scan(qtbot, w.scan_bar.field, "OP:Anna")
    assert station.operator_name() == "Anna"
    assert "Signed in: Anna" in w.banner.title.text()
    assert "Anna" in w.scan_bar.station.text()
    _complete(qtbot, station_bench, "41001-1")
    assert complete_puts(simulator)[-1]["internalComment"] == "Packed by Anna at Station 3"
    entries = station.audit.entries()
    assert any(e.kind is AuditKind.SIGN_IN and e.operator == "Anna" for e in entries)
    assert [e.operator for e in entries if e.kind is AuditKind.COMPLETION_RESULT] == ["Anna"]


def test_audit_view_lists_today_and_exports_csv(
        qtbot: QtBot, station_bench: Bench, station: Station, tmp_path: Path) -> None:
    ui = station_bench.station_ui
    assert ui is not None
    _complete(qtbot, station_bench, "41001-1")
    _unlock(qtbot, station_bench)
    qtbot.waitUntil(lambda: ui.dialog is None)
    qtbot.mouseClick(ui.bar.audit, Qt.MouseButton.LeftButton)
    dialog = ui.dialog
    assert isinstance(dialog, AuditDialog)
    kinds = {cell(dialog.table, r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"Completion attempt", "Completion result", "Supervisor unlock"} <= kinds
    out = tmp_path / "audit.csv"
    dialog.export_to(str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("id,timestamp_utc,station,operator,kind,shipment,detail")
    assert "completion_result,41001-1,completed" in text
    dialog.accept()
    qtbot.waitUntil(lambda: ui.dialog is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station_bench.window.scan_bar.field,
                    timeout=2000)
