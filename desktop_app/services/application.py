"""The life of one Chancery application (a command, the window): what it took, it gives back.

A store's lock and key, its automatic backups, the passphrase prompt and the helper process
are held by the process while an application uses them. The application is opened and closed
explicitly (cli.main around a command, ui.app.ColdStart around the window); closing it takes
the last automatic backups, then releases what was taken since it opened, and only that: a
lock or key held before (a test's own store, a caller's) stays as it was.

This module imports nothing of the app at its top (the window's frame imports it before
SQLAlchemy loads): a module not imported yet holds nothing to give back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any

_CRYPTO = "db.crypto"
_LOCKS = "desktop_app.services.store_lock"
_AUTOBACKUP = "desktop_app.services.autobackup"
_ENCRYPTION = "desktop_app.services.encryption"
_OFFLOAD = "desktop_app.services.offload"


def _loaded(name: str) -> ModuleType | None:
    return sys.modules.get(name)


def _held_locks() -> frozenset[Path]:
    locks = _loaded(_LOCKS)
    return locks.held() if locks is not None else frozenset()


def _known_keys() -> frozenset[Path]:
    crypto = _loaded(_CRYPTO)
    return crypto.known_keys() if crypto is not None else frozenset()


def _watched() -> frozenset[Path]:
    autobackup = _loaded(_AUTOBACKUP)
    return autobackup.watched() if autobackup is not None else frozenset()


class Application:
    """One application's hold on the process: ``open`` it first, ``close`` it last (or use
    it as a context manager).

    ``passphrase_provider``: who is asked for the passphrase of an encrypted store opened
    without one (the command line's terminal prompt), for as long as the application runs.
    """

    def __init__(self, passphrase_provider: Callable[[Path], str] | None = None) -> None:
        self.passphrase_provider = passphrase_provider
        self._before: tuple[frozenset[Path], frozenset[Path], frozenset[Path]] | None = None
        self._previous_provider: Any = None

    @property
    def is_open(self) -> bool:
        return self._before is not None

    def open(self) -> Application:
        if self._before is not None:
            raise RuntimeError("this application is already open")
        self._before = (_held_locks(), _known_keys(), _watched())
        if self.passphrase_provider is not None:
            from desktop_app.services import encryption

            self._previous_provider = encryption.set_passphrase_provider(self.passphrase_provider)
        return self

    def close(self) -> None:
        """Take the last automatic backups of the stores watched since ``open``, end the
        helper process, release the locks and forget the keys taken since; idempotent."""
        before = self._before
        if before is None:
            return
        self._before = None
        locks, keys, watched = before
        try:
            autobackup = _loaded(_AUTOBACKUP)
            if autobackup is not None:  # under the stores' locks: released below
                autobackup.finish(_watched() - watched)
        finally:
            self._give_back(locks, keys)

    def _give_back(self, locks: frozenset[Path], keys: frozenset[Path]) -> None:
        offload = _loaded(_OFFLOAD)
        if offload is not None:
            offload.shutdown_shared()
        encryption = _loaded(_ENCRYPTION)
        if self.passphrase_provider is not None and encryption is not None:
            encryption.set_passphrase_provider(self._previous_provider)
            self._previous_provider = None
        store_lock = _loaded(_LOCKS)
        if store_lock is not None:
            for path in store_lock.held() - locks:
                store_lock.release(path)
        crypto = _loaded(_CRYPTO)
        if crypto is not None:
            for path in crypto.known_keys() - keys:
                crypto.forget_key(path)

    def __enter__(self) -> Application:
        return self.open()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()
