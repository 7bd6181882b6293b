"""The preview's pages, one under the other, painted from the images the worker rendered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

GAP = 12  # grey space around each page
BACKGROUND = QColor("#8a8f96")
BORDER = QColor("#555555")


class PagesView(QWidget):
    """One widget for all the pages, drawing only those in view.

    A label per page meant dozens of widgets laid out on the GUI thread for a long note; here
    new pages cost one resize and the repaint of what is visible.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QImage] = []
        self._tops: list[int] = []  # each page's top edge
        self.resize(self.sizeHint())

    def set_pages(self, images: Sequence[QImage]) -> None:
        self._pages = list(images)
        self._tops = []
        top = GAP
        for image in self._pages:
            self._tops.append(top)
            top += image.height() + GAP
        self.resize(self.sizeHint())
        self.update()

    def page_count(self) -> int:
        return len(self._pages)

    def sizeHint(self) -> QSize:
        width = max((image.width() for image in self._pages), default=0) + 2 * GAP
        height = (self._tops[-1] + self._pages[-1].height() + GAP) if self._pages else GAP
        return QSize(width, height)

    def page_rect(self, index: int) -> QRect:
        image = self._pages[index]
        return QRect(
            (self.width() - image.width()) // 2, self._tops[index], image.width(), image.height()
        )

    def pages_in(self, area: QRect) -> list[int]:
        """The pages that ``area`` (in this widget's coordinates) shows, top to bottom."""
        return [i for i in range(len(self._pages)) if self.page_rect(i).intersects(area)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKGROUND)
        painter.setPen(BORDER)
        for index in self.pages_in(event.rect()):
            rect = self.page_rect(index)
            painter.drawImage(rect.topLeft(), self._pages[index])
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.end()
