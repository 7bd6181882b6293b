"""The centre pages the sidebar switches between, built once for the window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.browse_views import EmptyState, ItemTable, SearchResultsView
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import format_date
from desktop_app.ui.labels import SECTIONS as SECTIONS  # where they live now (light)
from desktop_app.ui.labels import section_label as section_label
from desktop_app.ui.models.lazy import keep_sort_arrow_honest
from desktop_app.ui.models.lists import (
    ActorListModel,
    SearchResultsModel,
    SourceListModel,
    TagListModel,
    TagNoteListModel,
)
from desktop_app.ui.models.meetings import MeetingListModel
from desktop_app.ui.review_panel import ReviewPanel
from desktop_app.ui.tag_actions import TagActions
from desktop_app.ui.timeline import TimelineView
from desktop_app.ui.tracker import CommitmentsTracker


def placeholder(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    return label


class Pages(QStackedWidget):
    """One page per sidebar section, plus the search results and the empty-store page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        self.meeting_model = MeetingListModel(ctx.store, self)
        self.meeting_model.run_async = self._run_async
        self.meetings = ItemTable(self.meeting_model, self.tr("Meetings"), self, multi=True)
        self.meetings.setSortingEnabled(True)
        self.meetings.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        keep_sort_arrow_honest(self.meetings)
        for column, width in enumerate((110, 300, 140, 110, 120)):
            self.meetings.setColumnWidth(column, width)
        self.meetings.set_empty_text(
            self.tr("No meeting matches these filters: widen the dates, or choose All actors.")
        )
        self.empty = EmptyState(self)
        self.tracker = CommitmentsTracker(ctx, self)
        self.tracker.model.run_async = self._run_async
        self.timeline = TimelineView(ctx, self)
        self.actor_model = ActorListModel(self)
        self.actors = ItemTable(self.actor_model, self.tr("Actors"), self)
        self.actors.setColumnWidth(0, 220)
        self.actors.set_empty_text(
            self.tr("No actor matches these filters; an imported document adds its actors here.")
        )
        self.source_model = SourceListModel(self)
        self.sources = ItemTable(self.source_model, self.tr("Sources"), self)
        self.sources.setColumnWidth(0, 300)
        # The publication date whole (the longest month's name), the outlet after it.
        longest = format_date(dt.date(2026, 9, 30))
        self.sources.setColumnWidth(1, self.fontMetrics().horizontalAdvance(longest) + 16)
        self.sources.setColumnWidth(2, 130)
        self.sources.set_empty_text(
            self.tr("No source matches these filters; File ▸ Import adds documents (Ctrl+I).")
        )
        self.review = ReviewPanel(ctx, self)
        # Its row of buttons is wide: scrolled rather than widening the window past 960 px.
        self.review_area = QScrollArea(self)
        self.review_area.setWidgetResizable(True)
        self.review_area.setFrameShape(QFrame.Shape.NoFrame)
        self.review_area.setWidget(self.review)
        self.review_area.setFocusProxy(self.review)
        # The brief panel (and ReportLab behind it) is built when first shown: a faster start.
        self.briefs = placeholder("", self)
        self.tag_model = TagListModel(self)
        self.tag_notes_model = TagNoteListModel(self)
        self.tags = QSplitter(Qt.Orientation.Vertical, self)
        tag_box = QWidget(self.tags)
        self.tag_table = ItemTable(self.tag_model, self.tr("Tags"), tag_box)
        self.tag_actions = TagActions(ctx, self.selected_tag, self.tag_names, tag_box)
        tag_layout = QVBoxLayout(tag_box)
        tag_layout.setContentsMargins(0, 0, 0, 0)
        tag_layout.addWidget(self.tag_table, 1)
        tag_layout.addWidget(self.tag_actions)
        self.tags.addWidget(tag_box)
        self.tag_table.set_empty_text(
            self.tr("No tag yet: give a note tags (in its Notes tab) to group notes here.")
        )
        self.tag_notes = ItemTable(self.tag_notes_model, self.tr("Notes with this tag"), self.tags)
        self.tag_notes.set_empty_text(self.tr("Select a tag above to see its notes."))
        # The note and what it is on share the room; its tags and date keep their own width.
        notes_header = self.tag_notes.horizontalHeader()
        notes_header.setStretchLastSection(False)
        notes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tag_notes.setColumnWidth(1, 200)
        for column in (2, 3):
            notes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search_model = SearchResultsModel(self)
        self.search = SearchResultsView(self.search_model, self)
        self.by_key: dict[str, QWidget] = {
            "meetings": self.meetings,
            "commitments": self.tracker,
            "timeline": self.timeline,
            "actors": self.actors,
            "sources": self.sources,
            "review": self.review_area,
            "briefs": self.briefs,
            "tags": self.tags,
            "search": self.search,
            "empty": self.empty,
        }
        for widget in self.by_key.values():
            self.addWidget(widget)
        self.briefs_panel: Any = None

    def selected_tag(self) -> str | None:
        """The tag selected in the Tags page, if any."""
        rows = self.tag_table.selectionModel().selectedRows()
        row = self.tag_model.row_at(rows[0].row()) if rows else None
        return row[0] if row is not None else None

    def tag_names(self) -> list[str]:
        rows = (self.tag_model.row_at(r) for r in range(self.tag_model.rowCount()))
        return [row[0] for row in rows if row is not None]

    def _run_async(self, fetch: Any, apply: Any) -> None:
        self.ctx.read(lambda _store: fetch(), apply)

    def show_briefs(self) -> None:
        if self.briefs_panel is None:
            from desktop_app.ui.briefs.panel import BriefsPanel

            self.briefs_panel = BriefsPanel(self.ctx.store, self)
            self.addWidget(self.briefs_panel)
            self.by_key["briefs"] = self.briefs_panel
        self.briefs_panel.refresh()
        self.show_key("briefs")

    def show_key(self, key: str) -> None:
        self.setCurrentWidget(self.by_key[key])

    def key_widget(self) -> QWidget | None:
        """The widget of the current page that takes the keys (its list, not the box around
        it), so that Ctrl+6 then A accepts, or Ctrl+2 then Down moves, without a Tab first."""
        key = self.current_key()
        widget: QWidget | None = {
            "commitments": self.tracker.table,
            "review": self.review.table,
            "tags": self.tag_table,
            "empty": self.empty.import_button,
        }.get(key, self.currentWidget())
        if key == "briefs" and self.briefs_panel is not None:
            widget = self.briefs_panel.table
        return widget

    def current_key(self) -> str:
        current = self.currentWidget()
        return next((k for k, w in self.by_key.items() if w is current), "meetings")
