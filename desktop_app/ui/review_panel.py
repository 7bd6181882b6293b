"""The review queue: what an import found, with its passage; A accepts, E edits, R rejects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
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

from desktop_app.services import review
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import kind_label
from desktop_app.ui.models.lists import RowListModel
from desktop_app.ui.undo_commands import EditCandidateCommand, ReviewCommand


class CandidateListModel(RowListModel[Any]):
    def column_headers(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Candidate"), self.tr("Detail"), self.tr("Meeting"))

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def display(self, row: Any, column: int) -> str:
        if column == 0:
            return kind_label(row.kind)
        if column == 1:
            return str(row.text)
        if column == 2:
            return str(row.detail)
        return str(row.meeting_title)


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
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accept_button = QPushButton(self.tr("&Accept (A)"), self)
        self.edit_button = QPushButton(self.tr("&Edit (E)"), self)
        self.reject_button = QPushButton(self.tr("&Reject (R)"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._shortcuts = []
        for key, slot in (
            ("A", self.accept_current),
            ("E", self.edit_current),
            ("R", self.reject_current),
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
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.ctx.changed.connect(self._on_ctx_changed)

    def reload(self) -> None:
        self.ctx.read(review.list_candidates, self._show)

    def _show(self, candidates: list[Any]) -> None:
        row = max(0, self.table.currentIndex().row())
        self.model.set_rows(candidates)
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
            self.ctx.undo_stack.push(
                EditCandidateCommand(self.ctx, item.kind, item.id, item.text, text.strip())
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

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selectionChanged(self, *_: object) -> None:
        item = self.current()
        if item is not None:
            self.candidate_selected.emit(item)

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, _item_id: int) -> None:
        if kind in ("meeting", "commitment", "statement", "participation", "import"):
            self.reload()
