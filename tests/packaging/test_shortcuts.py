"""The README's keyboard table, the Keyboard shortcuts dialog and the real key bindings agree."""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services.store import Store
from desktop_app.ui.actions import SHORTCUTS, shortcuts_text
from desktop_app.ui.briefs.composer import BriefComposer
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import SecurityController
from desktop_app.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
AES_RUSSIA = 5
WORDS = "Arrows, Enter"  # not key names: the dialog translates them


def _readme_rows() -> list[tuple[str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Keyboard", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", table, flags=re.MULTILINE)
    return [row for row in rows if row != ("keys", "does") and not row[0].startswith("---")]


def _keys(entry: str) -> set[str]:
    """'Ctrl+Z / Ctrl+Shift+Z' → both; 'Ctrl+1 … Ctrl+8' → Ctrl+1 to Ctrl+8."""
    if "…" in entry:
        first, last = (int(part.strip()[-1]) for part in entry.split("…"))
        return {f"Ctrl+{n}" for n in range(first, last + 1)}
    return {part.strip() for part in entry.split("/")}


def test_the_readme_lists_the_dialogs_rows() -> None:
    assert _readme_rows() == list(SHORTCUTS)
    for keys in ("Ctrl+Q", "Ctrl+L", "Ctrl+S / Ctrl+P"):
        assert keys in dict(SHORTCUTS)


def test_the_dialog_shows_every_row_in_both_languages(qapp: QApplication) -> None:
    english = shortcuts_text()
    for keys, text in SHORTCUTS:
        assert f"<b>{keys}</b>" in english and text in english
    install_language(qapp, "fr")
    try:
        french = shortcuts_text()
    finally:
        install_language(qapp, "en")
    assert "Flèches, Entrée" in french and "quitter" in french
    assert "quit<" not in french


def test_every_listed_key_is_bound(
    qapp: QApplication, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(store, settings))
    security = SecurityController(store, window, settings=QSettings(str(tmp_path / "l.ini")))
    composer = BriefComposer(store, [AES_RUSSIA])
    qtbot.addWidget(composer)
    try:
        bound = set()
        for owner in (window, composer):
            for action in owner.findChildren(QAction):
                bound |= {seq.toString() for seq in action.shortcuts()}
            bound |= {s.key().toString() for s in owner.findChildren(QShortcut)}
        bound.add(security.lock_action.shortcut().toString())
        listed = set().union(*(_keys(keys) for keys, _ in SHORTCUTS if keys != WORDS))
        assert listed - bound == set()
    finally:
        qtbot.waitUntil(lambda: composer.page_count() > 0, timeout=20000)
        composer.wait_idle()
        composer.close()
        window.ctx.runner.drain()
        window.close()
        shiboken6.delete(window)
