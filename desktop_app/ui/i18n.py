"""Interface language: Qt translators, dates in the chosen language, labels of stored values."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from desktop_app.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
# The application holds its interface language: its translators are its children under this
# name, and the language is this property of it (English before install_language).
TRANSLATOR_NAME = "chancery-translator"
LANGUAGE_PROPERTY = "chanceryLanguage"


# Words of Qt's own file dialog that Qt's French catalogue (qtbase_fr.qm) lacks: its source
# strings gained an accelerator ("&Look in:") after the catalogue was last translated, so the
# chooser said them in English in a French window. Ours (installed after Qt's, so asked
# first) says them; every other word of Qt's dialogs comes from Qt's catalogue.
_QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def translation_file(language: str) -> Path:
    return TRANSLATIONS / f"chancery_{language}.qm"


@functools.cache
def _locale_of(language: str) -> QLocale:
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Load Chancery's and Qt's own translations for ``language`` into ``app`` (which keeps
    them, and the language, until the next call); False if ours is missing."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    app.setProperty(LANGUAGE_PROPERTY, "fr" if language == "fr" else "en")
    QLocale.setDefault(_locale_of(language))
    ours_found = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in (
        (qt_dir, f"qtbase_{language}"),
        (str(TRANSLATIONS), f"chancery_{language}"),
    ):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, directory):
            app.installTranslator(translator)
        else:
            translator.setParent(None)
            if name.startswith("chancery") and language != "en":
                ours_found = False
    return ours_found


def locale() -> QLocale:
    return _locale_of(language())


def language() -> str:
    """The interface's language: "fr" or "en"."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return "fr" if value == "fr" else "en"


def _format_day(day: dt.date | None, precision: str | None, month: str) -> str:
    """``day`` to its ``precision``, the month written with the QLocale pattern ``month``."""
    if day is None:
        return ""
    if precision == "year":
        return str(day.year)
    qdate = QDate(day.year, day.month, day.day)
    if precision == "month":
        return locale().toString(qdate, f"{month} yyyy")
    return locale().toString(qdate, f"d {month} yyyy")


def format_date(day: dt.date | None, precision: str | None = "day") -> str:
    """A date as the reader's language writes it: '3 avril 2025', 'April 2025', '2026'."""
    return _format_day(day, precision, "MMMM")


def format_short_date(day: dt.date | None, precision: str | None = "day") -> str:
    """A compact date for lists: '3 Apr 2025', 'Apr 2025', '2026' (in the reader's language)."""
    return _format_day(day, precision, "MMM")


def format_datetime(moment: dt.datetime) -> str:
    return locale().toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    ) + moment.strftime(" %H:%M")
