"""The engine and its pragmas, and opening a store: checks, migration, session factory."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from db import migrate, search

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_SQLITE = (3, 35, 0)

# Why these pragmas (docs/durability.md, "Store settings, and why"):
# - foreign_keys: SQLite leaves them off unless asked on every connection.
# - synchronous=FULL: a commit is on disk when it returns, so a power cut loses no saved note.
# - busy_timeout: a short wait rather than an immediate "database is locked".
# - journal_mode=DELETE: the rollback journal, not WAL: the SQLite bundled with Python 3.11
#   here (3.40.1) has the WAL-reset bug fixed in 3.51.3; a single-writer desktop store loses
#   nothing by staying with the rollback journal.
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)
JOURNAL_MODE = "delete"

# quick_check reads every page: well under 0.3 s below this size, seconds on a large store.
# Above it, a caller that asks (``defer_check``) runs the check itself after opening.
SYNC_CHECK_BYTES = 64 * 1024 * 1024


class StoreError(Exception):
    """A store that cannot be opened; the message is one sentence for the user."""


class DamagedStoreError(StoreError):
    """An SQLite store that SQLite cannot read, or that fails its quick_check."""


@dataclass(frozen=True)
class StoreInfo:
    path: Path
    sqlite_version: str  # on a server store: the server's version
    revision: str | None
    checked: bool = True  # False: quick_check was left to the caller (open_engine defer_check)
    notice: str | None = None  # one sentence on a repair made while opening (the search index)
    url: str | None = None  # a server store's URL, its password hidden (None: an SQLite file)


def check_sqlite() -> str:
    """The SQLite in use, refused if too old or built without FTS5."""
    version = sqlite3.sqlite_version_info
    if version < MIN_SQLITE:
        raise StoreError(
            f"SQLite {sqlite3.sqlite_version} is too old for Chancery "
            f"(needs {'.'.join(map(str, MIN_SQLITE))} or newer with FTS5)."
        )
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute(
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')"
        )
    except sqlite3.OperationalError as exc:
        raise StoreError(f"This SQLite ({sqlite3.sqlite_version}) lacks FTS5: {exc}.") from exc
    finally:
        probe.close()
    return sqlite3.sqlite_version


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}")
    cursor.close()


def make_engine(url: str, *, passphrase: str | None = None, **kwargs: Any) -> Engine:
    """An engine with the store's pragmas; a passphrase makes it an SQLCipher engine."""
    if passphrase is None:
        engine = create_engine(url, **kwargs)
    else:
        from db import crypto  # SQLCipher is loaded only for encrypted stores

        engine = create_engine(crypto.engine_url(url, passphrase), **crypto.engine_kwargs(kwargs))
        crypto.install(engine)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_pragmas)
    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def check_path(path: Path, *, create: bool, encrypted: bool = False) -> bool:
    """Refuse a path that cannot be a store, without touching it; True if it exists."""
    if path.is_dir():
        raise StoreError(
            f"{path} is a folder; give the path of a store file "
            f"(for example {path / 'chancery.db'})."
        )
    if path.exists():
        if not os.access(path, os.R_OK):
            raise StoreError(f"{path} cannot be read; check its permissions.")
        size = path.stat().st_size
        if size > 0:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
            if encrypted and header == SQLITE_HEADER:
                raise StoreError(
                    f"{path} is not encrypted: open it without a passphrase "
                    "(or encrypt it with `chancery encrypt`)."
                )
            if header != SQLITE_HEADER and not encrypted:
                raise StoreError(
                    f"{path} is not a Chancery store (not an SQLite file); "
                    "choose another file or move this one away."
                )
        elif not create:
            raise StoreError(f"{path} is an empty file, not a Chancery store.")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise StoreError(
                f"{path} is read-only (or its folder is); Chancery needs to write to its store: "
                "copy it somewhere writable or change its permissions."
            )
        return size > 0
    if not create:
        raise StoreError(f"There is no store at {path}.")
    parent = path.parent
    if not parent.exists():
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {parent}: {exc.strerror}.") from exc
    if not os.access(parent, os.W_OK):
        raise StoreError(f"Cannot create a store in {parent}: the folder is read-only.")
    return False


def _looks_like_chancery(engine: Engine) -> bool:
    tables = set(inspect(engine).get_table_names())
    return not tables or "alembic_version" in tables


