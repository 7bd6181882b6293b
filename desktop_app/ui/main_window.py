"""The main window: the frame's sidebar and menus, with the store's pages, detail, search, facets.

The window can exist before its store is open (ui.app's cold start): ``MainWindow(settings=…,
store_name=…)`` is the frame alone (desktop_app/ui/frame.py), and ``attach(ctx)`` fills it in.
So this module imports nothing heavy at its top: the modules ``attach`` needs (BODY_MODULES:
SQLAlchemy, the services, the pages) are imported off the GUI thread by ui.app before it runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from desktop_app.logging_setup import failures_reported
from desktop_app.ui.banner import AlertBanner
from desktop_app.ui.frame import WindowFrame
from desktop_app.ui.labels import SECTIONS
from desktop_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.detail_pane import DetailPane
    from desktop_app.ui.facets import FacetBar, Facets
    from desktop_app.ui.filtering import FacetApplier
    from desktop_app.ui.import_dialog import ImportDialog
    from desktop_app.ui.pages import Pages
    from desktop_app.ui.search import SearchController
    from domain.views import AnnotationView, SearchHit

# What attach() and the window's slots import, loaded before attach on a worker thread (the
# import dialog and its helper processes are loaded when first used).
BODY_MODULES = (
    "desktop_app.services.annotations",
    "desktop_app.services.browse",
    "desktop_app.services.demo",
    "desktop_app.ui.context",
    "desktop_app.ui.pages",
    "desktop_app.ui.detail_pane",
    "desktop_app.ui.facets",
    "desktop_app.ui.filtering",
    "desktop_app.ui.search",
    "desktop_app.ui.models.lazy",
    "desktop_app.ui.editing.controller",
)


@dataclass
class ViewState:
    """What the user looks at, carried over when the window is rebuilt in another language."""

    section: str = "meetings"
    search: str = ""
    facets: Any = None  # a Facets
    detail: tuple[str, int] | None = None
    detail_tab: int = 1
    meeting_ids: list[int] = field(default_factory=list)
    note: Any = None  # the note editor's content (notes_panel.NoteInProgress)


class MainWindow(WindowFrame):
    language_change_requested = Signal(str)
    store_change_requested = Signal(str, bool)  # path, new (an empty store made there)
    store_shown = Signal()  # once, when the lists first show the store after attach

    # Made by attach(): not there while the frame alone shows (``ready`` is False).
    ctx: AppContext
    pages: Pages
    detail: DetailPane
    facets: FacetBar
    search: SearchController
    facet_applier: FacetApplier

    def __init__(
        self,
        ctx: AppContext | None = None,
        *,
        settings: AppSettings | None = None,
        store_name: str = "",
    ) -> None:
        """``MainWindow(ctx)``: the whole window. ``MainWindow(settings=…, store_name=…)``:
        the frame only, until ``attach(ctx)``."""
        if ctx is not None:
            settings, store_name = ctx.settings, ctx.store.path.name
        if settings is None:
            raise TypeError("MainWindow needs its context, or the settings to show its frame")
        super().__init__(settings, store_name)
        # A failed automatic backup or check, above everything until resolved (ui/banner.py).
        self.banner = AlertBanner(self)
        self.centralWidget().layout().insertWidget(0, self.banner)  # type: ignore[union-attr]
        self.banner.backups_requested.connect(self.actions_.backups.trigger)
        self.import_dialogs: list[ImportDialog] = []
        self.last_error = ""
        self._side_lists_due = False  # reload_all: the lists beside the main ones, after them
        self._search_waiting = False  # a search typed before attach: run it without waiting
        self._shown_store = False
        self.retiring = False  # replaced by a window in another language: no exit backup
        self._date_error = ""  # the sentence said about a date that could not be read
        self._pending_state: ViewState | None = None
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Put the store's pages into the frame; the section and search chosen meanwhile stay."""
        from desktop_app.ui.detail_pane import DetailPane
        from desktop_app.ui.facets import FacetBar
        from desktop_app.ui.filtering import FacetApplier
        from desktop_app.ui.pages import Pages
        from desktop_app.ui.search import SearchController

        if self.ready:
            raise RuntimeError("this window already shows a store")
        self.ctx = ctx
        # Owned by the window from now on, so it is destroyed with it on the GUI thread, never
        # by Python's garbage collector on whatever thread happens to run it.
        ctx.setParent(self)
        self.settings = ctx.settings
        self.store_name = ctx.store.path.name
        self.store_location = ctx.store.display_name  # a team store: its URL, no password
        self.set_store_title(self.store_name)
        self.store_label = QLabel(self)
        self.store_label.setObjectName("storeLabel")
        self.statusBar().addPermanentWidget(self.store_label)
        self._show_store_label(demo=False)
        self.setAcceptDrops(True)
        self.facets = FacetBar(self)
        self.pages = Pages(ctx, self)
        self.detail = DetailPane(ctx, self)
        self.replace_placeholders(self.facets, self.pages, self.detail)
        self.undo_group.addStack(ctx.undo_stack)
        self.undo_group.setActiveStack(ctx.undo_stack)
        self.search = SearchController(ctx, self)
        self.facet_applier = FacetApplier(ctx, self.pages)
        self.end_frame()
        self._connect_signals()
        from desktop_app.ui.editing.controller import EditingController

        self.editing = EditingController(self)
        from desktop_app.ui.refresh import ChangeWatcher

        self.watcher = ChangeWatcher(self)  # others' changes on a team store (ui/refresh.py)
        if ctx.store.on_server:
            self.watcher.start()
        self.ready = True
        self._show_page(self.current_section())
        if self.settings.last_meeting_id is not None:
            self.open_item("meeting", self.settings.last_meeting_id)
        self._search_waiting = bool(self.search_box.text().strip())
        self.reload_all()  # then the search typed meanwhile runs (_on_facets_applied)

    def _connect_signals(self) -> None:
        a = self.actions_
        a.new_store.triggered.connect(self._on_new_store_triggered)
        a.open_store.triggered.connect(self._on_open_store_triggered)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        a.import_files.triggered.connect(self._on_import_triggered)
        a.export_brief.triggered.connect(self._on_export_triggered)
        a.export_shown.triggered.connect(self._on_export_shown_triggered)
        a.backups.triggered.connect(self._on_backups_triggered)
        a.load_demo.triggered.connect(self._on_load_demo_triggered)
        from desktop_app.ui.offline_dialog import OfflineMenu  # File ▸ Take dossier offline…

        self.offline_menu = OfflineMenu(self)
        a.new_note.triggered.connect(self._on_new_note_triggered)
        a.leave_search.triggered.connect(self._on_leave_search_triggered)
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
        self.facets.invalid.connect(self._on_date_invalid)
        self.pages.tracker.due_changed.connect(self._on_facets_changed)
        self.pages.tracker.due_invalid.connect(self._on_date_invalid)
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

    # what the user looks at, kept across a change of language
    def view_state(self) -> ViewState:
        current = self.detail.current
        keep = current if current and current[0] != "candidate" else None
        return ViewState(
            section=self.current_section(),
            search=self.search_box.text(),
            facets=self.current_facets(),
            detail=keep,
            detail_tab=self.detail.tabs.currentIndex(),
            note=self.detail.notes.in_progress(),
            meeting_ids=self.pages.meetings.selected_ids(),
        )

    def restore_view_state(self, state: ViewState) -> None:
        """Show what ``state`` showed: section, filters, search, item in view, selected rows."""
        self._pending_state = state
        self.show_section(state.section)
        if state.facets is not None:
            self.facets.set_facets(state.facets)
            self.pages.tracker.due_from.set_date(state.facets.due_from)
            self.pages.tracker.due_to.set_date(state.facets.due_to)
            self.apply_facets()
        if state.search:
            self.search_box.setText(state.search)
        self.detail.notes.carry_over(state.note)
        if state.detail is not None:
            self.open_item(*state.detail)
        self.detail.tabs.setCurrentIndex(state.detail_tab)

    def _select_pending_meetings(self) -> None:
        state, self._pending_state = self._pending_state, None
        if state is None or not state.meeting_ids:
            return
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        model, view = self.pages.meeting_model, self.pages.meetings
        selection = QItemSelection()
        for meeting_id in state.meeting_ids:
            row = model.row_of(meeting_id)
            if row >= 0:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # layout and settings
    def save_layout(self) -> None:
        if self.ready:
            current = self.detail.current
            meeting = current[1] if current and current[0] == "meeting" else None
            self.settings.last_meeting_id = meeting
        super().save_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.ready:  # closed while the store was opening: nothing of it to save
            super().closeEvent(event)
            return
        self.watcher.stop()  # no poll of a store being closed
        self.detail.notes.flush_draft()
        self.save_layout()
        self.ctx.runner.drain()  # every queued write reaches the store before we leave
        if self.retiring:  # the app goes on in the new window: it backs up when it closes
            event.accept()
            return
        from desktop_app.services import backup

        with failures_reported() as failures:
            try:
                backup.maybe_backup(self.ctx.store, on_exit=True)
            except Exception as exc:  # a failed backup must not block closing
                self.last_error = str(exc)
        for kind, message in failures:  # the banner closes with the window: said in a dialog
            self.last_error = message
            QMessageBox.warning(self, self.tr("Backup failed"), self.banner.sentence(kind, message))
        event.accept()

    # navigation
    def show_section(self, key: str) -> None:
        row = SECTIONS.index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # _on_sidebar_currentRowChanged shows the page
        elif self.ready:
            self._show_page(key)

    def _show_page(self, key: str) -> None:
        if (
            key == "meetings"
            and self.pages.meeting_model.loaded
            and self.pages.meeting_model.rowCount() == 0
            and self.current_facets().is_empty()
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
            self.detail.open_source(item_id)
        elif kind == "timeline":
            self.show_section("timeline")
            self.pages.timeline.select_actor(item_id)
        elif kind == "annotation":
            from desktop_app.services import annotations as notes_api

            self.ctx.read(lambda s: notes_api.get_annotation(s, item_id), self._open_note)

    def _open_note(self, note: AnnotationView) -> None:
        if note.target_kind in ("meeting", "commitment", "actor", "source"):
            self.open_item(note.target_kind, note.target_id)
        else:
            self.detail.notes.set_target(note.target_kind, note.target_id, note.body[:60])
        self.detail.tabs.setCurrentWidget(self.detail.notes)

    def reload_all(self) -> None:
        """Every list again: the meetings and commitments (and a search) first, then the
        actors, tags and sources, whose reads would otherwise hold the GIL against them."""
        self._side_lists_due = True
        self.apply_facets()

    def _show_store_label(self, demo: bool) -> None:
        text = self.tr("Store: {0}").format(self.store_name)
        if demo:
            text += " · " + self.tr("holds the demo dossier")
        self.store_label.setText(text)
        self.store_label.setToolTip(self.store_location)
        self.set_store_title(self.store_name, demo)

    def _on_demo_ids_loaded(self, ids: set[int]) -> None:
        self.pages.meeting_model.set_demo_ids(ids)
        self._show_store_label(bool(ids))

    def _reload_side_lists(self) -> None:
        from desktop_app.services import annotations as notes_api
        from desktop_app.services import browse, demo

        self.ctx.read(demo.demo_meeting_ids, self._on_demo_ids_loaded)
        self.ctx.read(browse.list_actors, self._on_actors_loaded)
        self.ctx.read(notes_api.list_tags, self._on_tags_loaded)
        self.ctx.read(browse.list_sources, self.pages.source_model.set_rows)

    def _on_actors_loaded(self, actors: list[Any]) -> None:
        self.pages.actor_model.set_rows(actors)
        self.facets.set_actors(actors)
        self.pages.timeline.set_actors(actors)

    def _on_tags_loaded(self, tags: list[tuple[str, int]]) -> None:
        self.pages.tag_model.set_rows(tags)
        self.facets.set_tags(tags)

    def current_facets(self) -> Facets:
        """The facet bar's filters with the tracker's due-date range."""
        from dataclasses import replace

        tracker = self.pages.tracker
        return replace(
            self.facets.facets(), due_from=tracker.due_from.date(), due_to=tracker.due_to.date()
        )

    def apply_facets(self) -> None:
        self.facet_applier.apply(self.current_facets(), self._on_facets_applied)

    def _on_facets_applied(self) -> None:
        if self.current_section() == "meetings" and self.pages.current_key() in (
            "meetings",
            "empty",
        ):
            self._show_page("meetings")
        if self.search_box.text().strip():
            self.search.set_text(self.search_box.text())
            if self._search_waiting:  # typed while the store opened: no keystroke is coming
                self.search.run_now()
        self._search_waiting = False
        if self._side_lists_due:
            self._side_lists_due = False
            self._reload_side_lists()
        if self._pending_state is not None:
            self._select_pending_meetings()
        self._drop_hidden_detail()
        if not self._shown_store:
            self._shown_store = True
            self.store_shown.emit()

    def _drop_hidden_detail(self) -> None:
        """The detail pane never keeps an item the filtered lists no longer show."""
        facets = self.current_facets()
        shown: dict[str, set[int]] = {"meeting": set(self.pages.meeting_model.ids())}
        if facets.theme or facets.status or facets.tag or facets.actor_id:
            shown["commitment"] = set(self.pages.tracker.model.ids())
        self.detail.hide_unless(shown)

    # search
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
        facets = self.current_facets()
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
        self._clear_date_error()
        self.apply_facets()  # then the search runs again, on the filtered lists
        actor_id = self.current_facets().actor_id
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
            from desktop_app.services import annotations as notes_api

            tag = row[0]

            def load(store: Any) -> Any:  # the notes and what each is on
                rows = notes_api.list_annotations(store, tag=tag)
                return rows, notes_api.note_targets(store, rows)

            self.ctx.read(load, self.pages.tag_notes_model.set_notes)

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
        from desktop_app.ui.import_dialog import importable_suffixes

        patterns = " ".join(f"*{s}" for s in importable_suffixes())
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), "", self.tr("Documents ({0})").format(patterns)
        )
        if names:
            self.start_import([Path(n) for n in names])

    def start_import(self, paths: list[Path]) -> ImportDialog:
        from desktop_app.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, paths, self)
        dialog.imported.connect(self._on_import_imported)
        self.import_dialogs.append(dialog)
        dialog.show()  # the user checks the publication dates and addresses, then imports
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
        """The meetings a brief is of: the rows selected in the meetings list, else the meeting
        in view if the list shows it. Never a meeting the filters hide; [] when none."""
        shown = set(self.pages.meeting_model.ids())
        chosen = [i for i in self.pages.meetings.selected_ids() if i in shown]
        if chosen:
            return chosen
        current = self.detail.current
        if current and current[0] == "meeting" and current[1] in shown:
            return [current[1]]
        return []

    def compose_brief(self, meeting_ids: list[int]) -> bool:
        from desktop_app.ui.briefs.composer import BriefComposer

        if not meeting_ids:
            return False
        self._open_dialog(BriefComposer(self.ctx.store, meeting_ids, self))
        return True

    @Slot()
    def _on_export_triggered(self) -> None:
        if not self.compose_brief(self.selected_meeting_ids()):
            self.statusBar().showMessage(
                self.tr(
                    "Select meetings in the list first (Shift/Ctrl-click, Ctrl+A for all), "
                    "or export a brief of the meetings shown (Ctrl+Shift+E)."
                ),
                8000,
            )

    @Slot()
    def _on_export_shown_triggered(self) -> None:
        if not self.compose_brief(self.pages.meeting_model.ids()):
            self.statusBar().showMessage(
                self.tr("The list shows no meeting: change the filters first."), 8000
            )

    @Slot()
    def _on_backups_triggered(self) -> None:
        from desktop_app.ui.backups_dialog import BackupsDialog

        self._open_dialog(BackupsDialog(self.ctx.store, self))

    def _open_dialog(self, dialog: QDialog) -> None:
        """Window-modal but not blocking: the event loop (and the workers' results) go on."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_load_demo_triggered(self) -> None:
        from desktop_app.services import demo

        self.ctx.write(demo.load_demo, "meeting", 0, lambda _n: self.reload_all())

    # stores
    @Slot()
    def _on_new_store_triggered(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New store"),
            str(Path(self.store_location).parent / "chancery-new.db"),
            self.tr("Chancery stores (*.db)"),
        )
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".db")
            if path.exists():
                QMessageBox.warning(
                    self,
                    self.tr("New store"),
                    self.tr("{0} already exists: choose another name, or open it.").format(path),
                )
                return
            self.store_change_requested.emit(str(path), True)

    @Slot()
    def _on_open_store_triggered(self) -> None:
        """A store file, or a team store's server address (ui/open_store_dialog.py)."""
        from desktop_app.ui.open_store_dialog import OpenStoreDialog

        store = self.ctx.store
        folder = str(Path.home() if store.on_server else store.path.parent)
        dialog = OpenStoreDialog(folder, store.address if store.on_server else "", self)
        dialog.accepted.connect(lambda: self.open_store(dialog.target()))
        self.open_store_dialog = dialog  # tests, screenshots
        dialog.open()

    def open_store(self, path: str) -> None:
        if self.ctx.store.is_at(path):
            self.statusBar().showMessage(self.tr("This store is already open."), 5000)
            return
        self.store_change_requested.emit(path, False)

    @Slot()
    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        recent = [p for p in self.settings.recent_stores if not self.ctx.store.is_at(p)]
        for path in recent:
            act = menu.addAction(path)
            act.triggered.connect(lambda _checked=False, p=path: self.open_store(p))
        if not recent:
            menu.addAction(self.tr("No other store opened yet")).setEnabled(False)

    @Slot()
    def _on_language_triggered(self) -> None:
        act = self.sender()
        code = act.data() if isinstance(act, QAction) else None
        if code and code != self.ctx.settings.language:
            self.ctx.settings.language = code
            self.language_change_requested.emit(code)

    @Slot(str)
    def _on_date_invalid(self, message: str) -> None:
        self._date_error = message
        self.statusBar().showMessage(message, 10000)

    def _clear_date_error(self) -> None:
        """A date was read after all: the sentence about the one that was not goes."""
        if self._date_error and self.statusBar().currentMessage() == self._date_error:
            self.statusBar().clearMessage()
        self._date_error = ""

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
            from desktop_app.services import annotations as notes_api

            self.ctx.read(notes_api.list_tags, self._on_tags_loaded)
        elif kind in ("meeting", "import", "statement"):
            self.reload_all()  # the demo's labels with the side lists


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    from desktop_app.ui.import_dialog import importable_suffixes

    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    from desktop_app.ingest.readers import documents_in

    suffixes = importable_suffixes()
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    # A folder brings its documents and its subfolders', as `chancery import FOLDER` does.
    return [
        found
        for path in paths
        for found in (documents_in(path) if path.is_dir() else [path])
        if found.suffix.lower() in suffixes
    ]
