"""Following commitments over time: status, compliance score and evidence, with history."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db import models as m
from desktop_app.services import convert
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import NotFound
from desktop_app.services.store import Store
from desktop_app.services.views import CommitmentView

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
    if status is not None and status not in m.STATUSES:
        raise InvalidInput(f"'{status}' is not a status; use one of {', '.join(m.STATUSES)}.")
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
