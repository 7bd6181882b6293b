"""Date and place structures of real press that broke the rules (issue 15), in our own words."""

from __future__ import annotations

import datetime as dt

from desktop_app.ingest.dates import find_dates, relative_day, weekday_before
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


def test_the_day_a_report_was_made_is_not_the_meeting_day() -> None:
    text = "A spokeswoman said on Friday that the ministers will meet in Lahti on Sunday."
    flat = flatten(text)
    hit = weekday_before(flat, 0, len(flat), dt.date(2026, 5, 8))  # a Friday
    assert hit is not None and hit.day == dt.date(2026, 5, 10)


def test_over_the_weekend_is_the_coming_saturday_and_sunday() -> None:
    flat = "The ministers will meet over the weekend in Lahti."
    hit = weekday_before(flat, 0, len(flat), dt.date(2026, 5, 8))
    assert hit is not None and (hit.day, hit.until) == (dt.date(2026, 5, 9), dt.date(2026, 5, 10))


def test_tomorrow_as_the_future_in_general_names_no_day() -> None:
    flat = "We face the challenges of today and tomorrow together."
    assert relative_day(flat, 0, len(flat), dt.date(2026, 5, 8)) is None


def test_an_ordinal_before_its_noun_is_no_day_of_the_month() -> None:
    on_the = find_dates("On the 23rd, the ministers met.", reference=dt.date(2026, 5, 24))
    assert [h.day for h in on_the] == [dt.date(2026, 5, 23)]
    for text in ("the 25th anniversary of the treaty", "opened the 12th ordinary session"):
        assert find_dates(text, reference=dt.date(2026, 5, 24)) == []
