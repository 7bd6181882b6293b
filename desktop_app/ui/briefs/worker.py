"""A brief's slow work (build, render, export) off the GUI thread; results come back by signal."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.briefing.builder import BriefingError, BuiltPdf
from desktop_app.briefing.content import NoteContent
from desktop_app.services import briefs, offload
from desktop_app.services.store import Store, StoreError
from desktop_app.ui import gc_policy

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, stage
Work = Callable[[Progress], Any]


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

    def __init__(self, number: int, fn: Work, owner: QObject) -> None:
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
        except Exception as exc:  # noqa: BLE001 - a bug: keep the window alive and say so
            log.error("brief job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(self.number, f"Unexpected error: {exc}")
        else:
            self.signals.finished.emit(self.number, result)


def preview(
    store: Store, request: briefs.BriefRequest, should_stop: Callable[[], bool] | None = None
) -> BuiltPdf | None:
    """The note laid out (ReportLab: the GIL for hundreds of milliseconds) by the helper
    process, so the window stays responsive; None if ``should_stop`` said to give up (a newer
    preview is wanted)."""
    note = briefs.collect(store, request)  # the store is read here, in the window's process
    try:
        built: BuiltPdf = offload.shared_pool().run(
            offload.build_brief, note, should_stop=should_stop
        )
    except offload.Stopped:
        return None
    except BriefingError as exc:
        raise briefs.BriefError(str(exc)) from exc
    return built


def preview_pdf(
    store: Store, request: briefs.BriefRequest, should_stop: Callable[[], bool] | None = None
) -> bytes | None:
    """``briefs.preview_pdf`` laid out by the helper process (see ``preview``)."""
    built = preview(store, request, should_stop)
    return None if built is None else built.data


def layout_in_helper(note: NoteContent) -> BuiltPdf:
    """``briefs.export_brief``'s layout, done by the helper process (as the preview's)."""
    try:
        built: BuiltPdf = offload.shared_pool().run(offload.build_brief, note)
    except BriefingError as exc:
        raise briefs.BriefError(str(exc)) from exc
    return built


def release_spent(pool: QThreadPool, spent: list[JobSignals]) -> None:
    """Free the signal objects of finished jobs, once no job of ``pool`` is running."""
    if pool.activeThreadCount() == 0:
        for signals in spent:
            signals.deleteLater()
        spent.clear()


class JobQueue(QObject):
    """Jobs run one at a time in the order asked; each result goes to its ``done`` callback
    on the GUI thread. A failure is emitted as ``failed`` (number, sentence) instead."""

    failed = Signal(int, str)  # job number, one sentence for the user
    progress = Signal(int, int, int, str)  # job number, done, total, stage

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one job at a time, in the order asked
        self._jobs: dict[int, tuple[Job, Callable[[Any], None]]] = {}
        self._counter = 0
        self._spent: list[JobSignals] = []
        gc_policy.watch(self.busy)  # the collector collects often while a job runs

    def next_number(self) -> int:
        """The number the next ``start`` will give its job."""
        return self._counter + 1

    def start(self, work: Work, done: Callable[[Any], None]) -> int:
        """Run ``work(progress)`` in the pool; its number (as ``failed`` and progress say)."""
        self._counter += 1
        job = Job(self._counter, work, self)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.progress.connect(self.progress)
        self._jobs[job.number] = (job, done)
        gc_policy.expect_work()
        self.pool.start(job)
        return job.number

    def _retire(self, number: int) -> Callable[[Any], None] | None:
        job, done = self._jobs.pop(number, (None, None))
        if job is not None:
            self._spent.append(job.signals)
            release_spent(self.pool, self._spent)
        return done

    @Slot(int, object)
    def _on_job_finished(self, number: int, result: object) -> None:
        done = self._retire(number)
        if done is not None:
            done(result)

    @Slot(int, str)
    def _on_job_failed(self, number: int, message: str) -> None:
        self._retire(number)
        self.failed.emit(number, message)

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Wait for the running jobs (for tests and on close)."""
        return self.pool.waitForDone(msecs)

    def stop(self, msecs: int = 30000) -> None:
        """Drop the jobs not started yet and wait for the running one."""
        self.pool.clear()
        self.pool.waitForDone(msecs)
