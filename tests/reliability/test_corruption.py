"""Damaged stores, as SQLite's own corruption tests damage them: found, kept, and restorable.

Header bytes, a b-tree page, and the rollback journal of an interrupted write (a hot journal)
are overwritten; each time opening the store must refuse it, move it aside byte for byte,
and name the newest good backup, which `chancery restore latest` then puts back.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_helpers import digest

from desktop_app.cli import main
from desktop_app.services import backup, recovery, store_lock
from desktop_app.services.annotations import add_annotation, list_annotations
from desktop_app.services.recovery import StoreDamaged, journal_path
from desktop_app.services.startup import open_user_store

KEPT = "Note prise avant la sauvegarde"
LATER = "Note prise après la sauvegarde"

# A write interrupted by a crash: the cache is tiny so changed pages reach the store file
# before the commit, and the process dies without committing or rolling back.
_INTERRUPTED_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")
conn.execute("BEGIN")
conn.execute("UPDATE annotation SET body = 'HALF-WRITTEN ' || body")
os._exit(0)
"""


def _prepare(path: Path) -> None:
    with open_user_store(path) as store:
        add_annotation(store, "meeting", 1, KEPT)
        backup.backup_now(store)
        add_annotation(store, "meeting", 1, LATER)
        for i in range(40):  # enough pages for a write to spill before its commit
            add_annotation(store, "meeting", 2, f"remplissage {i} " + "x" * 3000)
    store_lock.release(path)


def _interrupt_a_write(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _INTERRUPTED_WRITE, str(path)], check=True)
    assert journal_path(path).stat().st_size > 0, "no hot journal was left behind"


def _patch(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def _page_size(path: Path) -> int:
    raw = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if raw == 1 else raw


def damage_header_magic(path: Path) -> None:
    _patch(path, 0, b"Not a database!!")


def damage_header_page_size(path: Path) -> None:
    _patch(path, 16, b"\x00\x03")  # not a power of two: SQLite refuses the file


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        return int(row.fetchone()[0])
    finally:
        conn.close()


def damage_a_page(path: Path) -> None:
    page = _root_page(path, "annotation")
    # The b-tree page header: its type byte and cell count, as corrupt2.test overwrites them.
    _patch(path, (page - 1) * _page_size(path), b"\xff" * 8)


def damage_journal_record(path: Path) -> None:
    _interrupt_a_write(path)
    journal = journal_path(path)
    head = journal.read_bytes()[:28]
    sector = int.from_bytes(head[20:24], "big")
    page = int.from_bytes(head[24:28], "big")
    # A byte the record's checksum covers (every 200th from the end), in the first record.
    offset = sector + 4 + page - 200
    byte = journal.read_bytes()[offset]
    _patch(journal, offset, bytes([byte ^ 0x5A]))


def damage_journal_header(path: Path) -> None:
    _interrupt_a_write(path)
    _patch(journal_path(path), 0, b"\xd9\xd5\x05\xf9\x00\x00\x00\x00")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "header magic": damage_header_magic,
    "header page size": damage_header_page_size,
    "b-tree page": damage_a_page,
    "journal record": damage_journal_record,
    "journal header": damage_journal_header,
}


@pytest.mark.parametrize("how", list(DAMAGES))
def test_damage_is_found_kept_and_the_backup_restored(
    tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "store.db"
    _prepare(path)
    DAMAGES[how](path)
    before = digest(path)
    journal_before = digest(journal_path(path)) if journal_path(path).exists() else None

    with pytest.raises(StoreDamaged) as caught:
        open_user_store(path)
    error = caught.value
    assert "was damaged" in str(error) and "chancery restore latest" in str(error)
    # Kept exactly as it was, under another name; nothing deleted or overwritten.
    assert not path.exists()
    assert digest(error.moved_to) == before
    if journal_before is not None:
        assert digest(journal_path(error.moved_to)) == journal_before
    assert error.backup is not None and error.backup.reason == "manual"

    # Asked to, Chancery puts the newest good backup back.
    assert main(["restore", "latest", "--db", str(path)]) == 0
    capsys.readouterr()
    with open_user_store(path) as store:
        bodies = {a.body for a in list_annotations(store)}
    assert KEPT in bodies and LATER not in bodies
    assert recovery.check_store(path).ok
    assert digest(error.moved_to) == before  # still there, untouched
    store_lock.release(path)


def test_an_intact_hot_journal_is_rolled_back_not_treated_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _prepare(path)
    _interrupt_a_write(path)
    assert recovery.journal_problem(path) is None
    with open_user_store(path) as store:
        bodies = [a.body for a in list_annotations(store)]
    store_lock.release(path)
    assert not journal_path(path).exists()
    assert LATER in bodies and not any(b.startswith("HALF-WRITTEN") for b in bodies)


def test_a_file_that_never_was_a_store_is_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "letter.db"
    path.write_text("Dear colleague,\n" * 50)
    with pytest.raises(Exception, match="not a Chancery store"):
        open_user_store(path)
    store_lock.release(path)
    assert path.read_text().startswith("Dear colleague")


def test_check_reports_damage_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "store.db"
    _prepare(path)
    assert main(["check", "--db", str(path)]) == 0
    assert "ok" in capsys.readouterr().out
    damage_a_page(path)
    before = digest(path)
    assert main(["check", "--db", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "DAMAGED" in out
    assert err.startswith("chancery: ") and "restore latest" in err
    assert digest(path) == before  # checking changes nothing
    store_lock.release(path)


def test_restore_drill_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The drill a user follows, command by command (each one opens and locks the store
    afresh, as separate runs of `chancery` would)."""
    db = str(tmp_path / "drill.db")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db", db])
        store_lock.release(Path(db))
        out, err = capsys.readouterr()
        return code, out, err

    assert run("annotate", "meeting:1", "--text", KEPT)[0] == 0
    code, out, _ = run("backup")
    assert code == 0 and "checked" in out
    code, out, _ = run("backups")
    assert code == 0 and "manual" in out
    damage_a_page(Path(db))
    code, _, err = run("notes")
    assert code == 1
    assert err.startswith("chancery: ") and "was damaged" in err
    assert "chancery restore latest" in err and len(err.strip().splitlines()) == 1
    code, out, err = run("restore", "latest")
    assert code == 0, err
    assert "Restored" in out
    code, out, _ = run("notes")
    assert code == 0 and KEPT in out
    code, out, _ = run("check")
    assert code == 0 and "ok" in out
    assert list(tmp_path.glob("drill.db.damaged-*"))
