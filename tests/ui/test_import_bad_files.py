"""Bad files dropped on the window: one sentence each in the import dialog, the batch goes on."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from desktop_app.services.store import Store
from desktop_app.ui.import_dialog import DETAILS, RESULT
from desktop_app.ui.main_window import MainWindow
from tests.qt_cells import cell_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(
        QDropEvent(
            QPoint(10, 10).toPointF(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def test_a_dropped_folder_of_bad_and_good_files_imports_the_good_ones(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    folder = tmp_path / "dossier"
    (folder / "avril").mkdir(parents=True)
    with zipfile.ZipFile(folder / "malformed.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")  # lxml: not well-formed
        archive.writestr("word/document.xml", "<w:document>")
    with (folder / "huge.txt").open("wb") as out:  # 19 MB on paper
        out.seek(19 * 1024 * 1024)
        out.write(b"a")
    good = folder / "avril" / "line\nbreak.txt"
    good.write_bytes((CORPUS / "en-02-readout-numbered.txt").read_bytes())
    window = make_window(store)
    _drop(window, [folder])
    dialog = window.import_dialogs[-1]
    dialog.import_button.click()  # the dates and addresses as the files say
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    rows = {
        cell_text(dialog.table, r, 0): (
            cell_text(dialog.table, r, RESULT),
            cell_text(dialog.table, r, DETAILS),
        )
        for r in range(dialog.table.rowCount())
    }
    assert set(rows) == {"huge.txt", "malformed.docx", "line\\nbreak.txt"}
    assert rows["line\\nbreak.txt"][0] == "imported"
    assert "\n" not in rows["line\\nbreak.txt"][1]
    assert rows["malformed.docx"] == (
        "error",
        "malformed.docx is a damaged or incomplete Word file: open it in Word, save it again "
        "and import that.",
    )
    status, sentence = rows["huge.txt"]
    assert status == "error" and sentence.startswith("huge.txt is 19 MB, over the 8 MB limit")
