"""The meeting a document reports: date, place, format, session, recurrence and parties."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.ingest.dates import (
    DateHit,
    announces,
    find_dates,
    relative_day,
    weekday_before,
)
from desktop_app.ingest.gazetteer import City, Entity, Gazetteer
from desktop_app.ingest.normalize import key
from desktop_app.ingest.structure import Line, sentences
from domain.vocabulary import MeetingFormat


@dataclass(frozen=True)
class Dateline:
    date: DateHit | None
    city: str | None
    city_span: tuple[int, int] | None
    country_iso2: str | None


_DATELINE_CITY = re.compile(
    r"^\s*([A-Z][A-Za-z'\-]+(?:[ -][A-Za-z'\-]+){0,3}?)\s*(?:\(([^)]{2,40})\))?"
    r"\s*,\s*(?:le\s+|on\s+)?$"
)
# The wire style: "RUSSIA, MOSCOW - APRIL 3, 2025:", "MOSCOW (Reuters) -", "Dakar - 3 avril 2025".
_WIRE_DATELINE = re.compile(
    r"^\s*(?:([A-Z][A-Za-z'\-]+(?: [A-Za-z'\-]+){0,2})\s*,\s*)?"
    r"([A-Z][A-Za-z'\-]+(?:[ -][A-Za-z'\-]+){0,3}?)\s*(?:\(([^)]{2,40})\))?\s*[-,:]\s*$"
)


def dateline(
    text: str,
    flat: str,
    lines: list[Line],
    gazetteer: Gazetteer,
    reference: dt.date | None = None,
) -> Dateline:
    """ "Moscou, 3 avril 2025 –": the city and date a communiqué or article opens with; with
    the publication date, a day without year too ("MOSCOW, April 3. /TASS/.")."""
    for line in lines[:6]:
        if line.kind not in ("para", "heading", "intro"):
            continue
        closing = _closing_place(text, flat, line, gazetteer, reference)
        if closing is not None:
            return closing
        stop = min(line.end, line.start + 120)
        dates = find_dates(flat, line.start, stop, reference)
        dates = [d for d in dates if d.precision == "day"]
        if not dates:
            continue
        first = dates[0]
        head = flat[line.start : first.start]
        wire = _wire_dateline(text, line.start, head, gazetteer)
        if wire is not None:
            return Dateline(first, *wire)
        match = _DATELINE_CITY.match(head)
        if match:
            name = text[line.start + match.start(1) : line.start + match.end(1)]
            city = gazetteer.place(name)
            iso2 = city.iso2 if city else None
            if city is not None and name.isupper() and gazetteer.city(name) is None:
                name = city.name_en  # "ŁÓDŹ, 2 décembre 2022": the town as it is written
            if match.group(2):
                entity = gazetteer.find_name(match.group(2))
                iso2 = entity.iso2 if entity and entity.iso2 else iso2
            span = (line.start + match.start(1), line.start + match.end(1))
            return Dateline(first, name, span, iso2)
        bracket = _BRACKET_DATELINE.match(head)
        if bracket and (city := gazetteer.place(bracket.group(1))) is not None:
            span = (line.start + bracket.start(1), line.start + bracket.end(1))
            return Dateline(first, city.name_en, span, city.iso2)
        if line.start == first.start or not head.strip():
            return Dateline(first, None, None, None)
    return Dateline(None, None, None, None)


# A wire dateline without its date: "KUALA LUMPUR - ", "NAGOYA (Kyodo) -- ", "Abu Dhabi: ".
_UNDATED_DATELINE = re.compile(
    r"[ \t]*([A-Z][A-Za-z'\-]+(?:[ -][A-Za-z'\-]+){0,3}?),?[ \t]*(?:\([^()\n]{2,60}\))?"
    r"[ \t]*(?:--|[-:\u2013\u2014])[ \t]+(?=[A-Z])"
)


def undated_dateline(
    text: str, flat: str, lines: list[Line], gazetteer: Gazetteer
) -> tuple[str, City, tuple[int, int]] | None:
    """The city of a wire dateline without date: the filing place, the meeting's only when
    the text names no other (a caller's last resort)."""
    for line in lines[:6]:
        if line.kind not in ("para", "intro"):
            continue
        match = _UNDATED_DATELINE.match(flat, line.start)
        city = gazetteer.place(match.group(1)) if match else None
        if match is None or city is None or gazetteer.find_name(match.group(1)) is not None:
            continue
        name = text[match.start(1) : match.end(1)]
        if name.isupper():
            name = city.name_en
        return name, city, match.span(1)
    return None


# The date inside the agency's bracket: "MOSCOW (Agency / Wire - 19th December, 2019)".
_BRACKET_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'\-]+(?: [A-Z'\-]+){0,3}),?\s*\([^()]{2,60}?[-,]\s*$"
)


# A title that ends with its place and date: "Statement following the meeting (Moscow,
# April 3, 2025)", "Déclaration finale (Bakou, 15 mars 2018)".
_CLOSING_PLACE = re.compile(
    r"\(\s*([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){0,2}),\s*([^()]{5,30})\)\s*$"
)


def _closing_place(
    text: str, flat: str, line: Line, gazetteer: Gazetteer, reference: dt.date | None
) -> Dateline | None:
    match = _CLOSING_PLACE.search(flat, line.start, line.end)
    if match is None:
        return None
    dates = find_dates(flat, match.start(2), match.end(2), reference)
    if len(dates) != 1 or dates[0].precision != "day" or dates[0].start != match.start(2):
        return None
    name = text[match.start(1) : match.end(1)]
    city = gazetteer.place(name)
    return Dateline(dates[0], name, (match.start(1), match.end(1)), city.iso2 if city else None)


