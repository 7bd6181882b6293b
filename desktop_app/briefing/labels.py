"""The note's words in French and English: section labels, statuses, themes, dates, countries."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

from babel import Locale
from babel.dates import format_date

from domain.vocabulary import (
    MEETING_FORMATS_FR,
    NO_THEME,
    DatePrecision,
    Language,
    MeetingFormat,
    Reliability,
    Status,
    Theme,
    values_of,
)

LANGUAGES = tuple(Language)
_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "kind": "NOTE D'INFORMATION",
        "header": "En-tête",
        "reference": "Référence",
        "date": "Date",
        "prepared_for": "À l'attention de",
        "prepared_by": "Rédigée par",
        "audience": "Diffusion",
        "classification": "Classification",
        "purpose": "Objet",
        "key_points": "Points clés",
        "background": "Contexte",
        "commitments": "Engagements",
        "principles": "Principes et positions",
        "statements": "Déclarations",
        "follow_up": "Suivi",
        "changes": "Évolutions depuis la dernière note",
        "talking_points": "Éléments de langage",
        "notes": "Annotations",
        "sources": "Sources",
        "page": "Page {page} sur {total}",
        "draft": "PROJET",
        "none": "Néant.",
        "col_commitment": "Engagement",
        "col_parties": "Engagé par",
        "col_due": "Échéance",
        "col_status": "Statut",
        "col_score": "Score",
        "col_action": "Action",
        "col_state": "Alerte",
        "principle": "Principe",
        "position": "Position",
        "overdue": "ÉCHUE",
        "due_soon": "PROCHE",
        "reader_note": "NOTE DU LECTEUR",
        "on": "sur",
        "chart_title": "Statut des engagements par thème",
        "place": "Lieu",
        "format": "Format",
        "session": "Session",
        "co_chairs": "Coprésidence",
        "delegations": "Délégations",
        "recurrence": "Périodicité",
        "n_sources": "{n} sources",
        "first_note": "Première note sur ce sujet : aucune note antérieure à comparer.",
        "since_note": "Depuis la note {reference} du {date} :",
        "no_change": "Aucune évolution depuis la note {reference} du {date}.",
        "new_meeting": "Nouvelle réunion : {text}",
        "new_commitment": "Nouvel engagement : {text}",
        "status_change": "Changement de statut : {text} ({old} → {new})",
        "reliability": "Fiabilité",
        "not_given": "—",
        "meeting_of": "réunion du {date}",
        "themes_tie_rule": " (par nombre d'engagements ; à égalité, par ordre alphabétique)",
        "decision": "Décision demandée",
        "approval": "Approbation",
        "approved": "Approuvé",
        "not_approved": "Non approuvé",
        "discuss": "À discuter",
        "name_title": "Nom et fonction",
        "signature": "Signature",
        "sign_date": "Date",
    },
    "en": {
        "kind": "BRIEFING NOTE",
        "header": "Header",
        "reference": "Reference",
        "date": "Date",
        "prepared_for": "Prepared for",
        "prepared_by": "Prepared by",
        "audience": "Audience",
        "classification": "Classification",
        "purpose": "Purpose",
        "key_points": "Key points",
        "background": "Background",
        "commitments": "Commitments",
        "principles": "Principles and positions",
        "statements": "Statements",
        "follow_up": "Follow-up",
        "changes": "Changes since the last brief",
        "talking_points": "Talking points",
        "notes": "Reader's notes",
        "sources": "Sources",
        "page": "Page {page} of {total}",
        "draft": "DRAFT",
        "none": "None.",
        "col_commitment": "Commitment",
        "col_parties": "Committed by",
        "col_due": "Due",
        "col_status": "Status",
        "col_score": "Score",
        "col_action": "Action",
        "col_state": "Alert",
        "principle": "Principle",
        "position": "Position",
        "overdue": "OVERDUE",
        "due_soon": "DUE SOON",
        "reader_note": "READER'S NOTE",
        "on": "on",
        "chart_title": "Status of commitments by theme",
        "place": "Place",
        "format": "Format",
        "session": "Session",
        "co_chairs": "Co-chairs",
        "delegations": "Delegations",
        "recurrence": "Recurrence",
        "n_sources": "{n} sources",
        "first_note": "First brief on this subject: there is no earlier brief to compare with.",
        "since_note": "Since brief {reference} of {date}:",
        "no_change": "Nothing has changed since brief {reference} of {date}.",
        "new_meeting": "New meeting: {text}",
        "new_commitment": "New commitment: {text}",
        "status_change": "Status changed: {text} ({old} → {new})",
        "reliability": "Reliability",
        "not_given": "—",
        "meeting_of": "meeting of {date}",
        "themes_tie_rule": " (by number of commitments; equal counts in alphabetical order)",
        "decision": "Decision requested",
        "approval": "Approval",
        "approved": "Approved",
        "not_approved": "Not approved",
        "discuss": "Discuss",
        "name_title": "Name and title",
        "signature": "Signature",
        "sign_date": "Date",
    },
}

STATUSES: dict[str, dict[str, str]] = {
    "fr": {
        Status.ANNOUNCED: "annoncé",
        Status.IN_PROGRESS: "en cours",
        Status.FULFILLED: "réalisé ✓",
        Status.LAPSED: "caduc",
        Status.UNKNOWN: "inconnu",
    },
    "en": {
        Status.ANNOUNCED: "announced",
        Status.IN_PROGRESS: "in progress",
        Status.FULFILLED: "fulfilled ✓",
        Status.LAPSED: "lapsed",
        Status.UNKNOWN: "unknown",
    },
}

STATUSES_PLURAL: dict[str, dict[str, str]] = {
    "fr": {
        Status.ANNOUNCED: "annoncés",
        Status.IN_PROGRESS: "en cours",
        Status.FULFILLED: "réalisés",
        Status.LAPSED: "caducs",
        Status.UNKNOWN: "de statut inconnu",
    },
    "en": {
        Status.ANNOUNCED: "announced",
        Status.IN_PROGRESS: "in progress",
        Status.FULFILLED: "fulfilled",
        Status.LAPSED: "lapsed",
        Status.UNKNOWN: "of unknown status",
    },
}

THEMES: dict[str, dict[str, str]] = {
    "fr": {
        Theme.SECURITY: "Sécurité",
        Theme.DIPLOMACY: "Diplomatie",
        Theme.ECONOMY: "Économie",
        Theme.ENERGY: "Énergie",
        Theme.INFRASTRUCTURE: "Infrastructures",
        Theme.TRADE: "Commerce",
        Theme.EDUCATION: "Éducation",
        Theme.COMMUNICATION: "Communication",
        Theme.HEALTH: "Santé",
        Theme.CULTURE: "Culture",
        Theme.AGRICULTURE: "Agriculture",
        Theme.HUMANITARIAN: "Humanitaire",
        Theme.TECHNOLOGY: "Technologies",
        NO_THEME: "Autres",
    },
    "en": {
        Theme.SECURITY: "Security",
        Theme.DIPLOMACY: "Diplomacy",
        Theme.ECONOMY: "Economy",
        Theme.ENERGY: "Energy",
        Theme.INFRASTRUCTURE: "Infrastructure",
        Theme.TRADE: "Trade",
        Theme.EDUCATION: "Education",
        Theme.COMMUNICATION: "Communication",
        Theme.HEALTH: "Health",
        Theme.CULTURE: "Culture",
        Theme.AGRICULTURE: "Agriculture",
        Theme.HUMANITARIAN: "Humanitarian",
        Theme.TECHNOLOGY: "Technology",
        NO_THEME: "Other",
    },
}

FORMATS_FR = MEETING_FORMATS_FR
_FORMAT_IN_FRENCH = {french: fmt for fmt, french in FORMATS_FR.items()}


def stored_format(value: str | None) -> MeetingFormat | None:
    """The format a stored meeting's format names, written in English (the vocabulary) or in
    French (typed so, or by an older import of a French document); None for one typed by
    hand, which is shown as typed."""
    if not value:
        return None
    if value in values_of(MeetingFormat):
        return MeetingFormat(value)
    return _FORMAT_IN_FRENCH.get(value)


def meeting_format(language: str, value: str) -> str:
    fmt = stored_format(value)
    if fmt is None:
        return value
    return FORMATS_FR[fmt] if language == "fr" else fmt.value


RELIABILITIES: dict[str, dict[str, str]] = {
    "fr": {
        Reliability.PRIMARY: "source primaire",
        Reliability.OFFICIAL_MEDIA: "média officiel",
        Reliability.PRESS: "presse",
    },
    "en": {
        Reliability.PRIMARY: "primary source",
        Reliability.OFFICIAL_MEDIA: "official media",
        Reliability.PRESS: "press",
    },
}


def label(language: str, key: str, **values: str) -> str:
    """The label ``key`` in ``language``, with ``{placeholders}`` filled from ``values``."""
    text = LABELS[language][key]
    return text.format(**values) if values else text


def status(language: str, value: str) -> str:
    return STATUSES[language].get(value, value)


def status_count(language: str, value: str, count: int) -> str:
    """ "2 en cours", "1 annoncé", "3 annoncés": a count of commitments with a status."""
    words = STATUSES_PLURAL if count > 1 else STATUSES
    return f"{count} {words[language].get(value, value).replace(' ✓', '')}"


def sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: Énergie between Diplomatie and Sécurité."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def follow_up_summary(language: str, overdue: int, soon: int) -> str:
    """One key point on deadlines, with the plurals right in both languages."""
    if language == "fr":
        late = {0: "aucune échéance dépassée", 1: "1 échéance dépassée"}.get(
            overdue, f"{overdue} échéances dépassées"
        )
        near = {0: "aucune dans les 30 jours", 1: "1 dans les 30 jours"}.get(
            soon, f"{soon} dans les 30 jours"
        )
        return f"Suivi : {late}, {near}."
    late = "nothing overdue" if not overdue else f"{overdue} overdue"
    near = "nothing due within 30 days" if not soon else f"{soon} due within 30 days"
    return f"Follow-up: {late}, {near}."


def theme(language: str, value: str | None) -> str:
    key = value or NO_THEME
    return THEMES[language].get(key, key.replace("_", " ").capitalize())


def reliability(language: str, value: str) -> str:
    return RELIABILITIES[language].get(value, value)


@lru_cache(maxsize=4096)  # a note names the same few dates hundreds of times; babel is slow
def date(language: str, day: dt.date | None, precision: str | None = "day") -> str:
    """A date as a reader of ``language`` writes it: 3 avril 2025, 3 April 2025, avril 2025."""
    if day is None:
        return LABELS[language]["not_given"]
    locale = _LOCALES[language]
    if precision == DatePrecision.YEAR:
        return format_date(day, "y", locale=locale)
    if precision == DatePrecision.MONTH:
        return format_date(day, "LLLL y", locale=locale)
    return format_date(day, "long", locale=locale)


def short_date(language: str, day: dt.date | None, precision: str | None = "day") -> str:
    """A compact date for table cells: 03/04/2025, 04/2025, 2025."""
    if day is None:
        return LABELS[language]["not_given"]
    if precision == DatePrecision.YEAR:
        return f"{day.year}"
    if precision == DatePrecision.MONTH:
        return f"{day.month:02d}/{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def country(language: str, iso2: str | None) -> str | None:
    """A country's name in ``language`` (ML → Mali), or None for an unknown code."""
    if not iso2:
        return None
    return _territories(language).get(iso2.upper())


@lru_cache(maxsize=len(_LOCALES))
def _territories(language: str) -> dict[str, str]:
    return dict(Locale.parse(_LOCALES[language]).territories)


def score(value: int | None) -> str:
    if value is None:
        return "—"
    return {1: "+1", 0: "0", -1: "−1"}.get(value, str(value))


def quote(language: str, text: str) -> str:
    """Quotation marks of the language: « … » in French, “…” in English."""
    return f"«\u00a0{text}\u00a0»" if language == "fr" else f"“{text}”"
