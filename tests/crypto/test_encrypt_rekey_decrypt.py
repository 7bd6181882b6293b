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

operation, path, stop_at = sys.argv[1], sys.argv[2], sys.argv[3].replace("-", " ")
old = os.environ.get("OLD_PASSPHRASE")
new = os.environ.get("NEW_PASSPHRASE")

def checkpoint(stage):
    if stage == stop_at:
        print(stage, flush=True)
        time.sleep(120)

encryption._checkpoint = checkpoint
if operation == "encrypt":
    encryption.encrypt(path, new)
elif operation == "rekey":
    encryption.rekey(path, old, new)
else:
    encryption.decrypt(path, old)
print("done", flush=True)
time.sleep(120)
"""


def _in_child(
    operation: str, path: Path, stop_at: str, old: str | None, new: str | None
) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name, value in (("OLD_PASSPHRASE", old), ("NEW_PASSPHRASE", new)):
        if value is not None:
            env[name] = value
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, operation, str(path), stop_at.replace(" ", "-")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _encrypt_in_child(path: Path, stop_at: str) -> subprocess.Popen[str]:
    return _in_child("encrypt", path, stop_at, None, PASSPHRASE)


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


def _killed_at(operation: str, path: Path, stage: str, old: str | None, new: str | None) -> None:
    child = _in_child(operation, path, stage, old, new)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == stage
    finally:
        _kill(child)


def _with_backups_and_a_damaged_copy(path: Path) -> None:
    with Store.open(path) as store:
        backup.backup_now(store)
        backup.backup_now(store)
    aside = path.with_name(path.name + ".damaged-20250101T000000Z")
    aside.write_bytes(path.read_bytes())


def _store_key(path: Path) -> str | None:
    for key in (None, PASSPHRASE, NEW):
        if encryption._opens_with(path, key):
            return key
    raise AssertionError(f"{path} opens with no known passphrase")


def _all_under(path: Path, key: str | None) -> None:
    """The store and every backup open with ``key`` (None: plain), no journal, no leftover."""
    assert _store_key(path) == key
    infos = backup.list_backups(path)
    assert len(infos) == 2
    for info in infos:
        assert encryption._opens_with(info.path, key), info.path.name
    assert not encryption.journal_path(path).exists()
    assert _leftovers(path) == []
    if key is not None:
        assert [f.name for f in path.parent.rglob("*") if f.is_file() and leaks(f)] == []
        crypto.remember_key(path, key)
    else:
        crypto.forget_key(path)
    # restore latest finds a good backup (the bug: "no good backup" under a stranded key).
    assert backup.newest_good_backup(path) is not None


def _refused_until_resolved(path: Path, operation: str) -> None:
    """Opening, checking or restoring the store says what to do, in one sentence."""
    with pytest.raises(encryption.ConversionInterrupted) as opened:
        open_user_store(path, passphrase=_store_key(path))
    store_lock.release(path)
    message = str(opened.value)
    assert f"chancery {operation} --rollback" in message and "\n" not in message
    with pytest.raises(encryption.ConversionInterrupted):
        encryption.unlock_path(path, PASSPHRASE)


ENCRYPT_STAGES = [
    "journal written",
    "scraps removed",
    "backup exported",
    "backup swapped",
    "sealed",
    "verified",
    "swapped",
    "done",
]


@pytest.mark.parametrize("stage", ENCRYPT_STAGES)
def test_a_killed_encrypt_resumes_only_with_its_passphrase(plain_path: Path, stage: str) -> None:
    _with_backups_and_a_damaged_copy(plain_path)
    original = dump(plain_path, None)
    _killed_at("encrypt", plain_path, stage, None, PASSPHRASE)
    # Killed before the swap the store is the original; after it, the original encrypted.
    assert dump(plain_path, _store_key(plain_path)) == original
    _refused_until_resolved(plain_path, "encrypt")
    # Another passphrase (the user forgot which one was typed) is refused, nothing changed.
    files = {p: p.read_bytes() for p in plain_path.parent.rglob("*") if p.is_file()}
    with pytest.raises(encryption.NotTheJournalPassphrase, match="new passphrase"):
        encryption.encrypt(plain_path, NEW)
    with pytest.raises(StoreError, match="encrypt of dossier.db started .* was interrupted"):
        encryption.decrypt(plain_path, PASSPHRASE)
    assert {p: p.read_bytes() for p in plain_path.parent.rglob("*") if p.is_file()} == files
    result = encryption.encrypt(plain_path, PASSPHRASE)
    assert result.encrypted and result.backups == 2
    _all_under(plain_path, PASSPHRASE)
    assert dump(plain_path, PASSPHRASE) == original


@pytest.mark.parametrize("stage", ["backup swapped", "sealed", "swapped"])
def test_a_killed_encrypt_rolls_back(plain_path: Path, stage: str) -> None:
    _with_backups_and_a_damaged_copy(plain_path)
    original = dump(plain_path, None)
    aside = plain_path.with_name(plain_path.name + ".damaged-20250101T000000Z")
    aside_bytes = aside.read_bytes()
    _killed_at("encrypt", plain_path, stage, None, PASSPHRASE)
    with pytest.raises(encryption.NotTheJournalPassphrase):
        encryption.encrypt(plain_path, NEW, rollback=True)
    # A rollback killed in turn is finished by running it again.
    result = encryption.encrypt(plain_path, PASSPHRASE, rollback=True)
    assert not result.encrypted and "Undid the interrupted encrypt" in result.message
    _all_under(plain_path, None)
    assert dump(plain_path, None) == original
    assert aside.read_bytes() == aside_bytes
    with pytest.raises(StoreError, match="no interrupted encrypt"):
        encryption.encrypt(plain_path, PASSPHRASE, rollback=True)


@pytest.fixture
def encrypted_path(plain_path: Path) -> Path:
    _with_backups_and_a_damaged_copy(plain_path)
    encryption.encrypt(plain_path, PASSPHRASE)
    return plain_path


@pytest.mark.parametrize("stage", ["journal written", "backup swapped", "swapped"])
def test_a_killed_rekey_resumes_or_rolls_back(encrypted_path: Path, stage: str) -> None:
    path = encrypted_path
    original = dump(path, PASSPHRASE)
    _killed_at("rekey", path, stage, PASSPHRASE, NEW)
    _refused_until_resolved(path, "rekey")
    with pytest.raises(encryption.NotTheJournalPassphrase, match="new passphrase"):
        encryption.rekey(path, PASSPHRASE, "yet another passphrase")
    with pytest.raises(encryption.NotTheJournalPassphrase, match="current passphrase"):
        encryption.rekey(path, "not the old one at all", NEW)
    if stage == "swapped":
        encryption.rekey(path, PASSPHRASE, NEW)
        _all_under(path, NEW)
        assert dump(path, NEW) == original
    else:
        encryption.rekey(path, PASSPHRASE, NEW, rollback=True)
        _all_under(path, PASSPHRASE)
        assert dump(path, PASSPHRASE) == original


@pytest.mark.parametrize("stage", ["backup swapped", "swapped"])
def test_a_killed_decrypt_resumes_or_rolls_back(encrypted_path: Path, stage: str) -> None:
    path = encrypted_path
    original = dump(path, PASSPHRASE)
    _killed_at("decrypt", path, stage, PASSPHRASE, None)
    _refused_until_resolved(path, "decrypt")
    with pytest.raises(encryption.NotTheJournalPassphrase, match="current passphrase"):
        encryption.decrypt(path, NEW)
    if stage == "swapped":
        result = encryption.decrypt(path, PASSPHRASE)
        assert not result.encrypted
        _all_under(path, None)
        assert dump(path, None) == original
        # The damaged copy sealed by encrypt is back in clear, as it was.
        assert path.with_name(path.name + ".damaged-20250101T000000Z").exists()
    else:
        encryption.decrypt(path, PASSPHRASE, rollback=True)
        _all_under(path, PASSPHRASE)
        assert dump(path, PASSPHRASE) == original


def test_the_cli_resumes_and_refuses_another_passphrase(
    plain_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.cli import main

    _with_backups_and_a_damaged_copy(plain_path)
    _killed_at("encrypt", plain_path, "backup swapped", None, PASSPHRASE)
    monkeypatch.setenv("CHANCERY_PASSPHRASE", NEW)
    for argv in (["encrypt"], ["check"], ["restore", "latest"], ["decrypt"]):
        assert main([*argv, "--db", str(plain_path)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "encrypt" in err and "is encrypted" not in err, err
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(plain_path)]) == 0
    assert "Encrypted" in capsys.readouterr().out
    _all_under(plain_path, PASSPHRASE)


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
    encryption.encrypt(plain_path, PASSPHRASE)
    assert dump(plain_path, PASSPHRASE) == original
    assert not tmp.exists()
