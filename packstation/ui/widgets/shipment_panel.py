"""What goes in the box: IDs, customer, address, shipping method, flags and lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    from packstation.bench.bundles import PackPlan
    from packstation.centra.domain import FoundShipment, ProductLine, Shipment

COLUMNS = ("Qty", "Packed", "Item", "Size", "SKU / EAN")
PACKED_COLUMN = 1
# Packed cell colours: (background, text) for complete / started lines.
PACKED_COLOURS = {"complete": ("#15803d", "#ffffff"), "started": ("#fde68a", "#111111")}
CHIP_COLOURS = {"ok": ("#15803d", "#ffffff"), "info": ("#1d4ed8", "#ffffff"),
                "bad": ("#b91c1c", "#ffffff"), "muted": ("#6b7280", "#ffffff"),
                "warn": ("#f59e0b", "#111111")}
# Row roles: a bundle's heading, a bundle's contents shown but not scanned, a line with a note.
ROW_COLOURS = {"bundle": ("#dbeafe", "#1e3a8a"), "contents": ("#f3f4f6", "#4b5563"),
               "note": ("#fde68a", "#111111"), "": ("", "")}
NOTE_STYLE = ("font-size: 18pt; font-weight: 700; color: #111111; background: #fde68a; "
              "border: 3px solid #d97706; border-radius: 8px; padding: 6px 10px;")
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
        # The chips (PAID, NON-EU: NO) in a row under the title: beside it they set the
        # panel's minimum width beyond what 1366x768 at 125 % has.
        self.chips = QHBoxLayout()
        self.chips.setSpacing(8)
        self.chips.setAlignment(Qt.AlignmentFlag.AlignLeft)
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
        self.comment.setStyleSheet(NOTE_STYLE)
        # Line notes (engraving, gift text): big, boxed, above the lines, and the row amber.
        self.line_notes = QLabel()
        self.line_notes.setObjectName("lineNotes")
        self.line_notes.setWordWrap(True)
        self.line_notes.setStyleSheet(NOTE_STYLE)
        self.line_notes.setVisible(False)
        self.bundles_prepacked: Callable[[], bool] = lambda: False  # station setting
        self.plan: PackPlan | None = None
        self._unit_rows: list[int] = []  # pack row (verifier index) → table row
        self._spans: list[int] = []
        self._filling = False  # _fill_lines re-measures the rows once, at its end
        # Centra's internal comment ("VIP customer"): for the packer's eyes only.
        self.internal = QLabel()
        self.internal.setObjectName("internalNote")
        self.internal.setWordWrap(True)
        self.internal.setStyleSheet(
            "font-size: 14pt; color: #1f2328; background: #e5e7eb; border-radius: 6px;"
            " padding: 4px 10px;")
        self.internal.setVisible(False)
        self.lines = QTableWidget(0, len(COLUMNS))
        self.lines.setObjectName("linesTable")
        self.lines.setHorizontalHeaderLabels([  # same order as COLUMNS
            self.tr("Qty"), self.tr("Packed"), self.tr("Item"), self.tr("Size"),
            self.tr("SKU / EAN")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Long names wrap instead of ending in "…": rows grow when a column changes width.
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Only the stretching Item column wraps; one re-measure when it changes width.
        header.sectionResized.connect(self._item_column_resized)
        self.lines.setColumnHidden(PACKED_COLUMN, True)

        top = QVBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.title)
        top.addLayout(self.chips)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.address)
        layout.addWidget(self.method)
        layout.addWidget(self.comment)
        layout.addWidget(self.internal)
        layout.addWidget(self.line_notes)
        layout.addWidget(self.lines, 1)
        self.detail_layout = layout  # the verification bar goes below the lines
        return page

    def _item_column_resized(self, index: int, old: int, new: int) -> None:
        if index == 2 and old != new and not self._filling and self.lines.rowCount():
            self.lines.resizeRowsToContents()

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
        notes = [f"✎ {_line_name(line)}: {line.comment.strip()}"
                 for line in _all_lines(s.products) if line.comment.strip()]
        _set_text(self.line_notes, "\n".join(dict.fromkeys(notes)))
        if self.line_notes.isHidden() == bool(notes):
            self.line_notes.setVisible(bool(notes))
        if self.currentIndex() != 1:
            self.setCurrentIndex(1)

    def _fill_lines(self, s: Shipment) -> None:
        """Re-use the rows' items (their fonts are set once, when a row is first made):
        new items with new fonts on every scan were most of the cost of showing one.

        A bundle shows as a heading row with its components under it (what is scanned),
        or, packed pre-packed, as one scanned row with its contents under it."""
        from packstation.bench.bundles import pack_plan

        plan = self.plan = pack_plan(s.products, bundles_prepacked=self.bundles_prepacked())
        rows = self._display_rows(plan)
        self._unit_rows = [r for r, (_, unit, _) in enumerate(rows) if unit is not None]
        table = self.lines
        table.setUpdatesEnabled(False)
        self._filling = True
        try:
            if table.rowCount() != len(rows):
                table.setRowCount(len(rows))
            spans = [r for r, (_, unit, role) in enumerate(rows) if role == "bundle" and unit is None]
            if spans or self._spans:
                table.clearSpans()
                for r in spans:  # a bundle's heading reads across Item, Size and SKU / EAN
                    table.setSpan(r, 2, 1, 3)
                self._spans = spans
            for row, (values, _, role) in enumerate(rows):
                for col, value in enumerate(values):
                    item = table.item(row, col)
                    if item is None:
                        item = _new_item(col, value)
                        table.setItem(row, col, item)
                    elif item.text() != value:
                        item.setText(value)
                    if col == PACKED_COLUMN:
                        _paint_packed(item, "")
                    _paint_role(item, role, col)
            table.resizeRowsToContents()
        finally:
            self._filling = False
            table.setUpdatesEnabled(True)

    def _display_rows(self, plan: PackPlan) -> list[tuple[tuple[str, ...], int | None, str]]:
        """(cell texts, pack-row index or None, role) for each table row."""
        out: list[tuple[tuple[str, ...], int | None, str]] = []
        for group in plan.groups:
            b = group.bundle
            if b is None:
                i = group.rows[0]
                line = plan.rows[i].line
                out.append((_cells(line, str(line.qty)), i, "note" if line.comment.strip() else ""))
                continue
            if group.contents or group.contents_unknown:  # scanned as one (pre-packed)
                i = group.rows[0]
                head = (self.tr("BUNDLE, pre-packed: {0}") if group.contents else
                        self.tr("BUNDLE: {0} (Centra sent no contents)")).format(b.name)
                out.append((_cells(b, str(b.qty), name=head), i, "bundle"))
                for part in group.contents:
                    out.append((_cells(part, "", name="   " + self.tr("contains {0} × {1}").format(
                        part.qty // b.qty if b.qty else part.qty, part.name)), None, "contents"))
                continue
            head = self.tr("BUNDLE ×{0}: {1}  ({2}) · scan what is inside").format(
                b.qty, b.name, b.full_sku or b.ean)
            out.append((("", "", head, "", ""), None, "bundle"))
            for i in group.rows:
                r = plan.rows[i]
                per = (self.tr("{0} per bundle × {1}").format(r.per_bundle, b.qty)
                       if r.per_bundle else "")
                name = "   ↳ " + " ".join(p for p in (r.line.name, r.line.variant) if p)
                out.append((_cells(r.line, str(r.line.qty), name=f"{name}\n      {per}"
                                   if per else name), i,
                            "note" if r.line.comment.strip() else ""))
        return out

    def row_of(self, index: int) -> int:
        """The table row of pack row ``index`` (what the verifier counts)."""
        return self._unit_rows[index] if 0 <= index < len(self._unit_rows) else -1

    def show_packed_column(self, visible: bool) -> None:
        if self.lines.isColumnHidden(PACKED_COLUMN) == visible:
            self.lines.setColumnHidden(PACKED_COLUMN, not visible)

    def set_packed(self, index: int, text: str, state: str = "") -> None:
        """Show e.g. "2 / 3" for pack row ``index``; ``state`` "complete" (green), "started"."""
        item = self.lines.item(self.row_of(index), PACKED_COLUMN)
        if item is None:
            return
        if item.text() != text:
            item.setText(text)
        _paint_packed(item, state)

    def packed_texts(self) -> list[str]:
        """Per pack row (a bundle's heading has no count of its own)."""
        return [(self.lines.item(r, PACKED_COLUMN) or QTableWidgetItem()).text()
                for r in self._unit_rows]

    def show_choices(self, found: tuple[FoundShipment, ...]) -> None:
        from packstation.bench.bundles import pack_plan

        self.shipment = None
        self.choice_list.clear()
        for f in found:
            s = f.shipment
            words = _OUTCOME_WORDS.get(f.outcome)
            state = self.tr(str(words)) if words else f.outcome.value
            items = item_words(pack_plan(s.products).item_count)
            item = QListWidgetItem(f"{s.shipment_id}   —   {items}   —   {state}")
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
        if s.suspect:
            chips.append((self.tr("SUSPECT"), "bad"))
        if s.delivery_country:
            from packstation.bench.customs import needs_customs_papers

            if needs_customs_papers(s.delivery_country):
                chips.append((self.tr("NON-EU: {0}").format(s.delivery_country.upper()), "warn"))
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


def _codes(line: ProductLine) -> str:
    return "\n".join(c for c in (line.full_sku, line.ean) if c)


def _line_name(line: ProductLine) -> str:
    return " ".join(p for p in (line.name, line.variant, line.size) if p)


def _all_lines(products: Sequence[ProductLine]) -> list[ProductLine]:
    out = []
    for p in products:
        out.append(p)
        out.extend(p.bundle)
    return out


def _cells(line: ProductLine, qty: str, *, name: str | None = None) -> tuple[str, ...]:
    if name is None:
        name = f"{line.name}\n{line.variant}" if line.variant else line.name
    if line.comment.strip():
        name = f"{name}\n✎ {line.comment.strip()}"
    return (qty, "", name, line.size, _codes(line))


def _paint_role(item: QTableWidgetItem, role: str, col: int) -> None:
    key = Qt.ItemDataRole.UserRole + 1
    if item.data(key) == role:
        return
    item.setData(key, role)
    if col != PACKED_COLUMN:  # the Packed cell keeps its own green / yellow
        bg, fg = ROW_COLOURS.get(role, ("", ""))
        item.setBackground(QColor(bg) if bg else QBrush())
        item.setForeground(QColor(fg) if fg else QBrush())
    if col == 2:
        font = item.font()
        font.setBold(role in ("bundle", "note"))
        font.setItalic(role == "contents")
        item.setFont(font)


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
