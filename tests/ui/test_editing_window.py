"""Correcting the record in the window: edit dialogs, delete, merge, history, add from a passage,
each an undoable command on the window's one stack (redo → undo → redo checked in the store)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.services import browse, editing
from desktop_app.services.store import Store
from desktop_app.ui.editing.dialogs import HistoryDialog, MergeDialog, RecordEditDialog
from desktop_app.ui.editing.menus import selected_ids
from desktop_app.ui.main_window import MainWindow
from tests.qt_cells import cell_text

D = TypeVar("D")


def _moscow(store: Store) -> int:
    return next(mt.id for mt in browse.list_meetings(store) if mt.city == "Moscou")


def _open_meeting(window: MainWindow, qtbot: QtBot, meeting_id: int) -> None:
    window.open_item("meeting", meeting_id)
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: window.detail.meeting is not None)


def _cycle(window: MainWindow, done: Callable[[], bool], undone: Callable[[], bool]) -> None:
    """The command just pushed: done; Ctrl+Z: undone; redo: done again — in the store."""
    ctx = window.ctx
    ctx.runner.drain()
    assert done()
    ctx.undo_stack.undo()
    ctx.runner.drain()
    assert undone()
    ctx.undo_stack.redo()
    ctx.runner.drain()
    assert done()


def _dialog(window: MainWindow, qtbot: QtBot, kind: type[D]) -> D:
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, kind))
    dialog = window.editing.last_dialog
    assert isinstance(dialog, kind)
    return dialog


def test_f2_edits_the_meeting_in_view_and_ctrl_z_undoes(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    _open_meeting(window, qtbot, meeting_id)
    window.detail.browser.setFocus()
    window.editing.edit_action.trigger()  # F2
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert isinstance(dialog, RecordEditDialog)
    assert dialog.value("place") == "Moscou" and dialog.value("precision") == "day"
    # Tab order follows the fields: title, date, end date, precision, place…
    order = [f.name for f in editing.FIELDS["meeting"]]
    assert list(dialog.editors) == order
    dialog.set_value("place", "Bonn")
    dialog.set_value("date", "1997-07-03")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def place() -> str:
        return editing.current_values(store, "meeting", meeting_id)["place"]

    _cycle(window, lambda: place() == "Bonn", lambda: place() == "Moscou")
    assert editing.current_values(store, "meeting", meeting_id)["date"] == "1997-07-03"


def test_a_bad_value_keeps_the_dialog_open_and_writes_nothing(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    item = browse.get_meeting(store, _moscow(store)).commitments[0]
    window.editing.edit("commitment", item.id)
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert isinstance(dialog, RecordEditDialog)
    dialog.set_value("committed_by", "Atlantide")
    dialog.save()
    assert dialog.isVisible() and "Atlantide" in dialog.error.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    window.ctx.runner.drain()
    assert not dialog.isVisible()
    assert window.ctx.undo_stack.count() == 0
    assert editing.current_values(store, "commitment", item.id)["committed_by"] != "Atlantide"


def test_the_tracker_edits_a_due_date(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    item = browse.get_meeting(store, _moscow(store)).commitments[0]
    window.pages.tracker.table.setFocus()
    menu = window.editing.menu_for(window.pages.tracker.table, "commitment", [item.id])
    next(a for a in menu.actions() if a.text() == "Edit…").trigger()
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert isinstance(dialog, RecordEditDialog)
    assert isinstance(dialog.editors["due"], QLineEdit)
    assert isinstance(dialog.editors["status"], QComboBox)
    assert isinstance(dialog.editors["text"], QPlainTextEdit)
    assert dialog.editors["text"].tabChangesFocus()
    dialog.set_value("due", "2026-06")
    dialog.save()

    def due() -> tuple[str, str]:
        values = editing.current_values(store, "commitment", item.id)
        return values["due"], values["due_precision"]

    _cycle(window, lambda: due() == ("2026-06", "month"), lambda: due() == ("", ""))


def test_delete_asks_then_undo_restores(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    _open_meeting(window, qtbot, meeting_id)
    window.detail.browser.setFocus()
    window.editing.delete_action.trigger()  # Del
    box = _dialog(window, qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert "commitment" in box.text() and "Ctrl+Z" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    _cycle(
        window,
        lambda: not editing.exists(store, "meeting", meeting_id),
        lambda: editing.exists(store, "meeting", meeting_id),
    )
    qtbot.waitUntil(lambda: window.detail.current is None)


def test_merge_into_a_chosen_meeting(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meetings = browse.list_meetings(store)
    keep, other = meetings[0].id, meetings[1].id
    theirs = {c.id for c in browse.get_meeting(store, other).commitments}
    window.editing.merge_into("meeting", other)
    dialog = _dialog(window, qtbot, MergeDialog)
    assert isinstance(dialog, MergeDialog)
    dialog.filter.setText(str(keep))
    while dialog.chosen() != keep:
        dialog.list.setCurrentRow(dialog.list.currentRow() + 1)
    dialog.accept()
    _cycle(
        window,
        lambda: not editing.exists(store, "meeting", other),
        lambda: editing.exists(store, "meeting", other),
    )
    assert theirs and {c.id for c in browse.get_meeting(store, keep).commitments} >= theirs


def test_history_dialog_lists_the_previous_value(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    editing.edit(store, "meeting", meeting_id, {"place": "Bonn"})
    window.editing.show_history("meeting", meeting_id)
    dialog = _dialog(window, qtbot, HistoryDialog)
    assert isinstance(dialog, HistoryDialog)
    cells = [cell_text(dialog.table, 0, c) for c in range(5)]
    assert cells[1:] == ["edit", "Place (city)", "Moscou", "Bonn"]


def test_new_commitment_from_a_selected_passage(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    _open_meeting(window, qtbot, meeting_id)
    detail = browse.get_meeting(store, meeting_id)
    source_id = detail.sources[0].id
    window.detail.show_source(source_id)
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: window.detail.source.source is not None)
    source = window.detail.source.source
    assert source is not None
    text = source.text
    start = text.index("nucléaire") if "nucléaire" in text else 0
    window.detail.source.select_range(start, start + 30)
    menu = window.editing.source_menu()
    labels = [a.text() for a in menu.actions()]
    assert "New principle from selection" in labels and "New statement from selection" in labels
    next(a for a in menu.actions() if a.text() == "New principle from selection").trigger()

    def principles() -> list[str]:
        return [p.text for p in browse.get_meeting(store, meeting_id).principles]

    before = [p.text for p in detail.principles]
    _cycle(
        window,
        lambda: principles() == [*before, text[start : start + 30]],
        lambda: principles() == before,
    )


def test_remove_the_demo_from_the_file_menu(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    window.editing.remove_demo_action.trigger()
    box = _dialog(window, qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    _cycle(
        window,
        lambda: browse.list_meetings(store) == [],
        lambda: len(browse.list_meetings(store)) >= 6,
    )


@pytest.mark.parametrize("kind", ["meeting", "participation", "commitment", "statement",
                                  "actor", "source"])  # fmt: skip
def test_each_kind_has_its_dialog(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, kind: str, tmp_path: Path
) -> None:
    window = make_window(store)
    detail = browse.get_meeting(store, _moscow(store))
    record_id = {
        "meeting": detail.id,
        "participation": detail.participants[0].id,
        "commitment": detail.commitments[0].id,
        "statement": detail.statements[0].id,
        "actor": detail.parties[0].id,
        "source": detail.sources[0].id,
    }[kind]
    window.editing.edit(kind, record_id or 0)
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert isinstance(dialog, RecordEditDialog)
    assert set(dialog.editors) == {f.name for f in editing.FIELDS[kind]}
    assert dialog.grab().save(str(tmp_path / f"edit-dialog-{kind}.png"))
    dialog.reject()


def test_two_selected_actors_merge_and_del_deletes_from_a_list(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    window.pages.show_key("actors")
    table = window.pages.actors
    qtbot.waitUntil(lambda: table.model().rowCount() > 3)
    table.setFocus()
    table.selectRow(0)
    table.selectionModel().select(
        table.model().index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    keep, other = selected_ids(table)
    assert window.editing.current_record() == ("actor", keep)
    window.editing.merge_action.trigger()  # Ctrl+Shift+M on two rows
    box = _dialog(window, qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    _cycle(
        window,
        lambda: not editing.exists(store, "actor", other),
        lambda: editing.exists(store, "actor", other),
    )
    window.ctx.undo_stack.undo()
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: table.model().rowCount() > 3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus()
    table.selectRow(2)
    victim = selected_ids(table)[0]
    window.editing.last_dialog = None
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    box = _dialog(window, qtbot, QMessageBox)
    assert isinstance(box, QMessageBox) and str(victim) in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    _cycle(
        window,
        lambda: not editing.exists(store, "actor", victim),
        lambda: editing.exists(store, "actor", victim),
    )


def test_review_queue_e_opens_the_whole_record(
    empty_store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    from pathlib import Path

    from desktop_app.services import importing

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    importing.import_files(empty_store, [corpus / "en-02-readout-numbered.txt"])
    window = make_window(empty_store)
    window.pages.show_key("review")
    review = window.pages.review
    review.reload()
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: review.model.rowCount() > 3)
    row = next(r for r, item in enumerate(review.model.rows()) if item.kind == "commitment")
    review.table.selectRow(row)
    review.table.setFocus()
    candidate = review.current()
    assert candidate is not None
    qtbot.keyClick(review.table, Qt.Key.Key_E)
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert isinstance(dialog, RecordEditDialog) and dialog.kind == "commitment"
    dialog.set_value("theme", "trade")
    dialog.set_value("due", "2027-01-15")
    dialog.save()

    def due() -> str:
        return editing.current_values(empty_store, "commitment", candidate.id)["due"]

    _cycle(window, lambda: due() == "2027-01-15", lambda: due() == "")


def test_add_a_participant_from_the_meeting_menu(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(store)
    meeting_id = _moscow(store)
    menu = window.editing.menu_for(window, "meeting", [meeting_id])
    next(a for a in menu.actions() if a.text() == "Add participant…").trigger()
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert isinstance(dialog, RecordEditDialog)
    dialog.save()  # no person: it stays open and says so
    assert dialog.isVisible() and "Person" in dialog.error.text()
    dialog.set_value("person", "Assimi Goïta")
    dialog.set_value("role", "participant")
    dialog.save()

    def names() -> list[str]:
        return [p.actor.name for p in browse.get_meeting(store, meeting_id).participants]

    before = [n for n in names() if n != "Assimi Goïta"]
    _cycle(window, lambda: "Assimi Goïta" in names(), lambda: names() == before)
    window.editing.show_history("meeting", meeting_id)
    history_dialog = _dialog(window, qtbot, HistoryDialog)
    assert history_dialog.grab().save(str(tmp_path / "edit-dialog-history.png"))


def test_other_themes_are_ticked_in_the_edit_dialog_and_ctrl_z_undoes(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QListWidget

    from domain.vocabulary import Theme, values_of

    window = make_window(store)
    item = browse.get_meeting(store, _moscow(store)).commitments[0]
    editing.edit(store, "commitment", item.id, {"theme": "security", "also_themes": ""})
    window.editing.edit("commitment", item.id)
    dialog = _dialog(window, qtbot, RecordEditDialog)
    ticks = dialog.editors["also_themes"]
    assert isinstance(ticks, QListWidget)
    # one vocabulary: every theme of the domain, in the window's words, and only those
    keys = [ticks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ticks.count())]
    assert keys == list(values_of(Theme))
    # the main theme is not offered a second time
    security = ticks.item(keys.index("security"))
    assert not security.flags() & Qt.ItemFlag.ItemIsEnabled
    # from the keyboard: Tab from the main theme to the others, arrows, Space ticks
    dialog.editors["theme"].setFocus()
    qtbot.keyClick(dialog.editors["theme"], Qt.Key.Key_Tab)
    assert ticks.hasFocus()
    ticks.setCurrentRow(keys.index("energy"))
    qtbot.keyClick(ticks, Qt.Key.Key_Space)
    ticks.setCurrentRow(keys.index("trade"))
    qtbot.keyClick(ticks, Qt.Key.Key_Space)
    assert dialog.value("also_themes") == "energy, trade"
    # choosing energy as the main theme takes it out of the others
    dialog.set_value("theme", "energy")
    assert dialog.value("also_themes") == "trade"
    dialog.set_value("theme", "security")
    ticks.setCurrentRow(keys.index("energy"))
    qtbot.keyClick(ticks, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def themes() -> tuple[str | None, tuple[str, ...]]:
        view = browse.get_commitment(store, item.id)
        return view.theme, view.also_themes

    _cycle(
        window,
        lambda: themes() == ("security", ("energy", "trade")),
        lambda: themes() == ("security", ()),
    )
    # the history names the field as the dialog does
    window.editing.show_history("commitment", item.id)
    history = _dialog(window, qtbot, HistoryDialog)
    fields = [cell_text(history.table, r, 2) for r in range(history.table.rowCount())]
    assert "Other themes" in fields


def test_f2_in_a_list_with_no_row_selected_edits_the_record_in_view(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """A reload can leave the list in focus with no row selected while the detail pane still
    shows the meeting: F2 edits that meeting; with no record anywhere, the status bar says why
    nothing opened."""
    from PySide6.QtWidgets import QApplication

    window = make_window(store)
    meeting_id = _moscow(store)
    table = window.pages.meetings
    window.show_section("meetings")
    _open_meeting(window, qtbot, meeting_id)
    table.setFocus()
    table.clearSelection()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = _dialog(window, qtbot, RecordEditDialog)
    assert dialog.windowTitle().endswith(str(meeting_id))
    dialog.reject()

    window.detail.show_message("")
    window.editing.last_dialog = None
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    window.ctx.runner.drain()
    assert window.editing.last_dialog is None
    assert "Select or open a record first" in window.statusBar().currentMessage()


def test_after_a_merge_the_list_selects_the_meeting_kept(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The meeting merged away was the row selected: the one kept takes its place in the list
    (the detail shows it too), so the keyboard goes on from there instead of from nothing."""
    window = make_window(store)
    meetings = browse.list_meetings(store)
    keep, other = meetings[0].id, meetings[1].id
    table = window.pages.meetings
    window.show_section("meetings")
    table.setFocus()
    assert table.select_id(other)
    window.ctx.runner.drain()
    window.editing.merge_into("meeting", other)
    dialog = _dialog(window, qtbot, MergeDialog)
    dialog.filter.setText(str(keep))
    while dialog.chosen() != keep:
        dialog.list.setCurrentRow(dialog.list.currentRow() + 1)
    dialog.accept()
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: not editing.exists(store, "meeting", other))
    qtbot.waitUntil(lambda: selected_ids(table) == [keep])
    assert window.detail.current == ("meeting", keep)
