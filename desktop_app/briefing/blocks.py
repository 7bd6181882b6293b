"""Building blocks of the note's sections: headings, bullets, "none", table cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from desktop_app.briefing import labels
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.pages import SectionHeading
from desktop_app.briefing.styles import Styles
from desktop_app.briefing.text import esc
from desktop_app.services.views import CommitmentView

HEADING_ROOM = 28 * mm  # a heading and a few lines of its section


class CellParagraph(Paragraph):
    """A table cell's paragraph that lays its lines out once per width.

    A long table is measured again each time it is split across a page; without this the
    same cells would be re-broken on every page (quadratic in the number of pages).
    """

    _laid_out: tuple[float, tuple[float, float], Any, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        cached = self._laid_out
        if cached is not None and cached[0] == availWidth:
            self.width, self.height = cached[1]
            self.blPara, self._wrapWidths = cached[2], cached[3]
            return cached[1]
        size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size, self.blPara, self._wrapWidths)
        return size


def heading(note: NoteContent, styles: Styles, key: str) -> list[Flowable]:
    """A section's heading, moved to the next page rather than left alone at a page's foot.

    A page break on a condition, not keepWithNext: that would measure the whole section
    (a table of hundreds of rows) again at every try.
    """
    title = labels.label(note.language, key)
    return [
        CondPageBreak(HEADING_ROOM),
        SectionHeading.tag(Paragraph(esc(title), styles.heading), key, title),
    ]


def none(note: NoteContent, styles: Styles) -> Paragraph:
    return Paragraph(esc(labels.label(note.language, "none")), styles.body)


def bullets(items: Sequence[str], styles: Styles, *, numbered: bool = False) -> list[Flowable]:
    return [
        Paragraph(esc(text), styles.bullet, bulletText=f"{i}." if numbered else "•")
        for i, text in enumerate(items, start=1)
    ]


def aside(markup: str) -> str:
    """A small grey second line in a table cell (``markup`` is already escaped)."""
    return f"<br/><font size=7 color='#555555'>{markup}</font>"


def parties(item: CommitmentView) -> str:
    return ", ".join(p.name for p in item.parties)
