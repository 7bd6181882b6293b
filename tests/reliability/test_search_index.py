"""Damage inside the FTS5 search index, which quick_check cannot see: found by FTS5's own
integrity-check, rebuilt from the records (said in one sentence), never certified in a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import backup, searching, store_lock
from desktop_app.services.startup import open_user_store

PAGE = 4096


def _index_pages(path: Path) -> list[tuple[str, int]]:
    """(table, page number) of every leaf page of the index's data tables (dbstat)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name, pageno FROM dbstat WHERE name LIKE 'search_index%_data' "
            "AND pagetype = 'leaf' ORDER BY pageno"
        ).fetchall()
    finally:
        conn.close()
    return [(str(name), int(page)) for name, page in rows]


def _checks(path: Path) -> tuple[str, list[str]]:
    """(quick_check's answer, the index tables FTS5's integrity-check finds damaged)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        quick = conn.execute("PRAGMA quick_check").fetchone()[0]
        damaged = []
        for table in ("search_index", "search_index_titles"):
            try:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError:
                damaged.append(table)
    finally:
        conn.close()
    return quick, damaged


def _scribble(path: Path) -> None:
    """Overwrite the cells of an index page so that quick_check still passes (the b-tree is
    intact, FTS5's blobs are not): the damage the red team found."""
    pristine = path.with_name("pristine.db")
    shutil.copyfile(path, pristine)
    for _table, page in _index_pages(path):
        with path.open("r+b") as handle:
            handle.seek((page - 1) * PAGE + PAGE // 2)
            handle.write(b"\xaa" * (PAGE // 4))
        quick, damaged = _checks(path)
        if quick == "ok" and damaged:
            pristine.unlink()
            return
        shutil.copyfile(pristine, path)
    raise AssertionError("no index page whose damage passes quick_check")


def _moscou(path: Path) -> int:
    with open_user_store(path) as store:
        return len(searching.search(store, "Moscou"))


@pytest.fixture
def demo_store(tmp_path: Path) -> Path:
    path = tmp_path / "index.db"
    with open_user_store(path):
        pass
    store_lock.release(path)
    return path


def test_check_finds_a_scribbled_index_page_and_rebuilds_it(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _moscou(demo_store)
    assert expected == 3
    store_lock.release(demo_store)
    _scribble(demo_store)

    assert main(["check", "--db", str(demo_store)]) == 0
    store_lock.release(demo_store)
    out = capsys.readouterr().out
    assert "search index" in out and "rebuilt from the records" in out
    assert _checks(demo_store) == ("ok", [])
    assert _moscou(demo_store) == expected
    store_lock.release(demo_store)


def test_opening_rebuilds_an_index_whose_last_page_was_cut(demo_store: Path) -> None:
    last_table, last_page = _index_pages(demo_store)[-1]
    assert demo_store.stat().st_size == last_page * PAGE, "the last page is not an index page"
    with demo_store.open("r+b") as handle:
        handle.truncate(demo_store.stat().st_size - 1234)
    quick, damaged = _checks(demo_store)
    assert quick == "ok" and damaged, "the cut did not damage the index only"

    with open_user_store(demo_store) as store:
        assert store.info.notice is not None and "rebuilt" in store.info.notice
        assert len(searching.search(store, "Moscou")) == 3
    store_lock.release(demo_store)
    assert _checks(demo_store) == ("ok", [])


def test_a_backup_with_a_damaged_index_is_not_certified(demo_store: Path) -> None:
    with open_user_store(demo_store) as store:
        good = backup.backup_now(store)
    store_lock.release(demo_store)
    assert backup.verify_backup(good.path) is None
    _scribble(good.path)
    problem = backup.verify_backup(good.path)
    assert problem is not None and "search index" in problem
    assert backup.newest_good_backup(demo_store) is None
