"""encrypt → rekey → decrypt keep every record (store and backups), and a kill loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptohelp import PASSPHRASE, dump, leaks

from db import crypto
from desktop_app.services import backup, encryption, searching, store_lock
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, StoreError

ROOT = Path(__file__).resolve().parents[2]
NEW = "a different, longer passphrase"


def _leftovers(path: Path) -> list[str]:
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.endswith(("-tmp", "-old", "-journal"))
    )


def test_round_trip_keeps_every_record(plain_path: Path) -> None:
    with Store.open(plain_path) as store:
        taken = backup.backup_now(store)
    original = dump(plain_path, None)
    original_backup = dump(taken.path, None)
    assert leaks(plain_path) and leaks(taken.path)

    result = encryption.encrypt(plain_path, PASSPHRASE)
    assert result.encrypted and result.backups == 1 and result.records > 100
    assert encryption.is_encrypted(plain_path) and encryption.is_encrypted(taken.path)
    assert leaks(plain_path) == [] and leaks(taken.path) == []
    assert dump(plain_path, PASSPHRASE) == original
    assert dump(taken.path, PASSPHRASE) == original_backup

    result = encryption.rekey(plain_path, PASSPHRASE, NEW)
    assert result.encrypted and result.backups == 1
    with pytest.raises(crypto.WrongPassphrase):
        Store.open(plain_path, passphrase=PASSPHRASE)
    assert dump(plain_path, NEW) == original
    assert dump(taken.path, NEW) == original_backup
    with Store.open(plain_path, passphrase=NEW) as store:
        assert [h.kind for h in searching.search(store, "watermelon")] == ["annotation"]

    result = encryption.decrypt(plain_path, NEW)
    assert not result.encrypted
    assert dump(plain_path, None) == original
    assert dump(taken.path, None) == original_backup
    with Store.open(plain_path) as store:
        assert [h.kind for h in searching.search(store, "watermelon")] == ["annotation"]
    assert _leftovers(plain_path) == []


def test_refusals_change_nothing(plain_path: Path) -> None:
    before = plain_path.read_bytes()
    with pytest.raises(crypto.InvalidPassphrase, match="at least"):
        encryption.encrypt(plain_path, "short")
    with pytest.raises(StoreError, match="not encrypted"):
        encryption.rekey(plain_path, PASSPHRASE, NEW)
    with pytest.raises(StoreError, match="not encrypted"):
        encryption.decrypt(plain_path, PASSPHRASE)
    encryption.encrypt(plain_path, PASSPHRASE)
    encrypted = plain_path.read_bytes()
    with pytest.raises(crypto.WrongPassphrase):
        encryption.rekey(plain_path, "not the passphrase", NEW)
    with pytest.raises(crypto.WrongPassphrase):
        encryption.decrypt(plain_path, "not the passphrase")
    with pytest.raises(StoreError, match="already encrypted"):
        encryption.encrypt(plain_path, NEW)
    assert plain_path.read_bytes() == encrypted != before
    assert _leftovers(plain_path) == []


def test_changing_the_open_store_keeps_the_same_object_working(plain_path: Path) -> None:
    store = Store.open(plain_path)
    try:
        result = encryption.change_open_store(store, None, PASSPHRASE)
        assert result.encrypted and store.encrypted
        assert searching.search(store, "watermelon")
        with pytest.raises(crypto.WrongPassphrase):
            encryption.change_open_store(store, "not the passphrase", NEW)
        encryption.change_open_store(store, PASSPHRASE, NEW)
        assert store.encrypted and searching.search(store, "watermelon")
        encryption.change_open_store(store, NEW, None)
        assert not store.encrypted and searching.search(store, "watermelon")
    finally:
        store.close()


def test_copy_for_benchmarks_gives_the_same_store_both_ways(plain_path: Path) -> None:
    enc = plain_path.with_name("bench-encrypted.db")
    records = encryption.copy_store(plain_path, enc, target_passphrase=PASSPHRASE)
    assert records > 100
    with encryption.open_store(plain_path) as plain, encryption.open_store(enc, PASSPHRASE) as e:
        assert not plain.encrypted and e.encrypted
        assert searching.search(plain, "watermelon") == searching.search(e, "watermelon")
    with pytest.raises(StoreError, match="already exists"):
        encryption.copy_store(plain_path, enc, target_passphrase=PASSPHRASE)


CHILD = """
import os, sys, time
from desktop_app.services import encryption

stop_at = sys.argv[2].replace("-", " ")

def checkpoint(stage):
    if stage == stop_at:
        print(stage, flush=True)
        time.sleep(120)

encryption._checkpoint = checkpoint
encryption.encrypt(sys.argv[1], os.environ["CHANCERY_NEW_PASSPHRASE"])
print("done", flush=True)
time.sleep(120)
"""


def _encrypt_in_child(path: Path, stop_at: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CHANCERY_NEW_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), stop_at],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


# Mid-way through the backups; the store's new file written and checked but not swapped in;
# just swapped in (the old plain file not yet overwritten).
@pytest.mark.parametrize("stage", ["backup swapped", "verified", "swapped"])
def test_a_kill_during_encrypt_loses_nothing(plain_path: Path, stage: str) -> None:
    with Store.open(plain_path) as store:
        backup.backup_now(store)
    original = dump(plain_path, None)
    child = _encrypt_in_child(plain_path, stage.replace(" ", "-"))
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == stage
    finally:
        _kill(child)
    if stage.startswith("backup") or stage in ("exported", "verified"):
        # Killed before the swap: the store is the original, byte for byte readable.
        assert not encryption.is_encrypted(plain_path)
        assert dump(plain_path, None) == original
    else:
        assert encryption.is_encrypted(plain_path)
        assert dump(plain_path, PASSPHRASE) == original
    # Running it again (or opening the store as the app does) finishes the job and cleans up:
    # no file left anywhere beside the store holds the secret in clear.
    if encryption.is_encrypted(plain_path):
        open_user_store(plain_path, passphrase=PASSPHRASE).close()
        store_lock.release(plain_path)
    else:
        encryption.encrypt(plain_path, PASSPHRASE)
        assert dump(plain_path, PASSPHRASE) == original
    for info in backup.list_backups(plain_path):
        assert encryption.is_encrypted(info.path)
    assert _leftovers(plain_path) == []
    assert [f.name for f in plain_path.parent.rglob("*") if f.is_file() and leaks(f)] == []


def test_a_kill_at_any_moment_of_encrypt_loses_nothing(tmp_path: Path, plain_path: Path) -> None:
    # Not at a chosen stage: killed as soon as the new file appears, mid-export.
    original = dump(plain_path, None)
    tmp = plain_path.with_name(plain_path.name + encryption.TMP_SUFFIX)
    child = _encrypt_in_child(plain_path, "never")
    try:
        deadline = time.monotonic() + 60
        while not tmp.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
    finally:
        _kill(child)
    key = PASSPHRASE if encryption.is_encrypted(plain_path) else None
    assert dump(plain_path, key) == original
    if key is None:
        encryption.encrypt(plain_path, PASSPHRASE)
    assert dump(plain_path, PASSPHRASE) == original
    assert not tmp.exists()
