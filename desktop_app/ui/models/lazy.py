"""A table model over a list of ids whose rows are fetched from a service page by page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class LazyIdModel(QAbstractTableModel, Generic[Row]):
    """Holds the ids in display order; a row is loaded (with its page) when first shown.

    Subclasses give the columns (``headers``/``sort_keys``) and ``display(row, column)``;
    the database sorts and filters, this model only shows.
    """

    headers: tuple[str, ...] = ()
    sort_keys: tuple[str | None, ...] = ()

    def __init__(
        self,
        fetch_ids: Callable[[str, bool], list[int]],
        fetch_rows: Callable[[Sequence[int]], dict[int, Row]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, Row] = {}
        self._sort = (self.default_sort(), self.default_descending())
        self.loaded = False  # no ids asked yet: sorting only records the order wanted
        # Set by the window: runs (fetch, apply) off the GUI thread. Tests leave it None.
        self.run_async: (
            Callable[[Callable[[], list[int]], Callable[[list[int]], None]], None] | None
        ) = None

    # subclass hooks
    def default_sort(self) -> str:
        return "id"

    def default_descending(self) -> bool:
        return False

    def column_headers(self) -> tuple[str, ...]:
        return self.headers

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def role_data(self, row: Row, column: int, role: int) -> Any:
        return None

    # loading
    def reload(self) -> None:
        """Fetch the ids again (filters or sort changed); rows are fetched when shown."""
        self.set_ids(self._fetch_ids(*self._sort))

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these ids (fetched elsewhere, for instance on a worker thread)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.loaded = True
        self.endResetModel()

    def sort_state(self) -> tuple[str, bool]:
        return self._sort

    def set_fetchers(
        self,
        fetch_ids: Callable[[str, bool], list[int]],
        fetch_rows: Callable[[Sequence[int]], dict[int, Row]] | None = None,
    ) -> None:
        self._fetch_ids = fetch_ids
        if fetch_rows is not None:
            self._fetch_rows = fetch_rows
        self.reload()

    def refresh_id(self, item_id: int) -> None:
        """Fetch one row again after an edit and repaint it."""
        if item_id not in self._cache:
            return
        fresh = self._fetch_rows([item_id])
        if item_id in fresh:
            self._cache[item_id] = fresh[item_id]
        else:
            self._cache.pop(item_id, None)
        row = self._ids.index(item_id) if item_id in self._ids else -1
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _row(self, position: int) -> Row | None:
        item_id = self._ids[position]
        if item_id not in self._cache:
            start = (position // PAGE) * PAGE
            page = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
            self._cache.update(self._fetch_rows(page))
        return self._cache.get(item_id)

    def id_at(self, position: int) -> int | None:
        return self._ids[position] if 0 <= position < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def ids(self) -> list[int]:
        return list(self._ids)

    def cached_rows(self) -> int:
        return len(self._cache)

    # Qt API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.column_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.columnCount()
        ):
            return self.column_headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:  # deleted since the ids were read
            return None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, index.column())
        return self.role_data(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys) or self.sort_keys[column] is None:
            return
        key = self.sort_keys[column]
        assert key is not None
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        if not self.loaded:
            return
        wanted = self._sort
        fetch = self._fetch_ids
        if self.run_async is None:
            self._reorder(fetch(*wanted))
        else:  # a large table sorts in the database on a worker; rows move when it answers
            self.run_async(
                lambda: fetch(*wanted),
                lambda ids: self._reorder(ids) if self._sort == wanted else None,
            )

    def _reorder(self, ids: list[int]) -> None:
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            self.set_ids(ids)  # the store changed meanwhile: not a mere reordering
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] for i in old]
        self._ids = list(ids)
        positions = {item_id: n for n, item_id in enumerate(self._ids)}
        new = [
            self.index(positions[item_id], i.column()) if item_id in positions else QModelIndex()
            for i, item_id in zip(old, old_ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
