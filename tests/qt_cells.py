"""Reading a QTableWidget's cells in tests: a cell with no item fails with where it was read."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no item at row {row}, column {column}"
    return item.text()
