"""A small stacked-bar chart of commitment statuses by theme or by partner (QPainter)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.ui.labels import STATUSES, status_label, theme_label
from domain.vocabulary import Status

STATUS_COLOURS = {
    Status.ANNOUNCED: QColor("#8fb4e3"),
    Status.IN_PROGRESS: QColor("#f0b94d"),
    Status.FULFILLED: QColor("#5fae6a"),
    Status.LAPSED: QColor("#d9534f"),
    Status.UNKNOWN: QColor("#b8b8b8"),
}
MAX_BARS = 10


def chart_rows(
    counts: Mapping[str | None, Counter[str]], by: str = "theme"
) -> list[tuple[str, Counter[str]]]:
    """Rows of (group label, count per status), largest groups first, from the counts the
    service made (tracking.status_counts): themes are shown by their label."""
    groups: dict[str, Counter[str]] = {}
    for key, statuses in counts.items():
        label = theme_label(key) if by == "theme" else str(key)
        groups.setdefault(label, Counter()).update(statuses)
    ordered = sorted(groups.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return ordered[:MAX_BARS]


class StatusChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Counter[str]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Chart of statuses"))

    def set_rows(self, rows: list[tuple[str, Counter[str]]]) -> None:
        self.rows = rows
        summary = "; ".join(
            f"{label}: " + ", ".join(f"{status_label(s)} {n}" for s, n in c.items())
            for label, c in rows
        )
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        # Every row and the legend drawn whole: a short pane scrolls (tracker), never clips.
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height() + 6
        return QSize(400, line * (len(self.rows) + 2) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() * 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        if not self.rows:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No commitments to chart.")
            )
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self.rows) + 10,
            self.width() // 3,
        )
        total_max = max(sum(c.values()) for _, c in self.rows)
        bar_width = max(10, self.width() - label_width - 40)
        y = 4
        for label, counts in self.rows:
            text_rect = QRectF(0, y, label_width - 6, line)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6),
            )
            x = float(label_width)
            for status in STATUSES:
                n = counts.get(status, 0)
                if not n:
                    continue
                w = bar_width * n / total_max
                painter.fillRect(QRectF(x, y + 3, w, line - 6), STATUS_COLOURS[status])
                x += w
            painter.drawText(
                QRectF(x + 4, y, 40, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(sum(counts.values())),
            )
            y += line
        # legend
        x = float(label_width)
        for status in STATUSES:
            painter.fillRect(QRectF(x, y + 5, 10, 10), STATUS_COLOURS[status])
            text = status_label(status)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 14, y, 200, line), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + metrics.horizontalAdvance(text)
        painter.end()
