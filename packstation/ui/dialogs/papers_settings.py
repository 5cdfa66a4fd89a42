"""The *Papers and bundles* rows of the Station settings dialog (supervisor only).

``PapersSettings.add_rows(form)`` puts them in the dialog's form; ``save(settings)`` stores
them (raises ``SettingError`` with words for the person at the station).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QSpinBox, QWidget

from packstation.station.settings import (
    BUNDLES_PREPACKED,
    DELIVERY_NOTE_COPIES,
    DELIVERY_NOTE_PRINT,
    DOCUMENT_PRINTER,
    PROFORMA_COPIES,
    PROFORMA_PRINT,
    Setting,
    StationSettings,
)


class PapersSettings(QObject):
    def __init__(self, settings: StationSettings, printers: list[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proforma, self.proforma_copies = self._when_row(settings, PROFORMA_PRINT,
                                                             PROFORMA_COPIES)
        self.delivery_note, self.delivery_note_copies = self._when_row(
            settings, DELIVERY_NOTE_PRINT, DELIVERY_NOTE_COPIES)
        self.printer = QComboBox()
        self.printer.setEditable(True)  # a name the OS does not list yet, or file:<folder>
        self.printer.addItem(self.tr("The PC's default printer"), "")
        for name in printers:
            self.printer.addItem(name, name)
        current = settings.get(DOCUMENT_PRINTER)
        index = self.printer.findData(current)
        if index < 0:
            self.printer.addItem(current, current)
            index = self.printer.count() - 1
        self.printer.setCurrentIndex(index)
        self.prepacked = QCheckBox(self.tr("Scan the bundle's own code"))
        self.prepacked.setChecked(settings.get(BUNDLES_PREPACKED))

    def _when_row(self, settings: StationSettings, when: Setting[str],
                  copies: Setting[int]) -> tuple[QComboBox, QSpinBox]:
        box = QComboBox()
        for value, words in (("never", self.tr("Never")), ("always", self.tr("Always")),
                             ("outside_eu", self.tr("Leaving the EU"))):
            box.addItem(words, value)
        box.setCurrentIndex(max(0, box.findData(settings.get(when))))
        spin = QSpinBox()
        spin.setRange(1, 9)
        spin.setValue(settings.get(copies))
        spin.setPrefix("× ")
        return box, spin

    def add_rows(self, form: QFormLayout) -> None:
        for label, box, spin in (
                (self.tr("Proforma (customs)"), self.proforma, self.proforma_copies),
                (self.tr("Delivery note"), self.delivery_note, self.delivery_note_copies)):
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(spin)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            form.addRow(label, holder)
        form.addRow(self.tr("Papers printer"), self.printer)
        form.addRow(self.tr("Bundles pre-packed"), self.prepacked)

    def save(self, settings: StationSettings) -> None:
        settings.set(PROFORMA_PRINT, str(self.proforma.currentData()), supervisor=True)
        settings.set(PROFORMA_COPIES, self.proforma_copies.value(), supervisor=True)
        settings.set(DELIVERY_NOTE_PRINT, str(self.delivery_note.currentData()), supervisor=True)
        settings.set(DELIVERY_NOTE_COPIES, self.delivery_note_copies.value(), supervisor=True)
        text = self.printer.currentText().strip()
        data = self.printer.currentData()
        chosen = str(data) if data is not None and self.printer.itemText(
            self.printer.currentIndex()) == text else text
        settings.set(DOCUMENT_PRINTER, chosen, supervisor=True)
        settings.set(BUNDLES_PREPACKED, self.prepacked.isChecked(), supervisor=True)
