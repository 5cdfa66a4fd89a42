"""Small Qt helpers for tests: typed table cells, and layouts run instead of waited for."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """``QTableWidget.item`` is ``None`` for an empty cell: a test wants to know."""
    item = table.item(row, column)
    assert item is not None, f"no item at row {row}, column {column}"
    return item


def laid_out() -> None:
    """Run the layout passes Qt has posted (a new text, a shown or hidden widget), as the
    event loop would next: every widget's geometry is final afterwards. Instead of waiting
    some milliseconds and hoping the loop got to them."""
    for _ in range(4):  # a layout that changes its size hint posts one to its parent
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
