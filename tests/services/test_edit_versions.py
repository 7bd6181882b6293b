"""Optimistic concurrency: an edit made on a copy someone changed since is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db import models as m
from desktop_app.cli import main
from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, editing, history
from desktop_app.services.store import EditConflict, Store


def _commitment(store: Store) -> int:
    return browse.list_commitments(store)[0].id


def test_a_stale_edit_is_refused_and_writes_nothing(store: Store) -> None:
    item = _commitment(store)
    seen = editing.current_version(store, "commitment", item)
    assert seen is not None
    theirs = editing.edit(store, "commitment", item, {"evidence": "theirs"}, expected_version=seen)
    assert theirs.version == seen + 1
    with pytest.raises(EditConflict, match="Someone else changed this commitment"):
        editing.edit(store, "commitment", item, {"evidence": "mine"}, expected_version=seen)
    assert editing.current_values(store, "commitment", item)["evidence"] == "theirs"
    mine = editing.edit(store, "commitment", item, {"evidence": "mine"}, expected_version=seen + 1)
    assert mine.version == seen + 2


def test_every_edit_and_undo_moves_the_version_on(store: Store) -> None:
    item = _commitment(store)
    first = editing.current_version(store, "commitment", item)
    assert first is not None
    editing.edit(store, "commitment", item, {"evidence": "une"})
    assert editing.current_version(store, "commitment", item) == first + 1
    history.undo(store)
    assert editing.current_version(store, "commitment", item) == first + 2


def test_a_note_edited_from_a_stale_copy_is_a_conflict(store: Store) -> None:
    meeting = browse.list_meetings(store)[0].id
    note = notes_api.add_annotation(store, "meeting", meeting, "première")
    conflict = pytest.raises(EditConflict, match="Someone else changed this record")
    with conflict, store.write() as session:
        stale = session.get(m.Annotation, note.id)
        assert stale is not None
        # Another analyst's edit, committed after this copy was read.
        notes_api.edit_annotation(store, note.id, body="la leur")
        stale.body = "la mienne"
    assert notes_api.get_annotation(store, note.id).body == "la leur"


def test_tags_created_twice_are_one_tag(store: Store) -> None:
    meeting = browse.list_meetings(store)[0].id
    notes_api.add_annotation(store, "meeting", meeting, "a", tags=["Sahel"])
    notes_api.add_annotation(store, "meeting", meeting, "b", tags=["sahel", "Sahel"])
    with store.read() as session:
        assert session.scalar(select(func.count()).where(m.Tag.name.ilike("sahel"))) == 1


def test_the_cli_edit_if_version(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    item = _commitment(store)
    seen = editing.current_version(store, "commitment", item)
    assert seen is not None  # commitments carry a version
    db = store.display_name
    store.close()
    ref = f"commitment:{item}"
    assert main(["edit", ref, "evidence=x", "--if-version", str(seen), "--db", db]) == 0
    assert f"now version {seen + 1}" in capsys.readouterr().out
    assert main(["edit", ref, "evidence=y", "--if-version", str(seen), "--db", db]) == 1
    assert "Someone else changed this commitment" in capsys.readouterr().err
