"""Services' messages (code and arguments) said in the interface's language."""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.messages import ENGLISH, Message
from desktop_app.services.store import Store
from desktop_app.ui.i18n import install_language
from desktop_app.ui.import_dialog import DETAILS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import render, templates
from tests.qt_cells import cell_text
from tests.ui.test_import_bad_files import CORPUS, _drop

# Where the window says it its own way (the CLI names its command, the window its tab).
WINDOW_WORDING = {"import.to_review"}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_window_knows_every_code_with_the_same_fields(qapp: QApplication) -> None:
    install_language(qapp, "en")
    window = templates()
    assert set(window) == set(ENGLISH)
    for code, english in ENGLISH.items():
        assert _fields(window[code]) == _fields(english), code
        if code not in WINDOW_WORDING:
            assert window[code] == english, code


def test_french_words_and_nested_messages(qapp: QApplication) -> None:
    install_language(qapp, "fr")
    try:
        said = render(
            Message(
                "import.new_meeting",
                {
                    "file": "a.txt",
                    "noise": "",
                    "meeting": 8,
                    "title": "Visite",
                    "summary": [
                        Message("count.commitments", {"n": 2}),
                        Message("count.statement", {"n": 1}),
                    ],
                },
            )
        )
    finally:
        install_language(qapp, "en")
    assert said == (
        "a.txt importé comme nouvelle rencontre 8 « Visite » : 2 engagements, 1 déclaration."
    )


def test_import_results_and_failures_are_french_in_the_french_window(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "vide.txt").write_bytes(b"   \n")
    (folder / "note.txt").write_bytes((CORPUS / "fr-03-prose.txt").read_bytes())
    window = make_window(store, "fr")
    _drop(window, [folder])
    dialog = window.import_dialogs[-1]
    dialog.import_button.click()  # the dates and addresses as the files say
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    rows = {
        cell_text(dialog.table, r, 0): cell_text(dialog.table, r, DETAILS)
        for r in range(dialog.table.rowCount())
    }
    assert rows["vide.txt"] == "vide.txt est vide : il n’y a rien à importer."
    assert rows["note.txt"].startswith("note.txt importé comme nouvelle rencontre "), rows
    assert "engagement" in rows["note.txt"] and "Imported" not in rows["note.txt"]
