"""A list's selection kept by record across its model's reloads, and moved on after a delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Slot
from PySide6.QtWidgets import QAbstractItemView

from desktop_app.ui.models.lazy import ID_ROLE


class KeepSelection(QObject):
    """A model reset (every store change reloads the lists) cleared the selection: the row the
    user was on was gone, and after a delete nothing was selected, so the detail pane and the
    notes editor stayed on the deleted record. The records selected before a reset are
    selected again after it (quietly: the detail already shows them); ``replace`` names a
    record about to be deleted, whose row then selects the record that takes its place (the
    next one, or the last if it was last), announced so the detail follows; ``follow`` names a
    record about to be merged into another, which is then selected in its place."""

    def __init__(self, table: QAbstractItemView) -> None:
        super().__init__(table)
        self.table = table
        self._ids: list[int] = []
        self._current: int | None = None
        self._replaced: tuple[int, int] | None = None  # (record, its row) being deleted
        self._merged: tuple[int, int] | None = None  # (record merged away, the one kept)
        model = table.model()
        model.modelAboutToBeReset.connect(self._on_model_modelAboutToBeReset)
        model.modelReset.connect(self._on_model_modelReset)

    def replace(self, record_id: int, row: int) -> None:
        self._replaced = (record_id, row)

    def follow(self, record_id: int, kept_id: int) -> None:
        self._merged = (record_id, kept_id)

    def _id_at(self, row: int) -> int | None:
        value = self.table.model().index(row, 0).data(ID_ROLE)
        return int(value) if value is not None else None

    @Slot()
    def _on_model_modelAboutToBeReset(self) -> None:
        chosen = self.table.selectionModel()
        if chosen is None:
            return
        rows = sorted(index.row() for index in chosen.selectedRows())
        self._ids = [i for i in (self._id_at(r) for r in rows) if i is not None]
        current = chosen.currentIndex()
        self._current = self._id_at(current.row()) if current.isValid() else None

    @Slot()
    def _on_model_modelReset(self) -> None:
        model, chosen = self.table.model(), self.table.selectionModel()
        if chosen is None:
            return
        count = model.rowCount()
        positions = {self._id_at(r): r for r in range(count)}
        merged = self._merged
        if merged is not None and merged[0] not in positions and merged[1] in positions:
            self._merged = None
            self._ids, self._current = [merged[1]], merged[1]
        replaced = self._replaced
        if replaced is not None and replaced[0] not in positions:
            self._replaced = None
            if count:
                row = min(replaced[1], count - 1)
                flags = QItemSelectionModel.SelectionFlag
                # announced: the detail and the notes editor move to that record
                chosen.setCurrentIndex(model.index(row, 0), flags.ClearAndSelect | flags.Rows)
                self.table.scrollTo(model.index(row, 0))
            return
        rows = [positions[i] for i in self._ids if i in positions]
        if not rows:
            return
        selection = QItemSelection()
        last = model.columnCount() - 1
        rows.sort()
        start = previous = rows[0]
        for row in [*rows[1:], -1]:  # contiguous rows as one range (Ctrl+A on a long list)
            if row != previous + 1:
                selection.select(model.index(start, 0), model.index(previous, last))
                start = row
            previous = row
        current = positions.get(self._current, rows[0])
        flags = QItemSelectionModel.SelectionFlag
        blocked = chosen.blockSignals(True)  # the same records: nothing for the detail to redo
        chosen.select(selection, flags.ClearAndSelect)
        chosen.setCurrentIndex(model.index(current, 0), flags.NoUpdate)
        chosen.blockSignals(blocked)
        self.table.viewport().update()
