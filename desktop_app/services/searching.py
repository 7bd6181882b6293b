"""Search across everything, accent- and ligature-blind, with the hits marked."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as m
from db import search as fts
from desktop_app.services.store import Store
from desktop_app.services.views import SearchHit

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
    hits = []
    for kind, item_id, rank in matches:
        if (kind, item_id) not in found:  # the index is ahead of a deleted row: skip it
            continue
        title, body, meeting_id = found[(kind, item_id)]
        snippet_source = body if fts.matching_spans(body, terms) else title
        hits.append(
            SearchHit(
                kind=kind,
                id=item_id,
                title=title,
                snippet=fts.highlight(snippet_source, terms, mark=mark),
                rank=rank,
                meeting_id=meeting_id,
            )
        )
    return hits


def _describe(
    session: Session, kind: str, ids: list[int]
) -> dict[tuple[str, int], tuple[str, str, int | None]]:
    """(title, body, meeting id) of each hit, for display."""
    out: dict[tuple[str, int], tuple[str, str, int | None]] = {}
    if kind == "meeting":
        for mt in session.scalars(select(m.Meeting).where(m.Meeting.id.in_(ids))):
            body = " · ".join(filter(None, [mt.format, mt.city, mt.summary]))
            out[(kind, mt.id)] = (mt.title, body, mt.id)
    elif kind == "commitment":
        for c in session.scalars(select(m.Commitment).where(m.Commitment.id.in_(ids))):
            out[(kind, c.id)] = (c.text, f"{c.text} {c.evidence}".strip(), c.meeting_id)
    elif kind == "statement":
        for s in session.scalars(select(m.Statement).where(m.Statement.id.in_(ids))):
            who = s.speaker.name if s.speaker is not None else (s.speaker_as_written or "")
            out[(kind, s.id)] = (f"{who}: « {s.text} »" if who else s.text, s.text, s.meeting_id)
    elif kind == "annotation":
        for a in session.scalars(select(m.Annotation).where(m.Annotation.id.in_(ids))):
            meeting_id = a.target_id if a.target_kind == "meeting" else None
            out[(kind, a.id)] = (a.body.split("\n", 1)[0][:120], a.body, meeting_id)
    elif kind == "source":
        for src in session.scalars(select(m.Source).where(m.Source.id.in_(ids))):
            meeting_id = src.meetings[0].id if src.meetings else None
            out[(kind, src.id)] = (src.title, src.text, meeting_id)
    elif kind == "actor":
        for actor in session.scalars(select(m.Actor).where(m.Actor.id.in_(ids))):
            aliases = ", ".join(a.alias for a in actor.aliases)
            body = " · ".join(filter(None, [actor.name, aliases, actor.title]))
            out[(kind, actor.id)] = (actor.name, body, None)
    return out
