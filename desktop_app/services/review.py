"""The review queue: imported records waiting to be accepted, edited or rejected."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import models as m
from desktop_app.ingest.pipeline import extract_document
from desktop_app.services import convert
from desktop_app.services.browse import NotFound
from desktop_app.services.history import Recorder
from desktop_app.services.merging import actors_named_by, remove_orphan_actors
from desktop_app.services.store import Store, StoreError
from domain.views import AnchorView
from domain.vocabulary import ReviewKind, ReviewState, Theme, values_of

KINDS = values_of(ReviewKind)
THEMES = values_of(Theme)


class InvalidReview(StoreError):
    """A review action the store cannot take (unknown kind, state or theme)."""


@dataclass(frozen=True)
class Candidate:
    kind: str  # "meeting" | "commitment" | "statement" | "participation"
    id: int
    meeting_id: int
    meeting_title: str
    text: str
    detail: str  # e.g. theme/kind, or the speaker's name (in English: the CLI's)
    anchor: AnchorView | None
    # ``detail`` as (what, value) pairs for the window to say in its language: ("kind",
    # "next_step"), ("theme", None), ("due", (date, precision)), ("format", "summit"),
    # ("date", (date, precision)), ("city", name), ("role", "host"), ("country", "RU"),
    # ("note", text), ("speaker", name or None).
    facts: tuple[tuple[str, Any], ...] = ()
    # What extraction was unsure of ("date inferred from a weekday …", "party named only
    # once: Guinea"): where the analyst should look first. Meetings only.
    flags: tuple[str, ...] = ()
    change_set_id: int | None = None  # after edit_candidate: the change it recorded


def list_candidates(store: Store, *, meeting_id: int | None = None) -> list[Candidate]:
    """Every record still a candidate (of one meeting, or all), meeting by meeting."""
    with store.read() as session:
        meetings = (
            select(m.Meeting)
            .where(m.Meeting.review_state == "candidate")
            .options(selectinload(m.Meeting.sources))
        )
        doubts = select(m.ProbableSameMeeting).order_by(m.ProbableSameMeeting.of_meeting_id)
        commitments = (
            select(m.Commitment)
            .where(m.Commitment.review_state == "candidate")
            .options(
                selectinload(m.Commitment.meeting),
                selectinload(m.Commitment.anchor).selectinload(m.Anchor.source),
            )
        )
        statements = (
            select(m.Statement)
            .where(m.Statement.review_state == "candidate")
            .options(
                selectinload(m.Statement.meeting),
                selectinload(m.Statement.speaker),
                selectinload(m.Statement.anchor).selectinload(m.Anchor.source),
            )
        )
        if meeting_id is not None:
            meetings = meetings.where(m.Meeting.id == meeting_id)
            commitments = commitments.where(m.Commitment.meeting_id == meeting_id)
            statements = statements.where(m.Statement.meeting_id == meeting_id)
        out: list[Candidate] = []
        candidate_meetings = list(session.scalars(meetings.order_by(m.Meeting.id)))
        same: dict[int, list[str]] = {}
        for doubt in session.scalars(doubts):
            same.setdefault(doubt.meeting_id, []).append(
                f"{FLAG_SAME_MEETING} #{doubt.of_meeting_id} ({doubt.reason})"
            )
        for meeting in candidate_meetings:
            out.append(_meeting_candidate(meeting, tuple(same.get(meeting.id, ()))))
            # The people of a meeting still to be reviewed are reviewed with it.
            for p in sorted(meeting.participations, key=lambda p: p.id):
                if p.actor.kind == "person":
                    out.append(_participation_candidate(p))
        out.extend(
            _commitment_candidate(c) for c in session.scalars(commitments.order_by(m.Commitment.id))
        )
        out.extend(
            _statement_candidate(s) for s in session.scalars(statements.order_by(m.Statement.id))
        )
        order = {"meeting": 0, "participation": 1, "commitment": 2, "statement": 3}
        return sorted(out, key=lambda c: (c.meeting_id, order[c.kind], c.id))


def accept(store: Store, kind: str, item_id: int) -> int | None:
    """Keep a candidate; the id of the recorded change (history.undo puts it back)."""
    return set_review_state(store, kind, item_id, "confirmed")


def reject(store: Store, kind: str, item_id: int) -> int | None:
    """Reject a candidate; the id of the recorded change.

    Rejecting a meeting still to be reviewed takes with it everything of it the queue holds,
    the sources attached to it alone and the actors nothing else names: nothing of a
    rejected import stays behind (undo restores it all).
    """
    if kind == "meeting":
        return _reject_meeting(store, item_id)
    return set_review_state(store, kind, item_id, "rejected")


def set_review_state(store: Store, kind: str, item_id: int, state: str) -> int | None:
    """Accept, reject or put back in the queue one record; the id of the recorded change.

    A participation has no review state of its own: accepting keeps it, rejecting removes it.
    """
    if state not in values_of(ReviewState):
        raise InvalidReview(f"'{state}' is not a review state ({', '.join(ReviewState)}).")
    with store.write() as session:
        row = _get(session, kind, item_id)
        rec = Recorder(session, "review", f"{state.capitalize()} {kind} {item_id}")
        if isinstance(row, m.Participation):
            if state == "rejected":
                rec.delete([("participation", item_id)])
        else:
            rec.update(kind, item_id, "review_state", state)
        return rec.finish()


def _reject_meeting(store: Store, meeting_id: int) -> int | None:
    with store.write() as session:
        meeting = _get(session, "meeting", meeting_id)
        assert isinstance(meeting, m.Meeting)
        rec = Recorder(session, "review", f"Reject meeting {meeting_id} “{meeting.title[:60]}”")
        if meeting.review_state != "candidate":  # a reviewed meeting is only marked
            rec.update("meeting", meeting_id, "review_state", "rejected")
            return rec.finish()
        alone = [s.id for s in meeting.sources if [x.id for x in s.meetings] == [meeting_id]]
        actors = actors_named_by(session, [meeting_id])
        rec.delete([("meeting", meeting_id)] + [("source", i) for i in alone])
        remove_orphan_actors(session, rec, actors)
        return rec.finish()


def reject_source(store: Store, source_id: int) -> int | None:
    """Reject what one imported source added: the candidates anchored in it, the source, and
    the actors nothing else names; a meeting only it reported goes too. Undoable."""
    with store.write() as session:
        source = session.get(m.Source, source_id)
        if source is None:
            raise NotFound(f"There is no source {source_id} in this store.")
        rec = Recorder(session, "review", f"Reject source {source_id} “{source.title[:60]}”")
        meetings = [mt.id for mt in source.meetings]
        actors = actors_named_by(session, meetings)
        doomed: list[tuple[str, int]] = [("source", source_id)]
        anchors = select(m.Anchor.id).where(m.Anchor.source_id == source_id)
        for model, table in ((m.Commitment, "commitment"), (m.Statement, "statement")):
            doomed += [(table, i) for i in session.scalars(select(model.id).where(
                model.review_state == "candidate", model.anchor_id.in_(anchors)))]  # fmt: skip
        for mt in source.meetings:
            if mt.review_state == "candidate" and [s.id for s in mt.sources] == [source_id]:
                doomed.append(("meeting", mt.id))
        rec.delete(doomed)
        remove_orphan_actors(session, rec, actors)
        return rec.finish()


def accept_meeting(store: Store, meeting_id: int) -> int:
    """Accept a meeting and every candidate record of it; how many records were accepted."""
    with store.write() as session:
        meeting = session.get(m.Meeting, meeting_id)
        if meeting is None:
            raise NotFound(f"There is no meeting {meeting_id} in this store.")
        rows: list[tuple[str, m.Meeting | m.Commitment | m.Statement]] = [
            ("meeting", meeting),
            *(("commitment", c) for c in meeting.commitments),
            *(("statement", x) for x in meeting.statements),
        ]
        rec = Recorder(session, "review", f"Accept meeting {meeting_id} and its records")
        accepted = 0
        for table, row in rows:
            if row.review_state == "candidate":
                rec.update(table, row.id, "review_state", "confirmed")
                accepted += 1
        rec.finish()
        return accepted


def edit_candidate(
    store: Store, kind: str, item_id: int, *, text: str | None = None, theme: str | None = None
) -> Candidate:
    """Correct what the import read: the words of a record, or a commitment's theme."""
    if text is not None and not text.strip():
        raise InvalidReview("The text cannot be empty: type the words, or reject the record.")
    if theme is not None and kind != "commitment":
        raise InvalidReview("Only a commitment has a theme.")
    if theme is not None and theme not in THEMES:
        raise InvalidReview(f"'{theme}' is not a theme; use one of: {', '.join(THEMES)}.")
    with store.write() as session:
        row = _get(session, kind, item_id)
        # Recorded like any edit (chancery history, undo): what the import read is kept.
        rec = Recorder(session, "review", f"Edit {kind} {item_id}")
        words = text.strip() if text is not None else None
        if isinstance(row, m.Meeting):
            if words is not None:
                rec.update("meeting", item_id, "title", words)
        elif isinstance(row, m.Participation):
            if words is not None:
                rec.update("participation", item_id, "note", words)
        else:
            if words is not None:
                rec.update(kind, item_id, "text", words)
            if theme is not None:
                rec.update("commitment", item_id, "theme", theme)
        change_set_id = rec.finish()
        session.expire_all()
        row = _get(session, kind, item_id)
        if isinstance(row, m.Meeting):
            candidate = _meeting_candidate(row)
        elif isinstance(row, m.Participation):
            candidate = _participation_candidate(row)
        elif isinstance(row, m.Commitment):
            candidate = _commitment_candidate(row)
        else:
            candidate = _statement_candidate(row)
        return dataclasses.replace(candidate, change_set_id=change_set_id)


