"""Paragraphs of a few styled runs (a bold label, plain words, a grey aside) set line for line
as ReportLab's Paragraph sets them, without its slow road for mixed styles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParaLines, _HSFrag

from desktop_app.briefing.lines import Piece, Words
from desktop_app.briefing.widths import ODD, SPACES, known_widths, measure

_FUZZ = 1e-6  # ReportLab's: no room at all below this width


class Run(NamedTuple):
    """A fragment's look, the width of a space in it, and the fragment (for split parts)."""

    font: str
    size: float
    colour: Color
    space: float
    frag: Any


# ReportLab's frag word: its width, its pieces (run, text), and whether a space follows it.
# (A plain tuple: a note makes tens of thousands.)
Word = tuple[float, tuple[tuple[Run, str], ...], bool]


class Line(NamedTuple):
    extra: float  # unused width (negative: the spaces close up a little)
    printed: int  # words printed (empty ones are not)
    frags: list[list[Any]]  # [run, text] as drawn, one per change of look
    size: float  # the largest font size on the line
    start: int  # index of its first word


class _Unhandled(Exception):
    """Something Paragraph would do that this layout does not (a word split across lines)."""


def _split(text: str) -> list[str]:
    return SPACES.split(text) if "\xa0" in text else text.split()


def _runs(frags: Sequence[Any]) -> list[tuple[Run, str]] | None:
    """The fragments as runs, or None if one is anything but plain styled text."""
    runs = []
    for frag in frags:
        text = getattr(frag, "text", None)
        if (
            not isinstance(text, str)
            or hasattr(frag, "cbDefn")
            or hasattr(frag, "lineBreak")
            or frag.rise
            or frag.us_lines
            or frag.link
            or getattr(frag, "backColor", None)
            or getattr(frag, "nobr", False)
            or ODD.search(text)
        ):
            return None
        space = measure(" ", frag.fontName, frag.fontSize)
        runs.append((Run(frag.fontName, frag.fontSize, frag.textColor, space, frag), text))
    return runs


def _words(runs: Sequence[tuple[Run, str]]) -> list[Word]:
    """ReportLab's _getFragWords for plain text: a word per space-separated piece.

    Kept to the letter: a run beginning with a space closes the word before it and opens
    an empty spaced word (the space is set in that run's font), a run ending with one
    closes its last word as spaced.
    """
    out: list[Word] = []
    pieces: list[tuple[Run, str]] = []
    width = 0.0
    strip = True
    for run, whole in runs:
        text = whole
        if not text:
            continue
        if strip:
            text = text.lstrip(" ")
            if not text:
                continue
            strip = False
        parts = _split(text)
        if text[0] == " " or not parts:
            if pieces:
                out.append((width, tuple(pieces), False))
                pieces, width, spaced_before = [], 0.0, False
            else:
                spaced_before = bool(out) and out[-1][2]
            if not spaced_before:
                parts.insert(0, "")
            elif not parts:
                continue
        known = known_widths(run.font, run.size).get
        for part in parts[:-1]:
            found = known(part)
            if found is None:
                found = measure(part, run.font, run.size)
            if pieces:  # the end of a word begun in the run before
                pieces.append((run, part))
                out.append((width + found, tuple(pieces), True))
                pieces, width = [], 0.0
            else:  # (0.0 + found is found: the same width as ReportLab's sum)
                out.append((found, ((run, part),), True))
        last = parts[-1]
        pieces.append((run, last))
        width += measure(last, run.font, run.size)
        if text[-1] == " ":
            out.append((width, tuple(pieces), True))
            pieces, width = [], 0.0
    if pieces:
        out.append((width, tuple(pieces), False))
    return out


