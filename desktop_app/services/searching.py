"""Search across everything, accent- and ligature-blind, with the hits marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from db import search as fts
from desktop_app.services.store import Store
from domain.views import SearchHit

SEARCH_KINDS = tuple(fts.KIND_CODES)


def search(
    store: Store,
    query: str,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """The best ``limit`` matches of ``query``; every term is quoted, so no input is an error."""
    terms = fts.parse_query(query)
    if terms is None:
        return []
    with store.read() as session:
        matches = list(fts.iter_matches(session.connection(), terms, kinds=kinds, limit=limit))
        return _hits(session, matches, terms, mark)


def _hits(
    session: Session,
    matches: Sequence[tuple[str, int, float]],
    terms: fts.QueryTerms,
    mark: tuple[str, str],
) -> list[SearchHit]:
    by_kind: dict[str, list[int]] = {}
    for kind, item_id, _ in matches:
        by_kind.setdefault(kind, []).append(item_id)
    found: dict[tuple[str, int], tuple[str, str, int | None]] = {}
    for kind, ids in by_kind.items():
        found.update(_describe(session, kind, ids))
    meetings = _meetings(session, {f[2] for f in found.values() if f[2] is not None})
    hits = []
    for kind, item_id, rank in matches:
        if (kind, item_id) not in found:  # the index is ahead of a deleted row: skip it
            continue
        title, body, meeting_id = found[(kind, item_id)]
        meeting_title, meeting_date, precision = meetings.get(meeting_id or 0, (None, None, "day"))
        snippet_source = body if fts.has_match(body, terms) else title
        hits.append(
            SearchHit(
                kind=kind,
                id=item_id,
                title=title,
                snippet=fts.highlight(snippet_source, terms, mark=mark),
                rank=rank,
                meeting_id=meeting_id,
                meeting_title=meeting_title,
                meeting_date=meeting_date,
                meeting_date_precision=precision,
            )
        )
    return hits


def _meetings(session: Session, ids: set[int]) -> dict[int, tuple[str, dt.date | None, str]]:
    """(title, date, its precision) of the meetings the hits belong to, in one query."""
    if not ids:
        return {}
    mt = m.Meeting.__table__.c
    rows = session.execute(
        select(mt.id, mt.title, mt.starts_on, mt.date_precision).where(mt.id.in_(ids))
    )
    return {mid: (title, day, precision) for mid, title, day, precision in rows}


def _describe(
    session: Session, kind: str, ids: list[int]
) -> dict[tuple[str, int], tuple[str, str, int | None]]:
    """(title, body, meeting id) of each hit, for display (one query per kind, no ORM load).

    The queries name the tables' columns, not the mapped classes': a search then never
    configures the ORM's mappers (0.1 s of a `chancery search` process, which loads no object).
    """
    out: dict[tuple[str, int], tuple[str, str, int | None]] = {}
    if kind == "meeting":
        mt = m.Meeting.__table__.c
        for mid, title, fmt, city, summary in session.execute(
            select(mt.id, mt.title, mt.format, mt.city, mt.summary).where(mt.id.in_(ids))
        ):
            body = " · ".join(filter(None, [fmt, city, summary]))
            out[(kind, mid)] = (title, body, mid)
    elif kind == "commitment":
        c = m.Commitment.__table__.c
        for cid, text, evidence, meeting_id in session.execute(
            select(c.id, c.text, c.evidence, c.meeting_id).where(c.id.in_(ids))
        ):
            out[(kind, cid)] = (text, f"{text} {evidence}".strip(), meeting_id)
    elif kind == "statement":
        st, actor = m.Statement.__table__.c, m.Actor.__table__.c
        query = (
            select(st.id, st.text, st.speaker_as_written, st.meeting_id, actor.name)
            .outerjoin(m.Actor.__table__, actor.id == st.speaker_id)
            .where(st.id.in_(ids))
        )
        for sid, text, as_written, meeting_id, speaker in session.execute(query):
            who = speaker if speaker is not None else (as_written or "")
            out[(kind, sid)] = (f"{who}: « {text} »" if who else text, text, meeting_id)
    elif kind == "annotation":
        a = m.Annotation.__table__.c
        rows = list(
            session.execute(select(a.id, a.body, a.target_kind, a.target_id).where(a.id.in_(ids)))
        )
        of_item = _meetings_of_items(session, [(k, t) for _, _, k, t in rows])
        for aid, body, target_kind, target_id in rows:
            on_meeting = (
                target_id if target_kind == "meeting" else of_item.get((target_kind, target_id))
            )
            out[(kind, aid)] = (body.split("\n", 1)[0][:120], body, on_meeting)
    elif kind == "source":
        src, link = m.Source.__table__.c, m.MeetingSource.__table__.c
        first_meeting = (
            select(func.min(link.meeting_id)).where(link.source_id == src.id).scalar_subquery()
        )
        for src_id, title, text, meeting_id in session.execute(
            select(src.id, src.title, src.text, first_meeting).where(src.id.in_(ids))
        ):
            out[(kind, src_id)] = (title, text, meeting_id)
    elif kind == "actor":
        actor, alias_c = m.Actor.__table__.c, m.ActorAlias.__table__.c
        aliases: dict[int, list[str]] = {}
        for actor_id, alias in session.execute(
            select(alias_c.actor_id, alias_c.alias)
            .where(alias_c.actor_id.in_(ids))
            .order_by(alias_c.id)
        ):
            aliases.setdefault(actor_id, []).append(alias)
        for actor_id, name, post in session.execute(
            select(actor.id, actor.name, actor.title).where(actor.id.in_(ids))
        ):
            body = " · ".join(filter(None, [name, ", ".join(aliases.get(actor_id, [])), post]))
            out[(kind, actor_id)] = (name, body, None)
    return out


def _meetings_of_items(
    session: Session, targets: list[tuple[str, int]]
) -> dict[tuple[str, int], int]:
    """The meeting of each commitment or statement a note is on."""
    out: dict[tuple[str, int], int] = {}
    for kind, model in (("commitment", m.Commitment), ("statement", m.Statement)):
        wanted = [t for k, t in targets if k == kind]
        if wanted:
            col = model.__table__.c
            rows = session.execute(select(col.id, col.meeting_id).where(col.id.in_(wanted)))
            out.update({(kind, item_id): meeting_id for item_id, meeting_id in rows})
    return out
