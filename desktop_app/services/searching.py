"""Search across everything, accent- and ligature-blind, with the hits marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Integer, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from db import models as m
from db import search as fts
from desktop_app.services.store import Store
from domain.views import SearchHit

SEARCH_KINDS = tuple(fts.KIND_CODES)
# A source's text is read up to this many characters for its snippet, not whole (a report
# can run to hundreds of kilobytes, each read again for every search that lists it). Its
# whole text is read only when its first hit is not well inside that beginning (SAFE_END).
SNIPPET_PREFIX = 4_000
# The snippet around a hit at offset ``first`` reads the text up to first + 160 (its width),
# and a word that straddles that end whole: a hit before here gives the same snippet on the
# beginning as on the whole text (a word cut at the prefix's end is after it).
SAFE_END = SNIPPET_PREFIX - 1_000


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
    with store.read(statements_alone=True) as session:
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
    found: dict[tuple[str, int], Described] = {}
    for kind, ids in by_kind.items():
        found.update(_describe(session, kind, ids))
    _read_whole_where_needed(session, found, by_kind.get("source", []), terms)
    hits = []
    for kind, item_id, rank in matches:
        if (kind, item_id) not in found:  # the index is ahead of a deleted row: skip it
            continue
        title, body, meeting_id, meeting_title, meeting_date, precision = found[(kind, item_id)]
        hits.append(
            SearchHit(
                kind=kind,
                id=item_id,
                title=title,
                snippet=fts.highlight_first((body, title), terms, mark=mark),
                rank=rank,
                meeting_id=meeting_id,
                meeting_title=meeting_title,
                meeting_date=meeting_date,
                meeting_date_precision=precision or "day",
            )
        )
    return hits


# (title, body, meeting id, the meeting's title, date and date precision) of a hit.
Described = tuple[str, str, int | None, str | None, dt.date | None, str | None]


def _read_whole_where_needed(
    session: Session,
    found: dict[tuple[str, int], Described],
    source_ids: list[int],
    terms: fts.QueryTerms,
) -> None:
    """The whole text, in ``found``, of each source read cut (SNIPPET_PREFIX) whose first
    hit is not before SAFE_END there: its snippet is then the one the whole text gives."""
    cut = []
    for source_id in source_ids:
        described = found.get(("source", source_id))
        if described is None or len(described[1]) < SNIPPET_PREFIX:
            continue  # deleted meanwhile, or read whole
        first = next(fts.iter_spans(described[1], terms, stop=SAFE_END), None)
        if first is None or first[1] > SAFE_END:
            cut.append(source_id)
    if not cut:
        return
    src = m.Source.__table__.c
    for source_id, text in session.execute(select(src.id, src.text).where(src.id.in_(cut))):
        title, _, *rest = found[("source", source_id)]
        found[("source", source_id)] = (title, text, *rest)


def _describe(session: Session, kind: str, ids: list[int]) -> dict[tuple[str, int], Described]:
    """What each hit shows, with the meeting it belongs to (or is): one statement per kind,
    the meeting joined in (a round trip each on a team store), no ORM load.

    The queries name the tables' columns, not the mapped classes': a search then never
    configures the ORM's mappers (0.1 s of a `chancery search` process, which loads no object).
    """
    out: dict[tuple[str, int], Described] = {}
    mt = m.Meeting.__table__.c
    meeting_cols = (mt.title, mt.starts_on, mt.date_precision)
    if kind == "meeting":
        for mid, title, fmt, city, summary, *meeting in session.execute(
            select(mt.id, mt.title, mt.format, mt.city, mt.summary, *meeting_cols).where(
                mt.id.in_(ids)
            )
        ):
            body = " · ".join(filter(None, [fmt, city, summary]))
            out[(kind, mid)] = (title, body, mid, *meeting)
    elif kind == "commitment":
        c = m.Commitment.__table__.c
        for cid, text, evidence, meeting_id, *meeting in session.execute(
            select(c.id, c.text, c.evidence, c.meeting_id, *meeting_cols)
            .outerjoin_from(m.Commitment.__table__, m.Meeting.__table__, mt.id == c.meeting_id)
            .where(c.id.in_(ids))
        ):
            out[(kind, cid)] = (text, f"{text} {evidence}".strip(), meeting_id, *meeting)
    elif kind == "statement":
        st, actor = m.Statement.__table__.c, m.Actor.__table__.c
        query = (
            select(st.id, st.text, st.speaker_as_written, st.meeting_id, actor.name, *meeting_cols)
            .outerjoin_from(m.Statement.__table__, m.Actor.__table__, actor.id == st.speaker_id)
            .outerjoin(m.Meeting.__table__, mt.id == st.meeting_id)
            .where(st.id.in_(ids))
        )
        for sid, text, as_written, meeting_id, speaker, *meeting in session.execute(query):
            who = speaker if speaker is not None else (as_written or "")
            out[(kind, sid)] = (f"{who}: « {text} »" if who else text, text, meeting_id, *meeting)
    elif kind == "annotation":
        a, c = m.Annotation.__table__.c, m.Commitment.__table__.c
        st = m.Statement.__table__.c
        # A note on a meeting belongs to it; one on a commitment or statement, to theirs.
        on_meeting = type_coerce(
            case(
                (a.target_kind == "meeting", a.target_id),
                (a.target_kind == "commitment", c.meeting_id),
                (a.target_kind == "statement", st.meeting_id),
            ),  # else NULL: a note on a source or an actor is on no meeting
            Integer,
        )
        query = (
            select(a.id, a.body, on_meeting, *meeting_cols)
            .outerjoin_from(
                m.Annotation.__table__,
                m.Commitment.__table__,
                and_(a.target_kind == "commitment", c.id == a.target_id),
            )
            .outerjoin(
                m.Statement.__table__, and_(a.target_kind == "statement", st.id == a.target_id)
            )
            .outerjoin(m.Meeting.__table__, mt.id == on_meeting)
            .where(a.id.in_(ids))
        )
        for aid, body, meeting_id, *meeting in session.execute(query):
            out[(kind, aid)] = (body.split("\n", 1)[0][:120], body, meeting_id, *meeting)
    elif kind == "source":
        src, link = m.Source.__table__.c, m.MeetingSource.__table__.c
        first_meeting = (
            select(func.min(link.meeting_id)).where(link.source_id == src.id).scalar_subquery()
        )
        beginning = func.substr(src.text, 1, SNIPPET_PREFIX)
        for src_id, title, text, meeting_id, *meeting in session.execute(
            select(src.id, src.title, beginning, mt.id, *meeting_cols)
            .outerjoin_from(m.Source.__table__, m.Meeting.__table__, mt.id == first_meeting)
            .where(src.id.in_(ids))
        ):
            out[(kind, src_id)] = (title, text, meeting_id, *meeting)
    elif kind == "actor":
        actor, alias_c = m.Actor.__table__.c, m.ActorAlias.__table__.c
        found: dict[int, tuple[str, str | None, list[str]]] = {}
        for actor_id, name, post, alias in session.execute(
            select(actor.id, actor.name, actor.title, alias_c.alias)
            .outerjoin_from(m.Actor.__table__, m.ActorAlias.__table__, alias_c.actor_id == actor.id)
            .where(actor.id.in_(ids))
            .order_by(actor.id, alias_c.id)
        ):
            aliases = found.setdefault(actor_id, (name, post, []))[2]
            if alias is not None:
                aliases.append(alias)
        for actor_id, (name, post, aliases) in found.items():
            body = " · ".join(filter(None, [name, ", ".join(aliases), post]))
            out[(kind, actor_id)] = (name, body, None, None, None, None)
    return out
