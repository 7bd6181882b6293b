"""Encrypted stores: the passphrase on open, and encrypt / rekey / decrypt of every file.

Each file changes through a complete new file (``sqlcipher_export``), checked (it opens with the
new key, passes ``integrity_check``, holds as many rows in every table) before it is renamed over
the old one. A conversion covers every file Chancery wrote for the store (backups converted,
damaged copies sealed, leftovers overwritten then deleted), the store itself last, under a
journal naming the passphrases' generations: an interrupted one is finished or undone with the
same passphrases, never continued with another.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
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
    "ConversionInterrupted",
    "InvalidPassphrase",
    "NotTheJournalPassphrase",
    "PassphraseRequired",
    "WrongPassphrase",
    "check_new_passphrase",
    "copy_store",
    "create_encrypted",
    "decrypt",
    "encrypt",
    "is_encrypted",
    "open_store",
    "pending_conversion",
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
    sealed: tuple[Path, ...] = ()  # files that could not be converted, now sealed (encrypted)
    unsealed: tuple[Path, ...] = ()  # sealed files written back in clear (decrypt)
    removed: tuple[Path, ...] = ()  # leftovers overwritten, then deleted
    left: tuple[Path, ...] = ()  # files that open with neither passphrase, left as they are
    foreign: tuple[Path, ...] = ()  # files in the backups folder Chancery did not write


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
    journal = read_journal(path)
    if journal is not None:  # its backups may be under two keys: finish or undo it first
        raise _interrupted(path, journal)
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
    # A store that is gone but left files of its own (backups, damaged copies) is the user's,
    # lost: a new encrypted store beside them would leave them all in clear.
    journal = read_journal(target)
    if journal is not None:
        raise _interrupted(target, journal)
    remains = inventory(target)
    kept = [*remains.backups, *(g[0] for g in remains.damaged), *remains.sealed]
    if kept:
        raise StoreError(
            f"There is no store at {target}, but Chancery files of it remain "
            f"({_names(kept[:3])}{', …' if len(kept) > 3 else ''}): restore it first with "
            f"`chancery restore latest --db {target}`, then encrypt it."
        )
    Store.open(target, passphrase=passphrase).close()
    return CryptoResult(target, True, 0, 0, f"Created the encrypted store {target}.")


def encrypt(
    path: str | os.PathLike[str] | None, new_passphrase: str, *, rollback: bool = False
) -> CryptoResult:
    """Encrypt a plain store (and its backups, and every other file Chancery wrote for it)
    under ``new_passphrase``; ``rollback``: undo an interrupted encrypt instead."""
    target = _existing(path)
    if read_journal(target) is None and not rollback:
        if crypto.looks_encrypted(target):
            raise StoreError(
                f"{target} is already encrypted; `chancery rekey` changes its passphrase."
            )
        check_new_passphrase(new_passphrase)
    return _convert(target, ENCRYPT, None, new_passphrase, rollback)


def rekey(
    path: str | os.PathLike[str] | None, old: str, new: str, *, rollback: bool = False
) -> CryptoResult:
    """Give an encrypted store (and its backups) a new passphrase."""
    target = _existing(path)
    if read_journal(target) is None and not rollback:
        _encrypted(target)
        check_new_passphrase(new)
        if new == old:
            raise InvalidPassphrase("The new passphrase is the same as the old one; type another.")
    return _convert(target, REKEY, old, new, rollback)


def decrypt(
    path: str | os.PathLike[str] | None, old: str, *, rollback: bool = False
) -> CryptoResult:
    """Turn an encrypted store (and its backups) back into plain SQLite files."""
    target = _existing(path)
    if read_journal(target) is None and not rollback:
        _encrypted(target)
    return _convert(target, DECRYPT, old, None, rollback)


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
    """Before the store is opened (the caller holds its lock): an interrupted conversion is
    refused with what to do (ConversionInterrupted); leftovers of an older version's
    interrupted change are removed (the unswapped new file deleted, a second name of a
    replaced plain file overwritten, then deleted)."""
    journal = read_journal(path)
    if journal is not None:
        raise _interrupted(path, journal)
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
    except (StoreError, crypto.driver().Error):
        return False
    return True


# The conversion journal: written (fsync, then rename) before the first file is touched,
# removed after the last; while it exists the store is not opened, and only the same
# passphrases (proven by their generations) finish or undo the conversion.
JOURNAL_SUFFIX = ".crypt-journal.json"
JOURNAL_FORMAT = "chancery-conversion-1"
ENCRYPT, REKEY, DECRYPT = "encrypt", "rekey", "decrypt"
OPERATIONS = (ENCRYPT, REKEY, DECRYPT)
SEALED_SUFFIX = ".sealed"  # a file that could not be converted, sealed under the new key
DAMAGED_MARK = ".damaged-"  # recovery.move_aside's names: <store name>.damaged-<time>


@dataclass(frozen=True)
class Journal:
    operation: str  # encrypt, rekey or decrypt
    source: dict[str, str] | None  # generation of the passphrase before (None: plain)
    target: dict[str, str] | None  # generation of the passphrase asked for (None: plain)
    started: str  # UTC, ISO 8601
    rollback: bool  # being undone: files go back from target to source

    def when(self) -> str:
        try:
            return dt.datetime.fromisoformat(self.started).strftime("%Y-%m-%d %H:%M UTC")
        except ValueError:
            return self.started


class ConversionInterrupted(StoreError):
    """An encrypt, rekey or decrypt of the store was interrupted: it must be finished (same
    passphrases) or undone before the store is used."""

    def __init__(self, message: str, *, path: Path, journal: Journal) -> None:
        super().__init__(message)
        self.path = path
        self.operation = journal.operation
        self.rollback = journal.rollback
        self.started = journal.when()


class NotTheJournalPassphrase(WrongPassphrase):
    """A passphrase that is not the one the interrupted conversion was started with."""


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + JOURNAL_SUFFIX)


def read_journal(path: Path) -> Journal | None:
    """The journal of an unfinished conversion of the store at ``path``, if there is one."""
    file = journal_path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise StoreError(
            f"The conversion journal {file} cannot be read ({exc}); it is needed to finish an "
            "interrupted encrypt, rekey or decrypt, so keep it and report the problem."
        ) from exc
    if (
        not isinstance(data, dict)
        or data.get("format") != JOURNAL_FORMAT
        or data.get("operation") not in OPERATIONS
    ):
        raise StoreError(
            f"The conversion journal {file} is not one this version of Chancery wrote; keep "
            "it and report the problem."
        )
    return Journal(
        operation=data["operation"],
        source=data.get("source"),
        target=data.get("target"),
        started=str(data.get("started", "")),
        rollback=bool(data.get("rollback", False)),
    )


def _write_journal(path: Path, journal: Journal) -> None:
    file = journal_path(path)
    tmp = file.with_name(file.name + ".tmp")
    data = {
        "format": JOURNAL_FORMAT,
        "store": path.name,
        "operation": journal.operation,
        "source": journal.source,
        "target": journal.target,
        "started": journal.started,
        "rollback": journal.rollback,
    }
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, file)
    crypto.fsync_dir(path.parent)


def _drop_journal(path: Path) -> None:
    journal_path(path).unlink(missing_ok=True)
    crypto.fsync_dir(path.parent)


def _interrupted(path: Path, journal: Journal) -> ConversionInterrupted:
    op = journal.operation
    if journal.rollback:
        how = (
            f"run `chancery {op} --rollback` again to finish undoing it, or `chancery {op}` "
            f"to finish the {op} after all"
        )
    else:
        how = f"run `chancery {op}` again to finish it, or `chancery {op} --rollback` to undo it"
    same = "current and new passphrases" if op == REKEY else "passphrase"
    return ConversionInterrupted(
        f"The {op} of {path.name} started {journal.when()} was interrupted, and the store is "
        f"not opened until it is finished or undone: {how}, with the same {same} as then.",
        path=path,
        journal=journal,
    )


def pending_conversion(path: str | os.PathLike[str] | None) -> ConversionInterrupted | None:
    """What an interrupted conversion of the store needs, or None if there is none."""
    target = resolve_store_path(path).expanduser().resolve()
    journal = read_journal(target)
    return None if journal is None else _interrupted(target, journal)


def _match(path: Path, journal: Journal, operation: str, old: str | None, new: str | None) -> None:
    """Refuse passphrases other than those the interrupted conversion was started with."""
    if journal.operation != operation:
        raise _interrupted(path, journal)
    start = f"the {operation} of {path.name} started {journal.when()}"
    if not crypto.same_generation(journal.source, old):
        raise NotTheJournalPassphrase(
            f"That is not the current passphrase {start} was given: type that one to finish "
            "or undo it."
        )
    if not crypto.same_generation(journal.target, new):
        raise NotTheJournalPassphrase(
            f"That is not the new passphrase {start} was given (all its converted backups "
            "are under it): type that one to finish or undo it."
        )


@dataclass
class Inventory:
    """Every file Chancery wrote for a store, by what a conversion does with it."""

    backups: list[Path]  # checked backups (store copies), converted
    damaged: list[list[Path]]  # stores set aside as damaged, each with its journal: sealed
    sealed: list[Path]  # sealed containers: converted with the key, or unsealed on decrypt
    scraps: list[Path]  # partial backups, temporary and replaced copies, journals: shredded
    foreign: list[Path]  # in the backups folder but not written by Chancery: left alone


_SCRAP_ENDS = (
    TMP_SUFFIX,
    TMP_SUFFIX + "-journal",
    OLD_SUFFIX,
    ".partial",
    ".partial-journal",
    ".unseal-tmp",
    SEALED_SUFFIX + ".tmp",
    SEALED_SUFFIX + ".tmp-journal",
    "-journal",
    "-wal",
    "-shm",
)


_SEAL_SCRAPS = (".unseal-tmp", SEALED_SUFFIX + ".tmp", SEALED_SUFFIX + ".tmp-journal")
# SQLite's super-journals (a transaction over ATTACHed files): "<database>-mj" and hex digits.
_SUPER_JOURNAL = re.compile(r"-mj[0-9A-Fa-f]{6,}$")


def _is_scrap(name: str) -> bool:
    return name.endswith(_SCRAP_ENDS) or _SUPER_JOURNAL.search(name) is not None


def _is_own_scrap(rest: str) -> bool:
    """A leftover beside the store, by what follows the store's name (``dossier.db2-journal``
    is another store's journal, never ours)."""
    return (
        rest in ("-wal", "-shm", TMP_SUFFIX, TMP_SUFFIX + "-journal", OLD_SUFFIX)
        or rest.startswith(JOURNAL_SUFFIX)
        or _SUPER_JOURNAL.fullmatch(rest) is not None
        or (rest.startswith(TMP_SUFFIX) and _is_scrap(rest))
    )


