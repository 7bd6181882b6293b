"""A read-only table of records: whole rows are chosen, one at a time, and never edited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


def record_table(headers: Sequence[str], parent: QWidget | None = None) -> QTableWidget:
    """An empty table with these column headers, for lists such as briefs or backups."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table


def selected_row(table: QAbstractItemView) -> int | None:
    """The row chosen in ``table``, if any."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None
