"""Encrypted stores: the passphrase on open, and encrypt / rekey / decrypt through a new file.

Each change writes a complete new file (``sqlcipher_export``), checks it (it opens with the new
key, passes ``integrity_check`` and holds as many rows in every table as the original) and only
then renames it over the store; a crash or a kill at any moment leaves the original intact.
The store's backups are converted first, the same way, so they always share the store's key.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db import crypto
from db.crypto import InvalidPassphrase, PassphraseRequired, WrongPassphrase
from desktop_app.services import store_lock
from desktop_app.services.store import Store, StoreError, resolve_store_path

__all__ = [
    "ENV_NEW_PASSPHRASE",
    "ENV_PASSPHRASE",
    "CryptoResult",
    "change_open_store",
    "InvalidPassphrase",
    "PassphraseRequired",
    "WrongPassphrase",
    "check_new_passphrase",
    "copy_store",
    "create_encrypted",
    "decrypt",
    "encrypt",
    "is_encrypted",
    "open_store",
    "passphrase_for",
    "rekey",
    "set_passphrase_provider",
    "unlock_path",
]

ENV_PASSPHRASE = "CHANCERY_PASSPHRASE"
ENV_NEW_PASSPHRASE = "CHANCERY_NEW_PASSPHRASE"
MIN_NEW_LENGTH = 8
TMP_SUFFIX = ".crypt-tmp"  # the new file while it is written and checked
OLD_SUFFIX = ".crypt-old"  # a second name for a replaced plain file, until it is overwritten
# Tables whose rows are not the user's records (the FTS index's own rows are checked too).
_NOT_RECORDS = ("alembic_version", "sqlite_sequence", "search_index_")

PassphraseProvider = Callable[[Path], str]
_provider: PassphraseProvider | None = None


def _checkpoint(stage: str) -> None:
    """Stages of a change ("exported", "verified", "swapped"; "backup swapped" etc. for a
    backup); tests interrupt a child process here."""


@dataclass(frozen=True)
class CryptoResult:
    path: Path
    encrypted: bool  # the store's state afterwards
    records: int  # rows of the user's data carried over (FTS index and bookkeeping excluded)
    backups: int  # backups converted along with the store
    message: str


def is_encrypted(path: str | os.PathLike[str] | None) -> bool:
    """True if the store at ``path`` (resolved like ``--db``) is an SQLCipher file."""
    return crypto.looks_encrypted(resolve_store_path(path).expanduser())


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase fit to protect a store, or InvalidPassphrase saying why not."""
    crypto.validate(passphrase)
    if len(passphrase) < MIN_NEW_LENGTH:
        raise InvalidPassphrase(
            f"The passphrase is too short: use at least {MIN_NEW_LENGTH} characters "
            "(several unrelated words are best)."
        )
    if passphrase.strip() != passphrase:
        raise InvalidPassphrase(
            "The passphrase begins or ends with a space, which is easy to mistype; remove it."
        )
    return passphrase


def set_passphrase_provider(provider: PassphraseProvider | None) -> PassphraseProvider | None:
    """Who is asked for a passphrase when an encrypted store is opened without one.

    The command line installs a terminal prompt; returns the provider it replaces.
    """
    global _provider
    previous, _provider = _provider, provider
    return previous


def passphrase_for(path: Path, given: str | None = None) -> str | None:
    """The key to open ``path`` with: ``given``, else (encrypted files only) the environment's
    CHANCERY_PASSPHRASE, else the provider's answer; None for a plain store."""
    if given is not None:
        return given
    if not crypto.looks_encrypted(path):
        if path.is_file() and path.stat().st_size > 0:
            return None
        # A missing store whose backups are encrypted was encrypted (set aside as damaged, or
        # deleted): the new one is encrypted too, under the passphrase its backups open with.
        return unlock_path(path) if _backups_encrypted(path) else None
    known = crypto.key_for(path)  # already proven in this process (unlock_path, an open store)
    if known is not None:
        return known
    env = os.environ.get(ENV_PASSPHRASE)
    if env:
        return env
    if _provider is not None:
        return _provider(path)
    raise PassphraseRequired(
        f"{path} is encrypted: set {ENV_PASSPHRASE}, or run the command in a terminal to be "
        "asked for its passphrase."
    )


def _backups_encrypted(path: Path) -> bool:
    from desktop_app.services import backup  # backup imports the store module: import late

    return any(crypto.looks_encrypted(info.path) for info in backup.list_backups(path))


