"""Following commitments over time: status, compliance score and evidence, with history."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from db import models as m
from desktop_app.services import editing
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import commitment_query, get_commitment
from desktop_app.services.edit_fields import InvalidEdit
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
    reason: str = "",
    expected_version: int | None = None,
) -> CommitmentView:
    """Change what is known of a commitment's progress, with the ``reason`` if given.

    Each change is kept in its status history, and recorded as one change set of the edit
    history (editing.set_tracking: the status before and after, labelled with the reason), so
    that the history says "from → to" and why, and the change can be undone like any other."""
    if status is not None and status not in values_of(Status):
        raise InvalidInput(f"'{status}' is not a status; use one of {', '.join(Status)}.")
    reason = " ".join(reason.replace("\x00", "").split())
    if len(reason) > REASON_MAX:
        raise InvalidInput(
            f"A reason is at most {REASON_MAX} characters ({len(reason)} given): shorten it."
        )
    try:
        editing.set_tracking(
            store,
            commitment_id,
            status=status,
            compliance_score=editing.UNSET if compliance_score is _UNSET else compliance_score,
            evidence=evidence,
            reason=reason,
            expected_version=expected_version,
        )
    except InvalidEdit as exc:
        raise InvalidInput(str(exc)) from exc
    return get_commitment(store, commitment_id)


REASON_MAX = 500  # what a change set's label holds


@dataclass(frozen=True)
class StatusChangeView:
    """One recorded change of a commitment's tracking: the status before (None where it is
    not known: a change recorded before reasons were kept, the first one) and after."""

    status: str
    previous_status: str | None
    compliance_score: int | None
    evidence: str
    reason: str
    changed_at: dt.datetime


def status_history(store: Store, commitment_id: int) -> list[StatusChangeView]:
    """Each recorded change, oldest first, with the status it changed from and its reason."""
    with store.read() as session:
        rows = list(
            session.scalars(
                select(m.StatusChange)
                .where(m.StatusChange.commitment_id == commitment_id)
                .order_by(m.StatusChange.id)
            )
        )
        recorded = _recorded(session, [r.id for r in rows])
        out: list[StatusChangeView] = []
        previous: str | None = None
        for row in rows:
            known = recorded.get(row.id)
            if known is not None:  # the status before, as the change set kept it
                before, reason = known
                before = row.status if before is None else before
            else:  # an older change: the status of the change before it, if any
                before, reason = previous, ""
            out.append(
                StatusChangeView(
                    row.status, before, row.compliance_score, row.evidence, reason, row.changed_at
                )
            )
            previous = row.status
        return out


def _recorded(session: Any, row_ids: list[int]) -> dict[int, tuple[str | None, str]]:
    """For each status_change row inserted by a recorded change set: (the status before, or
    None if the set left the status as it was; the set's label, the reason)."""
    if not row_ids:
        return {}
    inserted = {
        change.change_set_id: change.record_id
        for change in session.scalars(
            select(m.Change).where(
                m.Change.record_kind == "status_change",
                m.Change.op == "insert",
                m.Change.record_id.in_(row_ids),
            )
        )
    }
    out: dict[int, tuple[str | None, str]] = {}
    for change_set in session.scalars(
        select(m.ChangeSet).where(m.ChangeSet.id.in_(inserted), m.ChangeSet.undone_at.is_(None))
    ):
        before: str | None = None
        for change in change_set.changes:
            if change.record_kind == "commitment" and change.field == "status":
                before = json.loads(change.old_value) if change.old_value else None
        # A change set of the "tracking" action is labelled with the user's reason.
        reason = change_set.label if change_set.action == editing.TRACKING_ACTION else ""
        out[inserted[change_set.id]] = (before, reason)
    return out


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
