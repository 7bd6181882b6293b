"""The engine and its pragmas, and opening a store: checks, migration, session factory."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine
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
    sqlite_version: str
    revision: str | None
    checked: bool = True  # False: quick_check was left to the caller (open_engine defer_check)
    notice: str | None = None  # one sentence on a repair made while opening (the search index)


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


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    search.install_sync(factory)
    return factory
