"""The notes panel's edits on a team store: a note someone changed since is never written over;
the conflict dialog shows theirs beside the user's, who chooses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes_panel import NotesPanel
from tests.qt_cells import cell_text


def _settle(window: MainWindow) -> None:
    for _ in range(4):
        window.ctx.runner.drain()
        QApplication.processEvents()


def _open_note(
    store: Store, make_window: Callable[..., MainWindow]
) -> tuple[MainWindow, NotesPanel, int]:
    window = make_window(store)
    meeting = browse.list_meetings(store)[0].id
    note = notes_api.add_annotation(store, "meeting", meeting, "first text", tags=["a"])
    window.open_item("meeting", meeting)
    _settle(window)
    panel = window.detail.notes
    panel.select_note(note.id)
    _settle(window)
    assert panel.body.toPlainText() == "first text"
    return window, panel, note.id


def _dialog(window: MainWindow, qtbot: QtBot) -> ConflictDialog:
    qtbot.waitUntil(lambda: window.findChild(ConflictDialog, "conflictDialog") is not None)
    dialog = window.findChild(ConflictDialog, "conflictDialog")
    assert dialog is not None
    return dialog


def test_a_stale_note_edit_shows_theirs_and_keep_theirs_writes_nothing(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window, panel, note_id = _open_note(store, make_window)
    # Another analyst edits the note while it is open here (no change signal reaches us).
    notes_api.edit_annotation(store, note_id, body="their text")
    panel.body.setPlainText("my text")
    panel.save()
    _settle(window)
    dialog = _dialog(window, qtbot)
    cells = [[cell_text(dialog.table, r, c) for c in range(4)] for r in range(3)]
    assert cells[0] == ["Note", "first text", "their text", "my text"]
    assert notes_api.get_annotation(store, note_id).body == "their text"  # nothing written
    dialog.keep_button.click()
    _settle(window)
    assert notes_api.get_annotation(store, note_id).body == "their text"
    assert panel.body.toPlainText() == "their text"  # the editor shows theirs now
    assert all("my text" not in v.body for v in notes_api.get_annotation(store, note_id).versions)


def test_apply_mine_writes_over_theirs_and_undo_gives_theirs_back(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window, panel, note_id = _open_note(store, make_window)
    notes_api.edit_annotation(store, note_id, body="their text")
    panel.body.setPlainText("my text")
    panel.save()
    _settle(window)
    _dialog(window, qtbot).apply_button.click()
    _settle(window)
    now = notes_api.get_annotation(store, note_id)
    assert now.body == "my text"
    assert "their text" in [v.body for v in now.versions]  # theirs kept in its versions
    window.actions_.undo.trigger()
    _settle(window)
    assert notes_api.get_annotation(store, note_id).body == "their text"


def test_a_stale_note_deletion_asks_first(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window, panel, note_id = _open_note(store, make_window)
    notes_api.edit_annotation(store, note_id, body="their text")
    panel.delete_button.click()
    _settle(window)
    dialog = _dialog(window, qtbot)
    assert cell_text(dialog.table, 0, 2) == "their text"
    assert cell_text(dialog.table, 0, 3) == "(deleted)"
    assert not notes_api.get_annotation(store, note_id).deleted
    dialog.apply_button.click()
    _settle(window)
    assert notes_api.get_annotation(store, note_id).deleted


def test_an_edit_of_an_unchanged_note_saves_as_before(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window, panel, note_id = _open_note(store, make_window)
    panel.body.setPlainText("my text")
    panel.save()
    _settle(window)
    assert window.findChild(ConflictDialog, "conflictDialog") is None
    assert notes_api.get_annotation(store, note_id).body == "my text"
    panel.body.setPlainText("my second text")  # from the version the first save made
    panel.save()
    _settle(window)
    assert window.findChild(ConflictDialog, "conflictDialog") is None
    assert notes_api.get_annotation(store, note_id).body == "my second text"


def test_undoing_a_note_edit_someone_changed_since_asks_first(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window, panel, note_id = _open_note(store, make_window)
    panel.body.setPlainText("my text")
    panel.save()
    _settle(window)
    notes_api.edit_annotation(store, note_id, body="their text")
    window.actions_.undo.trigger()  # would put "first text" back over theirs
    _settle(window)
    dialog = _dialog(window, qtbot)
    assert [cell_text(dialog.table, 0, c) for c in range(1, 4)] == [
        "my text",
        "their text",
        "first text",
    ]
    assert notes_api.get_annotation(store, note_id).body == "their text"
    dialog.keep_button.click()
    _settle(window)
    assert notes_api.get_annotation(store, note_id).body == "their text"