def _break(words: Sequence[Word], widths: Sequence[float], shrinkage: float) -> list[Line]:
    """ReportLab's Paragraph.breakLines for several fragments, for plain words, to the letter
    (its order of sums, its space of the last piece's font at the first piece's size).

    Raises _Unhandled where Paragraph would cut a word too long for its line.
    """
    lines: list[Line] = []
    last_line = len(widths) - 1
    number = 0
    max_width = widths[0]
    line: list[list[Any]] = []
    g: list[Any] = []
    count = 0
    space = current = max_size = 0.0
    start = 0
    for index, (word_width, pieces, spaced) in enumerate(words):
        run, text = pieces[0]
        last = pieces[-1][0]
        size = last.size
        if not line:
            count, space, current = 0, 0.0, 0.0
            max_size = size
        new = current + space + word_width if word_width > 0 else current
        limit = max_width
        if shrinkage:
            shrink = space
            for frag_run, frag_text in line:
                spaces = frag_text.count(" ")
                if spaces:
                    shrink += spaces * frag_run.space
            limit += shrink * shrinkage
        if new > limit:
            if word_width > widths[min(number, last_line)]:
                raise _Unhandled("a word longer than its line")
            if count > 0:  # the line is full: this word begins the next
                lines.append(Line(max_width - current, count, line, max_size, start))
                start = index
                number += 1
                max_width = widths[min(number, last_line)]
                space = last.space if spaced else 0.0
                current, count = word_width, 1
                g = [run, text]
                line = [g]
                max_size = run.size
                for piece in pieces[1:]:
                    g = list(piece)
                    line.append(g)
                    max_size = max(max_size, piece[0].size)
                continue
        if text:
            count += 1
        size = run.size
        max_size = max(max_size, size)
        if not line:
            g = [run, text]
            line = [g]
        elif g[0] is not run and g[0][:3] != run[:3]:
            if space and not line[-1][1].endswith(" "):
                line[-1][1] += " "
            g = [run, text]
            line.append(g)
        elif space:
            g[1] += text if g[1].endswith(" ") else " " + text
        else:
            g[1] += text
        if not spaced:
            space = 0.0
        elif size == last.size:
            space = last.space
        else:  # ReportLab's: the last piece's font at the first piece's size
            space = measure(" ", last.font, size)
        printed = False
        for piece in pieces[1:]:
            g = list(piece)
            printed = printed or bool(piece[1])
            line.append(g)
            max_size = max(max_size, piece[0].size)
        if not text and printed:
            count += 1
        current = new
    if line:
        lines.append(Line(max_width - current, count, line, max_size, start))
    return lines


def _frag_words(words: Sequence[Word]) -> list[list[Any]]:
    """``words`` as ReportLab's own frag words, the fragments of its parts after a split (so
    a part that must fall back, at another width, goes on as ReportLab's part would)."""
    out: list[list[Any]] = []
    for width, pieces, spaced in words:
        for run, _ in pieces:
            run.frag._fkind = 0  # what _getFragWords marks a text fragment with
        out.append((_HSFrag if spaced else list)([width, *((r.frag, t) for r, t in pieces)]))
    return out


