"""The note's long tables: rows measured once, split across pages by slicing, header repeated."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TypeAlias

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from desktop_app.briefing.fonts import REGULAR
from desktop_app.briefing.lines import Words
from desktop_app.briefing.styles import GRID, HEAD_FILL, INK, RULE, THEME_FILL

# The tables' look (a ReportLab Table's, before this; tests/briefing/test_layout.py keeps that
# Table's style and checks every string is printed where it printed it).
FONT_SIZE = 8.3
LEADING = 10.2
PAD_TOP, PAD_BOTTOM, PAD_X = 2.2, 2.6, 3.0
HEAD_RULE, ROW_RULE = 0.8, 0.25


@dataclass(frozen=True)
class WithAside:
    """A cell's text and under it a small grey line (its meeting): two one-style paragraphs.

    As one paragraph (``text<br/><font size=7>aside</font>``) they would take ReportLab's
    slow road for mixed styles, several times the cost of laying out each alone. The aside
    is drawn where the line after the ``<br/>`` would be: its baseline one leading below
    the text's last line.
    """

    text: Paragraph
    aside: Paragraph


Cell: TypeAlias = Paragraph | WithAside | str  # a str is drawn as typed on one line, never parsed


@dataclass(frozen=True)
class Band:
    """A row across the whole table (a theme's name) on a light background."""

    paragraph: Paragraph


Row: TypeAlias = Sequence[Cell] | Band


@dataclass
class _Measured:
    """Rows and their heights, measured once; shared by the parts of a split."""

    rows: Sequence[Row]
    head: float  # the header's height
    heights: list[float]
    starts: list[float]  # running total of the heights: starts[i] = top of row i from the top


class GridTable(Flowable):
    """What ``Table(rows, repeatRows=1)`` drew for the note's tables, at a fraction of its cost.

    Table measures every remaining row again each time a long table is split across a page
    and copies its styles into two new tables; a 500-row table across 40 pages spent most of
    the note's time there. Here each cell is laid out once, a split is a slice of the row list
    found by bisection, and the header is drawn again on top of each part. ``right`` lists the
    columns whose plain-string cells are right-aligned (below the header).
    """

    def __init__(
        self,
        head: Sequence[Cell],
        rows: Sequence[Row],
        widths: Sequence[float],
        *,
        right: frozenset[int] = frozenset(),
        _measured: _Measured | None = None,
        _first: int = 0,
        _last: int | None = None,
    ) -> None:
        super().__init__()
        self.head = head
        self.widths = list(widths)
        self.width = sum(self.widths)
        self.lefts = [0.0, *accumulate(self.widths)]
        self.right = right
        self._measured = _measured
        self._rows = rows
        self._first = _first
        self._last = len(rows) if _last is None else _last

    # --- measuring --------------------------------------------------------------------

    def _measure(self) -> _Measured:
        if self._measured is None:
            # A paragraph shared by several rows of one column (the same meeting named under
            # each of its commitments) is laid out once. (Never share one across columns: a
            # paragraph holds the lines of its last width.)
            known: dict[tuple[int, float], float] = {}

            def height(cell: Cell, width: float) -> float:
                if isinstance(cell, str):
                    return LEADING * (cell.count("\n") + 1)
                if isinstance(cell, WithAside):
                    return height(cell.text, width) + height(cell.aside, width)
                key = (id(cell), width)
                found = known.get(key)
                if found is None:
                    found = known[key] = cell.wrap(width - 2 * PAD_X, 0x7FFFFFFF)[1]
                return found

            def row_height(row: Row) -> float:
                if isinstance(row, Band):
                    inner = height(row.paragraph, self.width)
                else:
                    inner = max(height(c, w) for c, w in zip(row, self.widths, strict=True))
                return inner + PAD_TOP + PAD_BOTTOM

            heights = [row_height(row) for row in self._rows]
            starts = [0.0, *accumulate(heights)]
            self._measured = _Measured(self._rows, row_height(self.head), heights, starts)
        return self._measured

    def _header_height(self) -> float:
        return self._measure().head

    def _body_height(self, first: int, last: int) -> float:
        starts = self._measure().starts
        return starts[last] - starts[first]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = self._header_height() + self._body_height(self._first, self._last)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """The rows that fit under the header here, and the rest under a header of their own."""
        measured = self._measure()
        room = availHeight - self._header_height()
        # The last row whose bottom is within the room (Table's rule: a row fits if h+rh <= room).
        offset = measured.starts[self._first]
        fit = bisect_right(measured.starts, offset + room, lo=self._first) - 1
        if fit <= self._first:
            return []  # not even one row under the header: the whole table moves on
        if fit >= self._last:
            return [self]
        return [self._part(self._first, fit), self._part(fit, self._last)]

    def _part(self, first: int, last: int) -> GridTable:
        return GridTable(
            self.head,
            self._rows,
            self.widths,
            right=self.right,
            _measured=self._measure(),
            _first=first,
            _last=last,
        )

    # --- drawing ----------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        measured = self._measure()
        rows: list[tuple[Row, float, float, bool]] = []  # row, its top (from bottom), height
        top = self.height
        head = self._header_height()
        rows.append((self.head, top, head, True))
        top -= head
        for i in range(self._first, self._last):
            height = measured.heights[i]
            rows.append((measured.rows[i], top, height, False))
            top -= height
        canvas.saveState()
        # Backgrounds first, then the cells, then the rules: Table's order.
        for row, row_top, height, is_head in rows:
            fill: Color | None = HEAD_FILL if is_head else None
            if isinstance(row, Band):
                fill = THEME_FILL
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, row_top, self.width, -height, stroke=0, fill=1)
        words = Words()
        for row, row_top, _height, is_head in rows:
            top = row_top - PAD_TOP
            if isinstance(row, Band):
                words.paragraph(row.paragraph, PAD_X, top)
                continue
            for col, cell in enumerate(row):
                left = self.lefts[col] + PAD_X
                if isinstance(cell, str):
                    y = top - FONT_SIZE
                    for line in cell.split("\n") if cell else ():
                        x = left
                        if col in self.right and not is_head:
                            x = self.lefts[col + 1] - PAD_X - stringWidth(line, REGULAR, FONT_SIZE)
                        words.add(REGULAR, FONT_SIZE, INK, x, y, line)
                        y -= LEADING
                elif isinstance(cell, WithAside):
                    words.paragraph(cell.text, left, top)
                    # A paragraph's first baseline is its font size below its top; a line
                    # after a <br/> sits one leading below the line before it.
                    drop = cell.text.style.fontSize - cell.aside.style.fontSize
                    words.paragraph(cell.aside, left, top - cell.text.height - drop)
                else:
                    words.paragraph(cell, left, top)
        words.draw(canvas)
        canvas.saveState()
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(HEAD_RULE)
        canvas.line(0, self.height - head, self.width, self.height - head)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(ROW_RULE)
        for _row, row_top, height, is_head in rows:
            # Under a repeated header too: Table's split carries the row rule onto the header
            # row of each continuation, and the note has always looked that way.
            if not is_head or self._first > 0:
                canvas.line(0, row_top - height, self.width, row_top - height)
        canvas.restoreState()
        canvas.restoreState()
