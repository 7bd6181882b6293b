"""Rename and merge tags from the Tags page, through the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QWidget

from desktop_app.ui.context import AppContext


class TagCommand(QUndoCommand):
    """A rename or a merge: made once by the service, then undone and redone as the change
    set it recorded (services.history)."""

    def __init__(self, ctx: AppContext, text: str, change: Callable[[Any], Any]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.change = change
        self.change_set_id: int | None = None

    def _keep(self, done: Any) -> None:
        self.change_set_id = done.change_set_id

    def redo(self) -> None:
        from desktop_app.services import history

        if self.change_set_id is None:
            self.ctx.write(self.change, "annotation", 0, self._keep)
        else:
            change_set = self.change_set_id
            self.ctx.write(lambda store: history.redo(store, change_set), "annotation")

    def undo(self) -> None:
        from desktop_app.services import history

        change_set = self.change_set_id
        if change_set is not None:
            self.ctx.write(lambda store: history.undo(store, change_set), "annotation")


class TagActions(QWidget):
    """ "Rename…" and "Merge into…" for the tag selected in the list above them."""

    def __init__(
        self, ctx: AppContext, selected: Callable[[], str | None], others: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.selected = selected
        self.others = others
        self.rename_button = QPushButton(self.tr("Re&name tag…"), self)
        self.merge_button = QPushButton(self.tr("Mer&ge into…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.rename_button)
        layout.addWidget(self.merge_button)
        layout.addStretch()
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)

    def rename(self, name: str, new_name: str) -> None:
        from desktop_app.services import annotations as notes_api

        text = QCoreApplication.translate("TagActions", "Rename tag #{0}").format(name)
        self.ctx.undo_stack.push(
            TagCommand(self.ctx, text, lambda store: notes_api.rename_tag(store, name, new_name))
        )

    def merge(self, names: list[str], into: str) -> None:
        from desktop_app.services import annotations as notes_api

        text = QCoreApplication.translate("TagActions", "Merge tags into #{0}").format(into)
        self.ctx.undo_stack.push(
            TagCommand(self.ctx, text, lambda store: notes_api.merge_tags(store, names, into))
        )

    def _tag_or_say(self) -> str | None:
        name = self.selected()
        if name is None:
            self.ctx.error.emit(self.tr("Select a tag in the list first."))
        return name

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        name = self._tag_or_say()
        if name is None:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Rename tag"), self.tr("New name of #{0}:").format(name), text=name
        )
        if ok and new.strip() and new.strip() != name:
            self.rename(name, new)

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        name = self._tag_or_say()
        if name is None:
            return
        choices = [t for t in self.others() if t != name]
        into, ok = QInputDialog.getItem(
            self,
            self.tr("Merge tags"),
            self.tr(
                "Put this tag instead of #{0} on its notes (an existing tag or a new one):"
            ).format(name),
            choices,
            0,
            True,
        )
        if ok and into.strip():
            self.merge([name], into)
