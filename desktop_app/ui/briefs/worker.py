"""A brief's slow work (build, render, export) off the GUI thread; results come back by signal."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.services.store import StoreError

log = logging.getLogger(__name__)


class JobSignals(QObject):
    finished = Signal(int, object)  # job number, result
    failed = Signal(int, str)  # job number, one sentence for the user
    progress = Signal(int, int, int, str)  # job number, done, total, stage


class Job(QRunnable):
    """Runs ``fn(progress)`` in a pool thread; it never touches widgets.

    Its signals object belongs to ``owner`` (the dialog), not to the job: the worker thread may
    still be inside ``emit`` when the GUI thread handles the result, so the object must not be
    freed then. Owners release spent ones with ``release_spent`` once their pool is idle.
    """

    def __init__(
        self, number: int, fn: Callable[[Callable[[int, int, str], None]], Any], owner: QObject
    ) -> None:
        super().__init__()
        self.number = number
        self.fn = fn
        self.signals = JobSignals(owner)
        self.setAutoDelete(True)

    def run(self) -> None:
        def progress(done: int, total: int, stage: str) -> None:
            self.signals.progress.emit(self.number, done, total, stage)

        try:
            result = self.fn(progress)
        except StoreError as exc:
            self.signals.failed.emit(self.number, str(exc))
        except Exception as exc:  # a bug: keep the window alive and say so
            log.error("brief job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(self.number, f"Unexpected error: {exc}")
        else:
            self.signals.finished.emit(self.number, result)


def release_spent(pool: QThreadPool, spent: list[JobSignals]) -> None:
    """Free the signal objects of finished jobs, once no job of ``pool`` is running."""
    if pool.activeThreadCount() == 0:
        for signals in spent:
            signals.deleteLater()
        spent.clear()
