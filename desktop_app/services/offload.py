"""CPU-heavy pure work (reading documents, laying out PDFs) in a helper process.

Why: Python runs one thread at a time in a process (the GIL), and parsers and layout engines
(lxml, pypdf, ReportLab, big regular expressions) keep it for tens of milliseconds at a time,
whatever the switch interval. Run in a worker thread of the window's process, they froze the
window; run in a helper process, they leave the window's process its GIL, and the window only
writes the results to the store.

The helper is started with ``spawn`` (a fresh interpreter: never ``fork`` a process running
Qt threads), once, on first use, and stops after IDLE_SECONDS without work. What runs there
takes and returns plain picklable values and never opens the store. The command line does
not use it: it runs the same functions in its own process.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import logging
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

from desktop_app.services.store import StoreError

log = logging.getLogger(__name__)

T = TypeVar("T")

IDLE_SECONDS = 120.0  # a helper without work for this long stops (it holds ~100 MB)
POLL_SECONDS = 0.05  # how often a waiting caller looks at its should_stop


class HelperFailed(StoreError):
    """The helper process stopped before answering (it crashed or was killed)."""


class Stopped(Exception):
    """The caller's should_stop() said to give up waiting."""


class Shared:
    """A large argument pickled once and remembered by the helper between calls.

    The people the store knows go with every file of an import: pickled once per batch as
    bytes (a copy, not a walk of 5,000 objects while holding the GIL), unpickled once there.
    """

    def __init__(self, value: Any) -> None:
        self.blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self.key = hashlib.blake2b(self.blob, digest_size=16).hexdigest()
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (_shared_value, (self.key, self.blob))


# In the helper process only: the Shared value of the current batch, by key (set up by
# _start_helper when the helper starts; None in every other process).
_remembered: dict[str, Any] | None = None


def _start_helper() -> None:
    global _remembered
    _remembered = {}


def _shared_value(key: str, blob: bytes) -> Any:
    """In the helper: the value of a Shared argument, unpickled once per batch."""
    remembered = _remembered
    if remembered is None:  # not in a helper (a copy pickled within this process)
        return pickle.loads(blob)
    value = remembered.get(key)
    if value is None:
        remembered.clear()  # only the current batch's
        value = remembered[key] = pickle.loads(blob)
    return value