def repair_index(engine: Engine, path: Path) -> str | None:
    """FTS5's integrity-check of the search index; a damaged index is built again from the
    records. Returns the sentence saying so (None: the index was sound); DamagedStoreError
    if the index cannot be rebuilt. The store must be at the head revision."""
    from sqlalchemy import exc as sa_exc

    raw = engine.raw_connection()
    try:
        driver_error: type[Exception] = engine.dialect.loaded_dbapi.DatabaseError
        problems = search.index_problems(raw, driver_error)
    finally:
        raw.close()
    if not problems:
        return None
    for table, problem in problems.items():
        log.warning("index table %s of %s fails FTS5's integrity-check: %s", table, path, problem)
    try:
        with Session(engine) as session, session.begin():
            count = search.recreate_index(session)
        raw = engine.raw_connection()
        try:
            left = search.index_problems(raw, driver_error)
        finally:
            raw.close()
    except (sa_exc.SQLAlchemyError, sqlite3.Error) as exc:
        log.error("rebuilding the search index of %s failed: %s", path, exc)
        raise DamagedStoreError(
            f"{path} has a damaged search index that could not be rebuilt ({_first_line(exc)})."
        ) from exc
    if left:
        raise DamagedStoreError(f"{path} has a damaged search index that could not be rebuilt.")
    log.warning("search index of %s rebuilt from %d records", path, count)
    return (
        f"The search index of {path.name} was damaged; it was rebuilt from the records "
        f"({count} texts), which were intact."
    )


