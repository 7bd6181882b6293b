"""Corroboration: the sources that report each item, and the queue of probable duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db import models as m
from desktop_app.ingest.gazetteer import load_gazetteer
from desktop_app.ingest.matching import FAMILIES, Entry, Verdict, align
from desktop_app.services import history
from desktop_app.services.browse import NotFound
from desktop_app.services.history import Recorder
from desktop_app.services.item_sources import column_of
from desktop_app.services.store import Store, StoreError
from domain.vocabulary import ItemKind, values_of

ITEM_KINDS = values_of(ItemKind)
ItemModel = type[m.Commitment] | type[m.Statement]
MODELS: dict[str, ItemModel] = {"commitment": m.Commitment, "statement": m.Statement}


class NotADuplicate(StoreError):
    """A merge or keep-both asked of an item that is not waiting as a probable duplicate."""


@dataclass(frozen=True)
class DuplicateView:
    kind: str  # "commitment" | "statement"
    id: int  # the item imported
    same_as_id: int  # the item already in the meeting
    same_as_text: str
    score: float
    reason: str  # a veto that kept the two apart ("different number or date"), or ""


def _column(kind: str) -> str:
    if kind not in ITEM_KINDS:
        raise NotADuplicate(
            f"'{kind}' has no sources of its own; use one of: {', '.join(ITEM_KINDS)}."
        )
    return column_of(kind)


# --- links --------------------------------------------------------------------------------


def link(
    session: Session,
    item: m.Commitment | m.Statement,
    anchor: m.Anchor,
    *,
    linked: set[tuple[str, int]] | None = None,
) -> bool:
    """Record that ``anchor``'s source reports ``item``; False if it already did.

    ``linked``: when the source is new in this transaction (an import's), the items linked to
    it so far, kept here; only they can be, so the store is not asked (one query and flush
    less per item an import corroborates)."""
    kind = "commitment" if isinstance(item, m.Commitment) else "statement"
    if linked is not None:
        if item.id is not None:
            if (kind, item.id) in linked:
                return False
            linked.add((kind, item.id))
    elif item.id is not None:
        known = session.scalar(
            select(m.ItemSource.id).where(
                getattr(m.ItemSource, _column(kind)) == item.id,
                m.ItemSource.source_id == anchor.source.id,
            )
        )
        if known is not None:
            return False
    row = m.ItemSource(source=anchor.source, anchor=anchor)
    if isinstance(item, m.Commitment):
        row.commitment = item
    else:
        row.statement = item
    session.add(row)
    return True


def link_first_sources(session: Session) -> int:
    """Give every item without a link the source of its own passage (items written by an
    older Chancery, or by a loader that only sets the anchor); how many were linked."""
    added = 0
    for kind, model in MODELS.items():
        column = getattr(m.ItemSource, _column(kind))
        rows = session.execute(
            select(model.id, m.Anchor.source_id, m.Anchor.id)
            .join(m.Anchor, m.Anchor.id == model.anchor_id)
            .where(~model.id.in_(select(column).where(column.is_not(None))))
        ).all()
        if rows:
            session.execute(
                insert(m.ItemSource),
                [{_column(kind): i, "source_id": s, "anchor_id": a} for i, s, a in rows],
            )
        added += len(rows)
    return added


# --- matching at import ---------------------------------------------------------------------


def meeting_party_keys(meeting: m.Meeting) -> frozenset[str]:
    """The gazetteer keys of a meeting's parties (states by ISO code, organisations by name)."""
    gazetteer = load_gazetteer()
    keys: set[str] = set()
    for p in meeting.participations:
        if p.actor.kind == "state" and p.actor.iso2:
            keys.add(p.actor.iso2)
        elif p.actor.kind == "organisation":
            entity = gazetteer.find_name(p.actor.name)
            if entity is not None:
                keys.add(entity.key)
    return frozenset(keys)


def match_commitments(
    meeting: m.Meeting, found: Sequence[tuple[str, str, tuple[str, ...]]]
) -> dict[int, tuple[int, Verdict]]:
    """For each item a document brings (text, kind, themes), by index, the commitment,
    principle or next step of ``meeting`` it reports (SAME) or may report (MAYBE)."""
    existing = [
        Entry(
            c.id,
            c.text,
            FAMILIES.get(c.kind, c.kind),
            frozenset(t for t in (c.theme, *c.also_themes.split(",")) if t),
        )
        for c in meeting.commitments
        if c.id is not None and c.review_state != "rejected"
    ]
    new = [
        Entry(n, text, FAMILIES.get(kind, kind), frozenset(t for t in themes if t))
        for n, (text, kind, themes) in enumerate(found)
    ]
    return align(new, existing, context_parties=meeting_party_keys(meeting))


def match_statements(
    meeting: m.Meeting, found: Sequence[tuple[str, int | None]]
) -> dict[int, tuple[int, Verdict]]:
    """The same for statements (text, speaker id): only one speaker's words can match."""
    existing = [
        Entry(s.id, s.text, "statement", speaker=str(s.speaker_id or ""))
        for s in meeting.statements
        if s.id is not None and s.review_state != "rejected"
    ]
    new = [
        Entry(n, text, "statement", speaker=str(speaker or ""))
        for n, (text, speaker) in enumerate(found)
    ]
    return align(new, existing, context_parties=meeting_party_keys(meeting))


def flag_duplicate(
    session: Session, item: m.Commitment | m.Statement, same_as_id: int, verdict: Verdict
) -> None:
    row = m.ProbableDuplicate(score=round(verdict.score, 3), reason=verdict.veto[:100])
    if isinstance(item, m.Commitment):
        row.commitment_id, row.of_commitment_id = item.id, same_as_id
    else:
        row.statement_id, row.of_statement_id = item.id, same_as_id
    session.add(row)


# --- the analyst's decision -----------------------------------------------------------------


def probable_duplicates(store: Store, *, meeting_id: int | None = None) -> list[DuplicateView]:
    """Imported items waiting as "probably the same as #N", oldest first."""
    with store.read() as session:
        out: list[DuplicateView] = []
        for kind, model in MODELS.items():
            mine = getattr(m.ProbableDuplicate, f"{kind}_id")
            theirs = getattr(m.ProbableDuplicate, f"of_{kind}_id")
            query = (
                select(m.ProbableDuplicate, model.id, model.text)
                .join(model, model.id == theirs)
                .where(mine.is_not(None), m.ProbableDuplicate.decision.is_(None))
                .order_by(m.ProbableDuplicate.id)
            )
            if meeting_id is not None:
                query = query.where(model.meeting_id == meeting_id)
            for dup, original_id, original_text in session.execute(query).all():
                out.append(
                    DuplicateView(
                        kind=kind,
                        id=getattr(dup, f"{kind}_id"),
                        same_as_id=original_id,
                        same_as_text=original_text,
                        score=dup.score,
                        reason=dup.reason,
                    )
                )
        return out


def _duplicate(
    session: Session, kind: str, item_id: int, *, decided: bool = False
) -> m.ProbableDuplicate:
    row = session.scalar(
        select(m.ProbableDuplicate).where(getattr(m.ProbableDuplicate, _column(kind)) == item_id)
    )
    if row is None or (row.decision is not None) != decided:
        waiting = "has no decision to undo" if decided else "is not waiting as a probable duplicate"
        raise NotADuplicate(
            f"{kind.capitalize()} {item_id} {waiting}: see `chancery review` for those that are."
        )
    return row


def _item(session: Session, kind: str, item_id: int) -> m.Commitment | m.Statement:
    row = (
        session.get(m.Commitment, item_id)
        if kind == "commitment"
        else session.get(m.Statement, item_id)
    )
    if row is None:
        raise NotFound(f"There is no {kind} {item_id} in this store.")
    return row


@dataclass(frozen=True)
class Decision:
    """A merge or keep-both, recorded as one change set (history.undo takes it back)."""

    change_set_id: int | None
    kind: str
    id: int  # the imported item
    kept_id: int  # the item that stays: the original (merged) or the imported one (kept)


def decide(store: Store, kind: str, item_id: int, decision: str) -> Decision:
    """Merge an imported item into the one it is probably the same as (``"merged"``): that
    item gains its sources and passages, the imported copy is rejected (kept, so that undo
    brings it back); or keep both (``"kept"``): the imported item stays, accepted. One
    change set in the history."""
    if decision not in ("merged", "kept"):
        raise NotADuplicate(f"'{decision}' is not a decision; use 'merged' or 'kept'.")
    column = _column(kind)
    with store.write() as session:
        dup = _duplicate(session, kind, item_id)
        keep = int(getattr(dup, f"of_{kind}_id"))
        _item(session, kind, item_id)  # says so if the item is gone
        label = (
            f"Merge {kind} {item_id} into #{keep}"
            if decision == "merged"
            else f"Keep {kind} {item_id} apart from #{keep}"
        )
        rec = Recorder(session, "corroborate", label)
        if decision == "merged":
            links = getattr(m.ItemSource, column)
            already = set(session.scalars(select(m.ItemSource.source_id).where(links == keep)))
            for link_id, source_id in session.execute(
                select(m.ItemSource.id, m.ItemSource.source_id).where(links == item_id)
            ).all():
                if source_id not in already:
                    rec.update("item_source", link_id, column, keep)
            rec.update(kind, item_id, "review_state", "rejected")
        else:
            rec.update(kind, item_id, "review_state", "confirmed")
        rec.update("probable_duplicate", dup.id, "decision", decision)
        return Decision(rec.finish(), kind, item_id, keep if decision == "merged" else item_id)


def merge_duplicate(store: Store, kind: str, item_id: int) -> int:
    """The imported item is the one already there (see decide); the id of the item kept."""
    return decide(store, kind, item_id, "merged").kept_id


def keep_both(store: Store, kind: str, item_id: int) -> None:
    """The imported item is another item: it stays, accepted, and is no longer flagged."""
    decide(store, kind, item_id, "kept")


def undo_decision(store: Store, kind: str, item_id: int) -> None:
    """Put a merged or kept item back in the queue as it was: the decision's change set is
    undone (refused if a later change touched the same rows)."""
    with store.read() as session:
        dup = _duplicate(session, kind, item_id, decided=True)
        change_set_id = session.scalar(
            select(m.Change.change_set_id)
            .join(m.ChangeSet, m.ChangeSet.id == m.Change.change_set_id)
            .where(
                m.Change.record_kind == "probable_duplicate",
                m.Change.record_id == dup.id,
                m.Change.field == "decision",
                m.ChangeSet.undone_at.is_(None),
            )
            .order_by(m.Change.change_set_id.desc())
            .limit(1)
        )
    if change_set_id is None:
        raise NotADuplicate(f"{kind.capitalize()} {item_id} has no recorded decision to undo.")
    history.undo(store, change_set_id)
