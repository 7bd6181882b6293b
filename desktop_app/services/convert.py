"""ORM rows to view dataclasses, inside the session that loaded them."""

from __future__ import annotations

from db import models as m
from domain.views import (
    ActorRef,
    ActorView,
    AnchorView,
    AnnotationVersionView,
    AnnotationView,
    CommitmentView,
    ParticipantView,
    SourceSummary,
    StatementView,
)


def actor_ref(actor: m.Actor) -> ActorRef:
    return ActorRef(id=actor.id, name=actor.name, kind=actor.kind, iso2=actor.iso2)


def actor_country(actor: m.Actor | None) -> str | None:
    """A state's own code, or the code of the state a person or body belongs to."""
    if actor is None:
        return None
    if actor.iso2:
        return actor.iso2
    return actor.affiliation.iso2 if actor.affiliation is not None else None


def actor_view(actor: m.Actor) -> ActorView:
    return ActorView(
        id=actor.id,
        name=actor.name,
        kind=actor.kind,
        iso2=actor.iso2,
        title=actor.title,
        affiliation=actor_ref(actor.affiliation) if actor.affiliation is not None else None,
        aliases=tuple(a.alias for a in actor.aliases),
    )


def anchor_view(anchor: m.Anchor | None) -> AnchorView | None:
    if anchor is None:
        return None
    return AnchorView(
        id=anchor.id,
        source_id=anchor.source_id,
        source_title=anchor.source.title,
        start=anchor.start,
        end=anchor.end,
        exact=anchor.exact,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
    )


def participant_view(p: m.Participation) -> ParticipantView:
    return ParticipantView(
        actor=actor_ref(p.actor),
        role=p.role,
        note=p.note,
        title=p.actor.title,
        country_iso2=actor_country(p.actor),
        anchor=anchor_view(p.anchor),
        id=p.id,
    )


def themes_of(stored: str) -> tuple[str, ...]:
    """A commitment's other themes, stored as one comma-separated column."""
    return tuple(t for t in stored.split(",") if t)


def commitment_view(c: m.Commitment) -> CommitmentView:
    return CommitmentView(
        id=c.id,
        meeting_id=c.meeting_id,
        meeting_title=c.meeting.title,
        meeting_date=c.meeting.starts_on,
        text=c.text,
        kind=c.kind,
        theme=c.theme,
        also_themes=themes_of(c.also_themes),
        parties=tuple(actor_ref(p.actor) for p in c.parties if p.role == "committing"),
        due_on=c.due_on,
        due_precision=c.due_precision,
        status=c.status,
        compliance_score=c.compliance_score,
        evidence=c.evidence,
        review_state=c.review_state,
        classification=c.classification,
        anchor=anchor_view(c.anchor),
        version=c.row_version,
    )


def statement_view(s: m.Statement) -> StatementView:
    return StatementView(
        id=s.id,
        meeting_id=s.meeting_id,
        speaker=actor_ref(s.speaker) if s.speaker is not None else None,
        speaker_as_written=s.speaker_as_written,
        speaker_title=s.speaker.title if s.speaker is not None else None,
        speaker_country_iso2=actor_country(s.speaker),
        text=s.text,
        language=s.language,
        verb=s.verb,
        review_state=s.review_state,
        classification=s.classification,
        anchor=anchor_view(s.anchor),
        speech=s.speech,
        reported_by=(
            (s.anchor.source.publisher or s.anchor.source.title) if s.anchor is not None else None
        ),
    )


def source_summary(s: m.Source) -> SourceSummary:
    return SourceSummary(
        id=s.id,
        title=s.title,
        kind=s.kind,
        language=s.language,
        publisher=s.publisher,
        published_on=s.published_on,
        reliability=s.reliability,
        file_name=s.file_name,
        imported_at=s.imported_at,
    )


def annotation_view(a: m.Annotation, *, with_versions: bool = True) -> AnnotationView:
    return AnnotationView(
        id=a.id,
        target_kind=a.target_kind,
        target_id=a.target_id,
        body=a.body,
        tags=tuple(t.name for t in a.tags),
        author=a.author,
        include_in_brief=a.include_in_brief,
        classification=a.classification,
        created_at=a.created_at,
        updated_at=a.updated_at,
        deleted=a.deleted_at is not None,
        versions=tuple(
            AnnotationVersionView(number=v.number, body=v.body, saved_at=v.saved_at)
            for v in a.versions
        )
        if with_versions
        else (),
        version=a.row_version,
    )
