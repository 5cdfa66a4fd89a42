"""The printable command sheet: command barcodes and the demo shipments as Code 128, drawn
with QPdfWriter + QPainter (QtGui only, works offscreen).

``packstation --command-sheet out.pdf`` writes it. Bars are whole device dots wide
(600 dpi, 8 dots = 0.34 mm per module), so every printer keeps the bar/space ratios.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from packstation.printing.code128 import QUIET_ZONE_MODULES, bar_modules, bar_runs
from packstation.scanning import Command
from packstation.scanning.scanner_test import SCANNER_TEST_TEXT, SCANNER_TEST_TITLE

DPI = 600
MODULE_DOTS = 8
BAR_HEIGHT_DOTS = int(DPI * 14 / 25.4)  # 14 mm
SHEET_COMMANDS = (Command.COMPLETE, Command.NEXT_PACKAGE, Command.CANCEL)


@dataclass(frozen=True)
class SheetEntry:
    code: str    # what the barcode encodes
    title: str   # big words next to it
    note: str = ""


def command_entries() -> list[SheetEntry]:
    return [SheetEntry(c.barcode, c.label) for c in SHEET_COMMANDS]


def scanner_test_entry() -> SheetEntry:
    return SheetEntry(SCANNER_TEST_TEXT, SCANNER_TEST_TITLE,
                      "Supervisor: Station settings → Test scanner…")


def demo_entries() -> list[tuple[str, list[SheetEntry]]]:
    """Demo shipments, carrier labels to scan as tracking (valid check digits), then the
    items of two demo shipments (to try item verification)."""
    from packstation.simulator.demo_data import (
        DEMO_BARCODES,
        DEMO_ITEM_SHIPMENTS,
        DEMO_LABELS,
        demo_shipments,
    )

    slips = [SheetEntry(code, code, words) for code, words in DEMO_BARCODES]
    labels = [SheetEntry(code, words) for code, words in DEMO_LABELS]
    items: list[SheetEntry] = []
    for s in demo_shipments():
        if s.shipment_id not in DEMO_ITEM_SHIPMENTS:
            continue
        for p in s.data["products"]:
            name = " ".join(str(p[k]) for k in ("name", "variant", "size") if p.get(k))
            items.append(SheetEntry(str(p["ean"]), f"{s.shipment_id}: {name}",
                                    f"qty {p['qty']}  ·  SKU {p['sku']}{p['variantSku']}"
                                    f"{p['sizeSku']}"))
    return [("Demo shipments (scan the slip)", slips),
            ("Demo carrier labels (scan as tracking)", labels), ("Demo items", items)]


def write_command_sheet(path: Path, *, include_demo: bool = True) -> int:
    """Write the PDF; returns the number of pages. Needs a QGuiApplication."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle("Packstation command sheet")
    writer.setCreator("Packstation")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    sections = [("Packstation commands: scan instead of pressing keys", command_entries()),
                ("Setting up a station", [scanner_test_entry()])]
    if include_demo:
        sections += demo_entries()
    painter = QPainter(writer)
    try:
        return _draw(painter, writer, sections)
    finally:
        painter.end()


def _font(points: float, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def _draw(painter: QPainter, writer: QPdfWriter,
          sections: list[tuple[str, list[SheetEntry]]]) -> int:
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = page.width(), page.height()
    row_h = BAR_HEIGHT_DOTS + int(DPI * 0.42)
    y, pages = 0, 1

    def new_page() -> None:
        nonlocal y, pages
        writer.newPage()
        pages += 1
        y = 0

    for title, entries in sections:
        if y > 0:
            if y + int(DPI * 0.5) + row_h > height:
                new_page()
            else:
                y += int(DPI * 0.2)
        painter.setFont(_font(16, bold=True))
        painter.drawText(QRect(0, y, width, int(DPI * 0.4)), Qt.AlignmentFlag.AlignLeft, title)
        y += int(DPI * 0.45)
        for entry in entries:
            if y + row_h > height:
                new_page()
            _draw_entry(painter, entry, y, width)
            y += row_h
    return pages


def _draw_entry(painter: QPainter, entry: SheetEntry, y: int, width: int) -> None:
    modules = bar_modules(entry.code)
    x0 = QUIET_ZONE_MODULES * MODULE_DOTS
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(Qt.GlobalColor.black)
    for start, run in bar_runs(modules):
        painter.fillRect(x0 + start * MODULE_DOTS, y, run * MODULE_DOTS, BAR_HEIGHT_DOTS,
                         Qt.GlobalColor.black)
    bars_w = len(modules) * MODULE_DOTS
    painter.setPen(Qt.GlobalColor.black)
    painter.setFont(_font(9))
    painter.drawText(QRect(x0, y + BAR_HEIGHT_DOTS, bars_w, int(DPI * 0.2)),
                     Qt.AlignmentFlag.AlignHCenter, entry.code)
    text_x = x0 + bars_w + (QUIET_ZONE_MODULES + 4) * MODULE_DOTS
    text_w = max(width - text_x, DPI)
    for box, text, font in entry_layout(painter, entry, y, text_x, text_w):
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, text)


ROW_TEXT_DOTS = BAR_HEIGHT_DOTS + int(DPI * 0.2)  # the title and note share this height


def entry_layout(painter: QPainter, entry: SheetEntry, y: int, text_x: int,
                 text_w: int) -> list[tuple[QRect, str, QFont]]:
    """Where the title and the note go: the note starts below however many lines the
    title wraps to (a long item title ran into its "qty · SKU" line and hid the size).
    A title longer than two lines is shortened, so the note always fits the row."""
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    title_font = _font(14, bold=True)
    note_font = _font(10)
    painter.setFont(title_font)
    metrics = painter.fontMetrics()
    title = entry.title
    two_lines = 2 * metrics.lineSpacing()
    while len(title) > 8 and metrics.boundingRect(
            QRect(0, 0, text_w, 10 * two_lines), flags, title).height() > two_lines:
        title = title[:-8].rstrip() + "…"
    title_h = metrics.boundingRect(QRect(0, 0, text_w, two_lines), flags, title).height()
    out = [(QRect(text_x, y, text_w, title_h), title, title_font)]
    if entry.note:
        painter.setFont(note_font)
        note_h = max(ROW_TEXT_DOTS - title_h, painter.fontMetrics().lineSpacing())
        out.append((QRect(text_x, y + title_h, text_w, note_h), entry.note, note_font))
    return out
