"""The application owns what the process holds for it: closing it gives every piece back."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import crypto
from desktop_app.cli import main
from desktop_app.services import autobackup, backup, encryption, offload, store_lock
from desktop_app.services.application import Application
from desktop_app.services.startup import open_user_store

KEY = "correct horse battery staple"


def _ask(_path: Path) -> str:
    return KEY


def test_closing_the_application_gives_back_what_it_took(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(autobackup.ENV_AUTO, "1")
    path = (tmp_path / "app.db").resolve()
    other = (tmp_path / "other.db").resolve()
    # Whatever earlier tests of this process still hold is not this application's either.
    locks_before, keys_before = store_lock.held(), crypto.known_keys()
    outer_provider = encryption.set_passphrase_provider(None)
    store_lock.acquire(other)  # held before the application: not its to give back
    crypto.remember_key(tmp_path / "older.db", KEY)
    try:
        with Application(passphrase_provider=_ask) as app:
            assert app.is_open
            assert encryption.set_passphrase_provider(_ask) is _ask  # its prompt meanwhile
            store = open_user_store(path, demo=False)
            during = tmp_path / "during.db"
            crypto.remember_key(during, KEY)  # as opening an encrypted store does
            pool = offload.shared_pool()
            with store.write():
                pass  # a commit: something to back up when the application ends
            assert store_lock.holds(path) and path in autobackup.watched()
            store.close()
            assert store_lock.holds(path)  # a closed store stays locked while the app runs
        assert not app.is_open
        assert not store_lock.holds(path)
        assert store_lock.holds(other)
        assert crypto.key_for(during) is None
        assert crypto.key_for(tmp_path / "older.db") == KEY
        assert path not in autobackup.watched()
        assert [b.reason for b in backup.list_backups(path)] == ["exit"]
        assert encryption.set_passphrase_provider(None) is None  # the prompt went with it
        assert offload.shared_pool() is not pool  # its pool was ended and forgotten
        app.close()  # a second close changes nothing
    finally:
        encryption.set_passphrase_provider(outer_provider)
        offload.shutdown_shared()
        crypto.forget_key(tmp_path / "older.db")
        store_lock.release(other)
        store_lock.release(path)
    assert crypto.known_keys() == keys_before
    assert store_lock.held() == locks_before


def test_a_command_gives_back_the_lock_and_the_prompt_when_it_ends(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    previous = encryption.set_passphrase_provider(None)
    try:
        assert main(["notes", "--db", str(db)]) == 0
        assert not store_lock.holds(db)  # another Chancery may open it now
        # Building the parser no longer installs the terminal prompt for the whole process.
        assert encryption.set_passphrase_provider(None) is None
    finally:
        encryption.set_passphrase_provider(previous)
        store_lock.release(db)
