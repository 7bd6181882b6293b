"""Notes on the item in view: list, editor (body, tags, in-brief), history, drafts kept as typed.

An edit or a deletion is made from the version of the note the editor showed: if another
analyst changed the note since (a team store), nothing is written and the conflict dialog
shows theirs beside the user's, who chooses (conflict_dialog.py, as every other edit).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import annotations as notes_api
from desktop_app.services.store import EditConflict, Store
from desktop_app.ui.browse_views import SayingTable
from desktop_app.ui.conflict_dialog import ConflictDialog, StaleEdit
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import format_datetime
from desktop_app.ui.labels import kind_label
from desktop_app.ui.models.lists import NoteListModel
from desktop_app.ui.undo_commands import AddNoteCommand
from domain.views import AnnotationView, DraftView

DRAFT_DELAY_MS = 600
# Kinds of item the window shows in its detail pane (a draft on one opens it).
OPENABLE = ("meeting", "commitment", "actor", "source")


def split_tags(raw: str) -> list[str]:
    return [t.strip().lstrip("#") for t in raw.replace(";", ",").split(",") if t.strip()]


@dataclass(frozen=True)
class NoteInProgress:
    """What the note editor holds: its target, the note being edited (None: a new one), text."""

    target: tuple[str, int]
    note_id: int | None
    body: str
    tags: str | None = None  # None: the note's own (a recovered draft keeps only the text)
    in_brief: bool | None = None


# A note as the editor holds it: text, tags, in the brief. None: the note deleted.
NoteValues = tuple[str, tuple[str, ...], bool]


def _values(note: AnnotationView) -> NoteValues:
    return note.body, tuple(note.tags), note.include_in_brief


@dataclass(frozen=True)
class _Refused:
    """A note's edit refused as made on an old copy: the note as it is now."""

    theirs: AnnotationView


class GuardedNoteCommand(QUndoCommand):
    """Edit a note (``mine`` its new values) or delete it (``mine`` None) from the version the
    editor showed; undo puts the earlier values back (a deleted note: restores it).

    Every write carries the version this command last saw: a note someone else changed since
    is never written over. The conflict dialog then shows what the user saw, theirs, and
    what the user wrote; "Apply mine" writes again from their version, "Keep theirs" leaves it.
    """

    def __init__(self, panel: NotesPanel, note: AnnotationView, mine: NoteValues | None) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Edit note")
            if mine is not None
            else QCoreApplication.translate("UndoCommands", "Delete note")
        )
        self.panel, self.ctx = panel, panel.ctx
        self.note_id = note.id
        self.before: NoteValues = _values(note)
        self.mine = mine
        self.version = note.version  # the note's version as this command last saw it
        self.dialog: ConflictDialog | None = None
        self._first_refused = False
        self._done_once = False

    def redo(self) -> None:
        self._write(self.mine, self.before)

    def undo(self) -> None:
        if self._first_refused:  # the edit was never made: nothing to take back
            return
        if self.mine is None:
            note_id = self.note_id
            self.ctx.write(
                lambda s: notes_api.restore_annotation(s, note_id), "annotation", note_id,
                self._written,
            )  # fmt: skip
            return
        self._write(self.before, self.mine)

    def _write(self, values: NoteValues | None, shown: NoteValues | None) -> None:
        """Write ``values`` (None: delete) from ``self.version``; ``shown``: what the user had
        in view before (the "when you opened it" column if refused)."""
        note_id, expected = self.note_id, self.version

        def action(store: Store) -> Any:
            try:
                if values is None:
                    return notes_api.delete_annotation(store, note_id, expected_version=expected)
                body, tags, in_brief = values
                return notes_api.edit_annotation(
                    store, note_id, body=body, tags=tags, include_in_brief=in_brief,
                    expected_version=expected,
                )  # fmt: skip
            except EditConflict:
                return _Refused(notes_api.get_annotation(store, note_id))

        self.ctx.write(
            action, "annotation", note_id, lambda result: self._finished(result, values, shown)
        )

    def _written(self, result: Any) -> None:
        if isinstance(result, AnnotationView):
            self.version = result.version

    def _finished(self, result: Any, values: NoteValues | None, shown: NoteValues | None) -> None:
        first = not self._done_once
        self._done_once = True
        if not isinstance(result, _Refused):
            self._written(result)
            return
        if first:
            self._first_refused = True
            self.setObsolete(True)  # nothing to undo: it leaves the stack when next undone
        theirs = result.theirs
        self.dialog = ConflictDialog(self._stale(theirs, values, shown), self.panel)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.chosen.connect(lambda apply: self._chosen(theirs, values, apply))
        self.dialog.open()

    def _stale(
        self, theirs: AnnotationView, values: NoteValues | None, shown: NoteValues | None
    ) -> StaleEdit:
        deleted = QCoreApplication.translate("NotesPanel", "(deleted)")
        in_bin = QCoreApplication.translate("NotesPanel", "(in the bin)")

        def texts(v: NoteValues | None, gone: str) -> tuple[str, str, str]:
            if v is None:
                return gone, "", ""
            return v[0], ", ".join(v[1]), self.panel.yes_no(v[2])

        base, now, mine = texts(shown, deleted), texts(_values(theirs), ""), texts(values, deleted)
        if theirs.deleted:
            now = (f"{in_bin} {now[0]}", now[1], now[2])
        names = (
            "note",
            QCoreApplication.translate("NotesPanel", "Tags"),
            QCoreApplication.translate("NotesPanel", "In the brief"),
        )
        rows = tuple(zip(names, base, now, mine, strict=True))
        their_fields = dict(zip(names, now, strict=True))
        return StaleEdit("annotation", self.note_id, rows, their_fields, theirs.version)

    def _chosen(self, theirs: AnnotationView, values: NoteValues | None, apply: bool) -> None:
        self.dialog = None
        if not apply:
            self.ctx.status_message.emit(
                QCoreApplication.translate("ConflictDialog", "Kept the other analyst's version.")
            )
            self.panel.follow_store(self.note_id)  # the editor shows theirs
            self.ctx.changed.emit("annotation", self.note_id)
            return
        # Their values become what undo gives back; the write is itself guarded.
        self.version = theirs.version
        if values is self.mine:
            self.before = _values(theirs)
        self._first_refused = False
        self.setObsolete(False)
        self._write(values, _values(theirs))