class RunParagraph(Paragraph):
    """A Paragraph of a few styled runs, laid out and drawn as Paragraph does, for less.

    ReportLab lays out a paragraph of several fragments word by word, comparing each
    fragment with the last and copying it, then draws it through a generic routine; a
    hundred-page note has hundreds of them ("<b>Principle</b> — words (parties)"). This
    class keeps ReportLab's rules to the letter for plain text (same words, same widths, same
    greedy breaks with its space shrinking, same split and widow rules, same origin, bullet
    and word spacing) and leaves anything else (links, images, soft hyphens, a word too long
    for its line, other alignments or indents) to Paragraph itself.
    """

    def __init__(
        self,
        text: str,
        style: Any,
        bulletText: str | None = None,  # noqa: N803 - Paragraph's name
        frags: list[Any] | None = None,
        *,
        words: list[Word] | None = None,
    ) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        self._lines: list[Line] | None = None
        # The words are made again at each wrap and then dropped: kept, tens of thousands of
        # small objects would live as long as the story and set off the garbage collector.
        self._runs = self._plain_runs() if words is None else None
        self._part = words  # the words of a part after a split (few: kept)

    def _word_list(self) -> list[Word] | None:
        if self._part is not None:
            return self._part
        return _words(self._runs) if self._runs is not None else None

    def _plain_runs(self) -> list[tuple[Run, str]] | None:
        style = self.style
        bullet = self.bulletText
        if (
            style.alignment != TA_LEFT
            or style.firstLineIndent
            or style.wordWrap
            or style.shaping
            or getattr(style, "autoLeading", "") not in ("", "off", None)
            or style.endDots
            or style.hyphenationLang
            or style.uriWasteReduce
            or style.embeddedHyphenation
            or not style.splitLongWords
            or style.backColor
            or (style.borderWidth and style.borderColor)
            or (bullet is not None and not isinstance(bullet, str))
            or style.bulletAnchor != "start"
        ):
            return None
        runs = _runs(self.frags)
        if runs is None or len(runs) < 2:  # one fragment: Paragraph's own fast road
            return None
        return runs

    # --- layout ------------------------------------------------------------------------

    def _widths(self, width: float) -> list[float]:
        style = self.style
        widths = [width - style.leftIndent - style.rightIndent] * 2
        bullet = self.bulletText
        if bullet:  # ReportLab's _handleBulletWidth: a wide bullet narrows the first line
            used = style.bulletIndent + measure(bullet, style.bulletFontName, style.bulletFontSize)
            used += 0.6 * style.bulletFontSize
            if used > style.leftIndent:
                widths[0] -= used - style.leftIndent
        return widths

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._lines = None
        words = self._word_list()
        if not words or availWidth < _FUZZ:
            return super().wrap(availWidth, availHeight)
        try:
            lines = _break(words, self._widths(availWidth), self.style.spaceShrinkage)
        except _Unhandled:
            return super().wrap(availWidth, availHeight)
        self._lines = lines
        self.blPara = ParaLines(kind=1, lines=lines)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Paragraph.split's rules (no lone first line, widows as the style says)."""
        if self._lines is None or availWidth < _FUZZ or availHeight < _FUZZ:
            return super().split(availWidth, availHeight)
        lines, style = self._lines, self.style
        fit = int(availHeight / float(style.leading))
        orphans = getattr(self, "allowOrphans", getattr(style, "allowOrphans", 0))
        if (not orphans and fit <= 1) or fit == 0:
            return []
        total = len(lines)
        if total <= fit:
            return [self]
        if not getattr(self, "allowWidows", getattr(style, "allowWidows", 1)) and total == fit + 1:
            if (orphans and total == 3) or total > 3:
                fit -= 1
            else:
                return []
        words = self._word_list()
        assert words is not None
        cut = lines[fit].start
        head, tail = words[:cut], words[cut:]
        first = RunParagraph("", style, self.bulletText, _frag_words(head), words=head)
        rest = RunParagraph("", style, None, _frag_words(tail), words=tail)
        return [first, rest]

    # --- drawing -----------------------------------------------------------------------

    def place_on(self, words: Words, left: float, top: float) -> bool:
        """Add the lines to ``words`` with the top left corner at (left, top), as
        Paragraph.draw places them; False if Paragraph lays this one out itself."""
        lines = self._lines
        if lines is None:
            return False
        style = self.style
        y = top - lines[0].size
        offset = 0.0
        bullet = self.bulletText
        if bullet:
            font, size = style.bulletFontName, style.bulletFontSize
            colour = getattr(style, "bulletColor", style.textColor)
            offset_y = getattr(style, "bulletOffsetY", 0)
            words.add(font, size, colour, left + style.bulletIndent, y + offset_y, bullet)
            end = style.bulletIndent + measure(bullet, font, size) + size * 0.6
            offset = max(offset, end - style.leftIndent)
        x = left + style.leftIndent
        for line in lines:
            space = 0.0
            if line.extra <= -1e-8:  # Paragraph closes up the spaces of a line a little long
                gaps = line.printed + sum(text.count("\xa0") for _, text in line.frags) - 1
                space = line.extra / gaps if gaps > 0 else 0.0
            pieces: list[Piece] = [(r.font, r.size, r.colour, text) for r, text in line.frags]
            words.mixed(x + offset, y, pieces, space)
            offset = 0.0
            y -= style.leading
        return True

    def draw(self) -> None:
        if self._lines is None:
            super().draw()
            return
        words = Words()
        self.place_on(words, 0, self.height)
        words.draw(self.canv)
