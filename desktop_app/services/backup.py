"""Backups of the store with SQLite's online backup API: taken, checked, thinned and restored."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from db import crypto, sqlite_files
from db.engine import open_engine
from desktop_app import logging_setup
from desktop_app.logging_setup import ALERT_BACKUP, ALERT_EXIT_BACKUP
from desktop_app.services.store import Store, StoreError

log = logging.getLogger(__name__)

# After a change, a new backup at most this often; on exit, whenever there was a change.
AUTO_INTERVAL = dt.timedelta(minutes=10)
# Thinning: the newest KEEP_LAST, plus the newest of each of the last KEEP_DAYS days and of
# each of the last KEEP_WEEKS weeks (UTC).
KEEP_LAST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 4
REASONS = ("auto", "exit", "manual", "pre-upgrade", "pre-restore")
BUSY_MS = sqlite_files.BUSY_MS
STEP_PAGES = 1024  # a copy step: 4 MiB of 4 KiB pages
MAX_RESTARTS = 3
# The change marker of the store when its newest backup was taken (see sqlite_files.change_marker).
STATE_FILE = "last-backup-of"

_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.db$")
# One backup at a time in this process (a worker thread and the window closing may race).
busy = threading.Lock()


class BackupError(StoreError):
    """A backup that could not be taken or used; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC, when the copy began
    reason: str
    size: int


def _store_path(target: Store | Path | str) -> Path:
    if isinstance(target, Store):
        return target.path
    return Path(target).expanduser().resolve()


def backups_dir(target: Store | Path | str) -> Path:
    """Backups live beside the store, in ``<store name>-backups``."""
    path = _store_path(target)
    return path.with_name(f"{path.stem}-backups")


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, taken_at=taken, reason=match["reason"], size=size)


def list_backups(target: Store | Path | str) -> list[BackupInfo]:
    """The store's backups, newest first (a team store's: its pg_dump files)."""
    if isinstance(target, Store) and target.on_server:
        from desktop_app.services import server_backup  # it imports this module

        return server_backup.list_backups(target)
    folder = backups_dir(target)
    if not folder.is_dir():
        return []
    found = (_parse(p) for p in folder.iterdir() if p.suffix == ".db")
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def newest_good_backup(target: Store | Path | str) -> BackupInfo | None:
    """The newest backup that opens and passes quick_check, if any."""
    for info in list_backups(target):
        if verify_backup(info.path, crypto.key_for(_store_path(target))) is None:
            return info
    return None


def verify_backup(path: Path, key: str | None = None) -> str | None:
    """None if ``path`` is a Chancery store that passes quick_check, else what is wrong.

    ``key``: the passphrase of an encrypted store, whose backups are encrypted under it.
    """
    return sqlite_files.copy_problem(path, key)


def _copy(source: Path, dest: Path) -> None:
    """``source`` into ``dest`` page by page under SQLite's locks (never a file copy)."""
    key = crypto.key_for(source) or crypto.key_for(dest)
    if key is None and crypto.looks_encrypted(source):
        raise BackupError(f"{source.name} is encrypted and locked: no backup without its key.")
    if key is not None:  # an encrypted store: its backups (and restores) keep its key
        crypto.backup_copy(source, dest, key, busy_ms=BUSY_MS)
        return
    sqlite_files.copy_plain(source, dest, step_pages=STEP_PAGES, restarts=MAX_RESTARTS)


