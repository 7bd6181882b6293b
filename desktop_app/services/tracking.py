"""Following commitments over time: status, compliance score and evidence, with history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Set
from typing import Any

from sqlalchemy import func, select

from db import models as m
from desktop_app.services import editing
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import commitment_query, get_commitment
from desktop_app.services.edit_fields import InvalidEdit
from desktop_app.services.store import Store
from desktop_app.services.views import CommitmentFilter, CommitmentView

_UNSET = object()


def set_commitment_tracking(
    store: Store,
    commitment_id: int,
    *,
    status: str | None = None,
    compliance_score: int | None | object = _UNSET,
    evidence: str | None = None,
) -> CommitmentView:
    """Change what is known of a commitment's progress; each change is kept in its status
    history and in the change history (undoable: editing.set_tracking)."""
    try:
        editing.set_tracking(
            store,
            commitment_id,
            status=status,
            compliance_score=editing.UNSET if compliance_score is _UNSET else compliance_score,
            evidence=evidence,
        )
    except InvalidEdit as exc:
        raise InvalidInput(str(exc)) from exc
    return get_commitment(store, commitment_id)


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
