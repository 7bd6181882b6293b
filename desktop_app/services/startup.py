"""Opening the user's store as the app starts: lock, check, back up, migrate, fill with the demo."""

from __future__ import annotations

import datetime as dt
import logging
import os

from db.engine import DamagedStoreError, open_engine
from desktop_app.services import autobackup, backup, encryption, recovery, store_lock
from desktop_app.services.store import Store, resolve_store_path, resolve_store_url

log = logging.getLogger(__name__)


def open_user_store(
    path: str | os.PathLike[str] | None = None,
    *,
    demo: bool = True,
    passphrase: str | None = None,
    defer_check: bool = True,
) -> Store:
    """The store named by ``--db``/``CHANCERY_DB``/the default; a brand-new one gets the demo.

    Both the window and the CLI come through here, so both get the same guarantees: the
    store's lock is taken first (a second Chancery on it is refused with StoreInUse), a
    damaged store is moved aside and StoreDamaged names the newest good backup, and an
    older schema is backed up before it is migrated. An encrypted store is opened with
    ``passphrase``, else CHANCERY_PASSPHRASE, else the passphrase provider's answer
    (encryption.passphrase_for); it is never taken for a damaged one.

    The check on open follows one rule for the window and the command line: a large store
    (db.engine.SYNC_CHECK_BYTES) that the previous session closed cleanly, with no journal
    left, is opened without SQLite's quick_check and FTS5's index check (Store.check_pending
    says so): the window runs them on a worker right after it shows (ui/store_check.py); a
    command, which lasts a second, does not, and ``chancery check`` runs the full check on
    demand. Any other store is checked here, before anything reads it. ``defer_check=False``
    checks now whatever the size.
    """
    url = resolve_store_url(path)
    if url is not None:
        # A team store: the server serves every analyst at once (no file lock), keeps its
        # own durability (no automatic file backups: `chancery backup` runs pg_dump), and
        # its data is protected by PostgreSQL's roles and TLS, not SQLCipher; a client
        # never migrates it (`chancery migrate` does) nor fills it with the demo.
        return Store.open_server(url)
    target = resolve_store_path(path).resolve()
    store_lock.acquire(target)
    encryption.clean_leftovers(target)  # of an encrypt/rekey/decrypt that was interrupted
    recovery.clean_leftovers(target)  # of backups and conversions that were killed
    is_new = not target.exists() or target.stat().st_size == 0
    passphrase = encryption.passphrase_for(target, passphrase)
    defer = defer_check and store_lock.closed_cleanly_before(target)
    if is_new:
        # Missing or empty, yet backed up: the user's store was lost; never a new one there.
        emptied = recovery.emptied_store(target)
        if emptied is not None:
            raise emptied
    else:
        defer = defer and not recovery.journal_path(target).exists()
        problem = recovery.journal_problem(target)
        if problem is not None:
            raise recovery.set_aside(target, problem)
        if passphrase is None and recovery.looks_like_lost_store(target):
            raise recovery.set_aside(target, "its SQLite header is gone")
        header = recovery.header_problem(target) if passphrase is None else None
        if header is not None:
            raise recovery.set_aside(target, header)
    try:
        engine, info = open_engine(
            target,
            before_upgrade=backup.backup_before_upgrade,
            passphrase=passphrase,
            defer_check=defer,
        )
    except DamagedStoreError as exc:
        raise recovery.set_aside(target, _reason(exc)) from exc
    store = Store(engine, info)
    store_lock.mark(target, closed=False)  # open again, if this process closed it before
    if info.notice:
        log.warning("%s", info.notice)  # the search index was rebuilt: said once, logged
    demo_loaded = False
    if is_new and demo and not backup.list_backups(target) and not _has_content(store):
        from desktop_app.services.demo import load_demo  # the import pipeline: new stores only

        try:
            load_demo(store)
        except BaseException:
            store.close()
            raise
        demo_loaded = True
    if autobackup.watch(store) and demo_loaded:
        # The demo is a store worth keeping from the start: backed up now, not at a first
        # edit, so an accident before that edit finds a backup to go back to.
        backup.maybe_backup(store, interval=dt.timedelta(0))
    return store


def _has_content(store: Store) -> bool:
    from desktop_app.services.demo import has_content

    return has_content(store)


def _reason(exc: DamagedStoreError) -> str:
    """Why opening failed, one short readable phrase (details go to the log)."""
    cause = exc.__cause__
    log.warning("opening failed: %s (cause: %r)", exc, cause)
    if cause is None:
        inner = str(exc).split(" (", 1)[-1].rstrip(".)") if " (" in str(exc) else ""
        return recovery.plain_reason(inner) if inner else "it fails SQLite's quick_check"
    return recovery.plain_reason(str(getattr(cause, "orig", cause)))
