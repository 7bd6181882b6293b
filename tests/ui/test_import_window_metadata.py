"""The import window: each document's publication date and address, found, set, corrected."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db import models as m
from desktop_app.services import offload
from desktop_app.ui.context import AppContext
from desktop_app.ui.import_dialog import ADDRESS, PUBLISHED, ImportDialog
from tests.qt_cells import cell_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAGE = CORPUS / "dated" / "fr-d8-page-meta.html"  # its metadata: 13 March 2026 and its address
ANNOUNCEMENT = (
    "Les ministres des Affaires étrangères du Mali, du Niger et du Burkina Faso sont attendus "
    "jeudi à Moscou pour les consultations avec la Russie.\n"
)


@pytest.fixture(scope="module")
def pool() -> Iterator[offload.HelperPool]:
    helper = offload.HelperPool(idle_seconds=0)
    yield helper
    helper.shutdown()


def _dialog(
    ctx: AppContext, paths: list[Path], qtbot: QtBot, pool: offload.HelperPool
) -> ImportDialog:
    dialog = ImportDialog(ctx, paths)
    dialog.task.pool = pool
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: all(found is not None for found in dialog.found), timeout=60_000)
    return dialog


def _type_date(dialog: ImportDialog, text: str) -> None:
    dialog.date.line.setFocus()
    dialog.date.line.clear()
    QTest.keyClicks(dialog.date.line, text)  # ASCII only (non-ASCII keyClicks abort)
    QTest.keyClick(dialog.date.line, Qt.Key.Key_Return)


def _type_address(dialog: ImportDialog, text: str) -> None:
    dialog.address.setFocus()
    dialog.address.clear()
    QTest.keyClicks(dialog.address, text)
    QTest.keyClick(dialog.address, Qt.Key.Key_Return)


def _sources(ctx: AppContext, names: list[str]) -> dict[str | None, tuple[object, ...]]:
    with ctx.store.read() as session:
        rows = session.scalars(select(m.Source).where(m.Source.file_name.in_(names))).all()
        return {
            s.file_name: (s.published_on, s.address, [mt.starts_on for mt in s.meetings])
            for s in rows
        }


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_what_the_files_say_is_shown_and_what_the_user_sets_wins(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot, pool: offload.HelperPool
) -> None:
    note = tmp_path / "annonce.txt"
    note.write_text(ANNOUNCEMENT, encoding="utf-8")
    page = tmp_path / PAGE.name
    shutil.copyfile(PAGE, page)
    dialog = _dialog(ctx, [note, page], qtbot, pool)
    assert cell_text(dialog.table, 0, PUBLISHED) == "not found"
    assert cell_text(dialog.table, 0, ADDRESS) == "not found"
    assert cell_text(dialog.table, 1, PUBLISHED) == "13 Mar 2026 (from the file)"
    assert cell_text(dialog.table, 1, ADDRESS).startswith("https://presse.example.sn/")
    assert not dialog.running  # nothing imported before the user says so

    dialog.table.selectRow(0)
    _type_date(dialog, "2/4/2025")  # day first: 2 April 2025, a Wednesday
    _type_address(dialog, "https://x.example/annonce")
    dialog.table.selectRow(1)
    assert dialog.date.date() == dt.date(2026, 3, 13)  # the file's, shown to correct
    _type_date(dialog, "2026-03-14")
    assert not dialog.error.isVisible(), dialog.error.text()
    assert cell_text(dialog.table, 0, PUBLISHED) == "2 Apr 2025 (set by you)"
    assert cell_text(dialog.table, 0, ADDRESS) == "https://x.example/annonce (set by you)"
    assert cell_text(dialog.table, 1, PUBLISHED) == "14 Mar 2026 (set by you)"

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.started and not dialog.running, timeout=60_000)
    stored = _sources(ctx, [note.name, page.name])
    # "jeudi" read from the date the user set: the Thursday after 2 April 2025.
    assert stored[note.name] == (
        dt.date(2025, 4, 2),
        "https://x.example/annonce",
        [dt.date(2025, 4, 3)],
    )
    assert stored[page.name][:2] == (
        dt.date(2026, 3, 14),
        "https://presse.example.sn/politique/senegal-mauritanie-peche",
    )


def test_a_bad_address_or_date_gets_one_sentence_and_blocks_the_import(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot, pool: offload.HelperPool
) -> None:
    note = tmp_path / "annonce.txt"
    note.write_text(ANNOUNCEMENT, encoding="utf-8")
    dialog = _dialog(ctx, [note], qtbot, pool)
    _type_address(dialog, "presse.example/article")
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "“presse.example/article” is not an address: paste the whole address of the "
        "document, starting with https:// or http://."
    )
    assert dialog.given[0].address is None
    dialog.import_button.click()
    assert not dialog.started  # the sentence stays; nothing is imported
    _type_address(dialog, "")
    assert not dialog.error.isVisible()

    _type_date(dialog, "31/02/2025")
    assert dialog.error.isVisible() and "is not a date" in dialog.error.text()
    _type_date(dialog, "April 2025")  # a month: the field takes it, a publication date not
    assert dialog.error.text().startswith("“April 2025” is not one day")
    assert dialog.given[0].published is None
    _type_date(dialog, "3/4/2025")
    assert not dialog.error.isVisible()
    assert dialog.given[0].published == dt.date(2025, 4, 3)


def test_several_documents_take_one_date_and_no_address(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot, pool: offload.HelperPool
) -> None:
    paths = []
    for n in range(3):
        path = tmp_path / f"note-{n}.txt"
        path.write_text(ANNOUNCEMENT + f"Note {n}.\n", encoding="utf-8")
        paths.append(path)
    dialog = _dialog(ctx, paths, qtbot, pool)
    dialog.table.selectAll()
    assert "3 documents selected" in dialog.selected_label.text()
    assert not dialog.address.isEnabled()  # an address names one document
    _type_date(dialog, "2025-04-02")
    assert [g.published for g in dialog.given] == [dt.date(2025, 4, 2)] * 3
    dialog.table.selectRow(1)
    dialog.reset_button.click()
    assert [g.published for g in dialog.given] == [dt.date(2025, 4, 2), None, dt.date(2025, 4, 2)]
    assert cell_text(dialog.table, 1, PUBLISHED) == "not found"


def test_the_window_is_used_from_the_keyboard(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot, pool: offload.HelperPool
) -> None:
    note = tmp_path / "annonce.txt"
    note.write_text(ANNOUNCEMENT, encoding="utf-8")
    dialog = _dialog(ctx, [note], qtbot, pool)
    dialog.activateWindow()
    dialog.table.setFocus()
    chain = []
    for _ in range(4):
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        chain.append(dialog.focusWidget())
    assert chain == [dialog.date.line, dialog.address, dialog.reset_button, dialog.import_button]
    _type_address(dialog, "https://x.example/a")  # Enter takes the address, does not import
    assert not dialog.started
    assert dialog.given[0].address == "https://x.example/a"
    QTest.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Import
    qtbot.waitUntil(lambda: dialog.started and not dialog.running, timeout=60_000)
    assert _sources(ctx, [note.name])[note.name][1] == "https://x.example/a"


def test_no_document_says_so_and_cannot_import(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = ImportDialog(ctx, [])
    qtbot.addWidget(dialog)
    assert dialog.label.text().startswith("No document to import")
    assert not dialog.import_button.isEnabled()
    assert not dialog.date.isEnabled()


def test_screenshot(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot, pool: offload.HelperPool
) -> None:
    """The window as the user first sees it (looked at by hand: /tmp/importwin.png)."""
    note = tmp_path / "annonce.txt"
    note.write_text(ANNOUNCEMENT, encoding="utf-8")
    page = tmp_path / PAGE.name
    shutil.copyfile(PAGE, page)
    dialog = _dialog(ctx, [note, page, CORPUS / "fr-07-communique.pdf"], qtbot, pool)
    dialog.table.selectRow(1)
    assert dialog.grab().save(str(tmp_path / "importwin.png"))
    dialog.grab().save("/tmp/importwin.png")
