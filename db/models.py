"""SQLAlchemy 2 typed models of Chancery's store (see docs/ARCHITECTURE.md, "Data model")."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from domain.vocabulary import (
    ActorKind,
    ChangeOp,
    CommitmentKind,
    Compliance,
    DatePrecision,
    DuplicateDecision,
    ItemKind,
    PartyRole,
    Reliability,
    ReviewState,
    Role,
    SourceKind,
    SpeechKind,
    Status,
    TargetKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# CHECK constraints are built from the vocabulary's enums so the database refuses what the code
# would never write; their text (hence the schema) stays what the migrations created.
def _one_of(column: str, enum: type[StrEnum], *, nullable: bool = False) -> CheckConstraint:
    quoted = ", ".join(f"'{member.value}'" for member in enum)
    check = f"{column} IN ({quoted})"
    return CheckConstraint(f"{column} IS NULL OR {check}" if nullable else check, name=column)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A record analysts edit: every UPDATE checks and bumps ``row_version`` (revision 0008).

    Optimistic concurrency: an UPDATE made from a copy another analyst changed meanwhile
    matches no row and is refused (StaleDataError, a conflict for the user), never written.
    """

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class Source(Versioned, Base):
    """An imported document, kept as its normalized text."""

    __tablename__ = "source"
    __table_args__ = (
        _one_of("kind", SourceKind),
        _one_of("reliability", Reliability),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(30), default="press_article")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    publisher: Mapped[str | None] = mapped_column(String(200))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    file_name: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    reliability: Mapped[str] = mapped_column(String(20), default="press")
    # Where the document was found (a page's address), if known.
    address: Mapped[str | None] = mapped_column(String(2000))

    meetings: Mapped[list[Meeting]] = relationship(
        secondary="meeting_source", back_populates="sources"
    )