def unlock_path(path: Path, given: str | None = None) -> str | None:
    """For tools that work on a store by its path (check, restore): the passphrase of an
    encrypted store or of its encrypted backups, proven on the store or, if the store cannot
    be read, on one of its backups; remembered for this process (backups are made and checked
    with it). None when neither the store nor its backups are encrypted."""
    from desktop_app.services import backup  # backup imports the store module: import late

    path = path.expanduser().resolve()
    candidates = [path] + [info.path for info in backup.list_backups(path)]
    encrypted = [c for c in candidates if crypto.looks_encrypted(c)]
    if not encrypted:
        return None
    if given is None:
        given = crypto.key_for(path) or os.environ.get(ENV_PASSPHRASE) or None
    if given is None:
        if _provider is None:
            raise PassphraseRequired(
                f"{path} is encrypted: set {ENV_PASSPHRASE}, or run the command in a terminal "
                "to be asked for its passphrase."
            )
        given = _provider(path)
    for candidate in encrypted:
        try:
            crypto.connect(candidate, given, readonly=True).close()
        except StoreError:
            continue
        crypto.remember_key(path, given)
        return given
    raise crypto.wrong_passphrase(path)


def open_store(path: str | os.PathLike[str], passphrase: str | None = None) -> Store:
    """Open an existing store, encrypted (with ``passphrase``) or plain (None); for benchmarks
    and tools that must not fill a new store with the demo."""
    return Store.open(path, create=False, passphrase=passphrase)


def create_encrypted(path: str | os.PathLike[str] | None, passphrase: str) -> CryptoResult:
    """A new, empty encrypted store at ``path`` (which must not exist yet)."""
    target = resolve_store_path(path).expanduser().resolve()
    if target.exists() and target.stat().st_size > 0:
        raise StoreError(f"{target} already exists; `chancery encrypt` encrypts it in place.")
    check_new_passphrase(passphrase)
    Store.open(target, passphrase=passphrase).close()
    return CryptoResult(target, True, 0, 0, f"Created the encrypted store {target}.")


def encrypt(path: str | os.PathLike[str] | None, new_passphrase: str) -> CryptoResult:
    """Encrypt a plain store (and its backups) under ``new_passphrase``."""
    target = _existing(path)
    if crypto.looks_encrypted(target):
        raise StoreError(f"{target} is already encrypted; `chancery rekey` changes its passphrase.")
    check_new_passphrase(new_passphrase)
    return _change(target, None, new_passphrase, "Encrypted")


def rekey(path: str | os.PathLike[str] | None, old: str, new: str) -> CryptoResult:
    """Give an encrypted store (and its backups) a new passphrase."""
    target = _encrypted(path)
    check_new_passphrase(new)
    if new == old:
        raise InvalidPassphrase("The new passphrase is the same as the old one; type another.")
    return _change(target, old, new, "Changed the passphrase of")


def decrypt(path: str | os.PathLike[str] | None, old: str) -> CryptoResult:
    """Turn an encrypted store (and its backups) back into plain SQLite files."""
    target = _encrypted(path)
    return _change(target, old, None, "Decrypted")


def copy_store(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    source_passphrase: str | None = None,
    target_passphrase: str | None = None,
) -> int:
    """Write a checked copy of a store to a new file, each side plain (None) or encrypted.

    For benchmarks: ``copy_store(plain, enc, target_passphrase="…")`` gives the same store
    encrypted; ``open_store(enc, "…")`` and ``open_store(plain)`` then open the pair.
    Returns the number of records copied.
    """
    src = Path(source).expanduser().resolve()
    dst = Path(target).expanduser().resolve()
    if dst.exists():
        raise StoreError(f"{dst} already exists; choose a new file for the copy.")
    records, _counts = _write_checked(src, source_passphrase, dst, target_passphrase)
    return records


def _existing(path: str | os.PathLike[str] | None) -> Path:
    target = resolve_store_path(path).expanduser().resolve()
    if not target.is_file() or target.stat().st_size == 0:
        raise StoreError(f"There is no store at {target}.")
    return target


def _encrypted(path: str | os.PathLike[str] | None) -> Path:
    target = _existing(path)
    if not crypto.looks_encrypted(target):
        raise StoreError(f"{target} is not encrypted; `chancery encrypt` encrypts it.")
    return target


def _records(counts: dict[str, int]) -> int:
    return sum(n for name, n in counts.items() if not name.startswith(_NOT_RECORDS))


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


def _shred(path: Path, original: Path) -> None:
    """Overwrite then delete a replaced plain file (best effort: docs/encryption.md says why).

    ``path`` is a second name of the old file; if a crash left it naming the live store
    instead (it was made just before the rename), it is only unlinked.
    """
    if not path.exists():
        return
    try:
        if original.exists() and path.samefile(original):
            path.unlink()
            return
        size = path.stat().st_size
        with path.open("r+b") as handle:
            chunk = b"\0" * (1 << 20)
            for _ in range(0, size, len(chunk)):
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
    except OSError:
        path.unlink(missing_ok=True)


def clean_leftovers(path: Path) -> None:
    """Remove what an interrupted change left beside the store (the caller holds its lock).

    The new file that was never swapped in is deleted; a second name of a replaced plain
    file (a copy of the store in clear) is overwritten, then deleted.
    """
    _remove(path.with_name(path.name + TMP_SUFFIX))
    _shred(path.with_name(path.name + OLD_SUFFIX), path)


