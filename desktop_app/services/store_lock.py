"""One writer per store: a lock file beside the store, held for the life of the process."""

from __future__ import annotations

import errno
import fcntl
import os
import threading
from pathlib import Path

from desktop_app.services.store import StoreError

LOCK_SUFFIX = ".lock"
CLOSED = b"closed"  # the lock file's second line once the store was closed cleanly


class StoreInUse(StoreError):
    """Another Chancery (another process) has this store open."""


# The locks this process holds, by resolved store path. The kernel drops a flock when the
# process ends, however it ends (even SIGKILL), so a crash never leaves a store locked.
_held: dict[Path, int] = {}
# Whether the previous session on each store locked here closed it cleanly (read at acquire):
# after a crash the window checks the store before showing it, even a large one.
_clean_before: dict[Path, bool] = {}
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


def acquire(store_path: Path) -> Path:
    """Take the store's lock for this process, or raise StoreInUse; taking it twice is a no-op.

    Returns the lock file's path. The lock is kept until ``release`` or the end of the process.
    """
    key = _key(store_path)
    with _guard:
        if key in _held:
            return lock_path(key)
        target = lock_path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the lock file {target} ({exc.strerror}); "
                "Chancery needs to write in the store's folder."
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise StoreInUse(
                    f"{key} is already open in another Chancery{_holder(target)}; "
                    "close that one first, or choose another store with --db."
                ) from exc
            raise StoreError(f"Cannot lock {key} ({exc.strerror}).") from exc
        previous = os.pread(fd, 64, 0)
        _clean_before[key] = previous.split(b"\n")[1:2] == [CLOSED]
        # The pid is only for the message another process shows; the lock is the flock.
        _write_state(fd, closed=False)
        _held[key] = fd
        return target


def _write_state(fd: int, *, closed: bool) -> None:
    os.ftruncate(fd, 0)
    state = f"{os.getpid()}\n" + ("closed\n" if closed else "")
    os.pwrite(fd, state.encode("ascii"), 0)


def closed_cleanly_before(store_path: Path) -> bool:
    """True if the session before this process's lock closed the store (no crash, no kill)."""
    with _guard:
        return _clean_before.get(_key(store_path), False)


def mark(store_path: Path, *, closed: bool) -> None:
    """Record in the held lock file whether the store is closed (Store.close) or open again."""
    with _guard:
        fd = _held.get(_key(store_path))
        if fd is not None:
            _write_state(fd, closed=closed)


def holds(store_path: Path) -> bool:
    with _guard:
        return _key(store_path) in _held


def release(store_path: Path) -> None:
    """Give the lock back (the window does this when it switches to another store)."""
    with _guard:
        fd = _held.pop(_key(store_path), None)
    if fd is not None:
        # The file stays: unlinking it would let two processes lock two different inodes.
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
