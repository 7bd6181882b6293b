"""Meeting places (the gazetteer's cities, which city a report puts the meeting in) and
several outlets' accounts of one meeting becoming one meeting, whatever the import order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pycountry
import pytest
from sqlalchemy import func, select

from db import models as m
from desktop_app.ingest.gazetteer import load_gazetteer
from desktop_app.ingest.pipeline import (
    FLAG_DATELINE_ELSEWHERE,
    FLAG_YEAR_FROM_TEXT,
    extract_document,
)
from desktop_app.resources import resource_path
from desktop_app.services import importing, review
from desktop_app.services.store import Store


def test_every_city_lies_in_a_state_with_an_iso_code_and_its_area_is_a_known_city() -> None:
    data = json.loads(Path(resource_path("gazetteer.json")).read_text(encoding="utf-8"))
    gaz = load_gazetteer()
    for iso2, pairs in data["cities"].items():
        assert pycountry.countries.get(alpha_2=iso2) is not None, iso2
        for fr, en, *area in pairs:
            assert gaz.city(fr) is not None and gaz.city(en) is not None, (fr, en)
            assert not area or gaz.city(area[0]) is not None, area


@pytest.mark.parametrize(
    ("name", "iso2"),
    [("Tianjin", "CN"), ("Munich", "DE"), ("Bonn", "DE"), ("Luxembourg", "LU"),
     ("Canberra", "AU"), ("Lima", "PE"), ("Genève", "CH"), ("Pékin", "CN")],
)  # fmt: skip
def test_capitals_and_usual_venues_are_known_cities(name: str, iso2: str) -> None:
    city = load_gazetteer().city(name)
    assert city is not None and city.iso2 == iso2


def test_a_place_within_a_citys_area_is_that_city_to_the_meeting_identity() -> None:
    gaz = load_gazetteer()
    sirius, sochi, moscow = gaz.city("Sirius"), gaz.city("Sotchi"), gaz.city("Moscow")
    assert sirius is not None and sochi is not None and moscow is not None
    assert sirius.identity == sochi.identity != moscow.identity


def _city(text: str, **kwargs: object) -> str | None:
    x = extract_document(text, **kwargs)  # type: ignore[arg-type]
    return x.meeting.city if x.meeting is not None else None


def test_a_city_heading_another_name_gives_way_to_the_city_named_next() -> None:
    assert (
        _city("The foreign ministers of Russia and Egypt met on 3 May 2026 at Moscow "
              "University in Kazan.")
        == "Kazan"
    )  # fmt: skip
    # Alone, it is still the place.
    assert _city("The ministers of Russia and Egypt met on 3 May 2026 at Moscow Palace.") == (
        "Moscow"
    )


def test_visiting_a_city_puts_the_meeting_there() -> None:
    text = (
        "Kenya's Foreign Minister Daniel Kiprono, who is visiting Geneva for the Human Rights "
        "Council, met his Ethiopian counterpart Hirut Alemu on the same day."
    )
    assert _city(text) == "Geneva"


def test_of_a_city_named_as_its_state_is_the_state() -> None:
    text = "Le ministre des Affaires étrangères de Luxembourg a reçu son homologue du Bénin."
    assert _city(text) is None
    assert _city("Les ministres du Bénin et du Togo se sont réunis à Luxembourg.") == ("Luxembourg")


def test_a_wire_dateline_without_other_city_stays_the_place() -> None:
    text = "NAIROBI, March 5. /EAPA/. Kenya and Ethiopia held talks on the border corridor."
    assert _city(text, published=dt.date(2026, 3, 5)) == "Nairobi"


ANNOUNCEMENT = (
    "Les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso sont attendus "
    "jeudi 3 avril à Moscou pour les consultations avec la Russie.\n"
)
REPORT = (
    "MOSCOW, April 3. The foreign ministers of Russia and the Alliance of Sahel States held "
    "their consultations in Moscow on Thursday.\n"
)


def _meetings(store: Store) -> list[m.Meeting]:
    with store.read() as session:
        return list(session.scalars(select(m.Meeting)))


@pytest.mark.parametrize("announcement_first", [True, False])
def test_an_undated_announcement_and_the_dated_report_are_one_meeting_in_either_order(
    empty_store: Store, tmp_path: Path, announcement_first: bool
) -> None:
    eve, report = tmp_path / "eve.txt", tmp_path / "report.txt"
    eve.write_text(ANNOUNCEMENT, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    order = [eve, report] if announcement_first else [report, eve]
    given = {report: importing.Given(dt.date(2025, 4, 3))}
    first, second = importing.import_files(empty_store, order, given=given)
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id
    (meeting,) = _meetings(empty_store)
    assert (meeting.starts_on, meeting.date_precision) == (dt.date(2025, 4, 3), "day")


def test_an_undated_announcement_of_another_day_imported_first_stays_apart(
    empty_store: Store, tmp_path: Path
) -> None:
    eve, report = tmp_path / "eve.txt", tmp_path / "report.txt"
    eve.write_text(ANNOUNCEMENT.replace("jeudi 3 avril", "jeudi 17 juillet"), encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    given = {report: importing.Given(dt.date(2025, 4, 3))}
    first, second = importing.import_files(empty_store, [eve, report], given=given)
    assert first.meeting_id != second.meeting_id


VISIT = (
    "En visite à Kampala, la ministre sénégalaise des Affaires étrangères, Awa Diop, a eu des "
    "entretiens avec Moses Okello, ministre ougandais des Finances, et avec Grace Nankya, "
    "ministre ougandaise du Commerce.\n"
)
VISIT_OTHER_OUTLET = (
    "À Kampala, Awa Diop, cheffe de la diplomatie du Sénégal, s'est entretenue avec le "
    "ministre ougandais des Finances, Moses Okello, puis avec la ministre ougandaise du "
    "Commerce, Grace Nankya.\n"
)


def test_two_undated_accounts_of_one_visit_naming_its_city_and_people_are_one_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(VISIT, encoding="utf-8")
    two.write_text(VISIT_OTHER_OUTLET, encoding="utf-8")
    first, second = importing.import_files(empty_store, [one, two])
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id


def test_an_undated_account_sharing_one_person_only_is_not_merged(
    empty_store: Store, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(VISIT, encoding="utf-8")
    two.write_text(
        "À Kampala, Awa Diop, cheffe de la diplomatie du Sénégal, s'est entretenue avec le "
        "ministre ougandais de la Défense, Peter Mugisha.\n",
        encoding="utf-8",
    )
    first, second = importing.import_files(empty_store, [one, two])
    assert first.meeting_id != second.meeting_id
    with empty_store.read() as session:
        doubts = session.scalar(select(func.count(m.ProbableSameMeeting.meeting_id)))
    assert doubts == 1  # the analyst is asked whether it is the same meeting


def test_a_day_without_year_takes_the_one_year_the_text_names_and_says_so() -> None:
    x = extract_document(
        "Les ministres du Bénin et du Togo se sont réunis le 12 mai à Cotonou.\n"
        "L'édition 2026 a porté sur le corridor routier."
    )
    assert x.meeting is not None
    assert (x.meeting.starts_on, x.meeting.flags[:1]) == (
        dt.date(2026, 5, 12), (FLAG_YEAR_FROM_TEXT,),
    )  # fmt: skip


def test_a_day_without_year_in_a_text_naming_two_years_gets_none() -> None:
    x = extract_document(
        "Les ministres du Bénin et du Togo se sont réunis le 12 mai à Cotonou.\n"
        "Le corridor ouvert en 2019 doit être achevé en 2027."
    )
    assert x.meeting is not None
    assert (x.meeting.starts_on, x.meeting.month_day) == (None, (5, 12))


def test_a_month_far_down_a_text_is_background_not_the_meetings_date() -> None:
    x = extract_document(
        "Les ministres du Bénin et du Togo se sont réunis à Cotonou.\n"
        "Ils ont parlé du corridor routier.\n"
        "Ils ont parlé du port.\n"
        "Le corridor a été ouvert en janvier 2019, a rappelé le ministre."
    )
    assert x.meeting is not None and x.meeting.starts_on is None


def test_a_later_sentence_saying_the_meeting_was_held_the_day_before_the_dateline() -> None:
    x = extract_document(
        "DAKAR, April 4. /APS/. Senegal and Gambia welcomed the bridge project in a joint "
        "statement.\n\nThe talks took place on April 3 in Dakar.\n",
        published=dt.date(2026, 4, 4),
    )
    assert x.meeting is not None and x.meeting.starts_on == dt.date(2026, 4, 3)


def test_a_dateline_filed_in_another_city_than_the_meetings_flags_the_date() -> None:
    x = extract_document(
        "NAIROBI, March 5. /EAPA/. Kenya and Ethiopia discussed the corridor at a meeting in "
        "Addis Ababa, the ministry said.",
        published=dt.date(2026, 3, 5),
    )
    assert x.meeting is not None
    assert (x.meeting.city, x.meeting.starts_on) == ("Addis Ababa", dt.date(2026, 3, 5))
    assert FLAG_DATELINE_ELSEWHERE in x.meeting.flags
    same_city = extract_document(
        "NAIROBI, March 5. /EAPA/. Kenya and Ethiopia discussed the corridor at a meeting in "
        "Nairobi.",
        published=dt.date(2026, 3, 5),
    )
    assert same_city.meeting is not None
    assert FLAG_DATELINE_ELSEWHERE not in same_city.meeting.flags


def test_a_year_taken_from_the_text_is_to_check_in_the_review_queue(
    empty_store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "forum.txt"
    path.write_text(
        "Les ministres du Bénin et du Togo se sont réunis le 12 mai à Cotonou. Le Bénin et le "
        "Togo ont parlé du corridor.\nL'édition 2026 a porté sur le corridor routier.\n",
        encoding="utf-8",
    )
    [outcome] = importing.import_files(empty_store, [path])
    assert outcome.meeting_id is not None
    [meeting] = [c for c in review.list_candidates(empty_store) if c.kind == "meeting"]
    assert "to check: " + FLAG_YEAR_FROM_TEXT in meeting.detail


TRILATERAL = (
    "NEW YORK: The foreign ministers of Japan, the United States and South Korea on Monday "
    "agreed to hold a summit. In their meeting held in New York, Japanese Foreign Minister "
    "Kenji Sato, US Secretary of State Mark Ellis and South Korean Foreign Minister Park Ji-ho "
    "reviewed their cooperation.\n"
)
TRILATERAL_DATED = (
    "On 23 September 2024, Japanese Foreign Minister Kenji Sato, US Secretary of State Mark "
    "Ellis and South Korean Foreign Minister Park Ji-ho met in New York and agreed to hold a "
    "summit of Japan, the United States and South Korea.\n"
)


@pytest.mark.parametrize("undated_first", [True, False])
def test_an_undated_account_and_a_dated_one_of_the_same_city_and_people_are_one_meeting(
    empty_store: Store, tmp_path: Path, undated_first: bool
) -> None:
    undated, dated = tmp_path / "undated.txt", tmp_path / "dated.txt"
    undated.write_text(TRILATERAL, encoding="utf-8")
    dated.write_text(TRILATERAL_DATED, encoding="utf-8")
    order = [undated, dated] if undated_first else [dated, undated]
    first, second = importing.import_files(empty_store, order)
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id
    (meeting,) = _meetings(empty_store)
    assert (meeting.starts_on, meeting.city) == (dt.date(2024, 9, 23), "New York")
