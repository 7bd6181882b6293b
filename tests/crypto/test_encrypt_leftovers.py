"""Encrypt accounts for every file Chancery wrote for the store: none stays readable in clear."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cryptohelp import PASSPHRASE, leaks

from desktop_app.cli import main
from desktop_app.services import backup, encryption
from desktop_app.services.store import Store, StoreError

NEW = "a different, longer passphrase"


def _every_file(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _leaking(root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in _every_file(root) if leaks(p)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _litter(store: Path) -> dict[str, Path]:
    """Everything an earlier life of the store may have left, each holding the secret in clear:
    a damaged copy set aside (and its journal), a killed backup's partial file (and journal),
    a damaged backup, temporary and replaced copies of an older interrupted conversion, a
    backup's journal and an SQLite super-journal."""
    with Store.open(store) as opened:
        backup.backup_now(opened)
        newest = backup.backup_now(opened)
    folder = backup.backups_dir(store)
    plain = store.read_bytes()
    files = {
        "damaged": store.with_name(store.name + ".damaged-20250101T000000Z"),
        "damaged journal": store.with_name(store.name + ".damaged-20250101T000000Z-journal"),
        "partial": folder / "dossier-20250102T000000000000Z-auto.partial",
        "partial journal": folder / "dossier-20250102T000000000000Z-auto.partial-journal",
        "damaged backup": folder / "dossier-20250101T000000000000Z-auto.db",
        "tmp": store.with_name(store.name + encryption.TMP_SUFFIX),
        "old": store.with_name(store.name + encryption.OLD_SUFFIX),
        "backup journal": newest.path.with_name(newest.path.name + "-journal"),
        "super journal": store.with_name(store.name + "-mj1A2B3C4D"),
    }
    for path in files.values():
        path.write_bytes(plain)
    # The damaged backup: its header and first page scribbled over, its records still legible.
    damaged = bytearray(plain)
    damaged[:100] = b"\xa5" * 100
    files["damaged backup"].write_bytes(bytes(damaged))
    return files


def test_encrypt_leaves_no_plaintext_anywhere_and_decrypt_gives_it_back(
    plain_path: Path,
) -> None:
    files = _litter(plain_path)
    before = {name: _digest(path) for name, path in files.items()}
    every = set(_leaking(plain_path.parent))
    assert {str(p.relative_to(plain_path.parent)) for p in files.values()} <= every

    result = encryption.encrypt(plain_path, PASSPHRASE)

    assert _leaking(plain_path.parent) == []
    assert result.encrypted and result.backups == 2
    sealed = {p.name for p in result.sealed}
    assert {files["damaged"].name, files["damaged journal"].name} <= sealed
    assert files["damaged backup"].name in sealed
    removed = {p.name for p in result.removed}
    for name in ("partial", "partial journal", "tmp", "old", "backup journal", "super journal"):
        assert files[name].name in removed, name
        assert not files[name].exists()
    assert "Sealed" in result.message and "Overwrote and deleted" in result.message
    assert not encryption.journal_path(plain_path).exists()
    for info in backup.list_backups(plain_path):
        assert encryption._opens_with(info.path, PASSPHRASE)

    # Rekey carries the sealed copies to the new passphrase; decrypt unseals them byte for byte.
    encryption.rekey(plain_path, PASSPHRASE, NEW)
    assert _leaking(plain_path.parent) == []
    result = encryption.decrypt(plain_path, NEW)
    assert {p.name for p in result.unsealed} == {
        files["damaged"].name,
        files["damaged journal"].name,
        files["damaged backup"].name,
    }
    for name in ("damaged", "damaged journal", "damaged backup"):
        assert _digest(files[name]) == before[name], name
    assert not any(
        p.name.endswith(encryption.SEALED_SUFFIX) for p in _every_file(plain_path.parent)
    )


