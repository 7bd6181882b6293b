"""Search across everything, accent- and ligature-blind, with the hits marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    Text,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from db import models as m
from db import search as fts
from db.dialect import json_rows, rows_of
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
    found = _describe(session, by_kind)
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


def _describe(session: Session, by_kind: dict[str, list[int]]) -> dict[tuple[str, int], Described]:
    """What each hit shows, with the meeting it belongs to (or is): every kind's rows in one
    statement (a UNION ALL of one SELECT per kind, the meeting joined in), no ORM load, then
    each kind's columns made into its title and body. One round trip on a team store, where
    one statement per kind cost a millisecond each.

    The queries name the tables' columns, not the mapped classes': a search then never
    configures the ORM's mappers (0.1 s of a `chancery search` process, which loads no object).
    """
    parts = [_kind_rows(kind, ids) for kind, ids in by_kind.items()]
    if not parts:
        return {}
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    out: dict[tuple[str, int], Described] = {}
    for code, item_id, t1, t2, t3, t4, meeting_id, *meeting in session.execute(statement):
        kind = fts.KIND_BY_CODE[code]
        out[(kind, item_id)] = (*_shown(kind, t1, t2, t3, t4), meeting_id, *meeting)
    return out


def _shown(kind: str, t1: str, t2: str | None, t3: str | None, t4: str | None) -> tuple[str, str]:
    """A hit's title and body from its kind's columns (``_kind_rows``)."""
    if kind == "meeting":  # title, format, city, summary
        return t1, " · ".join(filter(None, [t2, t3, t4]))
    if kind == "commitment":  # text, evidence
        return t1, f"{t1} {t2}".strip()
    if kind == "statement":  # text, speaker as written, the speaker's name
        who = t3 if t3 is not None else (t2 or "")
        return (f"{who}: « {t1} »" if who else t1), t1
    if kind == "annotation":  # body
        return t1.split("\n", 1)[0][:120], t1
    if kind == "source":  # title, the text's beginning (SNIPPET_PREFIX)
        return t1, t2 or ""
    # an actor: name, post, aliases (json_rows of alias id, alias)
    aliases = [alias for _, alias in sorted(rows_of(t3), key=lambda row: row[0])]
    return t1, " · ".join(filter(None, [t1, ", ".join(aliases), t2]))


def _text(value: Any = None) -> Any:
    """A text column of the union (NULL typed as text, so that every SELECT's columns agree)."""
    return cast(null() if value is None else value, Text)


def _kind_rows(kind: str, ids: list[int]) -> Select[Any]:
    """The SELECT of ``_describe``'s union for one kind: its code, the id, four text columns
    (what ``_shown`` makes the title and body of), the meeting's id, title, date, precision."""
    mt = m.Meeting.__table__.c
    code = literal(fts.KIND_CODES[kind], Integer)
    meeting_cols = (mt.title, mt.starts_on, mt.date_precision)
    if kind == "meeting":
        return select(
            code, mt.id, _text(mt.title), _text(mt.format), _text(mt.city), _text(mt.summary),
            mt.id, *meeting_cols,
        ).where(mt.id.in_(ids))  # fmt: skip
    if kind == "commitment":
        c = m.Commitment.__table__.c
        return (
            select(
                code,
                c.id,
                _text(c.text),
                _text(c.evidence),
                _text(),
                _text(),
                c.meeting_id,
                *meeting_cols,
            )  # fmt: skip
            .outerjoin_from(m.Commitment.__table__, m.Meeting.__table__, mt.id == c.meeting_id)
            .where(c.id.in_(ids))
        )
    if kind == "statement":
        st, actor = m.Statement.__table__.c, m.Actor.__table__.c
        return (
            select(
                code,
                st.id,
                _text(st.text),
                _text(st.speaker_as_written),
                _text(actor.name),
                _text(),
                st.meeting_id,
                *meeting_cols,
            )  # fmt: skip
            .outerjoin_from(m.Statement.__table__, m.Actor.__table__, actor.id == st.speaker_id)
            .outerjoin(m.Meeting.__table__, mt.id == st.meeting_id)
            .where(st.id.in_(ids))
        )
    if kind == "annotation":
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
        return (
            select(
                code, a.id, _text(a.body), _text(), _text(), _text(), on_meeting, *meeting_cols
            )  # fmt: skip
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
    if kind == "source":
        src, link = m.Source.__table__.c, m.MeetingSource.__table__.c
        first_meeting = (
            select(func.min(link.meeting_id)).where(link.source_id == src.id).scalar_subquery()
        )
        beginning = func.substr(src.text, 1, SNIPPET_PREFIX)
        return (
            select(
                code,
                src.id,
                _text(src.title),
                _text(beginning),
                _text(),
                _text(),
                mt.id,
                *meeting_cols,
            )  # fmt: skip
            .outerjoin_from(m.Source.__table__, m.Meeting.__table__, mt.id == first_meeting)
            .where(src.id.in_(ids))
        )
    actor, alias_c = m.Actor.__table__.c, m.ActorAlias.__table__.c
    aliases = (
        select(json_rows(alias_c.id, alias_c.alias))
        .where(alias_c.actor_id == actor.id)
        .scalar_subquery()
    )
    return select(
        code, actor.id, _text(actor.name), _text(actor.title), _text(aliases), _text(),
        cast(null(), Integer), cast(null(), String), cast(null(), Date), cast(null(), String),
    ).where(actor.id.in_(ids))  # fmt: skip