class MeetingSource(Base):
    __tablename__ = "meeting_source"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("source.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Meeting(Versioned, Base):
    __tablename__ = "meeting"
    __table_args__ = (
        _one_of("date_precision", DatePrecision),
        _one_of("review_state", ReviewState),
        Index("ix_meeting_starts_on", "starts_on"),
        Index("ix_meeting_review_state_starts_on", "review_state", "starts_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(100))
    session_number: Mapped[int | None] = mapped_column(Integer)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(5), default="day")
    city: Mapped[str | None] = mapped_column(String(200))
    country_iso2: Mapped[str | None] = mapped_column(String(2))
    recurrence: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    review_state: Mapped[str] = mapped_column(String(10), default="confirmed")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    sources: Mapped[list[Source]] = relationship(
        secondary="meeting_source", back_populates="meetings"
    )
    participations: Mapped[list[Participation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    statements: Mapped[list[Statement]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class Actor(Versioned, Base):
    """A state, an organisation or a person."""

    __tablename__ = "actor"
    __table_args__ = (_one_of("kind", ActorKind), Index("ix_actor_name", "name"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(15))
    name: Mapped[str] = mapped_column(String(300))
    iso2: Mapped[str | None] = mapped_column(String(2))
    # For people: the post held and the actor (state, organisation) they belong to,
    # with the period the post was held, where known.
    title: Mapped[str | None] = mapped_column(String(300))
    affiliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), index=True
    )
    title_since: Mapped[dt.date | None] = mapped_column(Date)
    title_until: Mapped[dt.date | None] = mapped_column(Date)

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan"
    )
    affiliation: Mapped[Actor | None] = relationship(remote_side="Actor.id")


class ActorAlias(Base):
    __tablename__ = "actor_alias"
    __table_args__ = (UniqueConstraint("actor_id", "alias", name="uq_actor_alias_actor_id_alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(8))

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Anchor(Base):
    """Where an item came from: a passage of a source (W3C TextQuoteSelector idea)."""

    __tablename__ = "anchor"
    __table_args__ = (CheckConstraint("start >= 0 AND end_ >= start", name="offsets"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column("end_", Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(String(200), default="")
    suffix: Mapped[str] = mapped_column(String(200), default="")

    source: Mapped[Source] = relationship()

    # Characters kept on each side of a passage, so it can be found again if the text moves.
    CONTEXT = 40

    @classmethod
    def context_around(cls, text: str, start: int, end: int) -> tuple[str, str]:
        """The prefix and suffix kept with the passage ``text[start:end]``."""
        return text[max(0, start - cls.CONTEXT) : start], text[end : end + cls.CONTEXT]

    @classmethod
    def on(cls, source: Source, start: int, end: int) -> Anchor:
        """An anchor on ``source.text[start:end]``, with its exact text and context."""
        prefix, suffix = cls.context_around(source.text, start, end)
        return cls(
            source=source,
            start=start,
            end=end,
            exact=source.text[start:end],
            prefix=prefix,
            suffix=suffix,
        )


class Participation(Base):
    __tablename__ = "participation"
    __table_args__ = (
        _one_of("role", Role),
        UniqueConstraint("meeting_id", "actor_id", "role", name="meeting_actor_role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("actor.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="participant")
    note: Mapped[str | None] = mapped_column(String(500))
    anchor_id: Mapped[int | None] = mapped_column(ForeignKey("anchor.id", ondelete="SET NULL"))

    meeting: Mapped[Meeting] = relationship(back_populates="participations")
    actor: Mapped[Actor] = relationship()
    anchor: Mapped[Anchor | None] = relationship()


class Commitment(Versioned, Base):
    """A commitment, position, principle or next step agreed at a meeting."""

    __tablename__ = "commitment"
    __table_args__ = (
        _one_of("kind", CommitmentKind),
        _one_of("status", Status),
        _one_of("review_state", ReviewState),
        _one_of("due_precision", DatePrecision, nullable=True),
        CheckConstraint(
            "compliance_score IS NULL OR compliance_score IN "
            f"({', '.join(str(score.value) for score in Compliance)})",
            name="compliance_score",
        ),
        Index("ix_commitment_meeting_id", "meeting_id"),
        Index("ix_commitment_theme_status", "theme", "status"),
        Index("ix_commitment_due_on", "due_on"),
        Index("ix_commitment_review_state_due_on", "review_state", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12), default="commitment")
    theme: Mapped[str | None] = mapped_column(String(40))
    # Further themes a commitment spans ("trade" + "education"), comma-separated.
    also_themes: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_precision: Mapped[str | None] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(12), default="announced")
    compliance_score: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
    review_state: Mapped[str] = mapped_column(String(10), default="confirmed")
    classification: Mapped[str | None] = mapped_column(String(40))
    anchor_id: Mapped[int | None] = mapped_column(ForeignKey("anchor.id", ondelete="SET NULL"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    meeting: Mapped[Meeting] = relationship(back_populates="commitments")
    anchor: Mapped[Anchor | None] = relationship()
    # In key order, as SQLite reads them from the primary key; PostgreSQL would give them in
    # whatever order its heap holds them.
    parties: Mapped[list[CommitmentParty]] = relationship(
        back_populates="commitment",
        cascade="all, delete-orphan",
        order_by="(CommitmentParty.actor_id, CommitmentParty.role)",
    )


class CommitmentParty(Base):
    __tablename__ = "commitment_party"
    __table_args__ = (_one_of("role", PartyRole),)

    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True
    )
    actor_id: Mapped[int] = mapped_column(
        ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(12), primary_key=True, default="committing")

    commitment: Mapped[Commitment] = relationship(back_populates="parties")
    actor: Mapped[Actor] = relationship()


class StatusChange(Base):
    """The history of a commitment's status, score and evidence (what changed, when)."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(12))
    compliance_score: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Statement(Versioned, Base):
    """Words quoted from a speaker at or about a meeting."""

    __tablename__ = "statement"
    __table_args__ = (
        _one_of("review_state", ReviewState),
        _one_of("speech", SpeechKind),
        Index("ix_statement_meeting_id", "meeting_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("actor.id", ondelete="SET NULL"), index=True
    )
    speaker_as_written: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    verb: Mapped[str | None] = mapped_column(String(100))
    review_state: Mapped[str] = mapped_column(String(10), default="confirmed")
    classification: Mapped[str | None] = mapped_column(String(40))
    anchor_id: Mapped[int | None] = mapped_column(ForeignKey("anchor.id", ondelete="SET NULL"))
    # "quote": the source gives the speaker's own words; "reported": it says what they said.
    speech: Mapped[str] = mapped_column(String(8), default="quote", server_default="quote")

    meeting: Mapped[Meeting] = relationship(back_populates="statements")
    speaker: Mapped[Actor | None] = relationship()
    anchor: Mapped[Anchor | None] = relationship()


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class AnnotationTag(Base):
    __tablename__ = "annotation_tag"

    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Annotation(Versioned, Base):
    """A reader's note on any item or on a passage (anchor) of a source."""

    __tablename__ = "annotation"
    __table_args__ = (
        _one_of("target_kind", TargetKind),
        Index("ix_annotation_target", "target_kind", "target_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(12))
    target_id: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))
    include_in_brief: Mapped[bool] = mapped_column(default=False)
    classification: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # A deleted note is kept (and can be restored by undo) until the user empties the bin.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    tags: Mapped[list[Tag]] = relationship(secondary="annotation_tag", order_by=Tag.name)
    versions: Mapped[list[AnnotationVersion]] = relationship(
        back_populates="annotation",
        cascade="all, delete-orphan",
        order_by="AnnotationVersion.number",
    )


class AnnotationVersion(Base):
    """An earlier text of an annotation: an edit never destroys the old text."""

    __tablename__ = "annotation_version"
    __table_args__ = (UniqueConstraint("annotation_id", "number", name="annotation_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotation.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    annotation: Mapped[Annotation] = relationship(back_populates="versions")


class Draft(Base):
    """A note being typed, saved as it is typed so that a crash loses nothing.

    Each analyst's own (revision 0013): on a team store two analysts typing on one item
    keep one draft each, and one saving a note leaves the other's draft alone."""

    __tablename__ = "draft"
    __table_args__ = (
        _one_of("target_kind", TargetKind),
        UniqueConstraint(
            "analyst", "target_kind", "target_id", "annotation_id", name="draft_analyst_target"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Who types it: the PostgreSQL role on a team store (its connection's current_user), ""
    # on a personal store (one user), "" too for a draft kept from before revision 0013.
    analyst: Mapped[str] = mapped_column(String(200), default="", server_default="")
    target_kind: Mapped[str] = mapped_column(String(12))
    target_id: Mapped[int] = mapped_column(Integer)
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotation.id", ondelete="CASCADE")
    )
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Brief(Base):
    """A briefing note produced from a selection, with a snapshot of what it contained."""

    __tablename__ = "brief"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str | None] = mapped_column(String(100))
    purpose: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), default="fr")
    selection: Mapped[str] = mapped_column(Text, default="{}")  # JSON: meeting/actor ids, filter
    snapshot: Mapped[str] = mapped_column(Text, default="{}")  # JSON: what the note contained
    generated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(String(500))


class ChangeSet(Base):
    """One action of the user (an edit, a delete, a merge…): its changes are undone together."""

    __tablename__ = "change_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(500), default="")
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    changes: Mapped[list[Change]] = relationship(
        back_populates="change_set", cascade="all, delete-orphan", order_by="Change.seq"
    )


class Change(Base):
    """One change to one row, with the value before and after (JSON), so nothing is lost.

    An update names its field; an insert keeps the new row whole and a delete the old row
    whole, so that undo (and redo) can put it back with the same ids.
    """

    __tablename__ = "change"
    __table_args__ = (
        _one_of("op", ChangeOp),
        Index("ix_change_record", "record_kind", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    change_set_id: Mapped[int] = mapped_column(
        ForeignKey("change_set.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(6))
    record_kind: Mapped[str] = mapped_column(String(40))  # the table's name
    record_id: Mapped[int | None] = mapped_column(Integer)  # None for a link row
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    change_set: Mapped[ChangeSet] = relationship(back_populates="changes")


_ONE_ITEM = "(commitment_id IS NULL) != (statement_id IS NULL)"


class ItemSource(Base):
    """One source reporting one item, with the passage where it does: an item reported by
    three outlets has three rows (its first source included)."""

    __tablename__ = "item_source"
    __table_args__ = (
        CheckConstraint(_ONE_ITEM, name="one_item"),
        UniqueConstraint("commitment_id", "source_id", name="commitment_source"),
        UniqueConstraint("statement_id", "source_id", name="statement_source"),
        Index("ix_item_source_statement_id", "statement_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE")
    )
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    anchor_id: Mapped[int | None] = mapped_column(ForeignKey("anchor.id", ondelete="SET NULL"))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    commitment: Mapped[Commitment | None] = relationship()
    statement: Mapped[Statement | None] = relationship()
    source: Mapped[Source] = relationship()
    anchor: Mapped[Anchor | None] = relationship()

    @property
    def item_kind(self) -> str:
        return ItemKind.COMMITMENT if self.commitment_id is not None else ItemKind.STATEMENT

    @property
    def item_id(self) -> int:
        return self.commitment_id if self.commitment_id is not None else self.statement_id or 0


class ProbableDuplicate(Base):
    """An imported item that is perhaps one already in its meeting, in other words: the
    analyst merges it into that one, or keeps both."""

    __tablename__ = "probable_duplicate"
    __table_args__ = (
        CheckConstraint(_ONE_ITEM, name="one_item"),
        CheckConstraint(
            "(of_commitment_id IS NULL) != (of_statement_id IS NULL)", name="one_original"
        ),
        _one_of("decision", DuplicateDecision, nullable=True),
        UniqueConstraint("commitment_id", name="duplicate_commitment"),
        UniqueConstraint("statement_id", name="duplicate_statement"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE")
    )
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    of_commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    of_statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("statement.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(String(100), default="")
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    # The analyst's answer: NULL while waiting, 'merged' or 'kept' (kept so it can be undone).
    decision: Mapped[str | None] = mapped_column(String(10))


class ProbableSameMeeting(Base):
    """An imported meeting that is perhaps one already stored (another outlet's account, an
    announcement the eve), without enough evidence to attach it: the analyst merges the two
    (`chancery merge meeting:N meeting:M`) or leaves them apart."""

    __tablename__ = "probable_same_meeting"
    __table_args__ = (UniqueConstraint("meeting_id", "of_meeting_id", name="same_meeting_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    of_meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(100), default="")
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


# --- a dossier taken offline and brought back (services/offline.py, revision 0010) -----------


class OfflineCopy(Base):
    """A dossier copied out of a store: in that store, the copy it handed out (``is_copy``
    False); in the personal copy itself, the store it came from (``is_copy`` True)."""

    __tablename__ = "offline_copy"
    __table_args__ = (UniqueConstraint("copy_key", "is_copy", name="uq_offline_copy_copy_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_key: Mapped[str] = mapped_column(String(36))
    is_copy: Mapped[bool] = mapped_column(default=False)
    store_label: Mapped[str] = mapped_column(String(500))
    file_name: Mapped[str] = mapped_column(String(1000))
    meetings: Mapped[int] = mapped_column(Integer, default=0)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    brought_back_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class OfflineOrigin(Base):
    """In a personal copy: where one copied row came from (its id and row_version in the team
    store) and the row as it was copied, to tell what was changed offline."""

    __tablename__ = "offline_origin"
    __table_args__ = (Index("ix_offline_origin_record", "record_kind", "local_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(40))  # the table's name
    local_id: Mapped[int | None] = mapped_column(Integer)  # None for a link row
    origin_id: Mapped[int | None] = mapped_column(Integer)
    origin_version: Mapped[int | None] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: the row as copied (local ids)


class OfflineReturn(Base):
    """In the team store: a record added offline and already brought back, so that bringing
    the same copy back again adds nothing twice."""

    __tablename__ = "offline_return"
    __table_args__ = (
        UniqueConstraint("copy_key", "record_kind", "local_id", name="uq_offline_return_record"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_key: Mapped[str] = mapped_column(String(36))
    record_kind: Mapped[str] = mapped_column(String(40))
    local_id: Mapped[int] = mapped_column(Integer)
    team_id: Mapped[int] = mapped_column(Integer)


class OfflineConflict(Base):
    """In the team store: a field edited offline on a record someone changed meanwhile; both
    values are kept until the analyst keeps one (JSON values, as in Change)."""

    __tablename__ = "offline_conflict"
    __table_args__ = (Index("ix_offline_conflict_record", "record_kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_key: Mapped[str] = mapped_column(String(36))
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)
    mine_value: Mapped[str | None] = mapped_column(Text)
    theirs_value: Mapped[str | None] = mapped_column(Text)
    theirs_version: Mapped[int | None] = mapped_column(Integer)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    kept_mine: Mapped[bool | None] = mapped_column()
