"""The always-ready scan field at the top of the bench."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget


class ScanBar(QWidget):
    """A person may also type a shipment ID here and press Enter."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.field.setPlaceholderText(self.tr("Scan a packing slip, or type a shipment ID and press Enter"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self._submit)
        self.station = QLabel()
        self.station.setObjectName("stationLabel")
        self.freshness = QLabel()  # how old the local ready list is (ui/ready_list.py)
        self.freshness.setObjectName("readyListAge")
        self.freshness.setStyleSheet("color: #6b7280;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.freshness)
        row.addWidget(self.station)

    def _submit(self) -> None:
        text = self.field.text().strip()
        self.field.clear()
        if text:
            self.submitted.emit(text)

    def focus(self) -> None:
        self.field.setFocus()
