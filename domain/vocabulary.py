"""Every enumerated value the store keeps (status, theme, kind…), defined once as StrEnums.

The models' CHECK constraints, the services, the CLI, the window and the PDF all take their
values from here; each front end keeps only its translated labels (ui/labels.py,
briefing/labels.py). A member is a ``str``, so it compares and hashes as its stored value.
The order of the members is the order of the values in the CHECK constraints (changing it
changes the schema's text and needs a migration).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class SourceKind(StrEnum):
    JOINT_COMMUNIQUE = "joint_communique"
    PRESS_ARTICLE = "press_article"
    STATEMENT = "statement"
    NOTE = "note"


class Reliability(StrEnum):
    PRIMARY = "primary"
    OFFICIAL_MEDIA = "official_media"
    PRESS = "press"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class ActorKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"
    PERSON = "person"


class Role(StrEnum):
    """A participant's role at a meeting."""

    CO_CHAIR = "co_chair"
    CHAIR = "chair"
    HEAD_OF_DELEGATION = "head_of_delegation"
    PARTICIPANT = "participant"
    HOST = "host"


class CommitmentKind(StrEnum):
    COMMITMENT = "commitment"
    POSITION = "position"
    PRINCIPLE = "principle"
    NEXT_STEP = "next_step"


class Status(StrEnum):
    """Where a commitment stands."""

    ANNOUNCED = "announced"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    LAPSED = "lapsed"
    UNKNOWN = "unknown"


# Statuses after which a deadline no longer matters.
CLOSED_STATUSES = frozenset({Status.FULFILLED, Status.LAPSED})


class ReviewState(StrEnum):
    CANDIDATE = "candidate"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class PartyRole(StrEnum):
    """How an actor stands to a commitment."""

    COMMITTING = "committing"
    BENEFITING = "benefiting"


class TargetKind(StrEnum):
    """What an annotation (or a tag) is attached to."""

    MEETING = "meeting"
    COMMITMENT = "commitment"
    STATEMENT = "statement"
    SOURCE = "source"
    ACTOR = "actor"
    ANCHOR = "anchor"


class SpeechKind(StrEnum):
    """A statement either quotes the speaker's words or reports them in the source's words."""

    QUOTE = "quote"
    REPORTED = "reported"


class ChangeOp(StrEnum):
    """What one recorded change did to a row."""

    UPDATE = "update"
    INSERT = "insert"
    DELETE = "delete"


class ItemKind(StrEnum):
    """The items that can be corroborated, merged or linked to several sources."""

    COMMITMENT = "commitment"
    STATEMENT = "statement"


class DuplicateDecision(StrEnum):
    """What the analyst decided about a probable duplicate."""

    MERGED = "merged"
    KEPT = "kept"


class ReviewKind(StrEnum):
    """The records an import proposes and the analyst accepts, edits or rejects."""

    MEETING = "meeting"
    COMMITMENT = "commitment"
    STATEMENT = "statement"
    PARTICIPATION = "participation"


class Theme(StrEnum):
    """Themes of commitments; ingest/themes.py holds the words that find each one."""

    SECURITY = "security"
    DIPLOMACY = "diplomacy"
    ECONOMY = "economy"
    ENERGY = "energy"
    INFRASTRUCTURE = "infrastructure"
    TRADE = "trade"
    EDUCATION = "education"
    HEALTH = "health"
    AGRICULTURE = "agriculture"
    COMMUNICATION = "communication"
    HUMANITARIAN = "humanitarian"
    TECHNOLOGY = "technology"
    CULTURE = "culture"


# The group of commitments that have no theme (never stored: a NULL theme is shown under it).
NO_THEME = "other"


class DueState(StrEnum):
    """A commitment's deadline seen from a given day (computed, never stored)."""

    OVERDUE = "overdue"
    DUE_SOON = "due_soon"


class Compliance(IntEnum):
    """The G7 Research Group's compliance scale."""

    NOT_COMPLIED = -1
    PARTLY = 0
    COMPLIED = 1


class MeetingFormat(StrEnum):
    """The formats an import names a meeting by (ingest.meeting.meeting_format). The store
    keeps a meeting's format as text, so one typed by hand is kept, and shown, as typed."""

    SUMMIT = "summit"
    JOINT_COMMISSION = "joint commission"
    CONSULTATIONS = "consultations"
    CONFERENCE = "conference"
    STATE_VISIT = "state visit"
    OFFICIAL_VISIT = "official visit"
    WORKING_VISIT = "working visit"
    VISIT = "visit"
    TALKS = "talks"
    TREATY_SIGNING = "treaty signing"
    FORUM = "forum"
    MEETING = "meeting"
    MINISTERIAL_CONSULTATIONS = "ministerial consultations"
    MINISTERIAL_CONFERENCE = "ministerial conference"
    MINISTERIAL_MEETING = "ministerial meeting"
    MINISTERIAL_TALKS = "ministerial talks"


# The French names of the meeting formats (in English, the format's value itself): imported
# meetings' titles and briefs say them so.
MEETING_FORMATS_FR: dict[MeetingFormat, str] = {
    MeetingFormat.SUMMIT: "sommet",
    MeetingFormat.JOINT_COMMISSION: "commission mixte",
    MeetingFormat.CONSULTATIONS: "consultations",
    MeetingFormat.CONFERENCE: "conférence",
    MeetingFormat.STATE_VISIT: "visite d'État",
    MeetingFormat.OFFICIAL_VISIT: "visite officielle",
    MeetingFormat.WORKING_VISIT: "visite de travail",
    MeetingFormat.VISIT: "visite",
    MeetingFormat.TALKS: "entretiens",
    MeetingFormat.TREATY_SIGNING: "signature de traité",
    MeetingFormat.FORUM: "forum",
    MeetingFormat.MEETING: "réunion",
    MeetingFormat.MINISTERIAL_CONSULTATIONS: "consultations ministérielles",
    MeetingFormat.MINISTERIAL_CONFERENCE: "conférence ministérielle",
    MeetingFormat.MINISTERIAL_MEETING: "réunion ministérielle",
    MeetingFormat.MINISTERIAL_TALKS: "entretiens ministériels",
}


class Language(StrEnum):
    """The languages of a briefing note (and of the window)."""

    FR = "fr"
    EN = "en"


def values_of(enum: type[StrEnum]) -> tuple[str, ...]:
    """The stored values of ``enum``, in declaration order (for CHECK constraints, CLI choices)."""
    return tuple(member.value for member in enum)
