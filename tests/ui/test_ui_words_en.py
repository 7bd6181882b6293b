"""The English interface names what the store keeps in French in English: states, places,
formats and known offices (the brief's names), the rest as stored."""

from __future__ import annotations

from html import unescape

from PySide6.QtWidgets import QApplication

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.detail_html import meeting_html
from desktop_app.ui.i18n import install_language


def test_the_english_detail_pane_names_states_places_and_offices_in_english(
    qapp: QApplication, store: Store
) -> None:
    install_language(qapp, "en")
    meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
    page = unescape(meeting_html(browse.get_meeting(store, meeting.id)))
    assert "Moscow, Russia" in page
    assert "Confederation of Sahel States (AES), Russia" in page
    assert "ministerial consultations" in page  # the title, stored in French, stays so
    assert "Minister of Foreign Affairs of Russia" in page
    assert "Moscou, Russie" not in page and "(AES), Russie" not in page


def test_the_french_detail_pane_keeps_french_names(qapp: QApplication, store: Store) -> None:
    install_language(qapp, "fr")
    try:
        meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
        page = unescape(meeting_html(browse.get_meeting(store, meeting.id)))
        assert "Moscou, Russie" in page
        assert "Confédération des États du Sahel (AES), Russie" in page
        assert "consultations ministérielles" in page
    finally:
        install_language(qapp, "en")
