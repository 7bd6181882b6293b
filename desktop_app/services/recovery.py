"""A damaged store: found on open, moved aside (never deleted), and the way back offered."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from db import crypto, migrate, search, sqlite_files
from db.engine import SQLITE_HEADER, make_engine, repair_index, sqlite_url
from db.sqlite_files import header_problem, journal_path, journal_problem
from desktop_app.services import autobackup, backup
from desktop_app.services.backup import BackupInfo, list_backups, newest_good_backup
from desktop_app.services.store import Store, StoreError, write_gate

T = TypeVar("T")

log = logging.getLogger(__name__)


class StoreDamaged(StoreError):
    """The store was damaged; it has been moved aside and the message says how to go back."""

    def __init__(
        self, message: str, *, path: Path, moved_to: Path, backup: BackupInfo | None
    ) -> None:
        super().__init__(message)
        self.path = path  # where the store was (and where a restore puts the backup)
        self.moved_to = moved_to
        self.backup = backup


class StoreEmptied(StoreError):
    """The store is missing or empty while backups of it exist: it was lost, not new.

    Like StoreDamaged it names the newest good backup (``backup``) to put back at ``path``
    (the window offers it the same way); nothing was created or changed.
    """

    def __init__(self, message: str, *, path: Path, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.path = path
        self.backup = backup


@dataclass(frozen=True)
class CheckReport:
    path: Path
    ok: bool
    problems: tuple[str, ...]  # integrity_check's lines, or why the file cannot be read
    backups: int
    repaired: str | None = None  # one sentence on a repair made (the search index rebuilt)

    @property
    def summary(self) -> str:
        """What is wrong, in one sentence (the problems themselves go to the log)."""
        return summarize(self.problems)


# SQLite's own messages can quote text it read from a damaged file (a schema decoded in the
# wrong text encoding reads as CJK): only printable Latin text is kept in a sentence.
_READABLE = re.compile(r"^[\x20-\x7e\u00a0-\u024f]*$")
_QUOTED = re.compile(r"\s*\(([^()]*)\)")


def plain_reason(message: str) -> str:
    """An SQLite error or check line made fit for one sentence: its first line, without a
    quoted part that is not readable text, without a final full stop."""
    lines = message.strip().splitlines()
    line = lines[0].strip() if lines else ""
    if line.startswith("*** in database") and len(lines) > 1:
        line = lines[1].strip()
    line = _QUOTED.sub(lambda q: "" if not _READABLE.match(q.group(1)) else q.group(0), line)
    if not _READABLE.match(line):
        line = "".join(c if _READABLE.match(c) else "?" for c in line)
    return line.rstrip(". ") or "unreadable"


def summarize(problems: Sequence[str]) -> str:
    """Many lines of a check as one sentence: how many, and the first one made readable."""
    if not problems:
        return "no problem found"
    first = plain_reason(problems[0])
    lines = sum(max(1, len(p.strip().splitlines())) for p in problems)
    if lines <= 1:
        return first
    return f"{first}, and {lines - 1} more problems (details in the log)"


def emptied_store(store_path: Path) -> StoreEmptied | None:
    """The refusal for a store that is missing or empty (0 bytes) while backups of it exist:
    such a store was lost (deleted, or cut to nothing), and starting a new one there would
    hide that and, as new backups came, let thinning remove the old ones. None otherwise."""
    try:
        size = store_path.stat().st_size
    except FileNotFoundError:
        size = None
    if size:
        return None
    backups = list_backups(store_path)
    if not backups:
        return None
    state = "is missing" if size is None else "is empty (0 bytes)"
    good = newest_good_backup(store_path)
    if good is None:
        offer = (
            f"but none of its {len(backups)} backups in {backups[0].path.parent} passes its "
            "check: move that folder away to start a new, empty store there"
        )
    else:
        when = good.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        offer = (
            f"and it has backups, so no new store was made there: restore the newest good "
            f"one (from {when}) with `chancery restore latest --db {store_path}` "
            "or File ▸ Backups…"
        )
    log.warning("%s %s; %d backups beside it; opening refused", store_path, state, len(backups))
    return StoreEmptied(f"{store_path.name} {state}, {offer}", path=store_path, backup=good)


# What killed processes leave that SQLite will not clean: the journal of a backup copy cut
# short, and the super-journal of a transaction over two files (a conversion's export).
_SUPER_JOURNAL = re.compile(r"-mj[0-9A-F]{8,9}$")


def clean_leftovers(store_path: Path) -> list[Path]:
    """Remove what killed Chancery processes left beside the store and in its backups
    folder; the caller holds the store's lock, so no other Chancery is writing them.

    Only files Chancery makes are touched: ``*.partial`` copies and their journals in the
    backups folder, and SQLite super-journals (``-mj…``) named after the store or one of its
    backups, unless a journal still names them (SQLite needs those to roll a write back).
    Returns what was removed.
    """
    removed: list[Path] = []
    folder = backup.backups_dir(store_path)
    if not backup.busy.acquire(blocking=False):
        return removed  # a backup by this process is under way: its files are not leftovers
    try:
        if folder.is_dir():
            for leftover in [*folder.glob("*.partial"), *folder.glob("*.partial-journal")]:
                _remove(leftover, removed)
        for place, prefix in ((store_path.parent, store_path.name), (folder, store_path.stem)):
            if not place.is_dir():
                continue
            supers = [
                p
                for p in place.glob(f"{glob_escape(prefix)}*-mj*")
                if _SUPER_JOURNAL.search(p.name)
            ]
            if not supers:
                continue
            named = sqlite_files.named_in_journals(place)
            for super_journal in supers:
                if os.fsencode(str(super_journal)) not in named:
                    _remove(super_journal, removed)
    finally:
        backup.busy.release()
    if removed:
        log.info("removed leftovers of interrupted work: %s", ", ".join(p.name for p in removed))
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _remove(path: Path, removed: list[Path]) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not remove the leftover %s: %s", path, exc)
        return
    removed.append(path)


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
    if backup is None and list_backups(store_path):
        offer = (
            "None of its backups passes its check; move the folder "
            f"{list_backups(store_path)[0].path.parent.name} away to start a new, empty store "
            "there (the damaged file is kept for a specialist)."
        )
    elif backup is None:
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


# How many SQLite VM steps a long check runs between looks at waiting writes (a look is a
# dict lookup; a thousand steps are well under a millisecond).
YIELD_STEPS = 1000
# How long a check waits for the writes that made it step aside, before it tries again.
YIELD_WAIT_SECONDS = 30.0


def _yielding(conn: Any, lib: Any, path: Path, work: Callable[[], T]) -> T:
    """``work`` run so that it steps aside whenever a write of this process waits on ``path``."""
    return sqlite_files.yielding(
        conn,
        lib,
        work,
        write_waiting=lambda: write_gate.waiting(path),
        wait_idle=lambda: write_gate.wait_idle(path, YIELD_WAIT_SECONDS),
        steps=YIELD_STEPS,
    )


def quick_check(store_path: Path) -> str | None:
    """SQLite's quick_check and FTS5's index check of a store that is open, on a connection
    of its own (safe on a worker thread): None if it is sound, else what is wrong.

    For a large store the window opens without checking (open_engine ``defer_check``) and
    runs this right after it shows. The checks step aside whenever a write of this process
    waits (``_yielding``), so a note saved meanwhile is saved. A check that cannot get at
    the store because a write holds it finds nothing wrong: it is logged, not taken for
    damage. A damaged search index is rebuilt from the records here (logged).
    """
    path = store_path.expanduser().resolve()
    if not path.is_file():
        return None  # moved or switched meanwhile: nothing of ours to judge
    key = crypto.key_for(path)
    encrypted = key is not None or crypto.looks_encrypted(path)
    if encrypted and key is None:
        log.warning("quick_check of %s skipped: its key is not known here", path)
        return None
    lib = sqlite_files.driver(encrypted)
    try:
        conn = sqlite_files.connect_rw(path, key if encrypted else None)
    except (StoreError, lib.Error) as exc:
        log.warning("the check of %s could not open it: %s", path, exc)
        return plain_reason(str(exc))
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        lines = _yielding(
            conn, lib, path, lambda: [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        )
        if lines != ["ok"]:
            log.warning("quick_check of %s: %s", path, "\n".join(lines))
            return summarize(lines)
        index = _yielding(conn, lib, path, lambda: search.index_problems(conn, lib.DatabaseError))
    except lib.Error as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            log.warning("quick_check of %s could not run: %s", path, message)
            return None
        log.warning("quick_check of %s failed: %s", path, message)
        return plain_reason(message)
    finally:
        conn.close()
    if index:
        try:
            notice = _repair_index(path, key if encrypted else None)
        except StoreError as exc:
            return plain_reason(str(exc))
        if notice:
            log.warning("%s", notice)
    return None


def _repair_index(path: Path, key: str | None) -> str | None:
    """Rebuild a damaged search index from the records, on an engine of its own."""
    engine = make_engine(sqlite_url(path), passphrase=key)
    try:
        if migrate.current_revision(engine) != migrate.head_revision():
            return None  # the next opening upgrades the store, then checks its index again
        return repair_index(engine, path)
    finally:
        engine.dispose()


def set_aside_open(store: Store, reason: str) -> StoreDamaged:
    """The check after opening found ``store`` damaged: close it (reads and writes then
    refuse until ``Store.adopt``), move it aside and say how to go back, as on open."""
    autobackup.unwatch(store.path)  # no backup of the damaged file, now or at exit
    store.suspend()
    return set_aside(store.path, reason)


def check_store(store_path: Path, *, repair: bool = True) -> CheckReport:
    """SQLite's full integrity_check (and foreign_key_check) of the store, then FTS5's check
    of its search index; a damaged index is rebuilt from the records (``repair``), which
    ``repaired`` says. Nothing else is changed. Each problem is logged in full."""
    path = store_path.expanduser().resolve()
    report = _check(path, repair=repair)
    for problem in report.problems:
        log.warning("check of %s: %s", path, problem)
    return report


def _check(path: Path, *, repair: bool) -> CheckReport:
    count = len(list_backups(path))
    problem = journal_problem(path)
    if problem is not None:
        return CheckReport(path, False, (problem,), count)
    if not path.is_file():
        return CheckReport(path, False, ("there is no store file there",), count)
    if path.stat().st_size == 0:
        return CheckReport(path, False, ("the store file is empty (0 bytes)",), count)
    header = header_problem(path)
    if header is not None:
        return CheckReport(path, False, (header,), count)
    key = crypto.key_for(path)
    encrypted = key is not None or crypto.looks_encrypted(path)
    if encrypted:  # SQLCipher: checked with its key
        problems = crypto.full_check(path, key)
        if problems or key is None:
            return CheckReport(path, False, tuple(problems), count)
    lib = sqlite_files.driver(encrypted)
    try:
        conn = sqlite_files.connect_rw(path, key if encrypted else None)
    except (StoreError, lib.Error) as exc:
        return CheckReport(path, False, (str(exc),), count)
    try:
        problems = [] if encrypted else crypto.check_problems(conn, encrypted=False)
        index = {} if problems else search.index_problems(conn, lib.DatabaseError)
    except lib.Error as exc:
        problems, index = [str(exc)], {}
    finally:
        conn.close()
    if problems:
        return CheckReport(path, False, tuple(problems), count)
    if not index:
        return CheckReport(path, True, (), count)
    for table, what in index.items():
        log.warning("check of %s: index table %s: %s", path, table, what)
    found = tuple(f"the search index ({table}) is damaged: {what}" for table, what in index.items())
    if not repair:
        return CheckReport(path, False, found, count)
    try:
        notice = _repair_index(path, key if encrypted else None)
    except StoreError as exc:
        return CheckReport(path, False, (*found, str(exc)), count)
    if notice is None:
        return CheckReport(path, False, found, count)
    return CheckReport(path, True, (), count, repaired=notice)
