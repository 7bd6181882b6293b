"""Browsing: meetings, commitments, actors and sources, filtered and sorted in the database."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, Subquery, bindparam, case, func, literal, or_, select
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

RowT = TypeVar("RowT")


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


def _meeting_order(keys: Sequence[Any], sort: str, descending: bool) -> list[Any]:
    """The meetings' order on ``keys``: the sorted column, then the id."""
    key, tie = keys
    order = key.desc() if descending else key.asc()
    if sort == "date":  # undated meetings last either way, on SQLite as on PostgreSQL
        order = order.nulls_last()
    return [order, tie.desc()]


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
    query = _meeting_ids_query(filt or MeetingFilter(), sort, descending, limit)
    with store.read(statements_alone=True) as session:
        return fetch_ids(session, query)


# The lists' statements, built once per filter and order: building one costs about a
# millisecond of SQLAlchemy constructs, as much as the database's answer on a team store
# (filters are frozen dataclasses, so they key the cache).
_STATEMENTS = 64


@functools.lru_cache(maxsize=_STATEMENTS)
def _meeting_ids_query(
    filt: MeetingFilter, sort: str, descending: bool, limit: int | None
) -> Select[Any]:
    order = _meeting_order((MEETING_SORTS[sort], m.Meeting.id), sort, descending)
    query = _meeting_query(filt).order_by(*order)
    return query if limit is None else query.limit(limit)


def meeting_first_page(
    store: Store,
    filt: MeetingFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    limit: int,
    page: int,
) -> tuple[list[int], dict[int, MeetingSummary]]:
    """The first ``limit`` ids of ``meeting_ids`` and the summaries of the first
    ``page`` of them, in one statement: a list's first screen is one round trip on a team
    store."""
    query = _meeting_first_page_query(filt or MeetingFilter(), sort, descending, limit, page)
    with store.read(statements_alone=True) as session:
        return _paged(session.connection().execute(query).all(), _summary)


@functools.lru_cache(maxsize=_STATEMENTS)
def _meeting_first_page_query(
    filt: MeetingFilter, sort: str, descending: bool, limit: int, page: int
) -> Select[Any]:
    first = _first_ids(
        _meeting_query(filt), (MEETING_SORTS[sort], m.Meeting.id), limit,
        lambda keys: _meeting_order(keys, sort, descending),
    )  # fmt: skip
    return _summaries_query(first, page)


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
    rows = session.connection().execute(_summaries_by_id(), {"ids": list(ids)}).all()
    return {row[1]: _summary(row) for row in rows}  # fetched at once, above


@functools.cache
def _summaries_by_id() -> Select[Any]:
    """``_summaries_query`` of the list of ids bound as ``ids``, built once."""
    return _summaries_query(None)


def _summaries_query(ids: Subquery | None, page: int = 0) -> Select[Any]:
    """The rows of the meetings ``ids`` names: ``_first_ids``'s subquery (each row led by its
    place in it; the columns are NULL after the first ``page``), or None: those of the list
    of ids bound as ``ids``."""
    # The columns shown, as rows: ORM objects (each with its summary) cost ten times the query.
    # The parties (participation id, name: in the order they were added) and the count of
    # commitments come as subqueries of the same statement (a round trip each on a team store).
    table = m.Meeting.__table__
    col, part, ac = table.c, m.Participation.__table__.c, m.Actor.__table__.c
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
    columns = (
        col.id, col.title, col.format, col.session_number, col.starts_on, col.ends_on,
        col.date_precision, col.city, col.country_iso2, col.review_state, parties, count,
    )  # fmt: skip
    if ids is None:
        return select(literal(0), *columns).where(col.id.in_(bindparam("ids", expanding=True)))
    on_page = ids.c.place <= page
    shown = (ids.c.place, ids.c.id, *columns[1:-2], *_only_if(on_page, parties, count))
    return select(*shown).select_from(ids.outerjoin(table, col.id == _on_page(ids, on_page)))


def _on_page(ids: Subquery, on_page: Any) -> Any:
    """The id to join a row of ``ids`` to its record by: NULL after the first page, so that
    the join looks nothing up there (PostgreSQL probed the primary key of every id, then
    dropped the 150 rows after the page; a NULL key is no probe)."""
    return case((on_page, ids.c.id))


