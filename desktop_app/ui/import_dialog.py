"""Importing files: one file after another on the writer thread, progress and errors per file."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ingest.readers import one_line, shown_name
from desktop_app.messages import Message
from desktop_app.services import importing, offload
from desktop_app.services.store import Store, StoreError
from desktop_app.ui import gc_policy
from desktop_app.ui.context import AppContext
from desktop_app.ui.messages import render

log = logging.getLogger(__name__)


def importable_suffixes() -> tuple[str, ...]:
    return importing.IMPORTABLE_SUFFIXES


class ImportSignals(QObject):
    file_started = Signal(int, int, str)  # done, total, file name
    file_done = Signal(int, object)  # row, ImportOutcome
    file_failed = Signal(int, object)  # a desktop_app.messages.Message
    file_stopped = Signal(int)  # row: stopped before anything of it was written
    finished = Signal()


# Files read ahead by the helper process while the window's process writes the current one.
READ_AHEAD = 1


class ImportTask(QRunnable):
    """Imports the files one after another on the writer thread, each result shown as it comes.

    Reading and analysing a file (the slow, GIL-bound part) happens in the helper process
    (services.offload) while this thread writes the previous file to the store, so the window
    keeps its GIL. Should the helper be unavailable, the files are read here as before.
    """

    def __init__(
        self,
        store: Store,
        paths: Sequence[Path],
        owner: QObject,
        pool: offload.HelperPool | None = None,
        prepare: Callable[..., Any] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.paths = list(paths)
        self.signals = ImportSignals(owner)  # a GUI-thread parent: destroyed on that thread
        self.stop = False
        self.pool = pool
        self.prepare = prepare  # what reads a file in the helper (tests pass a failing one)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.signals.finished.emit()

    def _run(self) -> None:
        total = len(self.paths)
        try:
            known = offload.Shared(tuple(importing.known_people(self.store)))
        except StoreError as exc:
            for row, path in enumerate(self.paths):
                self.signals.file_started.emit(row, total, shown_name(path))
                self.signals.file_failed.emit(
                    row,
                    Message("import.store_failed", {"file": shown_name(path), "error": _why(exc)}),
                )
            return
        prepare = self.prepare or importing.prepare_file
        reader = _Reader(
            self.pool or offload.shared_pool(), prepare, known, self.paths, importing.mentions
        )
        try:
            for row, path in enumerate(self.paths):
                if self.stop:
                    break
                self.signals.file_started.emit(row, total, shown_name(path))
                try:
                    prepared = reader.prepared(row, should_stop=lambda: self.stop)
                    outcome = importing.store_prepared(self.store, prepared)
                except offload.Stopped:
                    self.signals.file_stopped.emit(row)
                    break
                except StoreError as exc:
                    self.signals.file_failed.emit(
                        row,
                        Message(
                            "import.store_failed", {"file": shown_name(path), "error": _why(exc)}
                        ),
                    )
                except Exception as exc:  # noqa: BLE001 - one broken reader must not stop the batch
                    log.error("import of %s failed:\n%s", path, traceback.format_exc())
                    error = f"{type(exc).__name__}: {exc}"
                    self.signals.file_failed.emit(
                        row,
                        Message("import.not_analysed", {"file": shown_name(path), "error": error}),
                    )
                else:
                    self.signals.file_done.emit(row, outcome)
                    if outcome.new_people:  # the next files may name them
                        try:
                            fresh = importing.known_people(self.store)
                        except StoreError:
                            continue  # the next files are read with the list as it was
                        reader.learned(offload.Shared(tuple(fresh)), outcome.new_people)
        finally:
            reader.close()


def _why(exc: Exception) -> str:
    """An error's sentence without its full stop: the message around it ends the sentence."""
    return str(exc).rstrip(".")