def _get(
    session: Session, kind: str, item_id: int
) -> m.Meeting | m.Commitment | m.Statement | m.Participation:
    models = {
        "meeting": m.Meeting,
        "commitment": m.Commitment,
        "statement": m.Statement,
        "participation": m.Participation,
    }
    if kind not in models:
        raise InvalidReview(f"'{kind}' cannot be reviewed; use one of: {', '.join(KINDS)}.")
    row = session.get(models[kind], item_id)
    if row is None:
        raise NotFound(f"There is no {kind} {item_id} in this store.")
    return row  # type: ignore[return-value]


# A meeting the import could not tell from one already stored: the analyst merges them
# (`chancery merge meeting:N meeting:M`) or leaves them apart.
FLAG_SAME_MEETING = "probably the same meeting as"


def _meeting_candidate(meeting: m.Meeting, same: tuple[str, ...] = ()) -> Candidate:
    where = ", ".join(str(x) for x in (meeting.starts_on, meeting.city) if x)
    flags = same + tuple(
        dict.fromkeys(
            f
            for source in meeting.sources
            for f in _flags(source.sha256, source.text, source.published_on)
        )
    )
    facts: list[tuple[str, Any]] = [("format", meeting.format)]
    if meeting.starts_on is not None:
        facts.append(("date", (meeting.starts_on, meeting.date_precision)))
    if meeting.city:
        facts.append(("city", meeting.city))
    if flags:
        facts.append(("check", flags))
    detail = f"{meeting.format}" + (f" · {where}" if where else "")
    if flags:
        detail += " · to check: " + "; ".join(flags)
    return Candidate(
        "meeting", meeting.id, meeting.id, meeting.title, meeting.title, detail, None,
        facts=tuple(facts), flags=flags,
    )  # fmt: skip