def _write_checked(
    source: Path, old: str | None, target: Path, new: str | None, label: str = ""
) -> tuple[int, dict[str, int]]:
    """Export ``source`` into the new file ``target`` and prove the copy; remove it if not."""
    _remove(target)
    conn = crypto.connect(source, old)  # a wrong passphrase stops here, nothing written
    try:
        before = crypto.table_counts(conn)
        crypto.export(conn, target, new)
    except BaseException:
        _remove(target)
        raise
    finally:
        conn.close()
    _checkpoint(label + "exported")
    try:
        crypto.fsync_file(target)
        check = crypto.connect(target, new)
        try:
            problem = crypto.integrity(check, encrypted=new is not None)
            after = crypto.table_counts(check)
        finally:
            check.close()
        if problem != "ok":
            raise StoreError(f"The new copy of {source.name} failed its check ({problem}).")
        if after != before:
            raise StoreError(f"The new copy of {source.name} lacks rows; it was not used.")
        if (new is None) != crypto.is_plain_sqlite(target):
            raise StoreError(f"The new copy of {source.name} is not in the expected form.")
    except BaseException:
        _remove(target)
        raise
    _checkpoint(label + "verified")
    return _records(before), before


def _rewrite(path: Path, old: str | None, new: str | None, label: str = "") -> int:
    """Replace the file ``path`` by a checked copy under the new key; returns its records."""
    tmp = path.with_name(path.name + TMP_SUFFIX)
    second = path.with_name(path.name + OLD_SUFFIX)
    _shred(second, path)  # a leftover of an interrupted run
    records, _counts = _write_checked(path, old, tmp, new, label)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        _remove(tmp)
        raise StoreError(
            f"{path.name} is being written by another program; close it and try again "
            "(the store is unchanged)."
        )
    if old is None:
        # The plain original gets a second name so it can be overwritten once replaced.
        with contextlib.suppress(OSError):  # no hard links here: the old file is only unlinked
            os.link(path, second)
    os.replace(tmp, path)
    crypto.fsync_dir(path.parent)
    _checkpoint(label + "swapped")
    _shred(second, path)
    return records


def _opens_with(path: Path, key: str | None) -> bool:
    if (key is None) != crypto.is_plain_sqlite(path):
        return False
    try:
        crypto.connect(path, key).close()
    except StoreError:
        return False
    return True


def _convert_backups(store_path: Path, old: str | None, new: str | None) -> int:
    """Bring every backup of the store under the new key (already converted ones are kept)."""
    from desktop_app.services import backup  # backup imports the store module: import late

    folder = backup.backups_dir(store_path)
    if folder.is_dir():  # leftovers of an interrupted run, whose backup may be gone since
        for leftover in [*folder.glob("*" + TMP_SUFFIX), *folder.glob("*" + OLD_SUFFIX)]:
            clean_leftovers(leftover.with_name(leftover.name.rsplit(".crypt-", 1)[0]))
    converted = 0
    for info in backup.list_backups(store_path):
        if _opens_with(info.path, new):
            continue  # converted by an earlier, interrupted run
        if not _opens_with(info.path, old):
            continue  # a damaged backup, or one under another key: left as it is
        _rewrite(info.path, old, new, "backup ")
        converted += 1
    return converted


def _change(path: Path, old: str | None, new: str | None, verb: str) -> CryptoResult:
    crypto.check_cipher()
    mine = not store_lock.holds(path)
    store_lock.acquire(path)  # StoreInUse if another Chancery has it open
    try:
        # Prove the passphrase on the store before touching any backup.
        crypto.connect(path, old).close()
        _remove(path.with_name(path.name + TMP_SUFFIX))
        converted = _convert_backups(path, old, new)
        records = _rewrite(path, old, new)
        crypto.forget_key(path)  # the old key no longer opens it (a reopen registers the new)
    finally:
        if mine:
            store_lock.release(path)
    extra = f" and {converted} backup{'s' * (converted != 1)}" if converted else ""
    return CryptoResult(
        path, new is not None, records, converted, f"{verb} {path}{extra} ({records} records)."
    )


def change_open_store(store: Store, old: str | None, new: str | None) -> CryptoResult:
    """Encrypt (``old`` None), rekey, or decrypt (``new`` None) a store the window has open.

    The store is closed for the change; the same Store object is open again afterwards, under
    the new key on success, as it was on failure (the StoreError is raised after that; the
    swap is the last step, so on failure the file is the original).
    """
    path = store.path
    current = crypto.engine_passphrase(store.engine)
    if old is None and current is not None:
        raise StoreError(f"{path} is already encrypted; change its passphrase instead.")
    if old is not None and current is None:
        raise StoreError(f"{path} is not encrypted; nothing was changed.")
    if old is not None and old != current:
        raise WrongPassphrase("The current passphrase is wrong; nothing was changed.")
    if new is not None:
        check_new_passphrase(new)
    store.close()
    try:
        if old is None:
            result = encrypt(path, new or "")
        elif new is None:
            result = decrypt(path, old)
        else:
            result = rekey(path, old, new)
    except BaseException:
        store.adopt(Store.open(path, create=False, passphrase=current))
        raise
    store.adopt(Store.open(path, create=False, passphrase=new))
    return result
