"""Wires the station (operator, supervisor lock, e-mail choice, audit) into the bench.

Owns the supervisor strip and the e-mail control, opens the station dialogs (non-blocking,
``open()``; focus returns to the scan field when they close), polls the supervisor lock
for the idle auto-lock, and offers the bench three hooks: ``send_email``,
``comment_suffix`` and ``intercept_scan`` (badge scans).

The e-mail override's rule (choose / settle / reset) is ``station/email_override.py``;
the combo box only shows it. It settles when a completion uses it, supervisor mode locks
(button, idle, after a completion), a station dialog opens, a packer signs in, or the
bench shuts down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from packstation.station.audit import AuditKind
from packstation.station.email_choice import EmailChoice
from packstation.station.email_override import EmailOverride
from packstation.station.operators import OperatorError, SignIn
from packstation.station.settings import SEND_EMAIL_DEFAULT, SettingChange
from packstation.station.station import Station
from packstation.ui.bench import BenchController
from packstation.ui.dialogs.audit_view import AuditDialog
from packstation.ui.dialogs.pin_dialog import PinDialog
from packstation.ui.dialogs.sign_in_dialog import SignInDialog
from packstation.ui.dialogs.station_settings_dialog import StationSettingsDialog
from packstation.ui.main_window import MainWindow
from packstation.ui.theme import Tone
from packstation.ui.widgets.supervisor_bar import EmailChoiceBox, SupervisorBar

POLL_MS = 1000


class StationController(QObject):
    def __init__(self, window: MainWindow, station: Station,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.station = station
        self.bar = SupervisorBar()
        self.email = EmailChoiceBox()
        window.form.extra_rows.addRow(self.tr("Shipping e-mail"), self.email)
        window.side.addWidget(self.bar)
        self.dialog: QDialog | None = None
        self._unlocked = False
        self._loaded_sid: Callable[[], str] = lambda: ""
        self.override = EmailOverride(
            station.email_default(),
            lambda sid, detail: station.record(AuditKind.EMAIL_OVERRIDE, shipment=sid,
                                               detail=detail),
            loaded=lambda: self._loaded_sid())

        self.email.set_default(station.email_default())
        self.email.set_choice(self.override.choice)
        self.email.chosen.connect(self.choose_email)
        self.bar.sign_in_clicked.connect(self.open_sign_in)
        self.bar.unlock_clicked.connect(self.open_unlock)
        self.bar.lock_clicked.connect(self.lock_now)
        self.bar.settings_clicked.connect(self.open_settings)
        self.bar.audit_clicked.connect(self.open_audit)
        station.settings.add_listener(self._setting_changed)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._show_operator()
        self.refresh()

    # ------------------------------------------------------------ bench hooks

    def send_email(self) -> bool | None:
        """Read as a completion is sent: the choice is used now, so it has settled."""
        return self.override.use()

    def comment_suffix(self) -> str:
        return self.station.comment_suffix()

    def intercept_scan(self, raw: str) -> bool:
        """Badge scans sign the packer in; everything else goes to the bench."""
        if not self.station.operators.is_badge(raw):
            return False
        self.settle_email()  # before the badge signs someone else in
        try:
            signed = self.station.operators.sign_in_badge(raw)
        except OperatorError as exc:
            self.window.banner.show_message(Tone.ERROR, str(exc),
                                            self.tr("Type your name with Sign in… instead."))
            return True
        self._signed_in(signed)
        return True

    def attach(self, bench: BenchController) -> None:
        """Follow the bench: which shipment is loaded, and when one is completed."""
        self._loaded_sid = lambda: bench.found.shipment.shipment_id if bench.found else ""
        bench.completion_finished.connect(self.completion_finished)

    def completion_finished(self, sid: str, ok: bool) -> None:
        if not ok:
            return
        # A choice made before a good-to-go-only mark (no e-mail goes out) is still a choice.
        self.settle_email(sid)
        # Each shipment starts from the station default, and supervisor mode ends.
        self._reset_email(self.station.email_default())
        self.station.lock.lock()
        self.refresh()

    # --------------------------------------------------------------- actions

    def choose_email(self, choice: EmailChoice) -> None:
        """A person changed the control (each arrow-key or wheel step, or a popup pick)."""
        lock = self.station.lock
        if not self.override.choose(choice, allowed=lock.is_unlocked()):
            # Locked (idle) before the 1 s poll disabled the control: put it back first,
            # so the settle in refresh() records only what the supervisor chose in time.
            self.email.set_choice(self.override.choice)
            self.refresh()  # disables the control
            self.window.banner.show_message(
                Tone.WARN, self.tr("Only a supervisor can change the e-mail"),
                self.tr("Ask your supervisor to unlock."))
            return
        lock.touch()
        self._refocus()

    def settle_email(self, shipment: str | None = None) -> None:
        """Write the e-mail override row if the choice differs from the last one recorded.

        ``shipment``: the one it applies to (default: the one loaded now, if any)."""
        self.override.settle(shipment)

    def lock_now(self) -> None:
        self.station.lock.lock()
        self.refresh()
        self._refocus()

    def refresh(self) -> None:
        """Poll the lock (idle auto-lock) and show its state."""
        lock = self.station.lock
        unlocked = lock.is_unlocked()
        if unlocked:
            self.bar.show_unlocked(round(lock.idle_remaining()))
        else:
            remaining = lock.lockout_remaining()
            note = ""
            if remaining > 0:
                note = self.tr("Too many wrong PINs: supervisor mode blocked for {0} s.").format(
                    round(remaining))
            elif not lock.has_pin:
                note = self.tr("No supervisor PIN set. Ask IT to run station setup.")
            self.bar.show_locked(note)
        self.email.set_unlocked(unlocked)
        self._unlocked = unlocked
        if not unlocked:
            self.override.locked()

    # --------------------------------------------------------------- dialogs

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.refresh()
        self._refocus()

    def open_unlock(self) -> None:
        self._open(PinDialog(self.station.lock, demo_pin=self.station.demo_pin,
                             parent=self.window))

    def open_sign_in(self) -> None:
        self.settle_email()  # before someone else signs in
        dialog = SignInDialog(self.station.operators, parent=self.window)

        def accepted() -> None:
            if dialog.result_sign_in is not None:
                self._signed_in(dialog.result_sign_in)

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def open_settings(self) -> None:
        if not self.station.lock.is_unlocked():
            self.refresh()
            return
        self.station.lock.touch()
        self.settle_email()
        self._open(StationSettingsDialog(self.station, parent=self.window))

    def open_audit(self) -> None:
        if not self.station.lock.is_unlocked():
            self.refresh()
            return
        self.station.lock.touch()
        self.settle_email()  # the log shows the choice just made
        self._open(AuditDialog(self.station.audit, station=self.station.name,
                               on_activity=self.station.lock.touch, parent=self.window))

    def sign_in_name(self, name: str) -> None:
        """``--operator NAME``: sign in as if typed."""
        self.settle_email()
        try:
            self._signed_in(self.station.operators.sign_in(name))
        except OperatorError as exc:
            self.window.banner.show_message(Tone.ERROR, str(exc), "Use Sign in… instead.")

    # --------------------------------------------------------------- helpers

    def _signed_in(self, signed: SignIn) -> None:
        if signed.previous is not None:
            self.station.audit.record(AuditKind.SIGN_OUT, station=self.station.name,
                                      operator=signed.previous.name, detail="replaced")
        self.station.record(AuditKind.SIGN_IN, detail=f"by {signed.operator.method.value}")
        self._show_operator()
        self.window.banner.show_message(Tone.OK,
                                        self.tr("Signed in: {0}").format(signed.operator.name),
                                        self.tr("Scan a packing slip."))

    def _show_operator(self) -> None:
        op = self.station.operators.current
        self.bar.show_operator(op.name if op else None)
        name = self.station.name
        self.window.scan_bar.station.setText(
            f"{name}  ·  {op.name}" if op and name else (op.name if op else name))

    def _setting_changed(self, change: SettingChange) -> None:
        if change.name == SEND_EMAIL_DEFAULT.name:
            default = self.station.email_default()
            self.settle_email()  # (the settings dialog settled it already when it opened)
            self.email.set_default(default)
            self._reset_email(default)
        self._show_operator()

    def _reset_email(self, choice: EmailChoice) -> None:
        """The station, not a person, sets the choice (no audit row: the reason has one)."""
        self.override.reset(choice)
        self.email.set_choice(self.override.choice)

    def _refocus(self) -> None:
        self.window.activateWindow()
        if self.window.form.loaded and self.window.form.tracking.isEnabled():
            self.window.form.tracking.setFocus()
        else:
            self.window.scan_bar.focus()
