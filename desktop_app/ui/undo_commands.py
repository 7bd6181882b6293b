"""Every user edit as a QUndoCommand whose redo/undo call the services (on the writer thread).

The writer pool has one thread and runs tasks in order, so an undo queued after its redo
always sees what the redo did (for instance the id of a note it added).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.services import annotations as notes_api
from desktop_app.services import history, tracking
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import kind_label, status_label
from domain.views import AnnotationView, CommitmentView


def review_module() -> Any:
    """The review service, imported when first used (it ships with the import module)."""
    return importlib.import_module("desktop_app.services.review")


class AddNoteCommand(QUndoCommand):
    """Add a note; undo moves it to the bin, redo brings it back (same id, same history)."""

    def __init__(
        self,
        ctx: AppContext,
        target_kind: str,
        target_id: int,
        body: str,
        tags: Sequence[str] = (),
        include_in_brief: bool = False,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Add note on {0}").format(
                kind_label(target_kind)
            )
        )
        self.ctx = ctx
        self.target = (target_kind, target_id)
        self.body = body
        self.tags = tuple(tags)
        self.include_in_brief = include_in_brief
        self.note_id: int | None = None

    def _redo(self, store: Store) -> AnnotationView:
        if self.note_id is None:
            view = notes_api.add_annotation(
                store,
                *self.target,
                self.body,
                tags=self.tags,
                include_in_brief=self.include_in_brief,
            )
            self.note_id = view.id
            return view
        return notes_api.restore_annotation(store, self.note_id)

    def _undo(self, store: Store) -> AnnotationView | None:
        if self.note_id is None:  # the add failed: nothing to take back
            return None
        return notes_api.delete_annotation(store, self.note_id)

    def redo(self) -> None:
        self.ctx.write(self._redo, "annotation")

    def undo(self) -> None:
        self.ctx.write(self._undo, "annotation")


class EditNoteCommand(QUndoCommand):
    """Change a note's text, tags or brief flag; the service keeps every earlier text."""

    def __init__(
        self,
        ctx: AppContext,
        before: AnnotationView,
        body: str,
        tags: Sequence[str],
        include_in_brief: bool,
    ) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Edit note"))
        self.ctx = ctx
        self.note_id = before.id
        self.old = (before.body, before.tags, before.include_in_brief)
        self.new = (body, tuple(tags), include_in_brief)

    def _apply(self, values: tuple[str, Sequence[str], bool]) -> None:
        body, tags, include = values
        self.ctx.write(
            lambda store: notes_api.edit_annotation(
                store, self.note_id, body=body, tags=tags, include_in_brief=include
            ),
            "annotation",
            self.note_id,
        )

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class DeleteNoteCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, note_id: int) -> None:
        super().__init__(QCoreApplication.translate("UndoCommands", "Delete note"))
        self.ctx = ctx
        self.note_id = note_id

    def redo(self) -> None:
        self.ctx.write(
            lambda s: notes_api.delete_annotation(s, self.note_id), "annotation", self.note_id
        )

    def undo(self) -> None:
        self.ctx.write(
            lambda s: notes_api.restore_annotation(s, self.note_id), "annotation", self.note_id
        )


