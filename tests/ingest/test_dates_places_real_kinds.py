"""Date and place structures of real press that broke the rules (issue 15), in our own words."""

from __future__ import annotations

import datetime as dt

from desktop_app.ingest.dates import find_dates, relative_day, weekday_before, weekday_named
from desktop_app.ingest.gazetteer import flatten, load_gazetteer, world_city
from desktop_app.ingest.meeting import (
    dateline,
    first_date,
    lead_date,
    place_in,
    remote,
    town_held_in,
)
from desktop_app.ingest.pipeline import extract_document
from desktop_app.ingest.structure import sentences, split_lines


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


def _lead(text: str, published: dt.date) -> tuple[dt.date | None, str | None]:
    flat = flatten(text)
    lines = split_lines(text, flat)
    found = dateline(text, flat, lines, load_gazetteer(), published)
    if found.date is None:
        return None, found.city
    lead = lead_date(flat, lines, found.date)
    return (lead or found.date).day, found.city


def test_a_weekday_in_the_datelines_paragraph_is_read_from_the_dateline() -> None:
    # 22 January 2025 is a Wednesday: "on Tuesday" is the 21st.
    text = "Washington, Jan 22, 2025: The ministers met in Washington on Tuesday.\n"
    assert _lead(text, dt.date(2025, 1, 22)) == (dt.date(2025, 1, 21), "Washington")
    # The day a spokesman spoke is not the meeting's; a dateline of two days is the meeting's.
    said = "Washington, Jan 22, 2025: The ministers met, a spokesman said on Tuesday.\n"
    assert _lead(said, dt.date(2025, 1, 22))[0] == dt.date(2025, 1, 22)
    two_days = "Nairobi, April 3-4, 2025 — The summit ended in Nairobi on Friday.\n"
    assert _lead(two_days, dt.date(2025, 4, 4))[0] == dt.date(2025, 4, 3)


def test_a_date_inside_the_agencys_bracket_is_the_dateline() -> None:
    text = "MOSCOW (Agency / Wire - 19th December, 2019) The ministers met on Wednesday.\n"
    assert _lead(text, dt.date(2019, 12, 19)) == (dt.date(2019, 12, 18), "Moscow")


def test_a_month_abbreviation_before_its_day_ends_no_sentence() -> None:
    flat = "The photo was taken on Nov. 14, Thursday. It shows the ministers."
    assert [flat[s:e] for s, e in sentences(flat, 0, len(flat))] == [
        "The photo was taken on Nov. 14, Thursday.",
        "It shows the ministers.",
    ]


def test_the_day_a_photo_was_released_and_a_weekday_after_a_date_are_not_the_meeting() -> None:
    text = "This photo, released by the ministry on Nov. 15, Friday, shows talks on Nov. 14."
    flat = flatten(text)
    hit = first_date(flat, 0, len(flat), dt.date(2024, 11, 15))
    assert hit is not None and hit.day == dt.date(2024, 11, 14)
    after_date = "The ministers met on Nov. 14, Thursday."
    assert weekday_before(after_date, 0, len(after_date), dt.date(2024, 11, 20)) is None


def test_a_capital_named_by_its_states_adjective() -> None:
    gaz = load_gazetteer()

    def capital(text: str) -> str | None:
        flat = flatten(text)
        found = place_in(text, flat, 0, len(flat), gaz)
        return found[1].name_en if found is not None else None

    assert capital("La session s'est tenue le 4 novembre dans la capitale mauritanienne.") == (
        "Nouakchott"
    )
    assert capital("The ministers met on Monday in the Nigerien capital.") == "Niamey"
    # "the capital of …" names the city itself; a word that is no state's adjective, nothing.
    assert capital("They met in the European capital of culture.") is None


def test_a_year_inside_a_name_is_no_date() -> None:
    def years(text: str) -> list[int]:
        return [h.day.year for h in find_dates(text)]

    assert years("They reviewed the ASEAN Community Vision 2045 and the Union's Agenda 2063.") == []
    assert years("In 2015, the partnership began; it was renewed in 2021.") == [2015, 2021]


def test_a_call_that_came_before_the_meeting_does_not_make_it_remote() -> None:
    assert not remote("Cette rencontre fait suite à l'appel téléphonique des deux présidents.")
    assert not remote(
        "Ils se verront samedi à Kpalimé. Cette rencontre fait suite à l'appel téléphonique "
        "des présidents mardi et à un entretien téléphonique entre les ministres jeudi."
    )
    assert remote("The ministers held a phone call on Monday.")


def test_a_place_given_only_in_the_headline() -> None:
    text = (
        "Transport ministers meet in Tartu\n\n"
        "The transport ministers of Estonia and Latvia reviewed the rail timetable on "
        "8 October 2026.\n"
    )
    x = extract_document(text, published=dt.date(2026, 10, 9))
    assert x.meeting is not None and x.meeting.city == "Tartu"


def test_an_undated_text_keeps_no_day_that_is_not_the_weekday_its_opening_gives() -> None:
    assert weekday_named("Il a présidé, mardi, l'ouverture.", 0, 33) == 1
    said_friday = "The ministry said on Friday that talks went well."
    assert weekday_named(said_friday, 0, len(said_friday)) is None
    opening = (
        "Le ministre a présidé, jeudi, à Libreville l'ouverture de la 7e session de la "
        "commission mixte entre le Gabon et le Congo.\n\n"
        "Il a rappelé la visite du président, le 8 juin 2025, qui a ouvert la voie.\n"
    )
    x = extract_document(opening)  # 8 June 2025 is a Sunday
    assert x.meeting is not None and x.meeting.starts_on is None
    assert x.meeting.month_day is None  # a full date is no day without year either
    closing = (
        "Les travaux du comité tuniso-algérien tenus les 4 et 5 mars à Alger ont pris fin "
        "dimanche entre la Tunisie et l'Algérie.\n\n"
        "Les ministres ont adopté le programme de coopération pour 2017.\n"
    )
    x = extract_document(closing)  # 5 March 2017 is a Sunday
    assert x.meeting is not None and x.meeting.starts_on == dt.date(2017, 3, 4)


def test_a_wire_dateline_without_date_is_the_place_when_the_text_names_no_other() -> None:
    def city(text: str) -> str | None:
        x = extract_document(text, published=dt.date(2026, 11, 21))
        return x.meeting.city if x.meeting is not None else None

    lead = "The foreign ministers of Finland and Sweden agreed Saturday to open a joint office."
    assert city(f"TURKU (Agency) -- {lead}\n") == "Turku"
    assert city(f"Abu Dhabi: {lead}\n") == "Abu Dhabi"
    # The filing city gives way to the one the meeting was held in.
    elsewhere = "The ministers of Finland and Sweden met Saturday in Tartu to open a joint office."
    assert city(f"TURKU (Agency) -- {elsewhere}\n") == "Tartu"
    # A call has no place.
    assert (
        city("TURKU (Agency) -- The ministers of Finland and Sweden spoke over the phone.\n")
        is None
    )
