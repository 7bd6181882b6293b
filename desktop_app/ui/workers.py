"""Work off the GUI thread: QRunnable tasks whose results come back by signal.

Reads run on a small pool; every write goes through ONE single-thread pool, so writes are
serialized in the order the user made them (an undo never overtakes the edit it undoes).
Each service call opens its own session inside the worker, so no session crosses threads.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from desktop_app.services.store import StoreError
from desktop_app.ui import gc_policy

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str], None]


class TaskSignals(QObject):
    """The tasks' way back to the GUI thread (a QRunnable is not a QObject).

    One per runner, living as long as it: a task may be freed on its pool thread, and a
    QObject must never be destroyed on a thread other than its own.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int, str)


class Task(QRunnable):
    """Runs ``fn()`` in a pool thread; never touches widgets."""

    def __init__(self, number: int, fn: Callable[[], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.number = number
        self.fn = fn
        self.signals = signals
        self.cancelled = False

    def run(self) -> None:
        if self.cancelled:  # still reported, so the runner forgets it
            self.signals.finished.emit(self.number, None)
            return
        try:
            result = self.fn()
        except StoreError as exc:
            self.signals.failed.emit(self.number, str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: say it, log it, keep the window alive
            log.error("task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(
                self.number,
                QCoreApplication.translate("Workers", "Unexpected error: {0}").format(exc),
            )
        else:
            # the window may have closed while this ran: then there is nobody to tell
            with contextlib.suppress(RuntimeError):
                self.signals.finished.emit(self.number, result)


class TaskRunner(QObject):
    """Owns the pools; keeps each task alive until its result has been delivered."""

    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(2)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        # Long reads (a large store's quick_check after opening) run apart, so the window's
        # own reads never queue behind them.
        self.slow_pool = QThreadPool(self)
        self.slow_pool.setMaxThreadCount(1)
        self._counter = 0
        self._signals = TaskSignals(self)
        # Bound slots of this GUI-thread object: Qt queues the results onto the GUI thread.
        self._signals.finished.connect(self._on_task_finished)
        self._signals.failed.connect(self._on_task_failed)
        # Delivered tasks wait here a moment, so their last reference is dropped on the GUI
        # thread and not by a pool thread still returning from run().
        self._done: list[Task] = []
        self._sweep = QTimer(self)
        self._sweep.setSingleShot(True)
        self._sweep.setInterval(2000)
        self._sweep.timeout.connect(self._on_sweep_timeout)
        self._live: dict[int, tuple[Task, Done | None, Failed | None]] = {}
        gc_policy.watch(self.working)  # the collector collects often while tasks run

    def read(self, fn: Callable[[], Any], done: Done, failed: Failed | None = None) -> Task:
        return self._start(self.read_pool, fn, done, failed)

    def slow(self, fn: Callable[[], Any], done: Done, failed: Failed | None = None) -> Task:
        """A read that may take seconds, on a thread of its own."""
        return self._start(self.slow_pool, fn, done, failed)

    def write(
        self, fn: Callable[[], Any], done: Done | None = None, failed: Failed | None = None
    ) -> Task:
        return self._start(self.write_pool, fn, done, failed)

    def _start(
        self, pool: QThreadPool, fn: Callable[[], Any], done: Done | None, failed: Failed | None
    ) -> Task:
        self._counter += 1
        task = Task(self._counter, fn, self._signals)
        task.setAutoDelete(False)
        self._live[task.number] = (task, done, failed)
        gc_policy.expect_work()
        pool.start(task)
        return task

    @Slot(int, object)
    def _on_task_finished(self, number: int, result: object) -> None:
        task, done, _ = self._live.pop(number, (None, None, None))
        self._retire(task)
        if task is not None and done is not None and not task.cancelled:
            done(result)

    @Slot(int, str)
    def _on_task_failed(self, number: int, message: str) -> None:
        task, _, failed = self._live.pop(number, (None, None, None))
        self._retire(task)
        (failed or self.error.emit)(message)

    def _retire(self, task: Task | None) -> None:
        if task is not None:
            self._done.append(task)
            self._sweep.start()

    @Slot()
    def _on_sweep_timeout(self) -> None:
        self._done.clear()

    def cancel(self, task: Task) -> None:
        """Drop a task: not started yet, it never runs; running, its result is ignored."""
        task.cancelled = True
        if self.read_pool.tryTake(task):  # never started: no thread holds it
            self._live.pop(task.number, None)

    @Slot()
    def drain(self, timeout_ms: int = 30000) -> None:
        """Wait for every task and deliver its result (tests, and closing the window)."""
        for _ in range(50):
            self.read_pool.waitForDone(timeout_ms)
            self.write_pool.waitForDone(timeout_ms)
            self.slow_pool.waitForDone(timeout_ms)
            QCoreApplication.processEvents()
            if not self._live:
                return
        log.warning("%d tasks still pending after drain", len(self._live))

    def busy(self) -> bool:
        return bool(self._live)

    def working(self) -> bool:
        """Whether a task of any pool is running or waiting (including ones started on a
        pool directly, such as an import)."""
        return bool(self._live) or any(
            pool.activeThreadCount() > 0
            for pool in (self.read_pool, self.write_pool, self.slow_pool)
        )
