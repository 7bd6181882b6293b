"""Every undo command: redo → undo → redo, checked against the store each time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, importing, review
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.undo_commands import (
    AddNoteCommand,
    DeleteNoteCommand,
    EditCandidateCommand,
    EditNoteCommand,
    ReviewCommand,
    SetTrackingCommand,
)


def _cycle(
    ctx: AppContext,
    command: QUndoCommand,
    check_done: Callable[..., object],
    check_undone: Callable[[], object],
) -> None:
    """Push (redo), undo, redo through the one stack, checking the store after each step."""
    stack = ctx.undo_stack
    stack.push(command)
    ctx.runner.drain()
    check_done()
    stack.undo()
    ctx.runner.drain()
    check_undone()
    stack.redo()
    ctx.runner.drain()
    check_done()


def _meeting(store: Store) -> int:
    return browse.list_meetings(store)[0].id


def test_add_note(ctx: AppContext, store: Store) -> None:
    meeting_id = _meeting(store)
    command = AddNoteCommand(ctx, "meeting", meeting_id, "Une note — à suivre", ["suivi"], True)

    def bodies() -> list[str]:
        return [
            n.body
            for n in notes_api.list_annotations(store, target_kind="meeting", target_id=meeting_id)
        ]

    _cycle(
        ctx,
        command,
        lambda: bodies().count("Une note — à suivre") == 1 or pytest.fail("note missing"),
        lambda: "Une note — à suivre" not in bodies() or pytest.fail("note still there"),
    )
    note = notes_api.get_annotation(store, command.note_id or 0)
    assert note.tags == ("suivi",) and note.include_in_brief


def test_edit_note_keeps_versions(ctx: AppContext, store: Store) -> None:
    note = notes_api.add_annotation(store, "meeting", _meeting(store), "first text", tags=["a"])
    command = EditNoteCommand(ctx, note, "second text", ["b", "c"], True)

    def done() -> None:
        now = notes_api.get_annotation(store, note.id)
        assert (now.body, now.tags, now.include_in_brief) == ("second text", ("b", "c"), True)

    def undone() -> None:
        now = notes_api.get_annotation(store, note.id)
        assert (now.body, now.tags, now.include_in_brief) == ("first text", ("a",), False)

    _cycle(ctx, command, done, undone)
    assert [v.body for v in notes_api.get_annotation(store, note.id).versions] == [
        "first text",
        "second text",
        "first text",
    ]


def test_delete_note(ctx: AppContext, store: Store) -> None:
    note = notes_api.add_annotation(store, "meeting", _meeting(store), "to the bin")

    def done() -> None:
        assert notes_api.get_annotation(store, note.id).deleted

    def undone() -> None:
        assert not notes_api.get_annotation(store, note.id).deleted

    _cycle(ctx, DeleteNoteCommand(ctx, note.id), done, undone)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"status": "lapsed"}, ("lapsed", None, None)),
        ({"score": -1, "set_score": True}, (None, -1, None)),
        ({"score": None, "set_score": True}, (None, "none", None)),
        ({"evidence": "Décret publié le 3 mai."}, (None, None, "Décret publié le 3 mai.")),
    ],
)
def test_set_tracking(
    ctx: AppContext, store: Store, change: dict[str, Any], expected: tuple[object, ...]
) -> None:
    target = next(c for c in browse.list_commitments(store) if c.compliance_score is not None)
    command = SetTrackingCommand(ctx, target, **change)

    def done() -> None:
        now = browse.get_commitment(store, target.id)
        status, score, evidence = expected
        assert now.status == (status or target.status)
        assert now.compliance_score == (
            None if score == "none" else score if score is not None else target.compliance_score
        )
        assert now.evidence == (evidence or target.evidence)

    def undone() -> None:
        now = browse.get_commitment(store, target.id)
        assert (now.status, now.compliance_score, now.evidence) == (
            target.status,
            target.compliance_score,
            target.evidence,
        )

    _cycle(ctx, command, done, undone)


def _candidate(store: Store, tmp_path: Path) -> review.Candidate:
    """A candidate to review: the demo store has none, so a communiqué is imported."""
    path = tmp_path / "communique.txt"
    path.write_text(
        "Bamako, 12 mars 2026 — Le Mali et le Niger ont tenu à Bamako une réunion "
        "ministérielle. Les deux parties se sont engagées à renforcer leur coopération "
        "dans le domaine de l'énergie solaire d'ici à 2027.",
        encoding="utf-8",
    )
    importing.import_files(store, [path])
    candidates = review.list_candidates(store)
    assert candidates, "the import found no candidate to review"
    return candidates[0]


def test_review_accept_and_reject(ctx: AppContext, store: Store, tmp_path: Path) -> None:
    candidate = _candidate(store, tmp_path)

    def pending() -> set[tuple[str, int]]:
        return {(c.kind, c.id) for c in review.list_candidates(store)}

    key = (candidate.kind, candidate.id)
    for decision in ("accept", "reject"):
        command = ReviewCommand(ctx, *key, decision)
        _cycle(
            ctx,
            command,
            lambda d=decision: key not in pending() or pytest.fail(f"{d} left it pending"),
            lambda: key in pending() or pytest.fail("undo did not put it back"),
        )
        ctx.undo_stack.undo()
        ctx.runner.drain()


def test_edit_candidate(ctx: AppContext, store: Store, tmp_path: Path) -> None:
    candidate = _candidate(store, tmp_path)
    old = candidate.text

    def text() -> str:
        return next(
            c.text
            for c in review.list_candidates(store)
            if (c.kind, c.id) == (candidate.kind, candidate.id)
        )

    command = EditCandidateCommand(ctx, candidate.kind, candidate.id, old, old + " (edited)")
    _cycle(
        ctx,
        command,
        lambda: text() == old + " (edited)" or pytest.fail("edit missing"),
        lambda: text() == old or pytest.fail("undo missing"),
    )
