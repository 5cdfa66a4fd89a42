"""What goes in the box: IDs, customer, address, shipping method, flags and lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.centra.outcomes import LookupOutcome
from packstation.ui.theme import chip_style

if TYPE_CHECKING:  # the pydantic models load after the first frame
    from packstation.centra.models import FoundShipment, Shipment

COLUMNS = ("Qty", "Packed", "Item", "Size", "SKU / EAN")
PACKED_COLUMN = 1
# Packed cell colours: (background, text) for complete / started lines.
PACKED_COLOURS = {"complete": ("#15803d", "#ffffff"), "started": ("#fde68a", "#111111")}
CHIP_COLOURS = {"ok": ("#15803d", "#ffffff"), "info": ("#1d4ed8", "#ffffff"),
                "bad": ("#b91c1c", "#ffffff"), "muted": ("#6b7280", "#ffffff"),
                "warn": ("#f59e0b", "#111111")}
CHIP_SHEET = "\n".join(
    f'QLabel#flagChip[kind="{kind}"] {{ {chip_style(bg, fg)} font-size: 13pt; font-weight: 700; }}'
    for kind, (bg, fg) in CHIP_COLOURS.items())


class ShipmentPanel(QStackedWidget):
    """Page 0: nothing loaded; page 1: a shipment; page 2: choose among several."""

    chosen = Signal(str)  # shipment ID picked from several open shipments

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = QLabel(self.tr("No shipment loaded.\nScan the barcode on a packing slip."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)  # must not set the window's minimum width
        self.empty.setStyleSheet("font-size: 20pt; color: #6b7280;")
        self._chip_labels: list[QLabel] = []
        self.setStyleSheet(CHIP_SHEET)
        self.addWidget(self.empty)
        self.addWidget(self._build_detail())
        self.addWidget(self._build_choices())
        self.shipment: Shipment | None = None

    def _build_detail(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)  # long IDs and translations must not widen the window
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(8)
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.address.setStyleSheet("font-size: 17pt;")
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setStyleSheet("font-size: 17pt; font-weight: 600;")
        # The customer's note (gift wrap, a birthday): a packer must not miss it.
        self.comment = QLabel()
        self.comment.setObjectName("customerNote")
        self.comment.setWordWrap(True)
        self.comment.setStyleSheet(
            "font-size: 17pt; font-weight: 700; color: #111111; background: #fde68a;"
            " border: 3px solid #f59e0b; border-radius: 6px; padding: 6px 10px;")
        # Centra's internal comment ("VIP customer"): for the packer's eyes only.
        self.internal = QLabel()
        self.internal.setObjectName("internalNote")
        self.internal.setWordWrap(True)
        self.internal.setStyleSheet(
            "font-size: 14pt; color: #1f2328; background: #e5e7eb; border-radius: 6px;"
            " padding: 4px 10px;")
        self.lines = QTableWidget(0, len(COLUMNS))
        self.lines.setObjectName("linesTable")
        self.lines.setHorizontalHeaderLabels([  # same order as COLUMNS
            self.tr("Qty"), self.tr("Packed"), self.tr("Item"), self.tr("Size"),
            self.tr("SKU / EAN")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)  # long titles wrap, whole
        # Rows follow the Item column's width (it stretches with the window).
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnHidden(PACKED_COLUMN, True)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addLayout(self.chips)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.address)
        layout.addWidget(self.method)
        layout.addWidget(self.comment)
        layout.addWidget(self.internal)
        layout.addWidget(self.lines, 1)
        self.detail_layout = layout  # the verification bar goes below the lines
        return page

    def _build_choices(self) -> QWidget:
        page = QWidget()
        label = QLabel(self.tr("This order has several open shipments. Scan the shipment ID, or pick one:"))
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.choice_list = QListWidget()
        self.choice_list.setObjectName("choiceList")
        self.choice_list.setStyleSheet("font-size: 20pt;")
        self.choice_list.itemActivated.connect(self._on_choice)
        self.choice_list.itemClicked.connect(self._on_choice)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(self.choice_list, 1)
        return page

    def clear(self) -> None:
        self.shipment = None
        if self.currentIndex() != 0:
            self.setCurrentIndex(0)

    def show_found(self, found: FoundShipment) -> None:
        s = found.shipment
        self.shipment = s
        _set_text(self.title, self.tr("Shipment {0}   ·   Order {1}").format(s.shipment_id,
                                                                              s.order_id))
        self._set_chips(found)
        _set_text(self.address, "\n".join(s.address_lines))
        method = " · ".join(p for p in (s.carrier, s.service) if p) or s.shipping_list
        _set_text(self.method, self.tr("Ship with: {0}").format(method or self.tr("not set")))
        comment = s.other_comment.strip()
        _set_text(self.comment,
                  self.tr("Customer note: {0}").format(comment) if comment else "")
        if self.comment.isHidden() == bool(comment):
            self.comment.setVisible(bool(comment))
        internal = s.internal_comment.strip()
        _set_text(self.internal,
                  self.tr("Internal comment: {0}").format(internal) if internal else "")
        if self.internal.isHidden() == bool(internal):
            self.internal.setVisible(bool(internal))
        self._fill_lines(s)
        if self.currentIndex() != 1:
            self.setCurrentIndex(1)

    def _fill_lines(self, s: Shipment) -> None:
        """Re-use the rows' items (their fonts are set once, when a row is first made):
        new items with new fonts on every scan were most of the cost of showing one."""
        table = self.lines
        table.setUpdatesEnabled(False)
        try:
            rows = len(s.products)
            if table.rowCount() != rows:
                table.setRowCount(rows)
            for row, line in enumerate(s.products):
                item_text = f"{line.name}\n{line.variant}" if line.variant else line.name
                codes = "\n".join(c for c in (line.full_sku, line.ean) if c)
                values = (str(line.qty), "", item_text, line.size, codes)
                for col, value in enumerate(values):
                    item = table.item(row, col)
                    if item is None:
                        table.setItem(row, col, _new_item(col, value))
                    else:
                        if item.text() != value:
                            item.setText(value)
                        if col == PACKED_COLUMN:
                            _paint_packed(item, "")
            table.resizeRowsToContents()
        finally:
            table.setUpdatesEnabled(True)

    def show_packed_column(self, visible: bool) -> None:
        if self.lines.isColumnHidden(PACKED_COLUMN) == visible:
            self.lines.setColumnHidden(PACKED_COLUMN, not visible)

    def set_packed(self, row: int, text: str, state: str = "") -> None:
        """Show e.g. "2 / 3" for a line; ``state`` "complete" (green), "started" or ""."""
        item = self.lines.item(row, PACKED_COLUMN)
        if item is None:
            return
        if item.text() != text:
            item.setText(text)
        _paint_packed(item, state)

    def packed_texts(self) -> list[str]:
        return [(self.lines.item(r, PACKED_COLUMN) or QTableWidgetItem()).text()
                for r in range(self.lines.rowCount())]

    def show_choices(self, found: tuple[FoundShipment, ...]) -> None:
        self.shipment = None
        self.choice_list.clear()
        for f in found:
            s = f.shipment
            words = _OUTCOME_WORDS.get(f.outcome)
            state = self.tr(str(words)) if words else f.outcome.value
            item = QListWidgetItem(
                f"{s.shipment_id}   —   {item_words(s.item_count)}   —   {state}")
            item.setData(Qt.ItemDataRole.UserRole, s.shipment_id)
            self.choice_list.addItem(item)
        self.setCurrentIndex(2)

    def _on_choice(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _set_chips(self, found: FoundShipment) -> None:
        s = found.shipment
        chips: list[tuple[str, str]] = []
        if s.paid:
            chips.append((self.tr("PAID"), "ok"))
        elif s.should_capture:
            chips.append((self.tr("WILL CAPTURE"), "info"))
        else:
            chips.append((self.tr("NOT PAID"), "bad"))
        if s.hold:
            chips.append((self.tr("ON HOLD"), "bad"))
        if found.outcome is LookupOutcome.COMPLETED:
            chips.append((self.tr("ALREADY COMPLETED"), "muted"))
        if found.outcome is LookupOutcome.NOT_GOOD_TO_GO:
            chips.append((self.tr("NOT GOOD-TO-GO"), "warn"))
        # A fixed set of chip labels, re-used: creating and styling new ones on every
        # scan re-polished the panel (a visible stall on a busy bench).
        while len(self._chip_labels) < len(chips):
            chip = QLabel()
            chip.setObjectName("flagChip")
            self._chip_labels.append(chip)
            self.chips.addWidget(chip)
        for n, chip in enumerate(self._chip_labels):
            if n < len(chips):
                text, kind = chips[n]
                _set_text(chip, text)
                if chip.property("kind") != kind:
                    chip.setProperty("kind", kind)
                    chip.style().unpolish(chip)
                    chip.style().polish(chip)
                if chip.isHidden():
                    chip.setVisible(True)
            elif not chip.isHidden():
                chip.setVisible(False)

    def chip_texts(self) -> list[str]:
        texts = []
        for i in range(self.chips.count()):
            item = self.chips.itemAt(i)
            w = item.widget() if item is not None else None
            if isinstance(w, QLabel):
                texts.append(w.text())
        return texts


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # same text: no relayout, no repaint
        label.setText(text)


def _new_item(col: int, value: str) -> QTableWidgetItem:
    item = QTableWidgetItem(value)
    if col in (0, PACKED_COLUMN):
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        font = item.font()
        font.setBold(True)
        font.setPointSize(20)
        item.setFont(font)
    elif col == 4:
        font = item.font()
        font.setPointSize(12)
        item.setFont(font)
    return item


def _paint_packed(item: QTableWidgetItem, state: str) -> None:
    if item.data(Qt.ItemDataRole.UserRole) == state:
        return
    bg, fg = PACKED_COLOURS.get(state, ("", ""))
    item.setBackground(QColor(bg) if bg else QBrush())
    item.setForeground(QColor(fg) if fg else QBrush())
    item.setData(Qt.ItemDataRole.UserRole, state)


_OUTCOME_WORDS = {
    LookupOutcome.READY: QT_TRANSLATE_NOOP("ShipmentPanel", "ready"),
    LookupOutcome.NEEDS_CAPTURE: QT_TRANSLATE_NOOP("ShipmentPanel",
                                                   "ready, payment captured on completion"),
    LookupOutcome.NOT_GOOD_TO_GO: QT_TRANSLATE_NOOP("ShipmentPanel", "not good-to-go yet"),
    LookupOutcome.ON_HOLD: QT_TRANSLATE_NOOP("ShipmentPanel", "on hold"),
    LookupOutcome.NOT_PAID: QT_TRANSLATE_NOOP("ShipmentPanel", "not paid"),
}


def item_words(count: int) -> str:
    """"1 item", "3 items" (Swedish and German make the same one/many difference)."""
    if count == 1:
        return QCoreApplication.translate("ShipmentPanel", "1 item")
    return QCoreApplication.translate("ShipmentPanel", "{0} items").format(count)
