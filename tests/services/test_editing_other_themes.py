"""A commitment's other themes (also_themes) are corrected like any field: checked against the
one vocabulary, recorded, undone and redone; never the main theme a second time."""

from __future__ import annotations

import pytest

from desktop_app.services import browse, editing, history
from desktop_app.services.edit_fields import InvalidEdit
from desktop_app.services.store import Store
from domain.views import CommitmentFilter
from domain.vocabulary import Theme


def _commitment(store: Store) -> int:
    meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
    return browse.get_meeting(store, meeting.id).commitments[0].id


def _themes(store: Store, commitment_id: int) -> tuple[str | None, tuple[str, ...]]:
    view = browse.get_commitment(store, commitment_id)
    return view.theme, view.also_themes


def test_other_themes_are_set_recorded_undone_and_redone(store: Store) -> None:
    item = _commitment(store)
    before = _themes(store, item)
    main = before[0]
    wanted = [t for t in (Theme.ENERGY, Theme.TRADE, Theme.HEALTH) if t != main][:2]
    result = editing.edit(store, "commitment", item, {"also_themes": ", ".join(wanted)})
    assert result.changed == ("also_themes",) and result.change_set_id is not None
    assert _themes(store, item) == (main, tuple(wanted))
    assert editing.current_values(store, "commitment", item)["also_themes"] == ", ".join(wanted)
    # it matches the theme facet: the tracker filtered by that theme lists it
    assert item in browse.commitment_ids(store, CommitmentFilter(theme=wanted[1]))
    history.undo(store, result.change_set_id)
    assert _themes(store, item) == before
    history.redo(store, result.change_set_id)
    assert _themes(store, item) == (main, tuple(wanted))
    editing.edit(store, "commitment", item, {"also_themes": ""})
    assert _themes(store, item) == (main, ())


def test_a_theme_outside_the_vocabulary_is_one_sentence_and_changes_nothing(store: Store) -> None:
    item = _commitment(store)
    before = _themes(store, item)
    with pytest.raises(InvalidEdit) as refused:
        editing.edit(store, "commitment", item, {"also_themes": "energy, sports"})
    assert str(refused.value).startswith("'sports' is not allowed in the also_themes of a")
    assert "security" in str(refused.value)
    assert refused.value.code == "bad_choice"
    assert _themes(store, item) == before


def test_the_main_theme_is_never_one_of_the_others(store: Store) -> None:
    item = _commitment(store)
    editing.edit(store, "commitment", item, {"theme": "security"})
    # typed with the main one among them: kept once, as the main one
    editing.edit(store, "commitment", item, {"also_themes": "security, trade"})
    assert _themes(store, item) == ("security", ("trade",))
    # a new main theme and the old one among the others, in one edit (either order given)
    editing.edit(store, "commitment", item, {"also_themes": "security, trade", "theme": "energy"})
    assert _themes(store, item) == ("energy", ("security", "trade"))
    editing.edit(store, "commitment", item, {"theme": "trade"})
    assert _themes(store, item) == ("trade", ("security",))


def test_a_new_commitment_takes_its_other_themes(store: Store) -> None:
    meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
    result = editing.add(
        store,
        "commitment",
        meeting.id,
        {"text": "Build a solar plant", "theme": "energy", "also_themes": "energy, economy"},
    )
    assert _themes(store, result.id) == ("energy", ("economy",))
