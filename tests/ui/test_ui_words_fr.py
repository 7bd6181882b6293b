"""Stored keys said in the interface's language: review details, formats, countries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.services import importing, review
from desktop_app.services.review import Candidate
from desktop_app.services.store import Store
from desktop_app.ui.detail_html import candidate_html
from desktop_app.ui.i18n import install_language
from desktop_app.ui.models.meetings import MeetingListModel
from desktop_app.ui.review_panel import CandidateListModel
from domain.views import MeetingSummary

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


def test_review_details_are_french(french: None, empty_store: Store, tmp_path: Path) -> None:
    model = CandidateListModel()
    step = Candidate(
        "commitment", 1, 1, "Visite", "Se revoir", "next_step · no theme · due 2028", None,
        (("kind", "next_step"), ("theme", None), ("due", (dt.date(2028, 1, 1), "year"))),
    )  # fmt: skip
    assert model.detail(step) == "prochaine étape · sans thème · échéance 2028"
    path = tmp_path / "en.txt"
    path.write_bytes((CORPUS / "en-10-summit-utf16.txt").read_bytes())
    importing.import_files(empty_store, [path])
    said = {c.kind: model.detail(c) for c in review.list_candidates(empty_store)}
    assert said["meeting"].startswith("sommet"), said
    english_words = ("no theme", "next_step", "due ", "summit", "commitment ·")
    assert not [s for s in said.values() if any(w in s for w in english_words)], said
    # The detail pane says the same of the selected candidate.
    panes = [
        candidate_html(c).split('<p class="meta">')[1].split("</p>")[0]
        for c in review.list_candidates(empty_store)
    ]
    assert not [p for p in panes if any(w in p for w in english_words)], panes


def test_meeting_format_and_country_are_french(french: None, empty_store: Store) -> None:
    row = MeetingSummary(
        1, "Visite", "summit", None, dt.date(2025, 4, 3), None, "day", "Moscou", "RU",
        "accepted", ("Russie",), 2,
    )  # fmt: skip
    model = MeetingListModel(empty_store)
    assert model.display(row, 2) == "sommet"
    assert model.display(row, 3) == "Moscou, Russie"


def test_extractions_doubts_are_french(french: None) -> None:
    doubts = (
        "date inferred from a weekday and the publication date",
        "party named only once: Guinea",
    )
    meeting = Candidate(
        "meeting", 1, 1, "Visite", "Visite", "summit · to check: …", None,
        (("format", "summit"), ("check", doubts)), doubts,
    )  # fmt: skip
    said = CandidateListModel().detail(meeting)
    assert said == (
        "sommet · à vérifier : date déduite d’un jour de la semaine et de la date de publication; "
        "partie nommée une seule fois : Guinea"
    ), said
