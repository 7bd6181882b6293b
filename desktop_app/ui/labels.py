"""Readable, translated names for the values the store keeps as keys (status, theme, role…)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.ui import i18n
from domain.vocabulary import (
    NO_THEME,
    CommitmentKind,
    Compliance,
    DueState,
    MeetingFormat,
    Role,
    Status,
    TargetKind,
    Theme,
)

# The order of the window's lists (facets, chart, tracker): the vocabulary's order.
STATUSES: tuple[Status, ...] = tuple(Status)
SCORES: tuple[Compliance | None, ...] = (None, *Compliance)
THEMES: tuple[str, ...] = (*Theme, NO_THEME)


def status_labels() -> dict[str, str]:
    return {
        Status.ANNOUNCED: QCoreApplication.translate("Labels", "announced"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "in progress"),
        Status.FULFILLED: QCoreApplication.translate("Labels", "fulfilled"),
        Status.LAPSED: QCoreApplication.translate("Labels", "lapsed"),
        Status.UNKNOWN: QCoreApplication.translate("Labels", "unknown"),
    }


def sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: accents and case aside (é with e)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def status_label(key: str) -> str:
    return status_labels().get(key, key)


def score_label(score: int | None) -> str:
    if score is None:
        return QCoreApplication.translate("Labels", "not scored")
    labels: dict[int, str] = {
        Compliance.NOT_COMPLIED: QCoreApplication.translate("Labels", "−1 not complied"),
        Compliance.PARTLY: QCoreApplication.translate("Labels", "0 partly"),
        Compliance.COMPLIED: QCoreApplication.translate("Labels", "+1 complied"),
    }
    return labels[score]


def theme_labels() -> dict[str, str]:
    return {
        Theme.SECURITY: QCoreApplication.translate("Labels", "security"),
        Theme.DIPLOMACY: QCoreApplication.translate("Labels", "diplomacy"),
        Theme.ECONOMY: QCoreApplication.translate("Labels", "economy"),
        Theme.ENERGY: QCoreApplication.translate("Labels", "energy"),
        Theme.INFRASTRUCTURE: QCoreApplication.translate("Labels", "infrastructure"),
        Theme.TRADE: QCoreApplication.translate("Labels", "trade"),
        Theme.EDUCATION: QCoreApplication.translate("Labels", "education"),
        Theme.HEALTH: QCoreApplication.translate("Labels", "health"),
        Theme.AGRICULTURE: QCoreApplication.translate("Labels", "agriculture"),
        Theme.COMMUNICATION: QCoreApplication.translate("Labels", "communication"),
        Theme.HUMANITARIAN: QCoreApplication.translate("Labels", "humanitarian"),
        Theme.TECHNOLOGY: QCoreApplication.translate("Labels", "technology"),
        Theme.CULTURE: QCoreApplication.translate("Labels", "culture"),
        NO_THEME: QCoreApplication.translate("Labels", "other"),
    }


def theme_label(key: str | None) -> str:
    return theme_labels().get(key or NO_THEME, key or "")


def kind_label(key: str) -> str:
    """Kinds of items: of commitments, of search hits, of note targets."""
    labels = {
        CommitmentKind.COMMITMENT: QCoreApplication.translate("Labels", "commitment"),
        CommitmentKind.POSITION: QCoreApplication.translate("Labels", "position"),
        CommitmentKind.PRINCIPLE: QCoreApplication.translate("Labels", "principle"),
        CommitmentKind.NEXT_STEP: QCoreApplication.translate("Labels", "next step"),
        TargetKind.MEETING: QCoreApplication.translate("Labels", "meeting"),
        TargetKind.STATEMENT: QCoreApplication.translate("Labels", "statement"),
        "annotation": QCoreApplication.translate("Labels", "note"),
        TargetKind.SOURCE: QCoreApplication.translate("Labels", "source"),
        TargetKind.ACTOR: QCoreApplication.translate("Labels", "actor"),
        TargetKind.ANCHOR: QCoreApplication.translate("Labels", "passage"),
        "participation": QCoreApplication.translate("Labels", "participation"),
    }
    return labels.get(key, key)


def kind_tag(key: str) -> str:
    """A commitment's kind in a word, before its text in a narrow column ("[step] …"); the
    cell's tooltip says it in full (kind_label)."""
    if key == CommitmentKind.NEXT_STEP:
        return QCoreApplication.translate("Labels", "step")
    return kind_label(key)


