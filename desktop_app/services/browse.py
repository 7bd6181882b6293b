"""Browsing: meetings, commitments, actors and sources, filtered and sorted in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from db import models as m
from db.dialect import json_rows, rows_of
from db.query import fetch_ids
from desktop_app.services import convert
from desktop_app.services.item_sources import with_sources
from desktop_app.services.store import Store, StoreError
from domain.views import (
    ActorRef,
    ActorView,
    AnchorView,
    CommitmentFilter,
    CommitmentView,
    ItemSourceRef,
    MeetingDetail,
    MeetingFilter,
    MeetingSummary,
    SourceSummary,
    SourceView,
)


class NotFound(StoreError):
    """An id that names nothing in the store."""


MEETING_SORTS = {
    "date": m.Meeting.starts_on,
    "title": m.Meeting.title,
    "format": m.Meeting.format,
    "city": m.Meeting.city,
    "country": m.Meeting.country_iso2,
    "id": m.Meeting.id,
}
COMMITMENT_SORTS = {
    "due": m.Commitment.due_on,
    "text": m.Commitment.text,
    "theme": m.Commitment.theme,
    "status": m.Commitment.status,
    "kind": m.Commitment.kind,
    "score": m.Commitment.compliance_score,
    # The meeting column shows the meeting's title: sorted by it, not by its id.
    "meeting": (
        select(m.Meeting.title).where(m.Meeting.id == m.Commitment.meeting_id).scalar_subquery()
    ),
    "id": m.Commitment.id,
}


def ranked(column: Any, ranks: Mapping[Any, int] | None) -> Any:
    """``column`` ordered by ``ranks`` (value → place) where given: a front end sorts stored
    keys (status, theme) in the order of the words it shows for them, in its language.
    A value without a rank (None included unless ranked) comes after the ranked ones."""
    if not ranks:
        return column
    whens = [(column.is_(None), ranks[None])] if None in ranks else []
    whens += [(column == value, place) for value, place in ranks.items() if value is not None]
    return case(*whens, else_=len(ranks))


def _anchor_loader(relation: Any) -> Any:
    """Load an item's anchor with its source's title, not the source's whole text.

    Many-to-one, so joined into the item's own query rather than one more query each.
    """
    return joinedload(relation).joinedload(m.Anchor.source).defer(m.Source.text)


# --- meetings -----------------------------------------------------------------------------


def _meeting_query(filt: MeetingFilter) -> Select[int]:
    query = select(m.Meeting.id)
    if filt.review_states:
        query = query.where(m.Meeting.review_state.in_(filt.review_states))
    if filt.date_from is not None:
        query = query.where(m.Meeting.starts_on >= filt.date_from)
    if filt.date_to is not None:
        query = query.where(m.Meeting.starts_on <= filt.date_to)
    if filt.format:
        query = query.where(m.Meeting.format.ilike(f"%{filt.format}%"))
    if filt.actor_id is not None:
        query = query.where(
            m.Meeting.id.in_(
                select(m.Participation.meeting_id).where(m.Participation.actor_id == filt.actor_id)
            )
        )
    if filt.country_iso2:
        iso2 = filt.country_iso2.upper()
        actors = select(m.Actor.id).where(
            or_(
                m.Actor.iso2 == iso2,
                m.Actor.affiliation_id.in_(select(m.Actor.id).where(m.Actor.iso2 == iso2)),
            )
        )
        query = query.where(
            or_(
                m.Meeting.country_iso2 == iso2,
                m.Meeting.id.in_(
                    select(m.Participation.meeting_id).where(m.Participation.actor_id.in_(actors))
                ),
            )
        )
    return query


def meeting_ids(
    store: Store,
    filt: MeetingFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int | None = None,
) -> list[int]:
    """The ids of the meetings that pass ``filt``, in the order asked (for lazy item models).

    ``limit`` gives the first screen's ids in a few milliseconds (then fetch all in a worker).
    """
    column = MEETING_SORTS[sort]
    order = column.desc() if descending else column.asc()
    if sort == "date":  # undated meetings last either way, on SQLite as on PostgreSQL
        order = order.nulls_last()
    query = _meeting_query(filt or MeetingFilter()).order_by(order, m.Meeting.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with store.read(statements_alone=True) as session:
        return fetch_ids(session, query)


def count_meetings(store: Store, filt: MeetingFilter | None = None) -> int:
    subquery = _meeting_query(filt or MeetingFilter()).subquery()
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(subquery)) or 0


def meeting_rows(store: Store, ids: Sequence[int]) -> dict[int, MeetingSummary]:
    """Summaries of the given meetings, by id, in one statement (parties and counts in it)."""
    if not ids:
        return {}
    with store.read(statements_alone=True) as session:
        return _summaries(session, ids)


def _summaries(session: Session, ids: Sequence[int]) -> dict[int, MeetingSummary]:
    # The columns shown, as rows: ORM objects (each with its summary) cost ten times the query.
    # The parties (participation id, name: in the order they were added) and the count of
    # commitments come as subqueries of the same statement (a round trip each on a team store).
    col, part, ac = m.Meeting.__table__.c, m.Participation.__table__.c, m.Actor.__table__.c
    cm = m.Commitment.__table__.c
    parties = (
        select(json_rows(part.id, ac.name))
        .join_from(m.Participation.__table__, m.Actor.__table__, ac.id == part.actor_id)
        .where(part.meeting_id == col.id, ac.kind != "person")
        .scalar_subquery()
    )
    count = (
        select(func.count())
        .select_from(m.Commitment.__table__)
        .where(cm.meeting_id == col.id, cm.review_state != "rejected")
        .scalar_subquery()
    )
    meetings = session.connection().execute(
        select(col.id, col.title, col.format, col.session_number, col.starts_on, col.ends_on,
               col.date_precision, col.city, col.country_iso2, col.review_state, parties, count)
        .where(col.id.in_(ids))
    )  # fmt: skip
    return {
        mt.id: MeetingSummary(
            id=mt.id,
            title=mt.title,
            format=mt.format,
            session_number=mt.session_number,
            starts_on=mt.starts_on,
            ends_on=mt.ends_on,
            date_precision=mt.date_precision,
            city=mt.city,
            country_iso2=mt.country_iso2,
            review_state=mt.review_state,
            parties=tuple(name for _, name in sorted(rows_of(mt[10]), key=_first)),
            commitment_count=mt[11] or 0,
        )
        for mt in meetings
    }


def list_meetings(
    store: Store,
    filt: MeetingFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[MeetingSummary]:
    ids = meeting_ids(store, filt, sort=sort, descending=descending)
    page = ids[offset : None if limit is None else offset + limit]
    rows = meeting_rows(store, page)
    return [rows[i] for i in page]


def get_meeting(
    store: Store, meeting_id: int, *, include_candidates: bool = False
) -> MeetingDetail:
    """A meeting with everything attached: participants, commitments, statements, sources."""
    states = ("confirmed", "candidate") if include_candidates else ("confirmed",)
    with store.read() as session:
        # Everything the views read, loaded in one query per relation (no query per item).
        meeting = session.get(
            m.Meeting,
            meeting_id,
            options=[
                selectinload(m.Meeting.participations).options(
                    joinedload(m.Participation.actor).joinedload(m.Actor.affiliation),
                    _anchor_loader(m.Participation.anchor),
                ),
                selectinload(m.Meeting.commitments).options(
                    selectinload(m.Commitment.parties).joinedload(m.CommitmentParty.actor),
                    _anchor_loader(m.Commitment.anchor),
                ),
                selectinload(m.Meeting.statements).options(
                    joinedload(m.Statement.speaker).joinedload(m.Actor.affiliation),
                    _anchor_loader(m.Statement.anchor),
                ),
                selectinload(m.Meeting.sources).defer(m.Source.text),
            ],
        )
        if meeting is None:
            raise NotFound(f"There is no meeting {meeting_id} in this store.")
        summary = _summaries(session, [meeting_id])[meeting_id]
        items = with_sources(
            session,
            "commitment",
            [
                convert.commitment_view(c)
                for c in sorted(meeting.commitments, key=lambda c: c.id)
                if c.review_state in states
            ],
        )
        participants = [
            convert.participant_view(p)
            for p in sorted(meeting.participations, key=lambda p: p.id)
            if p.actor.kind == "person"
        ]
        parties = [
            convert.actor_ref(p.actor)
            for p in sorted(meeting.participations, key=lambda p: p.id)
            if p.actor.kind != "person"
        ]
        return MeetingDetail(
            summary=summary,
            recurrence=meeting.recurrence,
            description=meeting.summary,
            participants=tuple(participants),
            parties=tuple(parties),
            commitments=tuple(i for i in items if i.kind in ("commitment", "position")),
            principles=tuple(i for i in items if i.kind == "principle"),
            next_steps=tuple(i for i in items if i.kind == "next_step"),
            statements=tuple(
                with_sources(
                    session,
                    "statement",
                    [
                        convert.statement_view(s)
                        for s in sorted(meeting.statements, key=lambda s: s.id)
                        if s.review_state in states
                    ],
                )
            ),
            sources=tuple(convert.source_summary(s) for s in meeting.sources),
        )


# --- commitments --------------------------------------------------------------------------


def commitment_query(filt: CommitmentFilter) -> Select[int]:
    """The ids of the commitments that pass ``filt``, as a query to order or nest."""
    query = select(m.Commitment.id)
    if filt.review_states:
        query = query.where(m.Commitment.review_state.in_(filt.review_states))
    if filt.meeting_id is not None:
        query = query.where(m.Commitment.meeting_id == filt.meeting_id)
    if filt.kinds:
        query = query.where(m.Commitment.kind.in_(filt.kinds))
    if filt.theme:
        query = query.where(
            or_(m.Commitment.theme == filt.theme, m.Commitment.also_themes.contains(filt.theme))
        )
    if filt.status:
        query = query.where(m.Commitment.status == filt.status)
    if filt.due_before is not None:
        query = query.where(m.Commitment.due_on < filt.due_before)
    if filt.due_after is not None:
        query = query.where(m.Commitment.due_on >= filt.due_after)
    if filt.actor_id is not None:
        query = query.where(
            or_(
                m.Commitment.id.in_(
                    select(m.CommitmentParty.commitment_id).where(
                        m.CommitmentParty.actor_id == filt.actor_id
                    )
                ),
                m.Commitment.meeting_id.in_(
                    select(m.Participation.meeting_id).where(
                        m.Participation.actor_id == filt.actor_id
                    )
                ),
            )
        )
    return query


def commitment_ids(
    store: Store,
    filt: CommitmentFilter | None = None,
    *,
    sort: str = "id",
    descending: bool = False,
    limit: int | None = None,
    ranks: Mapping[Any, int] | None = None,
) -> list[int]:
    """The ids of the commitments that pass ``filt``, in order (``limit``: the first ones;
    ``ranks``: the order of the sorted column's values, see ``ranked``)."""
    column = COMMITMENT_SORTS[sort]
    key = ranked(column, ranks)
    order = key.desc() if descending else key.asc()
    if sort == "due":  # a tracker sorted by due date lists what has one first, either way
        order = order.nulls_last()
    query = commitment_query(filt or CommitmentFilter()).order_by(
        order, column.desc() if descending else column.asc(), m.Commitment.id
    )
    if limit is not None:
        query = query.limit(limit)
    with store.read(statements_alone=True) as session:
        return fetch_ids(session, query)


def count_commitments(store: Store, filt: CommitmentFilter | None = None) -> int:
    subquery = commitment_query(filt or CommitmentFilter()).subquery()
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(subquery)) or 0


