"""Fixtures for the window's tests: a context and a main window over a temporary store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services.store import Store
from desktop_app.ui.app import choose_font
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_settings(settings_file: Path) -> Callable[[], AppSettings]:
    def make() -> AppSettings:
        return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))

    return make


@pytest.fixture
def ctx(
    qapp: QApplication, store: Store, make_settings: Callable[[], AppSettings]
) -> Iterator[AppContext]:
    install_language(qapp, "en")
    context = AppContext(store, make_settings())
    yield context
    context.runner.drain()
    # Destroyed here, on the GUI thread: left to the garbage collector, a QObject may be
    # destroyed on a worker thread of a later test.
    shiboken6.delete(context)


@pytest.fixture
def make_window(
    qapp: QApplication, qtbot: QtBot, make_settings: Callable[[], AppSettings]
) -> Iterator[Callable[..., MainWindow]]:
    """Builds main windows on a store; each is closed (and its writes finished) at the end."""
    windows: list[MainWindow] = []
    choose_font(qapp)

    def make(store: Store, language: str = "en") -> MainWindow:
        settings = make_settings()
        settings.language = language
        install_language(qapp, language)
        window = MainWindow(AppContext(store, settings))
        window.show()
        window.ctx.runner.drain()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.ctx.runner.drain()
        shiboken6.delete(window)  # on the GUI thread (see the ctx fixture)
    install_language(qapp, "en")
