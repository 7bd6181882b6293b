"""Issue 14: the review queue's edit, the tracker's changes and the corroboration decisions are
change sets in the history (undo, redo, `chancery history`), like every other edit; two
statements merge into one reported by both sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models as m
from desktop_app.cli import main
from desktop_app.services import browse, corroboration, editing, history, merging, review, tracking
from desktop_app.services.edit_fields import InvalidEdit
from desktop_app.services.store import Store
from tests.services.test_corroboration import FIRST, SECOND, _import


@pytest.fixture
def two_outlets(empty_store: Store, tmp_path: Path) -> tuple[Store, int, int, int]:
    first = _import(empty_store, tmp_path, "first.txt", FIRST, confirm=True)
    second = _import(empty_store, tmp_path, "second.txt", SECOND)
    assert first.meeting_id is not None and first.source_id and second.source_id
    return empty_store, first.meeting_id, first.source_id, second.source_id


def _actions(store: Store, table: str, record_id: int) -> list[str]:
    return [e.action for e in history.history(store, table, record_id) if not e.undone]


def test_a_merge_decision_is_a_change_set_that_undo_and_redo_replay(
    two_outlets: tuple[Store, int, int, int],
) -> None:
    store, _, first, second = two_outlets
    [double] = corroboration.probable_duplicates(store)
    decision = corroboration.decide(store, "commitment", double.id, "merged")
    assert decision.change_set_id is not None and decision.kept_id == double.same_as_id
    assert "corroborate" in _actions(store, "commitment", double.id)
    assert [s.id for s in browse.get_commitment(store, double.same_as_id).sources] == [
        first,
        second,
    ]
    history.undo(store, decision.change_set_id)
    assert corroboration.probable_duplicates(store) == [double]
    assert [s.id for s in browse.get_commitment(store, double.id).sources] == [second]
    history.redo(store, decision.change_set_id)
    assert corroboration.probable_duplicates(store) == []
    assert browse.get_commitment(store, double.id).review_state == "rejected"


def test_keep_both_is_recorded_and_undo_decision_undoes_its_change_set(
    two_outlets: tuple[Store, int, int, int],
) -> None:
    store, *_ = two_outlets
    [double] = corroboration.probable_duplicates(store)
    corroboration.keep_both(store, "commitment", double.id)
    last = history.last_change_set(store)
    assert last is not None and last.action == "corroborate"
    corroboration.undo_decision(store, "commitment", double.id)
    assert history.change_set(store, last.id).undone
    assert browse.get_commitment(store, double.id).review_state == "candidate"


def test_the_review_edit_is_recorded_with_the_words_the_import_read(
    two_outlets: tuple[Store, int, int, int],
) -> None:
    store, *_ = two_outlets
    [double] = corroboration.probable_duplicates(store)
    read = browse.get_commitment(store, double.id).text
    edited = review.edit_candidate(store, "commitment", double.id, text="Session à Nouakchott")
    assert edited.text == "Session à Nouakchott" and edited.change_set_id is not None
    [entry] = [e for e in history.history(store, "commitment", double.id) if e.action == "review"]
    assert entry.change.field == "text" and entry.change.old_value == read
    history.undo(store, edited.change_set_id)
    assert browse.get_commitment(store, double.id).text == read


def test_tracking_changes_are_undoable_with_their_status_row(store: Store) -> None:
    item = browse.list_commitments(store)[0]
    target = "lapsed" if item.status != "lapsed" else "fulfilled"

    def rows() -> int:
        with store.read() as session:
            return int(
                session.scalar(select(func.count()).where(m.StatusChange.commitment_id == item.id))
                or 0
            )

    before = rows()
    result = editing.set_tracking(store, item.id, status=target, evidence="Rapport du 3 mai")
    assert result.changed == ("status", "evidence") and rows() == before + 1
    changes = history.history(store, "commitment", item.id)
    [entry] = [e for e in changes if e.change.field == "status"]
    assert (entry.change.old_value, entry.change.new_value) == (item.status, target)
    assert result.change_set_id is not None
    history.undo(store, result.change_set_id)
    now = browse.get_commitment(store, item.id)
    assert (now.status, now.evidence, rows()) == (item.status, item.evidence, before)
    # The tracking service the other callers use goes the same way.
    tracking.set_commitment_tracking(store, item.id, compliance_score=-1)
    last = history.last_change_set(store)
    assert last is not None and any(c.field == "compliance_score" for c in last.changes)


def _two_statements(store: Store) -> tuple[int, int, int]:
    """Two records of one statement (one speaker) in a demo meeting, the second with a source
    of its own; (meeting, keep, other)."""
    meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
    detail = browse.get_meeting(store, meeting.id)
    said = next(s for s in detail.statements if s.speaker is not None)
    assert said.speaker is not None
    other = editing.add(
        store, "statement", meeting.id,
        {"text": said.text + " (autre média)", "speaker": f"actor:{said.speaker.id}"},
    )  # fmt: skip
    return meeting.id, said.id, other.id


def test_two_statements_merge_into_one_and_undo_brings_the_other_back(store: Store) -> None:
    meeting_id, keep, other = _two_statements(store)
    with store.write() as session:  # the other record comes from another source
        source = session.scalars(select(m.Source).order_by(m.Source.id.desc())).first()
        assert source is not None
        session.add(m.ItemSource(statement_id=other, source_id=source.id))
        other_source = source.id
    assert other in [i for i, _ in editing.merge_choices(store, "statement", keep)]
    result = merging.merge(store, "statement", keep, other)
    assert not editing.exists(store, "statement", other)
    kept = next(s for s in browse.get_meeting(store, meeting_id).statements if s.id == keep)
    assert other_source in {s.id for s in kept.sources}
    assert result.change_set_id is not None
    history.undo(store, result.change_set_id)
    assert editing.exists(store, "statement", other)
    # The record merged away keeps its history: what it said, and the merge that took it.
    assert "merge" in [e.action for e in history.history(store, "statement", other)]


def test_statements_of_two_speakers_are_not_merged(store: Store) -> None:
    meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
    said = [s for s in browse.get_meeting(store, meeting.id).statements if s.speaker]
    a = said[0]
    b = next(s for s in said if s.speaker and a.speaker and s.speaker.id != a.speaker.id)
    assert b.id not in [i for i, _ in editing.merge_choices(store, "statement", a.id)]
    with pytest.raises(InvalidEdit) as caught:
        merging.merge(store, "statement", a.id, b.id)
    assert caught.value.code == "merge_other_speaker"
    assert caught.value.params == {"id": a.id, "other": b.id}
    assert editing.exists(store, "statement", b.id)


def test_chancery_merge_statement(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _, keep, other = _two_statements(store)
    db = str(store.path)
    store.close()
    assert main(["merge", f"statement:{keep}", f"statement:{other}", "--json", "--db", db]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kind"] == "statement" and out["id"] == keep
    assert main(["history", f"statement:{other}", "--json", "--db", db]) == 0
    assert "merge" in capsys.readouterr().out
    assert main(["merge", f"statement:{keep}", f"statement:{keep}", "--db", db]) == 2
    assert "itself" in capsys.readouterr().err
