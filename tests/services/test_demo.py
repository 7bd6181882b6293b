"""The demo dossier a new user sees."""

from __future__ import annotations

from desktop_app.services import browse
from desktop_app.services.demo import load_demo
from desktop_app.services.store import Store


def test_demo_has_six_meetings_in_french_and_english(store: Store) -> None:
    meetings = browse.list_meetings(store)
    assert len(meetings) >= 6
    languages = {s.language for s in browse.list_sources(store)}
    assert languages == {"fr", "en"}
    assert any(mt.city == "Moscou" and str(mt.starts_on) == "2025-04-03" for mt in meetings)


def test_loading_the_demo_twice_adds_nothing(store: Store) -> None:
    before = browse.count_meetings(store)
    assert load_demo(store) == 0
    assert browse.count_meetings(store) == before
