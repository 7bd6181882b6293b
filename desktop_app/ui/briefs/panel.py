"""The list of earlier briefs, with "Open" (the PDF as saved) and "What changed" since each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.briefing.content import Changes, Marking
from desktop_app.services import briefs, classification
from desktop_app.services.store import Store
from desktop_app.ui import i18n
from desktop_app.ui.briefs.worker import JobQueue
from desktop_app.ui.record_table import record_table, selected_row

if TYPE_CHECKING:
    from desktop_app.ui.briefs.viewer import PdfViewer

COLUMNS = ("date", "reference", "title", "classification", "language", "pages")


def _levels() -> tuple[Marking, ...]:
    """The classification levels, to name a brief's in the interface's language (the
    default ones if the ministry's list cannot be read: the composer says why)."""
    try:
        return classification.load_levels()
    except classification.ClassificationError:
        return classification.DEFAULT_LEVELS


class BriefsPanel(QWidget):
    """Earlier briefs, newest first. Double-click or "Open" opens the PDF."""

    changes_ready = Signal(str)  # the "what changed" text, also shown in a message box

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._queue = JobQueue(self)
        self._rows: list[briefs.BriefView] = []
        self.show_dialogs = True  # tests read the text from changes_ready instead
        self.last_changes = ""

        self.table = record_table(
            [
                self.tr("Date"),
                self.tr("Reference"),
                self.tr("Title"),
                self.tr("Classification"),
                self.tr("Language"),
                self.tr("Pages"),
            ],
            self,
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            self.tr("No briefs yet: select meetings and press Ctrl+E to compose one.")
        )
        self.open_button = QPushButton(self.tr("&Open"))
        self.changes_button = QPushButton(self.tr("&What changed"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.changes_button)
        buttons.addStretch()
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_buttons()
        self.refresh()

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.changes_button.clicked.connect(self._on_changes_button_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self._on_table_item_double_clicked)
        # Enter opens the brief in focus, as a double-click does (the keyboard had no way).
        self._open_keys = []
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_open_button_clicked)
            self._open_keys.append(shortcut)
        self._queue.failed.connect(self._on_job_failed)

    # --- jobs ---------------------------------------------------------------------------

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._queue.start(lambda _progress: work(), done)

    @Slot(int, str)
    def _on_job_failed(self, _number: int, message: str) -> None:
        self._say(self.tr("Briefs"), message)

    def wait_idle(self, msecs: int = 30000) -> bool:
        return self._queue.wait_idle(msecs)

    # --- the list -----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        store = self.store
        self._start(lambda: (briefs.list_briefs(store), _levels()), self._fill)

    def _fill(self, found: Any) -> None:
        rows, levels = found
        self._rows = list(rows)
        self.table.setRowCount(len(self._rows))
        language = i18n.language()
        for r, brief in enumerate(self._rows):
            level = classification.find_level(levels, brief.classification)
            values = (
                i18n.format_datetime(brief.generated_at),
                brief.reference,
                brief.title,
                level.text(language) if level is not None else brief.classification,
                self._language_name(brief.language),
                str(brief.pages or ""),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, brief.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty_label.setVisible(not self._rows)
        self._update_buttons()

    def _language_name(self, code: str) -> str:
        return {"fr": self.tr("French"), "en": self.tr("English")}.get(code, code.upper())

    def brief_count(self) -> int:
        return len(self._rows)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected(self) -> briefs.BriefView | None:
        row = selected_row(self.table)
        return self._rows[row] if row is not None else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.changes_button.setEnabled(chosen)

    # --- open and what changed -----------------------------------------------------------

    @Slot()
    def _on_table_item_double_clicked(self) -> None:
        self._on_open_button_clicked()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        brief = self._selected()
        if brief is None:
            return
        problem = briefs.verify_file(brief)
        if problem:
            self._say(self.tr("Open brief"), problem)
            return
        path = Path(str(brief.file_name))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_in_chancery(path)

    def show_in_chancery(self, path: Path) -> PdfViewer | None:
        """No PDF viewer took the file: its pages in Chancery's own window, or why not."""
        from desktop_app.ui.briefs.viewer import PdfViewer

        try:
            viewer = PdfViewer(path, self)
        except Exception as exc:  # noqa: BLE001 - whatever PDFium raises on a PDF it cannot read is said
            self._say(
                self.tr("Open brief"),
                self.tr("No PDF viewer opened {0}, and Chancery cannot show it: {1}").format(
                    path, exc
                ),
            )
            return None
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        self.viewer = viewer
        return viewer

    @Slot()
    def _on_changes_button_clicked(self) -> None:
        brief = self._selected()
        if brief is None:
            return
        store = self.store
        self._start(
            lambda: briefs.changes_since(store, brief.id),
            lambda changes: self._show_changes(brief, changes),
        )

    def _show_changes(self, brief: briefs.BriefView, changes: Changes) -> None:
        lines = [
            self.tr("Since brief {0} of {1}:").format(
                brief.reference, f"{brief.generated_at:%Y-%m-%d}"
            )
        ]
        lines += [self.tr("• New meeting: {0}").format(t) for t in changes.new_meetings]
        lines += [self.tr("• New commitment: {0}").format(t) for t in changes.new_commitments]
        lines += [
            self.tr("• Status changed: {0} ({1} → {2})").format(s.text, s.old, s.new)
            for s in changes.status_changes
        ]
        if changes.empty:
            lines.append(self.tr("Nothing has changed."))
        self.last_changes = "\n".join(lines)
        self.changes_ready.emit(self.last_changes)
        self._say(self.tr("What changed"), self.last_changes)

    def _say(self, title: str, text: str) -> None:
        if self.show_dialogs:
            QMessageBox.information(self, title, text)
