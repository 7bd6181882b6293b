"""One writer per store: a lock file beside the store, held until the application ends."""

from __future__ import annotations

import errno
import importlib
import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from desktop_app.services.store import StoreError

LOCK_SUFFIX = ".lock"
CLOSED = b"closed"  # the lock file's second line once the store was closed cleanly
# On Windows the lock is one byte far past the text (msvcrt locks are mandatory: a locked
# byte cannot even be read), so another process can still read the holder's pid.
WINDOWS_LOCK_OFFSET = 1 << 20


class StoreInUse(StoreError):
    """Another Chancery (another process) has this store open."""


def _platform_module() -> tuple[str, ModuleType]:
    """("fcntl", module) on POSIX, else ("msvcrt", module): imported here, not at module
    level, so this module imports on every system."""
    try:
        return "fcntl", importlib.import_module("fcntl")
    except ImportError:
        return "msvcrt", importlib.import_module("msvcrt")


def backend() -> str:
    """The locking primitive in use on this system: "fcntl" (flock) or "msvcrt"."""
    return _platform_module()[0]


def _lock_fd(fd: int) -> None:
    """Lock ``fd`` exclusively without waiting; OSError (EWOULDBLOCK, EACCES…) if held."""
    name, lib = _platform_module()
    if name == "fcntl":
        lib.flock(fd, lib.LOCK_EX | lib.LOCK_NB)
        return
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    lib.locking(fd, lib.LK_NBLCK, 1)


def _unlock_fd(fd: int) -> None:
    name, lib = _platform_module()
    if name == "fcntl":
        lib.flock(fd, lib.LOCK_UN)
        return
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    lib.locking(fd, lib.LK_UNLCK, 1)


@dataclass(frozen=True)
class _Held:
    fd: int
    # Whether the previous session on the store closed it cleanly (read at acquire): after a
    # crash the window checks the store before showing it, even a large one.
    clean_before: bool


# The locks this process holds, by resolved store path. The kernel drops a flock when the
# process ends, however it ends (even SIGKILL), so a crash never leaves a store locked.
# None until the first acquire and again after the last release: the application that took
# a lock (services/application.py) gives it back when it ends.
_held: dict[Path, _Held] | None = None
_guard = threading.Lock()


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + LOCK_SUFFIX)


def _key(store_path: Path) -> Path:
    return Path(store_path).expanduser().resolve()


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").split("\n", 1)[0].strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def _refuse_other_names(key: Path) -> None:
    """The lock is the file beside the store's name; a store reachable under a second name
    (a hard link) would get a second lock there, so such a store is refused.

    With a single link, the file's name and folder identify it (symlinks are resolved, and
    a folder mounted twice shows the same lock file): locking the name locks the identity.
    """
    try:
        info = key.stat()
    except OSError:
        return  # no store yet: nothing else can name it
    links = info.st_nlink
    if stat.S_ISREG(info.st_mode) and links > 1:  # a folder has several (opening says why not)
        raise StoreError(
            f"{key} has {links} names (hard links), so two programs could write it at once "
            "unseen: keep one name (delete the other links, or copy the file) and open it again."
        )


def acquire(store_path: Path) -> Path:
    """Take the store's lock for this process, or raise StoreInUse; taking it twice is a no-op.

    Returns the lock file's path. The lock is kept until ``release`` (the application that
    took it releases it when it ends) or the end of the process.
    """
    global _held
    key = _key(store_path)
    with _guard:
        if _held is not None and key in _held:
            return lock_path(key)
        _refuse_other_names(key)
        target = lock_path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the lock file {target} ({exc.strerror}); "
                "Chancery needs to write in the store's folder."
            ) from exc
        try:
            _lock_fd(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
                raise StoreInUse(
                    f"{key} is already open in another Chancery{_holder(target)}; "
                    "close that one first, or choose another store with --db."
                ) from exc
            raise StoreError(f"Cannot lock {key} ({exc.strerror}).") from exc
        os.lseek(fd, 0, os.SEEK_SET)
        previous = os.read(fd, 64)
        # The pid is only for the message another process shows; the lock is the flock.
        _write_state(fd, closed=False)
        if _held is None:
            _held = {}
        _held[key] = _Held(fd, clean_before=previous.split(b"\n")[1:2] == [CLOSED])
        return target


def _write_state(fd: int, *, closed: bool) -> None:
    os.ftruncate(fd, 0)
    state = f"{os.getpid()}\n" + ("closed\n" if closed else "")
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, state.encode("ascii"))


def closed_cleanly_before(store_path: Path) -> bool:
    """True if the session before this process's lock closed the store (no crash, no kill)."""
    with _guard:
        held = _held.get(_key(store_path)) if _held is not None else None
        return held is not None and held.clean_before


def mark(store_path: Path, *, closed: bool) -> None:
    """Record in the held lock file whether the store is closed (Store.close) or open again."""
    with _guard:
        held = _held.get(_key(store_path)) if _held is not None else None
        if held is not None:
            _write_state(held.fd, closed=closed)


def holds(store_path: Path) -> bool:
    with _guard:
        return _held is not None and _key(store_path) in _held


def held() -> frozenset[Path]:
    """The stores this process holds the lock of (their resolved paths)."""
    with _guard:
        return frozenset(_held or ())


def release(store_path: Path) -> None:
    """Give the lock back (the application when it ends, a tool done with the store)."""
    global _held
    with _guard:
        lock = _held.pop(_key(store_path), None) if _held is not None else None
        if not _held:
            _held = None
    if lock is not None:
        # The file stays: unlinking it would let two processes lock two different inodes.
        _unlock_fd(lock.fd)
        os.close(lock.fd)
