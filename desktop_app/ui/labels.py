"""Readable, translated names for the values the store keeps as keys (status, theme, role…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

STATUSES = ("announced", "in_progress", "fulfilled", "lapsed", "unknown")
SCORES = (None, -1, 0, 1)
THEMES = (
    "security",
    "diplomacy",
    "economy",
    "energy",
    "infrastructure",
    "trade",
    "education",
    "health",
    "culture",
    "communication",
    "other",
)


def status_label(key: str) -> str:
    labels = {
        "announced": QCoreApplication.translate("Labels", "announced"),
        "in_progress": QCoreApplication.translate("Labels", "in progress"),
        "fulfilled": QCoreApplication.translate("Labels", "fulfilled"),
        "lapsed": QCoreApplication.translate("Labels", "lapsed"),
        "unknown": QCoreApplication.translate("Labels", "unknown"),
    }
    return labels.get(key, key)


def score_label(score: int | None) -> str:
    if score is None:
        return QCoreApplication.translate("Labels", "not scored")
    return {
        -1: QCoreApplication.translate("Labels", "−1 not complied"),
        0: QCoreApplication.translate("Labels", "0 partly"),
        1: QCoreApplication.translate("Labels", "+1 complied"),
    }[score]


def theme_label(key: str | None) -> str:
    labels = {
        "security": QCoreApplication.translate("Labels", "security"),
        "diplomacy": QCoreApplication.translate("Labels", "diplomacy"),
        "economy": QCoreApplication.translate("Labels", "economy"),
        "energy": QCoreApplication.translate("Labels", "energy"),
        "infrastructure": QCoreApplication.translate("Labels", "infrastructure"),
        "trade": QCoreApplication.translate("Labels", "trade"),
        "education": QCoreApplication.translate("Labels", "education"),
        "health": QCoreApplication.translate("Labels", "health"),
        "culture": QCoreApplication.translate("Labels", "culture"),
        "communication": QCoreApplication.translate("Labels", "communication"),
        "other": QCoreApplication.translate("Labels", "other"),
    }
    return labels.get(key or "other", key or "")


def kind_label(key: str) -> str:
    """Kinds of items: of commitments, of search hits, of note targets."""
    labels = {
        "commitment": QCoreApplication.translate("Labels", "commitment"),
        "position": QCoreApplication.translate("Labels", "position"),
        "principle": QCoreApplication.translate("Labels", "principle"),
        "next_step": QCoreApplication.translate("Labels", "next step"),
        "meeting": QCoreApplication.translate("Labels", "meeting"),
        "statement": QCoreApplication.translate("Labels", "statement"),
        "annotation": QCoreApplication.translate("Labels", "note"),
        "source": QCoreApplication.translate("Labels", "source"),
        "actor": QCoreApplication.translate("Labels", "actor"),
        "anchor": QCoreApplication.translate("Labels", "passage"),
        "participation": QCoreApplication.translate("Labels", "participation"),
    }
    return labels.get(key, key)


def role_label(key: str) -> str:
    labels = {
        "co_chair": QCoreApplication.translate("Labels", "co-chair"),
        "chair": QCoreApplication.translate("Labels", "chair"),
        "head_of_delegation": QCoreApplication.translate("Labels", "head of delegation"),
        "participant": QCoreApplication.translate("Labels", "participant"),
        "host": QCoreApplication.translate("Labels", "host"),
    }
    return labels.get(key, key)


def due_label(state: str | None) -> str:
    if state == "overdue":
        return QCoreApplication.translate("Labels", "overdue")
    if state == "due_soon":
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
