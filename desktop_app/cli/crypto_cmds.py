"""``encrypt``, ``rekey`` and ``decrypt``: a passphrase on the store, and the terminal prompt.

The terminal prompt (ask_on_terminal) is the passphrase provider of every command's
application (cli.main), so a command opening an encrypted store (services.startup.open_user_store)
asks for its passphrase when CHANCERY_PASSPHRASE is not set and a terminal is there.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop_app.cli import emit
from desktop_app.services import encryption
from desktop_app.services.store import StoreError, resolve_store_path, resolve_store_url


class NoPassphrase(StoreError):
    """No passphrase could be had: no environment variable and no terminal to ask on."""


def _has_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError as exc:
        raise NoPassphrase("No passphrase was typed; nothing was changed.") from exc


def ask_on_terminal(path: Path) -> str:
    """The passphrase provider for the command line (see services.encryption)."""
    if not _has_terminal():
        raise NoPassphrase(
            f"{path} is encrypted: set {encryption.ENV_PASSPHRASE}, or run the command in a "
            "terminal to be asked for its passphrase."
        )
    return _ask(f"Passphrase for {path}: ")


def current_passphrase(path: Path) -> str:
    env = os.environ.get(encryption.ENV_PASSPHRASE)
    return env if env else ask_on_terminal(path)


def new_passphrase(path: Path, env_name: str) -> str:
    """A new passphrase: from ``env_name``, else typed twice on the terminal."""
    env = os.environ.get(env_name)
    if env:
        return encryption.check_new_passphrase(env)
    if not _has_terminal():
        raise NoPassphrase(
            f"Give the new passphrase for {path} in {env_name}, or run the command in a "
            "terminal to type it."
        )
    first = encryption.check_new_passphrase(_ask(f"New passphrase for {path}: "))
    if _ask("Type it again: ") != first:
        raise NoPassphrase("The two passphrases differ; nothing was changed.")
    return first


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    enc = sub.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt the store (and its backups) with a passphrase, or create an encrypted one",
        description="Encrypt the store and its backups with SQLCipher; copies that cannot be "
        "converted (damaged ones) are sealed under the passphrase and leftovers (partial "
        "backups, temporary copies) overwritten then deleted, each named in the output. The "
        f"passphrase comes from {encryption.ENV_PASSPHRASE} or is typed twice. A store that "
        "does not exist yet is created encrypted and empty.",
    )
    _rollback_option(enc)
    enc.set_defaults(handler=_encrypt)

    rekey = sub.add_parser(
        "rekey",
        parents=[common],
        help="change the passphrase of an encrypted store (and of its backups)",
        description=f"The current passphrase comes from {encryption.ENV_PASSPHRASE} or is "
        f"typed; the new one from {encryption.ENV_NEW_PASSPHRASE} or is typed twice.",
    )
    _rollback_option(rekey)
    rekey.set_defaults(handler=_rekey)

    dec = sub.add_parser(
        "decrypt",
        parents=[common],
        help="turn an encrypted store (and its backups) back into plain files",
        description=f"The passphrase comes from {encryption.ENV_PASSPHRASE} or is typed.",
    )
    _rollback_option(dec)
    dec.set_defaults(handler=_decrypt)


def _rollback_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rollback",
        action="store_true",
        help="undo an interrupted run of this command (give the same passphrases as then)",
    )


def _target(args: argparse.Namespace) -> Path:
    if resolve_store_url(getattr(args, "db", None)) is not None:
        raise StoreError(
            "Encryption is for a store file; a team store is protected by PostgreSQL's roles "
            "and by TLS (sslmode in its URL), not by a passphrase."
        )
    return resolve_store_path(getattr(args, "db", None)).expanduser().resolve()


def _paths(files: tuple[Path, ...]) -> list[str]:
    return [str(f) for f in files]


def _report(args: argparse.Namespace, result: encryption.CryptoResult) -> int:
    data = {
        "path": str(result.path),
        "encrypted": result.encrypted,
        "records": result.records,
        "backups": result.backups,
        "sealed": _paths(result.sealed),
        "unsealed": _paths(result.unsealed),
        "removed": _paths(result.removed),
        "left": _paths(result.left),
        "foreign": _paths(result.foreign),
        "message": result.message,
    }
    emit(args, data, lambda: result.message)
    # Files left under another passphrase (or damaged): the store converted, but not all of
    # what belongs to it, so not a plain success.
    return 1 if result.left else 0


def _pending(path: Path, operation: str) -> bool:
    """True if an interrupted run of ``operation`` waits; another interrupted one refuses."""
    pending = encryption.pending_conversion(path)
    if pending is not None and pending.operation != operation:
        raise pending
    return pending is not None


def _encrypt(args: argparse.Namespace) -> int:
    path = _target(args)
    if _pending(path, encryption.ENCRYPT) or args.rollback:
        # The passphrase of the interrupted run: typed once, the journal proves it.
        env = os.environ.get(encryption.ENV_PASSPHRASE)
        passphrase = env if env else ask_on_terminal(path)
        return _report(args, encryption.encrypt(path, passphrase, rollback=args.rollback))
    if encryption.is_encrypted(path):
        raise StoreError(f"{path} is already encrypted; `chancery rekey` changes its passphrase.")
    passphrase = new_passphrase(path, encryption.ENV_PASSPHRASE)
    if not path.exists() or path.stat().st_size == 0:
        return _report(args, encryption.create_encrypted(path, passphrase))
    return _report(args, encryption.encrypt(path, passphrase))


def _rekey(args: argparse.Namespace) -> int:
    path = _target(args)
    if (
        not _pending(path, encryption.REKEY)
        and not args.rollback
        and not encryption.is_encrypted(path)
    ):
        raise StoreError(f"{path} is not encrypted; `chancery encrypt` encrypts it.")
    old = current_passphrase(path)
    new = new_passphrase(path, encryption.ENV_NEW_PASSPHRASE)
    return _report(args, encryption.rekey(path, old, new, rollback=args.rollback))


def _decrypt(args: argparse.Namespace) -> int:
    path = _target(args)
    if (
        not _pending(path, encryption.DECRYPT)
        and not args.rollback
        and not encryption.is_encrypted(path)
    ):
        raise StoreError(f"{path} is not encrypted.")
    old = current_passphrase(path)
    return _report(args, encryption.decrypt(path, old, rollback=args.rollback))
