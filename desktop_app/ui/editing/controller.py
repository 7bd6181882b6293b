"""The window's editing actions (F2 edit, Del delete, merge, history, add from a passage,
remove the demo) and the context menus of the detail pane, the lists, the tracker, the review
queue and the source view. Every change is a ChangeSetCommand on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox

from desktop_app.services import editing, history, merging
from desktop_app.services.edit_fields import KIND_ALIASES, TABLE_OF
from desktop_app.services.store import Store, StoreError
from desktop_app.ui.conflict_dialog import GuardedEdit
from desktop_app.ui.editing.commands import RecordedCommand
from desktop_app.ui.editing.dialogs import (
    HistoryDialog,
    MergeDialog,
    RecordEditDialog,
    field_label,
)
from desktop_app.ui.editing.errors import edit_problem, translated
from desktop_app.ui.editing.menus import EDITABLE, MERGEABLE, ContextMenus, selected_ids
from desktop_app.ui.keep_selection import KeepSelection
from desktop_app.ui.labels import kind_label
from desktop_app.ui.models.lazy import ID_ROLE
from desktop_app.ui.undo_commands import ChangeSetCommand

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class EditingController(ContextMenus, QObject):
    """Builds the editing actions into ``window`` and answers them for the record in view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.last_dialog: Any = None  # the dialog opened last (tests, screenshots)
        self._kept: tuple[str, int] | None = None  # a merge's kept record, until it is done
        self.edit_action = self._action(
            QCoreApplication.translate("Editing", "&Edit record…"),
            ["F2"],  # not Ctrl+Shift+E too: that is "export the meetings shown"
            self._edit,
        )
        self.delete_action = self._action(
            QCoreApplication.translate("Editing", "&Delete record…"), ["Del"], self._delete
        )
        self.merge_action = self._action(
            QCoreApplication.translate("Editing", "&Merge into…"), ["Ctrl+Shift+M"], self._merge
        )
        self.history_action = self._action(
            QCoreApplication.translate("Editing", "&History…"), ["Ctrl+Shift+H"], self._history
        )
        self.remove_demo_action = QAction(
            QCoreApplication.translate("Editing", "&Remove the demo dossier…"), window
        )
        self.remove_demo_action.triggered.connect(self._on_remove_demo_triggered)
        self._add_to_menus()
        self._install_context_menus()
        self._keepers = {id(table): KeepSelection(table) for _kind, table in self._tables()}

    def _action(self, text: str, keys: list[str], slot: Callable[[], None]) -> QAction:
        act = QAction(text, self.window)
        act.setShortcuts([QKeySequence(k) for k in keys])
        # Not in a text field: there Del deletes a character and F2 is the field's own.
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(act)
        return act

    def _add_to_menus(self) -> None:
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            acts = menu.actions()
            if self.window.actions_.undo in acts:
                menu.addSeparator()
                for act in (
                    self.edit_action,
                    self.delete_action,
                    self.merge_action,
                    self.history_action,
                ):
                    menu.addAction(act)
            elif self.window.actions_.load_demo in acts:
                menu.insertAction(self.window.actions_.quit, self.remove_demo_action)

    # --- which record --------------------------------------------------------------------

    def current_record(self) -> tuple[str, int] | None:
        """The record the keyboard is on: the selected row of the list in focus, else the
        record the detail pane shows."""
        focus = self.window.focusWidget()
        pages = self.window.pages
        review = pages.review.current() if pages.current_key() == "review" else None
        if review is not None and focus is pages.review.table:
            return str(review.kind), int(review.id)
        for kind, table in self._tables():
            if focus is table and (ids := selected_ids(table)):
                return kind, ids[0]
        # A list in focus with no row selected (a reload cleared it): the record the detail
        # pane still shows is the one the user sees, so F2 or Del act on it, not on nothing.
        current = self.window.detail.current
        if current is not None and current[0] in EDITABLE:
            return current
        if review is not None:
            return str(review.kind), int(review.id)
        return None

    def _edit(self) -> None:
        if (record := self.current_record()) is not None:
            self.edit(*record)
        else:
            self._say_select_first()

    def _delete(self) -> None:
        if (record := self.current_record()) is not None:
            self.delete(*record)
        else:
            self._say_select_first()

    def _say_select_first(self) -> None:
        """A key that acts on a record, with none chosen: said, rather than nothing at all."""
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "Editing", "Select or open a record first, then press the key again."
            ),
            6000,
        )

    def _merge(self) -> None:
        for kind, table in self._tables():
            ids = selected_ids(table)
            if self.window.focusWidget() is table and len(ids) == 2 and kind in MERGEABLE:
                self.merge_pair(kind, ids[0], ids[1])
                return
        if (record := self.current_record()) is not None:
            self.merge_into(*record)
        else:
            self._say_select_first()

    def _history(self) -> None:
        if (record := self.current_record()) is not None:
            self.show_history(*record)
        else:
            self._say_select_first()

    # --- the actions ---------------------------------------------------------------------

    def edit(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in EDITABLE:
            return
        self.ctx.read(
            lambda s: editing.values_and_version(s, kind, record_id),
            lambda read: self._open_editor(kind, record_id, *read),
        )

    def _open_editor(
        self, kind: str, record_id: int, values: dict[str, str], version: int | None = None
    ) -> None:
        """The record's dialog, on the values read at ``version``: the edit is made from that
        version (a team store: a change someone made meanwhile is shown, not overwritten)."""
        title = QCoreApplication.translate("Editing", "Edit {0} {1}").format(
            kind_label(kind), record_id
        )
        dialog = RecordEditDialog(
            kind, title, values, lambda changed: self._problem(kind, changed), self.window
        )

        def save() -> None:
            changed = dialog.changed_values()
            if changed:
                self.push_edit(kind, record_id, values, changed, version)

        dialog.accepted.connect(save)
        self._show(dialog)

    def push_edit(
        self,
        kind: str,
        record_id: int,
        base: dict[str, str],
        changed: dict[str, str],
        version: int | None,
    ) -> GuardedEdit:
        """Edit fields of a record made from ``base`` read at ``version`` (ConflictDialog if
        someone changed it since)."""

        def action(expected: int | None) -> Callable[[Store], Any]:
            return lambda s: editing.edit(s, kind, record_id, changed, expected_version=expected)

        guarded = GuardedEdit(
            self.ctx, self.window,
            QCoreApplication.translate("Editing", "Edit {0}").format(kind_label(kind)),
            kind, record_id, base=base, mine=changed, version=version, make_action=action,
            read_theirs=lambda s: editing.values_and_version(s, kind, record_id),
            refresh=("commitment", record_id) if kind == "commitment" else ("meeting", 0),
            after=self._after,
        )  # fmt: skip
        guarded.push()
        return guarded

    def add_new(self, kind: str, meeting_id: int) -> None:
        """An empty dialog for a new participant, commitment or statement of a meeting."""
        table = "commitment" if kind in ("principle", "next_step") else kind
        defaults = {"kind": kind} if table == "commitment" else {}
        title = QCoreApplication.translate("Editing", "New {0} in meeting {1}").format(
            kind_label(kind), meeting_id
        )
        dialog = RecordEditDialog(
            table, title, {}, lambda values: self._problem_new(table, values), self.window
        )
        for name, value in defaults.items():
            dialog.set_value(name, value)

        def save() -> None:
            values = dialog.changed_values()
            self.push(
                QCoreApplication.translate("Editing", "New {0}").format(kind_label(kind)),
                lambda s: editing.add(s, kind, meeting_id, values),
            )

        dialog.accepted.connect(save)
        self._show(dialog)

    def _problem_new(self, table: str, values: dict[str, str]) -> str | None:
        needed = {"participation": "person", "commitment": "text", "statement": "text"}[table]
        if not values.get(needed, "").strip():
            return QCoreApplication.translate("Editing", "Fill in the field “{0}”.").format(
                field_label(needed)
            )
        return self._problem(table, values)

    def _problem(self, kind: str, values: dict[str, str]) -> str | None:
        return edit_problem(self.ctx.store, kind, values)

    def delete(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in (*EDITABLE, "note"):
            return
        try:
            preview = editing.delete_preview(self.ctx.store, kind, record_id)
        except StoreError as exc:
            self.ctx.error.emit(translated(exc))
            return
        table = TABLE_OF[kind]
        taken = [
            f"{count} × {kind_label(name)}"
            for name, count in sorted(preview.items())
            if name != table
            and name in ("commitment", "statement", "participation", "annotation", "anchor")
        ]
        text = QCoreApplication.translate("Editing", "Delete {0} {1}?").format(
            kind_label(kind), record_id
        )
        if taken:
            text += " " + QCoreApplication.translate("Editing", "With it: {0}.").format(
                ", ".join(taken)
            )
        text += " " + QCoreApplication.translate("Editing", "Ctrl+Z brings it back.")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Editing", "Delete"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        origin = self._list_row_of(kind, record_id)

        def confirmed() -> None:
            if origin is not None:
                self._select_after_delete(*origin, record_id)
            self.push(
                QCoreApplication.translate("Editing", "Delete {0}").format(kind_label(kind)),
                lambda s: editing.delete(s, kind, record_id),
            )

        box.accepted.connect(confirmed)
        self._show(box)

    def _list_row_of(self, kind: str, record_id: int) -> tuple[QAbstractItemView, int] | None:
        """The list in focus and the row of ``record_id`` in it, if the delete came from it."""
        focus = self.window.focusWidget()
        for table_kind, table in self._tables():
            if focus is table and table_kind == TABLE_OF.get(kind, kind):
                current = table.currentIndex()
                if current.isValid() and current.data(ID_ROLE) == record_id:
                    return table, current.row()
        return None

    def _select_after_delete(self, table: QAbstractItemView, row: int, victim: int) -> None:
        """Once the list no longer holds ``victim``, the row that took its place is selected
        (the last one if it was last), as in a file manager: the detail and the notes editor
        then speak of that record, and Del or F2 again act on it."""
        keeper = self._keepers.get(id(table))
        if keeper is not None:
            keeper.replace(victim, row)

    def merge_into(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in MERGEABLE:
            self.ctx.error.emit(
                QCoreApplication.translate(
                    "Editing", "Only actors, meetings, items and statements can be merged."
                )
            )
            return
        try:
            choices = editing.merge_choices(self.ctx.store, kind, record_id)
        except StoreError as exc:
            self.ctx.error.emit(translated(exc))
            return
        title = QCoreApplication.translate("Editing", "Merge {0} {1} into…").format(
            kind_label(kind), record_id
        )
        dialog = MergeDialog(title, choices, self.window)

        def chosen() -> None:
            keep = dialog.chosen()
            if keep is not None:
                self._push_merge(kind, keep, record_id)

        dialog.accepted.connect(chosen)
        self._show(dialog)

    def merge_pair(self, kind: str, keep: int, other: int) -> None:
        text = QCoreApplication.translate(
            "Editing", "Merge {0} {1} into {0} {2}? Ctrl+Z undoes it."
        ).format(kind_label(kind), other, keep)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Editing", "Merge"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.accepted.connect(lambda: self._push_merge(kind, keep, other))
        self._show(box)

    def _push_merge(self, kind: str, keep: int, other: int) -> None:
        self._kept = (KIND_ALIASES.get(kind, kind), keep)
        # The list that showed the record merged away selects the one kept in its place.
        for list_kind, table in self._tables():
            keeper = self._keepers.get(id(table))
            if list_kind == self._kept[0] and keeper is not None:
                keeper.follow(other, keep)
        self.push(
            QCoreApplication.translate("Editing", "Merge {0}").format(kind_label(kind)),
            lambda s: merging.merge(s, kind, keep, other),
        )

    def show_history(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        title = QCoreApplication.translate("Editing", "History of {0} {1}").format(
            kind_label(kind), record_id
        )
        self.ctx.read(
            lambda s: history.history(s, TABLE_OF[kind], record_id),
            lambda entries: self._show(HistoryDialog(title, entries, self.window)),
        )

    def add_from_passage(self, kind: str, source_id: int, start: int, end: int) -> None:
        """A new commitment (principle, next step, statement) anchored to the passage, in the
        meeting shown if it holds the source, else in the meeting the source reports."""
        meeting = self.window.detail.meeting
        meeting_id = None
        if meeting is not None and any(s.id == source_id for s in meeting.sources):
            meeting_id = meeting.id
        passage = editing.Passage(source_id, start, end)
        self.push(
            QCoreApplication.translate("Editing", "New {0} from passage").format(kind_label(kind)),
            lambda s: editing.add(s, kind, meeting_id, {}, passage=passage),
        )

    def remove_demo(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Editing", "Remove the demo dossier"),
            QCoreApplication.translate(
                "Editing",
                "Remove the demo dossier's meetings, sources, notes and the actors only it "
                "names? Ctrl+Z puts it back.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.accepted.connect(
            lambda: self.push(
                QCoreApplication.translate("Editing", "Remove the demo dossier"),
                merging.remove_demo,
            )
        )
        self._show(box)

    def push(
        self, text: str, action: Callable[[Store], Any], refresh: tuple[str, int] = ("meeting", 0)
    ) -> ChangeSetCommand:
        command = RecordedCommand(self.ctx, text, action, refresh, self._after)
        self.ctx.undo_stack.push(command)
        return command

    def _after(self, _command: ChangeSetCommand) -> None:
        """A record shown that is gone (deleted, merged away) leaves the detail pane."""
        detail = self.window.detail
        current = detail.current
        kept, self._kept = self._kept, None
        notes_on = detail.notes.target
        if (
            notes_on is not None
            and notes_on[0] in EDITABLE
            and notes_on != current
            and not editing.exists(self.ctx.store, *notes_on)
        ):
            detail.notes.clear_target()  # e.g. a statement of the meeting in view, deleted
        if current is not None and current[0] in EDITABLE:
            if editing.exists(self.ctx.store, *current):
                if current[0] in ("actor", "commitment"):
                    self.window.open_item(*current)
            elif (
                kept is not None and kept[0] == current[0] and editing.exists(self.ctx.store, *kept)
            ):
                # Merged away: the record it was merged into, with its notes, takes its place.
                self.window.open_item(*kept)
            else:
                detail.show_message(
                    QCoreApplication.translate(
                        "Editing", "This record is no longer in the store; Ctrl+Z brings it back."
                    )
                )
        self.ctx.changed.emit("commitment", 0)

    def _show(self, dialog: Any) -> None:
        self.last_dialog = dialog
        dialog.open()

    @Slot()
    def _on_remove_demo_triggered(self) -> None:
        self.remove_demo()