def _unwrap(args: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(a.value if isinstance(a, Shared) else a for a in args)


class HelperPool:
    """One helper process, started on first use; callers wait in their own (worker) thread."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS, start_method: str = "spawn") -> None:
        self.idle_seconds = idle_seconds
        self.start_method = start_method
        self._lock = threading.Lock()
        self._executor: cf.ProcessPoolExecutor | None = None
        self._users: dict[cf.ProcessPoolExecutor, int] = {}  # calls not yet done, per helper
        self._idle_timer: threading.Timer | None = None

    def _ensure(self) -> cf.ProcessPoolExecutor:
        with self._lock:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
            if self._executor is None:
                _check_startable()
                context = multiprocessing.get_context(self.start_method)
                self._executor = cf.ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_start_helper
                )
            executor = self._executor
            self._users[executor] = self._users.get(executor, 0) + 1
            return executor

    def _release(
        self, executor: cf.ProcessPoolExecutor, *, broken: bool = False, abandoned: bool = False
    ) -> None:
        """A call is done with ``executor``. A helper that died, or that still works for a
        caller who stopped waiting (a call under way cannot be cancelled), takes no new call:
        the next one starts a new helper, and this one is ended once nobody waits on it."""
        with self._lock:
            left = self._users.get(executor, 1) - 1
            if left > 0:
                self._users[executor] = left
            else:
                self._users.pop(executor, None)
            if (broken or abandoned) and self._executor is executor:
                self._executor = None
            retired = executor is not self._executor
            current = self._executor
            idle = current is not None and not self._users.get(current)
            if idle and self.idle_seconds > 0:
                self._idle_timer = threading.Timer(self.idle_seconds, self._stop_if_idle)
                self._idle_timer.daemon = True
                self._idle_timer.start()
        if broken:
            executor.shutdown(wait=False, cancel_futures=True)
        elif retired and left <= 0:
            _terminate(executor)

    def _stop_if_idle(self) -> None:
        with self._lock:
            if self._executor is None or self._users.get(self._executor):
                return
            executor, self._executor = self._executor, None
        executor.shutdown(wait=True)

    def submit(self, fn: Callable[..., T], *args: Any) -> Call[T]:
        """Start ``fn(*args)`` in the helper; the Call waits for its result.

        OSError or RuntimeError: no helper can be started here (the caller may run ``fn``
        itself, see ``run``).
        """
        executor = self._ensure()
        try:
            future = executor.submit(_guarded, fn, *args)
        except BrokenProcessPool as exc:
            self._release(executor, broken=True)
            raise HelperFailed(_died(exc)) from exc
        except BaseException:
            self._release(executor)
            raise
        return Call(self, executor, future)

    def call(
        self, fn: Callable[..., T], *args: Any, should_stop: Callable[[], bool] | None = None
    ) -> T:
        """``fn(*args)`` run in the helper; HelperFailed if it died, Stopped if told to."""
        return self.submit(fn, *args).result(should_stop)

    def run(
        self, fn: Callable[..., T], *args: Any, should_stop: Callable[[], bool] | None = None
    ) -> T:
        """``fn(*args)`` in the helper, or in this thread if no helper can be started."""
        try:
            call = self.submit(fn, *args)
        except (OSError, RuntimeError) as exc:
            log.warning("no helper process (%s): running %s here", exc, fn.__name__)
            return run_unwrapped(fn, *args)
        return call.result(should_stop)

    def shutdown(self) -> None:
        """End every helper now, finished or not (the window is closing; nothing a helper
        makes is written anywhere, so nothing is lost)."""
        with self._lock:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None
            executors = {*self._users, *([self._executor] if self._executor else [])}
            self._executor = None
            self._users.clear()
        for executor in executors:
            _terminate(executor)

    def running(self) -> bool:
        """Whether a helper process is up (tests; the window's state)."""
        return self._executor is not None


class Call(Generic[T]):
    """A call under way in the helper."""

    def __init__(
        self, pool: HelperPool, executor: cf.ProcessPoolExecutor, future: cf.Future[T]
    ) -> None:
        self._pool = pool
        self._executor = executor
        self.future = future
        self._released = False

    def result(self, should_stop: Callable[[], bool] | None = None) -> T:
        """Wait for the answer, looking at ``should_stop`` every POLL_SECONDS.

        Stopped, a call not started yet is dropped; a helper already working on it is ended
        once no other call waits on it, and the next call starts a new one (nothing a helper
        makes is written anywhere).
        """
        try:
            while True:
                if should_stop is not None and should_stop():
                    self._abandon()
                    raise Stopped
                try:
                    return self.future.result(timeout=POLL_SECONDS)
                except cf.TimeoutError:
                    continue
        except BrokenProcessPool as exc:
            self._done(broken=True)
            raise HelperFailed(_died(exc)) from exc
        finally:
            self._done()

    def cancel(self) -> None:
        """Drop the call; its helper is ended if it had already taken it (see result)."""
        self._abandon()

    def _abandon(self) -> None:
        if not self._released:
            self._released = True
            dropped = self.future.cancel() or self.future.done()
            self._pool._release(self._executor, abandoned=not dropped)

    def _done(self, broken: bool = False) -> None:
        if not self._released:
            self._released = True
            self._pool._release(self._executor, broken=broken)


def _terminate(executor: cf.ProcessPoolExecutor) -> None:
    """End a helper at once, whatever it is doing (ProcessPoolExecutor has no public way
    before Python 3.14's terminate_workers)."""
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        if process.is_alive():
            process.terminate()
    executor.shutdown(wait=False, cancel_futures=True)


def _check_startable() -> None:
    """OSError if a spawned helper could not start: it imports the main script again, and
    an interactive session (``<stdin>``) has none to import. A frozen bundle imports no script:
    its helper runs the executable again (freeze_support in desktop_app/app.py)."""
    if getattr(sys, "frozen", False):
        return
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if getattr(main, "__spec__", None) is None and path is not None and not os.path.isfile(path):
        raise OSError(f"a helper process cannot start from {path}")


def _died(exc: BaseException) -> str:
    return (
        "the helper process that reads and lays out documents stopped unexpectedly "
        f"({exc or 'no reason given'})"
    )


# The window's helper pool: made by its first use, given up by the application when it ends
# (services/application.py).
_shared_pool: HelperPool | None = None
_shared_lock = threading.Lock()


def shared_pool() -> HelperPool:
    """The application's helper pool (the window's imports and briefs share it)."""
    global _shared_pool
    with _shared_lock:
        if _shared_pool is None:
            _shared_pool = HelperPool()
        return _shared_pool


def shutdown_shared() -> None:
    """End the application's helper, if one was started, and forget the pool (the window is
    closing; a later use makes a new one)."""
    global _shared_pool
    with _shared_lock:
        pool, _shared_pool = _shared_pool, None
    if pool is not None:
        pool.shutdown()


def _guarded(fn: Callable[..., T], *args: Any) -> T:
    """In the helper: ``fn(*args)``; an exception that cannot cross back to the caller
    (one that does not pickle) is turned into a RuntimeError saying the same."""
    try:
        return fn(*args)
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - whatever pickling raises, the answer is the same
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
        raise


def layout_brief(note: Any) -> bytes:
    """In the helper: a briefing note (briefing.content.NoteContent) laid out as PDF."""
    from desktop_app.briefing.builder import build_pdf  # only the helper needs ReportLab

    data: bytes = build_pdf(note)
    return data


def build_brief(note: Any) -> Any:
    """In the helper: a briefing note laid out (briefing.builder.BuiltPdf: the PDF, its pages
    and the characters printed as a replacement mark)."""
    from desktop_app.briefing.builder import build  # only the helper needs ReportLab

    return build(note)


def run_unwrapped(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in this process, Shared arguments unwrapped (a fallback, and the CLI)."""
    return fn(*_unwrap(args))
