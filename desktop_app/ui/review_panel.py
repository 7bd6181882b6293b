"""The review queue: what an import found, with its passage; A accepts, E edits, R rejects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import corroboration, review
from desktop_app.services.corroboration import DuplicateView
from desktop_app.ui.context import AppContext
from desktop_app.ui.editing.commands import RecordedCommand
from desktop_app.ui.labels import candidate_detail, kind_label
from desktop_app.ui.models.lists import RowListModel
from desktop_app.ui.undo_commands import ReviewCommand

KIND, CANDIDATE, DETAIL, MEETING = range(4)


class CandidateListModel(RowListModel[Any]):
    # (kind, id) -> the item a candidate is probably the same as (corroboration on import)
    doubles: dict[tuple[str, int], DuplicateView] = {}

    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Candidate"), self.tr("Detail"), self.tr("Meeting"))

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def display(self, row: Any, column: int) -> str:
        if column == 0:
            # A principle or next step is stored with the commitments: said as what it is.
            facts = dict(getattr(row, "facts", ()))
            item_kind = facts.get("kind") if row.kind == "commitment" else None
            return kind_label(item_kind or row.kind)
        if column == 1:
            return str(row.text)
        if column == 2:
            double = self.doubles.get((row.kind, row.id))
            if double is not None:
                return self.tr("probably the same as #{0}: {1}").format(
                    double.same_as_id, double.same_as_text
                )
            return self.detail(row)
        return str(row.meeting_title)

    def detail(self, row: Any) -> str:
        return candidate_detail(row)


class ReviewPanel(QWidget):
    candidate_selected = Signal(object)  # Candidate
    # Opens a record's edit dialog (kind, id); set by the window's editing controller.
    editor: Callable[[str, int], None] | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CandidateListModel(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidates to review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # One line a row, cut with "…" (the tooltip and the detail pane give the whole text):
        # two wrapped lines in a one-line row were cut mid-word with no sign of it.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CANDIDATE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self._user_sized = False  # the detail and meeting columns follow the width until then
        self._fitting = False
        self.accept_button = QPushButton(self.tr("&Accept (A)"), self)
        self.edit_button = QPushButton(self.tr("&Edit (E)"), self)
        self.reject_button = QPushButton(self.tr("&Reject (R)"), self)
        # For an item probably the same as one already in its meeting (corroboration).
        self.merge_button = QPushButton(self.tr("&Merge (M)"), self)
        self.keep_both_button = QPushButton(self.tr("&Keep both (K)"), self)
        # Two rows: on one, the five buttons made the page wider than the window at 960 px
        # (the last one and the meeting column were cut off, behind a scroll bar).
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        duplicates = QHBoxLayout()
        duplicates.addWidget(self.merge_button)
        duplicates.addWidget(self.keep_both_button)
        duplicates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(duplicates)
        self._shortcuts = []
        for key, slot in (
            ("A", self.accept_current),
            ("E", self.edit_current),
            ("R", self.reject_current),
            ("M", self.merge_current),
            ("K", self.keep_both_current),
        ):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.keep_both_button.clicked.connect(self._on_keep_both_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.table.horizontalHeader().sectionResized.connect(self._on_header_sectionResized)
        self.ctx.changed.connect(self._on_ctx_changed)

    def fit_columns(self) -> None:
        """The detail and meeting columns a share of the width, the candidate the rest."""
        if self._user_sized:
            return
        width = self.table.viewport().width()
        self._fitting = True  # our own resize is not the user's
        self.table.setColumnWidth(DETAIL, max(120, width * 28 // 100))
        self.table.setColumnWidth(MEETING, max(100, width * 20 // 100))
        self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()

    @Slot(int, int, int)
    def _on_header_sectionResized(self, column: int, _old: int, _new: int) -> None:
        if column in (DETAIL, MEETING) and not self._fitting and self.table.isVisible():
            self._user_sized = True  # the user chose a width: kept

    def reload(self) -> None:
        self.ctx.read(
            lambda s: (review.list_candidates(s), corroboration.probable_duplicates(s)),
            self._show,
        )

    def _show(self, found: tuple[list[Any], list[DuplicateView]]) -> None:
        candidates, doubles = found
        row = max(0, self.table.currentIndex().row())
        self.model.doubles = {(d.kind, d.id): d for d in doubles}
        self.model.set_rows(candidates)
        self._enable_duplicate_buttons()
        if candidates:
            self.info.setText(
                self.tr(
                    "%n candidate(s) to review. A accepts, E edits, R rejects; Ctrl+Z undoes.",
                    "",
                    len(candidates),
                )
            )
            self.table.selectRow(min(row, len(candidates) - 1))
        else:
            self.info.setText(
                self.tr(
                    "Nothing to review. Import a document (Ctrl+I): what it finds "
                    "appears here for you to accept, edit or reject."
                )
            )

    def current(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def accept_current(self) -> None:
        self._decide("accept")

    def reject_current(self) -> None:
        self._decide("reject")

    def _decide(self, decision: str) -> None:
        item = self.current()
        if item is not None:
            self.ctx.undo_stack.push(ReviewCommand(self.ctx, item.kind, item.id, decision))

    def current_double(self) -> DuplicateView | None:
        item = self.current()
        return None if item is None else self.model.doubles.get((item.kind, item.id))

    def merge_current(self) -> None:
        self._answer_duplicate("merged")

    def keep_both_current(self) -> None:
        self._answer_duplicate("kept")

    def _answer_duplicate(self, decision: str) -> None:
        double = self.current_double()
        if double is not None:
            self.ctx.undo_stack.push(DuplicateCommand(self.ctx, double, decision))

    def _enable_duplicate_buttons(self) -> None:
        flagged = self.current_double() is not None
        self.merge_button.setEnabled(flagged)
        self.keep_both_button.setEnabled(flagged)

    def edit_current(self) -> None:
        item = self.current()
        if item is None:
            return
        if self.editor is not None:  # the whole record's dialog (desktop_app/ui/editing)
            self.editor(str(item.kind), int(item.id))
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Edit candidate"), kind_label(item.kind), item.text
        )
        if ok and text.strip() and text != item.text:
            kind, item_id, words = str(item.kind), int(item.id), text.strip()
            self.ctx.undo_stack.push(
                RecordedCommand(
                    self.ctx,
                    QCoreApplication.translate("UndoCommands", "Edit {0}").format(kind_label(kind)),
                    lambda store: review.edit_candidate(store, kind, item_id, text=words),
                    refresh=(kind, item_id),
                )
            )

    @Slot()
    def _on_accept_button_clicked(self) -> None:
        self.accept_current()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        self.edit_current()

    @Slot()
    def _on_reject_button_clicked(self) -> None:
        self.reject_current()

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        self.merge_current()

    @Slot()
    def _on_keep_both_button_clicked(self) -> None:
        self.keep_both_current()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selectionChanged(self, *_: object) -> None:
        self._enable_duplicate_buttons()
        item = self.current()
        if item is not None:
            self.candidate_selected.emit(item)

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, _item_id: int) -> None:
        if kind in ("meeting", "commitment", "statement", "participation", "import"):
            self.reload()


class DuplicateCommand(RecordedCommand):
    """Merge a probable duplicate into the item it is the same as, or keep both: one change
    set in the history; undo puts it back in the queue, redo replays it."""

    def __init__(self, ctx: AppContext, double: DuplicateView, decision: str) -> None:
        kind, item_id = double.kind, double.id
        super().__init__(
            ctx,
            QCoreApplication.translate("UndoCommands", "Merge into #{0}").format(double.same_as_id)
            if decision == "merged"
            else QCoreApplication.translate("UndoCommands", "Keep both"),
            lambda store: corroboration.decide(store, kind, item_id, decision),
            refresh=(kind, item_id),
        )
        self.kind = kind
        self.item_id = item_id
        self.decision = decision
