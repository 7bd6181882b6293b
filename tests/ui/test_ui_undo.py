"""Every undo command: redo → undo → redo, checked against the store each time."""

from __future__ import annotations

import importlib

import pytest

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
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


def _cycle(ctx: AppContext, command: object, check_done: object, check_undone: object) -> None:
    """Push (redo), undo, redo through the one stack, checking the store after each step."""
    stack = ctx.undo_stack
    stack.push(command)  # type: ignore[arg-type]
    ctx.runner.drain()
    check_done()  # type: ignore[operator]
    stack.undo()
    ctx.runner.drain()
    check_undone()  # type: ignore[operator]
    stack.redo()
    ctx.runner.drain()
    check_done()  # type: ignore[operator]


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
    ctx: AppContext, store: Store, change: dict[str, object], expected: tuple[object, ...]
) -> None:
    target = next(c for c in browse.list_commitments(store) if c.compliance_score is not None)
    command = SetTrackingCommand(ctx, target, **change)  # type: ignore[arg-type]

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


def _review_or_skip() -> object:
    try:
        return importlib.import_module("desktop_app.services.review")
    except ImportError:
        pytest.skip("desktop_app.services.review is not there yet (the ingest helper writes it)")


def _candidate_store(store: Store) -> tuple[object, object]:
    review = _review_or_skip()
    candidates = review.list_candidates(store)  # type: ignore[attr-defined]
    if not candidates:
        importing = importlib.import_module("desktop_app.services.importing")
        import tempfile
        from pathlib import Path

        folder = Path(tempfile.mkdtemp())
        path = folder / "communique.txt"
        path.write_text(
            "Bamako, 12 mars 2026 — Le Mali et le Niger ont tenu à Bamako une réunion "
            "ministérielle. Les deux parties se sont engagées à renforcer leur coopération "
            "dans le domaine de l'énergie solaire d'ici à 2027.",
            encoding="utf-8",
        )
        importing.import_files(store, [path])
        candidates = review.list_candidates(store)  # type: ignore[attr-defined]
    if not candidates:
        pytest.skip("the import found no candidate to review")
    return review, candidates[0]


def test_review_accept_and_reject(ctx: AppContext, store: Store) -> None:
    review, candidate = _candidate_store(store)

    def pending() -> set[tuple[str, int]]:
        return {(c.kind, c.id) for c in review.list_candidates(store)}  # type: ignore[attr-defined]

    key = (candidate.kind, candidate.id)  # type: ignore[attr-defined]
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


def test_edit_candidate(ctx: AppContext, store: Store) -> None:
    review, candidate = _candidate_store(store)
    old = candidate.text  # type: ignore[attr-defined]

    def text() -> str:
        return next(
            c.text
            for c in review.list_candidates(store)  # type: ignore[attr-defined]
            if (c.kind, c.id) == (candidate.kind, candidate.id)  # type: ignore[attr-defined]
        )

    command = EditCandidateCommand(ctx, candidate.kind, candidate.id, old, old + " (edited)")  # type: ignore[attr-defined]
    _cycle(
        ctx,
        command,
        lambda: text() == old + " (edited)" or pytest.fail("edit missing"),
        lambda: text() == old or pytest.fail("undo missing"),
    )
