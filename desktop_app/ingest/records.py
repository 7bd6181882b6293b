"""What extraction finds in one document: plain records with spans into the stored text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.ingest.gazetteer import Entity


@dataclass(frozen=True)
class FoundParty:
    entity: Entity
    start: int
    end: int


@dataclass(frozen=True)
class FoundPerson:
    name: str
    iso2: str | None
    role: str
    note: str | None
    title: str | None
    aliases: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class FoundItem:
    kind: str
    text: str
    theme: str | None
    also_themes: tuple[str, ...]
    due_on: dt.date | None
    due_precision: str | None
    start: int
    end: int


@dataclass(frozen=True)
class FoundStatement:
    text: str
    speaker: str | None  # the resolved person's name
    speaker_iso2: str | None
    speaker_as_written: str | None
    verb: str | None
    start: int
    end: int
    # "quote": the words between quotation marks; "reported": "X a assuré que …" (the
    # source's words for what was said), never to be printed as the speaker's own.
    speech: str = "quote"
    # An institution's words ("the Foreign Ministry said in a statement"): the gazetteer key
    # of the state or organisation it speaks for, ``speaker`` being that actor's name.
    speaker_entity: str | None = None


@dataclass(frozen=True)
class FoundMeeting:
    title: str
    format: str
    session_number: int | None
    starts_on: dt.date | None
    ends_on: dt.date | None
    date_precision: str
    city: str | None
    city_key: str | None  # the same for "Moscou" and "Moscow"
    country_iso2: str | None
    recurrence: str | None
    parties: tuple[FoundParty, ...]
    start: int
    end: int
    # Fields read with little certainty, for the review queue ("date inferred from a weekday").
    flags: tuple[str, ...] = ()
    # A day and month read without any year ("jeudi 3 avril" in a text that is not dated):
    # no date to store, but enough to recognise a meeting already stored on that day.
    month_day: tuple[int, int] | None = None


@dataclass(frozen=True)
class Extraction:
    text: str  # the stored text every offset points into
    noise_removed: tuple[str, ...]
    language: str
    title: str
    source_kind: str
    meeting: FoundMeeting | None
    participants: tuple[FoundPerson, ...]
    items: tuple[FoundItem, ...]
    statements: tuple[FoundStatement, ...]
    notes: tuple[str, ...] = field(default=())
    # The day the document was published (given with it, or stated up top), if known.
    published: dt.date | None = None

    def counts(self) -> tuple[tuple[str, int], ...]:
        kinds = [i.kind for i in self.items]
        return (
            ("participants", len(self.participants)),
            ("commitments", kinds.count("commitment") + kinds.count("position")),
            ("principles", kinds.count("principle")),
            ("next steps", kinds.count("next_step")),
            ("statements", len(self.statements)),
        )
