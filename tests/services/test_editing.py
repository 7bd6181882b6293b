"""Editing any record: every field, checked values, recorded history, undo and redo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from db import models as m
from db import search as fts
from desktop_app.services import browse, editing, history
from desktop_app.services.browse import NotFound
from desktop_app.services.edit_fields import InvalidEdit, parse_ref
from desktop_app.services.store import Store


def _moscow(store: Store) -> int:
    return next(mt.id for mt in browse.list_meetings(store) if mt.city == "Moscou")


def _indexed(store: Store, word: str) -> set[tuple[str, int]]:
    """What the full-text index itself returns for a word (no row lookup to hide staleness)."""
    terms = fts.parse_query(word, as_you_type=False)
    assert terms is not None
    with store.read() as session:
        found = fts.iter_matches(session.connection(), terms, limit=100_000)
        return {(kind, item_id) for kind, item_id, _ in found}


def _count(store: Store, model: type[m.Base]) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_edit_meeting_fields_is_recorded_undone_and_redone(store: Store) -> None:
    meeting_id = _moscow(store)
    result = editing.edit(store, "meeting", meeting_id, {"place": "Bonn", "date": "1997-07"})
    assert result.change_set_id is not None
    values = editing.current_values(store, "meeting", meeting_id)
    assert (values["place"], values["date"], values["precision"]) == ("Bonn", "1997-07", "month")
    assert ("meeting", meeting_id) in _indexed(store, "bonn")

    entries = history.history(store, "meeting", meeting_id)
    assert {(e.change.field, e.change.old_value, e.change.new_value) for e in entries} == {
        ("city", "Moscou", "Bonn"),
        ("starts_on", "2025-04-03", "1997-07-01"),
        ("date_precision", "day", "month"),
    }

    history.undo(store)
    values = editing.current_values(store, "meeting", meeting_id)
    assert (values["place"], values["date"], values["precision"]) == ("Moscou", "2025-04-03", "day")
    assert ("meeting", meeting_id) not in _indexed(store, "bonn")
    assert all(e.undone for e in history.history(store, "meeting", meeting_id))

    history.redo(store, result.change_set_id)
    assert editing.current_values(store, "meeting", meeting_id)["place"] == "Bonn"
    assert ("meeting", meeting_id) in _indexed(store, "bonn")


@pytest.mark.parametrize(
    ("kind", "values", "words"),
    [
        ("meeting", {"precision": "week"}, ["precision", "day, month, year"]),
        ("meeting", {"plac": "Bonn"}, ["'plac'", "place"]),
        ("meeting", {"date": "3 juillet"}, ["date", "2025-03-04"]),
        ("meeting", {"title": "  "}, ["title", "empty"]),
        ("meeting", {"country": "France"}, ["two-letter"]),
        ("commitment", {"status": "done"}, ["status", "announced, in_progress"]),
        ("commitment", {"theme": "sports"}, ["theme", "security"]),
        ("commitment", {"committed_by": "Atlantis"}, ["Atlantis"]),
        ("statement", {"speech": "paraphrase"}, ["speech", "quote, reported"]),
    ],
)
def test_a_bad_value_is_one_sentence_and_changes_nothing(
    store: Store, kind: str, values: dict[str, str], words: list[str]
) -> None:
    meeting_id = _moscow(store)
    detail = browse.get_meeting(store, meeting_id)
    record_id = {
        "meeting": meeting_id,
        "commitment": detail.commitments[0].id,
        "statement": detail.statements[0].id,
    }[kind]
    before = editing.current_values(store, kind, record_id)
    # a good value beside the bad one must not be written either
    first = {"place" if kind == "meeting" else "text": "Changed"}
    with pytest.raises(InvalidEdit) as caught:
        editing.edit(store, kind, record_id, {**first, **values})
    message = str(caught.value)
    assert message.count(".") >= 1 and "\n" not in message
    for word in words:
        assert word in message
    assert editing.current_values(store, kind, record_id) == before
    assert _count(store, m.ChangeSet) == 0


def test_unknown_kind_and_id(store: Store) -> None:
    with pytest.raises(InvalidEdit, match="KIND:ID"):
        parse_ref("meet:3")
    assert parse_ref("principle:4") == ("commitment", 4)
    with pytest.raises(NotFound):
        editing.edit(store, "meeting", 999, {"place": "Bonn"})


def test_edit_a_commitment_parties_due_date_and_status(store: Store) -> None:
    detail = browse.get_meeting(store, _moscow(store))
    item = detail.commitments[0]
    before = editing.current_values(store, "commitment", item.id)
    assert before["committed_by"] != "Mali" and before["due"] == ""
    editing.edit(
        store,
        "commitment",
        item.id,
        {"committed_by": "Mali", "due": "2026-03", "status": "in_progress", "theme": "energy"},
    )
    values = editing.current_values(store, "commitment", item.id)
    assert values["committed_by"] == "Mali"
    assert (values["due"], values["due_precision"]) == ("2026-03", "month")
    assert (values["status"], values["theme"]) == ("in_progress", "energy")
    history.undo(store)
    assert editing.current_values(store, "commitment", item.id) == before


def test_statement_quote_or_reported_and_speaker(store: Store) -> None:
    detail = browse.get_meeting(store, _moscow(store))
    statement = detail.statements[0]
    editing.edit(store, "statement", statement.id, {"speech": "quote", "speaker": ""})
    values = editing.current_values(store, "statement", statement.id)
    assert (values["speech"], values["speaker"]) == ("quote", "")
    editing.edit(store, "statement", statement.id, {"speech": "reported"})
    assert editing.current_values(store, "statement", statement.id)["speech"] == "reported"


def test_actor_aliases_and_source_fields(store: Store) -> None:
    with store.read() as session:
        lavrov = session.scalar(select(m.Actor.id).where(m.Actor.name.like("%Lavrov%")))
        source_id = session.scalar(select(m.Source.id).limit(1))
    assert lavrov is not None and source_id is not None
    editing.edit(store, "actor", lavrov, {"aliases": "S. Lavrov; Sergey Lavrov", "country": "ru"})
    values = editing.current_values(store, "actor", lavrov)
    assert set(values["aliases"].split("; ")) == {"S. Lavrov", "Sergey Lavrov"}
    assert values["country"] == "RU"
    assert ("actor", lavrov) in _indexed(store, "S")
    history.undo(store)
    assert ("actor", lavrov) not in _indexed(store, "S")
    editing.edit(store, "source", source_id, {"outlet": "TASS", "reliability": "official_media"})
    values = editing.current_values(store, "source", source_id)
    assert (values["outlet"], values["reliability"]) == ("TASS", "official_media")


def test_meeting_parties_and_participants_added_and_removed(store: Store) -> None:
    meeting_id = _moscow(store)
    before = editing.current_values(store, "meeting", meeting_id)["parties"]
    editing.edit(store, "meeting", meeting_id, {"parties": "Russie, Mali"})
    parties = editing.current_values(store, "meeting", meeting_id)["parties"]
    assert set(parties.split(", ")) == {"Russie", "Mali"}
    # the meeting's history says which participations came and went
    ops = {
        (e.change.op, e.change.record_kind) for e in history.history(store, "meeting", meeting_id)
    }
    assert {("insert", "participation"), ("delete", "participation")} <= ops
    history.undo(store)
    assert editing.current_values(store, "meeting", meeting_id)["parties"] == before

    with store.read() as session:
        person = session.scalar(select(m.Actor.id).where(m.Actor.kind == "person").limit(1))
    added = editing.add(
        store, "participation", meeting_id, {"person": f"actor:{person}", "role": "host",
                                             "office": "Ministre"},
    )  # fmt: skip
    values = editing.current_values(store, "participation", added.id)
    assert (values["role"], values["office"]) == ("host", "Ministre")
    editing.delete(store, "participation", added.id)
    with pytest.raises(NotFound):
        editing.current_values(store, "participation", added.id)
    history.undo(store)
    assert editing.current_values(store, "participation", added.id)["role"] == "host"


def test_add_a_commitment_from_a_passage(store: Store) -> None:
    detail = browse.get_meeting(store, _moscow(store))
    with store.read() as session:
        source = session.get(m.Source, detail.sources[0].id)
        assert source is not None
        start = source.text.index("énergie") if "énergie" in source.text else 10
        source_id = source.id
        passage_text = source.text[start : start + 40]
    result = editing.add(
        store, "next_step", detail.summary.id, {"due": "2027"},
        passage=editing.Passage(source_id, start, start + 40),
    )  # fmt: skip
    with store.read() as session:
        item = session.get(m.Commitment, result.id)
        assert item is not None and item.anchor is not None
        assert (item.kind, item.text, item.anchor.exact) == (
            "next_step",
            passage_text,
            passage_text,
        )
        assert (item.due_on, item.due_precision) == (dt.date(2027, 1, 1), "year")
    history.undo(store)
    with store.read() as session:
        assert session.get(m.Commitment, result.id) is None


def test_delete_a_meeting_and_undo_restores_it_with_its_ids_and_notes(store: Store) -> None:
    meeting_id = _moscow(store)
    detail = browse.get_meeting(store, meeting_id)
    item_ids = sorted(c.id for c in detail.commitments + detail.principles + detail.next_steps)
    with store.read() as session:
        notes = session.scalar(
            select(func.count()).where(
                m.Annotation.target_kind == "meeting", m.Annotation.target_id == meeting_id
            )
        )
    word = detail.commitments[0].text.split()[0]
    preview = editing.delete_preview(store, "meeting", meeting_id)
    assert preview["commitment"] == len(item_ids)
    editing.delete(store, "meeting", meeting_id)
    with pytest.raises(NotFound):
        browse.get_meeting(store, meeting_id)
    assert ("meeting", meeting_id) not in _indexed(store, detail.summary.title.split()[0])
    assert not {("commitment", i) for i in item_ids} & _indexed(store, word)

    history.undo(store)
    again = browse.get_meeting(store, meeting_id)
    assert sorted(c.id for c in again.commitments + again.principles + again.next_steps) == item_ids
    assert again.summary.title == detail.summary.title
    assert [p.actor.name for p in again.participants] == [p.actor.name for p in detail.participants]
    with store.read() as session:
        assert notes == session.scalar(
            select(func.count()).where(
                m.Annotation.target_kind == "meeting", m.Annotation.target_id == meeting_id
            )
        )
    assert ("meeting", meeting_id) in _indexed(store, detail.summary.title.split()[0])


def test_deleting_an_actor_clears_the_speaker_and_undo_sets_it_back(store: Store) -> None:
    with store.read() as session:
        statement = session.scalar(select(m.Statement).where(m.Statement.speaker_id.is_not(None)))
        assert statement is not None
        speaker_id, statement_id = statement.speaker_id, statement.id
    assert speaker_id is not None
    editing.delete(store, "actor", speaker_id)
    with store.read() as session:
        assert session.get_one(m.Statement, statement_id).speaker_id is None
    history.undo(store)
    with store.read() as session:
        assert session.get_one(m.Statement, statement_id).speaker_id == speaker_id


def test_an_undo_that_would_overwrite_a_later_change_is_refused(store: Store) -> None:
    meeting_id = _moscow(store)
    first = editing.edit(store, "meeting", meeting_id, {"place": "Bonn"})
    editing.edit(store, "meeting", meeting_id, {"place": "Genève"})
    assert first.change_set_id is not None
    with pytest.raises(history.ChangeConflict, match="changed since"):
        history.undo(store, first.change_set_id)
    assert editing.current_values(store, "meeting", meeting_id)["place"] == "Genève"
    history.undo(store)
    history.undo(store)
    assert editing.current_values(store, "meeting", meeting_id)["place"] == "Moscou"
    with pytest.raises(NotFound, match="nothing to undo"):
        history.undo(store)


def test_nothing_changed_records_nothing(store: Store) -> None:
    meeting_id = _moscow(store)
    result = editing.edit(store, "meeting", meeting_id, {"place": "Moscou"})
    assert result.change_set_id is None
    assert _count(store, m.ChangeSet) == 0
