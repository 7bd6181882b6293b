"""Automatic backups: after commits (in the background, at most every interval) and at exit."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest
from reliability_helpers import chancery

from desktop_app.services import autobackup, backup, store_lock
from desktop_app.services.annotations import add_annotation
from desktop_app.services.startup import open_user_store


def _bodies(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT body FROM annotation")}
    finally:
        conn.close()


def _wait_for(path: Path, count: int) -> list[backup.BackupInfo]:
    for _ in range(300):
        found = backup.list_backups(path)
        if len(found) >= count:
            return found
        time.sleep(0.05)
    raise AssertionError(f"no automatic backup of {path} appeared")


def test_a_commit_starts_a_background_backup_once_the_interval_has_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(autobackup.ENV_AUTO, "1")
    path = tmp_path / "auto.db"
    store = open_user_store(path)
    try:
        assert str(store.path) in autobackup.pending()
        [demo] = backup.list_backups(store)  # the demo dossier, backed up once loaded
        add_annotation(store, "meeting", 1, "Pas encore sauvegardée")
        # The interval (10 minutes) has not passed since the store was opened: no copy yet.
        assert autobackup.pending()[str(store.path)]["dirty"]
        assert backup.list_backups(store) == [demo]

        autobackup.unwatch(store.path)
        autobackup.watch(store, interval=dt.timedelta(0))
        add_annotation(store, "meeting", 1, "Sauvegardée en arrière-plan")
        auto, _demo = _wait_for(store.path, 2)
        assert auto.reason == "auto"
        assert backup.verify_backup(auto.path) is None
        assert "Sauvegardée en arrière-plan" in _bodies(auto.path)
    finally:
        autobackup.unwatch(store.path)
        store.close()
        store_lock.release(path)


def test_the_end_of_a_process_that_wrote_backs_up_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(autobackup.ENV_AUTO, "1")  # chancery() passes os.environ to the child
    db = tmp_path / "exit.db"
    wrote = chancery("annotate", "meeting:2", "--text", "Écrite puis sauvegardée", "--db", str(db))
    assert wrote.returncode == 0, wrote.stderr
    on_exit, demo = backup.list_backups(db)
    assert on_exit.reason == "exit"
    assert "Écrite puis sauvegardée" in _bodies(on_exit.path)
    assert "Écrite puis sauvegardée" not in _bodies(demo.path) and _bodies(demo.path)
    # A process that only read changes nothing, so it adds no backup.
    assert chancery("notes", "--db", str(db)).returncode == 0
    assert len(backup.list_backups(db)) == 2


def test_a_new_store_is_backed_up_once_its_demo_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 16: before, a new store's demo had no backup until its first edit."""
    monkeypatch.setenv(autobackup.ENV_AUTO, "1")
    path = tmp_path / "fresh.db"
    store = open_user_store(path)
    try:
        [first] = backup.list_backups(store)
        assert backup.verify_backup(first.path) is None
        assert backup.holds_data(first)
        assert _bodies(first.path) == _bodies(store.path) != set()
    finally:
        autobackup.unwatch(store.path)
        store.close()
        store_lock.release(path)


def test_importing_hooks_nothing_and_the_last_unwatch_takes_the_hooks_off(tmp_path: Path) -> None:
    """No global state at import: SQLAlchemy's commits and the exit are hooked by ``watch``."""
    import subprocess
    import sys

    code = f"""
import atexit, os
os.environ[{autobackup.ENV_AUTO!r}] = "1"
from desktop_app.services import autobackup
from desktop_app.services.store import Store
assert not autobackup.hooked(), "hooked at import"
with Store.open({str(tmp_path / "s.db")!r}) as store:
    assert autobackup.watch(store)
    assert autobackup.hooked()
    autobackup.unwatch(store.path)
    assert not autobackup.hooked(), "still hooked after the last unwatch"
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
