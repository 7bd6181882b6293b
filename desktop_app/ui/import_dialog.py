"""Importing files: one file after another on the writer thread, progress and errors per file."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ingest.readers import one_line, shown_name
from desktop_app.messages import Message
from desktop_app.services import importing, offload
from desktop_app.services.addresses import is_address
from desktop_app.services.store import Store, StoreError
from desktop_app.ui import gc_policy
from desktop_app.ui.context import AppContext
from desktop_app.ui.date_field import END, START, DateError, DateField, parse_user_date
from desktop_app.ui.i18n import format_short_date
from desktop_app.ui.messages import render

log = logging.getLogger(__name__)


def importable_suffixes() -> tuple[str, ...]:
    return importing.IMPORTABLE_SUFFIXES


class ImportSignals(QObject):
    file_started = Signal(int, int, str)  # done, total, file name
    file_done = Signal(int, object)  # row, ImportOutcome (its batch committed)
    file_failed = Signal(int, object)  # a desktop_app.messages.Message
    file_stopped = Signal(int)  # row: stopped before anything of it was written
    finished = Signal()


class ImportTask(QRunnable):
    """Imports the files on the writer thread through the command line's import
    (services.importing.import_files), each result shown once its batch is committed.

    Reading and analysing a file (the slow, GIL-bound part) happens in the helper process
    (importing.InHelper) while this thread writes, so the window keeps its GIL. Should the
    helper be unavailable, the files are read here as before.
    """

    def __init__(
        self,
        store: Store,
        paths: Sequence[Path],
        owner: QObject,
        pool: offload.HelperPool | None = None,
        read: Callable[[Path], importing.ReadFile] | None = None,
        given: Sequence[importing.Given] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.paths = list(paths)
        # What the user set for each file (publication date, address): wins over the file's.
        self.given = list(given) if given is not None else [importing.Given()] * len(self.paths)
        # The files read already for their metadata (ImportDialog): not read again.
        self.already: dict[Path, importing.ReadFile] = {}
        self.signals = ImportSignals(owner)  # a GUI-thread parent: destroyed on that thread
        self.stop = False
        self.pool = pool
        self.read = read  # what reads a file in the helper (tests pass a failing one)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.signals.finished.emit()

    def _run(self) -> None:
        total = len(self.paths)
        started: list[int] = []
        finished: set[int] = set()

        def begun(row: int, _total: int, path: Path) -> None:
            started.append(row)
            self.signals.file_started.emit(row, total, shown_name(path))

        def done(row: int, outcome: importing.ImportOutcome) -> None:
            finished.add(row)
            self.signals.file_done.emit(row, outcome)

        try:
            importing.import_files(
                self.store,
                self.paths,
                progress=begun,
                should_stop=lambda: self.stop,
                given={Path(p): g for p, g in zip(self.paths, self.given, strict=True)},
                stages=importing.InHelper(self.pool or offload.shared_pool(), read=self.read),
                read=self.already,
                done=done,
            )
        except StoreError as exc:  # the store cannot be read or written at all
            for row, path in enumerate(self.paths):
                if row in finished:
                    continue
                if row not in started:
                    self.signals.file_started.emit(row, total, shown_name(path))
                self.signals.file_failed.emit(
                    row,
                    Message("import.store_failed", {"file": shown_name(path), "error": _why(exc)}),
                )
            return
        if self.stop and started and started[-1] not in finished:
            self.signals.file_stopped.emit(started[-1])


def _why(exc: Exception) -> str:
    """An error's sentence without its full stop: the message around it ends the sentence."""
    return str(exc).rstrip(".")


class FoundSignals(QObject):
    found = Signal(object)  # list[importing.ReadFile | None]: the files read for what they say


class FoundTask(QRunnable):
    """Reads what the files say of themselves (publication date, address) in the helper
    process, as the import does, so the window never parses a page."""

    def __init__(
        self, paths: Sequence[Path], owner: QObject, pool: offload.HelperPool | None = None
    ) -> None:
        super().__init__()
        self.paths = tuple(paths)
        self.signals = FoundSignals(owner)
        self.pool = pool
        self.stop = False

    def run(self) -> None:
        try:
            try:
                call = (self.pool or offload.shared_pool()).submit(
                    importing.read_metadata, self.paths
                )
            except (OSError, RuntimeError):  # no helper process on this system
                found = importing.read_metadata(self.paths)
            else:
                found = call.result(lambda: self.stop)
        except offload.Stopped:
            return
        except Exception:  # noqa: BLE001 - only shown: the import reads each file again
            log.warning("reading the files' metadata failed:\n%s", traceback.format_exc())
            found = [None] * len(self.paths)
        self.signals.found.emit(found)