def role_label(key: str) -> str:
    labels: dict[str, str] = {
        Role.CO_CHAIR: QCoreApplication.translate("Labels", "co-chair"),
        Role.CHAIR: QCoreApplication.translate("Labels", "chair"),
        Role.HEAD_OF_DELEGATION: QCoreApplication.translate("Labels", "head of delegation"),
        Role.PARTICIPANT: QCoreApplication.translate("Labels", "participant"),
        Role.HOST: QCoreApplication.translate("Labels", "host"),
    }
    return labels.get(key, key)


def format_labels() -> dict[MeetingFormat, str]:
    """The meeting formats in the interface's language."""
    return {
        MeetingFormat.SUMMIT: QCoreApplication.translate("Labels", "summit"),
        MeetingFormat.JOINT_COMMISSION: QCoreApplication.translate("Labels", "joint commission"),
        MeetingFormat.CONSULTATIONS: QCoreApplication.translate("Labels", "consultations"),
        MeetingFormat.CONFERENCE: QCoreApplication.translate("Labels", "conference"),
        MeetingFormat.STATE_VISIT: QCoreApplication.translate("Labels", "state visit"),
        MeetingFormat.OFFICIAL_VISIT: QCoreApplication.translate("Labels", "official visit"),
        MeetingFormat.WORKING_VISIT: QCoreApplication.translate("Labels", "working visit"),
        MeetingFormat.VISIT: QCoreApplication.translate("Labels", "visit"),
        MeetingFormat.TALKS: QCoreApplication.translate("Labels", "talks"),
        MeetingFormat.TREATY_SIGNING: QCoreApplication.translate("Labels", "treaty signing"),
        MeetingFormat.FORUM: QCoreApplication.translate("Labels", "forum"),
        MeetingFormat.MEETING: QCoreApplication.translate("Labels", "meeting"),
        MeetingFormat.MINISTERIAL_CONSULTATIONS: QCoreApplication.translate(
            "Labels", "ministerial consultations"
        ),
        MeetingFormat.MINISTERIAL_CONFERENCE: QCoreApplication.translate(
            "Labels", "ministerial conference"
        ),
        MeetingFormat.MINISTERIAL_MEETING: QCoreApplication.translate(
            "Labels", "ministerial meeting"
        ),
        MeetingFormat.MINISTERIAL_TALKS: QCoreApplication.translate("Labels", "ministerial talks"),
    }


def format_label(key: str | None) -> str:
    """A meeting's format (desktop_app.ingest.meeting names them); one typed by hand as is."""
    # A format stored in French (typed so, or by a French document's import) is the same
    # format: said in the interface's language too.
    from desktop_app.briefing.labels import stored_format

    fmt = stored_format(key)
    return format_labels()[fmt] if fmt is not None else key or ""


def country_label(iso2: str | None) -> str:
    """A country's name in the interface's language (RU → Russie / Russia), from Babel's
    territory names; an unknown code as it is."""
    if not iso2:
        return ""
    # Babel's tables load on first use, not as the window starts.
    from desktop_app.briefing.labels import country

    return country(i18n.language(), iso2) or iso2


def place_label(city: str | None, iso2: str | None) -> str:
    """ "Moscou, Russie" / "Moscow, Russia": a city the gazetteer knows and its country's
    name, in the interface's language (as the brief names them)."""
    from desktop_app.briefing import names

    return names.place(i18n.language(), city, iso2)


def office_label(title: str | None) -> str | None:
    """A participant's office in the interface's language where our gazetteer knows it
    whole (the brief's rule: never half translated); otherwise as written."""
    from desktop_app.briefing import names

    return names.office(i18n.language(), title)


def party_names(refs: Any) -> str:
    """Parties in the interface's language: states by Babel's names, organisations the
    gazetteer knows by their name in that language, anyone else as stored."""
    from desktop_app.briefing import names

    return names.actors(i18n.language(), refs)


def candidate_detail(candidate: Any) -> str:
    """What the review queue says of a candidate beside its text (review.Candidate.facts),
    in the interface's language."""
    if not candidate.facts:
        return str(candidate.detail)
    said = (_fact(what, value) for what, value in candidate.facts)
    return " · ".join(s for s in said if s)