def test_foreign_files_in_the_backups_folder_are_named_not_touched(plain_path: Path) -> None:
    with Store.open(plain_path) as store:
        backup.backup_now(store)
    mine = backup.backups_dir(plain_path) / "notes-to-self.txt"
    mine.write_text("not Chancery's", encoding="utf-8")
    result = encryption.encrypt(plain_path, PASSPHRASE)
    assert result.foreign == (mine,) and mine.read_text(encoding="utf-8") == "not Chancery's"
    assert "notes-to-self.txt" in result.message


def test_the_cli_says_what_it_did_with_each_leftover(
    plain_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _litter(plain_path)
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(plain_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert str(files["damaged"]) in data["sealed"]
    assert str(files["partial"]) in data["removed"]
    assert data["left"] == [] and data["backups"] == 2
    assert _leaking(plain_path.parent) == []


def test_a_failed_overwrite_is_not_reported_as_done(
    plain_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A leftover that cannot be removed (here: deleting it silently does nothing) keeps the
    # conversion unfinished: no success, the journal stays, the next run finishes it.
    files = _litter(plain_path)
    stuck = files["partial"]
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == stuck:
            return
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(StoreError, match="still in clear"):
        encryption.encrypt(plain_path, PASSPHRASE)
    assert encryption.journal_path(plain_path).exists()
    monkeypatch.setattr(Path, "unlink", real_unlink)
    result = encryption.encrypt(plain_path, PASSPHRASE)
    assert result.encrypted and _leaking(plain_path.parent) == []


def test_another_stores_files_beside_it_are_not_touched(plain_path: Path) -> None:
    # dossier.db2 is another store: its journal and write-ahead log are not our leftovers.
    other = plain_path.with_name("dossier.db2-journal")
    other.write_bytes(plain_path.read_bytes())
    result = encryption.encrypt(plain_path, PASSPHRASE)
    assert other.exists() and other not in result.removed and leaks(other)


def test_a_missing_store_with_backups_is_not_created_encrypted_beside_them(
    plain_path: Path,
) -> None:
    with Store.open(plain_path) as store:
        backup.backup_now(store)
    plain_path.unlink()
    with pytest.raises(StoreError, match="restore latest"):
        encryption.create_encrypted(plain_path, PASSPHRASE)
    assert not plain_path.exists()


def test_a_full_disk_does_not_seal_a_good_backup(
    plain_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db import crypto

    with Store.open(plain_path) as store:
        taken = backup.backup_now(store)
    real_export = crypto.export

    def full(source: object, target: Path, passphrase: str | None) -> None:
        raise crypto.driver().OperationalError("database or disk is full")

    monkeypatch.setattr(crypto, "export", full)
    with pytest.raises(crypto.driver().OperationalError):
        encryption.encrypt(plain_path, PASSPHRASE)
    # The backup is still a backup (not sealed away from `restore`), the store untouched.
    assert [b.path for b in backup.list_backups(plain_path)] == [taken.path]
    assert not encryption.is_encrypted(plain_path)
    monkeypatch.setattr(crypto, "export", real_export)
    assert encryption.encrypt(plain_path, PASSPHRASE).backups == 1


def test_decrypt_does_not_report_success_while_a_backup_stays_under_another_key(
    plain_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(plain_path) as store:
        backup.backup_now(store)
    # A backup under a passphrase from before (an older version could strand one so).
    stranded = backup.backups_dir(plain_path) / "dossier-20250101T000000000000Z-auto.db"
    encryption.copy_store(plain_path, stranded, target_passphrase="a passphrase from before")
    encryption.encrypt(plain_path, PASSPHRASE)
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    assert main(["decrypt", "--db", str(plain_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["encrypted"] is False and data["backups"] == 1
    # Sealed by encrypt, unsealed by decrypt: back as it was, under its own key, and named.
    assert data["unsealed"] == [str(stranded)] and data["left"] == [str(stranded)]
    assert "Not converted" in data["message"]
