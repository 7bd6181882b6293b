"""A source's full text with a passage highlighted; a selected passage can carry a note."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.i18n import format_date
from domain.views import SourceView

HIGHLIGHT = QColor("#ffe58a")


def qt_offset(text: str, offset: int) -> int:
    """Python counts code points, Qt counts UTF-16 units: convert so highlights land right."""
    return len(text[:offset].encode("utf-16-le")) // 2


def py_offset(text: str, qt_position: int) -> int:
    units = 0
    for index, char in enumerate(text):
        if units >= qt_position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class SourceViewer(QWidget):
    """Shows ``SourceView.text``; ``note_on_passage`` asks for a note on the selection."""

    note_on_passage = Signal(int, int, int)  # source id, start, end (Python offsets)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: SourceView | None = None
        self._center_at: int | None = None  # a passage to bring to the middle once shown
        self.title = QLabel(self.tr("Choose “passage” next to an item to see where it came from."))
        self.title.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Source text"))
        self.note_button = QPushButton(self.tr("Note on selected passage"), self)
        self.note_button.setEnabled(False)
        self.note_button.setAccessibleName(self.tr("Add a note on the selected passage"))
        # The title on the pane's whole width (beside the button, a narrow pane wrapped it into
        # a column of single words); the button under the text the user selects for it.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.text.selectionChanged.connect(self._on_text_selectionChanged)
        self.note_button.clicked.connect(self._on_note_button_clicked)

    def show_source(
        self, source: SourceView, start: int | None = None, end: int | None = None
    ) -> None:
        self.source = source
        s = source.summary
        meta = ", ".join(filter(None, [s.publisher, format_date(s.published_on)]))
        self.title.setText(f"<b>{_escape(s.title)}</b>" + (f" — {_escape(meta)}" if meta else ""))
        self.text.setPlainText(source.text)
        self.text.setExtraSelections([])
        if start is not None and end is not None:
            self.highlight(start, end)

    def clear(self, hint: bool = False) -> None:
        """Empty the viewer: with ``hint``, say how to fill it, else that there is no passage."""
        self.source = None
        self._center_at = None
        self.title.setText(
            self.tr("Choose “passage” next to an item to see where it came from.")
            if hint
            else self.tr("This item has no source passage.")
        )
        self.text.clear()

    def highlight(self, start: int, end: int) -> None:
        if self.source is None:  # no passage shown: nothing to mark
            return
        text = self.source.text
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(qt_offset(text, start))
        cursor.setPosition(qt_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selection.format = fmt
        selection.cursor = cursor
        self.text.setExtraSelections([selection])
        # The passage in the middle of the view, its first line first. While the viewer is
        # hidden (behind the Notes tab) its viewport is not laid out: done once it shows.
        self._center_at = qt_offset(text, start)
        if self.isVisible():
            QTimer.singleShot(0, self._center_passage)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._center_at is not None:
            QTimer.singleShot(0, self._center_passage)

    def _center_passage(self) -> None:
        if self._center_at is None or not self.isVisible():
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(self._center_at, self.text.document().characterCount() - 1))
        self._center_at = None
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def highlighted_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if self.source is None or not cursor.hasSelection():
            return None
        text = self.source.text
        return py_offset(text, cursor.selectionStart()), py_offset(text, cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select a passage as the reader would with the mouse (tests, keyboard users)."""
        if self.source is None:  # no passage shown: nothing to select
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(qt_offset(self.source.text, start))
        cursor.setPosition(qt_offset(self.source.text, end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    @Slot()
    def _on_text_selectionChanged(self) -> None:
        self.note_button.setEnabled(self.selected_range() is not None)

    @Slot()
    def _on_note_button_clicked(self) -> None:
        selected = self.selected_range()
        if selected is not None and self.source is not None:
            self.note_on_passage.emit(self.source.summary.id, *selected)


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