def _fact(what: str, value: Any) -> str:
    if what == "kind":
        return kind_label(value)
    if what == "theme":
        return (
            theme_label(value)
            if value
            else QCoreApplication.translate("CandidateListModel", "no theme")
        )
    if what == "due":
        return QCoreApplication.translate("CandidateListModel", "due {0}").format(
            i18n.format_short_date(*value)
        )
    if what == "date":
        return i18n.format_short_date(*value)
    if what == "format":
        return format_label(value)
    if what == "role":
        return role_label(value)
    if what == "country":
        return country_label(value)
    if what == "check":
        return QCoreApplication.translate("CandidateListModel", "to check: {0}").format(
            "; ".join(_flag_label(flag) for flag in value)
        )
    if what == "speaker":
        return (
            str(value)
            if value
            else QCoreApplication.translate("CandidateListModel", "unknown speaker")
        )
    return str(value or "")


def _flag_label(flag: str) -> str:
    """One of extraction's doubts (ingest.pipeline's FLAG_* sentences, "party named only
    once: Guinea"), in the interface's language; a doubt this list does not know stays as is."""
    known = {
        "date inferred from a weekday and the publication date": QCoreApplication.translate(
            "CandidateListModel", "date inferred from a weekday and the publication date"
        ),
        "date's year taken from the publication date": QCoreApplication.translate(
            "CandidateListModel", "date's year taken from the publication date"
        ),
        "no meeting date in the text: the publication date is used": QCoreApplication.translate(
            "CandidateListModel", "no meeting date in the text: the publication date is used"
        ),
        "date's year inferred from its weekday and the years the text names": (
            QCoreApplication.translate(
                "CandidateListModel",
                "date's year inferred from its weekday and the years the text names",
            )
        ),
        "date's year taken from the only year the text names": QCoreApplication.translate(
            "CandidateListModel", "date's year taken from the only year the text names"
        ),
        "date of a dateline filed in another city: the meeting may be a day earlier": (
            QCoreApplication.translate(
                "CandidateListModel",
                "date of a dateline filed in another city: the meeting may be a day earlier",
            )
        ),
    }
    if flag in known:
        return known[flag]
    same = re.fullmatch(r"probably the same meeting as #(\d+) \((.*)\)", flag)
    if same:
        return QCoreApplication.translate(
            "CandidateListModel", "probably the same meeting as #{0} ({1})"
        ).format(same.group(1), _doubt_label(same.group(2)))
    head, _, name = flag.partition(": ")
    if head == "party named only once" and name:
        return QCoreApplication.translate(
            "CandidateListModel", "party named only once: {0}"
        ).format(name)
    return flag


def _doubt_label(reason: str) -> str:
    """Why two meetings may be one (services.meeting_identity's reasons), translated."""
    known = {
        "session numbers differ": QCoreApplication.translate(
            "CandidateListModel", "session numbers differ"
        ),
        "a date is missing": QCoreApplication.translate("CandidateListModel", "a date is missing"),
        "few parties in common": QCoreApplication.translate(
            "CandidateListModel", "few parties in common"
        ),
        "place unknown and date only near": QCoreApplication.translate(
            "CandidateListModel", "place unknown and date only near"
        ),
        "one party only": QCoreApplication.translate("CandidateListModel", "one party only"),
    }
    return known.get(reason, reason)


def due_label(state: str | None) -> str:
    if state == DueState.OVERDUE:
        return QCoreApplication.translate("Labels", "overdue")
    if state == DueState.DUE_SOON:
        return QCoreApplication.translate("Labels", "due soon")
    return ""


# The sidebar's sections, in order (also the View menu and Ctrl+1…8).
SECTIONS = (
    "meetings",
    "commitments",
    "timeline",
    "actors",
    "sources",
    "review",
    "briefs",
    "tags",
)


def section_label(key: str) -> str:
    return {
        "meetings": QCoreApplication.translate("Sections", "Meetings"),
        "commitments": QCoreApplication.translate("Sections", "Commitments"),
        "timeline": QCoreApplication.translate("Sections", "Timeline"),
        "actors": QCoreApplication.translate("Sections", "Actors"),
        "sources": QCoreApplication.translate("Sections", "Sources"),
        "review": QCoreApplication.translate("Sections", "Review queue"),
        "briefs": QCoreApplication.translate("Sections", "Briefs"),
        "tags": QCoreApplication.translate("Sections", "Tags"),
        "search": QCoreApplication.translate("Sections", "Search results"),
    }[key]