def _wire_dateline(
    text: str, offset: int, head: str, gazetteer: Gazetteer
) -> tuple[str, tuple[int, int], str | None] | None:
    """ "RUSSIA, MOSCOW - " before a date: the city (a known one only), its span and state."""
    match = _WIRE_DATELINE.match(head)
    if not match:
        return None
    city = gazetteer.place(match.group(2))
    if city is None and match.group(1) and gazetteer.find_name(match.group(2)) is not None:
        # "Vientiane, Laos, 27 July 2024": the city, then its state.
        city = gazetteer.place(match.group(1))
        if city is None:
            return None
        span = (offset + match.start(1), offset + match.end(1))
        state = gazetteer.find_name(match.group(2))
        return text[span[0] : span[1]], span, state.iso2 if state and state.iso2 else city.iso2
    if city is None:
        return None
    iso2 = city.iso2
    for group in (1, 3):
        entity = gazetteer.find_name(match.group(group)) if match.group(group) else None
        if entity is not None and entity.iso2:
            iso2 = entity.iso2
    span = (offset + match.start(2), offset + match.end(2))
    name = text[span[0] : span[1]]
    if name.isupper():
        name = city.name_en if gazetteer.place(city.name_en) == city else name.title()
    return name, span, iso2


_PUBLISHED = re.compile(
    r"(?:publie|published|mis a jour|updated|posted|date de publication|modifie)"
    r"(?:\s+(?:le|on))?\s*:?\s*",
    re.IGNORECASE,
)
# A time of day right after a date: a posting timestamp ("04.04.2025 09:12 GMT", "2 avril
# 2025 à 17h40"), the moment a page was written, not the meeting's date.
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?\s*$")
# A line that is only a weekday and a full date ("Saturday, October 24, 2020") heads a web
# page: the day it was printed, not a meeting's.
_PAGE_DATE = re.compile(
    r"\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche),?\s+[\w ,]{5,30}?(?:19|20)\d\d\s*",
    re.IGNORECASE,
)
# A byline or reading time beside a date: "By Jane Doe | March 12, 2026", "Par la rédaction
# - 12 mars 2026", "Mar 12, 2026 — 3 min read": the day the article was written.
_BYLINE = re.compile(
    r"(?:^|[|,\-]\s*)(?:by|par)\s+(?:(?-i:[A-Z])|la redaction|notre)|\b(?:\d+\s*min(?:ute)?s? read|"
    r"\d+\s*min(?:utes?)? de lecture|staff (?:writer|reporter)|correspondent|correspondante?|"
    r"envoye special|redaction)\b",
    re.IGNORECASE | re.MULTILINE,
)
_CLOCK = re.compile(r"\s*(?:,|-|a|at|à|\|)?\s*\d{1,2}\s*(?::|h)\s*\d{2}\b", re.IGNORECASE)


def publication_date(flat: str, lines: list[Line]) -> DateHit | None:
    """The date an article was published ("Publié le 4 mars 2026", "Published: 04.04.2025
    09:12", a bare timestamp line), if it says so up top."""
    for line in lines[:6]:
        label = _PUBLISHED.search(flat, line.start, min(line.end, line.start + 80))
        if label:
            hits = find_dates(flat, label.end(), line.end)
            if hits and hits[0].precision == "day":
                return hits[0]
        if line.end - line.start > 160:
            continue  # a timestamp, a page's date or its address is a short line
        hits = [h for h in find_dates(flat, line.start, line.end) if h.precision == "day"]
        if hits and (
            (line.end - line.start < 100 and _BYLINE.search(flat, line.start, line.end))
            or _CLOCK.match(flat, hits[0].end, line.end)
            or _CLOCK_BEFORE.search(flat, line.start, hits[0].start)
            or _PAGE_DATE.fullmatch(flat, line.start, line.end)
        ):
            return hits[0]
        url = _URL_DATE.search(flat, line.start, line.end)
        if url:
            try:
                day = dt.date(int(url.group(1)), int(url.group(2)), int(url.group(3)))
            except ValueError:
                continue
            return DateHit(url.start(), url.end(), day, "day")
    return None


# The address of the page, kept above the text: "/20250402/…", "/2025/04/02/…".
_URL_DATE = re.compile(r"https?://\S*?/((?:19|20)\d\d)/?(\d\d)/?(\d\d)(?=[/\-_])")


# Sentences about other meetings: an earlier one ("the previous summit", "après celle de
# Berlin en 1996", "s'était tenue à Accra") or the next one. Their dates and cities are not
# this meeting's. "First" is not among the words: the first session is often this one.
_OTHER_MEETING = re.compile(
    r"\b(?:precedente?s?|previous|last|derniere?|prochaine?s?|next|suivante?|upcoming|"
    r"forthcoming)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:session|reunion|sommet|meeting|summit|"
    r"rencontre|edition|round|consultations?|conference|forum|commission)\b|"
    r"\bapres cel(?:le|ui)s? d[eu']|\bsince\b|\bdepuis\b|\bs'etai(?:t|ent) tenue?s?\b|"
    r"\bhad (?:met|been held|hosted|signed|adopted|held)\b|\bavait eu lieu\b|"
    r"\bavai(?:t|ent) (?:accueilli|abrite|organise|reuni|signe|adopte|tenu)\b|"
    r"\bpour rappel\b|\brappelons que\b|\bas you (?:may )?recall\b|\bfor the record\b|"
    # "We recall the declaration adopted in Tallinn on 4 May 2001": history, told as such.
    r"\b(?:we|they|ministers) (?:also )?(?:recall(?:ed)?|look(?:ed)? back)\b|"
    # The sides' next meeting told without the word "next": "agreed to meet again in Dakar".
    r"\b(?:meet|convene|gather)\s+again\b|\breconvene\b|\bse (?:revoir|retrouver)\b|"
    r"\bse reunir (?:a|de) nouveau\b",
    re.IGNORECASE,
)