def inventory(path: Path) -> Inventory:
    """What Chancery wrote beside the store (``<name>…``) and in its backups folder."""
    from desktop_app.services import backup  # backup imports the store module: import late

    inv = Inventory([], [], [], [], [])
    if not path.parent.is_dir():
        return inv
    _sort_beside(path, inv)
    inv.backups = [info.path for info in backup.list_backups(path)]
    _sort_backups_folder(path, backup.backups_dir(path), backup.STATE_FILE, inv)
    return inv


def _sort_beside(path: Path, inv: Inventory) -> None:
    """The files named ``<store name>…`` beside the store, each into its list of ``inv``."""
    beside = sorted(
        p
        for p in path.parent.iterdir()
        if p.name.startswith(path.name) and p != path and p.is_file()
    )
    # The store's own journal is SQLite's to play back, never a leftover (see _convert).
    known = {store_lock.lock_path(path), journal_path(path), path.with_name(path.name + "-journal")}
    for file in beside:
        rest = file.name[len(path.name) :]
        if file in known:
            continue
        if not rest.startswith(DAMAGED_MARK):
            if _is_own_scrap(rest):
                inv.scraps.append(file)
        elif file.name.endswith(SEALED_SUFFIX):
            inv.sealed.append(file)
        elif file.name.endswith(_SEAL_SCRAPS) or _SUPER_JOURNAL.search(file.name):
            inv.scraps.append(file)  # a sealing or unsealing of it that was interrupted
        elif file.name.endswith("-journal"):
            if not file.with_name(file.name[: -len("-journal")]).exists():
                inv.damaged.append([file])  # a damaged store's journal whose store is gone
        else:
            group = [file]
            journal = file.with_name(file.name + "-journal")
            if journal.exists():
                group.append(journal)
            inv.damaged.append(group)


