"""Readable, translated names for the values the store keeps as keys (status, theme, role…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.vocabulary import (
    NO_THEME,
    CommitmentKind,
    Compliance,
    DueState,
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


def role_label(key: str) -> str:
    labels: dict[str, str] = {
        Role.CO_CHAIR: QCoreApplication.translate("Labels", "co-chair"),
        Role.CHAIR: QCoreApplication.translate("Labels", "chair"),
        Role.HEAD_OF_DELEGATION: QCoreApplication.translate("Labels", "head of delegation"),
        Role.PARTICIPANT: QCoreApplication.translate("Labels", "participant"),
        Role.HOST: QCoreApplication.translate("Labels", "host"),
    }
    return labels.get(key, key)


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
