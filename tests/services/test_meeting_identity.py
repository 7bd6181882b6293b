"""One meeting per meeting: several outlets' articles join it, distinct meetings stay apart."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from db import models as m
from desktop_app.ingest.pipeline import FLAG_PUBLICATION_DATE
from desktop_app.ingest.records import FoundMeeting
from desktop_app.services import importing, meeting_identity
from desktop_app.services.store import Store

# Short fictional articles, written for these tests, on a tripartite meeting in Dakar.
_TRIO = "du Sénégal, de la Mauritanie et du Mali"
_TOPIC = "une réunion tripartite sur la sécurité des frontières"

ANNOUNCED_THE_EVE = (
    "Publié le 2 avril 2026\n\n"
    f"Les ministres des Affaires étrangères {_TRIO} sont attendus à Dakar pour {_TOPIC}.\n\n"
    "Les trois délégations doivent examiner un projet de patrouilles conjointes.\n"
)
REPORTED = (
    f"Dakar, 3 avril 2026 — Les ministres des Affaires étrangères {_TRIO} se sont réunis "
    f"à Dakar pour {_TOPIC}.\n\n"
    "Les ministres ont décidé de créer un comité conjoint de surveillance du fleuve.\n"
)
# Another outlet lists the Gambia rather than Mali: two parties of three still shared.
OTHER_LIST = (
    "Dakar, 3 avril 2026 — Les chefs de la diplomatie du Sénégal, de la Mauritanie et de la "
    f"Gambie ont tenu à Dakar {_TOPIC}.\n\n"
    "Les ministres ont convenu de renforcer les échanges de renseignements.\n"
)
NO_PLACE = (
    f"Le 3 avril 2026, les ministres des Affaires étrangères {_TRIO} ont tenu {_TOPIC}.\n\n"
    "Ils ont décidé de créer un comité conjoint de surveillance du fleuve.\n"
)
NEXT_SESSION = (
    f"Dakar, 10 juillet 2026 — Les ministres des Affaires étrangères {_TRIO} se sont de "
    f"nouveau réunis à Dakar pour {_TOPIC}.\n\n"
    "Les ministres ont décidé d'élargir les patrouilles conjointes.\n"
)
SAME_MONTH_ELSEWHERE = (
    f"Nouakchott, 24 avril 2026 — Les ministres des Affaires étrangères {_TRIO} se sont "
    f"réunis à Nouakchott pour {_TOPIC}.\n\n"
    "Les ministres ont décidé d'ouvrir un poste frontière commun.\n"
)
NEXT_DAY_ELSEWHERE = (
    f"Nouakchott, 4 avril 2026 — Les ministres des Affaires étrangères {_TRIO} se sont "
    f"réunis à Nouakchott pour {_TOPIC}.\n\n"
    "Les ministres ont décidé d'ouvrir un poste frontière commun.\n"
)
UNDATED = (
    f"Les ministres des Affaires étrangères {_TRIO} se sont réunis à Dakar pour {_TOPIC}.\n\n"
    "Les ministres ont décidé de créer un comité conjoint de surveillance du fleuve.\n"
)
BILATERAL_MR = (
    "Dakar, 3 avril 2026 — Les ministres des Affaires étrangères du Sénégal et de la "
    "Mauritanie se sont entretenus à Dakar de la pêche.\n\n"
    "Les ministres ont décidé de renouveler l'accord de pêche.\n"
)
BILATERAL_GM = (
    "Dakar, 3 avril 2026 — Les ministres des Affaires étrangères du Sénégal et de la "
    "Gambie se sont entretenus à Dakar du pont sur le fleuve.\n\n"
    "Les ministres ont décidé d'ouvrir le pont aux camions.\n"
)


def _meetings(store: Store, tmp_path: Path, *texts: str) -> list[int | None]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"doc-{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    outcomes = importing.import_files(store, paths)
    assert all(o.status == "imported" for o in outcomes), [o.message for o in outcomes]
    return [o.meeting_id for o in outcomes]


def _count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count(m.Meeting.id))) or 0)


def test_an_announcement_published_the_eve_joins_the_report(
    empty_store: Store, tmp_path: Path
) -> None:
    first, second = _meetings(empty_store, tmp_path, ANNOUNCED_THE_EVE, REPORTED)
    assert first == second and _count(empty_store) == 1


def test_outlets_listing_different_parties_join_one_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    ids = _meetings(empty_store, tmp_path, REPORTED, OTHER_LIST, NO_PLACE)
    assert len(set(ids)) == 1 and _count(empty_store) == 1


def test_the_next_session_of_a_recurring_meeting_is_another_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    first, second = _meetings(empty_store, tmp_path, REPORTED, NEXT_SESSION)
    assert first != second and _count(empty_store) == 2


def test_the_same_parties_elsewhere_in_the_same_month_are_another_meeting(
    empty_store: Store, tmp_path: Path
) -> None:
    ids = _meetings(empty_store, tmp_path, REPORTED, SAME_MONTH_ELSEWHERE, NEXT_DAY_ELSEWHERE)
    assert len(set(ids)) == 3


def test_an_undated_article_is_not_merged_on_a_guess(empty_store: Store, tmp_path: Path) -> None:
    first, second = _meetings(empty_store, tmp_path, REPORTED, UNDATED)
    assert first != second


def test_two_bilaterals_on_the_same_day_and_city_stay_apart(
    empty_store: Store, tmp_path: Path
) -> None:
    first, second = _meetings(empty_store, tmp_path, BILATERAL_MR, BILATERAL_GM)
    assert first != second


def _found(
    day: dt.date | None, precision: str = "day", flags: tuple[str, ...] = ()
) -> FoundMeeting:
    return FoundMeeting(
        "t", "ministerial meeting", None, day, None, precision, "Dakar", "dakar", "SN", None,
        (), 0, 0, flags,
    )  # fmt: skip


def test_the_date_window_widens_only_for_inferred_dates() -> None:
    day = dt.date(2026, 4, 3)
    assert meeting_identity.window(_found(day)) == meeting_identity.NEAR_DAYS
    inferred = _found(day, flags=(FLAG_PUBLICATION_DATE,))
    assert meeting_identity.window(inferred) == meeting_identity.INFERRED_DAYS
    assert meeting_identity.window(_found(day, "month")) == 0


def _stored(day: dt.date, precision: str, session_number: int | None = None) -> m.Meeting:
    state = m.Actor(id=1, kind="state", name="Sénégal", iso2="SN")
    other = m.Actor(id=2, kind="state", name="Mauritanie", iso2="MR")
    meeting = m.Meeting(
        id=7, title="t", format="ministerial meeting", starts_on=day, date_precision=precision,
        city="Dakar", country_iso2="SN", session_number=session_number,
    )  # fmt: skip
    meeting.participations = [
        m.Participation(actor_id=a.id, actor=a, role="participant") for a in (state, other)
    ]
    return meeting


def test_a_month_precise_date_fits_its_month_only() -> None:
    ev = meeting_identity.Evidence(_found(dt.date(2026, 4, 20)), frozenset({1, 2}), frozenset())
    april = _stored(dt.date(2026, 4, 1), "month")
    may = _stored(dt.date(2026, 5, 1), "month")
    assert meeting_identity.judge(april, ev).decision == meeting_identity.SAME
    assert meeting_identity.judge(may, ev).decision == meeting_identity.DIFFERENT


def test_different_session_numbers_are_never_merged_silently() -> None:
    found = dataclasses.replace(_found(dt.date(2026, 4, 3)), session_number=5)
    ev = meeting_identity.Evidence(found, frozenset({1, 2}), frozenset())
    stored = _stored(dt.date(2026, 4, 3), "day", session_number=4)
    assert meeting_identity.judge(stored, ev).decision == meeting_identity.PROBABLE


def test_two_stored_meetings_fitting_equally_are_a_question_not_a_merge() -> None:
    ev = meeting_identity.Evidence(_found(dt.date(2026, 4, 3)), frozenset({1, 2}), frozenset())
    one, two = _stored(dt.date(2026, 4, 3), "day"), _stored(dt.date(2026, 4, 3), "day")
    two.id = 8
    assert meeting_identity.choose([one, two], ev) == (None, [7, 8])
    undated = _found(None)
    later = meeting_identity.Evidence(undated, frozenset({1, 2}), frozenset())
    assert meeting_identity.choose([one], later) == (None, [7])


def test_an_undated_report_of_the_same_numbered_session_joins_it() -> None:
    undated = dataclasses.replace(_found(None), session_number=13)
    ev = meeting_identity.Evidence(undated, frozenset({1, 2}), frozenset())
    stored = _stored(dt.date(2026, 4, 3), "day", session_number=13)
    assert meeting_identity.judge(stored, ev).decision == meeting_identity.SAME
    # Another body's session, or no number: still a question for the analyst.
    other_body = dataclasses.replace(undated, format="summit")
    ev_other = meeting_identity.Evidence(other_body, frozenset({1, 2}), frozenset())
    assert meeting_identity.judge(stored, ev_other).decision == meeting_identity.PROBABLE
    ev_plain = meeting_identity.Evidence(_found(None), frozenset({1, 2}), frozenset())
    assert meeting_identity.judge(stored, ev_plain).decision == meeting_identity.PROBABLE
