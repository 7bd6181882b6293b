"""The open store a session of the app works on: where it lives, and its transactions."""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm import exc as sa_orm_exc

from db import crypto, sqlite_files
from db.engine import (
    StoreError,
    StoreInfo,
    is_server_url,
    open_engine,
    open_server,
    server_url,
    session_factory,
)

APP_NAME = "Chancery"
STORE_FILE = "chancery.db"
ENV_STORE = "CHANCERY_DB"

__all__ = [
    "EditConflict",
    "Store",
    "StoreError",
    "WriteError",
    "default_store_path",
    "resolve_store_path",
    "resolve_store_url",
    "server_address",
]


class WriteError(StoreError):
    """A write that failed; the store is as it was before it."""


class EditConflict(WriteError):
    """An edit made on a copy of a record that someone else changed meanwhile (a team
    store): nothing was written; the user reloads the record, sees the change, decides."""


CONFLICT_MESSAGE = (
    "Someone else changed this record after you opened it; your change was not saved: "
    "reload it to see theirs, then make yours again."
)


def default_store_path() -> Path:
    """The embedded default store, in the user's data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / STORE_FILE


def resolve_store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--db PATH`` first, then ``CHANCERY_DB``, then the default in the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_STORE)
    if env:
        return Path(env).expanduser()
    return default_store_path()


def resolve_store_url(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """The team store's PostgreSQL URL when ``--db``/``CHANCERY_DB`` gives one, else None
    (a file path: resolve_store_path)."""
    value = os.fspath(explicit) if explicit else os.environ.get(ENV_STORE)
    return value if is_server_url(value) else None


def _without_password(url: URL) -> URL:
    # URL.set(password=None) keeps the password (None there means "unchanged").
    return URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )


def server_address(url: str, password: str = "") -> str:
    """A team store's URL checked (StoreError: one sentence, no password in it), with the
    ``password`` typed apart set into it; what Store.open is given, never shown."""
    parsed = server_url(url.strip())
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def team_store_folder(url: str) -> Path:
    """The local folder standing for a team store (its pg_dump backups): one per server
    and database, in the user's data folder; the name holds no password."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", "local"))
    label = f"{host}-{parsed.port or parsed.query.get('port', 5432)}-{parsed.database}"
    safe = "".join(c if c.isalnum() or c in "-._" else "_" for c in label).strip("._")
    return default_store_path().parent / "team-stores" / safe / str(parsed.database)


def _refused_write(exc: BaseException) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "permission denied" in message or "read-only transaction" in message


