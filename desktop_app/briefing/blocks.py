"""Building blocks of the note's sections: headings, bullets, "none", who committed."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from desktop_app.briefing import labels, names
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.pages import SectionHeading
from desktop_app.briefing.styles import FRAME_WIDTH, Styles
from desktop_app.briefing.text import esc, para
from domain.views import CommitmentView

HEADING_ROOM = 28 * mm  # a heading and a few lines of its section


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
        para("{0}", styles.bullet, text, bullet=f"{i}." if numbered else "•", width=FRAME_WIDTH)
        for i, text in enumerate(items, start=1)
    ]


def parties(item: CommitmentView, language: str) -> str:
    """Who made a commitment, named in the note's language (Russie → Russia)."""
    return names.actors(language, item.parties)
