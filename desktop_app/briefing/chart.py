"""A small chart: the status of the commitments of each theme, as stacked horizontal bars."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app.briefing import labels
from desktop_app.briefing.fonts import BOLD, REGULAR
from desktop_app.briefing.styles import INK, MUTED, RULE, STATUS_COLOURS
from domain.views import CommitmentView
from domain.vocabulary import NO_THEME, Status

ROW = 4.0 * mm
BAR = 2.8 * mm
LABEL_WIDTH = 34 * mm
TITLE_HEIGHT = 5 * mm
LEGEND_HEIGHT = 5 * mm
# Done first, then what is still open, then what will not happen.
ORDER = (Status.FULFILLED, Status.IN_PROGRESS, Status.ANNOUNCED, Status.LAPSED, Status.UNKNOWN)


class StatusChart(Flowable):
    """Bars of one scale, one per theme, and a legend naming the statuses in the note's language.

    Drawn straight on the canvas in the note's own font (ReportLab's graphics module would
    bring Helvetica along), with plain strings: nothing here is read as markup.
    """

    def __init__(self, items: list[CommitmentView], language: str, width: float) -> None:
        super().__init__()
        self.language = language
        self.width = width
        self.counts: dict[str, Counter[str]] = {}
        for item in items:
            self.counts.setdefault(item.theme or NO_THEME, Counter())[item.status] += 1
        self.themes = sorted(self.counts, key=lambda t: (-sum(self.counts[t].values()), t))
        self.height = TITLE_HEIGHT + len(self.themes) * ROW + LEGEND_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        lang = self.language
        most = max(sum(c.values()) for c in self.counts.values())
        bar_width = self.width - LABEL_WIDTH - 10 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(RULE)
        canvas.drawString(0, self.height - 3.6 * mm, labels.label(lang, "chart_title"))
        for row, theme in enumerate(self.themes):
            y = self.height - TITLE_HEIGHT - (row + 1) * ROW + 0.8 * mm
            canvas.setFont(REGULAR, 7.5)
            canvas.setFillColor(INK)
            canvas.drawString(0, y + 0.6 * mm, labels.theme(lang, theme))
            x = LABEL_WIDTH
            for status in ORDER:
                n = self.counts[theme][status]
                if n:
                    w = bar_width * n / most
                    canvas.setFillColor(STATUS_COLOURS[status])
                    canvas.rect(x, y, w, BAR, stroke=0, fill=1)
                    x += w
            canvas.setFont(REGULAR, 7)
            canvas.setFillColor(MUTED)
            canvas.drawString(x + 1.5 * mm, y + 0.6 * mm, str(sum(self.counts[theme].values())))
        x = LABEL_WIDTH
        for status in [s for s in ORDER if any(c[s] for c in self.counts.values())]:
            text = labels.status(lang, status).replace(" ✓", "")
            canvas.setFillColor(STATUS_COLOURS[status])
            canvas.rect(x, 1.2 * mm, 2.6 * mm, 2.6 * mm, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, 7)
            canvas.drawString(x + 3.6 * mm, 1.6 * mm, text)
            x += 3.6 * mm + stringWidth(text, REGULAR, 7) + 5 * mm
