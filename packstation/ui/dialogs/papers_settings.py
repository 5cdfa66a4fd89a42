"""The *Papers and bundles* rows of the Station settings dialog (supervisor only).

``PapersSettings.add_rows(form)`` puts them in the dialog's form; ``save(settings)`` stores
them (raises ``SettingError`` with words for the person at the station).

On a station whose Centra API is the Integration API (``api="integration"``), which gives
no document links, the print choices cannot work: the rows say so plainly, and offer only
what the bench does there (the packer confirms a parcel leaving the EU has its customs
papers; stored as ``proforma_print`` *Leaving the EU* / *Never*, docs/bundles-and-papers.md).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

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
                 parent: QObject | None = None, *, api: str = "order") -> None:
        super().__init__(parent)
        self.links = api != "integration"  # the Integration API gives no document links
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
        # The Integration API: no print choices, the reason, and what the bench does instead.
        self.no_links = QLabel(self.tr(
            "Centra's Integration API gives no document links: Packstation cannot print the "
            "proforma or the delivery note on this station. Print them from Centra's admin, "
            "or let the carrier's system make the customs papers."))
        self.no_links.setObjectName("helpLine")
        self.no_links.setWordWrap(True)
        self.customs_confirm = QCheckBox(self.tr("Leaving the EU: the packer confirms them"))
        self.customs_confirm.setToolTip(self.tr(
            "A parcel leaving the EU customs union: the packer confirms with a second "
            "Ctrl+Enter that its customs papers are in the box (an audit log row)."))
        self.customs_confirm.setObjectName("customsConfirm")
        self._proforma_was = settings.get(PROFORMA_PRINT)
        self.customs_confirm.setChecked(self._proforma_was != "never")

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
        if not self.links:
            form.addRow(self.tr("Papers"), self.no_links)
            form.addRow(self.tr("Customs papers"), self.customs_confirm)
            form.addRow(self.tr("Bundles pre-packed"), self.prepacked)
            return
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
        if not self.links:  # only what this station can use; the print choices are kept
            if self.customs_confirm.isChecked() != (self._proforma_was != "never"):
                settings.set(PROFORMA_PRINT, "outside_eu" if self.customs_confirm.isChecked()
                             else "never", supervisor=True)
            settings.set(BUNDLES_PREPACKED, self.prepacked.isChecked(), supervisor=True)
            return
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
