"""Starting the window: its frame at once, then the store and the pages, loaded off the GUI thread.

``chancery`` shows the main window's frame (title, menus, sidebar, search field) before
SQLAlchemy or any service is imported: this module and the ones it imports at the top are light
(tests/ui/test_cold_start.py checks it). ColdStart then imports the rest and opens a plain
store on a thread while the window takes input, and fills the same window in on the GUI
thread. Every dialog of opening a store (passphrase, damaged store and its backup, a store
Chancery cannot use) is shown on the GUI thread, over the window, as before.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import sys
import threading
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.ui import gc_policy
from desktop_app.ui.frame import choose_font, qt_app, store_file_name
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import BODY_MODULES, MainWindow
from desktop_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from desktop_app.services.application import Application
    from desktop_app.services.store import Store, StoreError
    from desktop_app.ui.store_check import DeferredStoreCheck

__all__ = [
    "ColdStart",
    "WindowHost",
    "choose_font",
    "open_store_for_window",
    "qt_app",
    "run",
]

log = logging.getLogger(__name__)

# Imported on the loading thread before the window is filled in: the window's body, and what
# opening the store and wiring the window use.
START_MODULES = (
    *BODY_MODULES,
    "desktop_app.services.startup",
    "desktop_app.services.encryption",
    "desktop_app.ui.passphrase_dialog",
    "desktop_app.ui.backups_dialog",
    "desktop_app.ui.store_check",
)
# As gc_policy.install: the window's objects are frozen once it and its first lists are up.
FREEZE_AFTER_MS = 1500
# A large store's deferred quick_check starts when the lists show it, or after this at most.
CHECK_AFTER_MS = 3000


def open_store_for_window(path: str | None, parent: QWidget | None) -> Store | None:
    """The one way the window opens its store; a store it cannot use is said in a dialog.

    An encrypted store asks for its passphrase; a damaged one (already moved aside, never
    deleted) offers its newest good backup and, if the user accepts, opens the restored store.
    A large store is checked after the window shows (WindowHost, DeferredStoreCheck),
    unless the last session ended badly: then here, before the store's pages exist.
    """
    from desktop_app.services.startup import open_user_store
    from desktop_app.services.store import StoreError, resolve_store_url
    from desktop_app.ui.passphrase_dialog import open_store_interactive

    try:
        if resolve_store_url(path) is not None:  # a team store: no file, no passphrase
            return open_user_store(path)
        return open_store_interactive(path, parent, defer_check=True)
    except StoreError as exc:
        return store_refused(exc, path, parent)


def store_refused(exc: StoreError, path: str | None, parent: QWidget | None) -> Store | None:
    """Say why the store cannot be used; a damaged one is offered its newest backup and, if
    the user restores it, opened again."""
    from desktop_app.ui.backups_dialog import offer_newest_backup

    if offer_newest_backup(exc, parent):
        return open_store_for_window(path, parent)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("App", "Chancery cannot open the store"),
        str(exc),
    )
    return None


def open_plain_store(path: str | None) -> Store | None:
    """Open the store if that can need no dialog (it is not encrypted): safe on a worker
    thread. None: it is encrypted (or an encrypt/rekey/decrypt of it was interrupted), and
    open_store_for_window asks for the passphrase."""
    from desktop_app.services import encryption
    from desktop_app.services.startup import open_user_store
    from desktop_app.services.store import resolve_store_path, resolve_store_url

    if resolve_store_url(path) is not None:
        return open_user_store(path)  # a team store on PostgreSQL: no file, no passphrase
    target = resolve_store_path(path).expanduser().resolve()
    if encryption.is_encrypted(target) or encryption.pending_conversion(target) is not None:
        return None
    return open_user_store(target, defer_check=True)


class WindowHost:
    """Keeps one main window; a change of language builds a new one in the new language."""

    def __init__(self, app: QApplication, store: Store, settings: AppSettings) -> None:
        self.app = app
        self.store = store
        self.settings = settings
        self.window: MainWindow | None = None
        self.check: DeferredStoreCheck | None = None

    def open(self) -> MainWindow:
        """A new main window on the store (in the settings' language)."""
        install_language(self.app, self.settings.language)
        frame = MainWindow(settings=self.settings, store_name=self.store.path.name)
        return self.adopt(frame)

    def adopt(self, window: MainWindow, first: bool = True) -> MainWindow:
        """Fill ``window`` (so far its frame alone) with the store's pages, and wire it.
        ``first``: the store was just opened; offer its drafts and check it (not again when
        the window is rebuilt in another language: its editor's text is carried over)."""
        from desktop_app.services import annotations as notes_api
        from desktop_app.ui.context import AppContext
        from desktop_app.ui.passphrase_dialog import SecurityController
        from desktop_app.ui.store_check import DeferredStoreCheck

        ctx = AppContext(self.store, self.settings)
        window.attach(ctx)
        window.language_change_requested.connect(self._relaunch)
        window.store_change_requested.connect(self._change_store)
        self.settings.add_recent_store(self.store.address)  # a URL: without its password
        security = SecurityController(
            self.store, window, before_close=ctx.runner.drain, after_reopen=window.reload_all
        )
        # Before Help, which stays the last menu as on every desktop.
        bar = window.menuBar()
        last = bar.actions()[-1] if bar.actions() else None
        if last is not None:
            bar.insertMenu(last, security.menu(window))
        else:
            bar.addMenu(security.menu(window))
        self.window = window
        if not first:
            return window
        ctx.read(notes_api.list_drafts, window.detail.notes.offer_drafts)
        self.check = DeferredStoreCheck(ctx, window, after_reopen=window.reload_all)
        # Once the lists show the store, so its reads do not compete with theirs; at the
        # latest after CHECK_AFTER_MS (start() runs the check once).
        window.store_shown.connect(self.check.start)
        QTimer.singleShot(CHECK_AFTER_MS, self.check, self.check.start)
        return window

    def _relaunch(self, _language: str) -> None:
        """The window again in the new language, in place: same store, page, filters, search,
        item in view and selected meetings. The new window shows before the old one closes, so
        the application never has no window (it would quit)."""
        old = self.window
        if old is None:
            return
        state = old.view_state()
        old.retiring = True
        old.detail.notes.flush_draft()
        old.save_layout()  # the new window's frame restores its geometry and splitter from it
        old.ctx.runner.drain()
        install_language(self.app, self.settings.language)
        frame = MainWindow(settings=self.settings, store_name=self.store.path.name)
        new = self.adopt(frame, first=False)
        new.restore_view_state(state)
        new.show()
        # The keys where they were: in the section's list (else the search field took them).
        target = new.search_box if state.search else new.pages.key_widget()
        if target is not None:
            target.setFocus()
        if old.isMaximized():
            new.showMaximized()
        new.statusBar().showMessage(
            QCoreApplication.translate("App", "Interface language changed."), 5000
        )
        old.close()
        # Destroyed explicitly on the GUI thread, not whenever the garbage collector runs.
        QTimer.singleShot(0, lambda: shiboken6.delete(old))

    def _change_store(self, path: str, new: bool) -> None:
        """File ▸ New store / Open store: the window on another store. The old window closes
        (with its store's exit backup) only once the new one shows: the app never quits."""
        from desktop_app.services.startup import open_user_store
        from desktop_app.services.store import StoreError

        old = self.window
        if old is None:
            return
        old.detail.notes.flush_draft()
        old.ctx.runner.drain()
        if new:
            try:
                open_user_store(path, demo=False).close()  # created empty, then opened below
            except (StoreError, OSError) as exc:
                QMessageBox.critical(
                    old,
                    QCoreApplication.translate("App", "Chancery cannot open the store"),
                    str(exc),
                )
                return
        store = open_store_for_window(path, old)
        if store is None:
            return  # said in a dialog, or cancelled: the current store stays open
        old_store, self.store = self.store, store
        old.save_layout()
        self.settings.last_meeting_id = None  # a meeting id of the other store
        frame = MainWindow(settings=self.settings, store_name=store.path.name)
        new_window = self.adopt(frame)
        new_window.show()
        if old.isMaximized():
            new_window.showMaximized()
        new_window.statusBar().showMessage(
            QCoreApplication.translate("App", "Opened {0}.").format(store.display_name), 8000
        )
        old.close()  # its exit backup, of the store it had
        self.settings.last_meeting_id = None
        old_store.close()
        QTimer.singleShot(0, lambda: shiboken6.delete(old))


class ColdStart(QObject):
    """``chancery`` with no command: the frame first, then the store's pages in the same window.

    ``start()`` shows the frame; a thread imports START_MODULES and opens a plain store
    (the GUI thread keeps painting and taking input meanwhile); back on the GUI thread, an
    encrypted store asks for its passphrase and a store that cannot be opened is said, as
    before; then WindowHost.adopt fills the window in (``ready``). If no store could be
    opened, ``failed`` is emitted (run() then ends the event loop with 1).
    """

    ready = Signal()
    failed = Signal()
    _loaded = Signal(object)  # from the loading thread: a Store, None, or an exception

    def __init__(
        self, app: QApplication, db: str | None, settings: AppSettings | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.db = db
        self.settings = settings or AppSettings()
        install_language(app, self.settings.language)
        self.window = MainWindow(settings=self.settings, store_name=store_file_name(db))
        self.host: WindowHost | None = None
        # The window's hold on the process (stores' locks and keys, automatic backups, the
        # helper process): opened by the loading thread before any store, closed in finish().
        self.application: Application | None = None
        self.collector = gc_policy.GuiThreadCollector(self)
        self._gc_was_enabled = gc.isenabled()
        self._opened: Any = None  # what the thread opened and nobody has taken yet
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self._load, name="chancery-start", daemon=True)
        self._loaded.connect(self._on_loaded)

    def start(self) -> MainWindow:
        # From here on, garbage is collected on the GUI thread only: never in the loading
        # thread, where it could destroy a Qt object (see gc_policy).
        self.collector.start()
        self.window.show()
        # Once the event loop runs, so the frame is painted before the thread takes the GIL.
        QTimer.singleShot(0, self._thread.start)
        return self.window

    def _load(self) -> None:
        """On the loading thread: imports and opening only, never a widget."""
        from desktop_app.services.application import Application

        self.application = Application().open()
        result: object
        try:
            for name in START_MODULES:
                importlib.import_module(name)
            result = None if self._cancelled.is_set() else open_plain_store(self.db)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which says it
            result = exc
        if self._cancelled.is_set() and result is not None:
            if not isinstance(result, BaseException):
                result.close()  # the window closed while it opened (finish gave up waiting)
            return
        self._opened = result
        with contextlib.suppress(RuntimeError):  # the window's process may be ending
            self._loaded.emit(result)

    @Slot(object)
    def _on_loaded(self, result: object) -> None:
        from desktop_app.services.store import Store, StoreError

        if self._cancelled.is_set() or not self.window.isVisible():
            return  # closed while the store opened: finish() closes it
        self._opened = None
        store: Store | None
        if isinstance(result, StoreError):
            store = store_refused(result, self.db, self.window)
        elif isinstance(result, BaseException):
            log.error("Chancery could not start", exc_info=result)
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("App", "Chancery cannot open the store"),
                QCoreApplication.translate("App", "Chancery could not start: {0}").format(result),
            )
            store = None
        elif isinstance(result, Store):
            store = result
        else:  # encrypted: the passphrase dialog, over the window
            store = open_store_for_window(self.db, self.window)
        if store is None:
            self.failed.emit()
            return
        self.host = WindowHost(self.app, store, self.settings)
        self.host.adopt(self.window)
        QTimer.singleShot(FREEZE_AFTER_MS, gc_policy.keep_gui_responsive)
        self.ready.emit()

    def finish(self, timeout: float = 5.0) -> None:
        """After the event loop: let the thread end, close the store, close the application
        (its last backups, the helper process, the locks and keys), collect as before. A
        thread still opening the store after ``timeout`` (a migration of a large store)
        closes it itself when done."""
        self._cancelled.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        opened, self._opened = self._opened, None
        if opened is not None and not isinstance(opened, BaseException):
            opened.close()  # opened for a window closed meanwhile
        if self.host is not None:
            self.host.store.close()
        # Its last automatic backups, then the helper process, locks and keys it took; not
        # while the thread still opens (migrates) a store: the process's end releases them.
        if self.application is not None and not self._thread.is_alive():
            self.application.close()
        self.collector.stop()
        if not self._gc_was_enabled:  # as it was found (a test session collects by hand)
            gc.disable()


def run(db: str | None) -> int:
    """``chancery`` with no command: open the window on the chosen store."""
    from desktop_app.ui import smoke

    try:
        smoke_delay = smoke.delay_ms()
    except ValueError as exc:
        print(f"chancery: {exc}", file=sys.stderr)
        return 2
    app = qt_app()
    start = ColdStart(app, db)
    start.failed.connect(lambda: app.exit(1))
    if smoke_delay is not None:  # installers' self-check (smoke.py); unset for users
        start.ready.connect(lambda: smoke.check(app, start.window, smoke_delay))
    start.start()
    try:
        return int(app.exec())
    finally:
        start.finish()
