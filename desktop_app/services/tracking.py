"""Following commitments over time: status, compliance score and evidence, with history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Set
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from db import models as m
from desktop_app.services import convert
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import NotFound, commitment_query
from desktop_app.services.store import Store
from domain.views import CommitmentFilter, CommitmentView
from domain.vocabulary import Status, values_of

_UNSET = object()


def set_commitment_tracking(
    store: Store,
    commitment_id: int,
    *,
    status: str | None = None,
    compliance_score: int | None | object = _UNSET,
    evidence: str | None = None,
) -> CommitmentView:
    """Change what is known of a commitment's progress; each change is kept in its history."""
    if status is not None and status not in values_of(Status):
        raise InvalidInput(f"'{status}' is not a status; use one of {', '.join(Status)}.")
    if compliance_score is not _UNSET and compliance_score not in (None, -1, 0, 1):
        raise InvalidInput("A compliance score is -1, 0 or +1 (or none).")
    with store.write() as session:
        commitment = session.get(
            m.Commitment,
            commitment_id,
            options=[selectinload(m.Commitment.parties), selectinload(m.Commitment.meeting)],
        )
        if commitment is None:
            raise NotFound(f"There is no commitment {commitment_id} in this store.")
        if status is not None:
            commitment.status = status
        if compliance_score is not _UNSET:
            commitment.compliance_score = compliance_score  # type: ignore[assignment]
        if evidence is not None:
            commitment.evidence = evidence.replace("\x00", "")
        session.add(
            m.StatusChange(
                commitment_id=commitment.id,
                status=commitment.status,
                compliance_score=commitment.compliance_score,
                evidence=commitment.evidence,
            )
        )
        session.flush()
        return convert.commitment_view(commitment)


def status_history(store: Store, commitment_id: int) -> list[tuple[str, int | None, str, str]]:
    """(status, score, evidence, ISO time) of each recorded change, oldest first."""
    with store.read() as session:
        rows = session.scalars(
            select(m.StatusChange)
            .where(m.StatusChange.commitment_id == commitment_id)
            .order_by(m.StatusChange.id)
        )
        return [(r.status, r.compliance_score, r.evidence, r.changed_at.isoformat()) for r in rows]


NO_PARTY = "—"


def status_counts(
    store: Store, filt: CommitmentFilter, by: str = "theme", only: Set[int] | None = None
) -> dict[str | None, Counter[str]]:
    """How many commitments passing ``filt`` (and among ``only``, if given) have each status,
    per theme (its key, None for none) or per committing partner (its name, NO_PARTY for none).

    Counted by the database over every matching commitment, however many: the tracker's
    chart asks for this on a worker and draws the answer.
    """
    c = m.Commitment
    party = m.CommitmentParty
    if by == "theme":
        key: Any = c.theme
        source: Any = c.__table__
    elif by == "partner":
        key = m.Actor.name
        source = c.__table__.outerjoin(
            party.__table__, (party.commitment_id == c.id) & (party.role == "committing")
        ).outerjoin(m.Actor.__table__, m.Actor.id == party.actor_id)
    else:
        raise ValueError(f"unknown grouping {by!r}")
    matching = c.id.in_(commitment_query(filt))
    counts: dict[str | None, Counter[str]] = {}
    with store.read() as session:
        if only is None:  # grouped and counted in SQL: no commitment comes to Python
            grouped = (
                select(key, c.status, func.count())
                .select_from(source)
                .where(matching)
                .group_by(key, c.status)
            )
            for name, status, n in session.execute(grouped):
                counts.setdefault(_key(by, name), Counter())[status] += n
        else:  # a tag facet: the ids it allows are known here only
            rows = select(c.id, key, c.status).select_from(source).where(matching)
            for item_id, name, status in session.execute(rows):
                if item_id in only:
                    counts.setdefault(_key(by, name), Counter())[status] += 1
    return counts


def _key(by: str, key: str | None) -> str | None:
    return (key or NO_PARTY) if by == "partner" else (key or None)
