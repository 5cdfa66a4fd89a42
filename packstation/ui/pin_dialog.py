"""Supervisor PIN entry: masked field, Enter unlocks, wrong PINs explained inline."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from packstation.station.pin import PIN_MAX_DIGITS, SupervisorLock
from packstation.ui.field_dialog import FieldDialog


class PinDialog(FieldDialog):
    def __init__(self, lock: SupervisorLock, *, demo_pin: str = "",
                 parent: QWidget | None = None) -> None:
        explain = self.tr(
            "Unlocks station settings, the shipping e-mail choice and the audit log. "
            "It locks again after 2 minutes without use and after each completed shipment.")
        demo = (self.tr("Demo: the PIN is {0}").format(demo_pin),) if demo_pin else ()
        super().__init__(window_title=self.tr("Supervisor"), title=self.tr("Supervisor mode"),
                         placeholder=self.tr("Supervisor PIN, then Enter"),
                         ok_text=self.tr("Unlock"), cancel_text=self.tr("Cancel"),
                         help_lines=(explain, *demo), parent=parent)
        self._lock = lock
        self.pin = self.field
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_DIGITS)
        if not lock.has_pin:
            self.message.setText(self.tr(
                "No supervisor PIN is set on this station. Ask IT to run station setup."))
            self.pin.setEnabled(False)
        self._show_lockout()

    def _show_lockout(self) -> None:
        remaining = self._lock.lockout_remaining()
        if remaining > 0:
            minutes, seconds = divmod(max(1, round(remaining)), 60)
            wait = f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
            self.message.setText(self.tr("Too many wrong PINs. Try again in {0}.").format(wait))

    def submit(self) -> None:
        self.try_unlock()

    def try_unlock(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            return
        result = self._lock.unlock(pin)
        if result.ok:
            self.accept()
            return
        self.message.setText(result.message)
