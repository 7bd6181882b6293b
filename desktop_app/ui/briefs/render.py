"""PDF pages as images (pypdfium2) for the preview, and printing them through QPrinter."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72
# PDFium is not thread-safe: previews render in workers, printing on the GUI thread, so every
# use goes through this lock, and every PDFium object is closed in the thread that made it
# (left to the garbage collector, it would be freed from whatever thread runs it).
_PDFIUM = threading.Lock()
# Pixels in the layout of Qt's RGB32 (B, G, R, x in memory on a little-endian machine), so
# that turning a page into a pixmap on the GUI thread copies it without converting it.
if sys.byteorder == "little":
    _BITMAP_FORMAT: dict[str, bool] = {"prefer_bgrx": True}
    _QT_FORMAT = QImage.Format.Format_RGB32
else:
    _BITMAP_FORMAT = {"rev_byteorder": True}
    _QT_FORMAT = QImage.Format.Format_RGB888


def page_images(data: bytes, dpi: float, pages: range | None = None) -> list[QImage]:
    """The pages of a PDF as images at ``dpi``; safe in a worker thread (QImage, not QPixmap)."""
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            images = []
            for index in pages if pages is not None else range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, **_BITMAP_FORMAT)
                try:
                    image = QImage(
                        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _QT_FORMAT
                    )
                    images.append(image.copy())  # our own pixels, before the bitmap goes
                finally:
                    bitmap.close()
                    page.close()
            return images
        finally:
            document.close()


def page_count(data: bytes) -> int:
    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


def print_pdf(
    data: bytes, printer: QPrinter, on_page: Callable[[int, int], bool] | None = None
) -> bool:
    """Print every page (or the printer's page range) to ``printer``; False if stopped."""
    total = page_count(data)
    first, last = printer.fromPage(), printer.toPage()
    numbers = range(first - 1, last) if first > 0 and last >= first else range(total)
    numbers = range(max(0, numbers.start), min(total, numbers.stop))
    dpi = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for position, index in enumerate(numbers):
            if on_page is not None and not on_page(position, len(numbers)):
                return False
            if position:
                printer.newPage()
            image = page_images(data, dpi, range(index, index + 1))[0]
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
