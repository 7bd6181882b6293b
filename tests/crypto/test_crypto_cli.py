"""`chancery encrypt`, `rekey` and `decrypt`, and every other command on an encrypted store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptohelp import PASSPHRASE, leaks

from db import crypto
from desktop_app.cli import main
from desktop_app.services import encryption

NEW = "another passphrase, longer"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_encrypt_rekey_decrypt_from_the_command_line(
    plain_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(plain_path)
    # No passphrase and no terminal (stdin is not a tty under pytest): refused, untouched.
    code, _out, err = _run(capsys, "encrypt", "--db", db)
    assert code == 1 and err.startswith("chancery: ") and "CHANCERY_PASSPHRASE" in err
    assert not encryption.is_encrypted(plain_path)

    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    code, out, _err = _run(capsys, "encrypt", "--db", db, "--json")
    assert code == 0 and json.loads(out)["encrypted"] is True
    assert leaks(plain_path) == []

    code, out, _err = _run(capsys, "search", "watermelon", "--db", db)
    assert code == 0 and "watermelon" in out

    monkeypatch.setenv("CHANCERY_NEW_PASSPHRASE", NEW)
    code, out, _err = _run(capsys, "rekey", "--db", db)
    assert code == 0 and "Changed the passphrase" in out

    code, _out, err = _run(capsys, "notes", "--db", db)  # the old passphrase no longer opens it
    assert code == 1 and "does not open" in err and err.count("\n") == 1

    monkeypatch.setenv("CHANCERY_PASSPHRASE", NEW)
    code, out, _err = _run(capsys, "notes", "--db", db)
    assert code == 0 and "Zanzibar-watermelon" in out

    code, out, _err = _run(capsys, "decrypt", "--db", db)
    assert code == 0 and "Decrypted" in out
    monkeypatch.delenv("CHANCERY_PASSPHRASE")
    code, out, _err = _run(capsys, "notes", "--db", db)
    assert code == 0 and "Zanzibar-watermelon" in out


def test_encrypt_creates_a_new_encrypted_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "new.db"
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    code, out, _err = _run(capsys, "encrypt", "--db", str(db))
    assert code == 0 and "Created the encrypted store" in out
    assert encryption.is_encrypted(db)
    code, out, _err = _run(capsys, "list", "meetings", "--db", str(db), "--json")
    assert code == 0 and json.loads(out) == []


def test_a_short_passphrase_and_wrong_commands_are_one_sentence(
    plain_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(plain_path)
    monkeypatch.setenv("CHANCERY_PASSPHRASE", "short")
    code, _out, err = _run(capsys, "encrypt", "--db", db)
    assert code == 1 and "at least 8 characters" in err
    code, _out, err = _run(capsys, "decrypt", "--db", db)
    assert code == 1 and "not encrypted" in err
    code, _out, err = _run(capsys, "rekey", "--db", db)
    assert code == 1 and "not encrypted" in err
    assert not encryption.is_encrypted(plain_path)


@pytest.mark.parametrize("page", [0, 3])
def test_check_and_restore_an_encrypted_store(
    plain_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    page: int,
) -> None:
    db = str(plain_path)
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    assert _run(capsys, "encrypt", "--db", db)[0] == 0
    assert _run(capsys, "backup", "--db", db)[0] == 0
    code, out, _err = _run(capsys, "check", "--db", db)
    assert code == 0 and ": ok" in out
    # Damage one page (the first: even the key check fails; or a later one).
    data = bytearray(plain_path.read_bytes())
    start = page * 4096 + 100
    data[start : start + 64] = bytes(64)
    plain_path.write_bytes(bytes(data))
    code, out, _err = _run(capsys, "check", "--db", db)
    assert "DAMAGED" in out
    code, out, err = _run(capsys, "restore", "latest", "--db", db)
    assert code == 0, err
    code, out, _err = _run(capsys, "notes", "--db", db)
    assert code == 0 and "Zanzibar-watermelon" in out
    assert encryption.is_encrypted(plain_path) and leaks(plain_path) == []
    # The damaged file was kept aside, not deleted; a wrong passphrase restores nothing.
    assert any(".damaged-" in p.name for p in plain_path.parent.iterdir())
    monkeypatch.setenv("CHANCERY_PASSPHRASE", "not the passphrase")
    crypto.forget_key(plain_path)  # as in a new process
    code, _out, err = _run(capsys, "restore", "latest", "--db", db)
    assert code == 1 and "does not open" in err