def commitment_rows(store: Store, ids: Sequence[int]) -> dict[int, CommitmentView]:
    """The views of the given commitments, by id: the columns they show read as rows, not as
    ORM objects (whose loading cost ten times the queries on a team store), in one statement:
    the meeting, passage and its source joined, the parties and the sources reporting each
    as a json_rows column (a round trip each on a team store, where a page's first rows
    took four statements)."""
    if not ids:
        return {}
    c, mt, an = m.Commitment.__table__.c, m.Meeting.__table__.c, m.Anchor.__table__.c
    src, cp, ac = m.Source.__table__.c, m.CommitmentParty.__table__.c, m.Actor.__table__.c
    link = m.ItemSource.__table__.c
    linked = m.Source.__table__.alias("linked")
    parties = (
        select(json_rows(cp.actor_id, ac.id, ac.name, ac.kind, ac.iso2))
        .join_from(m.CommitmentParty.__table__, m.Actor.__table__, ac.id == cp.actor_id)
        .where(cp.commitment_id == c.id, cp.role == "committing")
        .scalar_subquery()
    )
    sources = (
        select(
            json_rows(link.id, linked.c.id, linked.c.title, linked.c.publisher,
                      linked.c.published_on, link.anchor_id)
        )
        .join_from(m.ItemSource.__table__, linked, linked.c.id == link.source_id)
        .where(link.commitment_id == c.id)
        .scalar_subquery()
    )  # fmt: skip
    with store.read(statements_alone=True) as session:
        rows = session.connection().execute(  # Core rows: no ORM object is made
            select(c.id, c.meeting_id, mt.title, mt.starts_on, c.text, c.kind, c.theme,
                   c.also_themes, c.due_on, c.due_precision, c.status, c.compliance_score,
                   c.evidence, c.review_state, c.classification, c.row_version, an.id,
                   an.source_id, src.title, an.start, an.end_, an.exact, an.prefix, an.suffix,
                   src.id, src.publisher, src.published_on, parties, sources)
            .join_from(m.Commitment.__table__, m.Meeting.__table__, mt.id == c.meeting_id)
            .outerjoin(m.Anchor.__table__, an.id == c.anchor_id)
            .outerjoin(m.Source.__table__, src.id == an.source_id)
            .where(c.id.in_(ids))
        ).all()  # fmt: skip
    views = {}
    for r in rows:
        anchor = AnchorView(*r[16:24]) if r[16] is not None else None
        views[r[0]] = CommitmentView(
            id=r[0],
            meeting_id=r[1],
            meeting_title=r[2],
            meeting_date=r[3],
            text=r[4],
            kind=r[5],
            theme=r[6],
            also_themes=convert.themes_of(r[7]),
            parties=tuple(ActorRef(*p[1:]) for p in sorted(rows_of(r[27]), key=_first)),
            due_on=r[8],
            due_precision=r[9],
            status=r[10],
            compliance_score=r[11],
            evidence=r[12],
            review_state=r[13],
            classification=r[14],
            version=r[15],
            anchor=anchor,
            sources=_sources(rows_of(r[28]), anchor, r[24:27]),
        )  # fmt: skip
    return views


