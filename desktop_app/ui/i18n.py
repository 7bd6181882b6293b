"""Interface language: Qt translators, dates in the chosen language, labels of stored values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"

_installed: list[QTranslator] = []
_locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def translation_file(language: str) -> Path:
    return TRANSLATIONS / f"chancery_{language}.qm"


def install_language(app: QCoreApplication, language: str) -> bool:
    """Load Chancery's and Qt's own translations for ``language``; False if ours is missing."""
    global _locale
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _locale = QLocale(
        QLocale.Language.French if language == "fr" else QLocale.Language.English,
        QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
    )
    QLocale.setDefault(_locale)
    ours_found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in (
        (qt_dir, f"qtbase_{language}"),
        (str(TRANSLATIONS), f"chancery_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("chancery") and language != "en":
            ours_found = False
    return ours_found


def locale() -> QLocale:
    return _locale


def language() -> str:
    """The interface's language: "fr" or "en"."""
    return "fr" if _locale.language() == QLocale.Language.French else "en"


def _format_day(day: dt.date | None, precision: str | None, month: str) -> str:
    """``day`` to its ``precision``, the month written with the QLocale pattern ``month``."""
    if day is None:
        return ""
    if precision == "year":
        return str(day.year)
    qdate = QDate(day.year, day.month, day.day)
    if precision == "month":
        return _locale.toString(qdate, f"{month} yyyy")
    return _locale.toString(qdate, f"d {month} yyyy")


def format_date(day: dt.date | None, precision: str | None = "day") -> str:
    """A date as the reader's language writes it: '3 avril 2025', 'April 2025', '2026'."""
    return _format_day(day, precision, "MMMM")


def format_short_date(day: dt.date | None, precision: str | None = "day") -> str:
    """A compact date for lists: '3 Apr 2025', 'Apr 2025', '2026' (in the reader's language)."""
    return _format_day(day, precision, "MMM")


def format_datetime(moment: dt.datetime) -> str:
    return _locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    ) + moment.strftime(" %H:%M")
