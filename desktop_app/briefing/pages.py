"""Page templates: classification banners top and bottom, "Page X of Y", watermark, outline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.briefing import labels
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.fonts import BOLD, REGULAR
from desktop_app.briefing.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    WATERMARK,
)
from desktop_app.briefing.text import plain

BANNER_HEIGHT = 6.5 * mm
BANNER_GAP = 6 * mm  # from the paper's edge to the banner


class SectionHeading:
    """Marks a flowable as the start of a section, for the PDF outline."""

    attribute = "_chancery_outline"

    @staticmethod
    def tag(flowable: Flowable, key: str, title: str) -> Flowable:
        setattr(flowable, SectionHeading.attribute, (key, title))
        return flowable


class NumberedCanvas(Canvas):
    """Holds pages back until the end, so each can say "Page X of Y" in one pass.

    Bookmarks are recorded with their page number as the story is laid out and set while
    the pages are written out, so the outline points at the right pages.
    """

    footer: Callable[[Canvas, int, int], None] = staticmethod(lambda canvas, page, total: None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self.outline: list[tuple[int, str, str]] = []  # (page, key, title)

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        outline = self.outline
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            type(self).footer(self, number, total)
            for page, key, title in outline:
                if page == number:
                    self.bookmarkPage(key, fit="XYZ", top=None)
                    self.addOutlineEntry(title, key, level=0)
            super().showPage()
        self.showOutline()
        super().save()


def _banner(canvas: Canvas, note: NoteContent, y: float) -> None:
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    colour = colors.HexColor(note.marking.color)
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colors.white)
    canvas.setLineWidth(1.1)
    canvas.rect(MARGIN_X, y, width, BANNER_HEIGHT, stroke=1, fill=1)
    canvas.setFillColor(colour)
    canvas.setFont(BOLD, 9.5)
    canvas.drawCentredString(
        PAGE_SIZE[0] / 2, y + 2.1 * mm, plain(note.marking.text(note.language))
    )


def _watermark(canvas: Canvas, note: NoteContent) -> None:
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(BOLD, 96)
    canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -30, labels.label(note.language, "draft"))
    canvas.restoreState()


def make_page_drawer(note: NoteContent) -> Callable[[Canvas, BaseDocTemplate], None]:
    """What every page gets before its text: watermark, banners, running header."""

    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if note.draft:
            _watermark(canvas, note)
        _banner(canvas, note, PAGE_SIZE[1] - BANNER_GAP - BANNER_HEIGHT)
        _banner(canvas, note, BANNER_GAP)
        canvas.restoreState()

    return draw


def make_footer(note: NoteContent) -> Callable[[Canvas, int, int], None]:
    """The line above the bottom banner: reference and date left, "Page X of Y" right."""
    left = plain(f"{note.reference} — {labels.date(note.language, note.date)}")

    def footer(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        y = BANNER_GAP + BANNER_HEIGHT + 4 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 3.6 * mm, PAGE_SIZE[0] - MARGIN_X, y + 3.6 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(
            PAGE_SIZE[0] - MARGIN_X,
            y,
            labels.label(note.language, "page", page=str(page), total=str(total)),
        )
        canvas.restoreState()

    return footer


class NoteDocument(BaseDocTemplate):
    """A4 portrait, one frame; records section starts for the outline."""

    def __init__(self, target: Any, note: NoteContent, **metadata: Any) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            # Without this every page names Helvetica, a font the note never uses or embeds.
            initialFontName=REGULAR,
            **metadata,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            PAGE_SIZE[0] - 2 * MARGIN_X,
            PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("note", [frame], onPage=make_page_drawer(note))])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        mark = getattr(flowable, SectionHeading.attribute, None)
        if mark is not None:
            key, title = mark
            self.canv.outline.append((self.page, key, title))
