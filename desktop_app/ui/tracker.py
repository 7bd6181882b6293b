"""The commitments tracker: status, score and evidence edited in place; a chart beneath."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import browse, editing, tracking
from desktop_app.services.store import Store
from desktop_app.ui.browse_views import SayingTable
from desktop_app.ui.chart import StatusChart, chart_rows
from desktop_app.ui.conflict_dialog import GuardedEdit
from desktop_app.ui.context import AppContext
from desktop_app.ui.date_field import END, START, DateField
from desktop_app.ui.editing.errors import edit_problem
from desktop_app.ui.i18n import format_short_date
from desktop_app.ui.labels import SCORES, STATUSES, due_label, score_label, status_label
from desktop_app.ui.models.commitments import (
    DUE,
    EVIDENCE,
    MEETING,
    PARTIES,
    SCORE,
    STATUS,
    TEXT,
    THEME,
    CommitmentTableModel,
    due_text,
)
from desktop_app.ui.models.lazy import ID_ROLE, ROW_ROLE, keep_sort_arrow_honest
from desktop_app.ui.status_dialog import StatusDialog
from domain.views import CommitmentView
from domain.vocabulary import DueState

VISUAL_ORDER = (TEXT, DUE, STATUS, SCORE, EVIDENCE, MEETING, THEME, PARTIES)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over stored keys (statuses, scores) showing their translated labels."""

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        for position, (_, choice) in enumerate(self.choices):
            if choice == value:
                editor.setCurrentIndex(position)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, self.choices[editor.currentIndex()][1], Qt.ItemDataRole.EditRole)


