"""What every part of the window shares: the store, the task runner, the undo stack, settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.services.store import Store
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import Task, TaskRunner


class AppContext(QObject):
    """Writes go through here, so every view hears about every change (``changed``)."""

    changed = Signal(str, int)  # kind ("meeting", "commitment", "annotation"…), id (0: many)
    error = Signal(str)
    status_message = Signal(str)

    def __init__(self, store: Store, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.runner.error.connect(self.error)
        self.writes = 0  # this window's writes done so far (refresh.ChangeWatcher: not others')

    def read(
        self,
        fn: Callable[[Store], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> Task:
        store = self.store
        return self.runner.read(lambda: fn(store), done, failed or self.error.emit)

    def write(
        self,
        fn: Callable[[Store], Any],
        kind: str,
        item_id: int = 0,
        done: Callable[[Any], None] | None = None,
    ) -> Task:
        """Run a service write on the single writer thread, then tell every view."""
        store = self.store

        def finished(result: Any) -> None:
            self.writes += 1
            if done is not None:
                done(result)
            self.changed.emit(kind, item_id)

        return self.runner.write(lambda: fn(store), finished, self.error.emit)
