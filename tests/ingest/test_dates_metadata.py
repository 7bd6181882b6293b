"""Publication date and address as metadata (issue 15): relative dates read from them, the
page's date is not the meeting's, and several outlets' accounts become one meeting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models as m
from desktop_app.cli import main
from desktop_app.ingest.dates import date_in_address
from desktop_app.ingest.pipeline import (
    FLAG_WEEKDAY,
    FLAG_YEAR_FROM_WEEKDAY,
    extract_document,
)
from desktop_app.ingest.readers import read_document
from desktop_app.ingest.report import evaluate
from desktop_app.services import history, importing, review
from desktop_app.services.store import Store

DATED = Path(__file__).resolve().parent.parent / "corpus" / "dated"


def _day(x: object) -> dt.date | None:
    meeting = getattr(x, "meeting", None)
    return meeting.starts_on if meeting is not None else None


def test_the_dated_corpus_gets_every_date_and_place() -> None:
    scores = evaluate(DATED)
    for field in ("meeting date", "place"):
        s = scores[field]
        assert (s.fp, s.fn) == (0, 0), s.misses


def test_a_page_gives_its_publication_date_and_address(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2026-03-11T18:02:00Z">'
        '<link rel="canonical" href="https://example.org/afrique/commission-mixte"></head>'
        "<body><article><p>Les ministres du Sénégal et de la Gambie sont attendus jeudi à "
        "Banjul pour la quatrième session de leur commission mixte, a-t-on appris.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    raw = read_document(page)
    assert (raw.published, raw.address) == (
        dt.date(2026, 3, 11), "https://example.org/afrique/commission-mixte",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("https://x.example/2025/04/03/slug", dt.date(2025, 4, 3)),
        ("https://x.example/20250402/slug-1071391455.html", dt.date(2025, 4, 2)),
        ("https://x.example/202311/slug", None),  # a month is no day
        ("https://x.example/politics/1938625", None),
    ],
)
def test_a_day_in_an_address(address: str, day: dt.date | None) -> None:
    assert date_in_address(address) == day


def test_on_sunday_is_read_from_the_publication_date_before_a_later_date() -> None:
    text = (
        "The foreign ministers of Ghana and Togo on Sunday agreed to reopen their border "
        "commission in Accra.\n\nThe Togolese minister is in Ghana from March 14-15."
    )
    x = extract_document(text, published=dt.date(2026, 3, 15))
    assert x.meeting is not None
    assert (x.meeting.starts_on, x.meeting.flags[:1]) == (dt.date(2026, 3, 15), (FLAG_WEEKDAY,))
    assert x.published == dt.date(2026, 3, 15)


def test_an_address_dates_the_document_when_no_day_is_given() -> None:
    x = extract_document(
        "The ministers of Ghana and Togo met on Tuesday in Accra.",
        address="https://news.example.com/2026/03/11/ghana-togo",
    )
    assert _day(x) == dt.date(2026, 3, 10)


def test_a_two_day_meeting_concluded_on_a_weekday_starts_the_day_before() -> None:
    x = extract_document(
        "The foreign ministers of Ghana and Togo concluded their two-day talks on Wednesday "
        "in Accra.",
        published=dt.date(2026, 3, 12),
    )
    assert x.meeting is not None
    assert (x.meeting.starts_on, x.meeting.ends_on) == (dt.date(2026, 3, 10), dt.date(2026, 3, 11))


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("les 9 et 10 novembre", dt.date(2025, 11, 9), dt.date(2025, 11, 10)),
        ("jeudi 6 et vendredi 7 novembre", dt.date(2025, 11, 6), dt.date(2025, 11, 7)),
    ],
)
def test_a_range_without_year_takes_the_publication_year(
    words: str, first: dt.date, last: dt.date
) -> None:
    x = extract_document(
        f"La conférence ministérielle Russie-Afrique s'est tenue {words} à Moscou.",
        published=dt.date(2025, 11, 11),
    )
    assert x.meeting is not None and (x.meeting.starts_on, x.meeting.ends_on) == (first, last)


def test_on_the_23rd_is_a_day_of_the_publication_month() -> None:
    x = extract_document(
        "On the 23rd (local time), the foreign ministers of Ghana and Togo met in Accra.",
        published=dt.date(2026, 3, 24),
    )
    assert _day(x) == dt.date(2026, 3, 23)


def test_a_verbless_headline_weekday_is_the_nearest_one() -> None:
    x = extract_document(
        "Sénégal-Gambie : la commission mixte, jeudi à Banjul\n\n"
        "La session réunit les ministres des Affaires étrangères des deux pays.",
        published=dt.date(2026, 3, 11),
    )
    assert _day(x) == dt.date(2026, 3, 12)


def test_a_line_holding_only_the_publication_day_is_not_the_meeting_date() -> None:
    text = (
        "Rencontre entre les ministres du Mali et de la Mauritanie\n\n17 mars, 2026\n\n"
        "Le 16 mars, les ministres des Affaires étrangères du Mali et de la Mauritanie se sont "
        "rencontrés à Nouakchott."
    )
    assert _day(extract_document(text, published=dt.date(2026, 3, 17))) == dt.date(2026, 3, 16)


def test_a_weekday_gives_the_year_when_the_text_names_one_year() -> None:
    x = extract_document(
        "Le sommet de la CEDEAO s'est tenu dimanche 14 décembre à Abuja.\n\n"
        "Il a examiné la feuille de route adoptée le 22 juin 2025."
    )
    assert x.meeting is not None
    assert (x.meeting.starts_on, x.meeting.flags[:1]) == (
        dt.date(2025, 12, 14), (FLAG_YEAR_FROM_WEEKDAY,),
    )  # fmt: skip


ANNOUNCEMENT = (
    "Les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso sont attendus "
    "jeudi à Moscou pour les consultations avec la Russie.\n"
)
REPORT = (
    "MOSCOW, April 3. The foreign ministers of Russia and the Alliance of Sahel States held "
    "their consultations in Moscow on Thursday.\n"
)


def test_an_announcement_and_a_report_naming_the_alliance_are_one_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    eve, report = tmp_path / "eve.txt", tmp_path / "report.txt"
    eve.write_text(ANNOUNCEMENT, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    given = {
        eve: importing.Given(dt.date(2025, 4, 2), "https://x.example/annonce"),
        report: importing.Given(dt.date(2025, 4, 3)),
    }
    first, second = importing.import_files(empty_store, [eve, report], given=given)
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id
    with empty_store.read() as session:
        source = session.scalars(select(m.Source).order_by(m.Source.id)).first()
        assert source is not None
        assert (source.published_on, source.address) == (
            dt.date(2025, 4, 2), "https://x.example/annonce",
        )  # fmt: skip


def test_an_unsure_match_waits_in_review_as_probably_the_same_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(
        "Dakar, 3 avril 2026 — Les ministres des Affaires étrangères du Sénégal et de la "
        "Gambie se sont réunis à Dakar pour la 4e session de la commission mixte.\n",
        encoding="utf-8",
    )
    two.write_text(
        "Dakar, 3 avril 2026 — Les ministres des Affaires étrangères du Sénégal et de la "
        "Gambie se sont réunis à Dakar pour la 5e session de la commission mixte.\n",
        encoding="utf-8",
    )
    first, second = importing.import_files(empty_store, [one, two])
    assert first.meeting_id != second.meeting_id
    [flagged] = [
        c for c in review.list_candidates(empty_store)
        if c.kind == "meeting" and c.id == second.meeting_id
    ]  # fmt: skip
    assert f"{review.FLAG_SAME_MEETING} #{first.meeting_id} (session numbers differ)" in (
        flagged.flags
    )


def test_rejecting_the_doubtful_meeting_and_undoing_keep_the_doubt(
    empty_store: Store, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    for path, number in ((one, "4e"), (two, "5e")):
        path.write_text(
            "Dakar, 3 avril 2026 — Les ministres des Affaires étrangères du Sénégal et de la "
            f"Gambie se sont réunis à Dakar pour la {number} session de la commission mixte.\n",
            encoding="utf-8",
        )
    first, second = importing.import_files(empty_store, [one, two])
    assert second.meeting_id is not None
    change = review.reject(empty_store, "meeting", second.meeting_id)
    with empty_store.read() as session:
        assert session.scalars(select(m.ProbableSameMeeting)).all() == []
    history.undo(empty_store, change)
    with empty_store.read() as session:
        [doubt] = session.scalars(select(m.ProbableSameMeeting)).all()
        assert (doubt.meeting_id, doubt.of_meeting_id) == (second.meeting_id, first.meeting_id)


def test_import_takes_published_and_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "annonce.txt"
    doc.write_text(ANNOUNCEMENT, encoding="utf-8")
    db = str(tmp_path / "store.db")
    code = main(["import", "--db", db, "--published", "2025-04-02", "--address",
                 "https://x.example/annonce", str(doc)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    store = Store.open(Path(db))
    try:
        with store.read() as session:
            source = session.scalars(select(m.Source).where(m.Source.file_name == doc.name)).one()
            assert [mt.starts_on for mt in source.meetings] == [dt.date(2025, 4, 3)]
            assert (source.published_on, source.address) == (
                dt.date(2025, 4, 2), "https://x.example/annonce",
            )  # fmt: skip
    finally:
        store.close()


def test_a_bad_publication_day_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "annonce.txt"
    doc.write_text(ANNOUNCEMENT, encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["import", "--db", str(tmp_path / "s.db"), "--published", "3 avril", str(doc)])
    assert "write the publication date as YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("La cinquante-deuxième session ordinaire de la Conférence s'est tenue à Abuja.", 52),
        ("The Fifty-fourth Ordinary Session of the Authority convened in Abuja.", 54),
        ("The Fiftyfourth Ordinary Session of the Authority convened in Abuja.", 54),
        ("La vingt-et-unième session de la commission mixte s'est ouverte à Dakar.", 21),
        ("La conférence fait suite aux décisions du deuxième sommet Russie-Afrique.", None),
    ],
)
def test_a_session_number_is_this_sessions(sentence: str, number: int | None) -> None:
    x = extract_document(f"Dakar, 3 avril 2026 — {sentence}")
    assert x.meeting is not None and x.meeting.session_number == number


def test_a_summit_numbered_in_the_lead_is_no_conferences_number() -> None:
    x = extract_document(
        "La première conférence ministérielle s'est tenue les 13 et 14 octobre à Kazan, "
        "après les décisions prises au troisième sommet Russie-Afrique.",
        published=dt.date(2026, 10, 15),
    )
    assert x.meeting is not None and x.meeting.session_number == 1


COMMUNIQUE = (
    "Communiqué final\n\n16 décembre 2026, Abuja, République fédérale du Nigéria\n\n"
    "La cinquante-sixième session ordinaire de la Conférence des chefs d'État de la CEDEAO "
    "s'est tenue à Abuja avec les chefs d'État du Nigéria, du Ghana et du Sénégal.\n"
)
ARTICLE = (
    "Le 56e sommet ordinaire de la CEDEAO s'est tenu le 16 décembre 2026 à Abuja, en présence "
    "des chefs d'État du Nigéria, du Ghana et du Sénégal.\n"
)


def test_a_communique_and_an_article_on_one_numbered_summit_are_one_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    one, two = tmp_path / "communique.txt", tmp_path / "article.txt"
    one.write_text(COMMUNIQUE, encoding="utf-8")
    two.write_text(ARTICLE, encoding="utf-8")
    first, second = importing.import_files(empty_store, [one, two])
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id


def test_a_city_ending_in_ra_is_no_future_tense() -> None:
    x = extract_document(
        "ACCRA: The foreign ministers of Ghana and Togo on Monday agreed to open a customs post.",
        published=dt.date(2026, 3, 17),
    )
    assert _day(x) == dt.date(2026, 3, 16)


def test_a_later_clause_on_an_earlier_summit_leaves_the_meetings_city() -> None:
    x = extract_document(
        "The ministers of Ghana and Togo met on 16 March 2026.\n\n"
        "In their meeting held in Accra, they reviewed the ties deepened since their "
        "presidents held a summit in Lomé in 2019."
    )
    assert x.meeting is not None and x.meeting.city == "Accra"


def test_the_next_meetings_city_in_a_later_clause_is_not_this_ones() -> None:
    x = extract_document(
        "The ministers of Ghana and Togo met on 16 March 2026.\n\n"
        "Their talks in Accra ended on a joint text, and the next session will be held in Lomé."
    )
    assert x.meeting is not None and x.meeting.city == "Accra"


UNDATED_ANNOUNCEMENT = (
    "Les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso sont attendus "
    "jeudi 3 avril à Moscou pour les consultations avec la Russie.\n"
)


def test_an_undated_announcement_naming_the_day_joins_the_meeting_of_that_day(
    empty_store: Store, tmp_path: Path
) -> None:
    report, eve = tmp_path / "report.txt", tmp_path / "eve.txt"
    report.write_text(REPORT, encoding="utf-8")
    eve.write_text(UNDATED_ANNOUNCEMENT, encoding="utf-8")
    given = {report: importing.Given(dt.date(2025, 4, 3))}
    first, second = importing.import_files(empty_store, [report, eve], given=given)
    assert first.meeting_id is not None and first.meeting_id == second.meeting_id


def test_an_undated_text_naming_another_day_is_another_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    report, other = tmp_path / "report.txt", tmp_path / "other.txt"
    report.write_text(REPORT, encoding="utf-8")
    other.write_text(UNDATED_ANNOUNCEMENT.replace("jeudi 3 avril", "jeudi 17 juillet"), "utf-8")
    given = {report: importing.Given(dt.date(2025, 4, 3))}
    first, second = importing.import_files(empty_store, [report, other], given=given)
    assert first.meeting_id != second.meeting_id


def test_a_day_and_month_without_any_year_are_kept_for_matching() -> None:
    x = extract_document(UNDATED_ANNOUNCEMENT)
    assert x.meeting is not None
    assert (x.meeting.starts_on, x.meeting.month_day) == (None, (4, 3))


def test_a_second_account_gives_the_city_the_first_did_not(
    empty_store: Store, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(
        "The foreign ministers of Russia, Mali, Niger and Burkina Faso met on 3 April 2025 "
        "and adopted a joint statement.\n",
        encoding="utf-8",
    )
    second.write_text(REPORT.replace("MOSCOW, April 3.", "MOSCOW, April 3, 2025."), "utf-8")
    one, two = importing.import_files(empty_store, [first, second])
    assert one.meeting_id is not None and one.meeting_id == two.meeting_id
    with empty_store.read() as session:
        meeting = session.get(m.Meeting, one.meeting_id)
        assert meeting is not None and meeting.city == "Moscow"


def test_a_title_ending_with_place_and_date_gives_both() -> None:
    x = extract_document(
        "Remarks to the press following talks with the Foreign Minister of Togo "
        "(Accra, 16 March 2026)\n\nWe have just finished our talks with my colleague."
    )
    assert x.meeting is not None
    assert (x.meeting.city, x.meeting.starts_on) == ("Accra", dt.date(2026, 3, 16))


def test_one_address_for_several_documents_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    for path in (one, two):
        path.write_text(ANNOUNCEMENT, encoding="utf-8")
    code = main(["import", "--db", str(tmp_path / "s.db"), "--address", "https://x.example/a",
                 str(one), str(two)])  # fmt: skip
    assert code != 0
    assert "import that document alone with its address" in capsys.readouterr().err
    assert not (tmp_path / "s.db").exists() or _sources(tmp_path / "s.db") == 0


def _sources(db: Path) -> int:
    store = Store.open(db)
    try:
        with store.read() as session:
            return len(session.scalars(select(m.Source).where(m.Source.address.is_not(None))).all())
    finally:
        store.close()