class NotesPanel(QWidget):
    count_changed = Signal(int)
    open_requested = Signal(str, int)  # a recovered draft's item: the window shows it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target: tuple[str, int] | None = None
        self.editing: AnnotationView | None = None
        self._pending_drafts: list[DraftView] = []
        self._follow: int | None = None  # a note whose editor takes the store's at next reload
        # The editor's text carried into a window rebuilt in another language (carry_over).
        self._carried: NoteInProgress | None = None
        self.model = NoteListModel(self)
        self.header = QLabel(self.tr("Select an item to see and write its notes."))
        self.header.setWordWrap(True)
        self.drafts_bar = QWidget(self)
        self.drafts_label = QLabel(self.drafts_bar)
        self.drafts_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), self.drafts_bar)
        self.discard_button = QPushButton(self.tr("Discard"), self.drafts_bar)
        bar = QHBoxLayout(self.drafts_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.drafts_label, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.drafts_bar.hide()
        self.table = SayingTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Notes on this item"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The note's words wrap over the room left by the tags and the date, which keep their
        # own width (a date cut in two lines, a note cut after four words, read as broken).
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(90)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Write a note… (saved as a draft as you type)"))
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setTabChangesFocus(True)  # Tab goes on to the tags, as in any form
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 3 + 12)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.in_brief = QCheckBox(self.tr("Include in brief"), self)
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.new_button = QPushButton(self.tr("New"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.history = QTextBrowser(self)
        self.history.setAccessibleName(self.tr("Earlier versions of the note"))
        self.history.setMaximumHeight(70)
        self.history.hide()  # shown with a saved note: an empty box under the buttons looked broken
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tags, 1)
        tag_row.addWidget(self.in_brief)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.drafts_bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.body, 1)
        layout.addLayout(tag_row)
        layout.addLayout(buttons)
        layout.addWidget(self.history)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        # Ctrl+S or Ctrl+Enter saves the note, from the text, the tags or the check box.
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_keys = [
            QShortcut(QKeySequence(key), self, context=within)
            for key in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")
        ]
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+S or Ctrl+Enter)"))
        self._set_enabled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.body.textChanged.connect(self._on_body_textChanged)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for shortcut in self.save_keys:
            shortcut.activated.connect(self._on_save_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selectionChanged)
        self.ctx.changed.connect(self._on_ctx_changed)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.body, self.tags, self.in_brief, self.save_button, self.new_button):
            widget.setEnabled(enabled)
        self.delete_button.setEnabled(enabled and self.editing is not None)

    # the editor across a rebuilt window
    def in_progress(self) -> NoteInProgress | None:
        """The editor's content if the user has typed something there, else None."""
        if self.target is None:
            return None
        body, tags, in_brief = self.body.toPlainText(), self.tags.text(), self.in_brief.isChecked()
        note = self.editing
        if note is None and not body.strip() and not tags.strip():
            return None
        note_id = note.id if note is not None else None
        return NoteInProgress(self.target, note_id, body, tags, in_brief)

    def carry_over(self, note: NoteInProgress | None) -> None:
        """Put ``note`` back in the editor once its target is in view (and its notes read)."""
        self._carried = note

    def _apply_carried(self, notes: list[AnnotationView]) -> None:
        carried, self._carried = self._carried, None
        if carried is None:
            return
        if carried.note_id is not None:
            note = next((n for n in notes if n.id == carried.note_id), None)
            if note is not None:
                self.select_note(note.id)  # loads it: history, Delete, "Save changes"
        self.body.blockSignals(True)
        self.body.setPlainText(carried.body)
        self.body.blockSignals(False)
        if carried.tags is not None:
            self.tags.setText(carried.tags)
        if carried.in_brief is not None:
            self.in_brief.setChecked(carried.in_brief)

    # target
    def set_target(self, kind: str, item_id: int, label: str) -> None:
        if self.target == (kind, item_id):
            return
        self.flush_draft()
        self.target = (kind, item_id)
        self.header.setText(
            self.tr("Notes on {0}: {1}").format(kind_label(kind), f"<b>{escape(label)}</b>")
        )
        self._start_new(clear_body=True)
        self._set_enabled(True)
        self.table.set_empty_text(self.tr("No note on it yet: write one below, Ctrl+S saves it."))
        self.reload()

    def clear_target(self) -> None:
        """No item: the editor empty and disabled, its sentence saying how to get one."""
        if self.target is None:
            return
        self.flush_draft()
        self.target = None
        self.header.setText(self.tr("Select an item to see and write its notes."))
        self.table.set_empty_text("")
        self.model.set_rows([])
        self.count_changed.emit(0)
        self._start_new(clear_body=True)
        self._set_enabled(False)

    def reload(self) -> None:
        if self.target is None:
            return
        kind, item_id = self.target
        target = self.target

        def show(notes: list[AnnotationView]) -> None:
            if self.target != target:
                return
            self.model.set_rows(notes)
            self.count_changed.emit(len(notes))
            if self.editing is not None:
                shown = self.editing
                fresh = next((n for n in notes if n.id == shown.id), None)
                follow = self._follow == shown.id
                self._follow = None
                if fresh is None:
                    if follow or self._unchanged_since(shown):
                        self._start_new(clear_body=True)
                    else:  # deleted elsewhere: what was typed stays, to be saved as new
                        self.editing = None
                        self._show_history(None)
                elif follow or self._unchanged_since(shown) or self._unchanged_since(fresh):
                    # Nothing typed since the editor showed the note (or the store now holds
                    # what is typed): it follows the store (an undo, a redo, a save
                    # elsewhere), never offering the old text again.
                    self._load_note(fresh)
                else:
                    # Typed over a note someone changed since: the editor keeps the version
                    # it showed, so that saving says so (the conflict dialog) rather than
                    # writing over their change.
                    self._show_history(fresh)
            if self._carried is not None and self._carried.target == target:
                self._apply_carried(notes)

        self.ctx.read(
            lambda s: notes_api.list_annotations(s, target_kind=kind, target_id=item_id), show
        )

    def follow_store(self, note_id: int) -> None:
        """At the next reload the editor shows note ``note_id`` as stored (theirs kept)."""
        self._follow = note_id

    def yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def _unchanged_since(self, note: AnnotationView) -> bool:
        """Whether the editor still holds ``note`` as it was shown (the user typed nothing)."""
        return (
            self.body.toPlainText() == note.body
            and split_tags(self.tags.text()) == list(note.tags)
            and self.in_brief.isChecked() == note.include_in_brief
        )

    # editing
    def new_note(self) -> None:
        """Ctrl+N: an empty editor for a new note on the current target."""
        self.table.clearSelection()
        self._start_new(clear_body=True)
        self.body.setFocus()

    def _start_new(self, clear_body: bool) -> None:
        self.editing = None
        if clear_body:
            self.body.blockSignals(True)
            self.body.clear()
            self.body.blockSignals(False)
            self.tags.clear()
            self.in_brief.setChecked(False)
        self.delete_button.setEnabled(False)
        self.save_button.setText(self.tr("Save note"))
        self.history.clear()
        self.history.hide()

    def _load_note(self, note: AnnotationView) -> None:
        self.flush_draft()
        self.editing = note
        self.body.blockSignals(True)
        self.body.setPlainText(note.body)
        self.body.blockSignals(False)
        self.tags.setText(", ".join(note.tags))
        self.in_brief.setChecked(note.include_in_brief)
        self.delete_button.setEnabled(True)
        self.save_button.setText(self.tr("Save changes"))
        self._show_history(note)

    def _show_history(self, note: AnnotationView | None) -> None:
        self.history.setVisible(note is not None)
        if note is None or not note.versions:
            self.history.setHtml(
                escape(self.tr("No earlier versions.")) if note is not None else ""
            )
            return
        heading = self.tr("Earlier versions")
        parts = [f"<b>{escape(heading)}</b><ol>"]
        for version in note.versions:
            parts.append(
                f"<li>{escape(format_datetime(version.saved_at))}: {escape(version.body)}</li>"
            )
        self.history.setHtml("".join(parts) + "</ol>")

    def save(self) -> None:
        if self.target is None:
            return
        body = self.body.toPlainText()
        if not body.strip():
            self.ctx.status_message.emit(self.tr("A note needs some text."))
            return
        self._draft_timer.stop()
        tags = split_tags(self.tags.text())
        if self.editing is None:
            command = AddNoteCommand(self.ctx, *self.target, body, tags, self.in_brief.isChecked())
            self.ctx.undo_stack.push(command)
            self._start_new(clear_body=True)
        else:
            mine = (body, tuple(tags), self.in_brief.isChecked())
            self.ctx.undo_stack.push(GuardedNoteCommand(self, self.editing, mine))

    # drafts
    def flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._on_draft_timer_timeout()

    @Slot()
    def _on_body_textChanged(self) -> None:
        if self.target is not None:
            self._draft_timer.start()

    @Slot()
    def _on_draft_timer_timeout(self) -> None:
        if self.target is None:
            return
        kind, item_id = self.target
        body = self.body.toPlainText()
        note_id = self.editing.id if self.editing is not None else None
        if not body.strip() and note_id is None:
            return
        self.ctx.runner.write(
            lambda: notes_api.save_draft(self.ctx.store, kind, item_id, body, annotation_id=note_id)
        )

    def offer_drafts(self, drafts: list[DraftView]) -> None:
        self._pending_drafts = [d for d in drafts if d.body.strip()]
        if not self._pending_drafts:
            self.drafts_bar.hide()
            return
        self.drafts_label.setText(
            self.tr(
                "%n note(s) were being written when Chancery last closed.",
                "",
                len(self._pending_drafts),
            )
        )
        self.drafts_bar.show()

    def restore_draft(self, draft: DraftView, label: str) -> None:
        """The draft back in the editor, on its own item: an item the window can show is shown
        (so the pane and the editor speak of the same one), the text follows once it is."""
        carried = NoteInProgress(
            (draft.target_kind, draft.target_id), draft.annotation_id, draft.body
        )
        if draft.target_kind in OPENABLE:
            self.carry_over(carried)
            self.open_requested.emit(draft.target_kind, draft.target_id)
            if self.target == carried.target:  # already in view: set_target will not reload
                self.reload()
            return
        self.set_target(draft.target_kind, draft.target_id, label)
        self.carry_over(carried)
        self.reload()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        if not self._pending_drafts:
            return
        draft = self._pending_drafts.pop(0)
        self.restore_draft(draft, f"{kind_label(draft.target_kind)} {draft.target_id}")
        self.offer_drafts(self._pending_drafts)

    @Slot()
    def _on_discard_button_clicked(self) -> None:
        ids = [d.id for d in self._pending_drafts]
        store = self.ctx.store

        def discard() -> None:
            for draft_id in ids:
                notes_api.discard_draft(store, draft_id)

        self.ctx.runner.write(discard)
        self.offer_drafts([])

    # slots
    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.new_note()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self.editing is not None:
            self.ctx.undo_stack.push(GuardedNoteCommand(self, self.editing, None))
            self._start_new(clear_body=True)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selectionChanged(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        note = self.model.row_at(rows[0].row()) if rows else None
        if note is not None:
            self._load_note(note)

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, _item_id: int) -> None:
        if kind == "annotation":
            self.reload()

    def select_note(self, note_id: int) -> None:
        for position, note in enumerate(self.model.rows()):
            if note.id == note_id:
                self.table.selectRow(position)
                return

    def body_focus(self) -> None:
        self.body.setFocus(Qt.FocusReason.ShortcutFocusReason)
