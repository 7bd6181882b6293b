"""SQLCipher: encrypted stores' connections and keys, their checks, and copies under a new key."""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import QueuePool

from db.engine import SQLITE_HEADER, StoreError

DIALECT = "sqlite+pysqlcipher"
# SQLCipher 4 writes pages of 4096 bytes (at least 512); an encrypted file has no SQLite
# header, its first 16 bytes are the random salt, and its size is a whole number of pages.
MIN_PAGE = 512
PAYLOAD_FRACTIONS = (21, b"\x40\x20\x20")

# Set on every encrypted connection, right after the key:
# - secure_delete: a deleted note is overwritten, not left in a free page;
# - cipher_log_level NONE: SQLCipher otherwise prints "hmac check failed" lines on stderr
#   when a passphrase is wrong; the user gets our one sentence instead.
CIPHER_PRAGMAS = ("PRAGMA secure_delete = ON",)


class EncryptionUnavailable(StoreError):
    """The SQLCipher driver is missing or unusable."""


class PassphraseRequired(StoreError):
    """The store is encrypted and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the store; the file was not touched."""


class InvalidPassphrase(StoreError):
    """A passphrase that cannot be used (empty, or holding a NUL character)."""


def driver() -> ModuleType:
    """The sqlcipher3 DB-API module, or EncryptionUnavailable with what to do."""
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - the package is a declared dependency
        raise EncryptionUnavailable(
            "Encrypted stores need the sqlcipher3 package, which is missing: "
            "run `make setup` (or pip install sqlcipher3) and try again."
        ) from exc
    return sqlcipher3


@functools.cache
def check_cipher() -> str:
    """SQLCipher's SQLite version, refused unless it encrypts and has FTS5."""
    lib = driver()
    probe = lib.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
        row = probe.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise EncryptionUnavailable(
                f"The sqlcipher3 driver here has no encryption (SQLite {lib.sqlite_version})."
            )
        probe.execute(
            "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')"
        )
    except lib.Error as exc:
        raise EncryptionUnavailable(f"SQLCipher here lacks FTS5 ({exc}).") from exc
    finally:
        probe.close()
    return str(lib.sqlite_version)


def cipher_version() -> str:
    lib = driver()
    probe = lib.connect(":memory:")
    try:
        return str(probe.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        probe.close()


def validate(passphrase: str) -> str:
    # An empty key means "no encryption" to SQLCipher: never let it through by accident.
    if not passphrase:
        raise InvalidPassphrase("The passphrase is empty; type a passphrase.")
    if "\x00" in passphrase:
        raise InvalidPassphrase("The passphrase holds a NUL character; type another one.")
    return passphrase


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + validate(passphrase).replace("'", "''") + "'"


def read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER))


