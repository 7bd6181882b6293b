"""A stale edit on a team store: the other analyst's values beside the user's, and a choice.

An edit made in the window carries the version of the record the user read. If someone else
changed the record meanwhile the service writes nothing (EditConflict); GuardedEdit then reads
the record as it is now and ConflictDialog shows, field by field, what the user saw, what is
there now and what the user typed. "Keep theirs" leaves the store as it is (the views reload);
"Apply mine" makes the edit again from the version just shown, itself guarded: nothing is
ever written over a change the user has not seen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.store import EditConflict, Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.editing.commands import RecordedCommand
from desktop_app.ui.editing.dialogs import field_label
from desktop_app.ui.labels import kind_label, score_label, status_label

# What a guarded edit reads when it is refused: the record's fields as text, and its version.
ReadTheirs = Callable[[Store], tuple[dict[str, str], int | None]]


@dataclass(frozen=True)
class StaleEdit:
    """What a refused edit returns instead of its result: nothing was written."""

    kind: str
    record_id: int
    # (field, as the user read it, as it is now, as the user wants it)
    rows: tuple[tuple[str, str, str, str], ...]
    theirs: Mapping[str, str]
    version: int | None  # the record's version now: "Apply mine" edits from it
    change_set_id: None = None  # as an EditResult: no change set was recorded


def guarded(
    action: Callable[[Store], Any],
    read_theirs: ReadTheirs,
    kind: str,
    record_id: int,
    base: Mapping[str, str],
    mine: Mapping[str, str],
) -> Callable[[Store], Any]:
    """``action`` (on the writer thread) returning a StaleEdit when the store refuses it as
    made on an old copy, with the record read again right after."""

    def run(store: Store) -> Any:
        try:
            return action(store)
        except EditConflict:
            theirs, version = read_theirs(store)
            rows = tuple(
                (name, base.get(name, ""), theirs.get(name, ""), value)
                for name, value in mine.items()
            )
            return StaleEdit(kind, record_id, rows, dict(theirs), version)

    return run


def value_text(field: str, value: str) -> str:
    """A field's stored text as the window says it (a status, a score in words)."""
    if field == "status" and value:
        return status_label(value)
    if field in ("score", "compliance_score"):
        return score_label(int(value) if value.lstrip("-+").isdigit() else None)
    return value if value.strip() else "—"


def conflict_field_label(field: str) -> str:
    if field in ("score", "compliance_score"):
        return QCoreApplication.translate("ConflictDialog", "Compliance score")
    return field_label(field)


class ConflictDialog(QDialog):
    """Someone else changed the record: theirs and the user's, side by side; a choice."""

    # True: apply mine over theirs (from the version shown); False: keep theirs.
    chosen = Signal(bool)

    def __init__(self, stale: StaleEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = stale
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this record"))
        what = f"{kind_label(stale.kind)} {stale.record_id}"
        intro = QLabel(
            self.tr(
                "Another analyst changed {0} after you opened it. Your change is not saved "
                "yet: keep their version, or apply yours over it."
            ).format(what),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(stale.rows), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("When you opened it"), self.tr("Now (theirs)"),
             self.tr("Yours")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Their values and yours"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for position, (name, base, theirs, mine) in enumerate(stale.rows):
            cells = (conflict_field_label(name), value_text(name, base),
                     value_text(name, theirs), value_text(name, mine))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and theirs != base:  # what the other analyst changed
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(position, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("&Keep theirs"), self)
        self.apply_button = QPushButton(self.tr("&Apply mine"), self)
        self.keep_button.setToolTip(self.tr("Discard your change; the views show theirs."))
        self.apply_button.setToolTip(
            self.tr("Save your values over theirs (they stay in the record's history).")
        )
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setDefault(True)  # Enter never overwrites someone's change
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 160 + 40 * len(stale.rows))
        self.finished.connect(self._on_finished)

    def _on_finished(self, result: int) -> None:
        self.chosen.emit(result == QDialog.DialogCode.Accepted)


class GuardedEdit:
    """One edit from the window made from the copy the user read (``version``): a command on
    the undo stack; if the store refuses it as stale, the ConflictDialog and the user's choice.

    ``make_action(version)`` is the service call with ``expected_version=version``;
    ``read_theirs`` reads the record's fields (the names of ``mine``) and version again.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        text: str,
        kind: str,
        record_id: int,
        *,
        base: Mapping[str, str],
        mine: Mapping[str, str],
        version: int | None,
        make_action: Callable[[int | None], Callable[[Store], Any]],
        read_theirs: ReadTheirs,
        refresh: tuple[str, int],
        after: Callable[[Any], None] | None = None,
    ) -> None:
        self.ctx, self.parent, self.text = ctx, parent, text
        self.kind, self.record_id = kind, record_id
        self.base, self.mine, self.version = dict(base), dict(mine), version
        self.make_action, self.read_theirs = make_action, read_theirs
        self.refresh, self.after = refresh, after
        self.dialog: ConflictDialog | None = None
        self.command: RecordedCommand | None = None

    def push(self) -> RecordedCommand:
        action = guarded(
            self.make_action(self.version), self.read_theirs, self.kind, self.record_id,
            self.base, self.mine,
        )  # fmt: skip
        self.command = RecordedCommand(self.ctx, self.text, action, self.refresh, self._done)
        self.ctx.undo_stack.push(self.command)
        return self.command

    def _done(self, command: Any) -> None:
        stale = command.result
        if not isinstance(stale, StaleEdit):
            if self.after is not None:
                self.after(command)
            return
        if self.dialog is not None:  # said once (an undo of the refused command comes here too)
            return
        command.setObsolete(True)  # nothing to undo: it leaves the stack when next undone
        self.dialog = ConflictDialog(stale, self.parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.chosen.connect(lambda apply: self._chosen(stale, apply))
        self.dialog.open()

    def _chosen(self, stale: StaleEdit, apply: bool) -> None:
        if not apply:
            self.ctx.status_message.emit(
                QCoreApplication.translate("ConflictDialog", "Kept the other analyst's version.")
            )
            self.ctx.changed.emit(*self.refresh)  # the views show theirs
            return
        again = GuardedEdit(
            self.ctx, self.parent, self.text, self.kind, self.record_id,
            base=stale.theirs, mine=self.mine, version=stale.version,
            make_action=self.make_action, read_theirs=self.read_theirs,
            refresh=self.refresh, after=self.after,
        )  # fmt: skip
        again.push()
