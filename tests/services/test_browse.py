"""Browsing services over the demo dossier."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from db import models as m
from desktop_app.services import browse
from desktop_app.services.browse import NotFound
from desktop_app.services.store import Store
from domain.views import CommitmentFilter, CommitmentView, MeetingFilter, StatementView


def _aes_russia(store: Store) -> int:
    [meeting] = [mt for mt in browse.list_meetings(store) if mt.starts_on == dt.date(2025, 4, 3)]
    return meeting.id


def test_meetings_sorted_newest_first_and_filtered(store: Store) -> None:
    meetings = browse.list_meetings(store)
    assert len(meetings) >= 6
    dates = [mt.starts_on or dt.date.min for mt in meetings]  # undated ones last
    assert dates == sorted(dates, reverse=True)
    in_2024 = browse.list_meetings(
        store, MeetingFilter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    )
    assert in_2024 and all(mt.starts_on and mt.starts_on.year == 2024 for mt in in_2024)
    with_russia = browse.list_meetings(store, MeetingFilter(country_iso2="ru"))
    assert {mt.city for mt in with_russia} == {"Moscou", "Sotchi"}
    summits = browse.list_meetings(store, MeetingFilter(format="summit"))
    assert summits and all("summit" in mt.format for mt in summits)
    assert browse.count_meetings(store, MeetingFilter(format="summit")) == len(summits)


def test_meeting_ids_and_rows_page_lazily(store: Store) -> None:
    ids = browse.meeting_ids(store, sort="title", descending=False)
    rows = browse.meeting_rows(store, ids[:2])
    titles = [rows[i].title for i in ids[:2]]
    assert titles == sorted(titles)
    page = browse.list_meetings(store, offset=1, limit=2)
    assert [mt.id for mt in page] == browse.meeting_ids(store)[1:3]


def test_undated_meetings_come_last_in_both_date_orders(store: Store) -> None:
    undated = browse.meeting_ids(store, sort="title")[0]
    with store.write() as session:
        session.execute(update(m.Meeting).where(m.Meeting.id == undated).values(starts_on=None))
    for descending in (True, False):
        ids = browse.meeting_ids(store, sort="date", descending=descending)
        assert ids[-1] == undated, f"descending={descending}"
        first_page = browse.meeting_ids(store, sort="date", descending=descending, limit=2)
        assert undated not in first_page


def test_meeting_detail_has_everything_attached(store: Store) -> None:
    detail = browse.get_meeting(store, _aes_russia(store))
    s = detail.summary
    assert (s.city, s.country_iso2, s.session_number) == ("Moscou", "RU", 1)
    roles = {p.actor.name: (p.role, p.country_iso2) for p in detail.participants}
    assert roles["Sergueï Lavrov"] == ("co_chair", "RU")
    assert roles["Abdoulaye Diop"] == ("co_chair", "ML")
    assert {p.name for p in detail.parties} == {"Confédération des États du Sahel (AES)", "Russie"}
    themes = detail.commitments_by_theme()
    assert {"security", "energy", "diplomacy", "infrastructure", "trade"} <= set(themes)
    assert any(c.kind == "position" for c in detail.commitments)
    assert len(detail.principles) == 3
    assert any(
        n.due_on and n.due_on.year == 2026 and n.due_precision == "year" for n in detail.next_steps
    )
    assert {st.speaker.name for st in detail.statements if st.speaker} == {
        "Sergueï Lavrov",
        "Abdoulaye Diop",
    }
    assert detail.sources and detail.sources[0].language == "fr"


def test_every_anchor_points_at_its_exact_passage(store: Store) -> None:
    for summary in browse.list_meetings(store):
        detail = browse.get_meeting(store, summary.id)
        text = browse.get_source(store, detail.sources[0].id).text
        items: list[CommitmentView | StatementView] = [
            *detail.commitments,
            *detail.principles,
            *detail.next_steps,
            *detail.statements,
        ]
        for item in items:
            assert item.anchor is not None
            assert text[item.anchor.start : item.anchor.end] == item.anchor.exact


def test_commitment_filters(store: Store) -> None:
    energy = browse.list_commitments(store, CommitmentFilter(theme="energy"))
    assert energy and all(c.theme == "energy" for c in energy)
    education = browse.list_commitments(store, CommitmentFilter(theme="education"))
    assert any("universitaires" in c.text for c in education)  # found by its second theme
    fulfilled = browse.list_commitments(store, CommitmentFilter(status="fulfilled"))
    assert fulfilled and all(c.status == "fulfilled" for c in fulfilled)
    due = browse.list_commitments(store, CommitmentFilter(due_before=dt.date(2025, 1, 1)))
    assert due and all(c.due_on and c.due_on < dt.date(2025, 1, 1) for c in due)
    [russia] = [a for a in browse.list_actors(store) if a.iso2 == "RU"]
    with_russia = browse.list_commitments(store, CommitmentFilter(actor_id=russia.id))
    assert with_russia and len(with_russia) < browse.count_commitments(store)


def test_due_state_marks_overdue_and_due_soon(store: Store) -> None:
    [step] = [
        c for c in browse.list_commitments(store) if c.text.startswith("un mécanisme de suivi")
    ]
    assert step.due_state(dt.date(2025, 10, 10)) == "due_soon"  # due by the end of October
    assert step.due_state(dt.date(2025, 11, 1)) == "overdue"
    assert step.due_state(dt.date(2025, 1, 1)) is None


def test_unknown_ids_say_so(store: Store) -> None:
    with pytest.raises(NotFound, match="no meeting 9999"):
        browse.get_meeting(store, 9999)
    with pytest.raises(NotFound):
        browse.get_commitment(store, 9999)


def test_due_dates_are_shown_as_precisely_as_known(store: Store) -> None:
    labels = {c.text: c.due_label for c in browse.list_commitments(store) if c.due_on}
    assert labels["une deuxième session en 2026 dans un pays de l'AES"] == "2026"
    assert labels["un mécanisme de suivi de la mise en œuvre des engagements pris"] == "2025-10"


def test_the_lists_rows_are_read_without_making_orm_objects(store: Store) -> None:
    """The lists' first rows are the columns they show, read as rows: loading each record as
    an ORM object (with its relations) was ten times the queries' own time on a team store."""
    from sqlalchemy import event

    from db import models as m

    loaded: list[str] = []

    def count(target: object, _context: object) -> None:
        loaded.append(type(target).__name__)

    commitments = browse.commitment_ids(store, CommitmentFilter(), sort="due", limit=50)
    meetings = browse.meeting_ids(store, MeetingFilter(), limit=50)
    assert commitments and meetings
    classes = (m.Commitment, m.Meeting, m.Anchor, m.CommitmentParty, m.Actor, m.Source)
    for cls in classes:
        event.listen(cls, "load", count)
    try:
        rows = browse.commitment_rows(store, commitments)
        summaries = browse.meeting_rows(store, meetings)
    finally:
        for cls in classes:
            event.remove(cls, "load", count)
    assert loaded == []
    assert sorted(rows) == sorted(commitments) and sorted(summaries) == sorted(meetings)
    assert any(r.parties for r in rows.values()) and any(r.anchor for r in rows.values())