def looks_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of an SQLCipher file.

    Only the passphrase proves it: a wrong one and a file that is not a store look the same.
    """
    try:
        if not path.is_file():
            return False
        size = path.stat().st_size
        if size < MIN_PAGE or size % MIN_PAGE:
            return False
        with path.open("rb") as handle:
            head = handle.read(PAYLOAD_FRACTIONS[0] + len(PAYLOAD_FRACTIONS[1]))
    except OSError:
        return False
    # A plain store whose first bytes were damaged still has SQLite's fixed payload fractions
    # (64, 32, 32 at offset 21): that is a damaged store, not an encrypted one.
    fractions = head[PAYLOAD_FRACTIONS[0] :]
    return head[: len(SQLITE_HEADER)] != SQLITE_HEADER and fractions != PAYLOAD_FRACTIONS[1]


def is_plain_sqlite(path: Path) -> bool:
    try:
        return path.is_file() and read_header(path) == SQLITE_HEADER
    except OSError:
        return False


def wrong_passphrase(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        f"The passphrase does not open {path} (or the file is not an encrypted Chancery "
        "store); nothing was changed: try again."
    )


def connect(path: Path, passphrase: str | None, *, readonly: bool = False) -> Any:
    """A raw DB-API connection to ``path``, keyed (None: a plain file), proven readable."""
    lib = driver()
    if readonly:
        conn = lib.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = lib.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {quote(passphrase)}")
        conn.execute("PRAGMA foreign_keys = ON")
        for pragma in CIPHER_PRAGMAS:
            conn.execute(pragma)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except lib.DatabaseError as exc:
            if passphrase is not None:
                raise wrong_passphrase(path) from exc
            raise StoreError(f"{path} is damaged or not an SQLite store ({exc}).") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def engine_url(url: str | URL, passphrase: str) -> URL:
    """The SQLAlchemy URL of an encrypted store: the pysqlcipher dialect, keyed by the password.

    SQLAlchemy renders this URL with the password hidden, and the pysqlcipher dialect issues
    ``PRAGMA key`` on each new connection before anything reads the file.
    """
    return make_url(url).set(drivername=DIALECT, password=validate(passphrase))


def _cipher_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in CIPHER_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def engine_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    # The dialect's default SingletonThreadPool would hand one connection to a read and a
    # write session of the same thread; a plain store gets a QueuePool: so does this one.
    return {"poolclass": QueuePool, **kwargs}


# The keys of the encrypted stores open in this process, by resolved path: the backup code
# knows a store by its path alone. Memory only. None until a store's key is first given, and
# again once the last is forgotten: the store forgets its key when locked, the application
# (services/application.py) the keys it was given when it ends.
_keys: dict[Path, str] | None = None
_keys_guard = threading.Lock()  # a window's worker may open a store while another closes one


def _key_path(path: str | os.PathLike[str]) -> Path:
    return Path(path).expanduser().resolve()


def remember_key(path: str | os.PathLike[str], passphrase: str) -> None:
    global _keys
    key = validate(passphrase)
    with _keys_guard:
        if _keys is None:
            _keys = {}
        _keys[_key_path(path)] = key


def forget_key(path: str | os.PathLike[str]) -> None:
    global _keys
    with _keys_guard:
        if _keys is not None:
            _keys.pop(_key_path(path), None)
            if not _keys:
                _keys = None


def key_for(path: str | os.PathLike[str]) -> str | None:
    """The passphrase of the encrypted store at ``path`` if this process has it open."""
    keys = _keys
    return None if keys is None else keys.get(_key_path(path))


def known_keys() -> frozenset[Path]:
    """The stores whose key this process holds (their resolved paths)."""
    keys = _keys
    return frozenset(keys or ())


def _no_core_dumps() -> None:
    # A crash of a process holding a key must not write its memory (and so the key and the
    # decrypted pages) to a core file.
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on this platform
        pass


def install(engine: Engine) -> None:
    """Per-connection settings of an encrypted engine (the key itself comes from the URL)."""
    check_cipher()  # also silences SQLCipher's own stderr log for the process
    _no_core_dumps()
    event.listen(engine, "connect", _cipher_pragmas)
    if engine.url.database and engine.url.password:
        remember_key(engine.url.database, str(engine.url.password))


def is_cipher_engine(engine: Engine) -> bool:
    return engine.url.drivername == DIALECT


def engine_passphrase(engine: Engine) -> str | None:
    """The key an encrypted engine opens with (for its backups); None for a plain store."""
    return engine.url.password if is_cipher_engine(engine) else None


def table_counts(conn: Any) -> dict[str, int]:
    """Rows in every table (FTS shadow tables included), to prove a copy kept every record."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def integrity(conn: Any, *, encrypted: bool) -> str:
    """'ok', or what SQLite (and SQLCipher's page HMACs, when encrypted) found wrong."""
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        return "; ".join(str(r) for r in rows[:3])
    if encrypted:
        bad = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        if bad:
            return "; ".join(bad[:3])
    return "ok"


