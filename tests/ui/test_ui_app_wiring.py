"""The window as `chancery` opens it: security menu wired, damaged stores offered a backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from desktop_app.services.store import Store
from desktop_app.ui import app as ui_app
from desktop_app.ui.app import WindowHost
from desktop_app.ui.settings import AppSettings


def test_the_window_has_the_security_menu(
    store: Store, qapp: QApplication, make_settings: Callable[[], AppSettings]
) -> None:
    settings = make_settings()
    settings.language = "en"
    host = WindowHost(qapp, store, settings)
    window = host.open()
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert "Security" in menus
    assert list(menus)[-1] == "Help"  # Help stays the last menu
    security = menus["Security"]
    assert isinstance(security, QMenu)
    entries = [a.text() for a in security.actions() if a.text()]
    assert "Lock now" in entries and "Encrypt the store…" in entries
    window.close()
    window.ctx.runner.drain()


def test_a_store_that_cannot_be_opened_is_said_in_a_dialog(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert ui_app.open_store_for_window(str(tmp_path), None) is None
    assert said and "is a folder" in said[0]
