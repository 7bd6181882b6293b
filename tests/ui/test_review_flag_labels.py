"""The review queue's doubts about an imported meeting, in the interface's language."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QApplication

from desktop_app.ingest.pipeline import FLAG_YEAR_FROM_WEEKDAY
from desktop_app.services.review import FLAG_SAME_MEETING
from desktop_app.ui.i18n import install_language
from desktop_app.ui.labels import candidate_detail


def test_a_probable_same_meeting_and_a_weekday_year_are_said_in_french(
    qapp: QApplication,
) -> None:
    install_language(qapp, "fr")
    try:
        flags = (f"{FLAG_SAME_MEETING} #4 (few parties in common)", FLAG_YEAR_FROM_WEEKDAY)
        text = candidate_detail(SimpleNamespace(facts=(("check", flags),), detail=""))
    finally:
        install_language(qapp, "en")
    assert text == (
        "à vérifier : probablement la même rencontre que n° 4 (peu de parties en commun); "
        "année de la date déduite de son jour de la semaine et des années que nomme le texte"
    )
