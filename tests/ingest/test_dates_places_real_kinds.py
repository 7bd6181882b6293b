"""Date and place structures of real press that broke the rules (issue 15), in our own words."""

from __future__ import annotations

from desktop_app.ingest.gazetteer import flatten, load_gazetteer, world_city
from desktop_app.ingest.meeting import town_held_in


def _town(text: str) -> str | None:
    flat = flatten(text)
    found = town_held_in(text, flat, 0, len(flat), load_gazetteer())
    return found[0] if found is not None else None


def test_a_town_written_with_a_space_for_its_hyphen_is_found() -> None:
    town = world_city("Rueil Malmaison")
    assert town is not None and town.name_en == "Rueil-Malmaison"


def test_a_date_or_bracket_between_the_verb_and_the_town() -> None:
    assert _town("The ministers met today (May 14, 2026) in Lahti (Finland).") == "Lahti"
    assert _town("The meeting was held on June 3, 2026, in Oulu, Finland.") == "Oulu"
    assert _town('The meeting of the "Nordic Five" in Oulu opened.') == "Oulu"


def test_french_verbs_of_meeting_and_a_castle_named_after_its_town() -> None:
    assert _town("Les ministres se rencontrent à Lahti jeudi.") == "Lahti"
    assert _town("Ils se sont rencontrés au château de Rueil Malmaison.") == "Rueil-Malmaison"


def test_a_capital_or_province_named_before_the_town() -> None:
    assert _town("Diplomats gathered in the Finnish capital, Lahti on Monday.") == "Lahti"
    assert _town("He will meet his counterpart in the coastal province of Oulu.") == "Oulu"
