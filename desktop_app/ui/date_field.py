"""A date typed the user's way (3/4/2025, 3 avril 2025, 2025-04-03, April 2025, 2026), or picked."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from functools import cache

from babel.dates import get_month_names
from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_app.ui.i18n import format_short_date

START, END = "start", "end"  # a partial date ("2026", "avril 2025") stands for its first/last day


class DateError(ValueError):
    """What the user typed is not a date; the message says what to type instead."""


def _fold(text: str) -> str:
    """Lower case without accents or a final dot: 'Févr.' and 'fevr' match."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c)).rstrip(".")


@cache
def _months() -> dict[str, int]:
    """Month names and abbreviations in French and English (CLDR, through Babel) → number."""
    names: dict[str, int] = {}
    for language in ("fr", "en"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    names[_fold(name)] = number
    names["sept"] = 9  # English "Sept", French "sept." beside CLDR's "sep"/"sept."
    return names


def _year(raw: str) -> int:
    value = int(raw)
    return value + 2000 if len(raw) == 2 else value


def _bound(year: int, month: int | None, day: int | None, side: str) -> dt.date:
    if month is None:
        return dt.date(year, 1, 1) if side == START else dt.date(year, 12, 31)
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1 if side == START else last)
    return dt.date(year, month, day)


def parse_user_date(text: str, side: str = START) -> dt.date | None:
    """The date in ``text``, None if it is empty; DateError if it is not a date.

    Numbers are day first (as in French and British English): 3/4/2025 is 3 April. A month or
    a year alone stands for its first day (``side`` START) or its last (END), so "2026" to
    "2026" is the whole year.
    """
    raw = " ".join(text.split())
    if not raw:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):  # ISO
            return _bound(int(m[1]), int(m[2]), int(m[3]), side)
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})", raw):
            return _bound(_year(m[3]), int(m[2]), int(m[1]), side)
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", raw):  # 4/2025
            return _bound(int(m[2]), int(m[1]), None, side)
        if m := re.fullmatch(r"(\d{4})", raw):
            return _bound(int(m[1]), None, None, side)
        words = re.fullmatch(r"(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+)?([^\W\d_]+\.?),?\s+(\d{4})", raw)
        if words and (month := _months().get(_fold(words[2]))):  # 3 avril 2025, avril 2025
            day = int(words[1]) if words[1] else None
            return _bound(int(words[3]), month, day, side)
        english = re.fullmatch(r"([^\W\d_]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", raw)
        if english and (month := _months().get(_fold(english[1]))):  # April 3, 2025
            return _bound(int(english[3]), month, int(english[2]), side)
    except ValueError as exc:  # 31/02/2025, month 13
        raise DateError(raw) from exc
    raise DateError(raw)


class DateField(QWidget):
    """A line to type a date in, and a button opening a calendar (on the date, or on today).

    Empty means no bound. A date typed is read when the field is left or Enter is pressed,
    then shown as the interface writes dates ("3 Apr 2025"), so the user sees what was
    understood; what cannot be read turns the field red and ``invalid`` says why.
    Tab leaves the field, as from any line of text.
    """

    changed = Signal()  # the date (or its absence) changed
    invalid = Signal(str)  # a sentence: what is wrong and what to type

    def __init__(self, name: str, side: str = START, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self._date: dt.date | None = None
        self.line = QLineEdit(self)
        self.line.setAccessibleName(name)
        self.line.setPlaceholderText(self.tr("any date"))
        self.line.setToolTip(self.tr("Type 3/4/2025, 3 avril 2025, 2025-04-03, April 2025 or 2026"))
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00 Sept. 0000") + 28)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00 Sept. 0000") + 40)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Choose {0} in a calendar").format(name))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the line
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._on_line_editingFinished)
        self.line.textChanged.connect(self._on_line_textChanged)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.activated.connect(self._on_calendar_picked)
        self.calendar.clicked.connect(self._on_calendar_picked)
        self.calendar_key = QShortcut(
            QKeySequence("Alt+Down"), self.line, context=Qt.ShortcutContext.WidgetShortcut
        )
        self.calendar_key.activated.connect(self.open_calendar)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, day: dt.date | None, notify: bool = False) -> None:
        self.line.blockSignals(True)
        self.line.setText(format_short_date(day) if day is not None else "")
        self.line.blockSignals(False)
        self._set_error(False)
        if day != self._date:
            self._date = day
            if notify:
                self.changed.emit()

    def open_calendar(self) -> None:
        """The calendar on the field's date, or on today when it is empty."""
        day = self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _set_error(self, error: bool) -> None:
        self.line.setStyleSheet("QLineEdit { border: 2px solid #c01c28; }" if error else "")

    @Slot()
    def _on_line_editingFinished(self) -> None:
        text = self.line.text()
        try:
            day = parse_user_date(text, self.side)
        except DateError:
            self._set_error(True)
            self.invalid.emit(
                self.tr(
                    "“{0}” is not a date: type it as 3/4/2025, 3 avril 2025 or 2025-04-03 "
                    "(day first), or a month or year alone."
                ).format(text.strip())
            )
            return
        self.set_date(day, notify=True)

    @Slot(str)
    def _on_line_textChanged(self, text: str) -> None:
        if not text.strip() and self._date is not None:  # the clear button: no bound at once
            self.set_date(None, notify=True)

    @Slot(QDate)
    def _on_calendar_picked(self, picked: QDate) -> None:
        self.menu.hide()
        self.set_date(dt.date(picked.year(), picked.month(), picked.day()), notify=True)
        self.line.setFocus()
