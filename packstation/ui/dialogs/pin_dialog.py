"""Supervisor PIN entry: masked field, Enter unlocks, wrong PINs explained inline.

A barcode scanned while the prompt is open (a packer scanning the next slip) is caught by
the dialog's own ``ScanRouter`` and never tried as a PIN: it would otherwise count as a
wrong PIN and a few of them would lock supervisor mode out.
"""

from __future__ import annotations

from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from packstation.station.pin import PIN_MAX_DIGITS, SupervisorLock
from packstation.ui.dialogs.field_dialog import FieldDialog
from packstation.ui.scan_router import ScanRouter


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
        self._scans = ScanRouter(self, parent=self)
        self._scans.scanned.connect(self._scanned)

    def showEvent(self, event: QShowEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._scans)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._scans)
        super().hideEvent(event)

    def _scanned(self, _text: str) -> None:
        self.pin.clear()
        self.message.setText(self.tr(
            "That was a barcode scan, not a PIN: nothing was tried. Type the PIN, "
            "or Cancel and scan again."))

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
