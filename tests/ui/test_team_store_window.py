"""Issue 18, the window on a team store: a stale edit shows both versions and waits for the
user's choice; others' changes appear after the poll; File ▸ Open store takes a server URL.

The store tests run on an SQLite file and on PostgreSQL (CHANCERY_TEST_PG); "another analyst"
is a second Store on the same store (its own engine and connections).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services import browse, editing, history
from desktop_app.services.store import Store
from desktop_app.ui import app as ui_app
from desktop_app.ui.app import WindowHost
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.editing.dialogs import RecordEditDialog
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.commitments import STATUS
from desktop_app.ui.open_store_dialog import OpenStoreDialog
from desktop_app.ui.settings import AppSettings
from tests.qt_cells import cell_text

pytestmark = pytest.mark.both_engines


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """Another analyst on the same store: a second engine, its own connections."""
    second = Store.open(store.address)
    yield second
    second.engine.dispose()


def _moscow(store: Store) -> int:
    return next(mt.id for mt in browse.list_meetings(store) if mt.city == "Moscou")


def _settle(window: MainWindow) -> None:
    for _ in range(4):
        window.ctx.runner.drain()
        QApplication.processEvents()


def _conflict(window: MainWindow, qtbot: object) -> ConflictDialog:
    _settle(window)
    qtbot.waitUntil(lambda: bool(window.findChildren(ConflictDialog)))  # type: ignore[attr-defined]
    (dialog,) = window.findChildren(ConflictDialog)
    return dialog


def _edit_place_while_other_changes_it(
    window: MainWindow, other: Store, meeting_id: int, qtbot: object
) -> None:
    window.editing.edit("meeting", meeting_id)
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, RecordEditDialog))  # type: ignore[attr-defined]
    dialog = window.editing.last_dialog
    assert dialog.value("place") == "Moscou"
    # While the dialog is open, another analyst changes the same meeting.
    editing.edit(other, "meeting", meeting_id, {"place": "Genève"})
    dialog.set_value("place", "Bonn")
    dialog.save()


def _place(store: Store, meeting_id: int) -> str:
    return editing.current_values(store, "meeting", meeting_id)["place"]


def test_a_stale_edit_shows_theirs_and_mine_and_writes_nothing_until_chosen(
    store: Store, other: Store, make_window: Callable[..., MainWindow], qtbot: object
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    _edit_place_while_other_changes_it(window, other, meeting_id, qtbot)
    dialog = _conflict(window, qtbot)
    assert dialog.stale.rows == (("place", "Moscou", "Genève", "Bonn"),)
    cells = [cell_text(dialog.table, 0, c) for c in range(4)]
    assert cells[1:] == ["Moscou", "Genève", "Bonn"]
    assert dialog.keep_button.isDefault()  # Enter never overwrites their change
    _settle(window)
    assert _place(store, meeting_id) == "Genève"  # nothing of mine yet
    dialog.grab().save("/tmp/teamwin-conflict.png")
    dialog.apply_button.click()
    _settle(window)
    assert _place(store, meeting_id) == "Bonn"
    assert not window.findChildren(ConflictDialog)
    # The applied edit is one undoable change: Ctrl+Z gives theirs back.
    window.ctx.undo_stack.undo()
    _settle(window)
    assert _place(store, meeting_id) == "Genève"


def test_keep_theirs_writes_nothing_and_leaves_no_undo_step(
    store: Store, other: Store, make_window: Callable[..., MainWindow], qtbot: object
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    _edit_place_while_other_changes_it(window, other, meeting_id, qtbot)
    before = history.last_change_set(store)
    _conflict(window, qtbot).keep_button.click()
    _settle(window)
    assert _place(store, meeting_id) == "Genève"
    assert history.last_change_set(store) == before  # no change set of mine
    window.ctx.undo_stack.undo()  # the refused edit has nothing to take back
    _settle(window)
    assert _place(store, meeting_id) == "Genève"
    assert not window.findChildren(ConflictDialog)


def test_apply_mine_on_a_record_changed_again_asks_again(
    store: Store, other: Store, make_window: Callable[..., MainWindow], qtbot: object
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    _edit_place_while_other_changes_it(window, other, meeting_id, qtbot)
    first = _conflict(window, qtbot)
    editing.edit(other, "meeting", meeting_id, {"place": "Vienne"})  # a third change
    first.apply_button.click()
    _settle(window)
    second = _conflict(window, qtbot)
    assert second.stale.rows == (("place", "Genève", "Vienne", "Bonn"),)
    assert _place(store, meeting_id) == "Vienne"
    second.reject()
    _settle(window)
    assert _place(store, meeting_id) == "Vienne"


def test_a_stale_tracker_cell_asks_before_writing(
    store: Store, other: Store, make_window: Callable[..., MainWindow], qtbot: object
) -> None:
    window = make_window(store)
    window.show_section("commitments")
    _settle(window)
    model = window.pages.tracker.model
    item = next(c for c in browse.list_commitments(store) if c.status == "announced")
    # The tracker shows the row as read; another analyst then changes its status.
    row = model.row_of(item.id)
    assert model.index(row, STATUS).data() == "announced"
    editing.set_tracking(other, item.id, status="in_progress")
    assert model.setData(model.index(row, STATUS), "fulfilled")
    dialog = _conflict(window, qtbot)
    assert dialog.stale.rows == (("status", "announced", "in_progress", "fulfilled"),)
    assert [cell_text(dialog.table, 0, c) for c in range(1, 4)] == [
        "announced",
        "in progress",
        "fulfilled",
    ]
    assert browse.get_commitment(store, item.id).status == "in_progress"
    dialog.keep_button.click()
    _settle(window)
    assert browse.get_commitment(store, item.id).status == "in_progress"
    assert model.index(model.row_of(item.id), STATUS).data() == "in progress"  # theirs shown
    # Made again from what is shown now, the edit goes through.
    assert model.setData(model.index(model.row_of(item.id), STATUS), "fulfilled")
    _settle(window)
    assert browse.get_commitment(store, item.id).status == "fulfilled"
    assert not window.findChildren(ConflictDialog)


def test_others_changes_appear_after_the_poll_keeping_the_selection(
    store: Store, other: Store, make_window: Callable[..., MainWindow], qtbot: object
) -> None:
    window = make_window(store)
    watcher = window.watcher
    # Started by the window on a team store only: a file has one writer (its lock).
    assert watcher.active == store.on_server
    if not watcher.active:
        watcher.start()
    window.show_section("meetings")
    _settle(window)
    meeting_id = _moscow(store)
    table, model = window.pages.meetings, window.pages.meeting_model
    table.selectRow(model.row_of(meeting_id))
    window.open_item("meeting", meeting_id)
    _settle(window)
    assert watcher.marker is not None
    said: list[int] = []
    watcher.refreshed.connect(said.append)

    # This window's own edit is not "others'": no refresh is announced for it.
    window.editing.push_edit("meeting", meeting_id, {}, {"place": "Bonn"}, None)
    _settle(window)
    watcher.poll()
    _settle(window)
    assert said == []

    editing.edit(other, "meeting", meeting_id, {"title": "Sommet renommé"})
    editing.set_tracking(other, browse.list_commitments(store)[0].id, status="lapsed")
    assert "Sommet renommé" not in model.index(model.row_of(meeting_id), 1).data()
    watcher.poll()
    _settle(window)
    assert said == [2]
    assert window.statusBar().currentMessage() == "Updated: 2 changes by others"
    assert model.index(model.row_of(meeting_id), 1).data() == "demo · Sommet renommé"
    assert window.selected_meeting_ids() == [meeting_id]  # the selection is kept
    shown = window.detail.meeting
    assert shown is not None and shown.summary.title == "Sommet renommé"  # the detail too
    watcher.poll()  # nothing new: nothing said
    _settle(window)
    assert said == [2]


# --- File ▸ Open store… --------------------------------------------------------------------


def test_the_open_store_dialog_refuses_a_bad_address_in_one_sentence(
    qapp: QApplication, tmp_path: Path
) -> None:
    install_language(qapp, "en")
    dialog = OpenStoreDialog(str(tmp_path))
    dialog.server_choice.setChecked(True)
    dialog.address.setText("postgresql+psycopg://alice@db.example.org")  # no database
    dialog.password.setText("hunter2")
    dialog.accept()
    assert dialog.result() != OpenStoreDialog.DialogCode.Accepted and dialog.target() == ""
    assert dialog.problem.text().startswith("This is not an address Chancery can open")
    assert "hunter2" not in dialog.problem.text()
    dialog.file_choice.setChecked(True)
    dialog.path.setText(str(tmp_path / "nowhere.db"))
    dialog.accept()
    assert dialog.problem.text() == (
        f"{tmp_path / 'nowhere.db'} is not a file: choose a store that exists, or make one "
        "with File ▸ New store."
    )
    dialog.server_choice.setChecked(True)
    dialog.address.setText("postgresql+psycopg://alice@db.example.org/chancery")
    dialog.show()
    dialog.grab().save("/tmp/teamwin-open-store.png")
    dialog.accept()
    assert dialog.target() == "postgresql+psycopg://alice:hunter2@db.example.org/chancery"
    shiboken6.delete(dialog)


def test_an_unreachable_server_is_said_without_its_password(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: said.append(text))
    )
    url = f"postgresql+psycopg://alice:hunter2@/chancery?host={tmp_path}&port=1"
    assert ui_app.open_store_for_window(url, None) is None
    (sentence,) = said
    assert sentence.startswith("Cannot reach the team store postgresql+psycopg://alice:***@/")
    assert "hunter2" not in sentence


@pytest.fixture
def host(
    tmp_path: Path, qapp: QApplication, make_settings: Callable[[], AppSettings]
) -> Iterator[WindowHost]:
    """The window on a personal store file (pg_url is the team store it opens)."""
    settings = make_settings()
    settings.language = "en"
    store = Store.open(tmp_path / "personal.db")
    host = WindowHost(qapp, store, settings)
    yield host
    window = host.window
    if window is not None and shiboken6.isValid(window):
        window.close()
        window.ctx.runner.drain()
        shiboken6.delete(window)
    host.store.close()
    if host.store is not store:
        store.close()
    install_language(qapp, "en")


def test_open_store_takes_a_server_url_and_never_shows_the_password(
    host: WindowHost, pg_url: str, qtbot: object
) -> None:
    first = host.open()
    first.show()
    _settle(first)
    first.actions_.open_store.trigger()
    dialog = first.open_store_dialog
    assert isinstance(dialog, OpenStoreDialog)
    dialog.server_choice.setChecked(True)
    dialog.address.setText(pg_url)
    dialog.password.setText("s3cret")  # the test server trusts its socket: any password
    dialog.accept()
    qtbot.waitUntil(lambda: host.window is not first)  # type: ignore[attr-defined]
    window = host.window
    assert window is not None and window.ctx.store.on_server
    _settle(window)
    assert window.ctx.store.is_at(pg_url)
    assert window.watcher.active  # a team store: others' changes are watched
    shown = [
        window.windowTitle(),
        window.store_label.text(),
        window.store_label.toolTip(),
        window.statusBar().currentMessage(),
        *host.settings.recent_stores,
    ]
    assert not any("s3cret" in text for text in shown), shown
    assert window.ctx.store.address in host.settings.recent_stores
    # Asking for the same store again opens nothing new.
    window.open_store(pg_url)
    assert window.statusBar().currentMessage() == "This store is already open."
