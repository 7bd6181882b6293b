"""An encrypted store's check after opening uses the key the open store proved, read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptohelp import PASSPHRASE

import db.engine
from desktop_app.services import recovery, store_lock
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store


def test_an_encrypted_large_store_is_checked_after_opening(
    encrypted_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    path: Path = encrypted_store.path
    encrypted_store.close()
    monkeypatch.setattr(db.engine, "SYNC_CHECK_BYTES", 0)
    store_lock.acquire(path)  # a first, clean session under the lock
    open_user_store(path, passphrase=PASSPHRASE).close()
    store_lock.release(path)

    store = open_user_store(path, passphrase=PASSPHRASE, defer_check=True)
    try:
        assert store.check_pending and store.encrypted
        assert recovery.quick_check(path) is None
        # A page scrambled on disk: the check (with the key) finds it.
        with path.open("r+b") as handle:
            handle.seek(path.stat().st_size // 2)
            handle.write(b"\x00" * 4096)
        assert recovery.quick_check(path) is not None
    finally:
        store.close()
        store_lock.release(path)
