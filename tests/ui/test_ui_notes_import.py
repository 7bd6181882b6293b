"""Drafts kept as typed and offered back, notes on a passage, import by drop, the empty store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, importing, review
from desktop_app.services.store import Store
from desktop_app.ui.import_dialog import DETAILS, RESULT
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes_panel import DRAFT_DELAY_MS
from tests.qt_cells import cell_text


def test_a_note_being_typed_is_a_draft_offered_back(
    tmp_path: Path, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    store = Store.open(tmp_path / "drafts.db")
    from desktop_app.services.demo import load_demo

    load_demo(store)
    window = make_window(store)
    meeting = browse.list_meetings(store)[0]
    window.open_item("meeting", meeting.id)
    window.ctx.runner.drain()
    window.actions_.new_note.trigger()
    notes = window.detail.notes
    for char in "Réunion à préparer — œuvre":  # typed key by key, accents included
        # PySide6's stubs lack keyClick's (widget, char) overload, which Qt and PySide6 have.
        QTest.keyClick(notes.body, char) if char.isascii() else notes.body.insertPlainText(char)  # type: ignore[call-overload]
    qtbot.wait(DRAFT_DELAY_MS + 200)
    window.ctx.runner.drain()
    drafts = notes_api.list_drafts(store)
    assert [d.body for d in drafts] == ["Réunion à préparer — œuvre"]
    # the window dies without saving the note: the next start offers the draft back
    window.ctx.runner.drain()
    again = make_window(store)
    again.detail.notes.offer_drafts(notes_api.list_drafts(store))
    assert again.detail.notes.drafts_bar.isVisibleTo(again)
    again.detail.notes.restore_button.click()
    again.ctx.runner.drain()
    assert again.detail.notes.target == ("meeting", meeting.id)
    assert again.detail.notes.body.toPlainText() == "Réunion à préparer — œuvre"
    again.detail.notes.save()
    again.ctx.runner.drain()
    assert notes_api.list_drafts(store) == []
    bodies = [
        n.body
        for n in notes_api.list_annotations(store, target_id=meeting.id, target_kind="meeting")
    ]
    assert "Réunion à préparer — œuvre" in bodies
    store.close()


def test_note_on_a_selected_passage(store: Store, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(store)
    source = browse.list_sources(store)[0]
    window.open_item("source", source.id)
    window.ctx.runner.drain()
    viewer = window.detail.source
    text = browse.get_source(store, source.id).text
    start = text.index(" ") + 1
    viewer.select_range(start, start + 20)
    assert viewer.note_button.isEnabled()
    viewer.note_button.click()
    window.ctx.runner.drain()
    kind, anchor_id = window.detail.notes.target or ("", 0)
    assert kind == "anchor"
    window.detail.notes.body.setPlainText("À vérifier")
    window.detail.notes.save()
    window.ctx.runner.drain()
    note = notes_api.list_annotations(store, target_kind="anchor", target_id=anchor_id)[0]
    assert note.body == "À vérifier"
    from desktop_app.services.passages import get_anchor

    assert get_anchor(store, anchor_id).exact == text[start : start + 20]


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_drop_files_imports_them_with_a_result_per_file(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow]
) -> None:
    good = tmp_path / "communique.txt"
    good.write_text(
        "Ouagadougou, 5 février 2026 — Le Burkina Faso et le Niger ont tenu une réunion "
        "ministérielle. Les deux pays se sont engagés à ouvrir une ligne aérienne directe "
        "avant la fin de l'année.\n",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    window = make_window(store)
    _drop(window, [good, broken])
    dialog = window.import_dialogs[-1]
    dialog.import_button.click()  # the dates and addresses as the files say
    window.ctx.runner.drain()
    assert not dialog.running
    results = [cell_text(dialog.table, row, RESULT) for row in range(2)]
    assert results[0] == "imported", cell_text(dialog.table, 0, DETAILS)
    assert results[1] == "error"
    assert cell_text(dialog.table, 1, DETAILS)  # one sentence on what is wrong
    window.show_section("review")
    window.ctx.runner.drain()
    assert window.pages.review.model.rowCount() > 0


def test_review_queue_from_the_keyboard(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow]
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Bamako, 2 mars 2026 — Le Mali et le Niger se sont engagés à créer une commission "
        "mixte sur l'énergie d'ici à 2027.\n",
        encoding="utf-8",
    )
    importing.import_files(store, [path])
    window = make_window(store)
    window.show_section("review")
    window.ctx.runner.drain()
    panel = window.pages.review
    count = panel.model.rowCount()
    assert count > 0
    panel.table.setFocus()
    panel.table.selectRow(0)
    first = panel.current()
    assert first is not None
    panel.accept_current()  # what the A shortcut calls
    window.ctx.runner.drain()
    remaining = {(c.kind, c.id) for c in review.list_candidates(store)}
    assert (first.kind, first.id) not in remaining
    window.actions_.undo.trigger()
    window.ctx.runner.drain()
    assert (first.kind, first.id) in {(c.kind, c.id) for c in review.list_candidates(store)}


def test_empty_store_says_what_to_do_first(
    empty_store: Store, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(empty_store)
    assert window.pages.current_key() == "empty"
    window.pages.empty.demo_button.click()
    window.ctx.runner.drain()
    window.ctx.runner.drain()
    assert window.pages.current_key() == "meetings"
    assert window.pages.meeting_model.rowCount() > 0


def test_keyboard_enter_opens_and_escape_leaves_search(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(store)
    table = window.pages.meetings
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Return)
    window.ctx.runner.drain()
    second = window.pages.meeting_model.id_at(1)
    assert window.detail.current == ("meeting", second)
    window.focus_search()
    window.search_box.setText("Moscou")
    window.search.run_now()
    window.ctx.runner.drain()
    assert window.pages.current_key() == "search"
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.pages.current_key() == "meetings"


def test_sections_by_keyboard_and_accessible_names(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextBrowser,
    )

    window = make_window(store)
    window.actions_.sections[1].trigger()
    assert window.current_section() == "commitments"
    assert window.actions_.sections[1].shortcut().toString() == "Ctrl+2"
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for kind in (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextBrowser)
        for w in window.findChildren(kind)
        if w.isVisibleTo(window)
        and not w.accessibleName()
        # editors inside combo boxes and date edits take their parent's name
        and not ((parent := w.parentWidget()) is not None and parent.accessibleName())
    ]
    assert not unnamed, unnamed
