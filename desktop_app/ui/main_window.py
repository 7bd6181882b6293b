"""The main window: sidebar, centre pages, detail pane, search and facets, menus and settings."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, demo
from desktop_app.services.views import AnnotationView, SearchHit
from desktop_app.ui.actions import build_actions, shortcuts_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.detail_pane import DetailPane
from desktop_app.ui.facets import FacetBar
from desktop_app.ui.filtering import FacetApplier
from desktop_app.ui.import_dialog import ImportDialog, importable_suffixes
from desktop_app.ui.models.lazy import ID_ROLE
from desktop_app.ui.pages import SECTIONS, Pages, section_label
from desktop_app.ui.search import SearchController

SIDEBAR_STYLE = "QListWidget::item { padding: 5px 8px; }"


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        # Owned by the window from now on, so it is destroyed with it on the GUI thread, never
        # by Python's garbage collector on whatever thread happens to run it.
        ctx.setParent(self)
        self.setObjectName("ChanceryMainWindow")
        self.setWindowTitle(self.tr("Chancery — {0}").format(ctx.store.path.name))
        self.setAcceptDrops(True)
        self.import_dialogs: list[ImportDialog] = []
        self.last_error = ""
        # top: search and facets
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)…"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(220)
        self.facets = FacetBar(self)
        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 2)
        top_layout.addWidget(self.search_box, 1)
        top_layout.addWidget(self.facets, 3)
        # sidebar, pages, detail
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(section_label(k)) for k in SECTIONS
        )
        self.sidebar.setMinimumWidth(widest + 36)
        for key in SECTIONS:
            item = QListWidgetItem(section_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.pages = Pages(ctx, self)
        self.detail = DetailPane(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.sidebar, self.pages, self.detail):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.actions_ = build_actions(self, self.menuBar())
        self.actions_.languages[ctx.settings.language].setChecked(True)
        self.search = SearchController(ctx, self)
        self.facet_applier = FacetApplier(ctx, self.pages)
        self._section_before_search = "meetings"
        self._connect_signals()
        self._restore_layout()
        self.reload_all()

    def _connect_signals(self) -> None:
        a = self.actions_
        a.import_files.triggered.connect(self._on_import_triggered)
        a.export_brief.triggered.connect(self._on_export_triggered)
        a.backups.triggered.connect(self._on_backups_triggered)
        a.load_demo.triggered.connect(self._on_load_demo_triggered)
        a.quit.triggered.connect(self.close)
        a.new_note.triggered.connect(self._on_new_note_triggered)
        a.find.triggered.connect(self._on_find_triggered)
        a.leave_search.triggered.connect(self._on_leave_search_triggered)
        a.shortcuts_help.triggered.connect(self._on_shortcuts_triggered)
        a.about.triggered.connect(self._on_about_triggered)
        for act in a.languages.values():
            act.triggered.connect(self._on_language_triggered)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_currentRowChanged)
        for act in a.sections:
            act.triggered.connect(self._on_section_triggered)
        self.search_box.textChanged.connect(self._on_search_box_textChanged)
        self.search_box.returnPressed.connect(self._on_search_box_returnPressed)
        self.search.results.connect(self._on_search_results)
        self.search.cleared.connect(self._on_search_cleared)
        self.facets.changed.connect(self._on_facets_changed)
        p = self.pages
        p.meetings.selected_id.connect(self._on_meetings_selected_id)
        p.meetings.activated_id.connect(self._on_meetings_selected_id)
        p.tracker.commitment_selected.connect(self._on_tracker_commitment_selected)
        p.timeline.open_requested.connect(self.open_item)
        p.actors.selected_id.connect(self._on_actors_selected_id)
        p.sources.selected_id.connect(self._on_sources_selected_id)
        p.tag_table.selectionModel().currentRowChanged.connect(self._on_tag_table_currentRowChanged)
        p.tag_notes.activated_id.connect(self._on_tag_notes_activated_id)
        p.tag_notes.selected_id.connect(self._on_tag_notes_activated_id)
        p.search.hit_activated.connect(self._on_search_hit_activated)
        p.review.candidate_selected.connect(self._on_review_candidate_selected)
        p.empty.import_requested.connect(self._on_import_triggered)
        p.empty.demo_requested.connect(self._on_load_demo_triggered)
        self.detail.open_requested.connect(self.open_item)
        self.ctx.error.connect(self._on_ctx_error)
        self.ctx.status_message.connect(self._on_ctx_status_message)
        self.ctx.changed.connect(self._on_ctx_changed)

    # layout and settings
    def _restore_layout(self) -> None:
        s = self.ctx.settings
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1280, 800)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        sizes = s.splitter_sizes
        self.reset_splitter(sizes if len(sizes) == 3 and all(sizes) else None)
        last = s.last_view if s.last_view in SECTIONS else "meetings"
        self.show_section(last)
        if s.last_meeting_id is not None:
            self.open_item("meeting", s.last_meeting_id)

    def reset_splitter(self, sizes: list[int] | None = None) -> None:
        """The saved sizes, or a sidebar just wide enough and the rest shared by list and detail."""
        if sizes is None:
            sidebar = self.sidebar.minimumWidth() + 10
            rest = max(600, self.width() - sidebar)
            sizes = [sidebar, rest * 46 // 100, rest - rest * 46 // 100]
        self.splitter.setSizes(sizes)

    def save_layout(self) -> None:
        s = self.ctx.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_sizes = self.splitter.sizes()
        s.last_view = self.current_section()
        current = self.detail.current
        s.last_meeting_id = current[1] if current and current[0] == "meeting" else None
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.notes.flush_draft()
        self.save_layout()
        self.ctx.runner.drain()  # every queued write reaches the store before we leave
        backup = _optional("desktop_app.services.backup")
        if backup is not None and hasattr(backup, "maybe_backup"):
            try:
                backup.maybe_backup(self.ctx.store, on_exit=True)
            except Exception as exc:  # a failed backup must not block closing
                self.last_error = str(exc)
        event.accept()

    # navigation
    def show_section(self, key: str) -> None:
        row = SECTIONS.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # _on_sidebar_currentRowChanged shows the page
        else:
            self._show_page(key)

    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return SECTIONS[row] if 0 <= row < len(SECTIONS) else "meetings"

    def _show_page(self, key: str) -> None:
        if (
            key == "meetings"
            and self.pages.meeting_model.loaded
            and self.pages.meeting_model.rowCount() == 0
            and self.facets.facets().is_empty()
        ):
            self.pages.show_key("empty")
        else:
            self.pages.show_key(key)
        if key == "timeline":
            self.pages.timeline.reload()
        elif key == "review":
            self.pages.review.reload()
        elif key == "briefs":
            self.pages.show_briefs()

    @Slot(str, int)
    def open_item(self, kind: str, item_id: int) -> None:
        """Show an item in the detail pane (from a list, a link, the timeline or a search)."""
        if kind == "meeting":
            self.detail.show_meeting(item_id)
        elif kind == "commitment":
            self.detail.show_commitment(item_id)
        elif kind == "actor":
            self.detail.show_actor(item_id)
        elif kind == "source":
            self.detail.show_source(item_id)
        elif kind == "timeline":
            self.show_section("timeline")
            self.pages.timeline.select_actor(item_id)
        elif kind == "annotation":
            self.ctx.read(lambda s: notes_api.get_annotation(s, item_id), self._open_note)

    def _open_note(self, note: AnnotationView) -> None:
        if note.target_kind in ("meeting", "commitment", "actor", "source"):
            self.open_item(note.target_kind, note.target_id)
        else:
            self.detail.notes.set_target(note.target_kind, note.target_id, note.body[:60])
        self.detail.tabs.setCurrentWidget(self.detail.notes)

    def reload_all(self) -> None:
        self.ctx.read(browse.list_actors, self._on_actors_loaded)
        self.ctx.read(notes_api.list_tags, self._on_tags_loaded)
        self.ctx.read(browse.list_sources, self.pages.source_model.set_rows)
        self.apply_facets()

    def _on_actors_loaded(self, actors: list[Any]) -> None:
        self.pages.actor_model.set_rows(actors)
        self.facets.set_actors(actors)
        self.pages.timeline.set_actors(actors)

    def _on_tags_loaded(self, tags: list[tuple[str, int]]) -> None:
        self.pages.tag_model.set_rows(tags)
        self.facets.set_tags(tags)

    def apply_facets(self) -> None:
        self.facet_applier.apply(self.facets.facets(), self._on_facets_applied)

    def _on_facets_applied(self) -> None:
        if self.current_section() == "meetings" and self.pages.current_key() in (
            "meetings",
            "empty",
        ):
            self._show_page("meetings")
        if self.search_box.text().strip():
            self.search.set_text(self.search_box.text())

    # search
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def leave_search(self) -> None:
        self.search_box.clear()
        self.pages.show_key(self._section_before_search)
        current = self.pages.currentWidget()
        if current is not None:
            current.setFocus()

    @Slot(str)
    def _on_search_box_textChanged(self, text: str) -> None:
        if text.strip() and self.pages.current_key() != "search":
            self._section_before_search = self.current_section()
        self.search.set_text(text)

    @Slot()
    def _on_search_box_returnPressed(self) -> None:
        self.search.run_now()
        self.pages.search.setFocus()
        if self.pages.search_model.rowCount():
            self.pages.search.setCurrentIndex(self.pages.search_model.index(0, 0))

    @Slot(str, list)
    def _on_search_results(self, query: str, hits: list[SearchHit]) -> None:
        facets = self.facets.facets()
        kept = [h for h in hits if self.facet_applier.keep_hit(h, facets)]
        self.pages.search_model.set_hits(query, kept)
        self.pages.show_key("search")
        self.statusBar().showMessage(self.tr("%n result(s)", "", len(kept)), 4000)

    @Slot()
    def _on_search_cleared(self) -> None:
        self.pages.search_model.set_hits("", [])
        if self.pages.current_key() == "search":
            self._show_page(self._section_before_search)

    @Slot(object)
    def _on_search_hit_activated(self, hit: SearchHit) -> None:
        if hit.kind in ("meeting", "commitment", "actor", "source", "annotation"):
            self.open_item(hit.kind, hit.id)
        elif hit.meeting_id is not None:  # a statement: its meeting, then its passage
            self.open_item("meeting", hit.meeting_id)

    # slots
    @Slot(int)
    def _on_sidebar_currentRowChanged(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            if self.search_box.text():
                self.search_box.blockSignals(True)
                self.search_box.clear()
                self.search_box.blockSignals(False)
                self.search.set_text("")
            self._show_page(SECTIONS[row])

    @Slot()
    def _on_facets_changed(self) -> None:
        self.apply_facets()  # then the search runs again, on the filtered lists
        actor_id = self.facets.facets().actor_id
        if self.pages.timeline.actor.currentData() != actor_id:
            self.pages.timeline.select_actor(actor_id)

    @Slot(int)
    def _on_meetings_selected_id(self, meeting_id: int) -> None:
        self.open_item("meeting", meeting_id)

    @Slot(int)
    def _on_tracker_commitment_selected(self, commitment_id: int) -> None:
        self.open_item("commitment", commitment_id)

    @Slot(int)
    def _on_actors_selected_id(self, actor_id: int) -> None:
        self.open_item("actor", actor_id)

    @Slot(int)
    def _on_sources_selected_id(self, source_id: int) -> None:
        self.open_item("source", source_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_tag_table_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.pages.tag_model.row_at(current.row())
        if row is not None:
            tag = row[0]
            self.ctx.read(
                lambda s: notes_api.list_annotations(s, tag=tag),
                self.pages.tag_notes_model.set_rows,
            )

    @Slot(int)
    def _on_tag_notes_activated_id(self, note_id: int) -> None:
        self.open_item("annotation", note_id)

    @Slot(object)
    def _on_review_candidate_selected(self, candidate: Any) -> None:
        self.detail.show_candidate(candidate)

    @Slot()
    def _on_section_triggered(self) -> None:
        act = self.sender()
        if isinstance(act, QAction):
            self.show_section(SECTIONS[int(act.data())])
            current = self.pages.currentWidget()
            if current is not None:
                current.setFocus()

    @Slot()
    def _on_find_triggered(self) -> None:
        self.focus_search()

    @Slot()
    def _on_leave_search_triggered(self) -> None:
        if self.search_box.text() or self.search_box.hasFocus():
            self.leave_search()

    @Slot()
    def _on_new_note_triggered(self) -> None:
        if self.detail.notes.target is None:
            self.statusBar().showMessage(self.tr("Select an item first, then press Ctrl+N."), 5000)
            return
        self.detail.tabs.setCurrentWidget(self.detail.notes)
        self.detail.notes.new_note()

    @Slot()
    def _on_import_triggered(self) -> None:
        patterns = " ".join(f"*{s}" for s in importable_suffixes())
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), "", self.tr("Documents ({0})").format(patterns)
        )
        if names:
            self.start_import([Path(n) for n in names])

    def start_import(self, paths: list[Path]) -> ImportDialog:
        dialog = ImportDialog(self.ctx, paths, self)
        dialog.imported.connect(self._on_import_imported)
        self.import_dialogs.append(dialog)
        dialog.show()
        dialog.start()
        return dialog

    @Slot()
    def _on_import_imported(self) -> None:
        self.reload_all()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def selected_meeting_ids(self) -> list[int]:
        rows = self.pages.meetings.selectionModel().selectedRows()
        if rows:
            return [int(r.data(ID_ROLE)) for r in rows]
        current = self.detail.current
        if current and current[0] == "meeting":
            return [current[1]]
        return self.pages.meeting_model.ids()

    @Slot()
    def _on_export_triggered(self) -> None:
        composer = _optional("desktop_app.ui.briefs.composer")
        if composer is None:
            self.statusBar().showMessage(self.tr("The brief composer is not installed yet."), 5000)
            return
        self._open_dialog(composer.BriefComposer(self.ctx.store, self.selected_meeting_ids(), self))

    @Slot()
    def _on_backups_triggered(self) -> None:
        dialog = _optional("desktop_app.ui.backups_dialog")
        if dialog is None:
            self.statusBar().showMessage(self.tr("Backups are not available yet."), 5000)
            return
        self._open_dialog(dialog.BackupsDialog(self.ctx.store, self))

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal but not blocking: the event loop (and the workers' results) go on."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_load_demo_triggered(self) -> None:
        self.ctx.write(demo.load_demo, "meeting", 0, lambda _n: self.reload_all())

    @Slot()
    def _on_language_triggered(self) -> None:
        act = self.sender()
        code = act.data() if isinstance(act, QAction) else None
        if code and code != self.ctx.settings.language:
            self.ctx.settings.language = code
            self.language_change_requested.emit(code)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcuts_text(self))

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Chancery"),
            self.tr("Chancery: meetings, commitments and notes, offline.\nStore: {0}").format(
                self.ctx.store.path
            ),
        )

    @Slot(str)
    def _on_ctx_error(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, 10000)

    @Slot(str)
    def _on_ctx_status_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, _item_id: int) -> None:
        if kind == "annotation":
            self.ctx.read(notes_api.list_tags, self._on_tags_loaded)
        elif kind in ("meeting", "import", "statement"):
            self.reload_all()


def _optional(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    suffixes = importable_suffixes()
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in suffixes
    ]
