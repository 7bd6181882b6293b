"""Draws a search hit as rich text: kind and title, its meeting and date, the marked snippet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.ui.i18n import format_short_date
from desktop_app.ui.labels import kind_label
from desktop_app.ui.models.lazy import ROW_ROLE
from domain.views import SearchHit

Index = QModelIndex | QPersistentModelIndex

# WCAG 2 AA for normal text: what every word of a hit must reach against its background.
MIN_CONTRAST = 4.5
KIND_COLOUR = QColor("#1f5fa8")  # the kind ("source", "commitment"…) on a light background
MUTED_COLOUR = QColor("#444444")  # the meeting line and the snippet


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(wanted: QColor, background: QColor, fallback: QColor) -> QColor:
    """``wanted`` if it reads on ``background`` (≥ 4.5:1), else ``fallback`` if that does,
    else black or white, whichever contrasts more (a dark theme, a pale selection colour)."""
    for colour in (wanted, fallback):
        if contrast(colour, background) >= MIN_CONTRAST:
            return colour
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if contrast(black, background) >= contrast(white, background) else white


def hit_colours(option: QStyleOptionViewItem) -> tuple[QColor, QColor, QColor]:
    """(background, kind colour, muted colour) a hit is drawn with, each readable."""
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    if selected:
        background = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.HighlightedText)
        plain = readable(text, background, text)
        return background, plain, plain
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    return (
        background,
        readable(KIND_COLOUR, background, text),
        readable(MUTED_COLOUR, background, text),
    )


def meeting_line(hit: SearchHit) -> str:
    """ "Meeting: <title> · 3 Apr 2025" for a hit in a meeting; the date alone for a meeting."""
    when = format_short_date(hit.meeting_date, hit.meeting_date_precision)
    if hit.kind == "meeting":
        return when
    if hit.meeting_title is None:
        return ""
    said = QCoreApplication.translate("SearchResultsView", "Meeting: {0}").format(
        hit.meeting_title[:100]
    )
    return f"{said} · {when}" if when else said


class HitDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        hit = index.data(ROW_ROLE)
        _background, kind_colour, muted = hit_colours(option)
        kind_style = f"color:{kind_colour.name()}"
        text_style = f"color:{muted.name()}"
        where = meeting_line(hit)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(4)
        doc.setHtml(
            f"<span style='{kind_style}'>{escape(kind_label(hit.kind))}</span> — "
            f"<b>{escape(hit.title[:140])}</b><br/>"
            + (f"<span style='{text_style}'><i>{escape(where)}</i></span><br/>" if where else "")
            + f"<span style='{text_style}'>{hit.snippet}</span>"
        )
        doc.setTextWidth(max(50, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
        )
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            _background, plain, _muted = hit_colours(option)
            context.palette.setColor(QPalette.ColorRole.Text, plain)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
