"""Integrity failures are one readable sentence each; the details go to the log."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_corruption import _patch, _prepare

from desktop_app.cli import main
from desktop_app.services import store_lock


def _run(db: Path, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main([*argv, "--db", str(db)])
    store_lock.release(db)
    out, err = capsys.readouterr()
    return code, out, err


def _integrity_lines(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError:
        return 1
    finally:
        conn.close()
    return sum(len(r.splitlines()) for r in rows)


def _damage_many(db: Path) -> int:
    """Overwrite the cells of a table's page so that integrity_check finds many problems."""
    conn = sqlite3.connect(db)
    pages = conn.execute("SELECT pageno FROM dbstat WHERE pagetype = 'leaf' ORDER BY pageno")
    numbers = [int(r[0]) for r in pages]
    conn.close()
    pristine = db.with_name("pristine.db")
    shutil.copyfile(db, pristine)
    for page in numbers:
        _patch(db, (page - 1) * 4096 + 2048, b"\xaa" * 1024)
        lines = _integrity_lines(db)
        if lines >= 3:
            return lines
        shutil.copyfile(pristine, db)
    raise AssertionError("no page whose damage makes several problems")


def _readable(text: str) -> bool:
    """No text decoded from the wrong encoding (a UTF-8 schema read as UTF-16 is CJK)."""
    return not any("\u2e80" <= c <= "\ua4cf" or "\uac00" <= c <= "\ud7af" for c in text)


@pytest.mark.parametrize("encoding", [b"\x00\x00\x00\x02", b"\x00\x00\x00\x03"])
def test_a_header_naming_another_text_encoding_is_said_plainly(
    tmp_path: Path, encoding: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.db"
    _prepare(db)
    _patch(db, 56, encoding)  # the header's text encoding: UTF-16 instead of UTF-8

    code, _out, err = _run(db, "check", capsys=capsys)
    assert code == 1
    code, _out, err = _run(db, "notes", capsys=capsys)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "text encoding" in err and "restore latest" in err
    assert _readable(err), err


def test_check_says_many_problems_in_one_sentence_and_logs_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "store.db"
    _prepare(db)
    problems = _damage_many(db)
    with caplog.at_level(logging.WARNING):
        code, out, err = _run(db, "check", capsys=capsys)
    assert code == 1
    assert len(out.strip().splitlines()) == 1 and "DAMAGED" in out, out
    assert "more problems" in out and "details in the log" in out
    assert len(err.strip().splitlines()) == 1
    logged = [r.getMessage() for r in caplog.records if "check of" in r.getMessage()]
    assert sum(len(m.splitlines()) for m in logged) >= problems  # every problem, in full
