"""Paragraphs drawn as their lines, many to a text object, not one object each."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

Piece = tuple[str, float, Color, str]  # font, size, colour, text: a run of a mixed line


class Words:
    """Words gathered by font and colour, drawn in one text object each.

    A paragraph drawn on its own costs a saved graphics state, a move and a text object of
    its own; a one-style, left-aligned paragraph is only its lines, each put where
    ReportLab's Paragraph.draw puts it (same words, same origin, same word spacing).
    """

    def __init__(self) -> None:
        self.runs: dict[tuple[str, float, Color], list[tuple[float, float, str, float]]] = {}
        self.canvas_drawn: list[tuple[Paragraph, float, float]] = []  # the others, as they are
        self.lines: list[tuple[float, float, list[Piece], float]] = []  # lines of several looks

    def add(
        self, font: str, size: float, colour: Color, x: float, y: float, text: str, space: float = 0
    ) -> None:
        self.runs.setdefault((font, size, colour), []).append((x, y, text, space))

    def mixed(self, x: float, y: float, pieces: list[Piece], space: float = 0) -> None:
        """A line of several looks, its runs one after the other as Paragraph draws them."""
        self.lines.append((x, y, pieces, space))

    def paragraph(self, paragraph: Paragraph, left: float, top: float) -> None:
        """``paragraph`` (wrapped) with its top left corner at (left, top)."""
        place = getattr(paragraph, "place_on", None)  # runs.RunParagraph places itself
        if place is not None and place(self, left, top):
            return
        lines = getattr(paragraph, "blPara", None)
        style = paragraph.style
        if (
            lines is None
            or lines.kind != 0
            or style.alignment != TA_LEFT
            or style.firstLineIndent
            or paragraph.bulletText
            or any(frag.us_lines or frag.link for frag in paragraph.frags)
        ):
            self.canvas_drawn.append((paragraph, left, top - paragraph.height))
            return
        x, y = left + style.leftIndent, top - lines.fontSize
        for extra, line in lines.lines:
            text = " ".join(line)
            space = 0.0
            if extra <= -1e-8:  # a line a little too long: Paragraph closes up its spaces
                gaps = len(line) + text.count("\xa0") - 1
                space = extra / gaps if gaps > 0 else 0.0
            self.add(lines.fontName, lines.fontSize, lines.textColor, x, y, text, space)
            y -= style.leading

    def draw(self, canvas: Canvas) -> None:
        for paragraph, x, y in self.canvas_drawn:
            paragraph.drawOn(canvas, x, y)
        for (font, size, colour), runs in self.runs.items():
            canvas.setFillColor(colour)
            text = canvas.beginText()
            text.setFont(font, size)
            for x, y, words, space in runs:
                text.setTextOrigin(x, y)
                if space:
                    text.setWordSpace(space)
                # Paragraph's "cheap textOut": the words, without measuring them to move a
                # cursor that the next setTextOrigin sets anyway.
                text._textOut(words)
                if space:
                    text.setWordSpace(0)
            canvas.drawText(text)
        if self.lines:
            # The runs of a line follow each other in one text object, as in Paragraph's:
            # each starts where the one before ends, by the font's own advance widths.
            text = canvas.beginText()
            look: tuple[str, float] | None = None
            fill: Color | None = None
            for x, y, pieces, space in self.lines:
                text.setTextOrigin(x, y)
                if space:
                    text.setWordSpace(space)
                for font, size, colour, words in pieces:
                    if look != (font, size):
                        look = (font, size)
                        text.setFont(font, size)
                    if fill is None or fill != colour:
                        fill = colour
                        text.setFillColor(colour)
                    text._textOut(words)
                if space:
                    text.setWordSpace(0)
            canvas.drawText(text)
