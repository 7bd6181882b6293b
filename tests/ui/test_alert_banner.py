"""A failed automatic backup (a full disk) shows a banner in the window until a backup works."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services import autobackup, backup
from desktop_app.services.annotations import add_annotation
from desktop_app.services.store import Store
from desktop_app.ui.banner import board
from desktop_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_alert_left() -> Iterator[None]:
    board().active.clear()
    yield
    board().active.clear()


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def watched(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The store with automatic backups on, after every commit."""
    monkeypatch.setenv(autobackup.ENV_AUTO, "1")
    autobackup.watch(store, interval=dt.timedelta(0))
    yield store
    autobackup.unwatch(store.path)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "The automatic backup failed"), ("fr", "La sauvegarde automatique a échoué")],
)
def test_a_full_disk_shows_the_banner_until_a_backup_works(
    watched: Store,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    language: str,
    words: str,
) -> None:
    window = make_window(watched, language)
    assert window.banner.isHidden()
    monkeypatch.setattr(backup, "_copy", _disk_full)
    # A commit starts the automatic backup on its own thread, as while the user works.
    add_annotation(watched, "meeting", 1, "Écrite quand le disque est plein")
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=10000)
    text = window.banner.label.text()
    assert text.startswith(words) and "No space left on device" in text
    assert not window.banner.backups_button.isHidden()

    monkeypatch.undo()  # space again: a backup taken by hand resolves it
    backup.backup_now(watched)
    assert window.banner.isHidden()


def test_a_failed_backup_on_closing_is_said_before_the_window_goes(
    store: Store,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store)
    add_annotation(store, "meeting", 1, "Pas encore sauvegardée")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    monkeypatch.setattr(backup, "_copy", _disk_full)
    window.close()
    [sentence] = said
    assert sentence.startswith("The backup taken as Chancery closed failed")
    assert "No space left on device" in sentence
    assert all(b.reason != "exit" for b in backup.list_backups(store))


def test_a_closing_with_a_good_backup_says_nothing(
    store: Store, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(store)
    add_annotation(store, "meeting", 1, "Sauvegardée en partant")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    window.close()
    assert said == []
    assert any(b.reason == "exit" for b in backup.list_backups(store))


def test_a_check_that_cannot_run_shows_the_banner_until_one_passes(
    store: Store, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services import recovery
    from desktop_app.ui.store_check import DeferredStoreCheck

    window = make_window(store)

    def unreadable(_path: Path) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    def sound(_path: Path) -> None:
        return None

    for quick_check, hidden in ((unreadable, False), (sound, True)):
        store.info = dataclasses.replace(store.info, checked=False)  # as for a large store
        monkeypatch.setattr(recovery, "quick_check", quick_check)
        assert DeferredStoreCheck(window.ctx, window).start()
        window.ctx.runner.drain()
        assert window.banner.isHidden() is hidden
        if not hidden:
            text = window.banner.label.text()
            assert text.startswith("The store's check after opening could not run")
            assert "Input/output error" in text and window.banner.backups_button.isHidden()
