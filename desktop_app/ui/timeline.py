"""Meetings and commitment due dates on a time axis, filtered by actor; click to open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import format_date
from desktop_app.ui.labels import due_label
from domain.views import ActorView, CommitmentFilter, MeetingFilter

MAX_POINTS = 500  # per lane: more labels than this cannot be read anyway
MEETING_COLOUR = QColor("#1f5fa8")
DUE_COLOURS = {"overdue": QColor("#c0392b"), "due_soon": QColor("#d68910"), None: QColor("#6c7a89")}


@dataclass(frozen=True)
class TimelinePoint:
    kind: str  # "meeting" | "commitment"
    id: int
    day: dt.date
    label: str
    state: str | None = None


def load_points(store: Store, actor_id: int | None) -> list[TimelinePoint]:
    """Meetings (by start date) and due dates of commitments, for one actor or all."""
    meeting_ids = browse.meeting_ids(store, MeetingFilter(actor_id=actor_id))[:MAX_POINTS]
    points = [
        TimelinePoint("meeting", m.id, m.starts_on, m.title)
        for m in browse.meeting_rows(store, meeting_ids).values()
        if m.starts_on is not None
    ]
    # latest due dates first: undated commitments sort last, so the cap keeps dated ones
    ids = browse.commitment_ids(
        store, CommitmentFilter(actor_id=actor_id), sort="due", descending=True
    )
    rows = browse.commitment_rows(store, ids[:MAX_POINTS])
    today = dt.date.today()
    points += [
        TimelinePoint("commitment", c.id, c.due_on, c.text, c.due_state(today))
        for c in rows.values()
        if c.due_on is not None
    ]
    return sorted(points, key=lambda p: (p.day, p.kind, p.id))


class TimelineCanvas(QWidget):
    """Two lanes: meetings above the axis, due dates below; labels alternate to stay apart."""

    point_clicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TimelinePoint] = []
        self._hits: list[tuple[QRectF, TimelinePoint]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(260)
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(700, 420)

    def set_points(self, points: list[TimelinePoint]) -> None:
        self.points = points
        self.setAccessibleDescription(
            "; ".join(f"{format_date(p.day)}: {p.label}" for p in points[:50])
        )
        self.update()

    def _span(self) -> tuple[dt.date, dt.date]:
        first = min(p.day for p in self.points)
        last = max(p.day for p in self.points)
        first = dt.date(first.year, 1, 1)
        last = dt.date(last.year, 12, 31)
        return first, last

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        if not self.points:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show."))
            return
        metrics = self.fontMetrics()
        margin = 30.0
        # room on the right for the labels of the last points
        width = self.width() - 2 * margin - min(200.0, self.width() / 4)
        axis_y = self.height() / 2
        first, last = self._span()
        days = max(1, (last - first).days)

        def x_of(day: dt.date) -> float:
            return margin + width * (day - first).days / days

        painter.setPen(QPen(text_colour, 1.5))
        painter.drawLine(QPointF(margin, axis_y), QPointF(margin + width, axis_y))
        for year in range(first.year, last.year + 2):
            x = x_of(dt.date(year, 1, 1))
            if x > margin + width + 1:
                break
            painter.drawLine(QPointF(x, axis_y - 5), QPointF(x, axis_y + 5))
            painter.drawText(QPointF(x + 3, axis_y + 4 + metrics.ascent()), str(year))
        today = dt.date.today()
        if first <= today <= last:
            painter.setPen(QPen(QColor("#c0392b"), 1, Qt.PenStyle.DashLine))
            x = x_of(today)
            painter.drawLine(QPointF(x, 20), QPointF(x, self.height() - 20))
            painter.drawText(QPointF(x + 3, 14), self.tr("today"))
        self._hits = []
        lane_counts = {"meeting": 0, "commitment": 0}
        line = metrics.height() + 2
        rows = max(1, int((axis_y - 40) // line))
        for point in self.points:
            n = lane_counts[point.kind]
            lane_counts[point.kind] += 1
            x = x_of(point.day)
            offset = 24 + (n % rows) * line
            y = axis_y - offset if point.kind == "meeting" else axis_y + offset + 12
            colour = MEETING_COLOUR if point.kind == "meeting" else DUE_COLOURS[point.state]
            painter.setPen(QPen(colour.lighter(150), 1))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, y))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if point.kind == "meeting":
                painter.drawEllipse(QPointF(x, y), 5, 5)
            else:
                diamond = QPainterPath()
                diamond.moveTo(x, y - 6)
                diamond.lineTo(x + 6, y)
                diamond.lineTo(x, y + 6)
                diamond.lineTo(x - 6, y)
                diamond.closeSubpath()
                painter.drawPath(diamond)
            label = point.label
            room = max(80, int(self.width() - x - 14))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, min(room, 260))
            painter.setPen(colour.darker(130) if point.kind != "meeting" else text_colour)
            text_x = x + 9
            text_width = metrics.horizontalAdvance(text)
            if text_x + text_width > self.width() - 4:
                text_x = x - 9 - text_width
            painter.drawText(QPointF(text_x, y + metrics.ascent() / 2 - 1), text)
            self._hits.append((QRectF(min(x - 7, text_x), y - 8, text_width + 16, 16), point))
        painter.end()

    def point_at(self, pos: QPointF) -> TimelinePoint | None:
        for rect, point in reversed(self._hits):
            if rect.contains(pos):
                return point
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if point is not None:
            self.point_clicked.emit(point.kind, point.id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if point is None:
            self.setToolTip("")
            self.unsetCursor()
        else:
            state = due_label(point.state)
            self.setToolTip(
                f"{format_date(point.day)}\n{point.label}" + (f"\n{state}" if state else "")
            )
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)


class TimelineView(QWidget):
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = QComboBox(self)
        self.actor.setAccessibleName(self.tr("Show the timeline of"))
        self.actor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.actor.setMinimumContentsLength(18)
        self._generation = 0
        self.canvas = TimelineCanvas(self)
        legend = QLabel(
            self.tr("● meetings (above)   ◆ due dates (below: red overdue, amber due soon)"), self
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Actor:"), self))
        top.addWidget(self.actor)
        legend.setWordWrap(True)
        top.addWidget(legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.set_actors([])
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.actor.currentIndexChanged.connect(self._on_actor_currentIndexChanged)
        self.canvas.point_clicked.connect(self._on_canvas_point_clicked)

    def set_actors(self, actors: list[ActorView]) -> None:
        current = self.actor.currentData()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(self.tr("Everyone"), None)
        for a in actors:
            if a.kind != "person":
                self.actor.addItem(a.name, a.id)
        self.actor.setCurrentIndex(max(0, self.actor.findData(current)))
        self.actor.blockSignals(False)

    def select_actor(self, actor_id: int | None) -> None:
        index = max(0, self.actor.findData(actor_id))
        if index == self.actor.currentIndex():
            self.reload()
        else:
            self.actor.setCurrentIndex(index)

    def reload(self) -> None:
        actor_id = self.actor.currentData()
        self._generation += 1
        generation = self._generation

        def show(points: list[TimelinePoint]) -> None:
            if generation == self._generation:  # an older choice may answer last: drop it
                self.canvas.set_points(points)

        self.ctx.read(lambda s: load_points(s, actor_id), show)

    @Slot(int)
    def _on_actor_currentIndexChanged(self, _index: int) -> None:
        self.reload()

    @Slot(str, int)
    def _on_canvas_point_clicked(self, kind: str, item_id: int) -> None:
        self.open_requested.emit(kind, item_id)
