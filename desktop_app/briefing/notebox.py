"""A reader's note in the brief: its label and its words in a yellow box with a bar on the left."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from desktop_app.briefing.lines import Words
from desktop_app.briefing.styles import NOTE_BAR, NOTE_FILL

# The box's look, as a two-row ReportLab Table drew it (tests/briefing/test_layout.py compares).
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 6.0, 6.0, 3.0, 4.0
BAR = 2.5


class NoteBox(Flowable):
    """What ``Table([[label], [body]], colWidths=[width])`` drew for a reader's note, for less.

    A note of a hundred pages holds dozens of reader's notes; a Table each, with its style
    commands and cell machinery, cost more than the words in them. Like that table, the box
    parts between its rows at a page's foot, each part boxed, and never inside a row.
    """

    def __init__(self, rows: list[Paragraph], width: float) -> None:
        super().__init__()
        self.rows = rows
        self.width = width
        self._heights: list[float] | None = None

    def _measure(self) -> list[float]:
        if self._heights is None:
            inner = self.width - PAD_LEFT - PAD_RIGHT
            self._heights = [p.wrap(inner, 0x7FFFFFFF)[1] + PAD_TOP + PAD_BOTTOM for p in self.rows]
        return self._heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = sum(self._measure())
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        heights = self._measure()
        fit, used = 0, 0.0
        for h in heights:  # Table's rule: a row fits if the rows above and it fit
            if used + h > availHeight:
                break
            used += h
            fit += 1
        if fit == 0:
            return []
        if fit == len(self.rows):
            return [self]
        return [NoteBox(self.rows[:fit], self.width), NoteBox(self.rows[fit:], self.width)]

    def draw(self) -> None:
        canvas = self.canv
        heights = self._measure()
        canvas.saveState()
        canvas.setFillColor(NOTE_FILL)
        canvas.rect(0, self.height, self.width, -self.height, stroke=0, fill=1)
        words = Words()
        top = self.height
        for paragraph, height in zip(self.rows, heights, strict=True):
            words.paragraph(paragraph, PAD_LEFT, top - PAD_TOP)
            top -= height
        words.draw(canvas)
        canvas.saveState()
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(NOTE_BAR)
        canvas.setLineWidth(BAR)
        canvas.line(0, self.height, 0, 0)
        canvas.restoreState()
        canvas.restoreState()