def _first(row: Sequence[Any]) -> Any:
    return row[0]


def _sources(
    links: list[list[Any]], anchor: AnchorView | None, passage_source: Sequence[Any]
) -> tuple[ItemSourceRef, ...]:
    """The sources reporting an item, oldest link first (json_rows of item_source: link id,
    source id, title, publisher, publication date, anchor id); an item no link names is
    reported by the source of its own passage (``passage_source``: its id, publisher and
    date), as item_sources.with_sources says."""
    if links:
        return tuple(
            ItemSourceRef(source_id, title, publisher, _date(published), anchor_id)
            for _, source_id, title, publisher, published, anchor_id in sorted(links, key=_first)
        )
    source_id, publisher, published = passage_source
    if anchor is None or source_id is None:
        return ()
    return (ItemSourceRef(source_id, anchor.source_title, publisher, published, anchor.id),)


def _date(value: Any) -> dt.date | None:
    """A date read back from JSON (an ISO text there, on either engine)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def list_commitments(
    store: Store,
    filt: CommitmentFilter | None = None,
    *,
    sort: str = "id",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[CommitmentView]:
    ids = commitment_ids(store, filt, sort=sort, descending=descending)
    page = ids[offset : None if limit is None else offset + limit]
    rows = commitment_rows(store, page)
    return [rows[i] for i in page]


def get_commitment(store: Store, commitment_id: int) -> CommitmentView:
    rows = commitment_rows(store, [commitment_id])
    if commitment_id not in rows:
        raise NotFound(f"There is no commitment {commitment_id} in this store.")
    return rows[commitment_id]


# --- actors and sources -------------------------------------------------------------------


def list_actors(store: Store, *, kind: str | None = None) -> list[ActorView]:
    query = select(m.Actor).options(
        selectinload(m.Actor.aliases), selectinload(m.Actor.affiliation)
    )
    if kind:
        query = query.where(m.Actor.kind == kind)
    with store.read() as session:
        return [convert.actor_view(a) for a in session.scalars(query.order_by(m.Actor.name))]


def get_actor(store: Store, actor_id: int) -> ActorView:
    with store.read() as session:
        actor = session.get(m.Actor, actor_id)
        if actor is None:
            raise NotFound(f"There is no actor {actor_id} in this store.")
        return convert.actor_view(actor)


def list_sources(store: Store) -> list[SourceSummary]:
    with store.read() as session:
        rows = session.scalars(select(m.Source).order_by(m.Source.imported_at.desc()))
        return [convert.source_summary(s) for s in rows]


def get_source(store: Store, source_id: int) -> SourceView:
    with store.read() as session:
        source = session.get(m.Source, source_id, options=[selectinload(m.Source.meetings)])
        if source is None:
            raise NotFound(f"There is no source {source_id} in this store.")
        return SourceView(
            summary=convert.source_summary(source),
            text=source.text,
            meeting_ids=tuple(mt.id for mt in source.meetings),
            meeting_titles=tuple(mt.title for mt in source.meetings),
        )
