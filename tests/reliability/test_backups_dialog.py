"""File ▸ Backups…: the list, Back up now, and a confirmed restore the open store then shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services import backup, store_lock
from desktop_app.services.annotations import add_annotation, list_annotations
from desktop_app.services.recovery import StoreDamaged
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store
from desktop_app.ui.backups_dialog import BackupsDialog, offer_newest_backup
from tests.qt_cells import cell_text

pytestmark = pytest.mark.usefixtures("qapp")


def _wait(qtbot: QtBot, dialog: BackupsDialog, text: str) -> None:
    qtbot.waitUntil(lambda: text in dialog.status.text(), timeout=30000)


def test_back_up_now_then_restore_after_confirming(
    user_store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_annotation(user_store, "meeting", 1, "Avant la sauvegarde")
    dialog = BackupsDialog(user_store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()

    dialog.backup_button.click()
    _wait(qtbot, dialog, "Backed up and checked")
    assert dialog.table.rowCount() == 1
    assert cell_text(dialog.table, 0, 1) == "by hand"

    add_annotation(user_store, "meeting", 1, "Après la sauvegarde")
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()

    # Declined: nothing happens.
    monkeypatch.setattr(dialog, "confirm_restore", lambda _info: False)
    dialog.restore_button.click()
    assert "Après la sauvegarde" in {a.body for a in list_annotations(user_store)}

    monkeypatch.setattr(dialog, "confirm_restore", lambda _info: True)
    with qtbot.waitSignal(dialog.restored, timeout=30000):
        dialog.restore_button.click()
    bodies = {a.body for a in list_annotations(user_store)}
    assert "Avant la sauvegarde" in bodies and "Après la sauvegarde" not in bodies
    assert "before a restore" in [cell_text(dialog.table, r, 1) for r in range(2)]
    assert [b.reason for b in backup.list_backups(user_store)] == ["pre-restore", "manual"]

    if os.environ.get("CHANCERY_SCREENSHOTS"):
        dialog.show()
        dialog.grab().save(str(Path(os.environ["CHANCERY_SCREENSHOTS"]) / "backups.png"))


def test_a_damaged_store_is_offered_its_newest_backup_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "window.db"
    with open_user_store(path) as store:
        add_annotation(store, "meeting", 1, "Sauvée par la sauvegarde")
        backup.backup_now(store)
    store_lock.release(path)
    with path.open("r+b") as handle:  # wreck the b-tree page of sqlite_master's first table
        handle.seek(4096)
        handle.write(b"\xff" * 8)
    with pytest.raises(StoreDamaged) as caught:
        open_user_store(path)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert offer_newest_backup(caught.value, None)
    assert "was damaged" in asked[0] and "Restore the backup from" in asked[0]
    with open_user_store(path) as store:
        assert "Sauvée par la sauvegarde" in {a.body for a in list_annotations(store)}
    store_lock.release(path)
    assert caught.value.moved_to.exists()
