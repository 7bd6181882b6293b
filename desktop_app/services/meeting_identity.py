"""Whether a document's meeting is one already stored: date window, place, parties, session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from db import models as m
from desktop_app.ingest.gazetteer import load_gazetteer
from desktop_app.ingest.normalize import key
from desktop_app.ingest.pipeline import (
    FLAG_DATELINE_ELSEWHERE,
    FLAG_PUBLICATION_DATE,
    FLAG_WEEKDAY,
    FLAG_YEAR_FROM_PUBLICATION,
    FLAG_YEAR_FROM_TEXT,
    FLAG_YEAR_FROM_WEEKDAY,
)
from desktop_app.ingest.records import FoundMeeting

SAME = "same"
PROBABLE = "probable"  # some evidence, not enough: never merged silently
DIFFERENT = "different"

# A date read exactly may still be a day off for the same meeting: an announcement dated the
# eve, a late-night close reported the next day, a time zone. One inferred from a weekday or
# the publication date may be further off (an article published days after).
NEAR_DAYS = 1
# People two undated accounts (or an undated and a dated one) must share, with the city and
# the parties, to be one meeting: one minister is at many meetings, three at one.
ONE_MEETING_PEOPLE = 2
INFERRED_DAYS = 3
_INFERRED = (
    FLAG_DATELINE_ELSEWHERE,
    FLAG_PUBLICATION_DATE,
    FLAG_WEEKDAY,
    FLAG_YEAR_FROM_PUBLICATION,
    FLAG_YEAR_FROM_TEXT,
    FLAG_YEAR_FROM_WEEKDAY,
)


@dataclass(frozen=True)
class Verdict:
    decision: str
    reason: str
    # How much agrees (exact date, same city, shared parties and people): ranks two "same".
    weight: int = 0


@dataclass(frozen=True)
class Evidence:
    """What the new document says about its meeting, with the store's ids of its actors."""

    found: FoundMeeting
    party_ids: frozenset[int]  # states and organisations
    person_ids: frozenset[int]  # participants already known to the store
    # The parties as gazetteer keys, an organisation with its member states: "the AES and
    # Russia" and "Mali, Burkina Faso, Niger and Russia" are one set of parties.
    party_keys: frozenset[str] = frozenset()


def party_keys(actors: Iterable[m.Actor]) -> frozenset[str]:
    """The gazetteer keys of states and organisations, each organisation with its members."""
    gaz = load_gazetteer()
    out: set[str] = set()
    for actor in actors:
        if actor.kind == "state" and actor.iso2:
            out.add(actor.iso2)
            continue
        entity = gaz.find_name(actor.name)
        if entity is None:
            out.add(f"actor:{actor.id}")
            continue
        out.add(entity.key)
        out.update(entity.members)
    return frozenset(out)


def window(found: FoundMeeting) -> int:
    """Days either side of the found date a stored meeting may start and still be this one."""
    if found.date_precision != "day":
        return 0  # month/year precision is compared by month/year, not by days
    if any(f.startswith(_INFERRED) for f in found.flags):
        return INFERRED_DAYS
    return NEAR_DAYS


def _span(start: dt.date, end: dt.date | None) -> tuple[dt.date, dt.date]:
    return start, end if end is not None and end >= start else start


def same_month_day(day: dt.date, month_day: tuple[int, int]) -> bool:
    """Whether ``day`` is the day and month an undated text names, a day either side."""
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            named = dt.date(year, *month_day)
        except ValueError:
            continue
        if abs((named - day).days) <= NEAR_DAYS:
            return True
    return False


def _date_fit(
    meeting: m.Meeting, found: FoundMeeting, stored_month_day: tuple[int, int] | None = None
) -> str:
    """ "exact", "near", "unknown" (a side without date) or "far". A text that names a day
    and month without any year ("jeudi 3 avril") is near a meeting stored on that day; a
    meeting stored from such a text (``stored_month_day``) is near a text dated that day."""
    if (
        meeting.starts_on is None
        and stored_month_day is not None
        and found.starts_on is not None
        and found.date_precision == "day"
    ):
        return "near" if same_month_day(found.starts_on, stored_month_day) else "far"
    if (
        found.starts_on is None
        and found.month_day is not None
        and meeting.starts_on is not None
        and meeting.date_precision == "day"
    ):
        return "near" if same_month_day(meeting.starts_on, found.month_day) else "far"
    if meeting.starts_on is None or found.starts_on is None:
        return "unknown"
    coarse = {meeting.date_precision, found.date_precision} - {"day"}
    if coarse:
        # "in April 2025" fits any day of April 2025; "in 2025" any day of 2025.
        same_year = meeting.starts_on.year == found.starts_on.year
        if "year" in coarse:
            return "near" if same_year else "far"
        same_month = same_year and meeting.starts_on.month == found.starts_on.month
        return "near" if same_month else "far"
    a0, a1 = _span(meeting.starts_on, meeting.ends_on)
    b0, b1 = _span(found.starts_on, found.ends_on)
    if a0 == b0 or (a0 <= b1 and b0 <= a1):
        return "exact"  # the same day, or overlapping spans of a meeting of several days
    gap = (b0 - a1).days if b0 > a1 else (a0 - b1).days
    return "near" if gap <= window(found) else "far"