def _sort_backups_folder(path: Path, folder: Path, state_file: str, inv: Inventory) -> None:
    """The files of the backups folder that are not listed backups, each into its list."""
    if not folder.is_dir():
        return
    listed = set(inv.backups)
    for file in sorted(p for p in folder.iterdir() if p.is_file()):
        if file in listed or file.name == state_file:
            continue
        if file.name.endswith(SEALED_SUFFIX):
            inv.sealed.append(file)
        elif not file.name.startswith(path.stem + "-"):
            inv.foreign.append(file)
        elif _is_scrap(file.name):
            inv.scraps.append(file)
        elif file.suffix == ".db":
            inv.damaged.append([file])  # a backup whose name was changed: keep its bytes
        else:
            inv.foreign.append(file)


def _shred_scrap(file: Path) -> None:
    for suffix in (OLD_SUFFIX,):
        if file.name.endswith(suffix):  # maybe a second name of a live file: see _shred
            _shred(file, file.with_name(file.name[: -len(suffix)]))
            return
    _shred(file, file)


def _seal_group(group: list[Path], key: str) -> Path:
    """Seal a file (and its journal) under ``key`` beside it, then shred the originals."""
    container = group[0].with_name(group[0].name + SEALED_SUFFIX)
    done = False
    if container.exists():  # an interrupted run sealed it already: only the shred is left
        try:
            recorded = crypto.sealed_digests(container, key)
            done = recorded == {f.name: crypto.file_digest(f) for f in group}
        except StoreError:
            done = False
    if not done:
        tmp = container.with_name(container.name + ".tmp")
        crypto.seal(group, tmp, key)
        os.replace(tmp, container)
        crypto.fsync_dir(container.parent)
        _checkpoint("sealed")
    for file in group:
        _shred(file, container)
    return container


