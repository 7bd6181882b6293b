"""Reading what a note covers: meetings in bulk, the items a note may be on, their notes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import object_session, selectinload

from db import models as m
from desktop_app.services import browse, convert
from desktop_app.services.item_sources import with_sources
from desktop_app.services.store import Store
from domain.views import AnnotationView, MeetingDetail, MeetingSummary


def target_labels(
    store: Store, meetings: Sequence[MeetingDetail], actor_ids: Sequence[int]
) -> dict[tuple[str, int], str]:
    """Every item of the selection a note may be on, with its name in words."""
    targets: dict[tuple[str, int], str] = {}
    for mt in meetings:
        targets[("meeting", mt.id)] = mt.summary.title
        for c in (*mt.commitments, *mt.principles, *mt.next_steps):
            targets[("commitment", c.id)] = c.text
        for s in mt.statements:
            targets[("statement", s.id)] = s.text
        for src in mt.sources:
            targets[("source", src.id)] = src.title
    for actor_id in actor_ids:
        targets[("actor", actor_id)] = browse.get_actor(store, actor_id).name
    return targets


def annotations_on(store: Store, targets: dict[tuple[str, int], str]) -> list[AnnotationView]:
    """The live notes on the given targets only (a store may hold many thousands of notes)."""
    by_kind: dict[str, list[int]] = {}
    for kind, target_id in targets:
        by_kind.setdefault(kind, []).append(target_id)
    if not by_kind:
        return []
    query = (
        select(m.Annotation)
        .where(
            m.Annotation.deleted_at.is_(None),
            or_(
                *(
                    and_(m.Annotation.target_kind == kind, m.Annotation.target_id.in_(ids))
                    for kind, ids in by_kind.items()
                )
            ),
        )
        .options(selectinload(m.Annotation.tags))
        .order_by(m.Annotation.created_at, m.Annotation.id)
    )
    with store.read() as session:
        return [convert.annotation_view(a, with_versions=False) for a in session.scalars(query)]


def meeting_details(store: Store, ids: Sequence[int]) -> list[MeetingDetail]:
    """browse.get_meeting for many meetings at once: one session, everything loaded eagerly.

    Calling get_meeting per meeting costs a query per anchor, party and speaker; a note on
    forty meetings would spend seconds there before laying out a single line.
    """
    if not ids:
        return []
    options = [
        selectinload(m.Meeting.participations)
        .selectinload(m.Participation.actor)
        .selectinload(m.Actor.affiliation),
        selectinload(m.Meeting.participations).selectinload(m.Participation.anchor),
        selectinload(m.Meeting.commitments)
        .selectinload(m.Commitment.parties)
        .selectinload(m.CommitmentParty.actor),
        selectinload(m.Meeting.commitments)
        .selectinload(m.Commitment.anchor)
        .selectinload(m.Anchor.source),
        selectinload(m.Meeting.statements)
        .selectinload(m.Statement.speaker)
        .selectinload(m.Actor.affiliation),
        selectinload(m.Meeting.statements)
        .selectinload(m.Statement.anchor)
        .selectinload(m.Anchor.source),
        selectinload(m.Meeting.sources),
    ]
    with store.read() as session:
        rows = {
            mt.id: mt
            for mt in session.scalars(
                select(m.Meeting).where(m.Meeting.id.in_(ids)).options(*options)
            )
        }
        missing = [i for i in ids if i not in rows]
        if missing:
            raise browse.NotFound(f"There is no meeting {missing[0]} in this store.")
        summaries = browse.meeting_rows(store, ids)
        return [_detail(rows[i], summaries[i]) for i in ids]


def _detail(meeting: m.Meeting, summary: MeetingSummary) -> MeetingDetail:
    """The same MeetingDetail browse.get_meeting gives (confirmed items only)."""
    items = [
        convert.commitment_view(c)
        for c in sorted(meeting.commitments, key=lambda c: c.id)
        if c.review_state == "confirmed"
    ]
    said = [
        convert.statement_view(st)
        for st in sorted(meeting.statements, key=lambda st: st.id)
        if st.review_state == "confirmed"
    ]
    session = object_session(meeting)
    if session is not None:  # how many sources report each item ("3 sources" in the note)
        items = with_sources(session, "commitment", items)
        said = with_sources(session, "statement", said)
    people = sorted(meeting.participations, key=lambda p: p.id)
    return MeetingDetail(
        summary=summary,
        recurrence=meeting.recurrence,
        description=meeting.summary,
        participants=tuple(convert.participant_view(p) for p in people if p.actor.kind == "person"),
        parties=tuple(convert.actor_ref(p.actor) for p in people if p.actor.kind != "person"),
        commitments=tuple(i for i in items if i.kind in ("commitment", "position")),
        principles=tuple(i for i in items if i.kind == "principle"),
        next_steps=tuple(i for i in items if i.kind == "next_step"),
        statements=tuple(said),
        sources=tuple(convert.source_summary(src) for src in meeting.sources),
    )