def explain_write_failure(exc: BaseException) -> str:
    """One sentence on why a write failed, in the user's terms."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in message or "database or disk is full" in message:
        return "The disk is full: free some space and try again; nothing was saved."
    if "readonly" in message or "read-only" in message:
        return "The store is read-only: check the file's permissions; nothing was saved."
    if "permission denied" in message or "read-only transaction" in message:
        return (
            "Your PostgreSQL role may not change the team store (it is read-only); "
            "nothing was saved."
        )
    if "locked" in message or "busy" in message:
        return "The store is busy in another program: close it and try again; nothing was saved."
    if isinstance(exc, sa_exc.IntegrityError):
        reason = getattr(exc, "orig", exc)
        return f"The change breaks a rule of the store ({reason}); nothing was saved."
    return f"The change could not be saved ({getattr(exc, 'orig', exc)}); nothing was saved."


class _WriteGate:
    """The writes under way or waiting, per store file, in this process.

    A long read on its own connection (the window's deferred check of a large store) holds
    SQLite's shared lock; with the rollback journal a commit must wait for it, and gives up
    after busy_timeout. Such a reader looks here and steps aside while a write waits
    (recovery.quick_check). Other processes cannot write: the store's lock keeps them out.
    """

    def __init__(self) -> None:
        self._writes: dict[Path, int] = {}
        self._changed = threading.Condition()

    def enter(self, path: Path) -> None:
        with self._changed:
            self._writes[path] = self._writes.get(path, 0) + 1

    def leave(self, path: Path) -> None:
        with self._changed:
            left = self._writes.get(path, 1) - 1
            if left:
                self._writes[path] = left
            else:
                self._writes.pop(path, None)
                self._changed.notify_all()

    def waiting(self, path: Path) -> bool:
        return path in self._writes  # a dict lookup: cheap enough for a progress handler

    def wait_idle(self, path: Path, timeout: float) -> bool:
        """Wait until no write on ``path`` is under way; False if ``timeout`` passed first."""
        with self._changed:
            return self._changed.wait_for(lambda: path not in self._writes, timeout)


write_gate = _WriteGate()


class Store:
    """An open Chancery store. Services take it as their first argument."""

    def __init__(self, engine: Engine, info: StoreInfo) -> None:
        self.engine = engine
        self.info = info
        self._sessions: sessionmaker[Session] = session_factory(engine)

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        create: bool = True,
        passphrase: str | None = None,
    ) -> Store:
        """Open a store; ``passphrase`` opens (or creates) an encrypted one, None a plain one.

        A PostgreSQL URL opens a team store (see open_server; ``create`` does not apply)."""
        url = resolve_store_url(path)
        if url is not None:
            return cls.open_server(url)
        engine, info = open_engine(resolve_store_path(path), create=create, passphrase=passphrase)
        return cls(engine, info)

    @classmethod
    def open_server(cls, url: str, *, upgrade: bool = False) -> Store:
        """Open the team store at a PostgreSQL URL; only ``upgrade`` (``chancery migrate``)
        changes its schema: a client refuses an older or newer one with a sentence."""
        engine, info = open_server(url, upgrade=upgrade, label=team_store_folder(url))
        return cls(engine, info)

    @property
    def on_server(self) -> bool:
        """A team store on PostgreSQL (no file lock, no SQLCipher, pg_dump backups)."""
        return self.info.url is not None

    @property
    def display_name(self) -> str:
        """What to show for the store: its file, or its URL without the password."""
        return self.info.url or str(self.path)

    @property
    def address(self) -> str:
        """What opens the store again (File ▸ Recent stores): its file, or its URL with no
        password in it (libpq then finds it in ~/.pgpass or PGPASSWORD)."""
        if self.info.url is None:
            return str(self.path)
        return _without_password(server_url(self.info.url)).render_as_string(hide_password=False)

    def is_at(self, address: str) -> bool:
        """True if ``address`` (a file or a URL, password or not) is this store."""
        if is_server_url(address) != self.on_server:
            return False
        if not self.on_server:
            return Path(address).expanduser().resolve() == self.path.resolve()
        try:
            other = _without_password(server_url(address))
        except StoreError:
            return False
        return other == server_url(self.address)  # as URLs: the query's quoting aside

    @property
    def encrypted(self) -> bool:
        return crypto.is_cipher_engine(self.engine)

    @property
    def path(self) -> Path:
        return self.info.path

    @contextmanager
    def read(self, *, statements_alone: bool = False) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        ``statements_alone``, for readers that only run SELECTs: on a team store no
        transaction is opened around them, which saves the BEGIN and ROLLBACK round trips
        (two of a search's or a list page's four). What they see is the same: PostgreSQL's
        READ COMMITTED gives each statement its own snapshot inside a transaction too. A
        file store keeps its transaction (in-process, no round trip; one snapshot).
        """
        self._check_unlocked()
        with self._sessions() as session:
            if statements_alone and self.engine.dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: all of it is committed, or none of it, and WriteError says why."""
        self._check_unlocked()
        path = self.path
        write_gate.enter(path)
        try:
            with self._sessions.begin() as session:
                yield session
        except sa_orm_exc.StaleDataError as exc:
            raise EditConflict(CONFLICT_MESSAGE) from exc
        except (sa_exc.OperationalError, sa_exc.IntegrityError, sqlite_files.Error) as exc:
            raise WriteError(explain_write_failure(exc)) from exc
        except (sa_exc.ProgrammingError, sa_exc.InternalError) as exc:
            # A team store refuses a read-only role's write (permission denied) or any write
            # on a read-only server (a standby); other such errors are bugs: raised as they are.
            if not _refused_write(exc):
                raise
            raise WriteError(explain_write_failure(exc)) from exc
        finally:
            write_gate.leave(path)

    @property
    def check_pending(self) -> bool:
        """True if opening left SQLite's quick_check to the caller (a large store, see
        startup.open_user_store ``defer_check``); the window runs it on a worker."""
        return not self.info.checked

    def mark_checked(self) -> None:
        """The deferred quick_check found the store sound."""
        self.info = dataclasses.replace(self.info, checked=True)

    def suspend(self) -> None:
        """Close the store, keeping its key, and refuse reads and writes until ``adopt``
        (a damaged store about to be moved aside)."""
        self._locked = True
        self.close()

    def close(self) -> None:
        # An encrypted store's key stays known to this process after close, for the backup
        # taken at exit; lock() forgets it.
        self.engine.dispose()
        _mark_lock(self.path, closed=True)

    # Locking (an encrypted store left idle): the same Store object, held by every view,
    # refuses reads and writes until it adopts a store reopened with the passphrase.
    _locked = False

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        """Close the store and forget its key; reads and writes raise StoreError until ``adopt``."""
        self._locked = True
        self.close()
        crypto.forget_key(self.path)

    def adopt(self, other: Store) -> None:
        """Take over ``other``'s engine (the same store reopened, e.g. under a new key)."""
        self.engine, self.info, self._sessions = other.engine, other.info, other._sessions
        self._locked = False
        _mark_lock(self.path, closed=False)

    def _check_unlocked(self) -> None:
        if self._locked:
            raise StoreError("The store is locked: type its passphrase to unlock it.")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _mark_lock(path: Path, *, closed: bool) -> None:
    """Tell the lock file (if this process holds it) whether the store is open: a later
    start reads it to know if this session ended cleanly."""
    from desktop_app.services import store_lock  # it imports this module

    store_lock.mark(path, closed=closed)
