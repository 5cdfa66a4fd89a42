"""Typed access to table cells in tests: ``QTableWidget.item`` is ``None`` for an empty cell."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no item at row {row}, column {column}"
    return item