def export(source: Any, target: Path, passphrase: str | None) -> None:
    """Write a full copy of the open ``source`` connection to the new file ``target``.

    ``sqlcipher_export`` recreates the schema (FTS5 tables included) and copies every row;
    ``passphrase`` None writes a plain SQLite file. ``source`` must be in autocommit mode; a
    write lock on it for the whole copy keeps any writer from slipping in between tables.
    """
    key = "" if passphrase is None else validate(passphrase)
    source.execute("ATTACH DATABASE ? AS chancery_copy KEY ?", (str(target), key))
    try:
        source.execute("BEGIN IMMEDIATE")
        try:
            source.execute("SELECT sqlcipher_export('chancery_copy')")
            version = source.execute("PRAGMA main.user_version").fetchone()[0]
            source.execute(f"PRAGMA chancery_copy.user_version = {int(version)}")
            source.execute("COMMIT")
        except BaseException:
            source.execute("ROLLBACK")
            raise
    finally:
        source.execute("DETACH DATABASE chancery_copy")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some filesystems refuse to open folders
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_copy(source: Path, target: Path, passphrase: str, *, busy_ms: int = 5000) -> None:
    """Copy an encrypted store page by page (SQLite's backup API) to ``target``, same key.

    The backup stays encrypted: SQLCipher encrypts each page for the target's key.
    """
    lib = driver()
    try:
        src = connect(source, passphrase)
        try:
            src.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
            dst = connect(target, passphrase)
            try:
                dst.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except lib.Error as exc:
        raise StoreError(f"Could not copy {source.name} to {target} ({exc}).") from exc


def check_copy(path: Path, passphrase: str) -> str | None:
    """None if the encrypted file ``path`` is a Chancery store that passes quick_check under
    ``passphrase``, else what is wrong (backups' check, like backup.verify_backup)."""
    from db import migrate

    lib = driver()
    try:
        conn = connect(path, passphrase, readonly=True)
    except StoreError:
        return f"{path.name} does not open with the store's passphrase"
    except lib.Error as exc:
        return f"{path.name} cannot be opened ({exc})"
    try:
        return migrate.copy_problem(conn, path.name, lib.Error)
    finally:
        conn.close()


def check_problems(conn: Any, *, encrypted: bool) -> list[str]:
    """What integrity_check, foreign_key_check (and, encrypted, SQLCipher's page check) find
    wrong in the store open on the DB-API connection ``conn``; empty: sound."""
    conn.execute("PRAGMA busy_timeout = 5000")
    lines = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    problems = [] if lines == ["ok"] else lines
    if encrypted:
        problems += [
            f"page check: {row[0]}" for row in conn.execute("PRAGMA cipher_integrity_check")
        ]
    problems += [
        f"row {row[1]} of {row[0]} points to a missing {row[2]}"
        for row in conn.execute("PRAGMA foreign_key_check")
    ]
    return problems


def full_check(path: Path, passphrase: str | None) -> list[str]:
    """What SQLite's integrity_check, SQLCipher's page check and foreign_key_check find wrong
    in the encrypted store at ``path`` (empty: sound)."""
    if passphrase is None:
        return ["the store is encrypted: its passphrase is needed to check it"]
    lib = driver()
    try:
        conn = connect(path, passphrase, readonly=True)
    except StoreError as exc:
        return [str(exc)]
    except lib.Error as exc:
        return [str(exc)]
    try:
        return check_problems(conn, encrypted=True)
    except lib.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


# A passphrase's "generation" in a conversion journal: a random salt and a key check value
# derived like SQLCipher 4 derives its keys (PBKDF2-HMAC-SHA512, 256,000 rounds), so the
# journal offers no cheaper way to test a guess than the encrypted store itself does.
KCV_ROUNDS = 256_000
KCV_BYTES = 16


def key_check(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha512", validate(passphrase).encode("utf-8"), salt, KCV_ROUNDS, KCV_BYTES
    )


def generation(passphrase: str | None) -> dict[str, str] | None:
    """What names ``passphrase`` in a journal (never the passphrase or a key); None: plain."""
    if passphrase is None:
        return None
    salt = os.urandom(16)
    return {"salt": salt.hex(), "check": key_check(passphrase, salt).hex()}


def same_generation(recorded: dict[str, str] | None, passphrase: str | None) -> bool:
    """True if ``passphrase`` is the one ``recorded`` names (None and None: both plain)."""
    if recorded is None or passphrase is None:
        return recorded is None and passphrase is None
    try:
        salt = bytes.fromhex(recorded["salt"])
        check = bytes.fromhex(recorded["check"])
    except (KeyError, TypeError, ValueError):
        return False
    return hmac.compare_digest(key_check(passphrase, salt), check)