def _city_key(name: str | None) -> str | None:
    if not name:
        return None
    city = load_gazetteer().place(name)
    return city.identity if city else key(name)


def _place_fit(meeting: m.Meeting, found: FoundMeeting) -> str:
    """ "same" (one city), "unknown" (a side without city, countries agreeing) or "far"."""
    if meeting.country_iso2 and found.country_iso2 and meeting.country_iso2 != found.country_iso2:
        return "far"
    theirs = _city_key(meeting.city)
    mine = found.city_key or _city_key(found.city)
    if theirs is None or mine is None:
        return "unknown"
    return "same" if theirs == mine else "far"


def _party_fit(theirs: set[Any], mine: frozenset[Any]) -> str:
    """ "strong": one side's parties within the other's, or most of them shared;
    "some": one shared; "none"."""
    shared = len(theirs & mine)
    if not shared:
        return "none"
    smaller = min(len(theirs), len(mine))
    if theirs <= mine or mine <= theirs or (shared >= 2 and 2 * shared >= smaller):
        return "strong"
    return "some"


_FITS = ("none", "some", "strong")


def judge(
    meeting: m.Meeting, ev: Evidence, stored_month_day: tuple[int, int] | None = None
) -> Verdict:
    """The stored ``meeting`` against the new document's evidence (``stored_month_day``: the
    day and month without year the texts of an undated stored meeting name)."""
    found = ev.found
    date = _date_fit(meeting, found, stored_month_day)
    if date == "far":
        return Verdict(DIFFERENT, "dates apart")
    place = _place_fit(meeting, found)
    if place == "far":
        return Verdict(DIFFERENT, "places differ")
    theirs = {p.actor_id for p in meeting.participations if p.actor.kind != "person"}
    people = {p.actor_id for p in meeting.participations if p.actor.kind == "person"}
    parties = _party_fit(theirs, ev.party_ids)
    if parties != "strong" and ev.party_keys:
        keys = party_keys(p.actor for p in meeting.participations if p.actor.kind != "person")
        parties = max(parties, _party_fit(set(keys), ev.party_keys), key=_FITS.index)
    shared_people = len(people & ev.person_ids)
    if parties == "none" and not shared_people:
        return Verdict(DIFFERENT, "no party in common")
    sessions = (meeting.session_number, found.session_number)
    if None not in sessions and sessions[0] != sessions[1]:
        return Verdict(PROBABLE, "session numbers differ")
    # "the 13th session of the joint commission" in the same city with the same parties and
    # format names one meeting, dated or not: a numbered session is held once.
    numbered = sessions[0] is not None and sessions[0] == sessions[1]
    numbered = numbered and meeting.format == found.format
    if date == "unknown" and not (
        place == "same"
        and parties == "strong"
        and (shared_people >= ONE_MEETING_PEOPLE or numbered)
    ):
        # Without a date a document may be on any session of a recurring meeting; unless
        # it names the same city, parties and people (a visit, a trilateral in New York).
        return Verdict(PROBABLE, "a date is missing")
    if parties != "strong":
        return Verdict(PROBABLE, "few parties in common")
    if place == "unknown" and date != "exact" and not shared_people:
        return Verdict(PROBABLE, "place unknown and date only near")
    # One party in common is all a bilateral on the sidelines shares with the conference.
    lone = min(len(theirs), len(ev.party_ids)) <= 1 and not shared_people
    if lone and (place != "same" or date != "exact"):
        return Verdict(PROBABLE, "one party only")
    # A city both name weighs more than one common participant (a minister is at many).
    weight = 2 * (date == "exact") + 2 * (place == "same") + len(theirs & ev.party_ids)
    weight += shared_people
    return Verdict(SAME, f"date {date}, place {place}, parties {parties}", weight)


def choose(
    candidates: Iterable[m.Meeting],
    ev: Evidence,
    month_days: Mapping[int, tuple[int, int]] | None = None,
) -> tuple[m.Meeting | None, list[int]]:
    """The stored meeting the document is confidently about (None if none, or if two fit
    equally well), and the ids of those it is probably about, for the analyst
    (``month_days``: by meeting id, the day and month an undated stored meeting's texts name)."""
    same: list[tuple[int, m.Meeting]] = []
    probable: list[int] = []
    for meeting in candidates:
        verdict = judge(meeting, ev, (month_days or {}).get(meeting.id))
        if verdict.decision == SAME:
            same.append((verdict.weight, meeting))
        elif verdict.decision == PROBABLE:
            probable.append(meeting.id)
    same.sort(key=lambda pair: -pair[0])
    if len(same) == 1 or (len(same) > 1 and same[0][0] > same[1][0]):
        return same[0][1], probable + [s.id for _, s in same[1:]]
    # Two stored meetings fitting equally well: attaching to either would be a guess.
    return None, probable + [s.id for _, s in same]
