"""Timeline clicks, the brief and backup dialogs, the language switch, backups on closing."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop_app.services import backup, browse
from desktop_app.services.store import Store
from desktop_app.ui.app import WindowHost
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings


def test_timeline_filters_by_actor_and_opens_what_is_clicked(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(store)
    window.show_section("timeline")
    window.ctx.runner.drain()
    canvas = window.pages.timeline.canvas
    everyone = len(canvas.points)
    russia = next(a for a in browse.list_actors(store) if a.iso2 == "RU")
    window.pages.timeline.select_actor(russia.id)
    window.ctx.runner.drain()
    assert 0 < len(canvas.points) < everyone
    russian = {m.id for m in browse.list_meetings(store) if "Russie" in m.title}
    assert {p.id for p in canvas.points if p.kind == "meeting"} <= russian
    canvas.grab()  # paints, which places the points
    rect, point = next((r, p) for r, p in canvas._hits if p.kind == "meeting")
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    window.ctx.runner.drain()
    assert window.detail.current == ("meeting", point.id)
    assert canvas.point_at(QPointF(-50, -50)) is None


@pytest.mark.parametrize(
    ("action", "module", "name"),
    [
        ("export_shown", "desktop_app.ui.briefs.composer", "BriefComposer"),
        ("backups", "desktop_app.ui.backups_dialog", "BackupsDialog"),
    ],
)
def test_dialogs_of_the_file_menu_open_without_blocking(
    store: Store, make_window: Callable[..., MainWindow], action: str, module: str, name: str
) -> None:
    dialog_class = getattr(importlib.import_module(module), name)
    window = make_window(store)
    getattr(window.actions_, action).trigger()  # returns: the dialog is window-modal only
    dialogs = [d for d in window.findChildren(QDialog) if isinstance(d, dialog_class)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()
    window.ctx.runner.drain()


def test_export_brief_shortcut() -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow, QMenuBar

    from desktop_app.ui.actions import build_actions

    class Host(QMainWindow):
        def __init__(self) -> None:
            super().__init__()
            from PySide6.QtGui import QUndoStack

            self.ctx = type("Ctx", (), {"undo_stack": QUndoStack(self)})()

    host = Host()
    actions = build_actions(host, QMenuBar(host))
    assert actions.export_brief.shortcut() == QKeySequence("Ctrl+E")
    assert actions.import_files.shortcut() == QKeySequence("Ctrl+I")
    assert actions.new_note.shortcut() == QKeySequence("Ctrl+N")
    assert actions.find.shortcut() == QKeySequence("Ctrl+F")
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo.shortcuts()


def test_choosing_french_rebuilds_the_window_in_french(
    store: Store, qapp: QApplication, make_settings: Callable[[], AppSettings], qtbot: QtBot
) -> None:
    settings = make_settings()
    settings.language = "en"
    host = WindowHost(qapp, store, settings)
    first = host.open()
    first.show()
    assert first.sidebar.item(0).text() == "Meetings"
    first.actions_.languages["fr"].trigger()
    qtbot.waitUntil(
        lambda: host.window is not None and host.window is not first and host.window.isVisible()
    )
    assert host.window is not None
    assert host.window.sidebar.item(0).text() == "Réunions"
    assert make_settings().language == "fr"
    host.window.close()
    host.window.ctx.runner.drain()
    import shiboken6

    shiboken6.delete(host.window)
    from desktop_app.ui.i18n import install_language

    install_language(qapp, "en")


def test_closing_takes_a_backup_when_the_store_changed(
    tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    store = Store.open(tmp_path / "closing.db")
    from desktop_app.services.demo import load_demo

    load_demo(store)
    before = len(backup.list_backups(store))
    window = make_window(store)
    window.close()
    assert len(backup.list_backups(store)) == before + 1
    store.close()
