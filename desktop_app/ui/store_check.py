"""A large store's quick_check, run on a worker right after the window shows; damage recovered.

Opening checks a small store (or one a crash left) before the window exists; a large one is
opened at once (startup.open_user_store ``defer_check``) and checked here, on its own
read-only connection, so the window is usable meanwhile. If the check finds damage, the user
is told, the store is closed and moved aside, and its newest good backup is offered: the
same path as a damaged store found at start (ui.app.open_store_for_window).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import logging_setup
from desktop_app.logging_setup import ALERT_CHECK
from desktop_app.services import recovery
from desktop_app.services.store import StoreError
from desktop_app.ui.backups_dialog import offer_newest_backup
from desktop_app.ui.context import AppContext
from desktop_app.ui.passphrase_dialog import open_store_interactive


class DeferredStoreCheck(QObject):
    """``start()`` once the window shows; ``finished(ok)`` when the check (and any recovery)
    is over. ``after_reopen`` refreshes the window's views on the store opened instead."""

    finished = Signal(bool)  # True: the store is sound

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        *,
        after_reopen: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._after_reopen = after_reopen or (lambda: None)
        self.running = False

    def start(self) -> bool:
        """Run the check if opening left it to us; False if there was nothing to check."""
        store = self.ctx.store
        if self.running or not store.check_pending:
            return False
        self.running = True
        path = store.path
        self.ctx.runner.slow(lambda: recovery.quick_check(path), self._on_checked, self._on_error)
        return True

    @Slot(object)
    def _on_checked(self, problem: str | None) -> None:
        self.running = False
        if problem is None:
            self.ctx.store.mark_checked()
            logging_setup.resolve(ALERT_CHECK)
            self.finished.emit(True)
            return
        self._recover(problem)
        self.finished.emit(False)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.running = False  # the check itself could not run: not proof of damage
        logging_setup.report(ALERT_CHECK, f"The store's check could not run: {message}")
        self.finished.emit(True)

    def _recover(self, problem: str) -> None:
        store = self.ctx.store
        title = self.tr("The store was damaged")
        self.ctx.runner.drain()  # let running reads and queued writes finish first
        try:
            damaged = recovery.set_aside_open(
                store, f"found by SQLite's check after opening: {problem}"
            )
        except OSError as exc:
            QMessageBox.critical(
                self.window,
                title,
                self.tr(
                    "Chancery found the store damaged but could not move it aside ({error}); "
                    "close Chancery and restore a backup with `chancery restore latest`."
                ).format(error=exc.strerror or exc),
            )
            return
        # With a backup, the user is told and asked; without one, told what happens next.
        restored = offer_newest_backup(damaged, self.window)
        if not restored and damaged.backup is None:
            QMessageBox.warning(self.window, title, str(damaged))
        try:
            fresh = open_store_interactive(damaged.path, self.window)
        except StoreError as exc:
            QMessageBox.critical(self.window, title, str(exc))
            return
        if fresh is None:
            return  # the passphrase was not given: the store stays closed until unlocked
        store.adopt(fresh)
        self._after_reopen()
        # Replaces any error a read of the damaged store left in the status bar meanwhile.
        if restored:
            done = self.tr("The damaged store was set aside as {name} and its backup restored.")
        else:
            done = self.tr("The damaged store was set aside as {name}; this store is a new one.")
        self.ctx.status_message.emit(done.format(name=damaged.moved_to.name))