def _take(path: Path, reason: str, now: dt.datetime | None = None) -> BackupInfo:
    """Copy, check, then publish a backup of the store at ``path``; thin the older ones."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not path.is_file():
        raise BackupError(f"There is no store at {path} to back up.")
    folder = backups_dir(path)
    with busy:
        taken = now or dt.datetime.now(dt.UTC)
        final = folder / f"{path.stem}-{taken.strftime(_STAMP)}-{reason}.db"
        partial = final.with_suffix(".partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Under busy and the store's lock no other copy is under way: a .partial here
            # is what a killed process left, never a backup.
            for stale in folder.glob("*.partial"):
                stale.unlink(missing_ok=True)
            # Read before the copy: a write during or after it makes the store differ.
            marker = sqlite_files.change_marker(path)
            _copy(path, partial)
            problem = verify_backup(partial, crypto.key_for(path))
            if problem is not None:
                raise BackupError(f"The new backup failed its check ({problem}); nothing replaced.")
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, final)
            crypto.fsync_file(folder)  # the rename on disk too (a folder syncs as a file)
            (folder / STATE_FILE).write_text(marker + "\n", encoding="ascii")
        except (OSError, sqlite_files.Error) as exc:
            partial.unlink(missing_ok=True)
            raise BackupError(
                f"Could not back up {path.name} into {folder} ({exc}); check free space "
                "and permissions there."
            ) from exc
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        # Only a checked, published backup lets older ones go.
        _thin(list_backups(path), taken, crypto.key_for(path))
    info = _parse(final)
    if info is None:  # _take names every backup so that _parse reads it back
        raise BackupError(f"The backup {final.name} has a name Chancery cannot read.")
    return info


def plan_thinning(
    backups: Iterable[BackupInfo],
    now: dt.datetime,
    holds_data: Callable[[BackupInfo], bool] | None = None,
) -> list[BackupInfo]:
    """The backups the thinning rule lets go (never the newest one).

    ``holds_data(b)``: whether backup ``b`` is good and holds records. The newest KEEP_LAST
    such backups are always kept, whatever came after them: backups of a store that was
    emptied or replaced by a new one never push out the last ones of the real data.
    """
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in ordered[:KEEP_LAST]}
    if holds_data is not None:
        # Only the older ones can be let go: ask about them alone, newest first.
        kept_with_data = sum(1 for b in ordered[:KEEP_LAST] if holds_data(b))
        for b in ordered[KEEP_LAST:]:
            if kept_with_data >= KEEP_LAST:
                break
            if holds_data(b):
                keep.add(b.path)
                kept_with_data += 1
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in ordered:  # newest first, so the first seen in a day or week is its newest
        day = b.taken_at.date()
        if (now.date() - day).days < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(b.path)
        week = b.taken_at.isocalendar()[:2]
        if (now - b.taken_at).days < 7 * KEEP_WEEKS and week not in weeks:
            weeks.add(week)
            keep.add(b.path)
    return [b for b in ordered if b.path not in keep]


# Whether a published backup holds records, by (path, size, mtime): backups never change.
_holds_data: dict[tuple[Path, int, int], bool] = {}


def holds_data(info: BackupInfo, key: str | None = None) -> bool:
    """True if the backup opens and holds at least one record (a row in a table other than
    the schema version and the index); it was checked when it was taken."""
    try:
        stat = info.path.stat()
    except OSError:
        return False
    cache_key = (info.path, stat.st_size, stat.st_mtime_ns)
    if cache_key not in _holds_data:
        _holds_data[cache_key] = _has_records(info.path, key)
    return _holds_data[cache_key]


def _has_records(path: Path, key: str | None) -> bool:
    # Not checked again here: a backup is published only once it passed verify_backup.
    return sqlite_files.has_records(path, key)


def _thin(backups: list[BackupInfo], now: dt.datetime, key: str | None = None) -> None:
    for old in plan_thinning(backups, now, lambda b: holds_data(b, key)):
        try:
            old.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove old backup %s: %s", old.path, exc)


def backup_now(target: Store | Path | str, reason: str = "manual") -> BackupInfo:
    """A new backup of the store, checked before it replaces any; BackupError says why not."""
    if isinstance(target, Store) and target.on_server:
        from desktop_app.services import server_backup

        return server_backup.backup_now(target, reason)
    info = _take(_store_path(target), reason)
    logging_setup.resolve(ALERT_BACKUP, ALERT_EXIT_BACKUP)  # a failed automatic one is made up
    return info


def needs_backup(target: Store | Path | str, *, interval: dt.timedelta = AUTO_INTERVAL) -> bool:
    """True if the store changed since its newest backup and that backup is old enough."""
    path = _store_path(target)
    if not path.is_file():
        return False
    backups = list_backups(path)
    if not backups:
        return True
    try:
        recorded = (backups_dir(path) / STATE_FILE).read_text(encoding="ascii").strip()
    except OSError:
        recorded = ""  # no record of what the newest backup held: assume it changed
    changed = recorded != sqlite_files.change_marker(path)
    return changed and dt.datetime.now(dt.UTC) - backups[0].taken_at >= interval


def maybe_backup(
    target: Store | Path | str, *, on_exit: bool = False, interval: dt.timedelta = AUTO_INTERVAL
) -> BackupInfo | None:
    """Back up if the store changed (at most every ``interval``; on exit, whenever changed).

    Safe from a worker thread: it uses its own SQLite connections, never the store's sessions.
    A failure is logged and returns None: an automatic backup must not break the user's work.
    """
    wait = dt.timedelta(0) if on_exit else interval
    try:
        if not needs_backup(target, interval=wait):
            return None
        info = _take(_store_path(target), "exit" if on_exit else "auto")
    except (StoreError, OSError) as exc:
        # On the alerts logger: the window's banner and the CLI's stderr show it.
        when = " on closing" if on_exit else ""
        logging_setup.report(
            ALERT_EXIT_BACKUP if on_exit else ALERT_BACKUP,
            f"The automatic backup{when} failed: {exc}",
        )
        return None
    logging_setup.resolve(ALERT_BACKUP, ALERT_EXIT_BACKUP)
    return info


def backup_before_upgrade(path: Path) -> None:
    """The hook db.engine.open_engine calls before migrating an existing store."""
    try:
        _take(path, "pre-upgrade")
    except BackupError as exc:
        raise BackupError(
            f"Not upgrading {path.name}, as it could not be backed up first: {exc}"
        ) from exc


def find_backup(target: Store | Path | str, name: str) -> Path:
    """A backup given as a path, a file name in the backups folder, or ``latest``."""
    if name == "latest":
        good = newest_good_backup(target)
        if good is None:
            raise BackupError(f"{_store_path(target).name} has no good backup to restore.")
        return good.path
    candidate = Path(name).expanduser()
    if not candidate.is_file():
        candidate = backups_dir(target) / name
    if not candidate.is_file():
        raise BackupError(
            f"There is no backup {name!r}; `chancery backups` lists them (or give a file path)."
        )
    return candidate.resolve()


def restore_into(path: Path, backup: Path) -> BackupInfo | None:
    """Replace the store at ``path`` with ``backup``; the caller holds the store's lock.

    The current store, if it is readable, is backed up first (that backup is returned). The
    copy goes through the backup API into the store file, in one transaction, so an
    interrupted restore leaves the store as it was. An older backup is then migrated.
    """
    problem = verify_backup(backup, crypto.key_for(path))
    if problem is not None:
        raise BackupError(f"Cannot restore: {problem}.")
    safety: BackupInfo | None = None
    if path.is_file() and path.stat().st_size > 0:
        safety = _take(path, "pre-restore")
    try:
        _copy(backup, path)
    except sqlite_files.Error as exc:
        raise BackupError(f"The restore failed and the store is unchanged ({exc}).") from exc
    # Checks it, and upgrades an older schema (an encrypted store keeps its key).
    engine, _info = open_engine(path, create=False, passphrase=crypto.key_for(path))
    engine.dispose()
    return safety


def restore_backup(store: Store, backup: Path) -> BackupInfo | None:
    """Restore ``backup`` into the open ``store``; its next session sees the restored data.

    Views showing data from before must be refreshed by the caller (the window reloads them).
    """
    if store.on_server:
        from desktop_app.services import server_backup

        return server_backup.restore(store, backup)
    store.engine.dispose()  # no pooled connection keeps a read transaction open across it
    try:
        return restore_into(store.path, backup)
    finally:
        store.engine.dispose()