class CommitmentsTracker(QWidget):
    commitment_selected = Signal(int)
    due_changed = Signal()  # the due-date range: the window filters the list again
    due_invalid = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CommitmentTableModel(ctx.store, self)
        self.table = SayingTable(self)
        self.table.setModel(self.model)
        self.table.set_empty_text(
            self.tr(
                "No commitment matches these filters and due dates. An imported document "
                "adds its commitments, principles and next steps here (File ▸ Import, Ctrl+I)."
            )
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        keep_sort_arrow_honest(self.table)
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # What a tracker is read for comes first, after the text: due date, status, score,
        # evidence (they fit at 1280 px); the meeting, theme and parties after them.
        metrics = self.table.fontMetrics()

        def wide(column: int, *texts: str) -> int:
            # 12: the delegate's margins either side of the text (and the grid line).
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max(metrics.horizontalAdvance(t) for t in (title, *texts)) + 12

        # The widest due cell: a day in the shortest month form with the longest state after it.
        due_cells = (
            f"{format_short_date(dt.date(2026, 9, 30))} — {due_label(state)}"
            for state in (DueState.OVERDUE, DueState.DUE_SOON)
        )
        widths = {
            TEXT: 250,
            DUE: wide(DUE, *due_cells),
            STATUS: wide(STATUS, *(status_label(s) for s in STATUSES)),
            SCORE: wide(SCORE, *(score_label(s) for s in SCORES)),
            EVIDENCE: max(90, wide(EVIDENCE)),  # elided; the tooltip says it all
            MEETING: 180,
            THEME: 110,
            PARTIES: 110,
        }
        for position, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), position)
            self.table.setColumnWidth(column, widths[column])
        self._text_fitted = True  # the text column follows the width until the user sets it
        self._split = False  # the table and chart's first sizes, set when first shown
        header.sectionResized.connect(self._on_header_sectionResized)
        self.table.setItemDelegateForColumn(
            STATUS, ChoiceDelegate([(status_label(s), s) for s in STATUSES], self.table)
        )
        self.table.setItemDelegateForColumn(
            SCORE, ChoiceDelegate([(score_label(s), s) for s in SCORES], self.table)
        )
        self.chart = StatusChart(self)
        self.chart_by = QComboBox(self)
        self.chart_by.addItem(self.tr("Statuses by theme"), "theme")
        self.chart_by.addItem(self.tr("Statuses by partner"), "partner")
        self.chart_by.setAccessibleName(self.tr("Group the chart by"))
        self.legend = QLabel(
            self.tr(
                "Rows in red are overdue, in amber due within 30 days. "
                "Double-click a status, score, evidence or due date to change it (Ctrl+Z undoes)."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.chart_by)
        # A status change with its reason (the table's own editor changes it without one).
        self.status_button = QPushButton(self.tr("Change s&tatus…"), self)
        self.status_button.setToolTip(
            self.tr("Change the selected commitment's status, saying why")
        )
        top.addWidget(self.status_button)
        top.addStretch(1)
        chart_layout.addLayout(top)
        # Its own row: beside the buttons, a narrow pane wrapped it into eight lines.
        chart_layout.addWidget(self.legend)
        chart_area = QScrollArea(chart_box)
        chart_area.setWidgetResizable(True)
        chart_area.setFrameShape(QFrame.Shape.NoFrame)
        chart_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chart_area.setWidget(self.chart)
        chart_layout.addWidget(chart_area, 1)
        # "Due in 2026": its own range, apart from the meetings' dates in the facet bar.
        self.due_from = DateField(self.tr("Due from date"), START, self)
        self.due_to = DateField(self.tr("Due to date"), END, self)
        due_bar = QHBoxLayout()
        due_bar.setContentsMargins(4, 4, 4, 0)
        from_label = QLabel(self.tr("Due from"), self)
        from_label.setBuddy(self.due_from.line)
        due_bar.addWidget(from_label)
        due_bar.addWidget(self.due_from)
        to_label = QLabel(self.tr("to"), self)
        to_label.setBuddy(self.due_to.line)
        due_bar.addWidget(to_label)
        due_bar.addWidget(self.due_to)
        due_bar.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(due_bar)
        layout.addWidget(self.splitter)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.model.modelReset.connect(self._on_model_modelReset)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.chart_by.currentIndexChanged.connect(self._on_chart_by_currentIndexChanged)
        for field in (self.due_from, self.due_to):
            field.changed.connect(self.due_changed)
            field.invalid.connect(self.due_invalid)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self.ctx.changed.connect(self._on_ctx_changed)

    def reload(self) -> None:
        self.model.reload()

    def fit_text_column(self) -> None:
        """The text column takes what the due date, status, score and evidence leave."""
        if not self._text_fitted:
            return
        others = sum(self.table.columnWidth(c) for c in (DUE, STATUS, SCORE, EVIDENCE))
        width = max(160, min(420, self.table.viewport().width() - others - 2))
        self._text_fitted = False  # our own resize is not the user's
        self.table.setColumnWidth(TEXT, width)
        self._text_fitted = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text_column()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_text_column()
        if not self._split:  # a third for the chart: its scroll area asks for little
            self._split = True
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total - total // 3, total // 3])

    @Slot(int, int, int)
    def _on_header_sectionResized(self, column: int, _old: int, _new: int) -> None:
        if column == TEXT and self._text_fitted and self.table.isVisible():
            self._text_fitted = False  # the user chose its width: kept

    def refresh_chart(self) -> None:
        """Counted by the database on a worker, over every commitment the list shows."""
        filt, only, by = self.model.filter, self.model.only_ids, self.chart_by.currentData()

        def load(store: Any) -> tuple[str, dict[str | None, Counter[str]]]:
            return by, tracking.status_counts(store, filt, by, only)

        self.ctx.read(load, self._on_chart_loaded)

    def _on_chart_loaded(self, answer: tuple[str, dict[str | None, Counter[str]]]) -> None:
        by, counts = answer
        if by == self.chart_by.currentData():  # else a newer grouping is on its way
            self.chart.set_rows(chart_rows(counts, by))

    def edit(self, commitment_id: int, field: str, value: Any) -> None:
        """Change one field of a commitment: one change set in the history, on the undo stack."""
        action: Callable[[int | None], Callable[[Store], Any]]
        if field == "due":
            due = str(value).strip()
            problem = edit_problem(self.ctx.store, "commitment", {"due": due})
            if problem is not None:
                self.ctx.error.emit(problem)
                return
            text = QCoreApplication.translate("UndoCommands", "Set due date")
            value = due

            def action(v: int | None) -> Callable[[Store], Any]:
                return partial(editing.edit, kind="commitment", record_id=commitment_id,
                               values={"due": due}, expected_version=v)  # fmt: skip
        elif field == "status":
            text = QCoreApplication.translate("UndoCommands", "Set status to {0}").format(
                status_label(value)
            )
            action = _tracking(commitment_id, status=value)
        elif field == "score":
            text = QCoreApplication.translate("UndoCommands", "Set compliance score")
            action = _tracking(commitment_id, compliance_score=value)
        else:
            text = QCoreApplication.translate("UndoCommands", "Edit evidence")
            value = str(value)
            action = _tracking(commitment_id, evidence=value)
        self._push(commitment_id, text, {field: _as_text(value)}, action)

    def set_status(self, commitment_id: int, status: str, reason: str = "") -> None:
        """A status change with its reason: one change set in the history, on the undo stack."""
        text = QCoreApplication.translate("UndoCommands", "Set status to {0}").format(
            status_label(status)
        )
        action = _tracking(commitment_id, status=status, reason=reason)
        self._push(commitment_id, text, {"status": status}, action)

    def _push(
        self,
        commitment_id: int,
        text: str,
        mine: dict[str, str],
        action: Callable[[int | None], Callable[[Store], Any]],
    ) -> GuardedEdit:
        """The edit made from the row as the tracker shows it (its version): if someone else
        changed the commitment since, the ConflictDialog shows theirs and asks."""
        position = self.model.row_of(commitment_id)
        row = self.model.data(self.model.index(position, 0), ROW_ROLE) if position >= 0 else None
        guarded = GuardedEdit(
            self.ctx, self, text, "commitment", commitment_id,
            base=tracked_values(row) if row is not None else {}, mine=mine,
            version=row.version if row is not None else None, make_action=action,
            read_theirs=partial(_read_tracked, commitment_id=commitment_id),
            refresh=("commitment", commitment_id),
        )  # fmt: skip
        guarded.push()
        return guarded

    @Slot()
    def _on_status_button_clicked(self) -> None:
        item = self.current_row()
        if item is None:
            self.ctx.error.emit(self.tr("Select a commitment first, then change its status."))
            return
        dialog = StatusDialog(item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_status(item.id, dialog.status(), dialog.reason())

    @Slot(int, str, object)
    def _on_model_edit_requested(self, commitment_id: int, field: str, value: Any) -> None:
        self.edit(commitment_id, field, value)

    @Slot()
    def _on_model_modelReset(self) -> None:
        self.refresh_chart()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selectionChanged(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.commitment_selected.emit(int(rows[0].data(ID_ROLE)))

    @Slot(int)
    def _on_chart_by_currentIndexChanged(self, _index: int) -> None:
        self.refresh_chart()

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, item_id: int) -> None:
        if kind == "commitment":
            if item_id:
                self.model.refresh_id(item_id)
            else:
                self.model.reload()
            self.refresh_chart()

    def current_row(self) -> CommitmentView | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None


def _tracking(commitment_id: int, **change: Any) -> Callable[[int | None], Callable[[Store], Any]]:
    """editing.set_tracking of ``change``, made from the version given."""

    def action(version: int | None) -> Callable[[Store], Any]:
        return partial(editing.set_tracking, commitment_id=commitment_id,
                       expected_version=version, **change)  # fmt: skip

    return action


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def tracked_values(row: CommitmentView) -> dict[str, str]:
    """What the tracker edits of a commitment, as text (the conflict dialog compares them)."""
    return {"status": row.status, "score": _as_text(row.compliance_score),
            "evidence": row.evidence, "due": due_text(row)}  # fmt: skip


def _read_tracked(store: Store, commitment_id: int) -> tuple[dict[str, str], int | None]:
    row = browse.get_commitment(store, commitment_id)
    return tracked_values(row), row.version
