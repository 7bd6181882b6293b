"""The window's editing actions (F2 edit, Del delete, merge, history, add from a passage,
remove the demo) and the context menus of the detail pane, the lists, the tracker, the review
queue and the source view. Every change is a ChangeSetCommand on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox, QWidget

from desktop_app.services import editing, history, merging
from desktop_app.services.edit_fields import KIND_ALIASES, TABLE_OF
from desktop_app.services.store import Store, StoreError
from desktop_app.ui.editing.dialogs import HistoryDialog, MergeDialog, RecordEditDialog
from desktop_app.ui.labels import kind_label
from desktop_app.ui.models.lazy import ID_ROLE
from desktop_app.ui.undo_commands import ChangeSetCommand

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

EDITABLE = ("meeting", "participation", "commitment", "statement", "actor", "source")
MERGEABLE = ("meeting", "commitment", "actor")
FROM_PASSAGE = ("commitment", "principle", "next_step", "statement")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editing", text)


class EditingController(QObject):
    """Builds the editing actions into ``window`` and answers them for the record in view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.last_dialog: Any = None  # the dialog opened last (tests, screenshots)
        self.edit_action = self._action(_tr("&Edit record…"), ["F2", "Ctrl+Shift+E"], self._edit)
        self.delete_action = self._action(_tr("&Delete record…"), ["Del"], self._delete)
        self.merge_action = self._action(_tr("&Merge into…"), ["Ctrl+Shift+M"], self._merge)
        self.history_action = self._action(_tr("&History…"), ["Ctrl+Shift+H"], self._history)
        self.remove_demo_action = QAction(_tr("&Remove the demo dossier…"), window)
        self.remove_demo_action.triggered.connect(self._on_remove_demo_triggered)
        self._add_to_menus()
        self._install_context_menus()

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
                for act in (self.edit_action, self.delete_action, self.merge_action,
                            self.history_action):  # fmt: skip
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
            if focus is table:
                ids = _selected_ids(table)
                return (kind, ids[0]) if ids else None
        current = self.window.detail.current
        if current is not None and current[0] in EDITABLE:
            return current
        if review is not None:
            return str(review.kind), int(review.id)
        return None

    def _tables(self) -> list[tuple[str, QAbstractItemView]]:
        pages = self.window.pages
        return [
            ("meeting", pages.meetings),
            ("actor", pages.actors),
            ("source", pages.sources),
            ("commitment", pages.tracker.table),
        ]

    def _edit(self) -> None:
        if (record := self.current_record()) is not None:
            self.edit(*record)

    def _delete(self) -> None:
        if (record := self.current_record()) is not None:
            self.delete(*record)

    def _merge(self) -> None:
        for kind, table in self._tables():
            ids = _selected_ids(table)
            if self.window.focusWidget() is table and len(ids) == 2 and kind in MERGEABLE:
                self.merge_pair(kind, ids[0], ids[1])
                return
        if (record := self.current_record()) is not None:
            self.merge_into(*record)

    def _history(self) -> None:
        if (record := self.current_record()) is not None:
            self.show_history(*record)

    # --- the actions ---------------------------------------------------------------------

    def edit(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in EDITABLE:
            return
        self.ctx.read(
            lambda s: editing.current_values(s, kind, record_id),
            lambda values: self._open_editor(kind, record_id, values),
        )

    def _open_editor(self, kind: str, record_id: int, values: dict[str, str]) -> None:
        title = _tr("Edit {0} {1}").format(kind_label(kind), record_id)
        dialog = RecordEditDialog(
            kind, title, values, lambda changed: self._problem(kind, changed), self.window
        )

        def save() -> None:
            changed = dialog.changed_values()
            if changed:
                self.push(
                    _tr("Edit {0}").format(kind_label(kind)),
                    lambda s: editing.edit(s, kind, record_id, changed),
                    ("commitment", record_id) if kind == "commitment" else ("meeting", 0),
                )

        dialog.accepted.connect(save)
        self._show(dialog)

    def _problem(self, kind: str, values: dict[str, str]) -> str | None:
        try:
            editing.validate(self.ctx.store, kind, values)
        except StoreError as exc:
            return str(exc)
        return None

    def delete(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in (*EDITABLE, "note"):
            return
        try:
            preview = editing.delete_preview(self.ctx.store, kind, record_id)
        except StoreError as exc:
            self.ctx.error.emit(str(exc))
            return
        table = TABLE_OF[kind]
        taken = [
            f"{count} × {kind_label(name)}"
            for name, count in sorted(preview.items())
            if name != table
            and name
            in ("commitment", "statement", "participation", "annotation", "anchor")  # fmt: skip
        ]
        text = _tr("Delete {0} {1}?").format(kind_label(kind), record_id)
        if taken:
            text += " " + _tr("With it: {0}.").format(", ".join(taken))
        text += " " + _tr("Ctrl+Z brings it back.")
        box = QMessageBox(
            QMessageBox.Icon.Question, _tr("Delete"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window,
        )  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(
            lambda: self.push(
                _tr("Delete {0}").format(kind_label(kind)),
                lambda s: editing.delete(s, kind, record_id),
            )
        )
        self._show(box)

    def merge_into(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        if kind not in MERGEABLE:
            self.ctx.error.emit(_tr("Only actors, meetings and items can be merged."))
            return
        try:
            choices = editing.merge_choices(self.ctx.store, kind, record_id)
        except StoreError as exc:
            self.ctx.error.emit(str(exc))
            return
        title = _tr("Merge {0} {1} into…").format(kind_label(kind), record_id)
        dialog = MergeDialog(title, choices, self.window)

        def chosen() -> None:
            keep = dialog.chosen()
            if keep is not None:
                self._push_merge(kind, keep, record_id)

        dialog.accepted.connect(chosen)
        self._show(dialog)

    def merge_pair(self, kind: str, keep: int, other: int) -> None:
        text = _tr("Merge {0} {1} into {0} {2}? Ctrl+Z undoes it.").format(
            kind_label(kind), other, keep
        )
        box = QMessageBox(
            QMessageBox.Icon.Question, _tr("Merge"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window,
        )  # fmt: skip
        box.accepted.connect(lambda: self._push_merge(kind, keep, other))
        self._show(box)

    def _push_merge(self, kind: str, keep: int, other: int) -> None:
        self.push(
            _tr("Merge {0}").format(kind_label(kind)),
            lambda s: merging.merge(s, kind, keep, other),
        )

    def show_history(self, kind: str, record_id: int) -> None:
        kind = KIND_ALIASES.get(kind, kind)
        title = _tr("History of {0} {1}").format(kind_label(kind), record_id)
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
            _tr("New {0} from passage").format(kind_label(kind)),
            lambda s: editing.add(s, kind, meeting_id, {}, passage=passage),
        )

    def remove_demo(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, _tr("Remove the demo dossier"),
            _tr("Remove the demo dossier's meetings, sources, notes and the actors only it "
                "names? Ctrl+Z puts it back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window,
        )  # fmt: skip
        box.accepted.connect(lambda: self.push(_tr("Remove the demo dossier"), merging.remove_demo))
        self._show(box)

    def push(
        self, text: str, action: Callable[[Store], Any], refresh: tuple[str, int] = ("meeting", 0)
    ) -> ChangeSetCommand:
        command = ChangeSetCommand(self.ctx, text, action, refresh, self._after)
        self.ctx.undo_stack.push(command)
        return command

    def _after(self, _command: ChangeSetCommand) -> None:
        """A record shown that is gone (deleted, merged away) leaves the detail pane."""
        detail = self.window.detail
        current = detail.current
        if current is not None and current[0] in EDITABLE:
            if editing.exists(self.ctx.store, *current):
                if current[0] in ("actor", "commitment"):
                    self.window.open_item(*current)
            else:
                detail.show_message(
                    _tr("This record is no longer in the store; Ctrl+Z brings it back.")
                )
        self.ctx.changed.emit("commitment", 0)

    def _show(self, dialog: Any) -> None:
        self.last_dialog = dialog
        dialog.open()

    # --- context menus ---------------------------------------------------------------------

    def menu_for(self, parent: QWidget, kind: str, ids: list[int]) -> QMenu:
        menu = QMenu(parent)
        kind = KIND_ALIASES.get(kind, kind)
        record_id = ids[0]
        if kind in EDITABLE:
            menu.addAction(_tr("Edit…"), lambda: self.edit(kind, record_id))
        if kind in MERGEABLE:
            if len(ids) == 2:
                menu.addAction(
                    _tr("Merge these two"), lambda: self.merge_pair(kind, ids[0], ids[1])
                )
            menu.addAction(_tr("Merge into…"), lambda: self.merge_into(kind, record_id))
        menu.addAction(_tr("History…"), lambda: self.show_history(kind, record_id))
        menu.addSeparator()
        menu.addAction(_tr("Delete…"), lambda: self.delete(kind, record_id))
        return menu

    def _install_context_menus(self) -> None:
        for kind, table in self._tables():
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            if kind in MERGEABLE:
                table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            table.customContextMenuRequested.connect(
                lambda pos, k=kind, t=table: self._on_table_menu(k, t, pos)
            )
        review = self.window.pages.review
        review.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        review.table.customContextMenuRequested.connect(self._on_review_menu)
        review.editor = self.edit  # E opens the whole record, not only its text
        detail = self.window.detail
        detail.edit_requested.connect(self._on_detail_edit_requested)
        detail.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        detail.browser.customContextMenuRequested.connect(self._on_browser_menu)
        source = detail.source.text
        source.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        source.customContextMenuRequested.connect(self._on_source_menu)

    def _on_table_menu(self, kind: str, table: QAbstractItemView, pos: QPoint) -> None:
        ids = _selected_ids(table)
        if ids:
            self.menu_for(table, kind, ids).popup(table.viewport().mapToGlobal(pos))

    @Slot(QPoint)
    def _on_review_menu(self, pos: QPoint) -> None:
        review = self.window.pages.review
        item = review.current()
        if item is not None:
            menu = self.menu_for(review.table, str(item.kind), [int(item.id)])
            menu.popup(review.table.viewport().mapToGlobal(pos))

    @Slot(str, int)
    def _on_detail_edit_requested(self, kind: str, record_id: int) -> None:
        self.edit(kind, record_id)

    @Slot(QPoint)
    def _on_browser_menu(self, pos: QPoint) -> None:
        detail = self.window.detail
        menu = detail.browser.createStandardContextMenu(pos)
        record = detail.record_at(detail.browser.anchorAt(pos)) or detail.current
        if record is not None and record[0] in EDITABLE:
            menu.addSeparator()
            for act in self.menu_for(menu, record[0], [record[1]]).actions():
                menu.addAction(act)
        menu.popup(detail.browser.viewport().mapToGlobal(pos))

    def source_menu(self) -> QMenu:
        """The source view's menu: copy…, then new records from the selected passage."""
        viewer = self.window.detail.source
        menu = viewer.text.createStandardContextMenu()
        selected = viewer.selected_range()
        if viewer.source is not None:
            source_id = viewer.source.summary.id
            menu.addSeparator()
            labels = {
                "commitment": _tr("New commitment from selection"),
                "principle": _tr("New principle from selection"),
                "next_step": _tr("New next step from selection"),
                "statement": _tr("New statement from selection"),
            }
            for kind in FROM_PASSAGE:
                act = menu.addAction(labels[kind])
                act.setEnabled(selected is not None)
                if selected is not None:
                    start, end = selected
                    act.triggered.connect(
                        lambda _c=False, k=kind, a=start, b=end: self.add_from_passage(
                            k, source_id, a, b
                        )
                    )
            menu.addSeparator()
            menu.addAction(_tr("Edit source…"), lambda: self.edit("source", source_id))
        return menu

    @Slot(QPoint)
    def _on_source_menu(self, pos: QPoint) -> None:
        text = self.window.detail.source.text
        self.source_menu().popup(text.viewport().mapToGlobal(pos))

    @Slot()
    def _on_remove_demo_triggered(self) -> None:
        self.remove_demo()


def _selected_ids(table: QAbstractItemView) -> list[int]:
    rows = sorted(table.selectionModel().selectedRows(), key=lambda index: index.row())
    return [int(index.data(ID_ROLE)) for index in rows if index.data(ID_ROLE) is not None]
