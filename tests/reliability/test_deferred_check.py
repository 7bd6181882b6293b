"""A large store's quick_check runs after the window shows; damage it finds is recovered.

"Large" is whatever is over db.engine.SYNC_CHECK_BYTES: the tests lower it to 0 rather than
build a store of 64 MB. A small store, or one whose last session crashed, is still checked
before it opens (test_corruption.py).
"""

from __future__ import annotations

import sqlite3
import threading
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from reliability_helpers import digest
from sqlalchemy import Engine
from test_corruption import KEPT, LATER, _prepare, damage_a_page

import db.engine
from db import sqlite_files
from desktop_app.services import recovery, store_lock
from desktop_app.services.annotations import add_annotation, list_annotations
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, StoreError
from desktop_app.ui.context import AppContext
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.store_check import DeferredStoreCheck


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db.engine, "SYNC_CHECK_BYTES", 0)


@pytest.fixture
def prepared(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    _prepare(path)  # closed cleanly, with a backup holding KEPT but not LATER
    return path


def _open(path: Path, *, defer: bool = True) -> Store:
    return open_user_store(path, defer_check=defer)


def _close(store: Store) -> None:
    store.close()
    store_lock.release(store.path)


def test_a_large_store_opens_without_its_check_and_the_check_is_left_pending(
    large: None, prepared: Path
) -> None:
    store = _open(prepared)
    try:
        assert store.check_pending
        assert recovery.quick_check(store.path) is None
        assert LATER in {a.body for a in list_annotations(store)}
    finally:
        _close(store)
    store = _open(prepared, defer=False)  # a check asked for now: made before use
    assert not store.check_pending
    _close(store)


def test_the_command_line_follows_the_same_rule_as_the_window(
    large: None, prepared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app import cli

    checked: list[Path] = []
    real_repair = db.engine.repair_index

    def spy(engine: Engine, path: Path) -> str | None:
        checked.append(path)
        return real_repair(engine, path)

    monkeypatch.setattr(db.engine, "repair_index", spy)
    assert cli.main(["--db", str(prepared), "search", "anything"]) == 0
    store_lock.release(prepared)
    assert checked == []  # large and closed cleanly: no check on open, as in the window
    sqlite_files.journal_path(prepared).write_bytes(b"")  # as a crash leaves it
    assert cli.main(["--db", str(prepared), "search", "anything"]) == 0
    store_lock.release(prepared)
    assert checked == [prepared.resolve()]  # a journal left: checked before use


def test_a_small_store_is_still_checked_before_it_opens(prepared: Path) -> None:
    store = _open(prepared)
    assert not store.check_pending
    _close(store)
    damage_a_page(prepared)
    with pytest.raises(recovery.StoreDamaged):
        _open(prepared)
    store_lock.release(prepared)


def test_after_a_crash_even_a_large_store_is_checked_before_it_opens(
    large: None, prepared: Path
) -> None:
    store = _open(prepared)
    store_lock.release(prepared)  # the process "died": the lock file still says open
    store.engine.dispose()
    assert not store_lock.lock_path(prepared).read_text().endswith("closed\n")
    damage_a_page(prepared)
    with pytest.raises(recovery.StoreDamaged):
        _open(prepared)
    store_lock.release(prepared)


def test_a_leftover_journal_means_checking_before_opening(large: None, prepared: Path) -> None:
    recovery.journal_path(prepared).write_bytes(b"")  # never synced: nothing to play back
    store = _open(prepared)
    assert not store.check_pending
    _close(store)


@pytest.fixture
def window(qapp: QApplication, tmp_path: Path) -> Iterator[QWidget]:
    widget = QWidget()
    yield widget
    shiboken6.delete(widget)


def _check(store: Store, window: QWidget, tmp_path: Path) -> tuple[list[str], list[bool]]:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(store, settings)
    check = DeferredStoreCheck(ctx, window)
    results: list[bool] = []
    status: list[str] = []
    check.finished.connect(results.append)
    ctx.status_message.connect(status.append)
    assert check.start()
    ctx.runner.drain()
    return status, results


def test_the_deferred_check_passes_a_sound_store(
    large: None, prepared: Path, window: QWidget, tmp_path: Path
) -> None:
    store = _open(prepared)
    status, results = _check(store, window, tmp_path)
    assert results == [True] and not store.check_pending and status == []
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert not DeferredStoreCheck(AppContext(store, settings), window).start()  # all checked
    _close(store)


def test_damage_found_after_opening_is_reported_moved_aside_and_the_backup_restored(
    large: None,
    prepared: Path,
    window: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damage_a_page(prepared)
    before = digest(prepared)
    store = _open(prepared)
    assert store.check_pending  # opened at once, damage and all
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    reloaded: list[bool] = []
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(store, settings)
    check = DeferredStoreCheck(ctx, window, after_reopen=lambda: reloaded.append(True))
    results: list[bool] = []
    status: list[str] = []
    check.finished.connect(results.append)
    ctx.status_message.connect(status.append)
    assert check.start()
    ctx.runner.drain()

    assert results == [False] and reloaded == [True]
    assert len(status) == 1 and "backup restored" in status[0]
    assert len(asked) == 1 and "was damaged" in asked[0] and "check after opening" in asked[0]
    moved = list(prepared.parent.glob("store.db.damaged-*"))
    assert len(moved) == 1 and digest(moved[0]) == before  # kept byte for byte
    # The same Store object now reads the restored backup.
    bodies = {a.body for a in list_annotations(store)}
    assert KEPT in bodies and LATER not in bodies
    assert recovery.check_store(prepared).ok
    _close(store)


def test_damage_without_a_backup_is_said_and_a_new_store_opened(
    large: None, tmp_path: Path, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lone.db"
    with open_user_store(path):
        pass
    store_lock.release(path)
    damage_a_page(path)
    store = _open(path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: told.append(text))
    status, results = _check(store, window, tmp_path)
    assert results == [False] and len(status) == 1 and "a new one" in status[0]
    assert len(told) == 1 and "There is no backup" in told[0]
    assert list(tmp_path.glob("lone.db.damaged-*"))
    assert not store.locked and recovery.check_store(path).ok
    _close(store)


def test_a_suspended_store_refuses_reads_until_adopted(prepared: Path) -> None:
    store = _open(prepared)
    store.suspend()
    with pytest.raises(StoreError):
        list_annotations(store)
    store.adopt(Store.open(prepared))
    assert list_annotations(store)
    _close(store)


# Longer than the store's busy_timeout (5 s): a write waiting on the whole check gives up.
HOLD_SECONDS = 7.0


class _SlowConnection:
    """A check's connection whose every SQLite step is slowed until it has run HOLD_SECONDS,
    as the check of a store of several GB is: it holds SQLite's shared lock all along."""

    def __init__(self, real: sqlite3.Connection, started: threading.Event) -> None:
        self._real = real
        self._started = started
        self._since: float | None = None
        self._handler: Callable[[], int] | None = None
        self.checks = 0
        real.set_progress_handler(self._step, 1)

    def _step(self) -> int:
        """Called by SQLite during the check: the first call of the check holds it (and the
        shared lock) until HOLD_SECONDS have passed, looking at the code's own handler."""
        if "quick_check" not in self._last:
            return self._handler() if self._handler is not None else 0
        if self._since is None:
            self._since = time.monotonic()
            self._started.set()
        while time.monotonic() - self._since < HOLD_SECONDS:
            if self._handler is not None and self._handler():
                return 1
            time.sleep(0.01)
        return self._handler() if self._handler is not None else 0

    _last = ""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._last = sql.lower()
        if "quick_check" in self._last:
            self.checks += 1
        return self._real.execute(sql, *args)

    def set_progress_handler(self, handler: Callable[[], int] | None, _n: int) -> None:
        self._handler = handler  # the slowing stays; the code's own handler is called by it

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def test_a_note_saved_while_the_long_check_runs_is_saved(
    large: None, prepared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    made: list[_SlowConnection] = []

    def connect(*args: Any, **kwargs: Any) -> _SlowConnection:
        made.append(_SlowConnection(sqlite3.connect(*args, **kwargs), started))
        return made[-1]

    slow = types.SimpleNamespace(
        connect=connect,
        Error=sqlite3.Error,
        DatabaseError=sqlite3.DatabaseError,
        OperationalError=sqlite3.OperationalError,
    )
    store = _open(prepared)
    assert store.check_pending
    monkeypatch.setattr(sqlite_files, "sqlite3", slow)
    results: list[str | None] = []
    checker = threading.Thread(target=lambda: results.append(recovery.quick_check(store.path)))
    try:
        checker.start()
        assert started.wait(60), "the check never started"
        note = add_annotation(store, "meeting", 1, "Écrite pendant la vérification")
        checker.join(120)
        assert not checker.is_alive()
        assert results == [None]  # the store is sound, and the check said so
        assert note.id in {a.id for a in list_annotations(store)}
        assert made[0].checks >= 2  # it stepped aside for the write, then ran again
    finally:
        checker.join(120)
        _close(store)
