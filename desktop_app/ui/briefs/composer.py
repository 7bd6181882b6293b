"""The brief composer: the note's header and contents, a live preview, Save as PDF and Print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPalette, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.briefing.content import Marking
from desktop_app.services import briefs, classification
from desktop_app.services.store import Store
from desktop_app.ui import i18n
from desktop_app.ui.briefs.preview import PagesView
from desktop_app.ui.briefs.render import page_images, print_pdf
from desktop_app.ui.briefs.worker import JobQueue, Work, layout_in_helper, preview

PREVIEW_DPI = 72
PREVIEW_DELAY_MS = 400


class BriefComposer(QDialog):
    """Compose a briefing note on the given meetings; Ctrl+S saves it, Ctrl+P prints it."""

    saved = Signal(object)  # the BriefView of a note saved and recorded

    def __init__(
        self, store: Store, meeting_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting_ids = tuple(meeting_ids)
        self.setWindowTitle(self.tr("Export brief"))
        self.resize(1180, 820)
        self._queue = JobQueue(self)  # one build at a time, in the order asked
        self._pool = self._queue.pool  # idle when no build runs (the benchmark waits on it)
        self._preview_number = 0
        self._save_number = 0
        self._pdf: bytes | None = None
        self._points_edited = False
        self._filling = False
        self.last_saved: briefs.BriefView | None = None
        try:
            self._levels: tuple[Marking, ...] = classification.load_levels()
            level_problem = ""
        except classification.ClassificationError as exc:
            self._levels, level_problem = classification.DEFAULT_LEVELS, str(exc)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._build_widgets()
        self._connect_signals()
        if level_problem:
            self._show_problem(level_problem)
        self._load_choices()

    # --- widgets ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.title_edit = QLineEdit()
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setPlaceholderText(self.tr("What the reader must know or decide"))
        self.purpose_edit.setFixedHeight(60)
        self.audience_edit = QLineEdit()
        self.prepared_for_edit = QLineEdit()
        self.prepared_by_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("none (not written in the file)"))
        self.classification_box = QComboBox()
        self.classification_box.addItem(self.tr("Highest level contained"), None)
        for level in self._levels:
            self.classification_box.addItem(f"{level.en} / {level.fr}", level.keyword)
        self.language_box = QComboBox()
        self.language_box.addItem("Français", "fr")
        self.language_box.addItem("English", "en")
        # The note is written in the reader's language unless they choose the other one.
        self.language_box.setCurrentIndex(self.language_box.findData(i18n.language()))
        self.draft_check = QCheckBox(self.tr("Mark every page DRAFT / PROJET"))
        # Optional parts of the note (BRIEF-FORMAT.md): only when the user asks for them.
        self.decision_check = QCheckBox(self.tr("Add a “Decision requested” section"))
        self.decision_edit = QPlainTextEdit()
        self.decision_edit.setPlaceholderText(self.tr("The decision the reader is asked to take"))
        self.decision_edit.setFixedHeight(50)
        self.decision_edit.setEnabled(False)
        self.sign_off_check = QCheckBox(self.tr("End with an approval block to sign"))
        self.points_edit = QPlainTextEdit()
        self.points_edit.setPlaceholderText(self.tr("One talking point per line"))
        # Tab goes on to the next field, as in any form: typed into the note, it was a trap
        # for the keyboard (and a tab character printed in the purpose).
        for area in (self.purpose_edit, self.decision_edit, self.points_edit):
            area.setTabChangesFocus(True)
        self.notes_list = QListWidget()
        self.notes_list.setMaximumHeight(130)
        self.notes_list.setWordWrap(True)
        self.notes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("P&urpose"), self.purpose_edit)
        form.addRow(self.tr("&Audience"), self.audience_edit)
        form.addRow(self.tr("Prepared &for"), self.prepared_for_edit)
        form.addRow(self.tr("Prepared &by"), self.prepared_by_edit)
        form.addRow(self.tr("&Classification"), self.classification_box)
        form.addRow(self.tr("&Language"), self.language_box)
        form.addRow("", self.draft_check)
        form.addRow("", self.decision_check)
        form.addRow(self.tr("&Decision"), self.decision_edit)
        form.addRow("", self.sign_off_check)
        form.addRow(self.tr("Talking &points"), self.points_edit)
        form.addRow(self.tr("Reader's &notes"), self.notes_list)
        form.addRow(self.tr("Author (PDF)"), self.author_edit)
        left = QWidget()
        left.setLayout(form)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.problem_label.hide()
        # Characters that will print as a replacement mark: said, never blocking (no dialog).
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a5a00;")
        self.warning_label.hide()
        self.status_label = QLabel(self.tr("Building the preview…"))
        self.pages_view = PagesView()
        scroll = QScrollArea()
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        scroll.setWidget(self.pages_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.problem_label)
        right_layout.addWidget(self.warning_label)
        right_layout.addWidget(self.status_label)
        right_layout.addWidget(scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 740])

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 3)
        self.progress_bar.hide()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_ready(False)

    def _connect_signals(self) -> None:
        for edit in (
            self.title_edit,
            self.audience_edit,
            self.prepared_for_edit,
            self.prepared_by_edit,
            self.author_edit,
        ):
            edit.textChanged.connect(self._on_field_changed)
        self.purpose_edit.textChanged.connect(self._on_field_changed)
        self.points_edit.textChanged.connect(self._on_points_edit_changed)
        self.classification_box.currentIndexChanged.connect(self._on_field_changed)
        self.language_box.currentIndexChanged.connect(self._on_language_box_changed)
        self.draft_check.toggled.connect(self._on_field_changed)
        self.decision_check.toggled.connect(self.decision_edit.setEnabled)
        self.decision_check.toggled.connect(self._on_field_changed)
        self.decision_edit.textChanged.connect(self._on_field_changed)
        self.sign_off_check.toggled.connect(self._on_field_changed)
        self.notes_list.itemChanged.connect(self._on_field_changed)
        self._timer.timeout.connect(self.refresh_preview)
        self._queue.failed.connect(self._on_job_failed)
        self._queue.progress.connect(self._on_job_progress)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)

    # --- what the user asked for ----------------------------------------------------------

    def request(self, *, with_points: bool = True) -> briefs.BriefRequest:
        notes = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.notes_list.item(i) for i in range(self.notes_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        points = tuple(p for p in self.points_edit.toPlainText().splitlines() if p.strip())
        return briefs.BriefRequest(
            meeting_ids=self.meeting_ids,
            title=self.title_edit.text(),
            purpose=self.purpose_edit.toPlainText(),
            audience=self.audience_edit.text(),
            prepared_for=self.prepared_for_edit.text(),
            prepared_by=self.prepared_by_edit.text(),
            author=self.author_edit.text(),
            classification=self.classification_box.currentData(),
            language=str(self.language_box.currentData()),
            draft=self.draft_check.isChecked(),
            talking_points=points if with_points else None,
            annotation_ids=notes,
            decision=(self.decision_edit.toPlainText() if self.decision_check.isChecked() else ""),
            sign_off=self.sign_off_check.isChecked(),
        )

    # --- jobs ---------------------------------------------------------------------------

    def _start(self, work: Work, done: Callable[[Any], None]) -> int:
        return self._queue.start(work, done)

    @Slot(int, str)
    def _on_job_failed(self, number: int, message: str) -> None:
        if number == self._save_number:  # the preview still stands
            self.progress_bar.hide()
            self._show_problem(message)
            self._set_ready(self._pdf is not None)
            return
        if number < self._preview_number:
            return  # an older job; the newer preview will say how things stand
        self.progress_bar.hide()
        self._set_ready(False)
        self._pdf = None
        self._show_problem(message)
        self.status_label.setText(self.tr("The note cannot be made as it is set:"))

    @Slot(int, int, int, str)
    def _on_job_progress(self, _number: int, done: int, total: int, _stage: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Wait for the running jobs (for tests and on close)."""
        return self._queue.wait_idle(msecs)

    # --- loading choices, preview -------------------------------------------------------

    def _load_choices(self) -> None:
        base = self.request(with_points=False)
        store = self.store

        def work(_progress: Callable[[int, int, str], None]) -> Any:
            choices = briefs.annotation_choices(store, base)
            note = briefs.collect(store, base)
            last = next(iter(briefs.list_briefs(store)), None)
            return choices, note.title, note.talking_points, last

        self._start(work, self._on_choices_loaded)

    def _on_choices_loaded(self, result: Any) -> None:
        choices, title, points, last = result
        self._filling = True
        # Prepared for / by: as on the last brief, unless the user has typed them already.
        if last is not None:
            for edit, value in (
                (self.prepared_for_edit, last.prepared_for),
                (self.prepared_by_edit, last.prepared_by),
            ):
                if not edit.text():
                    edit.setText(value)
        self.title_edit.setPlaceholderText(title)
        self.notes_list.clear()
        for choice in choices:
            # Cut words end in "…" (a word cut short read as a typing error); whole in the tooltip.
            text = f"{_shortened(choice.annotation.body, 90)} — {_shortened(choice.target, 50)}"
            item = QListWidgetItem(text)
            item.setToolTip(choice.annotation.body)
            item.setData(Qt.ItemDataRole.UserRole, choice.annotation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.checked else Qt.CheckState.Unchecked)
            self.notes_list.addItem(item)
        if not self._points_edited:
            self.points_edit.setPlainText("\n".join(points))
        self._filling = False
        self.refresh_preview()

    @Slot()
    def _on_field_changed(self) -> None:
        if not self._filling:
            self._timer.start()

    @Slot()
    def _on_points_edit_changed(self) -> None:
        if not self._filling:
            self._points_edited = True
            self._timer.start()

    @Slot()
    def _on_language_box_changed(self) -> None:
        if self._points_edited:
            self._timer.start()
        else:  # suggestions follow the language until the user writes their own
            self._load_choices()

    @Slot()
    def refresh_preview(self) -> None:
        """Build the note as it stands and show its pages (stale results are dropped)."""
        self._timer.stop()
        request = self.request()
        store = self.store
        self.status_label.setText(self.tr("Building the preview…"))

        number = self._queue.next_number()

        def stale() -> bool:
            return number != self._preview_number

        def work(_progress: Callable[[int, int, str], None]) -> Any:
            if stale():
                return None  # the user changed something since: skip to the newer preview
            built = preview(store, request, should_stop=stale)
            if built is None:
                return None
            return built.data, page_images(built.data, PREVIEW_DPI), built.replaced

        # Set before the job starts: the job compares against it from its own thread.
        self._preview_number = number
        self._start(work, lambda result: self._on_preview_ready(number, result))

    def _on_preview_ready(self, number: int, result: Any) -> None:
        if number != self._preview_number or result is None:
            return  # a newer preview is on its way
        data, images, replaced = result
        self._pdf = data
        self._show_pages(images)
        self._show_problem("")
        self._show_replaced(replaced)
        self.status_label.setText(
            self.tr("1 page") if len(images) == 1 else self.tr("{0} pages").format(len(images))
        )
        self._set_ready(True)

    def _show_pages(self, images: list[QImage]) -> None:
        """Show the pages the worker rendered: one resize and a repaint of what is in view."""
        self.pages_view.set_pages(images)

    def page_count(self) -> int:
        return self.pages_view.page_count()

    def _show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    def _show_replaced(self, replaced: Sequence[briefs.Replacement]) -> None:
        """Which characters no font of the note has, and where: they print as a mark."""
        seen: dict[tuple[str, str], briefs.Replacement] = {}
        for item in replaced:
            seen.setdefault((item.char, item.where), item)
        lines = [
            self.tr("{0} ({1}) in “{2}” has no glyph in the note's fonts: it prints as �.").format(
                item.char, item.code, item.where
            )
            for item in seen.values()
        ]
        self.warning_label.setText("\n".join(lines))
        self.warning_label.setVisible(bool(lines))

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # --- save and print -----------------------------------------------------------------

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"brief-{dt.date.today():%Y-%m-%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save brief as PDF"), str(Path(folder) / name), self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def save_to(self, path: str) -> None:
        """Build, write and record the note at ``path`` in a worker, showing progress."""
        request = self.request()
        store = self.store
        self._set_ready(False)
        self.progress_bar.setValue(0)
        self.progress_bar.show()

        def work(progress: Callable[[int, int, str], None]) -> Any:
            # Laid out by the helper process, as the preview is: the window keeps its GIL.
            return briefs.export_brief(
                store, request, path, progress=progress, layout=layout_in_helper
            )

        self._save_number = self._start(work, self._on_saved)

    def _on_saved(self, view: Any) -> None:
        self.progress_bar.hide()
        self._set_ready(True)
        self.last_saved = view
        self.status_label.setText(
            self.tr("Saved {0} to {1}").format(view.reference, view.file_name)
        )
        self.saved.emit(view)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        if self._pdf is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Stop"), 0, 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def on_page(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        print_pdf(self._pdf, printer, on_page)
        progress.close()

    def done(self, result: int) -> None:
        self._timer.stop()
        self._queue.stop()
        super().done(result)


def _shortened(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with "…" if longer."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