@dataclass
class _Outcome:
    backups: int = 0
    records: int = 0
    sealed: list[Path] = field(default_factory=list)  # originals now inside a sealed copy
    unsealed: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)  # under another passphrase, or damaged
    foreign: list[Path] = field(default_factory=list)


def _run(path: Path, src: str | None, dst: str | None) -> _Outcome:
    """Bring every file of the store from key ``src`` to key ``dst`` (None: plain); each
    step can be repeated, so an interrupted run is finished by running it again."""
    out = _Outcome()
    inv = inventory(path)
    out.foreign = inv.foreign
    for scrap in inv.scraps:
        _shred_scrap(scrap)
        out.removed.append(scrap)
    _checkpoint("scraps removed")
    _convert_backups(inv.backups, src, dst, out)
    _convert_damaged(inv.damaged, dst, out)
    _convert_sealed(inv.sealed, src, dst, out)
    if _opens_with(path, dst):
        out.records = _records(_counts(path, dst))
    else:
        out.records = _rewrite(path, src, dst)
    if dst is not None:
        _audit(path)
    else:  # a backup unsealed back under a passphrase from before is named, not hidden
        from desktop_app.services import backup  # backup imports the store module

        for info in backup.list_backups(path):
            if info.path not in out.left and not _opens_with(info.path, None):
                out.left.append(info.path)
    _checkpoint("done")
    return out


def _convert_backups(backups: list[Path], src: str | None, dst: str | None, out: _Outcome) -> None:
    """Each listed backup rewritten under ``dst``; one that will not open is sealed or left."""
    for file in backups:
        if _opens_with(file, dst):
            out.backups += 1  # converted by the interrupted run
            continue
        try:  # a wrong key is found by the first read: no separate check (a key derivation)
            _rewrite(file, src, dst, "backup ")
            out.backups += 1
            continue
        except (StoreError, crypto.driver().Error):
            if _sound(file, src):
                raise  # the backup is fine: the failure lies elsewhere (a full disk, say)
            # damaged, or under another key: sealed below, or left as it is
        if dst is not None:
            _seal_group([file], dst)
            out.sealed.append(file)
        else:
            out.left.append(file)


def _convert_damaged(damaged: list[list[Path]], dst: str | None, out: _Outcome) -> None:
    """Damaged stores set aside are sealed under ``dst`` (never rewritten: their bytes stay)."""
    for group in damaged:
        if dst is not None:
            _seal_group(group, dst)
            out.sealed.extend(group)
        elif not crypto.is_plain_sqlite(group[0]):
            out.left.extend(group)


def _convert_sealed(sealed: list[Path], src: str | None, dst: str | None, out: _Outcome) -> None:
    """Sealed containers are re-sealed under ``dst``, or unsealed when decrypting."""
    for container in sealed:
        if dst is not None and _opens_with(container, dst):
            continue
        if not _opens_with(container, src):
            out.left.append(container)
        elif dst is None:
            out.unsealed.extend(crypto.unseal(container, src or ""))
            container.unlink()
            crypto.fsync_dir(container.parent)
        else:
            _rewrite(container, src, dst, "sealed ")


def _sound(path: Path, key: str | None) -> bool:
    """True if ``path`` opens with ``key`` and passes integrity_check."""
    try:
        conn = crypto.connect(path, key, readonly=True)
    except (StoreError, crypto.driver().Error):
        return False
    try:
        return crypto.integrity(conn, encrypted=key is not None) == "ok"
    except crypto.driver().Error:
        return False
    finally:
        conn.close()


def _counts(path: Path, key: str | None) -> dict[str, int]:
    conn = crypto.connect(path, key, readonly=True)
    try:
        return crypto.table_counts(conn)
    finally:
        conn.close()


