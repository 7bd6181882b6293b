"""A saved brief's pages in Chancery's own window, where the system has no PDF viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.ui.briefs.preview import PagesView
from desktop_app.ui.briefs.render import page_images

# PySide6-Essentials has no QtPdf module: the pages are drawn by PDFium (pypdfium2), as the
# composer's preview is.
VIEW_DPI = 96


class PdfViewer(QDialog):
    """The PDF as saved, page under page; PgUp/PgDn and the arrows scroll, Esc closes."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Brief — {0}").format(path.name))
        self.pages_view = PagesView()
        self.pages_view.set_pages(page_images(path.read_bytes(), VIEW_DPI))
        scroll = QScrollArea(self)
        scroll.setWidget(self.pages_view)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setAccessibleName(self.tr("Pages of the brief"))
        self.pages_area = scroll
        where = QLabel(
            self.tr("Shown by Chancery (no PDF viewer answered): {0}").format(path), self
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(self.pages_view.sizeHint().width() + 60, 760)
        scroll.setFocus()

    def page_count(self) -> int:
        return self.pages_view.page_count()
