"""Dates in French and English text: days, ranges, months and years, each with its precision."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janv": 1, "fevr": 2, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday),?\s+)?"
)
_DAY = r"(\d{1,2})(?: ?(?:er|re|st|nd|rd|th)\b)?"  # "7 th July 2024" too
_YEAR = r"((?:19|20)\d\d)"
_SEP = r"\s*(?:-|au|et|to|and)\s*"
# "the 23rd of April": a day of a month, as "23 April".
_OF = r"(?:\s+of)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.IGNORECASE))
    for name, p in (
        (
            "from_to",
            rf"\b(?:du|from)\s+{_DAY}\s+({_MONTH})?\s*(?:au|to)\s+{_DAY}\s+({_MONTH}),?\s+{_YEAR}\b",
        ),
        ("d_d_m_y", rf"\b{_WEEKDAY}{_DAY}{_SEP}{_DAY}{_OF}\s+({_MONTH})\s*,?\s+{_YEAR}\b"),
        ("m_d_d_y", rf"\b({_MONTH})\s+{_DAY}{_SEP}{_DAY},?\s+{_YEAR}\b"),
        ("d_m_y", rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}{_OF}\s+({_MONTH})\s*,?\s+{_YEAR}\b"),
        ("m_d_y", rf"\b{_WEEKDAY}({_MONTH})\s+{_DAY},?\s+{_YEAR}\b"),
        ("iso", r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
        ("numeric", r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b"),
        ("m_y", rf"\b({_MONTH})\s+(?:de\s+l'annee\s+|of\s+)?{_YEAR}\b"),
        ("y", r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])"),
    )
)
# A day and month with no year ("jeudi 3 avril", "on April 3"): read only when a reference
# date (the publication date) gives the year, so a bare "3 avril" is never guessed.
_NO_YEAR: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.IGNORECASE))
    for name, p in (
        # "les 9 et 10 novembre", "jeudi 3 et vendredi 4 avril", "January 27-28".
        ("d_d_m", rf"\b{_WEEKDAY}{_DAY}{_SEP}{_WEEKDAY}{_DAY}{_OF}\s+({_MONTH})(?!\s*,?\s*\d)"),
        ("m_d_d", rf"\b({_MONTH})\s+{_DAY}{_SEP}{_DAY}\b(?!\s*,?\s*\d)"),
        ("d_m", rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}{_OF}\s+({_MONTH})(?!\s*,?\s*\d)"),
        ("m_d", rf"\b{_WEEKDAY}({_MONTH})\s+{_DAY}\b(?!\s*,?\s*\d)"),
        # "On the 23rd (local time)": a day of the month the article was written in, or of
        # the one before or after; not an ordinal before its noun ("the 30th anniversary",
        # "the 5th session"), which is followed by a word that is not a preposition.
        (
            "d",
            rf"\b(?:on )?the (\d{{1,2}})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?{_MONTH})"
            r"(?!\s+(?!(?:at|in|on|of|and|when|as|with|after|before|to|the|a|an)\b)[a-z])",
        ),
    )
)


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    day: dt.date
    precision: str  # "day" | "month" | "year"
    until: dt.date | None = None  # the last day of a range


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _build(name: str, g: tuple[str | None, ...]) -> tuple[dt.date, str, dt.date | None]:
    if name == "from_to":
        d1, m1, d2, m2, y = g
        month2 = _month(m2 or "")
        month1 = _month(m1) if m1 else month2
        return (
            dt.date(int(y or 0), month1, int(d1 or 0)),
            "day",
            dt.date(int(y or 0), month2, int(d2 or 0)),
        )
    if name == "d_d_m_y":
        d1, d2, m, y = g
        month = _month(m or "")
        return (
            dt.date(int(y or 0), month, int(d1 or 0)),
            "day",
            dt.date(int(y or 0), month, int(d2 or 0)),
        )
    if name == "m_d_d_y":
        m, d1, d2, y = g
        month = _month(m or "")
        return (
            dt.date(int(y or 0), month, int(d1 or 0)),
            "day",
            dt.date(int(y or 0), month, int(d2 or 0)),
        )
    if name == "d_m_y":
        d, m, y = g
        return dt.date(int(y or 0), _month(m or ""), int(d or 0)), "day", None
    if name == "m_d_y":
        m, d, y = g
        return dt.date(int(y or 0), _month(m or ""), int(d or 0)), "day", None
    if name == "iso":
        y, m, d = g
        return dt.date(int(y or 0), int(m or 0), int(d or 0)), "day", None
    if name == "numeric":
        d, m, y = g
        return dt.date(int(y or 0), int(m or 0), int(d or 0)), "day", None
    if name == "m_y":
        m, y = g
        return dt.date(int(y or 0), _month(m or ""), 1), "month", None
    (y,) = g
    return dt.date(int(y or 0), 1, 1), "year", None


# A capitalised word inside a sentence, right before a bare year, makes the year part of a
# name ("Community Vision 2045", "the Union's Agenda 2063", "Expo 2020"), not a date; a
# capitalised word opening a sentence ("In 2015", "Since 2015") does not.
_NAME_BEFORE = re.compile(r"(?:[a-z,;)]|[A-Z][A-Za-z]+)\s+[A-Z][A-Za-z]+\s$")


def find_dates(
    flat: str, start: int = 0, end: int | None = None, reference: dt.date | None = None
) -> list[DateHit]:
    """Every date in ``flat[start:end]`` (a flattened text), longest reading first, no overlaps.

    With ``reference`` (the publication date), a day and month without a year are read too,
    in the year that puts them nearest the reference ("jeudi 3 avril" in an article of 2 April).
    """
    end = len(flat) if end is None else end
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    patterns = _PATTERNS + (_NO_YEAR if reference is not None else ())
    for name, pattern in patterns:
        for match in pattern.finditer(flat, start, end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            try:
                if name in ("d_m", "m_d", "d_d_m", "m_d_d", "d"):
                    day, until = _nearest(name, match.groups(), reference)
                    precision = "day"
                else:
                    day, precision, until = _build(name, match.groups())
            except (ValueError, KeyError):
                continue
            if until is not None and until < day:
                continue
            if name == "y" and _NAME_BEFORE.search(
                flat, max(start, match.start() - 40), match.start()
            ):
                continue  # "the ASEAN Community Vision 2045", "Agenda 2063": a name's year
            hits.append(DateHit(match.start(), match.end(), day, precision, until))
            taken.append((match.start(), match.end()))
    return sorted(hits, key=lambda h: h.start)


def _nearest(
    name: str, g: tuple[str | None, ...], reference: dt.date | None
) -> tuple[dt.date, dt.date | None]:
    """A day (and the last day of a range) without year, in the year (or, for "the 23rd",
    the month) that puts it nearest the reference."""
    assert reference is not None
    if name == "d":
        options = []
        for shift in (-1, 0, 1):
            month = (reference.month - 1 + shift) % 12 + 1
            year = reference.year + (reference.month - 1 + shift) // 12
            try:
                options.append(dt.date(year, month, int(g[0] or 0)))
            except ValueError:
                continue
        if not options:
            raise ValueError(f"no such day: {g[0]}")
        return min(options, key=lambda day_: abs((day_ - reference).days)), None
    last = None
    if name == "d_m":
        d, m = g[0], g[1]
    elif name == "m_d":
        d, m = g[1], g[0]
    elif name == "d_d_m":
        d, last, m = g
    else:  # m_d_d
        m, d, last = g
    month, day = _month(m or ""), int(d or 0)
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        raise ValueError(f"no such day: {d} {m}")
    first = min(options, key=lambda day_: abs((day_ - reference).days))
    return first, first.replace(day=int(last)) if last is not None else None


_RELATIVE_YEAR = re.compile(
    r"\b(?:l'an(?:nee)? prochain(?:e)?|next year|l'annee suivante|the following year)\b",
    re.IGNORECASE,
)
_THIS_YEAR = re.compile(
    r"\b(?:(?:avant |d'ici )?la fin de l'annee|(?:by )?the end of the year|cette annee|"
    r"this year)\b",
    re.IGNORECASE,
)


def due_date(flat: str, start: int, end: int, reference: dt.date | None) -> DateHit | None:
    """The date a next step or commitment is due by, within ``flat[start:end]``."""
    hits = find_dates(flat, start, end)
    if hits:
        return hits[0]
    match = _RELATIVE_YEAR.search(flat, start, end)
    if match and reference is not None:
        return DateHit(match.start(), match.end(), dt.date(reference.year + 1, 1, 1), "year")
    match = _THIS_YEAR.search(flat, start, end)
    if match and reference is not None:
        return DateHit(match.start(), match.end(), dt.date(reference.year, 1, 1), "year")
    return None


_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


# An announcement: the weekday it names is ahead of the publication date, not behind it.
_AHEAD = re.compile(
    r"(?:'ll\b)|\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|"
    r"(?-i:[a-z]{3,}(?:ra|ront))|doi(?:t|vent)|devr(?:ait|aient)|va|vont|prochain(?:e)?|next|"
    r"se retrouvent|se reunissent|meet|meets|attendue?s?|prevue?s?|expected|scheduled|"
    r"set to|due to|programmee?s?)\b",
    re.IGNORECASE,
)


def announces(flat: str, start: int, end: int) -> bool:
    """Whether ``flat[start:end]`` (a sentence up to the day it names) tells of something to
    come: "the session that is expected to be opened [tomorrow]", "se réuniront [jeudi]"."""
    return _AHEAD.search(flat, start, end) is not None


# A sentence told in the past: its weekday is not ahead of the publication date, whatever
# future it also names.
_PAST = re.compile(
    r"\b(?:was|were|had|did|held|met|took|began|opened|concluded|ended|said|told|hosted|"
    r"welcomed|agreed|discussed|signed|s'est|se sont|a eu|ont eu|a ete|ont ete|etait|"
    r"etaient|avait|avaient)\b",
    re.IGNORECASE,
)
# "on Saturday and Sunday", "samedi et dimanche", "Monday to Wednesday": the last day too.
_SECOND_WEEKDAY = re.compile(
    r"\s*(?:and|et|to|au|-|through)\s+(?:le\s+|on\s+)?(" + "|".join(_WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
# "The challenges of today and tomorrow" names no day.
# Days named from the day of writing: "demain", "tomorrow", "après-demain", "hier",
# "yesterday", "ce week-end", "this weekend", "la semaine prochaine", "next week".
_RELATIVE_DAY = re.compile(
    r"\b(?:(apres-demain|the day after tomorrow)|(demain|(?<!of )(?<!and )tomorrow)|"
    r"(hier|yesterday)|"
    r"(ce week-end|ce weekend|this (?:coming )?week-?end|le week-end prochain|next week-?end|"
    r"(?:over|during) the (?:coming )?week-?end)|"
    r"(la semaine prochaine|next week))\b",
    re.IGNORECASE,
)
_AND_TODAY = re.compile(r"\s*(?:et|and)\s+(?:aujourd'hui|today)\b", re.IGNORECASE)


def relative_day(flat: str, start: int, end: int, published: dt.date) -> DateHit | None:
    """The first day named from the day of writing in ``flat[start:end]``: "demain" in an
    article of 2 April is 3 April, "hier et aujourd'hui" the 1st to the 2nd, "ce week-end"
    the coming Saturday and Sunday, "next week" its Monday to Friday."""
    match = _RELATIVE_DAY.search(flat, start, end)
    if match is None:
        return None
    after2, after1, before1, weekend, week = match.groups()
    until = None
    if after2:
        day = published + dt.timedelta(days=2)
    elif after1:
        day = published + dt.timedelta(days=1)
    elif before1:
        day = published - dt.timedelta(days=1)
        if _AND_TODAY.match(flat, match.end(), end):
            until = published
    elif weekend:
        # The Saturday of the week of writing (the day before, written on a Sunday).
        day = published + dt.timedelta(days=5 - published.weekday())
        until = day + dt.timedelta(days=1)
    else:
        assert week is not None
        day = published + dt.timedelta(days=7 - published.weekday())
        until = day + dt.timedelta(days=4)
    return DateHit(match.start(), match.end(), day, "day", until)


# The day a report or statement was made, not the meeting's: "a spokesman said on Friday",
# "the ministry said Friday", "a-t-il déclaré vendredi" (a joint statement "on Tuesday" is
# the meeting's own).
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added|noted|confirmed|"
    r"declare|annonce|indique|precise|affirme|confirme|ajoute|communique|souligne)"
    r"(?:\s+(?:to|a|au|aux)\s+[\w' -]{1,25}?)?\s+(?:on\s+|le\s+|ce\s+)?$",
    re.IGNORECASE,
)


# "on Nov. 14, Thursday": a weekday set after a date only names that date's day.
_AFTER_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|er)?\s*,\s*$", re.IGNORECASE)


def weekday_before(
    flat: str, start: int, end: int, published: dt.date, nearest: bool = False
) -> DateHit | None:
    """ "était vendredi à Nouakchott" in an article of 4 March: the Friday before (27 Feb);
    "se réuniront jeudi" in an article of Wednesday 2 April: the Thursday after (3 April).
    With ``nearest`` (a headline without verb: "Consultations AES-Russie, jeudi à Moscou"),
    the one nearest the publication date, before or after. A day named from the day of
    writing ("demain", "yesterday") counts too, if it comes first."""
    match = next(
        (
            m
            for m in _WEEKDAY_WORD.finditer(flat, start, end)
            if not _REPORTED_ON.search(flat, max(start, m.start() - 40), m.start())
            and not _AFTER_DAY.search(flat, max(start, m.start() - 8), m.start())
        ),
        None,
    )
    relative = relative_day(flat, start, match.start() if match else end, published)
    if relative is not None:
        return relative
    if match is None:
        return None
    hit = _weekday_hit(flat, start, end, match, published, nearest)
    second = _SECOND_WEEKDAY.match(flat, match.end(), end)
    if second is None:
        return hit
    days = (_WEEKDAYS[second.group(1).lower()] - hit.day.weekday()) % 7
    return DateHit(hit.start, hit.end, hit.day, "day", hit.day + dt.timedelta(days=days))


def weekday_named(flat: str, start: int, end: int) -> int | None:
    """The weekday ``flat[start:end]`` puts an event on ("a présidé, mardi, …": 1), not one
    a report was made on ("said on Friday") nor one set after a date ("Nov. 14, Thursday")."""
    for m in _WEEKDAY_WORD.finditer(flat, start, end):
        if not _REPORTED_ON.search(
            flat, max(start, m.start() - 40), m.start()
        ) and not _AFTER_DAY.search(flat, max(start, m.start() - 8), m.start()):
            return _WEEKDAYS[m.group(1).lower()]
    return None


def _weekday_hit(
    flat: str, start: int, end: int, match: re.Match[str], published: dt.date, nearest: bool
) -> DateHit:
    wanted = _WEEKDAYS[match.group(1).lower()]
    # "When the ministers arrive in Karuizawa to open talks Sunday, they'll have …": a
    # sentence in the future, none of it in the past, announces the day ahead.
    future = _AHEAD.search(flat, start, match.start()) or (
        _AHEAD.search(flat, start, end) and not _PAST.search(flat, start, end)
    )
    if nearest and not future:
        ahead, back = (wanted - published.weekday()) % 7, (published.weekday() - wanted) % 7
        if ahead < back:
            day = published + dt.timedelta(days=ahead)
            return DateHit(match.start(), match.end(), day, "day")
    if future:
        ahead = (wanted - published.weekday()) % 7
        return DateHit(match.start(), match.end(), published + dt.timedelta(days=ahead), "day")
    back = (published.weekday() - wanted) % 7
    return DateHit(match.start(), match.end(), published - dt.timedelta(days=back), "day")


# "dimanche 15 décembre", "Thursday, April 3": a weekday, a day and a month, no year.
_WEEKDAY_DAY = re.compile(
    rf"\b({'|'.join(_WEEKDAYS)}),?\s+(?:the\s+)?{_DAY}\s+({_MONTH})(?!\s*,?\s*\d)|"
    rf"\b({'|'.join(_WEEKDAYS)}),?\s+({_MONTH})\s+{_DAY}\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)


def has_weekday_day(flat: str, start: int, end: int) -> bool:
    """Whether ``flat[start:end]`` holds a weekday, a day and a month without year."""
    return _WEEKDAY_DAY.search(flat, start, end) is not None


def weekday_year(flat: str, start: int, end: int, years: set[int]) -> DateHit | None:
    """ "dimanche 15 décembre" in a text that gives no publication date: the year, among
    those the text names (and their neighbours), in which that day is that weekday, if only
    one fits."""
    for match in _WEEKDAY_DAY.finditer(flat, start, end):
        if match.group(1):
            weekday, d, m = match.group(1), match.group(2), match.group(3)
        else:
            weekday, m, d = match.group(4), match.group(5), match.group(6)
        wanted = _WEEKDAYS[weekday.lower()]
        fits = set()
        for year in {y + s for y in years for s in (-1, 0, 1)}:
            try:
                day = dt.date(year, _month(m), int(d))
            except (ValueError, KeyError):
                continue
            if day.weekday() == wanted:
                fits.add(day)
        if len(fits) == 1:
            return DateHit(match.start(), match.end(), fits.pop(), "day")
    return None


def years_in(flat: str) -> set[int]:
    """The years a text names (with a day or month or alone)."""
    return {h.day.year for h in find_dates(flat)}


# "concluded their two-day meeting on Wednesday", "à l'issue de deux jours de travaux": the
# weekday named is the last day of a meeting of so many days.
_DAYS_LONG = re.compile(
    r"\b(two|three|four|deux|trois|quatre)[- ]days?\b|\b(?:de |en )?(deux|trois|quatre) jours\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"\b(?:conclud\w*|wrapp\w* up|ended|ends|closed|after|following|clos\w*|cl[oô]tur\w*|"
    r"achev\w*|pris fin|termin\w*|a l'issue|à l'issue|au terme)\b",
    re.IGNORECASE,
)
_COUNT = {"two": 2, "three": 3, "four": 4, "deux": 2, "trois": 3, "quatre": 4}


def closing_span(sentence: str, hit: DateHit) -> DateHit:
    """The weekday ``hit`` as the last day of the meeting of several days the sentence
    says was concluded then; ``hit`` itself otherwise."""
    long = _DAYS_LONG.search(sentence)
    if long is None or not _CLOSING.search(sentence) or hit.until is not None:
        return hit
    days = _COUNT[(long.group(1) or long.group(2)).lower()]
    first = hit.day - dt.timedelta(days=days - 1)
    return DateHit(hit.start, hit.end, first, "day", hit.day)


# A date in an address: "/2025/04/03/", "/20250403/", "/2025-04-03-", "?date=2025-04-03",
# "news-20250403-", "/2025/4/3/", "/2012-04/06/" (month only is not a day: left out).
_URL_DAY = re.compile(
    r"[/=_-]((?:19|20)\d\d)(?:[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])|"
    r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?=[/\-_.?&#]|$)"
)


def date_in_address(address: str | None) -> dt.date | None:
    """The day an address carries in its path ("https://x.org/2025/04/03/slug"), if any."""
    if not address:
        return None
    for match in _URL_DAY.finditer(address):
        year, month, day, month2, day2 = match.groups()
        try:
            return dt.date(int(year), int(month or month2), int(day or day2))
        except ValueError:
            continue
    return None


def month_days(flat: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Days and months without year in ``flat[start:end]`` ("jeudi 3 avril", "ces 3 et 4
    avril", "on April 3"): (start, end, month, day of the first day), in order."""
    out: list[tuple[int, int, int, int]] = []
    for name, pattern in _NO_YEAR:
        if name == "d":
            continue
        for match in pattern.finditer(flat, start, end):
            if any(s < match.end() and match.start() < e for s, e, _, _ in out):
                continue
            g = match.groups()
            if name == "d_d_m":
                d, m = g[0], g[2]
            elif name == "d_m":
                d, m = g[0], g[1]
            else:  # m_d, m_d_d: the month first
                d, m = g[1], g[0]
            try:
                month, day = _month(m or ""), int(d or 0)
                dt.date(2000, month, day)  # a leap year: 29 February is a day
            except (ValueError, KeyError):
                continue
            out.append((match.start(), match.end(), month, day))
    return sorted(out)
