"""Two one-style paragraphs set as one, the second from the line after the first: a quote."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from desktop_app.briefing.lines import Words


class Stacked(Flowable):
    """What ``Paragraph("<i>quote</i><br/><font size=8>— who</font>")`` draws, at less cost.

    A paragraph mixing styles takes ReportLab's slow road (each word measured and compared
    with the one before); two paragraphs of one style each take the fast one. This lays
    them out line for line as the one paragraph would: the second's first baseline one
    leading below the first's last, and a page break where the paragraph would break
    (never leaving a single line of the whole at a page's foot, any line after it).
    Both paragraphs share a leading; the first may be None in the part after a break.
    """

    def __init__(self, first: Paragraph | None, second: Paragraph | None) -> None:
        super().__init__()
        self.first = first
        self.second = second
        style = (first or second).style  # type: ignore[union-attr]
        self.leading: float = style.leading
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        if second is not None:
            # The whole may leave one line of the second at a page's foot; the parts decide.
            second.allowOrphans = 1
        if first is not None:
            first.allowOrphans = 1
        self._heights = (0.0, 0.0)

    @staticmethod
    def _lines(paragraph: Paragraph | None) -> int:
        return len(paragraph.blPara.lines) if paragraph is not None else 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._heights = (
            self.first.wrap(availWidth, availHeight)[1] if self.first is not None else 0.0,
            self.second.wrap(availWidth, availHeight)[1] if self.second is not None else 0.0,
        )
        self.width = availWidth
        self.height = sum(self._heights)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight / self.leading)  # lines that fit, as Paragraph.split counts them
        if fit <= 1:
            return []  # no orphan: a lone first line moves on with the rest
        first_lines = self._lines(self.first)
        if first_lines + self._lines(self.second) <= fit:
            return [self]
        room = (fit + 0.5) * self.leading  # exactly ``fit`` lines for Paragraph.split
        if self.first is not None and fit < first_lines:
            head, tail = self.first.split(availWidth, room)
            return [Stacked(head, None), Stacked(tail, self.second)]
        if self.first is not None and fit == first_lines:
            return [Stacked(self.first, None), Stacked(None, self.second)]
        assert self.second is not None
        head, tail = self.second.split(availWidth, room - first_lines * self.leading)
        return [Stacked(self.first, head), Stacked(None, tail)]

    def draw(self) -> None:
        words = Words()
        top = self.height
        if self.first is not None:
            words.paragraph(self.first, 0, top)
            top -= self._heights[0]
        if self.second is not None:
            # A paragraph's first baseline is its font size below its top; the line after a
            # <br/> is one leading below the line before, whatever its font size.
            drop = 0.0
            if self.first is not None:
                drop = self.first.style.fontSize - self.second.style.fontSize
            words.paragraph(self.second, 0, top - drop)
        words.draw(self.canv)
