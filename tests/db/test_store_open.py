"""Opening stores: pragmas, first creation, and every wrong path refused without a change."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import StoreError
from desktop_app.services.store import Store, default_store_path, resolve_store_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_created_migrated_and_set_up(tmp_path: Path) -> None:
    with Store.open(tmp_path / "sub" / "new.db") as store:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert {"meeting", "commitment", "annotation", "search_index", "alembic_version"} <= tables
        assert store.info.revision is not None


def test_foreign_keys_are_enforced(empty_store: Store) -> None:
    with empty_store.engine.connect() as conn, pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute(
            text(
                "INSERT INTO commitment (meeting_id, text, kind, also_themes, status, "
                "evidence, review_state, updated_at) VALUES (999, 'x', 'commitment', '', "
                "'announced', '', 'confirmed', '2025-01-01')"
            )
        )


def test_checks_refuse_unknown_enum_values(empty_store: Store) -> None:
    with empty_store.engine.connect() as conn, pytest.raises(Exception, match="CHECK"):
        conn.execute(text("INSERT INTO actor (kind, name) VALUES ('planet', 'Mars')"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes, not a database.\n" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Chancery store"):
        Store.open(path)
    assert _digest(path) == before


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Chancery store"):
        Store.open(path)
    assert _digest(path) == before


def test_a_read_only_store_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    Store.open(path).close()
    before = _digest(path)
    os.chmod(path, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        if os.access(path, os.W_OK):  # running as root: permissions do not bind
            pytest.skip("file permissions do not apply to this user (root)")
        with pytest.raises(StoreError, match="read-only"):
            Store.open(path)
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(path, 0o644)
    assert _digest(path) == before


def test_a_read_only_location_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked through os.access so the rule holds even when tests run as root."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if Path(p) == folder and mode == os.W_OK else real_access(p, mode),
    )
    with pytest.raises(StoreError, match="read-only"):
        Store.open(folder / "new.db")
    assert not (folder / "new.db").exists()


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer version of Chancery"):
        Store.open(path)
    assert _digest(path) == before


def test_a_damaged_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    Store.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page past the header
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(StoreError):
        Store.open(path)
    assert _digest(path) == before


def test_store_location_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CHANCERY_DB", raising=False)
    assert resolve_store_path(None) == default_store_path()
    assert "Chancery" in str(default_store_path())
    monkeypatch.setenv("CHANCERY_DB", str(tmp_path / "env.db"))
    assert resolve_store_path(None) == tmp_path / "env.db"
    assert resolve_store_path(str(tmp_path / "arg.db")) == tmp_path / "arg.db"
