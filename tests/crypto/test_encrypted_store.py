"""An encrypted store: nothing readable in its file or backups, and a clean refusal without
the right passphrase."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cryptohelp import PASSPHRASE, SECRET, add_secret_note, dump, leaks

from db import crypto
from desktop_app.cli import main
from desktop_app.services import backup, encryption, recovery, searching, store_lock
from desktop_app.services.demo import load_demo
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, StoreError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_file_and_its_backups_hold_none_of_the_stored_text(
    encrypted_store: Store,
) -> None:
    hits = searching.search(encrypted_store, "watermelon")
    assert [h.kind for h in hits] == ["annotation"]  # the FTS index works when encrypted
    taken = backup.backup_now(encrypted_store)
    encrypted_store.close()
    path = encrypted_store.path
    assert leaks(path) == []
    assert leaks(taken.path) == []
    # The same store in plain form does hold them: the search above is not vacuous.
    plain = path.with_name("plain.db")
    encryption.copy_store(path, plain, source_passphrase=PASSPHRASE)
    assert leaks(plain) != []
    assert backup.verify_backup(taken.path, PASSPHRASE) is None
    assert dump(taken.path, PASSPHRASE) == dump(path, PASSPHRASE)


def test_plain_sqlite_cannot_open_it(encrypted_store: Store) -> None:
    encrypted_store.close()
    path = encrypted_store.path
    assert not path.read_bytes().startswith(b"SQLite format 3\x00")
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert encryption.is_encrypted(path)


def test_a_wrong_passphrase_fails_cleanly_and_touches_nothing(encrypted_store: Store) -> None:
    backup.backup_now(encrypted_store)  # a store with backups must not look "lost"
    encrypted_store.close()
    path = encrypted_store.path
    before = _digest(path)
    crypto.forget_key(path)  # as in a new process
    with pytest.raises(crypto.WrongPassphrase, match="does not open"):
        Store.open(path, passphrase="not the passphrase")
    with pytest.raises(crypto.WrongPassphrase):
        open_user_store(path, passphrase="not the passphrase")
    assert crypto.key_for(path) is None  # a wrong passphrase is not kept
    with pytest.raises(crypto.PassphraseRequired, match="encrypted"):
        Store.open(path)
    previous = encryption.set_passphrase_provider(None)
    try:
        with pytest.raises(crypto.PassphraseRequired, match="CHANCERY_PASSPHRASE"):
            open_user_store(path)
    finally:
        encryption.set_passphrase_provider(previous)
        store_lock.release(path)
    # Nothing moved aside, nothing created in its place, not a byte changed.
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == [
        "secret.db",
        "secret.db.lock",
    ]


def test_the_environment_passphrase_opens_it_through_startup(
    encrypted_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted_store.close()
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, PASSPHRASE)
    store = open_user_store(encrypted_store.path)
    try:
        assert store.encrypted
        assert [h.kind for h in searching.search(store, "Niamey liaison")] == ["annotation"]
    finally:
        store.close()
        store_lock.release(store.path)


def test_a_plain_store_refuses_a_passphrase(plain_path: Path) -> None:
    with pytest.raises(StoreError, match="not encrypted"):
        Store.open(plain_path, passphrase=PASSPHRASE)


def test_secure_delete_is_on_for_every_encrypted_connection(encrypted_store: Store) -> None:
    engine = encrypted_store.engine
    first, second = engine.connect(), engine.connect()  # two pooled connections
    try:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("setting", ["ON", "OFF"])
def test_secure_delete_leaves_no_deleted_text_in_free_pages(tmp_path: Path, setting: str) -> None:
    # Shown on a plain file, where the pages can be read: with the pragma our connections set,
    # a deleted row's text is overwritten; without it (the control), it lingers.
    path = tmp_path / "pages.db"
    conn = crypto.connect(path, None)
    try:
        conn.execute(f"PRAGMA secure_delete = {setting}")
        conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")
        conn.execute("INSERT INTO t(v) VALUES (?)", ("filler " * 60,))
        conn.execute("INSERT INTO t(v) VALUES (?)", (SECRET * 10,))
        conn.execute("DELETE FROM t WHERE v LIKE 'Zanzibar%'")
    finally:
        conn.close()
    assert (leaks(path) == []) == (setting == "ON")
    assert crypto.CIPHER_PRAGMAS == ("PRAGMA secure_delete = ON",)


def test_a_damaged_plain_header_is_not_taken_for_encryption(plain_path: Path) -> None:
    data = bytearray(plain_path.read_bytes())
    data[:16] = b"\0" * 16
    plain_path.write_bytes(bytes(data))
    assert not encryption.is_encrypted(plain_path)


def test_lock_refuses_work_until_a_reopened_store_is_adopted(encrypted_store: Store) -> None:
    path = encrypted_store.path
    encrypted_store.lock()
    assert encrypted_store.locked and crypto.key_for(path) is None
    with pytest.raises(StoreError, match="locked"):
        searching.search(encrypted_store, "watermelon")
    encrypted_store.adopt(Store.open(path, passphrase=PASSPHRASE, create=False))
    assert not encrypted_store.locked
    assert searching.search(encrypted_store, "watermelon")
    add_secret_note(encrypted_store)


def test_a_new_encrypted_store_migrates_and_indexes(tmp_path: Path) -> None:
    result = encryption.create_encrypted(tmp_path / "new.db", PASSPHRASE)
    assert result.encrypted
    with Store.open(tmp_path / "new.db", passphrase=PASSPHRASE) as store:
        assert store.info.revision is not None
        load_demo(store)
        add_secret_note(store)
        assert searching.search(store, SECRET.split()[0])


def test_the_passphrase_is_written_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store" / "chancery.db"
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(db)]) == 0
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    with Store.open(db, passphrase=PASSPHRASE, create=False) as store:
        assert PASSPHRASE not in repr(store.engine) and PASSPHRASE not in str(store.engine.url)
    out, err = capsys.readouterr()
    assert PASSPHRASE not in out + err
    home = Path(os.environ["HOME"])
    needle = PASSPHRASE.encode()
    for folder in (tmp_path, home):
        for file in folder.rglob("*"):
            assert not (file.is_file() and needle in file.read_bytes()), file


def test_a_store_open_in_another_chancery_is_not_encrypted_under_it(plain_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from desktop_app.services import store_lock\n"
            "store_lock.acquire(__import__('pathlib').Path(sys.argv[1]))\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(plain_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = _digest(plain_path)
        with pytest.raises(store_lock.StoreInUse):
            encryption.encrypt(plain_path, PASSPHRASE)
        assert _digest(plain_path) == before
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_lost_encrypted_store_is_refused_and_its_backup_offered(
    encrypted_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup.backup_now(encrypted_store)
    encrypted_store.close()
    path = encrypted_store.path
    path.rename(path.with_name("set-aside.db"))  # as the app does with a damaged store
    crypto.forget_key(path)  # as in a new process
    previous = encryption.set_passphrase_provider(None)
    try:
        # No passphrase: no store is created at all (never a plain one in its place).
        with pytest.raises(crypto.PassphraseRequired):
            open_user_store(path)
        assert not path.exists()
        monkeypatch.setenv(encryption.ENV_PASSPHRASE, "not the passphrase")
        with pytest.raises(crypto.WrongPassphrase):
            open_user_store(path)
        assert not path.exists()
        monkeypatch.setenv(encryption.ENV_PASSPHRASE, PASSPHRASE)
        # With its backups there, a missing store was lost: refused, never made anew, and
        # its newest (encrypted) backup offered.
        with pytest.raises(recovery.StoreEmptied) as refused:
            open_user_store(path)
        assert not path.exists()
        assert refused.value.backup is not None and "restore latest" in str(refused.value)
    finally:
        encryption.set_passphrase_provider(previous)
        store_lock.release(path)
