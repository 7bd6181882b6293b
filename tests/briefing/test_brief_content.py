"""What the note says: names in its language, key points that add to the title and context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdf
from briefpdf import AES_RUSSIA, outline_titles

from desktop_app.briefing import names
from desktop_app.briefing.sections import compute_key_points, main_themes
from desktop_app.cli import main
from desktop_app.services import briefs, tracking
from desktop_app.services.briefs import BriefRequest
from desktop_app.services.store import Store
from domain.views import ActorRef


def _text(pdf: pypdf.PdfReader) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_the_english_note_names_states_organisations_and_offices_in_english(
    make_note: Callable[..., pypdf.PdfReader],
) -> None:
    text = _text(make_note(language="en"))
    assert "Delegations: Confederation of Sahel States (AES), Russia" in text
    assert "Sergueï Lavrov, Minister of Foreign Affairs of Russia" in text
    assert "Minister of Foreign Affairs and International Cooperation of Mali" in text
    assert "Ministre des Affaires" not in text
    assert "Place: Moscow, Russia" in text
    french = _text(make_note(language="fr"))
    assert "Délégations : Confédération des États du Sahel (AES), Russie" in french
    assert "Ministre des Affaires étrangères de la Fédération de Russie" in french


def test_names_follow_the_language_both_ways() -> None:
    assert names.actor("en", ActorRef(1, "Russie", "state", "RU")) == "Russia"
    assert names.actor("fr", ActorRef(1, "Russia", "state", "RU")) == "Russie"
    assert names.actor("fr", ActorRef(2, "African Union (AU)", "organisation")) == (
        "Union africaine (UA)"
    )
    assert names.actor("en", ActorRef(3, "Jean Dupont", "person")) == "Jean Dupont"
    # An office it does not know whole is kept as written, never half translated.
    assert names.office("en", "Ministre des Sports de Narnia") == "Ministre des Sports de Narnia"
    assert names.office("en", "ministre des Affaires étrangères") == "Minister of Foreign Affairs"


def test_key_points_repeat_neither_the_title_nor_the_background(store: Store) -> None:
    note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,)))
    points = compute_key_points(note)
    meeting = note.meetings[0]
    assert 3 <= len(points) <= 6
    for point in points:
        assert meeting.summary.title not in point
        assert not meeting.description or meeting.description not in point


def test_main_themes_ties_are_alphabetical_and_the_rule_is_said(store: Store) -> None:
    for language, expected in (
        ("en", ["security", "diplomacy", "energy"]),
        ("fr", ["security", "trade", "diplomacy"]),  # commerce, diplomatie, énergie…
    ):
        note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), language=language))
        top, tied = main_themes(note.commitments(), language)
        assert [t for t, _ in top] == expected and tied
        said = [p for p in compute_key_points(note) if p.startswith(("Main", "Thèmes"))]
        assert ("alphabetical" if language == "en" else "alphabétique") in said[0]


def test_no_talking_point_asks_for_progress_on_a_fulfilled_commitment(store: Store) -> None:
    before = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), language="en"))
    asked = [p for p in before.talking_points if p.startswith("Ask for progress on: ")]
    assert asked
    by_text = {c.text.rstrip("."): c.id for c in before.commitments()}
    first = by_text[asked[0].removeprefix("Ask for progress on: ").rstrip(".")]
    tracking.set_commitment_tracking(store, first, status="fulfilled")
    note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), language="en"))
    fulfilled = {c.text.rstrip(".") for c in note.commitments() if c.status == "fulfilled"}
    for point in note.talking_points:
        if point.startswith("Ask for progress on: "):
            assert point.removeprefix("Ask for progress on: ").rstrip(".") not in fulfilled
    assert any(p.startswith("Acknowledge the delivery of: ") for p in note.talking_points)


def test_decision_and_approval_only_when_asked(
    make_note: Callable[..., pypdf.PdfReader],
) -> None:
    plain = _text(make_note(language="en"))
    assert "Decision requested" not in plain and "Approval" not in plain
    reader = make_note(
        language="fr",
        decision="Approuver la deuxième session à Niamey.",
        sign_off=True,
        prepared_for="Ministre",
    )
    text = _text(reader)
    decided = text.index("Décision demandée")
    assert text.index("Éléments de langage") < decided < text.index("Annotations")
    assert "Approuver la deuxième session à Niamey." in text
    signed = text.index("Approbation")
    assert signed > text.index("Sources")
    assert "☐ Approuvé" in text and "Non approuvé" in text and "Nom et fonction Ministre" in text
    titles = outline_titles(reader)
    assert titles[-1] == "Approbation" and "Décision demandée" in titles


def test_the_chart_stands_on_the_page_of_its_table(
    make_note: Callable[..., pypdf.PdfReader],
) -> None:
    for language, chart, table in (
        ("en", "Status of commitments by theme", "Committed by"),
        ("fr", "Statut des engagements par thème", "Engagé par"),
    ):
        pages = [
            " ".join((p.extract_text() or "").split()) for p in make_note(language=language).pages
        ]
        [on] = [i for i, page in enumerate(pages) if chart in page]
        assert table in pages[on], (language, on)


def test_the_cli_adds_decision_and_sign_off(store: Store, tmp_path: Path) -> None:
    db = store.display_name  # its file, or (a team store) its URL
    store.close()
    out = tmp_path / "n.pdf"
    argv = ["export", str(AES_RUSSIA), "--out", str(out), "--lang", "en", "--db", db]
    assert main([*argv, "--decision", "Approve the plan.", "--sign-off"]) == 0
    text = _text(pypdf.PdfReader(out))
    assert "Decision requested Approve the plan." in text and "☐ Approved" in text
