"""A SQLite store as files: page-by-page copies, checks of a copy, header and journal reading.

The services decide when to copy, check or set a store aside; the SQLite calls and the
reading of SQLite's file formats are here, so nothing above db/ imports sqlite3.
"""

from __future__ import annotations

import logging
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from db import crypto, migrate, search
from db.engine import SQLITE_HEADER, StoreError

T = TypeVar("T")
log = logging.getLogger(__name__)

# Errors a caller catches around these functions (plain stores; SQLCipher's are in crypto).
Error = sqlite3.Error
BUSY_MS = 5000

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_JOURNAL_HEADER = struct.Struct(">8sIIIII")  # magic, nRec, cksumInit, dbSize, sector, page
_ENCODINGS = {1: "UTF-8", 2: "UTF-16le", 3: "UTF-16be"}


def driver(encrypted: bool) -> ModuleType:
    """The DB-API module of a store: SQLCipher's for an encrypted one, else sqlite3."""
    return crypto.driver() if encrypted else sqlite3


# --- copies ------------------------------------------------------------------------------


class _Restarted(Exception):
    """Writes keep restarting a stepwise copy."""


def _steps(
    src: sqlite3.Connection, dst: sqlite3.Connection, step_pages: int, restarts: int
) -> None:
    """Copy in steps of ``step_pages``, releasing the read lock in between.

    A writer thus waits one step at most, not the whole copy (a big store could outlast its
    5 s busy_timeout). A write between steps makes SQLite start the copy again; if writes keep
    doing so (more than ``restarts`` times), the copy is made in one step, holding the read
    lock while writers wait.
    """
    seen = 0
    last = -1

    def progress(status: int, remaining: int, total: int) -> None:
        nonlocal seen, last
        if status != sqlite3.SQLITE_OK:  # a busy step copied nothing: not a restart
            return
        copied = total - remaining
        if copied <= last:  # back to the first pages: a write made SQLite start again
            seen += 1
            if seen > restarts:
                raise _Restarted
        last = copied

    try:
        src.backup(dst, pages=step_pages, progress=progress)
    except _Restarted:
        src.backup(dst)


def copy_plain(source: Path, dest: Path, *, step_pages: int, restarts: int) -> None:
    """``source`` (a plain store) into ``dest`` page by page under SQLite's locks."""
    src = sqlite3.connect(source)
    try:
        src.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        dst = sqlite3.connect(dest)
        try:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            _steps(src, dst, step_pages, restarts)
        finally:
            dst.close()
    finally:
        src.close()


def copy_problem(path: Path, key: str | None = None) -> str | None:
    """None if ``path`` is a Chancery store that passes quick_check and FTS5's index check,
    else what is wrong. ``key``: the passphrase of an encrypted copy."""
    path = path.resolve()
    if key is not None:
        problem = crypto.check_copy(path, key)
    else:
        try:
            with path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    return f"{path.name} is not an SQLite file"
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        except (OSError, sqlite3.Error) as exc:
            return f"{path.name} cannot be opened ({exc})"
        try:
            problem = migrate.copy_problem(conn, path.name, sqlite3.Error)
        finally:
            conn.close()
    return problem or _index_problem(path, key)


def _index_problem(path: Path, key: str | None) -> str | None:
    """FTS5's check of a copy's search index (quick_check does not look inside it). The
    check needs a writable connection (it is an INSERT) but writes nothing."""
    lib = driver(key is not None)
    try:
        conn = crypto.connect(path, key) if key is not None else sqlite3.connect(str(path))
    except (StoreError, lib.Error) as exc:
        return f"{path.name} cannot be opened ({exc})"
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        damaged = search.index_problems(conn, lib.DatabaseError)
    except lib.Error as exc:
        return f"{path.name}'s search index cannot be checked ({exc})"
    finally:
        conn.close()
    if damaged:
        log.warning("copy %s: damaged search index: %s", path, damaged)
        return f"{path.name} has a damaged search index ({', '.join(sorted(damaged))})"
    return None


def has_records(path: Path, key: str | None) -> bool:
    """True if the store at ``path`` opens and holds a row in a table other than the schema
    version and the search index."""
    lib = driver(key is not None)
    try:
        if key is not None:
            conn = crypto.connect(path, key, readonly=True)
        else:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (StoreError, lib.Error):
        return False
    try:
        names = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        skip = search.INDEX_TABLES | {"alembic_version"}
        return any(
            conn.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is not None
            for name in names
            if name not in skip
        )
    except lib.Error:
        return False
    finally:
        conn.close()


# --- the files' own formats ----------------------------------------------------------------