def _audit(path: Path) -> None:
    """After an encrypt or rekey: no file of the store's may still be a plain SQLite file or
    a leftover; else the conversion is not reported as done (its journal stays)."""
    inv = inventory(path)
    clear = [f for f in [path, *inv.backups, *inv.sealed] if crypto.is_plain_sqlite(f)]
    clear += [g for group in inv.damaged for g in group] + inv.scraps
    if clear:
        names = ", ".join(str(f) for f in clear)
        raise StoreError(
            f"These files of {path.name} are still in clear after the conversion: {names}; "
            "remove them (or run the command again) before relying on the encryption."
        )


def _convert(
    path: Path, operation: str, old: str | None, new: str | None, rollback: bool
) -> CryptoResult:
    """Encrypt (``old`` None), rekey or decrypt (``new`` None) the store and every file
    Chancery wrote for it, as one operation its journal lets finish or undo."""
    crypto.check_cipher()
    mine = not store_lock.holds(path)
    store_lock.acquire(path)  # StoreInUse if another Chancery has it open
    try:
        journal = read_journal(path)
        if path.with_name(path.name + "-journal").exists():
            raise StoreError(
                f"{path.name} has an unfinished write (its -journal file): open it with "
                "Chancery once, which checks it and undoes that write, then try again."
            )
        if journal is None:
            if rollback:
                raise StoreError(f"There is no interrupted {operation} of {path.name} to undo.")
            crypto.connect(path, old).close()  # a wrong passphrase stops here, nothing written
            journal = Journal(
                operation=operation,
                source=crypto.generation(old),
                target=crypto.generation(new),
                started=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                rollback=False,
            )
            _write_journal(path, journal)
            _checkpoint("journal written")
        else:
            _match(path, journal, operation, old, new)
            if journal.rollback != rollback:
                journal = dataclasses.replace(journal, rollback=rollback)
                _write_journal(path, journal)
                _checkpoint("journal written")
        src, dst = (new, old) if rollback else (old, new)
        outcome = _run(path, src, dst)
        _drop_journal(path)
        crypto.forget_key(path)  # the old key no longer opens it (a reopen registers the new)
    finally:
        if mine:
            store_lock.release(path)
    return _result(path, operation, rollback, dst, outcome)


def _names(files: list[Path]) -> str:
    return ", ".join(f.name for f in files)


def _result(
    path: Path, operation: str, rollback: bool, dst: str | None, out: _Outcome
) -> CryptoResult:
    verbs = {ENCRYPT: "Encrypted", REKEY: "Changed the passphrase of", DECRYPT: "Decrypted"}
    backups = f" and {out.backups} backup{'s' * (out.backups != 1)}" if out.backups else ""
    if rollback:
        state = "encrypted" if dst is not None else "plain"
        text = f"Undid the interrupted {operation}: {path}{backups} are {state} again"
    else:
        text = f"{verbs[operation]} {path}{backups}"
    parts = [f"{text} ({out.records} records)."]
    if out.sealed:
        parts.append(
            f"Sealed under the passphrase, as they could not be converted (damaged): "
            f"{_names(out.sealed)}."
        )
    if out.unsealed:
        parts.append(f"Unsealed, back as they were: {_names(out.unsealed)}.")
    if out.removed:
        parts.append(
            f"Overwrote and deleted leftovers (partial backups, temporary copies, journals): "
            f"{_names(out.removed)}."
        )
    if out.left:
        parts.append(
            f"Not converted (damaged, or under another passphrase), left as they are: "
            f"{_names(out.left)}."
        )
    if out.foreign:
        parts.append(f"Not Chancery's, left alone in the backups folder: {_names(out.foreign)}.")
    return CryptoResult(
        path=path,
        encrypted=dst is not None,
        records=out.records,
        backups=out.backups,
        message=" ".join(parts),
        sealed=tuple(out.sealed),
        unsealed=tuple(out.unsealed),
        removed=tuple(out.removed),
        left=tuple(out.left),
        foreign=tuple(out.foreign),
    )


def change_open_store(store: Store, old: str | None, new: str | None) -> CryptoResult:
    """Encrypt (``old`` None), rekey, or decrypt (``new`` None) a store the window has open.

    The store is closed for the change; the same Store object is open again afterwards, under
    the new key on success, under the key the store file has on failure (the StoreError is
    raised after that; the swap is the last step, so on failure it is usually the original).
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
        # Stopped after the swap (a leftover that would not go): the store is under the new
        # key, and its journal waits for the same passphrases to finish.
        key = new if _opens_with(path, new) else current
        store.adopt(Store.open(path, create=False, passphrase=key))
        raise
    store.adopt(Store.open(path, create=False, passphrase=new))
    return result