# A file that cannot be converted (a damaged store or backup) is sealed: its exact bytes go,
# in chunks, into a new encrypted SQLite file, so nothing of it stays readable in clear and a
# specialist can still get every byte back (``unseal``) with the passphrase.
SEAL_CHUNK = 1 << 20
SEAL_SCHEMA = (
    "CREATE TABLE sealed_file (name TEXT PRIMARY KEY, size INTEGER NOT NULL, sha256 TEXT NOT NULL)",
    "CREATE TABLE sealed_chunk (name TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, "
    "PRIMARY KEY (name, seq))",
)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(SEAL_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sealed_digests(container: Path, passphrase: str) -> dict[str, str]:
    """{file name: sha256 recomputed from the stored chunks} of a sealed container, checked
    against the sha256 recorded when it was sealed (StoreError if they differ)."""
    conn = connect(container, passphrase, readonly=True)
    try:
        found: dict[str, str] = {}
        rows = conn.execute("SELECT name, size, sha256 FROM sealed_file ORDER BY name").fetchall()
        for name, size, recorded in rows:
            digest = hashlib.sha256()
            total = 0
            for (data,) in conn.execute(
                "SELECT data FROM sealed_chunk WHERE name = ? ORDER BY seq", (name,)
            ):
                digest.update(data)
                total += len(data)
            if total != size or digest.hexdigest() != recorded:
                raise StoreError(f"The sealed copy {container.name} is damaged ({name}).")
            found[name] = recorded
        return found
    except driver().Error as exc:
        raise StoreError(f"{container.name} is not a sealed copy ({exc}).") from exc
    finally:
        conn.close()


def seal(files: list[Path], target: Path, passphrase: str) -> None:
    """Write the bytes of ``files`` into the new encrypted file ``target``, then prove that
    every byte reads back (the caller renames it into place and removes the originals)."""
    for leftover in (target, target.with_name(target.name + "-journal")):
        leftover.unlink(missing_ok=True)
    lib = driver()
    expected = {path.name: file_digest(path) for path in files}
    try:
        conn = connect(target, passphrase)
        try:
            conn.execute("BEGIN")
            for statement in SEAL_SCHEMA:
                conn.execute(statement)
            for path in files:
                size = 0
                with path.open("rb") as handle:
                    for seq, chunk in enumerate(iter(lambda: handle.read(SEAL_CHUNK), b"")):
                        conn.execute(
                            "INSERT INTO sealed_chunk (name, seq, data) VALUES (?, ?, ?)",
                            (path.name, seq, chunk),
                        )
                        size += len(chunk)
                conn.execute(
                    "INSERT INTO sealed_file (name, size, sha256) VALUES (?, ?, ?)",
                    (path.name, size, expected[path.name]),
                )
            conn.execute("COMMIT")
        finally:
            conn.close()
        fsync_file(target)
        if sealed_digests(target, passphrase) != expected:
            raise StoreError(f"The sealed copy {target.name} does not hold what was sealed.")
    except (lib.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise StoreError(f"Could not seal {files[0].name} into {target.name} ({exc}).") from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def unseal(container: Path, passphrase: str) -> list[Path]:
    """Write the files sealed in ``container`` back beside it, byte for byte (each through
    a temporary name, checked, then renamed); returns their paths. The container is kept."""
    sealed_digests(container, passphrase)  # refuse a damaged container before writing
    conn = connect(container, passphrase, readonly=True)
    written: list[Path] = []
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM sealed_file ORDER BY name")]
        for name in names:
            final = container.with_name(name)
            tmp = container.with_name(name + ".unseal-tmp")
            with tmp.open("wb") as handle:
                for (data,) in conn.execute(
                    "SELECT data FROM sealed_chunk WHERE name = ? ORDER BY seq", (name,)
                ):
                    handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, final)
            written.append(final)
    finally:
        conn.close()
    fsync_dir(container.parent)
    return written