def _only_if(condition: Any, *subqueries: Any) -> list[Any]:
    """The subqueries as columns run only where ``condition`` holds (NULL elsewhere): run on
    an id of no row after the first page, each would still cost its own index probe."""
    return [case((condition, subquery)) for subquery in subqueries]


def _summary(mt: Sequence[Any]) -> MeetingSummary:
    """A row of ``_summaries_query`` (its place first) as the list's summary."""
    return MeetingSummary(
        id=mt[1],
        title=mt[2],
        format=mt[3],
        session_number=mt[4],
        starts_on=mt[5],
        ends_on=mt[6],
        date_precision=mt[7],
        city=mt[8],
        country_iso2=mt[9],
        review_state=mt[10],
        parties=tuple(name for _, name in sorted(rows_of(mt[11]), key=_first)),
        commitment_count=mt[12] or 0,
    )


def _first_ids(
    query: Select[Any],
    keys: Sequence[Any],
    limit: int,
    order: Callable[[Sequence[Any]], list[Any]],
) -> Subquery:
    """The first ``limit`` ids of ``query`` (which selects the id as ``id``) in
    ``order`` of ``keys`` (the sort expressions, the id last), each with its place (from 1)
    as ``place``: ordered and cut by index or top-N sort as the ids alone are, then numbered
    (a window over those rows only, in the same order)."""
    labels = [key.label(f"key{n}") for n, key in enumerate(keys[:-1])]
    cut = query.add_columns(*labels).order_by(*order(keys)).limit(limit).subquery("cut")
    place = func.row_number().over(order_by=order([*(cut.c[x.name] for x in labels), cut.c.id]))
    return select(cut.c.id, place.label("place")).subquery("first")


def _paged(
    rows: Sequence[Sequence[Any]], make: Callable[[Sequence[Any]], RowT]
) -> tuple[list[int], dict[int, RowT]]:
    """The ids in the order of their places and the rows made from those with columns
    (``rows`` fetched at once: a result read a row at a time costs a driver call each)."""
    ids: list[int] = []
    made: dict[int, RowT] = {}
    for row in sorted(rows, key=_first):
        ids.append(row[1])
        if row[2] is not None:  # a NOT NULL column: NULL after the first page
            made[row[1]] = make(row)
    return ids, made


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


def _commitment_order(
    keys: Sequence[Any], sort: str, descending: bool, ranked_key: bool
) -> list[Any]:
    """The commitments' order on ``keys``: the sort key (``ranked`` of the column when
    ``ranked_key``), the column, then the id."""
    *front, tie = keys
    key, column = (front[0], front[1]) if ranked_key else (front[0], front[0])
    order = key.desc() if descending else key.asc()
    if sort == "due":  # a tracker sorted by due date lists what has one first, either way
        order = order.nulls_last()
    return [order, column.desc() if descending else column.asc(), tie]


def _commitment_keys(sort: str, ranks: Mapping[Any, int] | None) -> list[Any]:
    column = COMMITMENT_SORTS[sort]
    key = ranked(column, ranks)
    return [key, column, m.Commitment.id] if key is not column else [column, m.Commitment.id]


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
    query = _commitment_ids_query(
        filt or CommitmentFilter(), sort, descending, limit, _ranks_key(ranks)
    )
    with store.read(statements_alone=True) as session:
        return fetch_ids(session, query)


def _ranks_key(ranks: Mapping[Any, int] | None) -> tuple[tuple[Any, int], ...] | None:
    """``ranks`` as a key of the statements' cache (its order kept: it is the CASE's)."""
    return None if not ranks else tuple(ranks.items())


@functools.lru_cache(maxsize=_STATEMENTS)
def _commitment_ids_query(
    filt: CommitmentFilter,
    sort: str,
    descending: bool,
    limit: int | None,
    ranks: tuple[tuple[Any, int], ...] | None,
) -> Select[Any]:
    keys = _commitment_keys(sort, dict(ranks) if ranks else None)
    order = _commitment_order(keys, sort, descending, len(keys) == 3)
    query = commitment_query(filt).order_by(*order)
    return query if limit is None else query.limit(limit)


