"""French and English: every string translated, dates in the reader's language, real glyphs."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from desktop_app.services.store import Store
from desktop_app.ui.app import choose_font
from desktop_app.ui.i18n import TRANSLATIONS, format_date, install_language, translation_file
from desktop_app.ui.labels import status_label
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_is_translated(language: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"chancery_{language}.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]
    assert not unfinished, unfinished


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code finds nothing the committed .ts files lack."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / "fr.ts"
    copy.write_bytes((TRANSLATIONS / "chancery_fr.ts").read_bytes())
    # The window's own modules (the dialogs of other parts keep their strings in the same
    # files, but are checked by their owners).
    others = {"passphrase_dialog.py", "backups_dialog.py"}
    sources = sorted(
        str(p) for p in (ROOT / "desktop_app" / "ui").glob("*.py") if p.name not in others
    )
    sources += sorted(str(p) for p in (ROOT / "desktop_app" / "ui" / "models").glob("*.py"))
    result = subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout


def test_french_interface_and_dates(
    store: Store, make_window: Callable[..., MainWindow], qapp: QApplication
) -> None:
    assert translation_file("fr").exists(), "run `make setup`: it builds the .qm files"
    window = make_window(store, "fr")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.sidebar.item(0).text() == "Réunions"
    assert status_label("in_progress") == "en cours"
    assert format_date(dt.date(2025, 4, 3)) == "3 avril 2025"
    assert format_date(dt.date(2025, 10, 1), "month") == "octobre 2025"
    install_language(qapp, "en")
    assert status_label("in_progress") == "in progress"
    assert format_date(dt.date(2025, 4, 3)) == "3 April 2025"


def test_language_setting_defaults_to_the_system(make_settings: Callable[[], AppSettings]) -> None:
    from desktop_app.ui.settings import system_language

    settings = make_settings()
    assert settings.language == system_language()
    settings.language = "fr"
    assert make_settings().language == "fr"
    with pytest.raises(ValueError, match="speaks"):
        settings.language = "de"


def test_font_has_the_glyphs(qapp: QApplication) -> None:
    family = choose_font(qapp)
    assert family in QFontDatabase.families()
    assert family.startswith(("DejaVu", "Noto", "Liberation")), family
    assert QFontInfo(qapp.font()).exactMatch() or QFontInfo(qapp.font()).family() == family
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(qapp.font())
    for char in "éèêàçœ«»—–ïôЛ":
        assert metrics.inFontUcs4(ord(char)), char