class SetTrackingCommand(QUndoCommand):
    """Change a commitment's status, compliance score or evidence (one of them or all)."""

    def __init__(
        self,
        ctx: AppContext,
        before: CommitmentView,
        *,
        status: str | None = None,
        score: int | None = None,
        set_score: bool = False,
        evidence: str | None = None,
        reason: str = "",
    ) -> None:
        self.reason = reason  # said with the change (not with its undoing)
        if status is not None:
            text = QCoreApplication.translate("UndoCommands", "Set status to {0}").format(
                status_label(status)
            )
        elif set_score:
            text = QCoreApplication.translate("UndoCommands", "Set compliance score")
        else:
            text = QCoreApplication.translate("UndoCommands", "Edit evidence")
        super().__init__(text)
        self.ctx = ctx
        self.commitment_id = before.id
        self.old = (before.status, before.compliance_score, before.evidence)
        self.new = (
            status if status is not None else before.status,
            score if set_score else before.compliance_score,
            evidence if evidence is not None else before.evidence,
        )

    def _apply(self, values: tuple[str, int | None, str], reason: str = "") -> None:
        status, score, evidence = values
        self.ctx.write(
            lambda store: tracking.set_commitment_tracking(
                store,
                self.commitment_id,
                status=status,
                compliance_score=score,
                evidence=evidence,
                reason=reason,
            ),
            "commitment",
            self.commitment_id,
        )

    def redo(self) -> None:
        self._apply(self.new, self.reason)

    def undo(self) -> None:
        self._apply(self.old)


class ReviewCommand(QUndoCommand):
    """Accept or reject a candidate from an import; undo puts it back in the queue (and what
    a rejected meeting took with it: its sources, its actors), redo makes the same change."""

    def __init__(self, ctx: AppContext, kind: str, item_id: int, decision: str) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Accept {0}").format(kind_label(kind))
            if decision == "accept"
            else QCoreApplication.translate("UndoCommands", "Reject {0}").format(kind_label(kind))
        )
        self.ctx = ctx
        self.kind = kind
        self.item_id = item_id
        self.decision = decision
        self.change_set_id: int | None = None

    def _redo(self, store: Store) -> None:
        if self.change_set_id is not None:
            history.redo(store, self.change_set_id)
            return
        review = review_module()
        action = review.accept if self.decision == "accept" else review.reject
        self.change_set_id = action(store, self.kind, self.item_id)

    def _undo(self, store: Store) -> None:
        if self.change_set_id is not None:
            history.undo(store, self.change_set_id)

    def redo(self) -> None:
        self.ctx.write(self._redo, self.kind, self.item_id)

    def undo(self) -> None:
        self.ctx.write(self._undo, self.kind, self.item_id)


class EditCandidateCommand(QUndoCommand):
    def __init__(
        self, ctx: AppContext, kind: str, item_id: int, old_text: str, new_text: str
    ) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommands", "Edit {0}").format(kind_label(kind))
        )
        self.ctx = ctx
        self.kind = kind
        self.item_id = item_id
        self.old_text = old_text
        self.new_text = new_text

    def _apply(self, text: str) -> None:
        review = review_module()

        self.ctx.write(
            lambda s: review.edit_candidate(s, self.kind, self.item_id, text=text),
            self.kind,
            self.item_id,
        )

    def redo(self) -> None:
        self._apply(self.new_text)

    def undo(self) -> None:
        self._apply(self.old_text)


class ChangeSetCommand(QUndoCommand):
    """An edit, delete, merge or addition made by the editing services: its first redo runs
    ``action`` (which records one change set), undo and later redos replay that change set.

    ``refresh`` (kind, id) is what the views reload after each step; ``after`` runs on the
    GUI thread after each step (the detail pane leaves a record that is gone)."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        action: Any,
        refresh: tuple[str, int] = ("meeting", 0),
        after: Any = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.action = action
        self.refresh = refresh
        self.after = after
        self.change_set_id: int | None = None
        self.result: Any = None

    def _redo(self, store: Store) -> Any:
        if self.change_set_id is None:
            self.result = self.action(store)
            self.change_set_id = self.result.change_set_id
            return self.result
        return history.redo(store, self.change_set_id)

    def _undo(self, store: Store) -> Any:
        if self.change_set_id is None:  # the action failed or changed nothing
            return None
        return history.undo(store, self.change_set_id)

    def _done(self, _result: Any) -> None:
        if self.after is not None:
            self.after(self)

    def redo(self) -> None:
        self.ctx.write(self._redo, *self.refresh, done=self._done)

    def undo(self) -> None:
        self.ctx.write(self._undo, *self.refresh, done=self._done)
