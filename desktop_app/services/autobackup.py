"""Automatic backups of an open store: after commits (at most every interval) and at exit.

Importing this module changes nothing: the first ``watch`` hooks SQLAlchemy's commits and the
process's exit, and the last ``unwatch`` takes both hooks off again.
"""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import UnboundExecutionError
from sqlalchemy.orm import Session

from desktop_app.services import backup
from desktop_app.services.store import Store

log = logging.getLogger(__name__)

# "0" turns automatic backups off (the test suite does, so that no background copy races
# a test's own assertions; tests/reliability/test_autobackup.py turns them back on).
ENV_AUTO = "CHANCERY_AUTO_BACKUP"
EXIT_JOIN_SECONDS = 120


@dataclass
class _Watch:
    opened: dt.datetime
    interval: dt.timedelta
    dirty: bool = False
    next_check: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    thread: threading.Thread | None = None


# The stores watched, by resolved path: None until the first watch and after the last unwatch
# (the application that watched them, services/application.py, ends their watch).
_watched: dict[Path, _Watch] | None = None
_guard = threading.Lock()


def enabled() -> bool:
    return os.environ.get(ENV_AUTO, "1") != "0"


def watch(store: Store, *, interval: dt.timedelta = backup.AUTO_INTERVAL) -> bool:
    """Back ``store`` up automatically from now on; False if automatic backups are off.

    After a commit, a backup is taken in a background thread once the newest backup (or the
    opening of the store) is ``interval`` old; at the end of the process, whatever changed
    since the newest backup is backed up.
    """
    if not enabled():
        return False
    global _watched
    now = dt.datetime.now(dt.UTC)
    with _guard:
        if _watched is None:
            _watched = {}
        if store.path in _watched:
            return True
        _watched[store.path] = _Watch(opened=now, interval=interval, next_check=now + interval)
        if not hooked():
            event.listen(Session, "after_commit", _after_commit)
            atexit.register(_at_exit)
    return True


def hooked() -> bool:
    """True while a watched store has commits and the exit hooked."""
    return event.contains(Session, "after_commit", _after_commit)


def unwatch(path: Path) -> None:
    global _watched
    with _guard:
        if _watched is not None:
            _watched.pop(path, None)
        if not _watched:
            _watched = None
        if _watched is None and hooked():
            event.remove(Session, "after_commit", _after_commit)
            atexit.unregister(_at_exit)


def _store_file(session: Session) -> Path | None:
    try:
        bind = session.get_bind()
    except UnboundExecutionError:  # an unbound session: not a store
        return None
    database = bind.engine.url.database
    return Path(database).resolve() if database else None


def _after_commit(session: Session) -> None:
    """Runs in the writing thread right after each commit: must stay cheap."""
    if not _watched:
        return
    path = _store_file(session)
    if path is None:
        return
    with _guard:
        state = _watched.get(path) if _watched is not None else None
        if state is None:
            return
        state.dirty = True
        now = dt.datetime.now(dt.UTC)
        if now < state.next_check or (state.thread is not None and state.thread.is_alive()):
            return
        state.next_check = now + state.interval
        state.thread = threading.Thread(
            target=_run, args=(path, state), name="chancery-backup", daemon=True
        )
        state.thread.start()


def _run(path: Path, state: _Watch) -> None:
    newest = backup.list_backups(path)
    since = max(state.opened, newest[0].taken_at) if newest else state.opened
    if dt.datetime.now(dt.UTC) - since < state.interval:
        state.next_check = since + state.interval
        return
    state.dirty = False
    if backup.maybe_backup(path, interval=dt.timedelta(0)) is None:
        state.dirty = True  # failed (logged) or nothing changed: try again after the next commit


def _at_exit() -> None:
    _back_up_last(watched())


def watched() -> frozenset[Path]:
    """The stores backed up automatically (their resolved paths)."""
    with _guard:
        return frozenset(_watched or ())


def finish(paths: frozenset[Path]) -> None:
    """The end of the watch of ``paths`` (the application that watched them ends, or the
    process): a backup under way is awaited, whatever changed since the newest backup is
    backed up, and they are watched no more."""
    _back_up_last(paths)
    for path in paths:
        unwatch(path)


def _back_up_last(paths: frozenset[Path]) -> None:
    with _guard:
        watching = _watched or {}
        items = [(path, watching[path]) for path in paths if path in watching]
    for path, state in items:
        if state.thread is not None:
            state.thread.join(EXIT_JOIN_SECONDS)
        if state.dirty and path.is_file():
            backup.maybe_backup(path, on_exit=True)


def pending() -> dict[str, Any]:
    """What is being watched (for tests and diagnostics)."""
    with _guard:
        watching = _watched or {}
        return {str(p): {"dirty": w.dirty, "next_check": w.next_check} for p, w in watching.items()}
