"""Supervisor PIN entry: masked field, Enter unlocks, wrong PINs explained inline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.station.pin import PIN_MAX_DIGITS, SupervisorLock
from packstation.ui.station_style import STATION_STYLE


class PinDialog(QDialog):
    def __init__(self, lock: SupervisorLock, *, demo_pin: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor"))
        self.setStyleSheet(STATION_STYLE)
        self.setMinimumWidth(520)
        self._lock = lock
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX_DIGITS)
        self.pin.setPlaceholderText(self.tr("Supervisor PIN, then Enter"))
        self.pin.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("errorNote")
        self.message.setWordWrap(True)
        ok = QPushButton(self.tr("Unlock"))
        ok.setObjectName("primaryAction")
        ok.clicked.connect(self.try_unlock)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        title = QLabel(self.tr("Supervisor mode"))
        title.setObjectName("panelTitle")
        explain = QLabel(self.tr(
            "Unlocks station settings, the shipping e-mail choice and the audit log. "
            "It locks again after 2 minutes without use and after each completed shipment."))
        explain.setObjectName("helpLine")
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        if demo_pin:
            hint = QLabel(self.tr("Demo: the PIN is {0}").format(demo_pin))
            hint.setObjectName("helpLine")
            layout.addWidget(hint)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        layout.addLayout(row)
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
