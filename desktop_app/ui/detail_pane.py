"""The right-hand pane: the item's detail above; its source passage and its notes below."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.services import browse, tracking
from desktop_app.ui import detail_html
from desktop_app.ui.context import AppContext
from desktop_app.ui.notes_panel import NotesPanel
from desktop_app.ui.source_view import SourceViewer
from domain.views import (
    ActorView,
    AnchorView,
    CommitmentView,
    MeetingDetail,
    SourceView,
)

SOURCE_TAB, NOTES_TAB = 0, 1


class LinkBrowser(QTextBrowser):
    """The detail as one Tab stop: Tab and Shift+Tab leave it (a meeting has dozens of links);
    inside it, Ctrl+Down and Ctrl+Up move from link to link and Enter follows the link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link_keys = []
        for key, forward in (("Ctrl+Down", True), ("Ctrl+Up", False)):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(functools.partial(self.step_link, forward))
            self.link_keys.append(shortcut)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return QWidget.focusNextPrevChild(self, next)

    def step_link(self, forward: bool) -> None:
        """QTextBrowser's own step to the next (previous) link; after the last one it leaves
        the pane, as Tab did before."""
        QTextBrowser.focusNextPrevChild(self, forward)


class DetailPane(QWidget):
    """Links in the detail: ``passage:KIND:ID``, ``note:KIND:ID``, ``meeting:ID``, ``source:ID``."""

    open_requested = Signal(str, int)  # kind, id: the window navigates there
    passage_shown = Signal(int, int, int)  # source id, start, end
    edit_requested = Signal(str, int)  # kind, id: an "edit" link (desktop_app/ui/editing)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: tuple[str, int] | None = None
        self.meeting: MeetingDetail | None = None
        self._anchors: dict[str, AnchorView] = {}
        self._labels: dict[str, str] = {}
        self._auto_passage = ""
        self._candidate: Any = None  # the review candidate in view (services.review.Candidate)
        self.browser = LinkBrowser(self)
        self.browser.setToolTip(
            self.tr("Ctrl+Down / Ctrl+Up: next / previous link; Enter opens it")
        )
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Details"))
        self.source = SourceViewer(self)
        self.notes = NotesPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.source, self.tr("Source passage"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.setCurrentIndex(NOTES_TAB)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([440, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.show_message(self.tr("Select a meeting, a commitment or a search result."))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.browser.anchorClicked.connect(self._on_browser_anchorClicked)
        self.source.note_on_passage.connect(self._on_source_note_on_passage)
        self.notes.count_changed.connect(self._on_notes_count_changed)
        self.notes.open_requested.connect(self.open_requested)
        self.ctx.changed.connect(self._on_ctx_changed)

    def show_message(self, text: str) -> None:
        """``text`` instead of a record: the notes editor no longer targets one either (a
        note typed there would go to a record that was deleted or is not in view)."""
        self.current = None
        self.meeting = None
        self.notes.clear_target()
        self.browser.setHtml(f"<p style='color:#555; margin:24px'>{text}</p>")

    # what the pane shows
    def show_meeting(self, meeting_id: int) -> None:
        self.current = ("meeting", meeting_id)
        self.ctx.read(lambda s: browse.get_meeting(s, meeting_id), self._show_meeting_detail)

    def _show_meeting_detail(self, detail: MeetingDetail) -> None:
        if self.current != ("meeting", detail.id):
            return
        self._anchors.clear()
        self._labels = {f"meeting:{detail.id}": detail.summary.title}
        for item in (*detail.commitments, *detail.principles, *detail.next_steps):
            self._labels[f"commitment:{item.id}"] = item.text
            if item.anchor:
                self._anchors[f"commitment:{item.id}"] = item.anchor
        for st in detail.statements:
            self._labels[f"statement:{st.id}"] = st.text
            if st.anchor:
                self._anchors[f"statement:{st.id}"] = st.anchor
        for p in detail.participants:
            if p.anchor:
                self._anchors[f"anchor:{p.anchor.id}"] = p.anchor
        if self.meeting is None or self.meeting.id != detail.id:
            self.source.clear(hint=True)  # a passage of another item would mislead
            self._auto_passage = ""  # back on a commitment, its passage shows again
        self.meeting = detail
        self._render(detail_html.meeting_html(detail))
        self.notes.set_target("meeting", detail.id, detail.summary.title)

    def show_commitment(self, commitment_id: int) -> None:
        self.current = ("commitment", commitment_id)
        self.meeting = None

        def load(store: object) -> tuple[CommitmentView, list[Any]]:
            item = browse.get_commitment(self.ctx.store, commitment_id)
            return item, tracking.status_history(self.ctx.store, commitment_id)

        self.ctx.read(load, self._show_commitment_detail)

    def _show_commitment_detail(
        self,
        loaded: tuple[CommitmentView, list[Any]],  # tracking.StatusChangeView
    ) -> None:
        item, history = loaded
        if self.current != ("commitment", item.id):
            return
        self._anchors = {f"commitment:{item.id}": item.anchor} if item.anchor else {}
        self._labels = {f"commitment:{item.id}": item.text}
        self._render(detail_html.commitment_html(item, history))
        self.notes.set_target("commitment", item.id, item.text)
        key = f"commitment:{item.id}"
        if key != self._auto_passage:  # not on a mere refresh: the reader may be in Notes
            self._auto_passage = key
            if item.anchor is not None:  # a commitment is read next to its passage
                self.show_passage(key)
            else:
                self.source.clear()

    def show_actor(self, actor_id: int) -> None:
        self.current = ("actor", actor_id)
        self.meeting = None
        self.ctx.read(lambda s: browse.get_actor(s, actor_id), self._show_actor_detail)

    def _show_actor_detail(self, actor: ActorView) -> None:
        if self.current != ("actor", actor.id):
            return
        self._labels = {f"actor:{actor.id}": actor.name}
        self._render(detail_html.actor_html(actor))
        # An actor has no passage: the one of the item seen before would read as its own.
        self.source.clear()
        self._auto_passage = ""
        self.notes.set_target("actor", actor.id, actor.name)

    def show_candidate(self, candidate: Any) -> None:
        self.current = ("candidate", int(candidate.id))
        self._candidate = candidate
        self.meeting = None
        self._render(detail_html.candidate_html(candidate))
        if candidate.kind in ("meeting", "commitment", "statement"):
            self.notes.set_target(candidate.kind, int(candidate.id), candidate.text)
        if candidate.anchor is not None:
            self.show_source(
                candidate.anchor.source_id, candidate.anchor.start, candidate.anchor.end
            )
        elif candidate.kind == "meeting":
            self._show_document_of(candidate)
        else:
            self.source.clear()

    def _show_document_of(self, candidate: Any) -> None:
        """A meeting to review has no one passage: the document it was read from is shown
        whole, to check its date, place and parties against (the notes stay on the meeting)."""
        meeting_id = int(candidate.id)

        def load(store: Any) -> SourceView | None:
            sources = browse.get_meeting(store, meeting_id, include_candidates=True).sources
            return browse.get_source(store, sources[0].id) if sources else None

        def shown(source: SourceView | None) -> None:
            if self._candidate is not candidate or self.current != ("candidate", meeting_id):
                return  # another item was chosen meanwhile
            if source is None:
                self.source.clear()
                return
            self.source.show_source(source)
            self.tabs.setCurrentIndex(SOURCE_TAB)

        self.ctx.read(load, shown)

    def open_source(self, source_id: int) -> None:
        """A source as the item in view (from the Sources list or a search hit): its title and
        meetings above, its text below, its notes."""
        self.current = ("source", source_id)
        self.meeting = None

        def shown(source: SourceView) -> None:
            if self.current != ("source", source_id):
                return
            self._anchors, self._labels = {}, {f"source:{source_id}": source.summary.title}
            self._render(detail_html.source_html(source))
            self.source.show_source(source)
            self.tabs.setCurrentIndex(SOURCE_TAB)
            self.notes.set_target("source", source_id, source.summary.title)

        self.ctx.read(lambda s: browse.get_source(s, source_id), shown)

    def hide_unless(self, shown: dict[str, set[int]]) -> bool:
        """Drop the item in view if its list (``shown``: kind → ids) no longer shows it (the
        filters hide it, or it was deleted or merged away); True if it was dropped."""
        if self.current is None or self.current[0] not in shown:
            return False
        if self.current[1] in shown[self.current[0]]:
            return False
        self.show_message(
            self.tr("The item in view is hidden by the filters, or no longer exists.")
        )
        self.source.clear(hint=True)
        return True

    def show_source(self, source_id: int, start: int | None = None, end: int | None = None) -> None:
        def shown(source: SourceView) -> None:
            self.source.show_source(source, start, end)
            self.tabs.setCurrentIndex(SOURCE_TAB)
            if start is not None and end is not None:
                self.passage_shown.emit(source_id, start, end)
            else:
                self.notes.set_target("source", source_id, source.summary.title)

        self.ctx.read(lambda s: browse.get_source(s, source_id), shown)

    def show_passage(self, key: str) -> bool:
        """Show the passage an item of the detail came from ('commitment:12'); False if none."""
        anchor = self._anchors.get(key)
        if anchor is None:
            return False
        self.show_source(anchor.source_id, anchor.start, anchor.end)
        return True

    def passage_keys(self) -> list[str]:
        return list(self._anchors)

    def note_on(self, key: str) -> None:
        kind, _, raw = key.partition(":")
        self.notes.set_target(kind, int(raw), self._labels.get(key, key))
        self.tabs.setCurrentIndex(NOTES_TAB)
        self.notes.new_note()

    def record_at(self, url: str) -> tuple[str, int] | None:
        """The record a link of the detail names (``passage:commitment:12`` → commitment 12)."""
        parts = url.split(":")
        if len(parts) >= 2 and parts[-1].isdigit():
            kind = parts[-2]
            if kind in ("meeting", "commitment", "statement", "actor", "source", "participation"):
                return kind, int(parts[-1])
        return None

    def _render(self, html: str) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)

    # slots
    @Slot(QUrl)
    def _on_browser_anchorClicked(self, url: QUrl) -> None:
        action, _, rest = url.toString().partition(":")
        if action == "passage":
            self.show_passage(rest)
        elif action == "note":
            self.note_on(rest)
        elif action == "edit":
            kind, _, raw = rest.partition(":")
            self.edit_requested.emit(kind, int(raw))
        elif action in ("meeting", "source", "commitment", "actor"):
            self.open_requested.emit(action, int(rest))
        elif action == "timeline":
            kind, _, raw = rest.partition(":")
            self.open_requested.emit("timeline", int(raw))

    def _recheck_candidate(self) -> None:
        """A candidate in view that was accepted or rejected meanwhile is no longer "to review"."""
        from desktop_app.services import review

        candidate = self._candidate
        if candidate is None:
            return

        def still(candidates: list[Any]) -> None:
            if self.current != ("candidate", int(candidate.id)):
                return
            if not any(c.kind == candidate.kind and c.id == candidate.id for c in candidates):
                self.show_message(self.tr("Reviewed: this item has left the review queue."))

        self.ctx.read(review.list_candidates, still)

    @Slot(int, int, int)
    def _on_source_note_on_passage(self, source_id: int, start: int, end: int) -> None:
        from desktop_app.services import passages

        def anchored(anchor: AnchorView) -> None:
            self.notes.set_target("anchor", anchor.id, f"« {anchor.exact[:80]} »")
            self.tabs.setCurrentIndex(NOTES_TAB)
            self.notes.new_note()

        self.ctx.runner.write(
            lambda: passages.anchor_passage(self.ctx.store, source_id, start, end),
            anchored,
            self.ctx.error.emit,
        )

    @Slot(int)
    def _on_notes_count_changed(self, count: int) -> None:
        self.tabs.setTabText(
            NOTES_TAB, self.tr("Notes ({0})").format(count) if count else self.tr("Notes")
        )

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, item_id: int) -> None:
        if self.current is None or kind == "annotation":
            return
        current_kind, current_id = self.current
        if current_kind == "candidate":
            self._recheck_candidate()
            return
        if current_kind == "meeting" and kind in ("commitment", "meeting", "statement"):
            self.show_meeting(current_id)
        elif current_kind == "commitment" and kind == "commitment" and item_id == current_id:
            self.show_commitment(current_id)
