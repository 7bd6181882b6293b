"""Frozen dataclasses the services hand to the window and the CLI (never live ORM objects)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from domain.vocabulary import CLOSED_STATUSES, NO_THEME, DatePrecision, DueState

DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class ActorRef:
    id: int
    name: str
    kind: str
    iso2: str | None = None


@dataclass(frozen=True)
class ActorView:
    id: int
    name: str
    kind: str
    iso2: str | None
    title: str | None
    affiliation: ActorRef | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class AnchorView:
    id: int
    source_id: int
    source_title: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class ItemSourceRef:
    """One source reporting an item, and the passage where it does."""

    id: int
    title: str
    publisher: str | None
    published_on: dt.date | None
    anchor_id: int | None = None


@dataclass(frozen=True)
class ParticipantView:
    actor: ActorRef
    role: str
    note: str | None
    title: str | None
    country_iso2: str | None
    anchor: AnchorView | None
    id: int | None = None  # the participation (to edit or remove it)


@dataclass(frozen=True)
class CommitmentView:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_date: dt.date | None
    text: str
    kind: str
    theme: str | None
    also_themes: tuple[str, ...]
    parties: tuple[ActorRef, ...]
    due_on: dt.date | None
    due_precision: str | None
    status: str
    compliance_score: int | None
    evidence: str
    review_state: str
    classification: str | None
    anchor: AnchorView | None
    # Every source that reports the item, its first one included (corroboration).
    sources: tuple[ItemSourceRef, ...] = ()
    # Its row_version when read: an edit made from this copy gives it back (a team store).
    version: int | None = None

    @property
    def due_label(self) -> str:
        """The due date as precisely as it is known: 2026, 2025-10 or 2025-10-14."""
        return format_date(self.due_on, self.due_precision)

    def due_state(self, today: dt.date | None = None) -> str | None:
        """'overdue', 'due_soon' or None, for commitments not yet fulfilled or lapsed."""
        if self.due_on is None or self.status in CLOSED_STATUSES:
            return None
        today = today or dt.date.today()
        end = _end_of_period(self.due_on, self.due_precision)
        if end < today:
            return DueState.OVERDUE
        if (end - today).days <= DUE_SOON_DAYS:
            return DueState.DUE_SOON
        return None


def format_date(day: dt.date | None, precision: str | None) -> str:
    if day is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{day.year}"
    if precision == DatePrecision.MONTH:
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _end_of_period(day: dt.date, precision: str | None) -> dt.date:
    """A due date given as a month or a year is due at the end of that month or year."""
    if precision == DatePrecision.YEAR:
        return dt.date(day.year, 12, 31)
    if precision == DatePrecision.MONTH:
        following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return day


@dataclass(frozen=True)
class StatementView:
    id: int
    meeting_id: int
    speaker: ActorRef | None
    speaker_as_written: str | None
    speaker_title: str | None
    speaker_country_iso2: str | None
    text: str
    language: str
    verb: str | None
    review_state: str
    classification: str | None
    anchor: AnchorView | None
    sources: tuple[ItemSourceRef, ...] = ()
    speech: str = "quote"  # or "reported": the source's words for what was said
    reported_by: str | None = None  # the outlet (or title) of the source that reports it

    def as_reported(self, language: str) -> str:
        """Reported speech as reported, never as the speaker's own words, in ``language``:
        "Selon TASS, Sergueï Lavrov a assuré que la Russie …" / "According to …, … said that …"."""
        who = self.speaker.name if self.speaker else (self.speaker_as_written or "")
        french = language == "fr"
        verb = (self.verb or "").strip() if self.language == language else ""
        if verb.lower() in ("selon", "d'apres", "d'après", "according to"):
            verb = ""
        if not verb:
            verb = "a déclaré" if french else "said"
        ending = ("que", "qu'") if french else ("that",)
        if not verb.lower().endswith(ending):
            verb += " que" if french else " that"
        intro = ""
        if self.reported_by:
            intro = ("Selon {0}, " if french else "According to {0}, ").format(self.reported_by)
        sentence = f"{intro}{who} {verb} {self.text}".strip()
        return sentence[:1].upper() + sentence[1:]


@dataclass(frozen=True)
class SourceSummary:
    id: int
    title: str
    kind: str
    language: str
    publisher: str | None
    published_on: dt.date | None
    reliability: str
    file_name: str | None
    imported_at: dt.datetime


@dataclass(frozen=True)
class SourceView:
    summary: SourceSummary
    text: str
    meeting_ids: tuple[int, ...]
    meeting_titles: tuple[str, ...] = ()  # in the order of meeting_ids


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    format: str
    session_number: int | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    date_precision: str
    city: str | None
    country_iso2: str | None
    review_state: str
    parties: tuple[str, ...]
    commitment_count: int


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    recurrence: str | None
    description: str | None
    participants: tuple[ParticipantView, ...]
    parties: tuple[ActorRef, ...]
    commitments: tuple[CommitmentView, ...]  # kinds "commitment" and "position"
    principles: tuple[CommitmentView, ...]
    next_steps: tuple[CommitmentView, ...]
    statements: tuple[StatementView, ...]
    sources: tuple[SourceSummary, ...]

    @property
    def id(self) -> int:
        return self.summary.id

    def commitments_by_theme(self) -> dict[str, list[CommitmentView]]:
        grouped: dict[str, list[CommitmentView]] = {}
        for item in self.commitments:
            grouped.setdefault(item.theme or NO_THEME, []).append(item)
        return grouped


@dataclass(frozen=True)
class AnnotationVersionView:
    number: int
    body: str
    saved_at: dt.datetime


@dataclass(frozen=True)
class AnnotationView:
    id: int
    target_kind: str
    target_id: int
    body: str
    tags: tuple[str, ...]
    author: str | None
    include_in_brief: bool
    classification: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted: bool
    versions: tuple[AnnotationVersionView, ...] = field(default=())
    version: int | None = None  # row_version: what an edit gives back as expected_version


@dataclass(frozen=True)
class DraftView:
    id: int
    target_kind: str
    target_id: int
    annotation_id: int | None
    body: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    snippet: str
    rank: float
    meeting_id: int | None = None
    # The meeting the hit belongs to (or is), to say which and when beside each hit.
    meeting_title: str | None = None
    meeting_date: dt.date | None = None
    meeting_date_precision: str = "day"


@dataclass(frozen=True)
class MeetingFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor_id: int | None = None
    country_iso2: str | None = None
    format: str | None = None
    review_states: tuple[str, ...] = ("confirmed",)


@dataclass(frozen=True)
class CommitmentFilter:
    meeting_id: int | None = None
    kinds: tuple[str, ...] = ()
    theme: str | None = None
    status: str | None = None
    actor_id: int | None = None
    due_before: dt.date | None = None  # due before this day
    due_after: dt.date | None = None  # due on or after this day
    review_states: tuple[str, ...] = ("confirmed",)


def to_jsonable(value: Any) -> Any:
    """A view as plain JSON data (dates as ISO strings), for ``--json`` output."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, PurePath):  # a file the command read or wrote (import, backup)
        return str(value)
    return value