def _first_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (SQLAlchemy appends the SQL and a link)."""
    message = str(getattr(exc, "orig", None) or exc)
    return message.strip().splitlines()[0].rstrip(".") if message.strip() else type(exc).__name__


def open_engine(
    path: Path,
    *,
    create: bool = True,
    upgrade: bool = True,
    before_upgrade: Callable[[Path], None] | None = None,
    passphrase: str | None = None,
    defer_check: bool = False,
) -> tuple[Engine, StoreInfo]:
    """Open (and create or migrate) the store at ``path``; raise StoreError with a sentence.

    ``before_upgrade(path)`` runs before an existing store holding a schema is migrated (the
    app backs it up there); if it raises, the store is left as it was.
    ``passphrase``: the key of an encrypted (SQLCipher) store, or of a new one; None: plain.
    ``defer_check``: skip quick_check on a store larger than SYNC_CHECK_BYTES; the caller
    must then run it (StoreInfo.checked is False), as the window does on a worker thread.
    """
    from db import crypto

    path = path.expanduser().resolve()
    if passphrase is None and crypto.looks_encrypted(path):
        raise crypto.PassphraseRequired(f"{path} is encrypted: its passphrase is needed.")
    version = check_sqlite() if passphrase is None else crypto.check_cipher()
    existed = check_path(path, create=create, encrypted=passphrase is not None)
    checked = not (defer_check and existed and path.stat().st_size >= SYNC_CHECK_BYTES)
    engine = make_engine(sqlite_url(path), passphrase=passphrase)
    try:
        if existed:
            try:
                with engine.connect() as conn:
                    # Reading the schema proves the file (and the key) readable in any case.
                    conn.execute(text("PRAGMA schema_version")).scalar()
                    ok = conn.execute(text("PRAGMA quick_check")).scalar() if checked else "ok"
            except Exception as exc:  # sqlite3.DatabaseError: file is not a database, …
                if passphrase is not None and "not a database" in str(exc):
                    raise crypto.wrong_passphrase(path) from exc
                raise DamagedStoreError(
                    f"{path} is damaged or not an SQLite store ({exc})."
                ) from exc
            if ok != "ok":
                raise DamagedStoreError(f"{path} failed SQLite's integrity check ({ok}).")
            if not _looks_like_chancery(engine):
                raise StoreError(
                    f"{path} is an SQLite file but not a Chancery store; choose another file."
                )
        revision = migrate.current_revision(engine)
        if revision is not None and not migrate.is_known(revision):
            raise StoreError(
                f"{path} was made by a newer version of Chancery (schema {revision}); "
                "update Chancery to open it."
            )
        if upgrade and revision != migrate.head_revision():
            if before_upgrade is not None and existed and revision is not None:
                before_upgrade(path)
            migrate.upgrade(engine)
            revision = migrate.head_revision()
        # The records are checked by quick_check; the index inside its pages by FTS5 itself.
        notice = None
        if existed and checked and revision == migrate.head_revision():
            notice = repair_index(engine, path)
    except BaseException:
        engine.dispose()
        if passphrase is not None:
            crypto.forget_key(path)  # a passphrase that failed is not kept, even in memory
        raise
    return engine, StoreInfo(
        path=path, sqlite_version=version, revision=revision, checked=checked, notice=notice
    )


# --- a team store on a PostgreSQL server --------------------------------------------------

SERVER_PREFIX = "postgresql"


def is_server_url(value: object) -> bool:
    """True for a PostgreSQL URL (``postgresql+psycopg://…``), False for a file path."""
    return isinstance(value, str) and value.split(":", 1)[0].split("+", 1)[0] == SERVER_PREFIX


def safe_url(url: str | URL) -> str:
    """The URL as it may be shown or logged: the password replaced by ***."""
    return make_url(url).render_as_string(hide_password=True)


def scrub(message: str, url: str | URL) -> str:
    """``message`` with the URL's password removed, wherever a driver quoted it."""
    password = make_url(url).password
    if password:
        message = message.replace(str(password), "***")
    return message


def server_url(url: str) -> URL:
    """The URL checked: PostgreSQL through psycopg 3 (a bare ``postgresql://`` means it)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            "The store URL is not a valid PostgreSQL URL; "
            "write it as postgresql+psycopg://user@host/database."
        ) from None  # the message would quote the URL, password and all
    if parsed.drivername == SERVER_PREFIX:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername != "postgresql+psycopg":
        raise StoreError(
            f"{safe_url(parsed)} uses the driver {parsed.drivername}; Chancery speaks to "
            "PostgreSQL through psycopg 3: write postgresql+psycopg://…"
        )
    if not parsed.database:
        raise StoreError(
            f"{safe_url(parsed)} names no database; add it: postgresql+psycopg://host/database."
        )
    return parsed


# A pooled connection is pinged (a round trip) before it is used again only if it sat in the
# pool longer than this: a server restarted meanwhile is reconnected, as with SQLAlchemy's
# pool_pre_ping, but the reads of one screen or keystroke (a list's ids then its rows, the
# statements of a search, milliseconds apart) do not each pay the round trip, a quarter of a
# list page's time on a team store. A restart (a shutdown, then a start) takes longer.
PING_AFTER_IDLE = 0.25


def make_server_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine on a PostgreSQL store; TLS and the client certificate come from the URL's
    parameters (sslmode, sslrootcert, sslcert, sslkey), which libpq reads itself."""
    engine = create_engine(server_url(str(url)) if isinstance(url, str) else url, **kwargs)
    if not kwargs.get("pool_pre_ping"):
        _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    def idle_from_now(_dbapi_connection: Any, record: Any, *_: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool drops this connection and checks out another (a new one if need be).
            raise DisconnectionError("the server closed the connection") from exc

    event.listen(engine, "connect", idle_from_now)
    event.listen(engine, "checkin", idle_from_now)
    event.listen(engine, "checkout", check)


def open_server(
    url: str, *, upgrade: bool = False, label: Path | None = None
) -> tuple[Engine, StoreInfo]:
    """Open the team store at ``url``; StoreError with one sentence (no password in it).

    A client never changes a shared store's schema: with ``upgrade`` False a store that is
    empty, older or newer than this Chancery is refused with the sentence that says so;
    ``upgrade`` (``chancery migrate``, an administrator's command) brings it to the head.
    ``label``: the local folder standing for this store (its backups), kept in StoreInfo.path.
    """
    parsed = server_url(url)
    shown = safe_url(parsed)
    engine = make_server_engine(parsed)
    try:
        try:
            with engine.connect() as conn:
                version = str(conn.execute(text("SHOW server_version")).scalar())
        except (DBAPIError, OSError) as exc:
            raise StoreError(
                f"Cannot reach the team store {shown} ({scrub(_first_line(exc), parsed)})."
            ) from None  # the driver's exception may quote the URL with its password
        revision = migrate.current_revision(engine)
        head = migrate.head_revision()
        if revision is not None and not migrate.is_known(revision):
            raise StoreError(
                f"The team store {shown} was made by a newer version of Chancery "
                f"(schema {revision}); update Chancery to open it."
            )
        if revision != head:
            if not upgrade:
                if revision is None:
                    raise StoreError(
                        f"The team store {shown} holds no Chancery schema yet; an administrator "
                        f"creates it with `chancery migrate --db URL`."
                    )
                raise StoreError(
                    f"The team store {shown} has schema {revision}, older than this "
                    f"Chancery's {head}; an administrator upgrades it with `chancery migrate`."
                )
            if revision is None and not _looks_like_chancery(engine):
                raise StoreError(
                    f"The database {shown} holds other tables, not a Chancery store; "
                    "give Chancery a database of its own."
                )
            migrate.upgrade(engine)
            revision = head
    except BaseException:
        engine.dispose()
        raise
    info = StoreInfo(
        path=label or Path(parsed.database or "team-store"),
        sqlite_version=f"PostgreSQL {version}",
        revision=revision,
        url=shown,
    )
    return engine, info


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    search.install_sync(factory)
    return factory
