"""Meeting places in towns the gazetteer lacks (the world's towns, read only where a text says
a meeting is held there) and days named from the day of writing ("demain", "this weekend")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models as m
from desktop_app.ingest.dates import date_in_address, find_dates, relative_day, weekday_before
from desktop_app.ingest.gazetteer import flatten, load_gazetteer, world_city
from desktop_app.ingest.meeting import session_number
from desktop_app.ingest.pipeline import extract_document
from desktop_app.resources import resource_path
from desktop_app.services import importing
from desktop_app.services.store import Store

WED = dt.date(2026, 6, 10)  # a Wednesday


def _meeting(text: str, published: dt.date | None = None) -> tuple[object, ...]:
    x = extract_document(text, published=published)
    assert x.meeting is not None
    return x.meeting.starts_on, x.meeting.ends_on, x.meeting.city, x.meeting.country_iso2


def test_the_world_list_is_small_sorted_by_state_code_and_leaves_out_words() -> None:
    path = Path(resource_path("world-cities.json"))
    assert path.stat().st_size < 700_000  # the bundle has a few MB to spare, no more
    rows = json.loads(path.read_text(encoding="utf-8"))["cities"]
    assert len(rows) > 25_000
    names = {row.rsplit("|", 1)[0].lower() for row in rows}
    assert not names & {"march", "mai", "sunday", "ede", "niger", "mali"}
    for row in rows:
        assert len(row.rsplit("|", 1)[1]) == 2, row


@pytest.mark.parametrize(
    ("name", "town", "iso2"),
    [("Münster", "Münster", "DE"), ("Muenster", "Münster", "DE"), ("LODZ", "Łódź", "PL"),
     ("Lódz", "Łódź", "PL"), ("Tromsø", "Tromsø", "NO"), ("Gdansk", "Gdańsk", "PL")],
)  # fmt: skip
def test_a_town_is_found_in_any_spelling(name: str, town: str, iso2: str) -> None:
    city = load_gazetteer().place(name)
    assert city is not None and (city.name_en, city.iso2) == (town, iso2)


def test_the_gazetteer_alone_still_says_no_to_a_town_name() -> None:
    # Names of people and titles are checked against the gazetteer's cities only.
    assert load_gazetteer().city("Münster") is None
    assert world_city("Münster") is not None


def test_a_letter_with_a_stroke_folds_to_its_base_letter() -> None:
    assert flatten("ŁÓDŹ, Tromsø") == "LODZ, Tromso"


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of the G7 met in the western German city of Münster on "
        "Thursday, 3 November 2022, to discuss Ukraine.",
        "The G7 foreign ministers' meeting was held in Münster on 3 November 2022.",
        "Les ministres des Affaires étrangères du G7 se sont réunis à Münster le 3 novembre 2022.",
    ],
)
def test_a_town_the_gazetteer_lacks_is_the_place_where_the_text_holds_the_meeting(
    text: str,
) -> None:
    assert _meeting(text)[2:] == ("Münster", "DE")


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Sweden and Norway agreed on 4 May 2026 to meet again. "
        "Reading officials welcomed it.",
        "The foreign ministers of Sweden and Norway met on 4 May 2026; they last talked in March.",
        "The foreign ministers of Sweden and Norway met on 4 May 2026. The next meeting will "
        "be held in Kalmar.",
    ],
)
def test_a_town_name_outside_a_place_of_meeting_is_not_a_place(text: str) -> None:
    assert _meeting(text)[2] is None


def test_a_dateline_in_capitals_gives_the_town_as_written_and_its_state() -> None:
    text = (
        "ŁÓDŹ, 2 décembre 2022 — Le Conseil ministériel de l'OSCE s'est achevé aujourd'hui. "
        "Les ministres de la Pologne et de la Macédoine du Nord y ont participé."
    )
    assert _meeting(text)[2:] == ("Łódź", "PL")


def test_a_dateline_city_gives_way_to_the_town_the_meeting_was_held_in() -> None:
    text = (
        "SOFIA, October 8 (BNW) - The foreign ministers of Bulgaria and Greece met yesterday "
        "in Plovdiv to discuss the rail link."
    )
    assert _meeting(text, dt.date(2026, 10, 8)) == (
        dt.date(2026, 10, 7), None, "Plovdiv", "BG"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("words", "day", "until"),
    [
        ("se réuniront demain", dt.date(2026, 6, 11), None),
        ("will meet tomorrow", dt.date(2026, 6, 11), None),
        ("se retrouvent après-demain", dt.date(2026, 6, 12), None),
        ("met yesterday", dt.date(2026, 6, 9), None),
        ("les travaux tenus hier et aujourd'hui", dt.date(2026, 6, 9), WED),
        ("se retrouvent ce week-end", dt.date(2026, 6, 13), dt.date(2026, 6, 14)),
        ("will meet this weekend", dt.date(2026, 6, 13), dt.date(2026, 6, 14)),
        ("will meet next week", dt.date(2026, 6, 15), dt.date(2026, 6, 19)),
        ("se réuniront la semaine prochaine", dt.date(2026, 6, 15), dt.date(2026, 6, 19)),
    ],
)
def test_a_day_named_from_the_day_of_writing(
    words: str, day: dt.date, until: dt.date | None
) -> None:
    flat = flatten(words)  # the rules read the folded text, accents removed
    hit = relative_day(flat, 0, len(flat), WED)
    assert hit is not None and (hit.day, hit.until) == (day, until)


def test_this_weekend_written_on_a_sunday_is_the_weekend_under_way() -> None:
    hit = relative_day("talks this weekend", 0, 18, dt.date(2026, 6, 14))
    assert hit is not None and hit.day == dt.date(2026, 6, 13)


def test_two_weekdays_make_a_meeting_of_two_days() -> None:
    flat = "The ministers will hold talks on Saturday and Sunday in Trabzon."
    hit = weekday_before(flat, 0, len(flat), dt.date(2026, 9, 17))
    assert hit is not None and (hit.day, hit.until) == (dt.date(2026, 9, 19), dt.date(2026, 9, 20))


def test_a_sentence_in_the_future_puts_its_weekday_ahead_even_if_the_future_comes_last() -> None:
    flat = (
        "When the ministers arrive in the resort town of Karuizawa to open talks Sunday, "
        "they'll have much to discuss."
    )
    hit = weekday_before(flat, 0, len(flat), dt.date(2023, 4, 14))  # a Friday
    assert hit is not None and hit.day == dt.date(2023, 4, 16)


def test_a_sentence_in_the_past_keeps_its_weekday_behind() -> None:
    flat = "The ministers met on Sunday and said they will meet again."
    hit = weekday_before(flat, 0, len(flat), dt.date(2023, 4, 18))  # a Tuesday
    assert hit is not None and hit.day == dt.date(2023, 4, 16)


def test_a_bare_date_line_is_the_day_of_writing_when_the_lead_opens_on_another_day() -> None:
    text = (
        "Sweden-Estonia Foreign Ministers' Working Lunch\n\nMarch 10, 2026\n\nOn March 9, "
        "Swedish Foreign Minister Maria Lindqvist hosted a working lunch in Kalmar for her "
        "Estonian counterpart."
    )
    assert _meeting(text)[:3] == (dt.date(2026, 3, 9), None, "Kalmar")


def test_the_results_of_an_earlier_summit_do_not_number_this_meeting() -> None:
    sentence = (
        "Les ministres discuteront de la mise en œuvre des résultats du 43e Sommet de l'ASEAN."
    )
    assert session_number([sentence]) is None


def test_two_spellings_of_one_town_are_one_meeting(empty_store: Store, tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(
        "Muenster, Germany - The foreign ministers of Germany, France and Italy held talks in "
        "Muenster on Thursday.",
        encoding="utf-8",
    )
    two.write_text(
        "The foreign ministers of Germany, France and Italy were meeting in the German city of "
        "Münster on Thursday.",
        encoding="utf-8",
    )
    given = {p: importing.Given(dt.date(2022, 11, 3)) for p in (one, two)}
    first, second = importing.import_files(empty_store, [one, two], given=given)
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id
    with empty_store.read() as session:
        (meeting,) = session.scalars(select(m.Meeting))
        assert meeting.city in ("Muenster", "Münster")


@pytest.mark.parametrize(
    ("text", "day", "until"),
    [
        ("The ministers met on the 23rd of April 2025 in Rome.", dt.date(2025, 4, 23), None),
        ("The ministers will meet on the 3rd and 4th of May.", dt.date(2025, 5, 3),
         dt.date(2025, 5, 4)),
    ],
)  # fmt: skip
def test_a_day_of_a_month_is_a_day_not_the_month(
    text: str, day: dt.date, until: dt.date | None
) -> None:
    hits = find_dates(text, reference=dt.date(2025, 4, 20))
    assert [(h.day, h.until, h.precision) for h in hits] == [(day, until, "day")]


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe | March 12, 2026",
        "Mar 12, 2026 — 3 min read",
        "Par Jean Dupont - 12 mars 2026",
        "12 mars 2026 - Par la rédaction",
        "Jane Doe, Staff Writer, March 12, 2026",
    ],
)
def test_a_byline_date_is_the_day_of_writing_not_the_meetings(byline: str) -> None:
    text = (
        "Ministers meet in Plovdiv\n\n" + byline + "\n\nThe foreign ministers of Bulgaria and "
        "Greece met on Tuesday in Plovdiv to discuss the rail link."
    )
    x = extract_document(text)
    assert x.published == dt.date(2026, 3, 12)
    assert x.meeting is not None and x.meeting.starts_on == dt.date(2026, 3, 10)


def test_a_statement_by_named_ministers_is_no_byline() -> None:
    text = (
        "Joint statement by the foreign ministers of Bulgaria and Greece, 12 March 2026\n\n"
        "The ministers agreed to open a rail link."
    )
    x = extract_document(text)
    assert x.meeting is not None and x.meeting.starts_on == dt.date(2026, 3, 12)
    assert x.published is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The foreign ministers of Indonesia and Malaysia in Labuan Bajo on 10 May 2026 agreed "
         "to talk again.", "Labuan Bajo"),
        ("Les ministres de la Tunisie et de l'Algérie, à Hammamet le 3 juin 2026, ont signé un "
         "accord.", "Hammamet"),
        ("The ministers of Sweden and Norway signed the accord on 4 May 2026. Officials in "
         "Reading on Monday welcomed it.", None),
    ],
)  # fmt: skip
def test_a_town_named_with_a_day_is_the_place_only_in_the_sentence_of_the_meetings_date(
    text: str, town: str | None
) -> None:
    assert _meeting(text)[2] == town


@pytest.mark.parametrize(
    ("text", "day", "town"),
    [
        ("The SCO, founded on 15 June 2001 in Shanghai, held its foreign ministers' council in "
         "Tianjin on Tuesday.", dt.date(2025, 7, 15), "Tianjin"),
        ("L'OCS, créée le 15 juin 2001 à Shanghai, a réuni mardi ses ministres des Affaires "
         "étrangères à Tianjin.", dt.date(2025, 7, 15), "Tianjin"),
        ("The ministers recalled the declaration signed on 3 March 2019 in Dakar. They met on "
         "Monday in Accra.", dt.date(2025, 7, 14), "Accra"),
        # No day near the publication: the old date is the only one, and it is kept.
        ("The ministers met on 3 March 2019 in Dakar, a report says.", dt.date(2019, 3, 3),
         "Dakar"),
    ],
)  # fmt: skip
def test_a_day_years_before_a_text_that_names_a_day_of_its_week_is_background(
    text: str, day: dt.date, town: str
) -> None:
    starts_on, _, city, _ = _meeting(text, dt.date(2025, 7, 16))
    assert (starts_on, city) == (day, town)


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("https://example.org/news?date=2025-04-03", dt.date(2025, 4, 3)),
        ("https://example.org/news-20250403-ministers.html", dt.date(2025, 4, 3)),
        ("https://example.org/2025/4/3/ministers", dt.date(2025, 4, 3)),
        ("https://example.org/china/2012-04/06/content_1.htm", dt.date(2012, 4, 6)),
        ("https://example.org/2025/04/ministers", None),  # a month is not a day
        ("https://example.org/id/2025123199/", None),
    ],
)
def test_the_day_in_more_address_styles(address: str, day: dt.date | None) -> None:
    assert date_in_address(address) == day
