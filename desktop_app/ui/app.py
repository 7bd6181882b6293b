"""Starting the window: the Qt application, the language, the store, the main window."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.services import annotations as notes_api
from desktop_app.services.store import Store, StoreError
from desktop_app.ui import gc_policy
from desktop_app.ui.backups_dialog import offer_newest_backup
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.passphrase_dialog import SecurityController, open_store_interactive
from desktop_app.ui.settings import APPLICATION, ORGANIZATION, AppSettings
from desktop_app.ui.store_check import DeferredStoreCheck

PREFERRED_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans")


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    choose_font(app)
    return app


def choose_font(app: QApplication) -> str:
    """A font that has the glyphs we draw (é, œ, —, «»); Qt shows empty boxes otherwise."""
    families = set(QFontDatabase.families())
    for family in PREFERRED_FONTS:
        if family in families:
            font = QFont(family, app.font().pointSize())
            app.setFont(font)
            break
    return QFontInfo(app.font()).family()


def open_store_for_window(path: str | None, parent: QWidget | None) -> Store | None:
    """The one way the window opens its store; a store it cannot use is said in a dialog.

    An encrypted store asks for its passphrase; a damaged one (already moved aside, never
    deleted) offers its newest good backup and, if the user accepts, opens the restored store.
    A large store is checked after the window shows (WindowHost.open, DeferredStoreCheck),
    unless the last session ended badly: then here, before the window exists.
    """
    try:
        return open_store_interactive(path, parent, defer_check=True)
    except StoreError as exc:
        if offer_newest_backup(exc, parent):
            return open_store_for_window(path, parent)
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("App", "Chancery cannot open the store"),
            str(exc),
        )
        return None


class WindowHost:
    """Keeps one main window; a change of language builds a new one in the new language."""

    def __init__(self, app: QApplication, store: Store, settings: AppSettings) -> None:
        self.app = app
        self.store = store
        self.settings = settings
        self.window: MainWindow | None = None
        self.check: DeferredStoreCheck | None = None

    def open(self) -> MainWindow:
        install_language(self.app, self.settings.language)
        ctx = AppContext(self.store, self.settings)
        window = MainWindow(ctx)
        window.language_change_requested.connect(self._relaunch)
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
        ctx.read(notes_api.list_drafts, window.detail.notes.offer_drafts)
        self.check = DeferredStoreCheck(ctx, window, after_reopen=window.reload_all)
        QTimer.singleShot(0, self.check.start)  # once the window is shown and usable
        return window

    def _relaunch(self, _language: str) -> None:
        old = self.window
        if old is None:
            return
        old.close()
        QTimer.singleShot(0, lambda: self.open().show())
        # Destroyed explicitly on the GUI thread, not whenever the garbage collector runs.
        QTimer.singleShot(0, lambda: shiboken6.delete(old))


def run(db: str | None) -> int:
    """``chancery`` with no command: open the window on the chosen store."""
    app = qt_app()
    store = open_store_for_window(db, None)
    if store is None:
        return 1
    collector = gc_policy.install(app)
    host = WindowHost(app, store, AppSettings())
    host.open().show()
    try:
        return int(app.exec())
    finally:
        collector.stop()
        store.close()