def commitment_first_page(
    store: Store,
    filt: CommitmentFilter | None = None,
    *,
    sort: str = "id",
    descending: bool = False,
    limit: int,
    page: int,
    ranks: Mapping[Any, int] | None = None,
) -> tuple[list[int], dict[int, CommitmentView]]:
    """The first ``limit`` ids of ``commitment_ids`` and the views of the first
    ``page`` of them, in one statement: a tracker's first screen is one round trip on a team
    store."""
    query = _commitment_first_page_query(
        filt or CommitmentFilter(), sort, descending, limit, page, _ranks_key(ranks)
    )
    with store.read(statements_alone=True) as session:
        return _paged(session.connection().execute(query).all(), _view)


@functools.lru_cache(maxsize=_STATEMENTS)
def _commitment_first_page_query(
    filt: CommitmentFilter,
    sort: str,
    descending: bool,
    limit: int,
    page: int,
    ranks: tuple[tuple[Any, int], ...] | None,
) -> Select[Any]:
    keys = _commitment_keys(sort, dict(ranks) if ranks else None)
    first = _first_ids(
        commitment_query(filt), keys, limit,
        lambda k: _commitment_order(k, sort, descending, len(keys) == 3),
    )  # fmt: skip
    return _commitments_query(first, page)


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
    with store.read(statements_alone=True) as session:
        # Core rows (no ORM object), fetched at once (a row at a time costs a call each)
        rows = session.connection().execute(_commitments_by_id(), {"ids": list(ids)}).all()
        return {row[1]: _view(row) for row in rows}


@functools.cache
def _commitments_by_id() -> Select[Any]:
    """``_commitments_query`` of the list of ids bound as ``ids``, built once."""
    return _commitments_query(None)


def _commitments_query(ids: Subquery | None, page: int = 0) -> Select[Any]:
    """The rows of the commitments ``ids`` names: ``_first_ids``'s subquery (each row led by
    its place in it; the columns are NULL after the first ``page``), or None: those of the
    list of ids bound as ``ids``."""
    table = m.Commitment.__table__
    c, mt, an = table.c, m.Meeting.__table__.c, m.Anchor.__table__.c
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
    columns = (c.text, c.meeting_id, mt.title, mt.starts_on, c.kind, c.theme,
               c.also_themes, c.due_on, c.due_precision, c.status, c.compliance_score,
               c.evidence, c.review_state, c.classification, c.row_version, an.id,
               an.source_id, src.title, an.start, an.end_, an.exact, an.prefix, an.suffix,
               src.id, src.publisher, src.published_on, parties, sources)  # fmt: skip
    if isinstance(ids, Subquery):
        on_page = ids.c.place <= page
        query = select(
            ids.c.place, ids.c.id, *columns[:-2], *_only_if(on_page, parties, sources)
        ).select_from(ids.outerjoin(table, c.id == _on_page(ids, on_page)))
    else:
        query = select(literal(0), c.id, *columns).where(c.id.in_(bindparam("ids", expanding=True)))
    return (
        query.outerjoin(m.Meeting.__table__, mt.id == c.meeting_id)
        .outerjoin(m.Anchor.__table__, an.id == c.anchor_id)
        .outerjoin(m.Source.__table__, src.id == an.source_id)
    )


def _view(r: Sequence[Any]) -> CommitmentView:
    """A row of ``_commitments_query`` (its place first) as the tracker's view."""
    anchor = AnchorView(*r[17:25]) if r[17] is not None else None
    return CommitmentView(
        id=r[1],
        meeting_id=r[3],
        meeting_title=r[4],
        meeting_date=r[5],
        text=r[2],
        kind=r[6],
        theme=r[7],
        also_themes=convert.themes_of(r[8]),
        parties=tuple(ActorRef(*p[1:]) for p in sorted(rows_of(r[28]), key=_first)),
        due_on=r[9],
        due_precision=r[10],
        status=r[11],
        compliance_score=r[12],
        evidence=r[13],
        review_state=r[14],
        classification=r[15],
        version=r[16],
        anchor=anchor,
        sources=_sources(rows_of(r[29]), anchor, r[25:28]),
    )


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
