"""Noticing other analysts' changes on a team store: a cheap poll, then the views reload.

Every POLL_MS the watcher reads the store's ChangeMarker (history.change_marker: one query of
four aggregates) on a reader thread, never the GUI thread. When it moved by more than this
window's own writes since the last poll, the lists, the tracker, the review queue, the notes
and the record in view reload (each keeps its selection) and the status bar says how many
changes others made. A personal store has one writer (its file lock): nothing to watch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop_app.services import history

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

POLL_MS = 5000


class ChangeWatcher(QObject):
    """Polls the store's change marker while started; ``refreshed(n)`` after the views
    reloaded for ``n`` changes made by others."""

    refreshed = Signal(int)

    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.marker: history.ChangeMarker | None = None
        self._writes_at_marker = 0  # ctx.writes when ``marker`` was read
        self._reading = False
        self._imported = False  # an import of this window: it moves the marker by many
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.ctx.changed.connect(self._on_ctx_changed)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        """Read the marker now (the baseline), then every interval."""
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def poll(self) -> None:
        # Not while a task of this window is on its way (a write, an import): its changes
        # would be counted as someone else's. The next poll comes soon enough.
        if self._reading or self.ctx.runner.working() or self.ctx.store.locked:
            return
        self._reading = True
        writes = self.ctx.writes
        self.ctx.read(
            history.change_marker,
            lambda marker: self._on_marker(marker, writes),
            self._on_failed,
        )

    def _on_failed(self, _message: str) -> None:
        # The server may be restarting: the next poll tries again; the user is not disturbed.
        self._reading = False

    def _on_marker(self, marker: history.ChangeMarker, writes: int) -> None:
        self._reading = False
        earlier, own = self.marker, writes - self._writes_at_marker
        self.marker, self._writes_at_marker = marker, writes
        imported, self._imported = self._imported, False
        if earlier is None or imported:
            return
        changes = marker.changes_since(earlier)
        if changes > own:  # each write of this window is one change at most
            self.refresh_views()
            others = changes - own
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ChangeWatcher", "Updated: %n change(s) by others", "", others
                ),
                5000,
            )
            self.refreshed.emit(others)

    def refresh_views(self) -> None:
        """Every view reads the store again, keeping what is selected and shown."""
        ctx = self.ctx
        ctx.changed.emit("meeting", 0)  # the lists, the meeting in view, the review queue
        ctx.changed.emit("commitment", 0)  # the tracker and its chart
        ctx.changed.emit("annotation", 0)  # the notes and tags
        current = self.window.detail.current
        if current is not None and current[0] == "commitment":
            ctx.changed.emit("commitment", current[1])
        elif current is not None and current[0] == "actor":
            self.window.open_item(*current)

    @Slot(str, int)
    def _on_ctx_changed(self, kind: str, _item_id: int) -> None:
        if kind == "import":
            self._imported = True
