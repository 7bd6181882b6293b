"""What every table model here shares: row and column counts, and the column headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class ColumnsModel(QAbstractTableModel):
    """A flat table: subclasses say how many rows (``row_total``) and name the columns."""

    def row_total(self) -> int:
        raise NotImplementedError

    def column_headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        # Asked on every paint, and the headers are translated anew each time: the count of
        # a model's columns never changes, so it is counted once.
        count: int | None = getattr(self, "_column_total", None)
        if count is None:
            count = self._column_total = len(self.column_headers())
        return count

    def column_tips(self) -> tuple[str, ...]:
        """What each column holds, said in full (a header is kept short to fit a column)."""
        return self.column_headers()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.column_tips()[section]
        return None