def about_other_meeting(sentence: str) -> bool:
    return bool(_OTHER_MEETING.search(key(sentence)))


_CLAUSE_END = re.compile(r"[,;:\u2013\u2014(]")


def other_meeting_at(flat: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether ``flat[start:end]``, in the sentence ``flat[s:e]``, is said of another meeting:
    a marker before it ("la précédente session s'était tenue à Dakar") or in its clause
    ("Dakar accueillera la prochaine session"); not one in a later clause ("met in New York,
    … since their leaders held a summit at Camp David")."""
    if about_other_meeting(flat[s:end]):
        return True
    stops = [m.start() for m in _CLAUSE_END.finditer(flat, end, e)]
    return about_other_meeting(flat[end : stops[0] if stops else e])


def lead_date(flat: str, lines: list[Line], dateline_date: DateHit) -> DateHit | None:
    """ "Cairo, 6 September 2023 (TDI): … took place in Cairo on September 5": another day
    within two weeks of the dateline's, in its paragraph, is the meeting's (the dateline's
    is the day of writing)."""
    line = next((ln for ln in lines if ln.start <= dateline_date.start < ln.end), None)
    if line is None:
        return None
    relative = _relative_lead(flat, lines, line, dateline_date)
    if relative is not None:
        return relative
    for s, e in sentences(flat, dateline_date.end, line.end):
        if about_other_meeting(flat[s:e]):
            continue
        for hit in find_dates(flat, s, e, dateline_date.day):
            if hit.precision != "day" or hit.day == dateline_date.day:
                continue
            if abs((hit.day - dateline_date.day).days) <= 14 and not _DEADLINE_WORD.search(
                flat, max(s, hit.start - 20), hit.start
            ):
                return hit
    under = _weekday_lead(flat, line, dateline_date) or _under_bare_date(
        flat, lines, line, dateline_date
    )
    if under is not None:
        return under
    # "LUSAKA, June 12. /Agency/. … The talks took place on June 11 in Lusaka": a later
    # sentence saying the meeting was held on a day shortly before the dateline's.
    for other in lines:
        if other is line or other.kind not in ("para", "intro") or other.start < line.end:
            continue
        for s, e in sentences(flat, other.start, other.end):
            if not _WAS_HELD.search(flat, s, e) or about_other_meeting(flat[s:e]):
                continue
            for hit in find_dates(flat, s, e, dateline_date.day):
                if hit.precision == "day" and 0 < (dateline_date.day - hit.day).days <= 7:
                    return hit
    return None


def _relative_lead(flat: str, lines: list[Line], line: Line, dated: DateHit) -> DateHit | None:
    """ "ŁÓDŹ, 2 December — The Council ended today … The talks held yesterday and today":
    a day named from the dateline's, where the lead or the paragraph after says it was held."""
    following = [ln for ln in lines if ln.start >= line.start and ln.kind in ("para", "intro")]
    for ln in following[:2]:
        for s, e in sentences(flat, max(ln.start, dated.end), ln.end):
            relative = relative_day(flat, s, e, dated.day)
            if relative is None or about_other_meeting(flat[s:e]):
                continue
            if relative.day < dated.day and _WAS_HELD_OR_TOLD.search(flat, s, e):
                return relative
            # "October 13 (ENA) Ministers are arriving for the session expected to open
            # tomorrow": an announcement names a day ahead of its dateline.
            if relative.day > dated.day and announces(flat, s, relative.start):
                return relative
    return None


def _weekday_lead(flat: str, line: Line, dated: DateHit) -> DateHit | None:
    """ "Washington, Jan 22, 2025: … took part in a meeting in Washington on Tuesday": a
    weekday in the dateline's paragraph is read from the dateline's day, the day of writing
    (the Tuesday before a Wednesday's dateline; the day ahead in an announcement). A
    dateline of several days ("Nairobi, April 3-4") is the meeting's own, not a day of
    writing."""
    if dated.until is not None:
        return None
    for s, e in sentences(flat, dated.end, line.end):
        if about_other_meeting(flat[s:e]):
            continue
        hit = weekday_before(flat, s, e, dated.day)
        # A day named from the day of writing ("yesterday") is _relative_lead's to read.
        if hit is not None and _WEEKDAY_NAME.fullmatch(flat, hit.start, hit.end):
            return hit if hit.day != dated.day else None
    return None


_WEEKDAY_NAME = re.compile(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)


def _under_bare_date(flat: str, lines: list[Line], line: Line, dated: DateHit) -> DateHit | None:
    """ "April 17, 2023" alone on its line, then "On April 16, the minister hosted …": the
    line is the day of writing, the paragraph under it opens on the meeting's day."""
    if flat[line.start : line.end].replace(flat[dated.start : dated.end], "").strip(" ,.-|"):
        return None
    after = next(
        (ln for ln in lines if ln.start >= line.end and ln.kind in ("para", "intro")), None
    )
    for s, e in sentences(flat, after.start, after.end)[:1] if after is not None else []:
        for hit in find_dates(flat, s, e, dated.day):
            if hit.precision == "day" and 0 < (dated.day - hit.day).days <= 14:
                return hit
    return None


# A sentence that says a meeting was held (past tense), not one that announces it.
_WAS_HELD = re.compile(
    r"\b(?:took place|was held|were held|convened|presided over|chaired|"
    r"s'est (?:tenue?|deroulee?)|se sont "
    r"(?:tenue?s|deroulee?s|reunis)|a eu lieu|ont eu lieu)\b",
    re.IGNORECASE,
)


# A sentence telling a meeting that was held, in the words of a lead: "held", "discussions
# tenues hier et aujourd'hui", "met yesterday".
_WAS_HELD_OR_TOLD = re.compile(
    r"\b(?:took place|was held|were held|held|met|convened|talks|discussions?|tenue?s?|"
    r"s'est (?:tenue?|deroulee?)|se sont (?:tenue?s|deroulee?s|reunis)|a eu lieu|ont eu lieu|"
    r"reunis|reunies|discute|examine)\b",
    re.IGNORECASE,
)


_DEADLINE_WORD = re.compile(
    r"\b(?:by|before|until|avant|d'ici|jusqu'(?:au|a))\s+(?:le\s+|the\s+)?$", re.IGNORECASE
)


def first_date(
    flat: str, start: int, end: int, published: dt.date | None = None, months: bool = True
) -> DateHit | None:
    """The first day or month (a month only with ``months``) in ``flat[start:end]`` outside
    sentences about other meetings; with a publication date, a day without year is read and
    a date long before it is not taken (a background sentence)."""
    kept = ("day", "month") if months else ("day",)
    for s, e in sentences(flat, start, end):
        for hit in find_dates(flat, s, e, published):
            if hit.precision not in kept or other_meeting_at(flat, s, e, hit.start, hit.end):
                continue
            if hit.precision == "day" and _REPORTED_BY.search(
                flat, max(s, hit.start - 70), hit.start
            ):
                continue  # "a photo provided by the ministry on Nov. 15": the report's day
            if (
                hit.precision == "month"
                and published is not None
                and ((published - hit.day).days > 120)
            ):
                continue  # "in October 2023" in an article of 2025: background
            if (
                hit.precision == "day"
                and published is not None
                and (published - hit.day).days > _YEARS_BEFORE
                and _day_of_writing_near(flat, start, end, published)
            ):
                continue  # "The SCO, founded on 15 June 2001, met on Tuesday": background
            return hit
    return None


# The day a photo, text or statement was given out, not the meeting's: "This photo,
# provided by the foreign ministry on Nov. 15", "a statement released on Monday".
_REPORTED_BY = re.compile(
    r"\b(?:provided|released|distributed|issued|posted|published|fournie?s?|diffusee?s?|"
    r"publiee?s?)(?:\s+(?:by|par)\s+[\w' .-]{1,50}?)?\s+(?:on|le)\s+$",
    re.IGNORECASE,
)


# A day this long before the publication date, in a text that also names a day near it (a
# weekday, "demain", a date of these weeks), is history told as background.
_YEARS_BEFORE = 365


def _day_of_writing_near(flat: str, start: int, end: int, published: dt.date) -> bool:
    """Whether ``flat[start:end]`` names a day within two months of ``published``."""
    if weekday_before(flat, start, end, published) is not None:
        return True
    return any(
        h.precision == "day" and abs((h.day - published).days) <= 60
        for h in find_dates(flat, start, end, published)
    )


def place_by_date(
    text: str, flat: str, lines: list[Line], date: DateHit, gazetteer: Gazetteer
) -> tuple[str, City, tuple[int, int]] | None:
    """The city said with the meeting's date: in its sentence ("convened on 22 December
    2018 in Abuja") or right after it ("22 December 2018, Abuja")."""
    line = next((ln for ln in lines if ln.start <= date.start < ln.end), None)
    if line is None:
        return None
    for s, e, city in gazetteer.city_mentions(flat, date.end, min(line.end, date.end + 4 + 40)):
        if not flat[date.end : s].strip(" ,"):
            return text[s:e], city, (s, e)
    sentence = next(
        ((a, b) for a, b in sentences(flat, line.start, line.end) if a <= date.start < b), None
    )
    if sentence is None:
        return None
    # "The SCO, founded in Shanghai in 2001, met in Tianjin on Tuesday": the city in the
    # date's own clause first, then in its sentence.
    before = [m.end() for m in _CLAUSE_END.finditer(flat, sentence[0], date.start)]
    after = [m.start() for m in re.finditer(r"[,;:()\u2013\u2014]", flat[date.end : sentence[1]])]
    clause = (before[-1] if before else sentence[0], date.end + after[0] if after else sentence[1])
    if clause != sentence:
        found = place_in(text, flat, clause[0], clause[1], gazetteer, dated_towns=True)
        if found is not None:
            return found
    return place_in(text, flat, sentence[0], sentence[1], gazetteer, dated_towns=True)


def place_in(
    text: str, flat: str, start: int, end: int, gazetteer: Gazetteer, dated_towns: bool = False
) -> tuple[str, City, tuple[int, int]] | None:
    """A known city the meeting was held in ("à Niamey", "in Abuja", "visiting Geneva",
    "in the Austrian city of Salzburg"), not one an earlier step of a tour was in ("après
    avoir été reçu à Lusaka") nor one that only names something else ("Moscow University")."""
    heading: tuple[str, City, tuple[int, int]] | None = None
    for s, e, city in gazetteer.city_mentions(flat, start, end):
        sentence = next(((a, b) for a, b in sentences(flat, start, end) if a <= s < b), None)
        if sentence is not None and (
            other_meeting_at(flat, sentence[0], sentence[1], s, e)
            or _EARLIER_STEP.search(key(flat[sentence[0] : s]))
        ):
            continue
        before = flat[max(start, s - 12) : s].lower()
        # "de Luxembourg", "of Singapore": the state of that name, not its capital.
        state_named = gazetteer.find_name(flat[s:e]) is not None
        if not _PLACE_BEFORE.search(before) or (state_named and before.endswith("de ")):
            continue
        if not _NAME_HEAD.match(flat, e):
            return text[s:e], city, (s, e)
        # "at Moscow University in Kazan": the city named next; this one if none is.
        heading = heading or (text[s:e], city, (s, e))
    return (
        heading
        or town_held_in(text, flat, start, end, gazetteer, dated_towns)
        or capital_named(text, flat, start, end, gazetteer)
    )


# A capital named by its state's adjective: "dans la capitale mauritanienne", "in the
# Nigerien capital", "à la capitale russe".
_CAPITAL_OF = re.compile(
    r"\b(?:dans|a|en|in|at)\s+(?:la\s+)?capitale\s+([a-z]+)\b"
    r"|\b(?:in|at)\s+the\s+([A-Z][a-z]+)\s+capital\b(?!\s+(?:of|city of)\b)"
)


def capital_named(
    text: str, flat: str, start: int, end: int, gazetteer: Gazetteer
) -> tuple[str, City, tuple[int, int]] | None:
    """The capital a sentence puts the meeting in by its state's adjective, not one said of
    another meeting or of an earlier step of a tour."""
    for match in _CAPITAL_OF.finditer(flat, start, end):
        group = 1 if match.group(1) else 2
        city = gazetteer.capital_of(match.group(group))
        if city is None:
            continue
        sentence = next(
            ((a, b) for a, b in sentences(flat, start, end) if a <= match.start() < b), None
        )
        if sentence is not None and (
            other_meeting_at(flat, sentence[0], sentence[1], match.start(), match.end())
            or _EARLIER_STEP.search(key(flat[sentence[0] : match.start()]))
        ):
            continue
        return city.name_fr if group == 1 else city.name_en, city, match.span(group)
    return None


# Where a sentence says a meeting is held, the capitalised name next is its place even when
# the gazetteer does not know it: "met in the German city of Münster", "held in Łódź",
# "se déroulera à Lodz les 1er et 2 décembre", "talks in Nha Trang on Monday". Such a name is
# looked up in the world's towns; elsewhere ("Reading", "Mission") it is not read as a town.
_HELD_CUE = (
    r"(?i:\b(?:held|hosted|convened|(?:took|takes?|taking) place|met|meets?|meetings?|talks|"
    r"summit|conference|session|retreat|gather(?:ed|ing)?|arriv(?:e|es|ed|ing)|"
    r"opened|began|kick(?:ed|s)? off|"
    r"s'est (?:tenue?|deroulee?|ouverte?)|"
    r"se sont (?:tenue?s|deroulee?s|reunie?s|ouverte?s|rencontre\w*|retrouve\w*)|"
    r"se (?:tiendra|tiendront|deroulera|derouleront|reuniront|reunissent|retrouvent)|"
    r"se derouler|se reunir|a eu lieu|ont eu lieu|aura lieu|auront lieu|reunie?s|"
    r"reunion|rencontre|sommet|retraite|accueill\w+|se reunit|se rencontr\w+|rencontrer\w*|"
    r"scheduled|planned)"
    # A few words, a date, a quoted name or a bracket may come between the cue and the place:
    # "was held on April 8, 2012, in Ningbo", "met today (April 3, 2015) in Wrocław".
    r"(?:[\s,\"()]+[\w'-]+){0,6}?[\s,\"()]*\s(?:in|at|a|au chateau de)(?:\s+the)?\s+"
    r"|\b(?:city|town|port|resort|island|village|province|prefecture) of\s+"
    r"|\bcapital(?: city)?(?: of|,)\s+"
    r"|\b(?:ville|station balneaire|ile|capitale regionale|cite portuaire) de\s+)"
)
_TOWN_NAME = r"([A-Z][\w'-]+(?:[ -](?:[A-Z][\w'-]+|de|del|la|el|al|am|an|sur)){0,3})"
_TOWN = re.compile(_HELD_CUE + _TOWN_NAME)
# A town with the day, in the sentence giving the meeting's date: "in Labuan Bajo on 10 May",
# "à Hammamet le 3 juin", "in Rijeka on Tuesday".
_TOWN_DATED = re.compile(
    r"\b(?:in|at|a)\s+" + _TOWN_NAME + r",?\s+(?i:(?:on|le|les|ce|du|this|last)\s+)?"
    r"(?i:\d{1,2}\b|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b)"
)


def town_held_in(
    text: str, flat: str, start: int, end: int, gazetteer: Gazetteer, dated: bool = False
) -> tuple[str, City, tuple[int, int]] | None:
    """The first town of the world's list ``flat[start:end]`` says a meeting is held in
    (never one said of another meeting or of an earlier step of a tour); with ``dated`` (the
    sentence giving the meeting's date), a town named with a day too."""
    found = [*_TOWN.finditer(flat, start, end)]
    found += [*_TOWN_DATED.finditer(flat, start, end)] if dated else []
    for match in sorted(found, key=lambda m: m.start(1)):
        words = list(re.finditer(r"[\w'-]+", match.group(1)))
        for n in range(len(words), 0, -1):  # "Luang Prabang Province": the longest town
            s, e = match.start(1), match.start(1) + words[n - 1].end()
            city = gazetteer.place(flat[s:e])
            if city is None or gazetteer.find_name(flat[s:e]) is not None:
                continue
            sentence = next(((a, b) for a, b in sentences(flat, start, end) if a <= s < b), None)
            if sentence is not None and (
                other_meeting_at(flat, sentence[0], sentence[1], s, e)
                or _EARLIER_STEP.search(key(flat[sentence[0] : s]))
            ):
                break
            if _NAME_HEAD.match(flat, e):
                break
            # "Rueil Malmaison" for "Rueil-Malmaison": the town as the list spells it.
            written, listed = key(flat[s:e]), key(city.name_en)
            spaced = written != listed and written.replace("-", " ") == listed.replace("-", " ")
            return city.name_en if spaced else text[s:e], city, (s, e)
    return None


# The words that put a city as the place: "à", "in", "at", "in the", "de" (réunis de
# Dakar), "visiting", "city of".
_PLACE_BEFORE = re.compile(
    r"(?:^|\W)(?:a|in|de|at|in the|visiting|visit to|(?:city|town|port|resort|island) of)\s$"
)
# A city that is the first word of another name: "Moscow University", "the Abuja
# Declaration", "the Lomé Summit", "the Minsk agreements", "the Astana format".
_NAME_HEAD = re.compile(
    r"\s+(?:University|Airport|Declaration|Summit|Process|[Ff]ormat|Agreements?|Accords?|"
    r"Charter|Plan|Convention|Protocol|Group|Hall|Palace|Hotel|Stadium|Arena|Centre|Center|"
    r"Conference|Forum|Dialogue|Initiative|Principles|Consensus)\b"
)
# A clause about an earlier step of a tour: "Après avoir été reçu lundi à Lusaka, il s'est
# rendu au Malawi"; "after visiting Nairobi".
_EARLIER_STEP = re.compile(
    r"\b(?:apres avoir|apres etre|after having|after visiting|before (?:heading|travelling|"
    r"flying|leaving))\b[^,;.]*$"
)


# A conversation at a distance has no venue: the cities it names are those of others.
_REMOTE = re.compile(
    r"\b(?:telephone (?:talks|call|conversation)|phone (?:call|conversation|talks)|"
    r"(?:entretien|conversation|echange|appel|entretiens) telephoniques?|par telephone|"
    r"(?:by|over)(?: the)? (?:tele)?phone|video ?conference|visioconference|videoconference)\b",
    re.IGNORECASE,
)


# A call before the meeting is not the meeting: "Cette rencontre fait suite à l'appel
# téléphonique du président", "following a phone call last week".
_EARLIER_CALL = re.compile(r"\b(?:suite a|following|after|apres|since|depuis)\b", re.IGNORECASE)


def remote(head: str) -> bool:
    """Whether ``head`` (title and lead) reports a telephone call or a video conference."""
    folded = key(head)
    for match in _REMOTE.finditer(folded):
        opening = max(folded.rfind(". ", 0, match.start()), 0)
        if not _EARLIER_CALL.search(folded, opening, match.start()):
            return True
    return False


# What the report says was held in a city: "discussed the corridor at a meeting in Addis
# Ababa", "talks in Geneva", "réunis à Abuja", "a eu lieu à Dakar".
_HELD_IN = re.compile(
    r"\b(?:meeting|meetings|talks|summit|conference|session|consultations|held|met|meet|"
    r"took place|convened|gathered|reunion|rencontre|sommet|entretiens?|reunis|reunies|"
    r"tenue?s?|eu lieu|rencontres?|retrouves)\s+(?:[\w'-]+\s+){0,2}?(?:in|at|a)(?:\s+the)?\s*$",
    re.IGNORECASE,
)


def held_elsewhere(
    text: str, flat: str, line: Line, dateline_span: tuple[int, int], gazetteer: Gazetteer
) -> tuple[str, City, tuple[int, int]] | None:
    """ "NAIROBI, March 5. /Agency/. The ministers … at a meeting in Addis Ababa": a dateline
    names where the report was filed; the city its paragraph says the meeting was held in, if
    another, is the meeting's."""
    filed = gazetteer.place(text[dateline_span[0] : dateline_span[1]])
    for s, e, city in gazetteer.city_mentions(flat, dateline_span[1], line.end):
        if city == filed or _NAME_HEAD.match(flat, e):
            continue
        sentence = next(
            ((a, b) for a, b in sentences(flat, line.start, line.end) if a <= s < b), None
        )
        if sentence is None or other_meeting_at(flat, sentence[0], sentence[1], s, e):
            continue
        before = key(flat[max(sentence[0], s - 60) : s])
        clause = re.split(r"[,;:(]", before)[-1]
        if _HELD_IN.search(before) and not _OTHER_TIME.search(clause):
            return text[s:e], city, (s, e)
    # "SOFIA, October 8 … met yesterday in Plovdiv": a town the gazetteer does not know.
    town = town_held_in(text, flat, dateline_span[1], line.end, gazetteer)
    if town is not None and town[1] != filed:
        s = town[2][0]
        clause = re.split(r"[,;:(]", key(flat[line.start : s]))[-1]
        if not _OTHER_TIME.search(clause):
            return town
    return None


# "a week after talks in Bamako", "ahead of the summit in Lomé": another meeting's city.
_OTHER_TIME = re.compile(
    r"\b(?:after|before|since|following|ahead of|prior to|apres|avant|depuis|suite a|en vue)\b"
)


_FORMATS = (
    (
        MeetingFormat.SUMMIT,
        r"\bsommet\b|\bsummit\b|college des chefs d'etat|conference des chefs d'etat|"
        r"heads of state",
    ),
    (
        MeetingFormat.JOINT_COMMISSION,
        r"\bcommission mixte\b|\bjoint (?:higher |ministerial )?(?:commission|committee)\b",
    ),
    (MeetingFormat.CONSULTATIONS, r"\bconsultations?\b"),
    (MeetingFormat.CONFERENCE, r"\bconference\b"),
    (MeetingFormat.STATE_VISIT, r"\bvisite d'etat\b|\bstate visit\b"),
    (MeetingFormat.OFFICIAL_VISIT, r"\bvisite officielle\b|\bofficial visit\b"),
    (MeetingFormat.WORKING_VISIT, r"\bvisite de travail\b|\bworking visit\b"),
    (MeetingFormat.VISIT, r"\bvisite\b|\bvisit\b"),
    (MeetingFormat.TALKS, r"\bentretiens?\b|\btalks\b"),
    (
        MeetingFormat.TREATY_SIGNING,
        r"\bsignature (?:du|d'un|de la) (?:traite|charte|accord)|\bsigning of\b",
    ),
    (MeetingFormat.FORUM, r"\bforum\b"),
    (MeetingFormat.MEETING, r"\breunion\b|\bmeeting\b|\brencontre\b|\bsession\b"),
)
_MINISTERIAL = re.compile(
    r"ministeri\w*|\bministerial\b|ministres? des affaires etrangeres|foreign ministers?|"
    r"chefs? de la diplomatie|ministers? of foreign affairs",
    re.IGNORECASE,
)


# A format held by foreign ministers is its ministerial kind.
_MINISTERIAL_KIND = {
    MeetingFormat.CONSULTATIONS: MeetingFormat.MINISTERIAL_CONSULTATIONS,
    MeetingFormat.CONFERENCE: MeetingFormat.MINISTERIAL_CONFERENCE,
    MeetingFormat.MEETING: MeetingFormat.MINISTERIAL_MEETING,
    MeetingFormat.TALKS: MeetingFormat.MINISTERIAL_TALKS,
}


def meeting_format(preamble: str) -> MeetingFormat:
    # "fait suite aux décisions du deuxième sommet": an event referred back to is not this
    # meeting's kind (a ministerial conference).
    folded = _without_referred(key(preamble))
    for name, pattern in _FORMATS:
        if re.search(pattern, folded):
            if name in _MINISTERIAL_KIND and _MINISTERIAL.search(folded):
                return _MINISTERIAL_KIND[name]
            return name
    if _MINISTERIAL.search(folded):
        return MeetingFormat.MINISTERIAL_MEETING
    return MeetingFormat.MEETING


ORDINALS = {
    "premiere": 1, "premier": 1, "1re": 1, "1ere": 1, "1er": 1, "first": 1, "inaugural": 1,
    "inaugurale": 1, "deuxieme": 2, "seconde": 2, "second": 2, "2e": 2, "2eme": 2, "2nd": 2,
    "troisieme": 3, "third": 3, "3e": 3, "3eme": 3, "3rd": 3, "quatrieme": 4, "fourth": 4,
    "4e": 4, "4th": 4, "cinquieme": 5, "fifth": 5, "5e": 5, "5th": 5, "sixieme": 6, "sixth": 6,
    "septieme": 7, "seventh": 7, "huitieme": 8, "eighth": 8, "neuvieme": 9, "ninth": 9,
    "dixieme": 10, "tenth": 10,
}  # fmt: skip
_TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = "|".join(sorted((w for w, n in ORDINALS.items() if n < 10 and w.isalpha()), key=len))
_EVENT = (
    r"\s+(?:[a-z'-]+\s+){0,2}?(?:session|edition|sommet|summit|meeting|reunion|round|conference)\b"
)
# "cinquante-deuxième session", "Fifty-fourth Ordinary Session", "Fiftyfourth", "66e sommet";
# never "deuxième" alone out of "cinquante-deuxième".
_SESSION = re.compile(
    r"(?<![\w-])(?:("
    + "|".join(_TENS)
    + r")[- ]?(?:et[- ])?("
    + _UNITS.replace("premier|", "")
    + r"|unieme)|("
    + "|".join(sorted(ORDINALS, key=len, reverse=True))
    + r"|\d{1,2}(?:e|eme|th|st|nd|rd)))"
    + _EVENT,
    re.IGNORECASE,
)
# A numbered event a sentence refers back to: "fait suite aux décisions du deuxième sommet",
# "la décision a été prise lors du deuxième sommet", "following the decisions of the first".
_REFERRED = re.compile(
    r"(?:decisions?|suite|suivi|after|following|since|depuis|follow-up to|prise lors|"
    r"resultats|results|outcomes?|mise en oeuvre|implementation|"
    r"taken at|adopted at|adoptee?s? lors)\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _without_referred(folded: str) -> str:
    """``folded`` without the numbered events it refers back to."""
    out, last = [], 0
    for match in _SESSION.finditer(folded):
        if _REFERRED.search(folded, max(0, match.start() - 60), match.start()):
            out.append(folded[last : match.start()])
            last = match.end()
    return "".join(out) + folded[last:]


def _ordinal(match: re.Match[str]) -> int | None:
    tens, unit, plain = match.group(1), match.group(2), match.group(3)
    if tens:
        unit_value = (
            1 if unit and unit.lower() == "unieme" else ORDINALS.get((unit or "").lower(), 0)
        )
        return _TENS[tens.lower()] + unit_value
    word = (plain or "").lower()
    if word in ORDINALS:
        return ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else None


_FUTURE_CONTEXT = re.compile(
    r"\bprochaine?\b|\bnext\b|\bsuivante\b|\bfollowing\b|\bwill\b|\bse tiendra\b|\bprevue?\b|"
    r"\ben (?:19|20)\d\d\b|\bin (?:19|20)\d\d\b",
    re.IGNORECASE,
)


# The event a numbered phrase counts: "the second summit" is not the number of a conference.
_COUNTED_KIND = re.compile(r"(sommet|summit|conference)$")


def session_number(sentences_text: list[str], fmt: str = "") -> int | None:
    """The number of this session ("52e sommet", "the fourth ministerial meeting"), not of
    an earlier or next one, nor of another kind of event (a summit for a conference)."""
    for sentence in sentences_text:
        folded = key(sentence)
        match = _SESSION.search(folded)
        if match is None or about_other_meeting(sentence) or _FUTURE_CONTEXT.search(folded):
            continue
        if _REFERRED.search(folded, 0, match.start()):
            continue
        kind = _COUNTED_KIND.search(match.group(0))
        if kind and fmt and kind.group(1).replace("sommet", "summit") not in fmt:
            continue
        return _ordinal(match)
    return None


_FREQUENCY = (
    (
        "annual",
        r"\bannuel(?:le)?s?\b|\bannual(?:ly)?\b|\bchaque annee\b|\btous les ans\b|"
        r"\bevery year\b|\byearly\b",
    ),
    (
        "every two years",
        r"\bbiennal(?:e|es)?\b|\bbiennial\b|\btous les deux ans\b|\bevery two years\b",
    ),
    ("twice a year", r"\bsemestriel(?:le)?s?\b|\bdeux fois par an\b|\btwice a year\b|\bbiannual\b"),
    ("quarterly", r"\btrimestriel(?:le)?s?\b|\bquarterly\b"),
    ("monthly", r"\bmensuel(?:le)?s?\b|\bmonthly\b"),
)
_ALTERNATING = re.compile(
    r"\b(?:alternee?s?|en alternance|alternativement|alternating|rotating|a tour de role)\s+"
    r"(?:entre|between|a|in)\s+(.+?)\s+(?:et|and)\s+(.+?)(?=[.;,)]|$)",
    re.IGNORECASE,
)
_RECURRING_THING = re.compile(
    r"\bformat\b|\bsession|\bconsultation|\brencontre|\breunion|\bmeeting|\bsummit|\bsommet|"
    r"\bcooperation|\bmecanisme|\bmechanism|\bdialogue",
    re.IGNORECASE,
)


def recurrence(sentences_text: list[str], gazetteer: Gazetteer) -> str | None:
    """ "annual, alternating between Moscow and the capitals of the AES states"."""
    for sentence in sentences_text:
        folded = key(sentence)
        if not _RECURRING_THING.search(folded):
            continue
        frequency = next((name for name, p in _FREQUENCY if re.search(p, folded)), None)
        if frequency is None:
            continue
        alternating = _ALTERNATING.search(folded)
        if not alternating:
            return frequency
        places = [_english_place(alternating.group(i), gazetteer) for i in (1, 2)]
        return f"{frequency}, alternating between {places[0]} and {places[1]}"
    return None


_CAPITALS = re.compile(r"^(?:les |the )?capitales?\s+(.+)$")
_COUNTRY_OF = re.compile(r"^(?:un |une |a |an )?pays\s+(?:de l'|du|de la|des|de)\s*(.+)$")


def _english_place(phrase: str, gazetteer: Gazetteer) -> str:
    phrase = phrase.strip()
    city = gazetteer.city(phrase)
    if city is not None:
        return city.name_en
    capitals = _CAPITALS.match(phrase)
    if capitals:
        owner = capitals.group(1)
        if owner in ("membres", "des etats membres", "des pays membres", "of the member states"):
            return "the capitals of the member states"
        owner = re.sub(r"^(?:de l'|du|de la|des|de|of the|of)\s*", "", owner)
        entity = gazetteer.demonym(owner) or gazetteer.find_name(owner)
        if entity is not None:
            if entity.kind == "organisation":
                return f"the capitals of the {entity.short} states"
            return f"the capital of {entity.english}"
    country = _COUNTRY_OF.match(phrase)
    if country:
        entity = gazetteer.find_name(country.group(1))
        if entity is not None:
            return (
                f"a country of the {entity.short}"
                if entity.kind == "organisation"
                else entity.english
            )
    return phrase


# A name inside another thing's name is no party: "the UN Charter", "la Charte des Nations
# unies", "UN Security Council reform", "the Gulf of Guinea", "Lake Chad".
_INCIDENTAL_BEFORE = re.compile(
    r"(?:\b(?:charte|charter|conseil de securite|security council|assemblee generale|"
    r"general assembly|secretaire general|secretary-general|golfe|gulf|lac|lake|bassin|basin|"
    r"fleuve|river|mer|sea|ocean)\s+(?:des|de la|de l'|du|de|d'|of the|of)?\s*)$",
    re.IGNORECASE,
)
_INCIDENTAL_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:charter|security council|general assembly|secretary-general|"
    r"resolution|agenda|summit in|basin|river)\b",
    re.IGNORECASE,
)


def parties_in(
    flat: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[tuple[Entity, int, int]]:
    """States and organisations named (not as adjectives) in the given spans, in order."""
    seen: set[str] = set()
    out: list[tuple[Entity, int, int]] = []
    for start, end in spans:
        for mention in gazetteer.mentions(flat, start, end):
            if mention.demonym or mention.entity.key in seen:
                continue
            if _INCIDENTAL_BEFORE.search(flat, max(start, mention.start - 40), mention.start) or (
                _INCIDENTAL_AFTER.match(flat, mention.end, end)
            ):
                continue
            seen.add(mention.entity.key)
            out.append((mention.entity, mention.start, mention.end))
    return out


def precision_date(hit: DateHit | None) -> tuple[dt.date | None, dt.date | None, str]:
    if hit is None:
        return None, None, "day"
    return hit.day, hit.until, hit.precision
