"""A damaged store: found on open, moved aside (never deleted), and the way back offered."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from db import crypto
from db.engine import SQLITE_HEADER
from desktop_app.services import autobackup
from desktop_app.services.backup import BackupInfo, list_backups, newest_good_backup
from desktop_app.services.store import Store, StoreError

log = logging.getLogger(__name__)

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_HEADER = struct.Struct(">8sIIIII")  # magic, nRec, cksumInit, dbSize, sectorSize, pageSize


class StoreDamaged(StoreError):
    """The store was damaged; it has been moved aside and the message says how to go back."""

    def __init__(
        self, message: str, *, path: Path, moved_to: Path, backup: BackupInfo | None
    ) -> None:
        super().__init__(message)
        self.path = path  # where the store was (and where a restore puts the backup)
        self.moved_to = moved_to
        self.backup = backup


@dataclass(frozen=True)
class CheckReport:
    path: Path
    ok: bool
    problems: tuple[str, ...]  # integrity_check's lines, or why the file cannot be read
    backups: int


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
    while offset + _HEADER.size <= len(data):
        magic, n_rec, cksum_init, _db_size, sector, page = _HEADER.unpack_from(data, offset)
        if magic == b"\0" * 8:
            # Never synced: SQLite wrote nothing to the store after it, so nothing to undo.
            return None if segments == 0 or n_rec == 0 else "its journal has a blank segment"
        if magic != JOURNAL_MAGIC:
            return f"its journal is damaged (bad header at byte {offset})"
        if not (512 <= sector <= 65536 and sector & (sector - 1) == 0):
            return f"its journal is damaged (sector size {sector})"
        if page == 0 and segments == 0:
            return "its journal is damaged (page size 0)"
        if page and not (512 <= page <= 65536 and page & (page - 1) == 0):
            return f"its journal is damaged (page size {page})"
        if n_rec == 0xFFFFFFFF:
            return None  # only written without syncing (synchronous=OFF); not ours
        segments += 1
        offset += sector
        page_size = page or 4096
        for number in range(n_rec):
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
            offset += 8 + page_size
        if n_rec == 0:
            return None
        offset = -(-offset // sector) * sector  # the next segment starts on a sector boundary
    return None


def looks_like_lost_store(store_path: Path) -> bool:
    """A file without SQLite's header that has backups of its own was a store, now damaged."""
    try:
        with store_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER and bool(list_backups(store_path))


def move_aside(store_path: Path) -> Path:
    """Rename the store (and its journal) to ``<name>.damaged-<time>``; nothing is deleted."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = store_path.with_name(f"{store_path.name}.damaged-{stamp}")
    n = 1
    while target.exists() or journal_path(target).exists():
        n += 1
        target = store_path.with_name(f"{store_path.name}.damaged-{stamp}-{n}")
    journal = journal_path(store_path)
    if journal.exists():
        os.rename(journal, journal_path(target))
    os.rename(store_path, target)
    return target


def set_aside(store_path: Path, reason: str) -> StoreDamaged:
    """Move a damaged store aside and build the error that tells the user what to do."""
    moved = move_aside(store_path)
    backup = newest_good_backup(store_path)
    if backup is None:
        offer = (
            "There is no backup of it; Chancery will start a new, empty store there "
            "(the damaged file is kept for a specialist)."
        )
    else:
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        offer = (
            f"The newest good backup is from {when}: restore it with "
            f"`chancery restore latest --db {store_path}` or File ▸ Backups…"
        )
    return StoreDamaged(
        f"{store_path.name} was damaged ({reason}); it was moved to {moved.name} and kept. "
        + offer,
        path=store_path,
        moved_to=moved,
        backup=backup,
    )


def quick_check(store_path: Path) -> str | None:
    """SQLite's quick_check of a store that is open, on a read-only connection of its own
    (safe on a worker thread): None if it is sound, else what is wrong.

    For a large store the window opens without checking (open_engine ``defer_check``) and
    runs this right after it shows. A check that cannot get at the store because a write
    holds it finds nothing wrong: it is logged, not taken for damage.
    """
    path = store_path.expanduser().resolve()
    if not path.is_file():
        return None  # moved or switched meanwhile: nothing of ours to judge
    key = crypto.key_for(path)
    encrypted = key is not None or crypto.looks_encrypted(path)
    if encrypted and key is None:
        log.warning("quick_check of %s skipped: its key is not known here", path)
        return None
    lib = crypto.driver() if encrypted else sqlite3
    try:
        if encrypted:
            conn = crypto.connect(path, key, readonly=True)
        else:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (StoreError, lib.Error) as exc:
        return str(exc).rstrip(".")
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        lines = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except lib.Error as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            log.warning("quick_check of %s could not run: %s", path, message)
            return None
        return message.rstrip(".")
    finally:
        conn.close()
    return None if lines == ["ok"] else "; ".join(lines[:3])


def set_aside_open(store: Store, reason: str) -> StoreDamaged:
    """The check after opening found ``store`` damaged: close it (reads and writes then
    refuse until ``Store.adopt``), move it aside and say how to go back, as on open."""
    autobackup.unwatch(store.path)  # no backup of the damaged file, now or at exit
    store.suspend()
    return set_aside(store.path, reason)


def check_store(store_path: Path) -> CheckReport:
    """SQLite's full integrity_check (and foreign_key_check) of the store, read-only."""
    path = store_path.expanduser().resolve()
    count = len(list_backups(path))
    problem = journal_problem(path)
    if problem is not None:
        return CheckReport(path, False, (problem,), count)
    if not path.is_file():
        return CheckReport(path, False, ("there is no store file there",), count)
    key = crypto.key_for(path)
    if key is not None or crypto.looks_encrypted(path):  # SQLCipher: checked with its key
        problems = crypto.full_check(path, key)
        return CheckReport(path, not problems, tuple(problems), count)
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return CheckReport(path, False, (str(exc),), count)
    try:
        problems = crypto.check_problems(conn, encrypted=False)
    except sqlite3.Error as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    return CheckReport(path, not problems, tuple(problems), count)