def change_marker(path: Path) -> str:
    """What changes whenever a transaction writes the store.

    SQLite's file change counter (header bytes 24-27, bumped by every write in rollback
    journal mode); an encrypted store hides its header, so its size and mtime stand in.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(28)
        stat = path.stat()
    except OSError:
        return ""
    if head[: len(SQLITE_HEADER)] == SQLITE_HEADER:
        return f"counter:{int.from_bytes(head[24:28], 'big')}"
    return f"stat:{stat.st_size}:{stat.st_mtime_ns}"


def header_problem(store_path: Path) -> str | None:
    """What is wrong with the header of a plain SQLite store, read without SQLite: Chancery
    stores keep their text in UTF-8, and a header naming another encoding makes SQLite read
    the schema as garbage. None if the header is fine (or is not an SQLite header)."""
    try:
        with store_path.open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return None
    if len(head) < 100 or head[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        return None
    encoding = int.from_bytes(head[56:60], "big")
    if encoding == 1:
        return None
    named = _ENCODINGS.get(encoding, f"an unknown one (number {encoding})")
    return f"its header names the text encoding {named} instead of UTF-8"


def journal_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + "-journal")


def journal_problem(store_path: Path) -> str | None:
    """What is wrong with a leftover rollback journal, or None if SQLite can use it safely.

    A journal left by a crash is normal: SQLite plays it back on open to undo the unfinished
    write. But a journal damaged by a bad disk would be played back only in part, silently
    leaving half a write in the store, so every record is checked the way SQLite checks it
    (pager.c: the segment header, then each page's checksum) before SQLite is let near it.
    """
    path = journal_path(store_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"its journal cannot be read ({exc.strerror})"
    offset = 0
    segments = 0
    while offset + _JOURNAL_HEADER.size <= len(data):
        magic, n_rec, cksum_init, _db_size, sector, page = _JOURNAL_HEADER.unpack_from(data, offset)
        if magic == b"\0" * 8:
            # Never synced: SQLite wrote nothing to the store after it, so nothing to undo.
            return None if segments == 0 or n_rec == 0 else "its journal has a blank segment"
        problem = _segment_header_problem(magic, offset, sector, page, first=segments == 0)
        if problem is not None:
            return problem
        if n_rec == 0xFFFFFFFF:
            return None  # only written without syncing (synchronous=OFF); not ours
        segments += 1
        offset += sector
        page_size = page or 4096
        for number in range(n_rec):
            problem = _record_problem(data, offset, page_size, cksum_init, number, n_rec)
            if problem is not None:
                return problem
            offset += 8 + page_size
        if n_rec == 0:
            return None
        offset = -(-offset // sector) * sector  # the next segment starts on a sector boundary
    return None


def _power_of_two_between(value: int, low: int, high: int) -> bool:
    return low <= value <= high and value & (value - 1) == 0


def _segment_header_problem(
    magic: bytes, offset: int, sector: int, page: int, *, first: bool
) -> str | None:
    if magic != JOURNAL_MAGIC:
        return f"its journal is damaged (bad header at byte {offset})"
    if not _power_of_two_between(sector, 512, 65536):
        return f"its journal is damaged (sector size {sector})"
    if page == 0 and first:
        return "its journal is damaged (page size 0)"
    if page and not _power_of_two_between(page, 512, 65536):
        return f"its journal is damaged (page size {page})"
    return None


def _record_problem(
    data: bytes, offset: int, page_size: int, cksum_init: int, number: int, n_rec: int
) -> str | None:
    record = data[offset : offset + 8 + page_size]
    if len(record) < 8 + page_size:
        return f"its journal is cut short (record {number + 1} of {n_rec})"
    (page_no,) = struct.unpack_from(">I", record, 0)
    content = record[4 : 4 + page_size]
    (stored,) = struct.unpack_from(">I", record, 4 + page_size)
    total = cksum_init
    for i in range(page_size - 200, 0, -200):
        total += content[i]
    if page_no == 0 or (total & 0xFFFFFFFF) != stored:
        return f"its journal is damaged (record {number + 1}, page {page_no})"
    return None


def named_in_journals(folder: Path) -> bytes:
    """The bytes of every rollback journal in ``folder`` (a super-journal's name is in the
    journals of the transaction's files, at their end)."""
    chunks = []
    for journal in folder.glob("*-journal"):
        try:
            chunks.append(journal.read_bytes())
        except OSError:
            continue
    return b"\0".join(chunks)


# --- long checks on a connection of their own ---------------------------------------------


def connect_rw(path: Path, key: str | None) -> Any:
    """A connection of its own to the store (the index check is an INSERT: not read-only)."""
    if key is not None:
        return crypto.connect(path, key)
    return sqlite3.connect(str(path), isolation_level=None)


def yielding(
    conn: Any,
    lib: Any,
    work: Callable[[], T],
    *,
    write_waiting: Callable[[], bool],
    wait_idle: Callable[[], object],
    steps: int,
) -> T:
    """Run ``work`` (one long read on ``conn``) so that it never makes a write wait: while
    ``write_waiting()``, the read is interrupted (its shared lock goes), then run again from
    the start once ``wait_idle()`` returns.

    With the rollback journal a commit waits for readers to finish and gives up after
    busy_timeout (5 s); the deferred check of a large store reads for longer than that.
    """
    conn.set_progress_handler(lambda: 1 if write_waiting() else 0, steps)
    try:
        while True:
            wait_idle()
            try:
                return work()
            except lib.OperationalError as exc:
                if "interrupt" not in str(exc).lower():
                    raise
                log.info("a check stepped aside for a write; it starts again")
    finally:
        conn.set_progress_handler(None, steps)
