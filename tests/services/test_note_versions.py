"""A note's edit or deletion made from an old copy (someone changed it since) writes nothing."""

from __future__ import annotations

import pytest

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
from desktop_app.services.store import EditConflict, Store
from domain.views import AnnotationView


def _note(store: Store) -> AnnotationView:
    meeting = browse.list_meetings(store)[0].id
    return notes_api.add_annotation(store, "meeting", meeting, "first text", tags=["a"])


def test_every_note_carries_its_version_and_each_edit_moves_it(store: Store) -> None:
    note = _note(store)
    assert note.version is not None
    edited = notes_api.edit_annotation(store, note.id, body="second", expected_version=note.version)
    assert edited.version is not None and edited.version > note.version
    assert notes_api.get_annotation(store, note.id).version == edited.version


def test_a_stale_note_edit_is_refused_and_writes_nothing(store: Store) -> None:
    note = _note(store)  # both analysts read this version
    notes_api.edit_annotation(store, note.id, body="theirs", expected_version=note.version)
    with pytest.raises(EditConflict, match="Someone else changed note"):
        notes_api.edit_annotation(
            store, note.id, body="mine", tags=["b"], expected_version=note.version
        )
    now = notes_api.get_annotation(store, note.id)
    assert (now.body, now.tags) == ("theirs", ("a",))
    assert [v.body for v in now.versions] == ["first text"]  # no version of "mine" either


def test_a_stale_note_deletion_is_refused(store: Store) -> None:
    note = _note(store)
    notes_api.edit_annotation(store, note.id, body="theirs", expected_version=note.version)
    with pytest.raises(EditConflict):
        notes_api.delete_annotation(store, note.id, expected_version=note.version)
    assert not notes_api.get_annotation(store, note.id).deleted
    fresh = notes_api.get_annotation(store, note.id)
    assert notes_api.delete_annotation(store, note.id, expected_version=fresh.version).deleted


def test_without_a_version_an_edit_is_written_as_before(store: Store) -> None:
    """The command line's `annotate` edits (no version read first) are not refused."""
    note = _note(store)
    notes_api.edit_annotation(store, note.id, body="theirs")
    assert notes_api.edit_annotation(store, note.id, body="mine").body == "mine"