@lru_cache(maxsize=128)
def _flags(sha256: str, text: str, published: dt.date | None) -> tuple[str, ...]:
    """The meeting flags extraction gives a stored source's text, read from its publication
    date as at import (the same text, the same flags: cached by its hash so the queue is
    not re-read at every refresh)."""
    found = extract_document(text, cleaned=True, published=published).meeting
    return found.flags if found is not None else ()


def _participation_candidate(p: m.Participation) -> Candidate:
    country = convert.actor_country(p.actor)
    detail = p.role + (f" · {country}" if country else "") + (f" · {p.note}" if p.note else "")
    facts: list[tuple[str, Any]] = [("role", p.role)]
    facts += [("country", country)] if country else []
    facts += [("note", p.note)] if p.note else []
    return Candidate(
        "participation", p.id, p.meeting_id, p.meeting.title, p.actor.name, detail,
        convert.anchor_view(p.anchor), tuple(facts),
    )  # fmt: skip


def _commitment_candidate(c: m.Commitment) -> Candidate:
    detail = f"{c.kind} · {c.theme or 'no theme'}"
    facts: list[tuple[str, Any]] = [("kind", c.kind), ("theme", c.theme)]
    if c.due_on is not None:
        detail += f" · due {c.due_on.year if c.due_precision == 'year' else c.due_on}"
        facts.append(("due", (c.due_on, c.due_precision)))
    return Candidate(
        "commitment", c.id, c.meeting_id, c.meeting.title, c.text, detail,
        convert.anchor_view(c.anchor), tuple(facts),
    )  # fmt: skip


def _statement_candidate(s: m.Statement) -> Candidate:
    name = s.speaker.name if s.speaker is not None else s.speaker_as_written
    return Candidate(
        "statement", s.id, s.meeting_id, s.meeting.title, s.text, name or "unknown speaker",
        convert.anchor_view(s.anchor), (("speaker", name),),
    )  # fmt: skip
