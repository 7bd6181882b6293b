"""File ▸ Take dossier offline… / Bring back… / Offline conflicts…: the window's side of
services/offline.py, each on the writer thread with a progress bar."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import Message
from desktop_app.services import history, offline
from desktop_app.services.edit_fields import FIELDS, CodedError, Field
from desktop_app.services.store import StoreError
from desktop_app.ui.editing.dialogs import choice_label, field_label
from desktop_app.ui.labels import kind_label
from desktop_app.ui.messages import render

if TYPE_CHECKING:
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.main_window import MainWindow


class _Relay(QObject):
    """Carries the service's progress from the writer thread to the GUI thread."""

    progress = Signal(int, int, str)


def _message(exc: CodedError) -> str:
    """A refusal of services/offline.py in the interface's language."""
    said = {
        "offline.exists": QCoreApplication.translate(
            "OfflineMessages", "{path} already exists; choose a new file for the offline copy."
        ),
        "offline.no_folder": QCoreApplication.translate(
            "OfflineMessages", "The folder {folder} does not exist; create it or choose another."
        ),
        "offline.no_meetings": QCoreApplication.translate(
            "OfflineMessages", "Choose at least one meeting to take offline."
        ),
        "offline.not_a_copy": QCoreApplication.translate(
            "OfflineMessages",
            "{file} is not a dossier taken offline (Take dossier offline… makes one).",
        ),
        "offline.no_copy": QCoreApplication.translate(
            "OfflineMessages", "There is no offline copy at {file}."
        ),
        "offline.other_store": QCoreApplication.translate(
            "OfflineMessages",
            "{file} was taken offline from another store ({store}); bring it back there.",
        ),
        "offline.resolved": QCoreApplication.translate(
            "OfflineMessages", "Conflict {id} is already resolved."
        ),
        "offline.deleted": QCoreApplication.translate(
            "OfflineMessages",
            "{kind} {id} was deleted from the team store; undo that deletion first, or keep "
            "theirs.",
        ),
        "offline.changed_again": QCoreApplication.translate(
            "OfflineMessages",
            "{kind} {id} changed again since this conflict was found; look at it again, then "
            "choose.",
        ),
    }.get(exc.code)
    return said.format(**exc.params) if said else str(exc)


def _left_offline(said: Message) -> str:
    """What a bring-back left in the copy, in the interface's language (its kind too)."""
    return render(Message(said.code, {**said.args, "kind": kind_label(str(said.args["kind"]))}))


