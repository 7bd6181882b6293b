"""The commitments tracker's model: status, score and evidence edited in place (via undo)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.i18n import format_date, format_short_date
from desktop_app.ui.labels import (
    STATUSES,
    THEMES,
    due_label,
    kind_label,
    kind_tag,
    score_label,
    sort_key,
    status_label,
    theme_label,
)
from desktop_app.ui.models.lazy import PAGE, ROW_ROLE, LazyIdModel
from domain.views import CommitmentFilter, CommitmentView

TEXT, MEETING, THEME, PARTIES, DUE, STATUS, SCORE, EVIDENCE = range(8)
EDITABLE = (DUE, STATUS, SCORE, EVIDENCE)
OVERDUE = QColor("#fde2e1")
DUE_SOON = QColor("#fff1cc")
# Computed once: flags() is asked for every cell at every paint.
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


def shown_order(sort: str) -> dict[Any, int] | None:
    """The stored values of a column of keys (status, theme, score) ranked by the words the
    tracker shows for them, so that the sort arrow matches the order read on screen.
    Made on the GUI thread (translations), used by the query on a worker."""
    if sort == "status":
        words: dict[str | None, str] = {key: status_label(key) for key in STATUSES}
    elif sort == "theme":
        words = {key: theme_label(key) for key in THEMES}
        words[None] = theme_label(None)  # no theme is shown as "other"
    elif sort == "score":
        return {-1: 0, 0: 1, 1: 2, None: 3}  # −1, 0, +1, then "not scored"
    else:
        return None
    ordered = sorted(words, key=lambda k: sort_key(words[k]))
    return {key: place for place, key in enumerate(ordered)}


def commitment_ids_for(
    store: Store,
    filt: CommitmentFilter,
    only: set[int] | None,
    sort: str,
    descending: bool,
    ranks: dict[Any, int] | None = None,
) -> list[int]:
    """The ids the tracker shows (safe to call on a worker thread)."""
    ids = browse.commitment_ids(store, filt, sort=sort, descending=descending, ranks=ranks)
    return ids if only is None else [i for i in ids if i in only]


class CommitmentTableModel(LazyIdModel[CommitmentView]):
    """Editing emits ``edit_requested``; the tracker turns it into an undo command."""

    edit_requested = Signal(int, str, object)  # commitment id, field, new value

    sort_keys = ("text", "meeting", "theme", None, "due", "status", "score", None)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        self.store = store
        self.filter = CommitmentFilter()
        self.only_ids: set[int] | None = None
        self.today = dt.date.today()
        self._ranks: dict[str, dict[Any, int] | None] = {}
        super().__init__(self._ids_for, lambda ids: browse.commitment_rows(store, ids), parent)

    def _ids_for(self, sort: str, descending: bool) -> list[int]:
        ranks = self._ranks.get(sort)
        return commitment_ids_for(self.store, self.filter, self.only_ids, sort, descending, ranks)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The words are those of the language now shown (made here, on the GUI thread).
        self._ranks = {key: shown_order(key) for key in ("status", "theme", "score")}
        super().sort(column, order)

    def first_page(
        self, sort: str, descending: bool, limit: int
    ) -> tuple[list[int], dict[int, CommitmentView]] | None:
        if self.only_ids is not None:
            return None  # a tag facet narrows after the query: no LIMIT on it
        return browse.commitment_first_page(
            self.store,
            self.filter,
            sort=sort,
            descending=descending,
            limit=limit,
            page=PAGE,
            ranks=self._ranks.get(sort),
        )

    def default_sort(self) -> str:
        return "due"

    def set_filter(self, filt: CommitmentFilter, only_ids: set[int] | None = None) -> None:
        self.filter = filt
        self.only_ids = only_ids
        self.reload()

    def column_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Commitment"),
            self.tr("Meeting"),
            self.tr("Theme"),
            self.tr("Parties"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Score"),
            self.tr("Evidence"),
        )

    def column_tips(self) -> tuple[str, ...]:
        return (
            self.tr("Commitment, principle or next step (its kind in brackets)"),
            self.tr("Meeting where it was made"),
            self.tr("Theme, then its other themes"),
            self.tr("Parties committed"),
            self.tr("Due date: red when overdue, amber when due within 30 days"),
            self.tr("Status"),
            self.tr("Compliance score: −1 not complied, 0 partly, +1 complied"),
            self.tr("Evidence of what was done"),
        )

    def display(self, row: CommitmentView, column: int) -> str:
        if column == TEXT:
            return row.text if row.kind == "commitment" else f"[{kind_tag(row.kind)}] {row.text}"
        if column == MEETING:
            return row.meeting_title
        if column == THEME:
            return ", ".join(theme_label(t) for t in (row.theme, *row.also_themes) if t)
        if column == PARTIES:
            return ", ".join(p.iso2 or p.name for p in row.parties)
        if column == DUE:
            # Short month: with the state after it, it fits the column at 1280 px.
            due = format_short_date(row.due_on, row.due_precision)
            state = due_label(row.due_state(self.today))
            return f"{due} — {state}" if state else due
        if column == STATUS:
            return status_label(row.status)
        if column == SCORE:
            return score_label(row.compliance_score)
        return row.evidence

    def tooltip(self, row: CommitmentView, column: int) -> str:
        if column == TEXT and row.kind != "commitment":
            return f"[{kind_label(row.kind)}] {row.text}"
        if column == DUE and row.due_on is not None:
            due = format_date(row.due_on, row.due_precision)
            state = due_label(row.due_state(self.today))
            return f"{due} — {state}" if state else due
        return self.display(row, column)

    def role_data(self, row: CommitmentView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            state = row.due_state(self.today)
            if state == "overdue":
                return QBrush(OVERDUE)
            if state == "due_soon":
                return QBrush(DUE_SOON)
            return None
        if role == Qt.ItemDataRole.EditRole:
            if column == STATUS:
                return row.status
            if column == SCORE:
                return row.compliance_score
            if column == EVIDENCE:
                return row.evidence
            if column == DUE:
                return due_text(row)
            return self.display(row, column)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        return _EDITABLE_FLAGS if index.column() in EDITABLE else _FLAGS

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = {DUE: "due", STATUS: "status", SCORE: "score", EVIDENCE: "evidence"}.get(
            index.column()
        )
        row = self.data(index, ROW_ROLE)
        if field is None or row is None:
            return False
        current = {"status": row.status, "score": row.compliance_score, "evidence": row.evidence,
                   "due": due_text(row)}  # fmt: skip
        if current[field] == value:
            return False
        # The store changes when the undo command runs; the row repaints on ``refresh_id``.
        self.edit_requested.emit(row.id, field, value)
        return True


def due_text(row: CommitmentView) -> str:
    """The due date as typed in the tracker: 2025-12-31, 2025-12 or 2025 (by its precision)."""
    if row.due_on is None:
        return ""
    iso = row.due_on.isoformat()
    return {"year": iso[:4], "month": iso[:7]}.get(row.due_precision or "day", iso)
