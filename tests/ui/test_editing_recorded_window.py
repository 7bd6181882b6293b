"""Issue 14 in the window: the tracker's inline edits (status, due date), the review queue's
Merge / Keep both and its edit are change sets on the one undo stack, and the editing
services' refusals are shown in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.services import browse, corroboration, editing, history
from desktop_app.services.edit_fields import InvalidEdit
from desktop_app.services.store import Store
from desktop_app.ui.editing.dialogs import MergeDialog, RecordEditDialog
from desktop_app.ui.editing.errors import translated
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.commitments import DUE, STATUS
from tests.ui.test_review_duplicates import _flagged


def _last_action(store: Store) -> str | None:
    last = history.last_change_set(store)
    return last.action if last is not None else None


def test_tracker_inline_status_and_due_date_are_recorded_and_undone(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    window.show_section("commitments")
    ctx = window.ctx
    ctx.runner.drain()
    model = window.pages.tracker.model
    item = next(c for c in browse.list_commitments(store) if c.status != "lapsed")
    row = model.row_of(item.id)
    assert model.setData(model.index(row, STATUS), "lapsed")
    ctx.runner.drain()
    assert browse.get_commitment(store, item.id).status == "lapsed"
    last = history.last_change_set(store)
    assert last is not None and any(c.field == "status" for c in last.changes)
    ctx.undo_stack.undo()
    ctx.runner.drain()
    assert browse.get_commitment(store, item.id).status == item.status
    assert history.change_set(store, last.id).undone

    # The due date, typed in its cell: month precision from "2026-06".
    row = model.row_of(item.id)
    assert model.setData(model.index(row, DUE), "2026-06")
    ctx.runner.drain()

    def due() -> tuple[str, str]:
        values = editing.current_values(store, "commitment", item.id)
        return values["due"], values["due_precision"]

    assert due() == ("2026-06", "month") and _last_action(store) == "edit"
    assert model.index(model.row_of(item.id), DUE).data(0x0002) == "2026-06"  # EditRole
    ctx.undo_stack.undo()
    ctx.runner.drain()
    assert due() != ("2026-06", "month")
    ctx.undo_stack.redo()
    ctx.runner.drain()
    assert due() == ("2026-06", "month")

    # A date the store cannot take: one sentence, nothing pushed, nothing written.
    count = ctx.undo_stack.count()
    with qtbot.waitSignal(ctx.error) as said:
        model.setData(model.index(model.row_of(item.id), DUE), "bientôt")
    assert "2025-03" in said.args[0]
    assert ctx.undo_stack.count() == count and due() == ("2026-06", "month")


def test_review_merge_and_keep_both_are_change_sets(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow]
) -> None:
    double = _flagged(store, tmp_path)
    window = make_window(store)
    window.show_section("review")
    window.ctx.runner.drain()
    panel = window.pages.review
    row = next(
        r
        for r, item in enumerate(panel.model.rows())
        if (item.kind, item.id) == ("commitment", double.id)
    )
    panel.table.selectRow(row)
    panel.keep_both_current()
    window.ctx.runner.drain()
    assert _last_action(store) == "corroborate"
    assert browse.get_commitment(store, double.id).review_state == "confirmed"
    window.actions_.undo.trigger()
    window.ctx.runner.drain()
    assert corroboration.probable_duplicates(store) == [double]
    window.actions_.redo.trigger()
    window.ctx.runner.drain()
    assert corroboration.probable_duplicates(store) == []
    assert [e.action for e in history.history(store, "commitment", double.id)][-1] == (
        "corroborate"
    )


def test_refusals_are_shown_in_french(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store, "fr")
    item = browse.list_commitments(store)[0]
    window.editing.edit("commitment", item.id)
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, RecordEditDialog))
    dialog = window.editing.last_dialog
    assert isinstance(dialog, RecordEditDialog)
    dialog.set_value("due", "bientôt")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "« bientôt » n’est pas une date (Échéance) : écrivez-la 2025-03-04, 2025-03 ou 2025."
    )
    dialog.reject()
    refusal = InvalidEdit("x", "merge_other_speaker", id=3, other=4)
    assert translated(refusal) == (
        "Les déclarations 3 et 4 sont de locuteurs différents : corrigez d’abord le locuteur."
    )
    # A sentence with no code (another part's error) is shown as it is.
    assert translated(ValueError("Disk full.")) == "Disk full."


def test_merge_a_statement_into_another_from_its_menu(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    meeting = next(mt for mt in browse.list_meetings(store) if mt.city == "Moscou")
    said = next(s for s in browse.get_meeting(store, meeting.id).statements if s.speaker)
    assert said.speaker is not None
    other = editing.add(
        store, "statement", meeting.id,
        {"text": said.text + " (autre média)", "speaker": f"actor:{said.speaker.id}"},
    ).id  # fmt: skip
    window = make_window(store)
    menu = window.editing.menu_for(window.detail.browser, "statement", [other])
    next(a for a in menu.actions() if a.text() == "Merge into…").trigger()
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, MergeDialog))
    dialog = window.editing.last_dialog
    assert isinstance(dialog, MergeDialog)
    while dialog.chosen() != said.id:
        dialog.list.setCurrentRow(dialog.list.currentRow() + 1)
    dialog.accept()
    ctx = window.ctx
    ctx.runner.drain()
    assert not editing.exists(store, "statement", other)
    assert _last_action(store) == "merge"
    ctx.undo_stack.undo()
    ctx.runner.drain()
    assert editing.exists(store, "statement", other)
    ctx.undo_stack.redo()
    ctx.runner.drain()
    assert not editing.exists(store, "statement", other)
