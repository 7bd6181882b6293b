"""File ▸ Take dossier offline… / Bring back… / Offline conflicts… in the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, editing, offline
from desktop_app.services.store import Store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offline_dialog import ConflictsDialog, TakeOfflineDialog
from domain.views import CommitmentFilter
from tests.qt_cells import cell_text

PASSPHRASE = "a long passphrase for the trip"


def _meeting(store: Store) -> tuple[int, int]:
    for meeting in browse.list_meetings(store):
        items = browse.list_commitments(store, CommitmentFilter(meeting_id=meeting.id))
        if items:
            return meeting.id, items[0].id
    raise AssertionError("the demo has a meeting with a commitment")


def _notes(store: Store, meeting: int) -> list[str]:
    found = notes_api.list_annotations(store, target_kind="meeting", target_id=meeting)
    return [a.body for a in found]


def _file_menu_texts(window: MainWindow) -> list[str]:
    backups = window.actions_.backups
    menu = next(m for m in window.menuBar().findChildren(QMenu) if backups in m.actions())
    return [a.text() for a in menu.actions()]


def test_the_file_menu_has_the_offline_entries_in_both_languages(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    texts = _file_menu_texts(make_window(store))
    assert "Take dossier &offline…" in texts and "&Bring back…" in texts
    assert texts.index("&Bring back…") < texts.index(make_window(store).actions_.backups.text())
    french = _file_menu_texts(make_window(store, "fr"))
    assert "Emporter le dossier &hors ligne…" in french and "&Rapporter…" in french


def test_take_offline_then_bring_back_and_choose(
    store: Store, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(store)
    meeting, item = _meeting(store)
    path = tmp_path / "trip.db"
    dialog = TakeOfflineDialog(window.ctx, [meeting], window)
    dialog.copy_button.click()  # no file yet: one sentence, nothing started
    assert "Choose the new file" in dialog.message.text()
    dialog.file.setText(str(path))
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText("something else")
    dialog.copy_button.click()
    assert "differ" in dialog.message.text() and not path.exists()
    dialog.again.setText(PASSPHRASE)
    dialog.copy_button.click()
    window.ctx.runner.drain()
    assert dialog.result_ is not None and dialog.result_.meetings == 1
    assert dialog.result_.encrypted and path.is_file()
    assert dialog.bar.value() == dialog.bar.maximum()  # the progress reached its end

    with offline.open_copy(path, PASSPHRASE) as trip:
        notes_api.add_annotation(trip, "meeting", meeting, "notée dans le train")
        editing.edit(trip, "commitment", item, {"evidence": "mine"})
    editing.edit(store, "commitment", item, {"evidence": "theirs"})

    back = window.offline_menu.bring_back(path, PASSPHRASE)
    assert back is not None
    window.ctx.runner.drain()
    assert back.result_ is not None
    assert "1 record added" in back.message.text()
    assert "1 conflict" in back.message.text()
    assert back.conflicts_button.isVisibleTo(back)
    assert "notée dans le train" in [
        a.body for a in notes_api.list_annotations(store, target_kind="meeting", target_id=meeting)
    ]

    # Edit ▸ Undo takes the bring-back back, Redo makes it again.
    window.actions_.undo.trigger()
    window.ctx.runner.drain()
    assert "notée dans le train" not in _notes(store, meeting)
    window.actions_.redo.trigger()
    window.ctx.runner.drain()
    assert "notée dans le train" in _notes(store, meeting)

    conflicts = ConflictsDialog(window.ctx, window)
    window.ctx.runner.drain()
    assert conflicts.table.rowCount() == 1
    assert (conflicts.mine.toPlainText(), conflicts.theirs.toPlainText()) == ("mine", "theirs")
    conflicts.keep_mine.click()
    window.ctx.runner.drain()
    window.ctx.runner.drain()
    assert conflicts.table.rowCount() == 0
    assert editing.current_values(store, "commitment", item)["evidence"] == "mine"
    conflicts.close()


def test_a_refusal_is_said_in_french(
    store: Store, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(store, "fr")
    plain = tmp_path / "plain.db"
    Store.open(plain).close()
    back = window.offline_menu.bring_back(plain)
    assert back is not None
    window.ctx.runner.drain()
    assert back.result_ is None
    assert "n’est pas un dossier emporté hors ligne" in back.message.text()
    assert not back.bar.isVisibleTo(back)


def test_a_conflict_is_shown_in_the_interface_language(
    store: Store, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(store, "fr")
    meeting, item = _meeting(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", item, {"status": "fulfilled"})
    editing.edit(store, "commitment", item, {"status": "lapsed"})
    offline.bring_back(store, path)
    conflicts = ConflictsDialog(window.ctx, window)
    window.ctx.runner.drain()
    cells = [cell_text(conflicts.table, 0, column) for column in range(4)]
    assert cells[0].startswith(f"engagement {item}")
    assert cells[1:] == ["Statut", "réalisé", "caduc"]
    assert conflicts.mine.toPlainText() == "réalisé"
    conflicts.close()


def test_a_record_deleted_offline_and_changed_here_is_shown_and_chosen(
    store: Store, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(store)
    meeting, item = _meeting(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.delete(trip, "commitment", item)
    editing.edit(store, "commitment", item, {"evidence": "theirs"})
    theirs_note = notes_api.add_annotation(store, "commitment", item, "ajoutée ici")

    back = window.offline_menu.bring_back(path)
    assert back is not None
    window.ctx.runner.drain()
    assert "1 conflict" in back.message.text() and "deleted in the copy" in back.message.text()
    assert editing.exists(store, "commitment", item)  # nothing deleted yet
    back.close()

    conflicts = ConflictsDialog(window.ctx, window)
    window.ctx.runner.drain()
    cells = [cell_text(conflicts.table, 0, column) for column in range(4)]
    assert cells[0].startswith(f"commitment {item}")
    assert cells[1:3] == ["Deleted offline, changed here", "(deleted)"]
    assert conflicts.theirs.toPlainText().splitlines() == [
        "Evidence: theirs",
        f"note {theirs_note.id} added here",
    ]
    conflicts.keep_mine.click()
    window.ctx.runner.drain()
    window.ctx.runner.drain()
    assert conflicts.table.rowCount() == 0
    assert not editing.exists(store, "commitment", item)
    conflicts.close()


def test_a_deletion_conflict_is_said_in_french(
    store: Store, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(store, "fr")
    meeting, item = _meeting(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.delete(trip, "commitment", item)
    editing.edit(store, "commitment", item, {"evidence": "la leur"})
    offline.bring_back(store, path)
    conflicts = ConflictsDialog(window.ctx, window)
    window.ctx.runner.drain()
    cells = [cell_text(conflicts.table, 0, column) for column in range(4)]
    assert cells[1:] == [
        "Supprimé hors ligne, modifié ici",
        "(supprimé)",
        "Éléments de preuve : la leur",
    ]
    conflicts.close()


def test_what_stayed_in_the_copy_is_said_in_french(
    store: Store, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(store, "fr")
    meeting, item = _meeting(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        note = notes_api.add_annotation(trip, "commitment", item, "sur un engagement disparu")
    editing.delete(store, "commitment", item)  # the note's commitment is gone meanwhile

    back = window.offline_menu.bring_back(path)
    assert back is not None
    window.ctx.runner.drain()
    said = back.message.text()
    assert (
        f"note {note.id} renvoie à un enregistrement que la base d’équipe n’a pas ; "
        "il est resté dans la copie." in said.splitlines()
    ), said
    back.close()
