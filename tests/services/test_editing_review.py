"""The review queue: a rejected meeting or source leaves nothing behind, and undo brings it back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from db import models as m
from desktop_app.services import history, importing, review
from desktop_app.services.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (m.Meeting, m.Source, m.Actor, m.Commitment, m.Statement, m.Anchor)
        }


def test_rejecting_a_meeting_candidate_takes_its_records_sources_and_actors(
    empty_store: Store,
) -> None:
    before = _counts(empty_store)
    [outcome] = importing.import_files(empty_store, [CORPUS / "en-02-readout-numbered.txt"])
    assert outcome.meeting_id is not None
    imported = _counts(empty_store)
    assert imported["actor"] > 0 and imported["source"] == 1
    queue = review.list_candidates(empty_store)
    assert {c.kind for c in queue} >= {"meeting", "commitment", "statement"}

    change = review.reject(empty_store, "meeting", outcome.meeting_id)
    assert review.list_candidates(empty_store) == []
    assert _counts(empty_store) == before  # no source, no actor, no item left behind

    assert change is not None
    history.undo(empty_store, change)
    assert _counts(empty_store) == imported
    assert review.list_candidates(empty_store) == queue
    history.redo(empty_store, change)
    assert _counts(empty_store) == before


def test_actors_named_elsewhere_stay_when_a_meeting_is_rejected(store: Store) -> None:
    """The demo names Mali, Russia…: rejecting an import about them keeps them."""
    [outcome] = importing.import_files(store, [CORPUS / "fr-09-visite-cp1252.txt"])
    assert outcome.meeting_id is not None
    with store.read() as session:
        demo_actors = set(session.scalars(select(m.Actor.id)))
    before = _counts(store)
    review.reject(store, "meeting", outcome.meeting_id)
    with store.read() as session:
        left = set(session.scalars(select(m.Actor.id)))
    assert _counts(store)["source"] == before["source"] - 1
    named_by_demo = {a for a in demo_actors if a in left}
    assert named_by_demo and left <= demo_actors


def test_rejecting_a_participant_is_undoable(empty_store: Store) -> None:
    [outcome] = importing.import_files(empty_store, [CORPUS / "en-02-readout-numbered.txt"])
    person = next(c for c in review.list_candidates(empty_store) if c.kind == "participation")
    change = review.reject(empty_store, "participation", person.id)
    assert person not in review.list_candidates(empty_store)
    assert change is not None
    history.undo(empty_store, change)
    assert person in review.list_candidates(empty_store)
    assert outcome.meeting_id is not None


def test_rejecting_a_source_attached_to_a_reviewed_meeting(empty_store: Store) -> None:
    [first] = importing.import_files(
        empty_store, [CORPUS / "en-02-readout-numbered.txt"], confirm=True
    )
    confirmed = _counts(empty_store)
    with empty_store.write() as session:  # a second source about it, still to be reviewed
        meeting = session.get(m.Meeting, first.meeting_id)
        assert meeting is not None
        text = "The ministers also agreed to open a joint trade office before June 2026."
        source = m.Source(title="Second report", text=text, sha256="x" * 64)
        meeting.sources.append(source)
        session.flush()
        meeting.commitments.append(
            m.Commitment(
                text="Open a joint trade office", review_state="candidate",
                anchor=m.Anchor.on(source, 0, len(text)),
            )
        )  # fmt: skip
        source_id = source.id
    change = review.reject_source(empty_store, source_id)
    assert _counts(empty_store) == confirmed
    assert change is not None
    history.undo(empty_store, change)
    assert _counts(empty_store)["commitment"] == confirmed["commitment"] + 1
