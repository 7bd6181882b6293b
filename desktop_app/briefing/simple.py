"""One-style paragraphs broken into lines as ReportLab breaks them, with word widths kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Paragraph

from desktop_app.briefing.widths import ODD, SPACES, ascent_descent, known_widths, measure


def _lines(paragraph: Paragraph, widths: list[float]) -> Any:
    """ReportLab's Paragraph.breakLines for one fragment of plain text, to the letter (its
    sums in its order, its space shrinking); None where it would do more (cut a word too
    long for its line, hyphenate, reorder right-to-left words)."""
    style = paragraph.style
    frags = paragraph.frags
    if (
        len(frags) != 1
        or style.wordWrap
        or style.shaping
        or style.endDots
        or style.hyphenationLang
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
    ):
        return None
    frag = frags[0]
    text = getattr(frag, "text", None)
    if (
        not isinstance(text, str)
        or hasattr(frag, "cbDefn")
        or hasattr(frag, "backColor")
        or ODD.search(text)
    ):
        return None
    bullet = paragraph.bulletText
    if bullet:  # ReportLab's _handleBulletWidth (on the same list, as it does)
        if not isinstance(bullet, str):
            return None
        used = style.bulletIndent + measure(bullet, style.bulletFontName, style.bulletFontSize)
        used += 0.6 * style.bulletFontSize
        indent = style.leftIndent + style.firstLineIndent
        if used > indent:
            widths[0] -= used - indent
    paragraph._width_max = 0
    paragraph.height = 0
    paragraph._splitLongWordCount = paragraph._hyphenations = 0
    font, size = frag.fontName, frag.fontSize
    ascent, descent = ascent_descent(font, size)
    text = text.strip(" ")
    if not text:
        return frag.clone(kind=0, lines=[], ascent=ascent, descent=descent, fontSize=size)
    lines = _break(paragraph, SPACES.split(text), widths, font, size)
    if lines is None:
        return None
    return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


def _break(
    paragraph: Paragraph, words: Sequence[str], widths: list[float], font: str, size: float
) -> list[tuple[float, list[str]]] | None:
    known = known_widths(font, size)
    space = measure(" ", font, size)
    shrink = paragraph.style.spaceShrinkage * space
    split_long = paragraph.style.splitLongWords
    last = len(widths) - 1
    number = 0
    width = widths[0]
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    current = -space  # ReportLab's: no space before the first word
    widest = 0.0
    for word in words:
        word_width = known.get(word)
        if word_width is None:
            word_width = measure(word, font, size)
        new = current + space + word_width
        limit = width + shrink * len(line)
        if new > limit and split_long and word_width > widths[min(number, last)]:
            return None  # ReportLab cuts the word: Paragraph does it
        if new <= limit or not line:
            line.append(word)
            current = new
        else:
            if current > widest:
                widest = current
            lines.append((width - current, line))
            line = [word]
            current = word_width
            number += 1
            width = widths[min(number, last)]
    if line:
        if current > widest:
            widest = current
        lines.append((width - current, line))
    paragraph._width_max = widest
    return lines


class PlainParagraph(Paragraph):
    """A Paragraph of one fragment whose lines are found faster, the same lines (the same
    ParaLines ReportLab makes: its split, draw and lines.Words read them as ever)."""

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - ReportLab's name
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        found = _lines(self, widths)
        if found is None:
            return super().breakLines(width)
        if isinstance(width, list):
            width[:] = widths  # the bullet's narrowing, where ReportLab leaves it
        return found