def _in_language(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` (run on a worker) with its coded refusals said in the interface's language."""

    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CodedError as exc:
            raise StoreError(_message(exc)) from exc

    return run


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _field_of(c: offline.ConflictView) -> Field | None:
    """The edit field (services/edit_fields.py) a conflicting column is, if it is one."""
    kind = "note" if c.record_kind == "annotation" else c.record_kind
    return next((f for f in FIELDS.get(kind, ()) if f.column == c.field), None)


def _column_label(kind: str, column: str) -> str:
    """A table's column as the window names the field (its edit field's label if it has one)."""
    if kind == "annotation" and column == "body":
        return field_label("text")
    edit_kind = "note" if kind == "annotation" else kind
    found = next((f for f in FIELDS.get(edit_kind, ()) if f.column == column), None)
    return field_label(found.name) if found else column.replace("_", " ")


def _column_value(kind: str, column: str, value: Any) -> str:
    edit_kind = "note" if kind == "annotation" else kind
    found = next((f for f in FIELDS.get(edit_kind, ()) if f.column == column), None)
    if found is not None and found.kind == "choice" and isinstance(value, str):
        return choice_label(found.name, value)
    return _value_text(value)


def _record_label(kind: str, record_id: int) -> str:
    """A record of any table as the window names it (a link row: by its owner's id)."""
    parts = {
        "status_change": QCoreApplication.translate("OfflineDialog", "status change {0}"),
        "annotation_tag": QCoreApplication.translate("OfflineDialog", "a tag of note {0}"),
        "annotation_version": QCoreApplication.translate("OfflineDialog", "earlier text {0}"),
        "commitment_party": QCoreApplication.translate(
            "OfflineDialog", "a party of commitment {0}"
        ),
        "meeting_source": QCoreApplication.translate("OfflineDialog", "a source of meeting {0}"),
        "item_source": QCoreApplication.translate("OfflineDialog", "item source {0}"),
        "actor_alias": QCoreApplication.translate("OfflineDialog", "alias {0}"),
        "draft": QCoreApplication.translate("OfflineDialog", "note being written {0}"),
    }
    said = parts.get(kind)
    return said.format(record_id) if said else f"{kind_label(kind)} {record_id}"


def _changed_here(c: offline.ConflictView) -> str:
    """What changed in the team store on a record deleted offline, one line each."""
    theirs = c.theirs if isinstance(c.theirs, dict) else {}
    said = QCoreApplication.translate("OfflineDialog", "{0}: {1}")
    lines = [
        said.format(_column_label(c.record_kind, name), _column_value(c.record_kind, name, value))
        for name, value in theirs.get("fields", {}).items()
    ]
    for kind, record_id, how in theirs.get("records", []):
        what = _record_label(kind, record_id)
        lines.append(
            QCoreApplication.translate("OfflineDialog", "{0} added here").format(what)
            if how == "added"
            else QCoreApplication.translate("OfflineDialog", "{0} changed here").format(what)
        )
    return "\n".join(lines)


def conflict_texts(c: offline.ConflictView) -> tuple[str, str, str, str]:
    """Record, field, yours, theirs: as the window shows a conflict, in its language."""
    record = f"{kind_label(c.record_kind)} {c.record_id}" + (f" “{c.title}”" if c.title else "")
    if c.kind is offline.ConflictKind.DELETED_OFFLINE:
        return (
            record,
            QCoreApplication.translate("OfflineDialog", "Deleted offline, changed here"),
            QCoreApplication.translate("OfflineDialog", "(deleted)"),
            _changed_here(c),
        )
    found = _field_of(c)
    field = field_label(found.name) if found else c.field.replace("_", " ")

    def shown(value: Any) -> str:
        if found is not None and found.kind == "choice" and isinstance(value, str):
            return choice_label(found.name, value)
        return _value_text(value)

    theirs = (
        QCoreApplication.translate("OfflineDialog", "(deleted)")
        if c.kind is offline.ConflictKind.DELETED_HERE
        else shown(c.theirs)
    )
    return record, field, shown(c.mine), theirs


class BroughtBackCommand(QUndoCommand):
    """A bring-back already made (it ran with its progress bar): Edit ▸ Undo replays its
    change set backwards, Redo forwards, like any edit of the window."""

    def __init__(self, ctx: AppContext, text: str, change_set_id: int) -> None:
        super().__init__(text)
        self.ctx, self.change_set_id = ctx, change_set_id
        self._made = True

    def redo(self) -> None:
        if self._made:  # pushed once done: the first redo is the bring-back itself
            self._made = False
            return
        change_set_id = self.change_set_id
        self.ctx.write(lambda store: history.redo(store, change_set_id), "meeting", 0)

    def undo(self) -> None:
        change_set_id = self.change_set_id
        self.ctx.write(lambda store: history.undo(store, change_set_id), "meeting", 0)


class _Running(QDialog):
    """A dialog that runs one service call on the writer thread, showing its progress."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.relay = _Relay(self)
        self.bar = QProgressBar(self)
        self.bar.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.relay.progress.connect(self._on_progress)
        self.running = False

    def run(self, fn: Any, done: Any) -> None:
        self.running = True
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.message.clear()

        def finished(result: Any) -> None:
            self.running = False
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            done(result)

        work = _in_language(fn)
        self.ctx.runner.write(lambda: work(self.relay.progress.emit), finished, self._on_failed)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, _stage: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.running = False
        self.bar.setVisible(False)
        self.message.setText(message)
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """Subclasses disable their inputs while the call runs."""


class TakeOfflineDialog(_Running):
    """Choose the meetings (the selection, or a search) and the new file; copy them out."""

    def __init__(self, ctx: AppContext, meeting_ids: list[int], parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Take dossier offline"))
        self.meeting_ids = meeting_ids
        self.result_: offline.CopyResult | None = None
        intro = QLabel(
            self.tr(
                "Copies the meetings, with their sources, items, actors, notes and tags, into a "
                "new store to work on while away; File ▸ Bring back… merges your work into this "
                "store."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.selected = QRadioButton(
            self.tr("The %n selected meeting(s)", "", len(meeting_ids)), self
        )
        self.by_search = QRadioButton(self.tr("The meetings found by a search:"), self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("words to search for"))
        (self.selected if meeting_ids else self.by_search).setChecked(True)
        self.selected.setEnabled(bool(meeting_ids))
        self.file = QLineEdit(self)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file)
        file_row.addWidget(choose)
        self.encrypt = QCheckBox(self.tr("Encrypt the copy with a passphrase"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self._on_encrypt_toggled(False)
        form = QFormLayout()
        form.addRow(self.tr("New file:"), file_row)
        form.addRow(self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Type it again:"), self.again)
        self.buttons = QDialogButtonBox(self)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_copy_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.selected)
        layout.addWidget(self.by_search)
        layout.addWidget(self.query)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot(bool)
    def _on_encrypt_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.again.setEnabled(on)

    @Slot()
    def _on_choose_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Offline copy"),
            self.file.text() or "dossier-offline.db",
            self.tr("Chancery stores (*.db)"),
        )
        if name:
            self.file.setText(name if Path(name).suffix else f"{name}.db")

    def set_busy(self, busy: bool) -> None:
        for widget in (self.selected, self.by_search, self.query, self.file, self.encrypt):
            widget.setEnabled(not busy)
        self.selected.setEnabled(not busy and bool(self.meeting_ids))
        self.copy_button.setEnabled(not busy)

    def problem(self) -> str | None:
        """What keeps the copy from starting, in one sentence; None if nothing does."""
        if self.by_search.isChecked() and not self.query.text().strip():
            return self.tr("Type the words of the search, or choose the selected meetings.")
        if not self.file.text().strip():
            return self.tr("Choose the new file the copy goes to.")
        if Path(self.file.text()).expanduser().exists():
            return self.tr("{0} already exists: choose a new file.").format(self.file.text())
        if self.encrypt.isChecked():
            if not self.passphrase.text():
                return self.tr("Type the passphrase of the copy.")
            if self.passphrase.text() != self.again.text():
                return self.tr("The two passphrases differ: type them again.")
        return None

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self.running:
            return
        problem = self.problem()
        if problem is not None:
            self.message.setText(problem)
            return
        path = Path(self.file.text()).expanduser()
        query = self.query.text().strip() if self.by_search.isChecked() else None
        ids = list(self.meeting_ids)
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        store = self.ctx.store

        def copy(progress: Any) -> offline.CopyResult:
            chosen = offline.meetings_for_search(store, query) if query is not None else ids
            if not chosen:
                raise offline.InvalidCopy(
                    self.tr("The search finds no meeting; nothing was copied.")
                )
            return offline.copy_out(store, path, chosen, passphrase=passphrase, progress=progress)

        self.set_busy(True)
        self.run(copy, self._on_copied)

    def _on_copied(self, result: offline.CopyResult) -> None:
        self.result_ = result
        self.accept()
        parent = self.parent()
        if isinstance(parent, QWidget) and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(
                self.tr("%n meeting(s) copied to {0}.", "", result.meetings).format(result.path),
                10000,
            )


class BringBackDialog(_Running):
    """Merges an offline copy back into the open store, then says what came back."""

    def __init__(
        self, ctx: AppContext, path: Path, passphrase: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Bring back"))
        self.result_: offline.BringBackResult | None = None
        self.path, self.passphrase = path, passphrase
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Resolve conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.conflicts_button.setVisible(False)
        self.conflicts_button.clicked.connect(self._on_conflicts_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bringing back {0}…").format(path.name), self))
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        store, path, passphrase = self.ctx.store, self.path, self.passphrase
        self.run(
            lambda progress: offline.bring_back(
                store, path, passphrase=passphrase, progress=progress
            ),
            self._on_brought_back,
        )

    def _on_brought_back(self, result: offline.BringBackResult) -> None:
        self.result_ = result
        self.ctx.changed.emit("meeting", 0)  # every view reloads what came back
        if result.nothing_new:
            lines = [self.tr("Nothing new: everything in this copy is already in the store.")]
        else:
            added = sum(result.added.values())
            lines = [
                self.tr("%n record(s) added", "", added)
                + "; "
                + self.tr("%n record(s) edited.", "", len(result.applied) - result.deleted)
            ]
            if result.deleted:
                lines.append(self.tr("%n record(s) deleted, as in the copy.", "", result.deleted))
            if result.change_set_id is not None:
                self.ctx.undo_stack.push(
                    BroughtBackCommand(
                        self.ctx,
                        self.tr("Bring back {0}").format(self.path.name),
                        result.change_set_id,
                    )
                )
                lines.append(self.tr("Edit ▸ Undo takes it all back."))
        if result.conflicts:
            lines.append(
                self.tr(
                    "%n conflict(s): records edited or deleted in the copy and changed here "
                    "meanwhile; both versions are kept until you choose.",
                    "",
                    len(result.conflicts),
                )
            )
        lines += [_left_offline(said) for said in result.not_applied]
        self.message.setText("\n".join(lines))
        self.conflicts_button.setVisible(bool(result.conflicts or result.known_conflicts))

    @Slot()
    def _on_conflicts_clicked(self) -> None:
        ConflictsDialog(self.ctx, self).open()


class ConflictsDialog(QDialog):
    """The conflicts waiting: both versions side by side; keep mine or keep theirs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Offline conflicts"))
        self.rows: list[offline.ConflictView] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Yours (offline)"),
                self.tr("Theirs (team store)"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.mine = QPlainTextEdit(self)
        self.theirs = QPlainTextEdit(self)
        for box in (self.mine, self.theirs):
            box.setReadOnly(True)
        sides = QHBoxLayout()
        for label, box in (
            (self.tr("Yours (offline)"), self.mine),
            (self.tr("Theirs (team store)"), self.theirs),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label, self))
            column.addWidget(box)
            sides.addLayout(column)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.keep_mine = self.buttons.addButton(
            self.tr("Keep mine"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep_theirs = self.buttons.addButton(
            self.tr("Keep theirs"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep_mine.clicked.connect(self._on_keep_mine_clicked)
        self.keep_theirs.clicked.connect(self._on_keep_theirs_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(sides)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        self.ctx.read(offline.list_conflicts, self._on_loaded, self.message.setText)

    def _on_loaded(self, rows: list[offline.ConflictView]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, c in enumerate(rows):
            for column, text in enumerate(conflict_texts(c)):
                self.table.setItem(number, column, QTableWidgetItem(text.replace("\n", " ")))
        if rows:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("No conflicts wait for a choice."))
        self._on_selection_changed()

    def current(self) -> offline.ConflictView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @Slot()
    def _on_selection_changed(self) -> None:
        c = self.current()
        texts = ("", "", "", "") if c is None else conflict_texts(c)
        self.mine.setPlainText(texts[2])
        self.theirs.setPlainText(texts[3])
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(c is not None)

    def _resolve(self, keep_mine: bool) -> None:
        c = self.current()
        if c is None:
            return
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(False)

        def settled(_view: Any) -> None:
            self.ctx.changed.emit(c.record_kind, c.record_id)
            self.reload()

        def failed(message: str) -> None:
            self.message.setText(message)
            self.reload()

        store = self.ctx.store
        work = _in_language(offline.resolve)
        self.ctx.runner.write(lambda: work(store, c.id, keep_mine=keep_mine), settled, failed)

    @Slot()
    def _on_keep_mine_clicked(self) -> None:
        self._resolve(True)

    @Slot()
    def _on_keep_theirs_clicked(self) -> None:
        self._resolve(False)


# --- the menu entries ------------------------------------------------------------------------


class OfflineMenu(QObject):
    """The three File menu entries, added before Backups…, and what they open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.take = QAction(self.tr("Take dossier &offline…"), window)
        self.bring = QAction(self.tr("&Bring back…"), window)
        self.conflicts = QAction(self.tr("Offline &conflicts…"), window)
        backups = window.actions_.backups
        menu = next(
            (m for m in window.menuBar().findChildren(QMenu) if backups in m.actions()), None
        )
        for act in (self.take, self.bring, self.conflicts):
            if menu is not None:
                menu.insertAction(backups, act)
        self.take.triggered.connect(self._on_take_triggered)
        self.bring.triggered.connect(self._on_bring_triggered)
        self.conflicts.triggered.connect(self._on_conflicts_triggered)

    @Slot()
    def _on_take_triggered(self) -> None:
        dialog = TakeOfflineDialog(self.window.ctx, self.window.selected_meeting_ids(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_bring_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Bring back an offline copy"),
            "",
            self.tr("Chancery stores (*.db);;All files (*)"),
        )
        if name:
            self.bring_back(Path(name))

    def bring_back(self, path: Path, passphrase: str | None = None) -> BringBackDialog | None:
        from desktop_app.services import encryption

        if passphrase is None and encryption.is_encrypted(path):
            passphrase, ok = QInputDialog.getText(
                self.window,
                self.tr("Bring back"),
                self.tr("Passphrase of {0}:").format(path.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        dialog = BringBackDialog(self.window.ctx, path, passphrase, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        return dialog

    @Slot()
    def _on_conflicts_triggered(self) -> None:
        dialog = ConflictsDialog(self.window.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