class _Reader:
    """The files' PreparedFile, read by the helper READ_AHEAD files in advance."""

    def __init__(
        self,
        pool: offload.HelperPool,
        prepare: Callable[..., Any],
        known: offload.Shared,
        paths: list[Path],
        mentions: Callable[[Any, list[str]], bool],
    ) -> None:
        self.pool = pool
        self.prepare = prepare
        self.known = known
        self.paths = paths
        self.mentions = mentions  # importing.mentions: whether a file names one of these people
        self.calls: dict[int, offload.Call[Any]] = {}
        self.in_process = False  # the helper could not start: read here
        # Files sent before people were added to the store, and those people's names: such a
        # file is read again if it names one.
        self.missed: dict[int, list[str]] = {}

    def learned(self, known: offload.Shared, names: Sequence[str]) -> None:
        """People were added: the files not yet sent go with the new list; those already sent
        are checked when they come back."""
        self.known = known
        for row in self.calls:
            self.missed.setdefault(row, []).extend(names)

    def _submit(self, row: int) -> None:
        if self.in_process or row in self.calls or row >= len(self.paths):
            return
        try:
            self.calls[row] = self.pool.submit(self.prepare, self.paths[row], self.known)
        except (OSError, RuntimeError) as exc:  # no helper process on this system
            log.warning("reading files in the window's process: %s", exc)
            self.in_process = True

    def prepared(self, row: int, should_stop: Callable[[], bool]) -> Any:
        for ahead in range(row, row + READ_AHEAD + 1):
            self._submit(ahead)
        call = self.calls.pop(row, None)
        if call is None:
            return offload.run_unwrapped(self.prepare, self.paths[row], self.known)
        try:
            prepared = call.result(should_stop)
        except offload.HelperFailed:
            # This file brought the helper down; the ones read ahead go to a new helper.
            for later in sorted(self.calls):
                self.calls.pop(later).cancel()
                self.missed.pop(later, None)
            raise
        missed = self.missed.pop(row, None)
        if missed and self.mentions(prepared, missed):  # read before they were known
            self.calls[row] = self.pool.submit(self.prepare, self.paths[row], self.known)
            return self.prepared(row, should_stop)
        return prepared

    def close(self) -> None:
        for call in self.calls.values():
            call.cancel()
        self.calls.clear()
        self.missed.clear()


class ImportDialog(QDialog):
    """Non-modal: the window stays usable while the files are read."""

    imported = Signal()

    def __init__(self, ctx: AppContext, paths: Sequence[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.paths = list(paths)
        self.setWindowTitle(self.tr("Import"))
        self.resize(720, 360)
        self.label = QLabel(self.tr("Importing %n file(s)…", "", len(self.paths)), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(self.paths))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.table = QTableWidget(len(self.paths), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Details")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Files and their results"))
        for row, path in enumerate(self.paths):
            self.table.setItem(row, 0, QTableWidgetItem(shown_name(path)))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr("waiting")))
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.outcomes: dict[int, Any] = {}
        self.task = ImportTask(ctx.store, self.paths, self)
        self.running = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.task.signals.file_started.connect(self._on_task_file_started)
        self.task.signals.file_done.connect(self._on_task_file_done)
        self.task.signals.file_failed.connect(self._on_task_file_failed)
        self.task.signals.file_stopped.connect(self._on_task_file_stopped)
        self.task.signals.finished.connect(self._on_task_finished)
        self.buttons.rejected.connect(self._on_buttons_rejected)

    def start(self) -> None:
        self.running = True
        self.task.setAutoDelete(False)
        gc_policy.expect_work()
        self.ctx.runner.write_pool.start(self.task)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _result_label(self, status: str) -> str:
        return {
            "imported": self.tr("imported"),
            "duplicate": self.tr("already in the store"),
            "error": self.tr("error"),
        }.get(status, status)

    @Slot(int, int, str)
    def _on_task_file_started(self, row: int, total: int, name: str) -> None:
        self.label.setText(self.tr("Reading {0} ({1} of {2})…").format(name, row + 1, total))
        self._cell(row, 1).setText(self.tr("reading…"))

    @Slot(int, object)
    def _on_task_file_done(self, row: int, outcome: Any) -> None:
        self.outcomes[row] = outcome
        self._cell(row, 1).setText(self._result_label(outcome.status))
        # The sentence says what was added: in the interface's language, from its code.
        said = render(outcome.note) if outcome.note is not None else outcome.message
        self._cell(row, 2).setText(one_line(said))
        self.progress.setValue(row + 1)

    @Slot(int, object)
    def _on_task_file_failed(self, row: int, message: Message) -> None:
        self._cell(row, 1).setText(self._result_label("error"))
        self._cell(row, 2).setText(one_line(render(message)))
        self.progress.setValue(row + 1)

    @Slot(int)
    def _on_task_file_stopped(self, row: int) -> None:
        self._cell(row, 1).setText(self.tr("stopped"))
        self._cell(row, 2).setText(
            self.tr("Stopped before it was imported: nothing of it was saved.")
        )

    @Slot()
    def _on_task_finished(self) -> None:
        self.running = False
        done = sum(1 for o in self.outcomes.values() if o.status == "imported")
        self.label.setText(
            self.tr("Done: %n file(s) imported; new items wait in the review queue.", "", done)
        )
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ctx.changed.emit("import", 0)
        self.imported.emit()

    @Slot()
    def _on_buttons_rejected(self) -> None:
        if self.running:
            self.task.stop = True
            self.label.setText(self.tr("Stopping: the file being read is not imported…"))
        else:
            self.close()
