"""A table model over a list of ids whose rows are fetched from a service page by page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QTableView

from desktop_app.ui.models.base import AnyIndex, ColumnsModel

Row = TypeVar("Row")
PAGE = 50  # about one screen of rows: the first screen waits for no more than it shows
# With a worker (run_async), reload shows this many ids at once and reads the rest there:
# a few ms for the first screen instead of reading every id of a 200,000-row list first.
FIRST_SCREEN = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles as plain ints: data() is called about ten times per cell and paint, and reading
# an enum member each time costs more than the rest of the call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
# The ids after the first screen are read this long after it is shown: a worker turning
# 200,000 rows into Python objects holds the GIL, and the first paint must not wait for it.
REST_DELAY_MS = 150


class LazyIdModel(ColumnsModel, Generic[Row]):
    """Holds the ids in display order; a row is loaded (with its page) when first shown.

    Subclasses give the columns (``headers``/``sort_keys``) and ``display(row, column)``;
    the database sorts and filters, this model only shows. A subclass that can read the
    first ids alone (``first_ids``) shows them first; the rest are appended when the worker
    has them (``complete`` is False until then, and ``filled`` is emitted).
    """

    filled = Signal()  # every id is in the model (after a reload that showed the first ones)

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
        self.complete = True  # False while the worker reads the ids after the first screen
        self._generation = 0  # bumped by every new list: a late worker answer is dropped
        self._rest: Callable[[], None] | None = None  # reads the ids after the first screen
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(REST_DELAY_MS)
        self._rest_timer.timeout.connect(self._read_the_rest)
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

    def tooltip(self, row: Row, column: int) -> str:
        """The cell's whole text when the column is too narrow for it (the shown text)."""
        return self.display(row, column)

    def role_data(self, row: Row, column: int, role: int) -> Any:
        return None

    def first_ids(self, sort: str, descending: bool, limit: int) -> list[int] | None:
        """The first ``limit`` ids in this order, read quickly; None: not possible here."""
        return None

    def first_page(
        self, sort: str, descending: bool, limit: int
    ) -> tuple[list[int], dict[int, Row]] | None:
        """The first ``limit`` ids and the rows of the first PAGE of them, read together
        (one statement: the first screen is one round trip on a team store); None: not
        possible here. By default the ids of ``first_ids``, their rows read when shown."""
        ids = self.first_ids(sort, descending, limit)
        return None if ids is None else (ids, {})

    # loading
    def reload(self) -> None:
        """Fetch the ids again (filters or sort changed); rows are fetched when shown.

        With a worker, the first screen's ids come at once with the first page's rows, and
        the rest of the ids from the worker."""
        wanted, fetch, run_async = self._sort, self._fetch_ids, self.run_async
        first = None if run_async is None else self.first_page(*wanted, FIRST_SCREEN)
        if first is None or run_async is None:  # no first screen alone, or no worker: all now
            self.set_ids(fetch(*wanted))
            return
        self.set_ids(*first)
        if len(first[0]) < FIRST_SCREEN:  # all of them already
            return
        self.complete = False
        generation = self._generation
        self._rest = lambda: run_async(
            lambda: fetch(*wanted), lambda ids: self._fill(ids, generation)
        )
        # Started after the first screen is painted (REST_DELAY_MS).
        self._rest_timer.start()

    def _read_the_rest(self) -> None:
        rest, self._rest = self._rest, None
        if rest is not None and not self.complete:
            rest()

    def _fill(self, ids: list[int], generation: int) -> None:
        """The worker's full list: appended below the first screen, unless it moved."""
        if generation != self._generation:
            return  # another list was shown meanwhile (reload, sort, set_ids)
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self.set_ids(ids)  # the store changed between the two reads
        else:
            self.complete = True
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = list(ids)
                self.endInsertRows()
        self.filled.emit()

    def set_ids(self, ids: Sequence[int], rows: dict[int, Row] | None = None) -> None:
        """Show these ids (fetched elsewhere, for instance on a worker thread), and these
        rows of them if already read (in the cache before a view can ask for them)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        if rows:
            self._cache.update(rows)
        self.loaded = True
        self.complete = True
        self._generation += 1
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
        """The ids shown (only the first screen's while ``complete`` is False)."""
        return list(self._ids)

    def cached_rows(self) -> int:
        return len(self._cache)

    # Qt API
    def row_total(self) -> int:
        return len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        position = index.row()
        if not 0 <= position < len(self._ids):  # an invalid index has row -1
            return None
        if role == _ID:
            return self._ids[position]
        row = self._row(position)
        if row is None:  # deleted since the ids were read
            return None
        if role == _ROW:
            return row
        if role == _DISPLAY:
            return self.display(row, index.column())
        if role == _TOOLTIP:
            return self.tooltip(row, index.column())
        return self.role_data(row, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        key = self.sort_keys[column]
        if key is None:  # a column the list cannot sort by
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        if not self.loaded:
            return
        if not self.complete:
            self._generation += 1  # the pending rest is in the old order: the sort reads all
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


def keep_sort_arrow_honest(view: QTableView) -> None:
    """A click on a column the model cannot sort leaves the arrow where the order is: on the
    column (and in the direction) the rows are sorted by."""
    header = view.horizontalHeader()
    model = view.model()

    def check(column: int, _order: Qt.SortOrder) -> None:
        keys = getattr(model, "sort_keys", ())
        if 0 <= column < len(keys) and keys[column] is not None:
            return
        key, descending = model.sort_state()  # type: ignore[attr-defined]
        if key not in keys:
            return
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        blocked = header.blockSignals(True)
        header.setSortIndicator(keys.index(key), order)
        header.blockSignals(blocked)

    header.sortIndicatorChanged.connect(check)