# The table's columns.
FILE, PUBLISHED, ADDRESS, RESULT, DETAILS = range(5)


class ImportDialog(QDialog):
    """Non-modal: the window stays usable while the files are read.

    First the files are listed with what each says of itself (its publication date and
    address); the user checks them, sets or corrects them for the selected files, then
    presses Import (what the user sets wins, as `chancery import --published --address`).
    """

    imported = Signal()

    def __init__(self, ctx: AppContext, paths: Sequence[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.paths = list(paths)
        self.found: list[importing.Given | None] = [None] * len(self.paths)  # None: being read
        self.given: list[importing.Given] = [importing.Given()] * len(self.paths)
        self.setWindowTitle(self.tr("Import"))
        self.resize(860, 480)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(self.paths)))
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.table = QTableWidget(len(self.paths), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Published"), self.tr("Address"), self.tr("Result"),
             self.tr("Details")]
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((FILE, 190), (PUBLISHED, 210), (ADDRESS, 230), (RESULT, 90)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line a file; the tooltip has a long address
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # arrows move in the list, Tab to the fields
        self.table.setAccessibleName(self.tr("Files and their results"))
        for row, path in enumerate(self.paths):
            name = QTableWidgetItem(shown_name(path))
            name.setToolTip(one_line(str(path)))  # a long name is cut: where it is, whole
            self.table.setItem(row, FILE, name)
            for column in (PUBLISHED, ADDRESS, RESULT, DETAILS):
                self.table.setItem(row, column, QTableWidgetItem(""))
            self._show_row(row)
        self.form_box = QGroupBox(self.tr("Publication date and address"), self)
        self.selected_label = QLabel(self.form_box)
        self.selected_label.setWordWrap(True)
        self.date = DateField(self.tr("Publication date"), START, self.form_box)
        self.date.line.setPlaceholderText(self.tr("e.g. 3/4/2025"))
        self.address = QLineEdit(self.form_box)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setPlaceholderText(self.tr("not found: paste it, https://…"))
        self.address.setClearButtonEnabled(True)
        self.reset_button = QPushButton(self.tr("&Use what the file says"), self.form_box)
        self.reset_button.setToolTip(
            self.tr("Forget the date and address you set for the selected documents")
        )
        self.error = QLabel(self.form_box)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.setAccessibleName(self.tr("What is wrong"))
        self.error.hide()
        form = QFormLayout()
        date_label = QLabel(self.tr("&Publication date:"), self.form_box)
        date_label.setBuddy(self.date.line)
        address_label = QLabel(self.tr("A&ddress:"), self.form_box)
        address_label.setBuddy(self.address)
        date_row = QHBoxLayout()  # the field at its own width, not stretched to the form's
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form.addRow(date_label, date_row)
        form.addRow(address_label, self.address)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.selected_label)
        box_layout.addLayout(form)
        box_layout.addWidget(self.error)
        box_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.table, self.date.line)
        self.setTabOrder(self.date.line, self.address)
        self.setTabOrder(self.address, self.reset_button)
        self.setTabOrder(self.reset_button, self.import_button)
        self.outcomes: dict[int, Any] = {}
        self.task = ImportTask(ctx.store, self.paths, self)
        self.found_task = FoundTask(self.paths, self)
        self.running = False
        self.started = False
        self._typed = ""  # the date as last typed, before the field rewrites it
        self._connect_signals()
        if self.paths:
            self.label.setText(
                self.tr(
                    "Check when each document was published and where it was found, then "
                    "press Import. Dates such as “on Thursday” are read from the publication "
                    "date; what you set wins over what the file says."
                )
            )
            self.table.selectRow(0)
        else:
            self.label.setText(
                self.tr("No document to import: choose .txt, .md, .html, .pdf or .docx files.")
            )
            self.import_button.setEnabled(False)
        self._on_table_selection_changed()
        self.table.setFocus()
        self._read_found()

    def _connect_signals(self) -> None:
        self.task.signals.file_started.connect(self._on_task_file_started)
        self.task.signals.file_done.connect(self._on_task_file_done)
        self.task.signals.file_failed.connect(self._on_task_file_failed)
        self.task.signals.file_stopped.connect(self._on_task_file_stopped)
        self.task.signals.finished.connect(self._on_task_finished)
        self.found_task.signals.found.connect(self._on_found_task_found)
        self.buttons.rejected.connect(self._on_buttons_rejected)
        self.import_button.clicked.connect(self.start)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.date.changed.connect(self._on_date_changed)
        self.date.invalid.connect(self._show_error)
        self.date.line.textEdited.connect(self._on_date_line_textEdited)
        self.date.button.clicked.connect(self._on_date_calendar_opened)
        self.date.calendar_key.activated.connect(self._on_date_calendar_opened)
        self.address.editingFinished.connect(self._on_address_editingFinished)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

    def _read_found(self) -> None:
        if not self.paths:
            return
        self.found_task.setAutoDelete(False)
        self.ctx.runner.slow_pool.start(self.found_task)

    # --- before the import: what each file says, what the user sets -------------------------

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def published(self, row: int) -> tuple[Any, str]:
        """The publication date the import will use for ``row`` and whence: "set", "file",
        "" (none) or "reading" (the file's metadata not read yet)."""
        if self.given[row].published is not None:
            return self.given[row].published, "set"
        found = self.found[row]
        if found is None:
            return None, "reading"
        return found.published, "file" if found.published is not None else ""

    def address_of(self, row: int) -> tuple[str | None, str]:
        """As published(), for the address."""
        if self.given[row].address is not None:
            return self.given[row].address, "set"
        found = self.found[row]
        if found is None:
            return None, "reading"
        return found.address, "file" if found.address else ""

    def _whence(self, whence: str) -> str:
        return {
            "set": self.tr("set by you"),
            "file": self.tr("from the file"),
            "reading": self.tr("reading…"),
        }.get(whence, "")

    def _show_row(self, row: int) -> None:
        day, whence = self.published(row)
        cell = self._cell(row, PUBLISHED)
        if day is not None:
            cell.setText(f"{format_short_date(day)} ({self._whence(whence)})")
        else:
            cell.setText(self._whence(whence) or self.tr("not found"))
        cell.setToolTip(cell.text())
        address, whence = self.address_of(row)
        cell = self._cell(row, ADDRESS)
        if address:
            cell.setText(address if whence == "file" else f"{address} ({self._whence(whence)})")
            cell.setToolTip(address)
        else:
            cell.setText(self._whence(whence) or self.tr("not found"))
            cell.setToolTip("")

    @Slot(object)
    def _on_found_task_found(self, found: list[importing.ReadFile | None]) -> None:
        for row, read in enumerate(found[: len(self.paths)]):
            self.found[row] = importing.Given() if read is None else read.given
            if read is not None and not self.started:  # the import does not read it again
                self.task.already[read.path] = read
            self._show_row(row)
        self._on_table_selection_changed()

    @Slot()
    def _on_table_selection_changed(self) -> None:
        rows = self._selected_rows()
        self._show_error("")
        editable = bool(rows) and not self.started
        self.date.setEnabled(editable)
        self.reset_button.setEnabled(editable)
        self.address.setEnabled(editable and len(rows) == 1)
        if not rows:
            self.selected_label.setText(
                self.tr("Select a document to set its publication date and address.")
            )
        elif len(rows) == 1:
            self.selected_label.setText(
                self.tr("{0}: what you set here wins over what the file says.").format(
                    shown_name(self.paths[rows[0]])
                )
            )
        else:
            self.selected_label.setText(
                self.tr(
                    "%n documents selected: the date you set applies to each; an address "
                    "names one document, select it alone to set it.",
                    "",
                    len(rows),
                )
            )
        days = {self.published(row)[0] for row in rows}
        self.date.set_date(days.pop() if len(days) == 1 else None)
        self._typed = ""
        address = self.address_of(rows[0])[0] if len(rows) == 1 else None
        self.address.setText(address or "")

    @Slot(str)
    def _on_date_line_textEdited(self, text: str) -> None:
        self._typed = text

    @Slot()
    def _on_date_calendar_opened(self) -> None:
        self._typed = ""  # a day picked in the calendar is a whole day

    @Slot()
    def _on_date_changed(self) -> None:
        rows = self._selected_rows()
        typed, self._typed = self._typed, ""
        day = self.date.date()
        if day is not None and typed and not _one_day(typed):
            self._show_error(
                self.tr(
                    "“{0}” is not one day: type the day the document was published, "
                    "as 3/4/2025 or 3 avril 2025."
                ).format(typed.strip())
            )
            self.date.set_date(None)
            return
        self._show_error("")
        for row in rows:
            self.given[row] = importing.Given(day, self.given[row].address)
            self._show_row(row)

    @Slot()
    def _on_address_editingFinished(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1 or self.started:
            return
        row = rows[0]
        text = self.address.text().strip()
        if text and not is_address(text):
            self._show_error(
                self.tr(
                    "“{0}” is not an address: paste the whole address of the document, "
                    "starting with https:// or http://."
                ).format(text)
            )
            return
        self._show_error("")
        self.given[row] = importing.Given(self.given[row].published, text or None)
        self._show_row(row)

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        for row in self._selected_rows():
            self.given[row] = importing.Given()
            self._show_row(row)
        self._on_table_selection_changed()

    @Slot(str)
    def _show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the date or address takes the value (editingFinished has run); it does not
        # import too: the user looks at the table first.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            self.date.line,
            self.address,
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- the import --------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Import the files, with the dates and addresses set (what the user set wins)."""
        if self.started or not self.paths:
            return
        if self.error.isVisible():  # a bad date or address still typed: said, not imported
            return
        self.started = True
        self.found_task.stop = True
        self.running = True
        self.task.given = list(self.given)
        for row in range(len(self.paths)):
            self._cell(row, RESULT).setText(self.tr("waiting"))
        # The dates and addresses used stay in the table; the results need the room.
        self.form_box.hide()
        self.import_button.hide()
        # A result's sentence is read whole: it wraps in its row, which grows to hold it, in
        # a column given most of the width (the name, date and address are in tooltips too).
        for column, width in ((FILE, 160), (PUBLISHED, 130), (ADDRESS, 130)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(
            RESULT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().sectionResized.connect(self._on_header_sectionResized)
        self.progress.show()
        self.label.setText(self.tr("Importing %n file(s)…", "", len(self.paths)))
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
        self._cell(row, RESULT).setText(self.tr("reading…"))
        self.progress.setValue(row)  # the files before it are done (shown once committed)

    @Slot(int, object)
    def _on_task_file_done(self, row: int, outcome: Any) -> None:
        self.outcomes[row] = outcome
        self._cell(row, RESULT).setText(self._result_label(outcome.status))
        # The sentence says what was added: in the interface's language, from its code.
        said = render(outcome.note) if outcome.note is not None else outcome.message
        self._cell(row, DETAILS).setText(one_line(said))
        self._cell(row, DETAILS).setToolTip(said)
        self.table.resizeRowToContents(row)
        self.progress.setValue(row + 1)

    @Slot(int, object)
    def _on_task_file_failed(self, row: int, message: Message) -> None:
        self._cell(row, RESULT).setText(self._result_label("error"))
        self._cell(row, DETAILS).setText(one_line(render(message)))
        self._cell(row, DETAILS).setToolTip(render(message))
        self.table.resizeRowToContents(row)
        self.progress.setValue(row + 1)

    @Slot(int)
    def _on_task_file_stopped(self, row: int) -> None:
        self._cell(row, RESULT).setText(self.tr("stopped"))
        self._cell(row, DETAILS).setText(
            self.tr("Stopped before it was imported: nothing of it was saved.")
        )
        self.table.resizeRowToContents(row)

    @Slot(int, int, int)
    def _on_header_sectionResized(self, column: int, _old: int, _new: int) -> None:
        if column == DETAILS:  # the dialog resized: the sentences wrap anew, once laid out
            QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

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
            self.found_task.stop = True
            self.close()


def _one_day(text: str) -> bool:
    """Whether ``text`` names one day (not a month or a year, which the field also takes)."""
    try:
        return parse_user_date(text, START) == parse_user_date(text, END)
    except DateError:
        return False
