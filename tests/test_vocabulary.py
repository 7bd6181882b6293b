"""One vocabulary: every stored value comes from domain.vocabulary and each front end names it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint

from db import models as m
from desktop_app.briefing import labels as brief_labels
from desktop_app.ingest.themes import THEME_WORDS
from domain.vocabulary import (
    NO_THEME,
    CommitmentKind,
    Language,
    MeetingFormat,
    Reliability,
    ReviewState,
    Status,
    Theme,
    values_of,
)

ROOT = Path(__file__).resolve().parent.parent


def _check_text(table: str, name: str) -> str:
    for constraint in m.Base.metadata.tables[table].constraints:
        if isinstance(constraint, CheckConstraint) and constraint.name == f"ck_{table}_{name}":
            return str(constraint.sqltext)
    raise AssertionError(f"no CHECK constraint {name} on {table}")


def test_check_constraints_are_the_enums() -> None:
    assert _check_text("commitment", "status") == (
        "status IN ('announced', 'in_progress', 'fulfilled', 'lapsed', 'unknown')"
    )
    assert (
        _check_text("commitment", "kind")
        == f"kind IN ({', '.join(map(repr, values_of(CommitmentKind)))})"
    )
    assert _check_text("commitment", "due_precision") == (
        "due_precision IS NULL OR due_precision IN ('day', 'month', 'year')"
    )
    assert _check_text("meeting", "review_state").endswith(
        f"({', '.join(map(repr, values_of(ReviewState)))})"
    )


def test_ingest_finds_exactly_the_themes_of_the_vocabulary() -> None:
    assert tuple(THEME_WORDS) == values_of(Theme)


@pytest.mark.parametrize("language", values_of(Language))
def test_the_note_names_every_status_theme_and_reliability(language: str) -> None:
    assert set(brief_labels.STATUSES[language]) == set(Status)
    assert set(brief_labels.STATUSES_PLURAL[language]) == set(Status)
    assert set(brief_labels.THEMES[language]) == {*Theme, NO_THEME}
    assert set(brief_labels.RELIABILITIES[language]) == set(Reliability)


def test_the_window_names_every_status_and_theme() -> None:
    from desktop_app.ui import labels as ui_labels

    assert set(ui_labels.status_labels()) == set(Status)
    assert set(ui_labels.theme_labels()) == {*Theme, NO_THEME}
    assert set(ui_labels.format_labels()) == set(MeetingFormat)


def test_meeting_formats_have_one_list_of_values_and_a_label_per_front_end() -> None:
    """The formats an import names, the note's French words and the window's labels all come
    from MeetingFormat; a format stored in French reads as the same format."""
    from desktop_app.ingest.meeting import meeting_format

    assert set(brief_labels.FORMATS_FR) == set(MeetingFormat)
    assert meeting_format("Sommet des chefs d'État") is MeetingFormat.SUMMIT
    assert meeting_format("Réunion des ministres des affaires étrangères") is (
        MeetingFormat.MINISTERIAL_MEETING
    )
    for fmt, french in brief_labels.FORMATS_FR.items():
        assert brief_labels.stored_format(french) is fmt
        assert brief_labels.meeting_format("en", french) == fmt.value
        assert brief_labels.meeting_format("fr", fmt.value) == french
    assert brief_labels.meeting_format("fr", "tête-à-tête") == "tête-à-tête"  # typed by hand


# Literal tuples of stored values outside domain/ are copies of the vocabulary waiting to drift.
_VOCABULARY = {
    value
    for enum in (Status, Theme, ReviewState, CommitmentKind, MeetingFormat)
    for value in values_of(enum)
}


def _literal_vocabulary_tuples(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) >= 3:
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(strings) == len(node.elts) and set(strings) <= _VOCABULARY:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {strings}")
    return found


def test_no_copy_of_the_vocabulary_outside_domain() -> None:
    files = [
        p
        for folder in ("db", "desktop_app")
        for p in sorted((ROOT / folder).rglob("*.py"))
        if "migrations" not in p.parts  # a migration freezes the values of its day
    ]
    copies = [hit for path in files for hit in _literal_vocabulary_tuples(path)]
    assert not copies, copies
