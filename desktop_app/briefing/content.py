"""What a note contains, gathered by the briefs service and handed to the builder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from domain.views import CommitmentView, MeetingDetail, SourceSummary


@dataclass(frozen=True)
class Marking:
    """A classification level: its keyword, its printed words in each language, its colour."""

    keyword: str
    en: str
    fr: str
    rank: int
    color: str = "#1b5e20"

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class ReaderNote:
    id: int
    body: str
    target: str  # what the note is on, in words: "Meeting: First session…"
    tags: tuple[str, ...] = ()
    classification: str | None = None


@dataclass(frozen=True)
class FollowUpItem:
    due_on: dt.date | None
    due_precision: str | None
    text: str
    meeting_title: str
    status: str
    state: str | None  # "overdue", "due_soon" or None


@dataclass(frozen=True)
class StatusChangeItem:
    text: str
    old: str
    new: str


@dataclass(frozen=True)
class Changes:
    """What changed since the previous brief on the same subject (None when there is none)."""

    previous_reference: str | None = None
    previous_date: dt.date | None = None
    new_meetings: tuple[str, ...] = ()
    new_commitments: tuple[str, ...] = ()
    status_changes: tuple[StatusChangeItem, ...] = ()

    @property
    def first(self) -> bool:
        return self.previous_reference is None

    @property
    def empty(self) -> bool:
        return not (self.new_meetings or self.new_commitments or self.status_changes)


@dataclass(frozen=True)
class NoteContent:
    title: str
    reference: str
    date: dt.date
    language: str
    marking: Marking
    purpose: str
    meetings: tuple[MeetingDetail, ...]
    follow_up: tuple[FollowUpItem, ...] = ()
    changes: Changes = field(default_factory=Changes)
    talking_points: tuple[str, ...] = ()
    notes: tuple[ReaderNote, ...] = ()
    sources: tuple[SourceSummary, ...] = ()
    prepared_for: str = ""
    prepared_by: str = ""
    audience: str = ""
    author: str = ""  # goes into the PDF's metadata only when the user set it
    draft: bool = False
    # Asked for by the user only: the decision the reader is asked to take (a section of its
    # own after the talking points), and an approval block to sign at the end.
    decision: str = ""
    sign_off: bool = False

    def commitments(self) -> list[CommitmentView]:
        """The commitments proper (kind "commitment") of every meeting, in meeting order."""
        return [c for mt in self.meetings for c in mt.commitments if c.kind == "commitment"]

    def principles_and_positions(self) -> list[CommitmentView]:
        positions = [c for mt in self.meetings for c in mt.commitments if c.kind == "position"]
        return [p for mt in self.meetings for p in mt.principles] + positions
