"""Tags renamed and merged on every note that carries them; undo takes it back."""

from __future__ import annotations

import pytest

from desktop_app.services import annotations as notes
from desktop_app.services import history, searching
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.store import Store


def _tags_of(store: Store) -> dict[int, set[str]]:
    return {a.id: set(a.tags) for a in notes.list_annotations(store)}


def test_rename_a_tag_everywhere_and_undo(store: Store) -> None:
    one = notes.add_annotation(store, "meeting", 1, "Premier", tags=["energie"])
    two = notes.add_annotation(store, "meeting", 1, "Second", tags=["energie", "suivi"])
    done = notes.rename_tag(store, "#Energie", "Énergie nucléaire")
    assert (done.tag, done.removed, done.notes) == ("Énergie nucléaire", ("energie",), 2)
    tags = _tags_of(store)
    assert tags[one.id] == {"Énergie nucléaire"} and tags[two.id] == {"Énergie nucléaire", "suivi"}
    assert "energie" not in dict(notes.list_tags(store))
    # The notes are found by their new tag.
    assert {h.id for h in searching.search(store, "nucleaire") if h.kind == "annotation"} >= {
        one.id,
        two.id,
    }
    assert done.change_set_id is not None
    history.undo(store, done.change_set_id)
    assert _tags_of(store)[one.id] == {"energie"}


def test_rename_onto_an_existing_tag_says_merge(store: Store) -> None:
    notes.add_annotation(store, "meeting", 1, "Premier", tags=["a", "b"])
    with pytest.raises(InvalidInput, match="merge 'a' into it"):
        notes.rename_tag(store, "a", "B")
    with pytest.raises(InvalidInput, match="needs a name"):
        notes.rename_tag(store, "a", "  # ")


def test_merge_tags_keeps_every_note_and_undo_splits_them(store: Store) -> None:
    one = notes.add_annotation(store, "meeting", 1, "Premier", tags=["russie"])
    two = notes.add_annotation(store, "meeting", 1, "Second", tags=["Russia", "russie"])
    three = notes.add_annotation(store, "meeting", 1, "Troisième", tags=["RU"])
    done = notes.merge_tags(store, ["Russia", "RU"], into="russie")
    assert (done.tag, set(done.removed), done.notes) == ("russie", {"Russia", "RU"}, 2)
    tags = _tags_of(store)
    assert tags[one.id] == tags[two.id] == tags[three.id] == {"russie"}
    assert dict(notes.list_tags(store)).get("russie") == 3
    assert done.change_set_id is not None
    history.undo(store, done.change_set_id)
    tags = _tags_of(store)
    assert tags[two.id] == {"Russia", "russie"} and tags[three.id] == {"RU"}
    with pytest.raises(InvalidInput, match="at least one tag"):
        notes.merge_tags(store, ["russie"], into="Russie")
