"""The window's banner: a failed automatic backup or store check, shown until it is resolved."""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.logging_setup import (
    ALERT_BACKUP,
    ALERT_CHECK,
    ALERT_EXIT_BACKUP,
    ALERTS,
    alert_of,
)


class AlertBoard(QObject):
    """The alerts not yet resolved, for the banners of every window: fed by the ALERTS logger
    from any thread, kept and announced on the GUI thread (a queued signal)."""

    received = Signal(str, str, bool)  # kind, the service's sentence, resolved
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.active: dict[str, str] = {}
        self.received.connect(self._on_received)

    @Slot(str, str, bool)
    def _on_received(self, kind: str, message: str, resolved: bool) -> None:
        if resolved:
            if self.active.pop(kind, None) is None:
                return
        else:
            self.active[kind] = message
        self.changed.emit()


class _BoardHandler(logging.Handler):
    def __init__(self, board: AlertBoard) -> None:
        super().__init__(logging.DEBUG)
        self.board = board

    def emit(self, record: logging.LogRecord) -> None:
        found = alert_of(record)
        if found is None:
            return
        # The board may be gone as the process ends: the log file has the record anyway.
        with contextlib.suppress(RuntimeError):
            self.board.received.emit(found[0], record.getMessage(), found[1])


_board: AlertBoard | None = None


def board() -> AlertBoard:
    """The one board, listening to the ALERTS logger from its first use (on the GUI thread)."""
    global _board
    if _board is None:
        _board = AlertBoard()
        logging.getLogger(ALERTS).addHandler(_BoardHandler(_board))
    return _board


class AlertBanner(QFrame):
    """A strip above the window's lists, hidden while nothing is wrong."""

    backups_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setStyleSheet(
            "#alertBanner { background: #fdecea; border-bottom: 1px solid #e0a19a; }"
            "#alertBanner QLabel { color: #611a15; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.backups_button = QPushButton(self.tr("Backups…"), self)
        self.backups_button.clicked.connect(self.backups_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.backups_button)
        board().changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        active = board().active
        self.label.setText(" ".join(self.sentence(k, m) for k, m in active.items()))
        self.backups_button.setVisible(ALERT_BACKUP in active or ALERT_EXIT_BACKUP in active)
        self.setVisible(bool(active))

    def sentence(self, kind: str, message: str) -> str:
        """What the user reads: a translated sentence, with the service's reason after it."""
        if kind == ALERT_BACKUP:
            text = self.tr(
                "The automatic backup failed: your work is saved in the store but has no recent "
                "backup. Free some disk space or check the backups folder, then take one with "
                "Backups… ({reason})"
            )
        elif kind == ALERT_EXIT_BACKUP:
            text = self.tr(
                "The backup taken as Chancery closed failed: your work is saved in the store "
                "but has no recent backup; take one with Backups… ({reason})"
            )
        elif kind == ALERT_CHECK:
            text = self.tr(
                "The store's check after opening could not run; run `chancery check` once "
                "Chancery is closed. ({reason})"
            )
        else:
            return message
        return text.format(reason=message)
