"""One document's text to its meeting, participants, items and statements (no store needed).

``extract_document(text)`` is the whole extraction: cleaning, layout, dates, people, lists,
prose and quotations. Every record carries the span of its passage in ``Extraction.text``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from desktop_app.ingest import items as item_rules
from desktop_app.ingest import meeting as meeting_rules
from desktop_app.ingest.dates import (
    DateHit,
    closing_span,
    date_in_address,
    find_dates,
    has_weekday_day,
    month_days,
    weekday_before,
    weekday_named,
    weekday_year,
    years_in,
)
from desktop_app.ingest.gazetteer import (
    Entity,
    Gazetteer,
    KnownPerson,
    flatten,
    load_gazetteer,
)
from desktop_app.ingest.normalize import CleanText, clean, key
from desktop_app.ingest.parties import meeting_parties
from desktop_app.ingest.people import People, Person
from desktop_app.ingest.records import (
    Extraction,
    FoundItem,
    FoundMeeting,
    FoundParty,
    FoundPerson,
    FoundStatement,
)
from desktop_app.ingest.roles import (
    find_people,
    home_state,
    mark_in_passing,
    states_from_context,
    states_from_home,
)
from desktop_app.ingest.statements import resolve_statements
from desktop_app.ingest.structure import Line, quotes, sentences, split_lines
from domain.vocabulary import MEETING_FORMATS_FR, MeetingFormat, values_of

__all__ = [
    "Extraction",
    "FoundItem",
    "FoundMeeting",
    "FoundParty",
    "FoundPerson",
    "FoundStatement",
    "detect_language",
    "extract_document",
]

# The review queue shows it: a repaired text may still hold a wrong letter here and there.
MOJIBAKE_NOTE = "mojibake repaired: the text was UTF-8 read as cp1252; check names and accents"

# Why a meeting's field is uncertain (FoundMeeting.flags, shown in the review queue).
FLAG_WEEKDAY = "date inferred from a weekday and the publication date"
FLAG_YEAR_FROM_PUBLICATION = "date's year taken from the publication date"
FLAG_YEAR_FROM_WEEKDAY = "date's year inferred from its weekday and the years the text names"
FLAG_PUBLICATION_DATE = "no meeting date in the text: the publication date is used"
FLAG_YEAR_FROM_TEXT = "date's year taken from the only year the text names"
FLAG_DATELINE_ELSEWHERE = (
    "date of a dateline filed in another city: the meeting may be a day earlier"
)
FLAG_PARTY_ONCE = "party named only once"

_FR_WORDS = set(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "et",
        "est",
        "une",
        "dans",
        "pour",
        "avec",
        "sur",
        "au",
        "ont",
        "qui",
    ]
)
_EN_WORDS = set(
    ["the", "and", "of", "to", "in", "with", "for", "on", "is", "was", "will", "have", "that", "by"]
)


def detect_language(text: str) -> str:
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    fr = sum(1 for w in words if w in _FR_WORDS)
    en = sum(1 for w in words if w in _EN_WORDS)
    return "en" if en > fr else "fr"


def extract_document(
    text: str,
    *,
    title: str | None = None,
    gazetteer: Gazetteer | None = None,
    known_people: Sequence[KnownPerson] = (),
    cleaned: bool = False,
    published: dt.date | None = None,
    address: str | None = None,
    clean_result: CleanText | None = None,
) -> Extraction:
    """Everything Chancery finds in one document's text; pure, so it can be measured alone.

    ``text`` is the document's text as read (pass ``cleaned=True`` if it is already the
    stored text); ``known_people`` adds people the store knows to the gazetteer's.
    ``published`` (the file's metadata, or given at import) and ``address`` (its URL, which
    may carry the day) date the document: relative dates are read from that day, and it is
    never taken for the meeting's own date unless the text gives no other.
    ``clean_result``: ``normalize.clean(text)``, when the caller has it already.
    """
    noise: tuple[str, ...] = ()
    notes: list[str] = []
    if not cleaned:
        result = clean_result if clean_result is not None else clean(text)
        text, noise = result.text, result.noise_removed
        if result.mojibake_repaired:
            notes.append(MOJIBAKE_NOTE)
    gaz = gazetteer or load_gazetteer()
    flat = flatten(text)
    lines = split_lines(text, flat)
    language = detect_language(text)
    people = People(gaz, [*known_people, *gaz.people])

    first_item = next((ln.start for ln in lines if ln.kind == "item"), len(text))
    preamble = [ln for ln in lines if ln.line_start < first_item and ln.kind != "item"]

    find_people(text, flat, people, gaz)
    # A list item may tell who said what ("2) Minister Gemba said Japan would …"), a readout's way.
    spoken = [(ln.start, ln.end) for ln in lines if ln.kind in ("para", "intro", "item")]
    said = resolve_statements(text, flat, spoken, people, gaz)
    mark_in_passing(flat, people, {st.speaker for st in said if st.speaker})
    states_from_home(flat, people, gaz, home_state(address, gaz))

    dl = meeting_rules.dateline(text, flat, lines, gaz, given_day(published, address))
    pub = _publication(flat, lines, given_day(published, address))
    meeting_date, flags, pub = _meeting_day(flat, lines, preamble, dl, pub)
    start_day, end_day, precision = meeting_rules.precision_date(meeting_date)

    prose_blocks = [(ln.start, ln.end) for ln in lines if ln.kind == "para"]
    # Reported words that tell an agreement ("Kamikawa said G7 ministers agreed to take urgent
    # action") are a statement and a commitment both.
    # An institution's reported words ("…, the ministry said") are the meeting's news from
    # its source: items are read from them too.
    said_spans = [
        (st.start, st.end)
        for st in said
        if st.speech == "quote"
        or (st.speaker_entity is None and not item_rules.tells_agreement(st.text))
    ]

    def names_party(start: int) -> bool:
        first = next(iter(gaz.mentions(flat, start, min(len(flat), start + 60))), None)
        return first is not None and first.start == start and not first.demonym

    raw_items = item_rules.list_items(flat, lines, start_day) + item_rules.prose_items(
        flat, prose_blocks, said_spans, start_day, names_party
    )
    if meeting_date is not None:
        # A sentence that gives the meeting's own date ("se réuniront jeudi 3 avril à Dakar",
        # "will arrive in Moscow on April 3") announces this meeting: not a next step or a
        # commitment.
        # "On the 23rd, the ministers decided to …" reports what was agreed that day: kept.
        raw_items = [
            i for i in raw_items
            if i.kind not in ("next_step", "commitment")
            or (i.kind == "commitment" and item_rules.tells_agreement(flat[i.start : i.end]))
            or not _dates_the_meeting(flat, i.start, i.end, meeting_date, pub)
        ]  # fmt: skip
    if (
        meeting_date is not None
        and pub is not None
        and 0 < (meeting_date.day - pub.day).days <= _ANNOUNCED_AHEAD
    ):
        # Written before the meeting (an announcement): what the sides "will" do there is its
        # programme, not a commitment. (A "meeting date" months after the posting is more
        # likely a date the text gives of something else.)
        raw_items = [
            i for i in raw_items
            if i.kind != "commitment" or not item_rules.to_come(flat[i.start : i.end])
        ]  # fmt: skip
    found_items = tuple(
        FoundItem(
            i.kind, item_rules.item_text(text, i), i.theme, i.also_themes, i.due_on,
            i.due_precision, i.start, i.end,
        )
        for i in sorted(raw_items, key=lambda i: i.start)
    )  # fmt: skip

    found_meeting = _meeting(
        text, flat, lines, preamble, dl, meeting_date, people, gaz, title, language
    )
    if found_meeting is not None:
        if (
            meeting_date is not None
            and meeting_date is dl.date
            and dl.city is not None
            and found_meeting.city is not None
            and gaz.city(dl.city) != gaz.city(found_meeting.city)
        ):
            # "NAIROBI, March 5. … at a meeting in Addis Ababa": the day the report was filed.
            flags.append(FLAG_DATELINE_ELSEWHERE)
        flags.extend(_parties_named_once(flat, found_meeting, gaz))
        found_meeting = dataclasses.replace(
            found_meeting,
            flags=tuple(flags),
            month_day=_month_day(flat, preamble or lines) if meeting_date is None else None,
        )
    participants = tuple(_found_person(p, language) for p in people.people if not p.outsider)
    doc_title = title or _title(text, lines)
    if found_meeting is None and not found_items and not said:
        participants = ()
    return Extraction(
        text=text,
        noise_removed=noise,
        language=language,
        title=doc_title,
        source_kind=_source_kind(doc_title, text),
        meeting=found_meeting if (found_meeting or found_items or said) else None,
        participants=participants,
        items=found_items,
        statements=tuple(st for st in said if st.speaker is not None),
        notes=tuple(notes),
        published=pub.day if pub is not None else None,
    )


# How far ahead an announcement tells of its meeting, at most (in days).
_ANNOUNCED_AHEAD = 31


def given_day(published: dt.date | None, address: str | None) -> dt.date | None:
    """The publication day given outside the text: the one stated, else the address's."""
    return published or date_in_address(address)


def _publication(flat: str, lines: list[Line], given: dt.date | None) -> DateHit | None:
    """The document's publication date: the one given outside the text wins; its span stays
    that of the text's own timestamp line (if any), which is then no meeting date either."""
    in_text = meeting_rules.publication_date(flat, lines)
    if given is None:
        return in_text
    if in_text is None:
        # A line up top that is only the publication day ("24 septembre, 2017" under the
        # title) is the page's date, not a dateline.
        for line in lines[:6]:
            hits = find_dates(flat, line.start, line.end, given)
            if (
                len(hits) == 1
                and hits[0].day == given
                and not flat[line.start : line.end]
                .replace(flat[hits[0].start : hits[0].end], "")
                .strip(" ,.-|")
            ):
                return DateHit(hits[0].start, hits[0].end, given, "day")
        return DateHit(-1, -1, given, "day")
    return DateHit(in_text.start, in_text.end, given, "day")


def _meeting_day(
    flat: str,
    lines: list[Line],
    preamble: list[Line],
    dl: meeting_rules.Dateline,
    published: DateHit | None,
) -> tuple[DateHit | None, list[str], DateHit | None]:
    """The meeting's date and how sure it is (flags): the dateline's, unless it is the
    posting's timestamp or the lead paragraph gives the day itself; else the first date of
    the opening lines, a weekday read from the publication date, the publication date.
    Last, the publication date (a dateline's day is the day of writing when the lead gives
    the meeting's)."""
    meeting_date = dl.date
    if published is not None and dl.date is not None and dl.date.start == published.start:
        meeting_date = None  # a timestamp line up top is the posting, not the meeting
    flags: list[str] = []
    if meeting_date is not None:
        lead = meeting_rules.lead_date(flat, lines, meeting_date)
        if lead is not None:
            published = published or meeting_date
            meeting_date = lead
    if meeting_date is None:
        meeting_date, how = _meeting_date(flat, preamble or lines, published)
        if meeting_date is None and preamble:
            # A page whose header ends in a list (a language switch, a share bar): the
            # meeting's date is in the first paragraphs after it.
            after = [ln for ln in lines if ln.start >= preamble[-1].end and ln.kind == "para"]
            meeting_date, how = _meeting_date(flat, after[:2], published)
        flags.extend(how)
    if meeting_date is None and published is None:
        meeting_date = _day_in_lone_year(flat, preamble or lines)
        flags.extend([FLAG_YEAR_FROM_TEXT] if meeting_date is not None else [])
    if meeting_date is None and published is not None:
        meeting_date = published
        flags.append(FLAG_PUBLICATION_DATE)
    return meeting_date, flags, published


def _day_in_lone_year(flat: str, lines: list[Line]) -> DateHit | None:
    """ "les 12 et 13 mai à Rabat … L'édition 2026" in an undated article: the day and
    month in the one year the text names outside what it says of other meetings (none if it
    names several, or none)."""
    first = _month_day_at(flat, lines)
    if first is None:
        return None
    years = {
        hit.day.year
        for s, e in sentences(flat, 0, len(flat))
        if not meeting_rules.about_other_meeting(flat[s:e])
        for hit in find_dates(flat, s, e)
    }
    if len(years) != 1:
        return None
    start, end, month, day = first
    try:
        found = dt.date(years.pop(), month, day)
    except ValueError:  # 29 February of a common year
        return None
    said = next(
        (w for ln in lines[:3] if (w := weekday_named(flat, ln.start, ln.end)) is not None), None
    )
    # The meeting (its days: "les 4 et 5 mars") must take in the weekday the opening gives
    # it ("ont pris fin dimanche"), if it gives one.
    last = max(int(d) for d in re.findall(r"\d{1,2}", flat[start:end]))
    days = [found + dt.timedelta(days=n) for n in range(max(0, min(last - day, 6)) + 1)]
    if said is not None and said not in {d.weekday() for d in days}:
        return None
    return DateHit(start, end, found, "day")


def _parties_named_once(flat: str, meeting: FoundMeeting, gaz: Gazetteer) -> list[str]:
    """ "party named only once: Guinea": a party the text mentions a single time (the host
    state aside) may be an incidental mention."""
    counts: dict[str, int] = {}
    for mention in gaz.mentions(flat):
        counts[mention.entity.key] = counts.get(mention.entity.key, 0) + 1
    return [
        f"{FLAG_PARTY_ONCE}: {p.entity.short}"
        for p in meeting.parties
        if counts.get(p.entity.key, 0) <= 1 and p.entity.iso2 != meeting.country_iso2
    ]


def _dates_the_meeting(
    flat: str, start: int, end: int, meeting: DateHit, published: DateHit | None
) -> bool:
    if start <= meeting.start < end:
        return True
    reference = published.day if published is not None else None
    return any(
        h.day == meeting.day and h.precision == "day"
        for h in find_dates(flat, start, end, reference)
    )


def _meeting_date(
    flat: str, lines: list[Line], published: DateHit | None
) -> tuple[DateHit | None, list[str]]:
    """The first date stated in the opening lines, or the first weekday read from the
    publication date ("on Sunday"), whichever comes first; else a weekday whose year only
    one of the text's years fits ("dimanche 15 décembre"); with the flags saying how sure
    it is."""
    reference = published.day if published is not None else None
    usable = [
        ln for ln in lines if published is None or not ln.start <= published.start < ln.end
    ]  # "Publié le 4 mars 2026" dates the article, not the meeting
    years: set[int] | None = None  # the text's years, read once and only if needed
    said_day: int | None = None  # the weekday an undated text's opening puts the meeting on
    for index, ln in enumerate(usable):
        # A month alone ("in January 2020") far down a text is background, not the
        # meeting's date: only the title and lead may date a meeting by its month.
        hit = meeting_rules.first_date(flat, ln.start, ln.end, reference, months=index < 3)
        weekday, flag = _weekday_in(flat, ln, reference), FLAG_WEEKDAY
        if reference is None and has_weekday_day(flat, ln.start, ln.end):
            years = years_in(flat) if years is None else years
            weekday, flag = _weekday_year_in(flat, ln, years), FLAG_YEAR_FROM_WEEKDAY
        if weekday is not None and (hit is None or weekday.start < hit.start):
            return weekday, [flag]
        if hit is not None and said_day is not None and said_day not in _weekdays_of(hit):
            # "a présidé, mardi, …" then "son élection, le 24 mars 2024" (a Sunday): a day
            # that is not the weekday the opening gave is another event's.
            hit = None
        if hit is not None:
            stated = any(h.start == hit.start for h in find_dates(flat, hit.start, hit.end))
            return hit, [] if stated else [FLAG_YEAR_FROM_PUBLICATION]
        if reference is None and said_day is None and index < 3:
            said_day = weekday_named(flat, ln.start, ln.end)
    return None, []


def month_day_of(text: str) -> tuple[int, int] | None:
    """The day and month without year a stored (cleaned) text names in its opening lines,
    as its extraction kept them on its undated meeting."""
    flat = flatten(text)
    lines = split_lines(text, flat)
    first_item = next((ln.start for ln in lines if ln.kind == "item"), len(text))
    preamble = [ln for ln in lines if ln.line_start < first_item and ln.kind != "item"]
    return _month_day(flat, preamble or lines)


def _month_day(flat: str, lines: list[Line]) -> tuple[int, int] | None:
    """The first day and month without year of the opening lines, outside what is said of
    other meetings ("sont attendus jeudi 3 avril à Moscou" in an undated article)."""
    found = _month_day_at(flat, lines)
    return (found[2], found[3]) if found is not None else None


def _weekdays_of(hit: DateHit) -> set[int]:
    """The weekdays a date (or the days of a range, a week at most) falls on."""
    length = min(((hit.until or hit.day) - hit.day).days, 6)
    return {(hit.day + dt.timedelta(days=n)).weekday() for n in range(length + 1)}


_YEAR_AFTER = re.compile(r"\w*\.?,?\s*(?:19|20)\d\d\b")


def _month_day_at(flat: str, lines: list[Line]) -> tuple[int, int, int, int] | None:
    """That day and month with their span: (start, end, month, day)."""
    for ln in lines:
        for s, e in sentences(flat, ln.start, ln.end):
            for start, end, month, day in month_days(flat, s, e):
                # "le 24 mars 2024": a full date is no day without year.
                if _YEAR_AFTER.match(flat, end, e):
                    continue
                if not meeting_rules.other_meeting_at(flat, s, e, start, end):
                    return start, end, month, day
    return None


def _weekday_year_in(flat: str, line: Line, years: set[int]) -> DateHit | None:
    for s, e in sentences(flat, line.start, line.end):
        if not meeting_rules.about_other_meeting(flat[s:e]):
            hit = weekday_year(flat, s, e, years)
            if hit is not None:
                return hit
    return None


def _weekday_in(flat: str, line: Line, reference: dt.date | None) -> DateHit | None:
    """The first weekday of ``line`` outside sentences on other meetings, as the day it
    names next to the publication date (the last day of a meeting of several days the
    sentence says was concluded then)."""
    if reference is None:
        return None
    # A headline says no tense: "jeudi" there is the Thursday nearest the publication.
    headline = line.end - line.start < 120 and not flat[line.start : line.end].rstrip().endswith(
        "."
    )
    for s, e in sentences(flat, line.start, line.end):
        if meeting_rules.about_other_meeting(flat[s:e]):
            continue
        hit = weekday_before(flat, s, e, reference, nearest=headline)
        if hit is not None:
            return closing_span(flat[s:e], hit)
    return None


def _found_person(p: Person, language: str) -> FoundPerson:
    known = p.known
    title = None
    if known is not None:
        title = known.title_fr if language == "fr" else known.title_en
    start, end = p.spans[0]
    return FoundPerson(
        name=p.name,
        iso2=p.iso2,
        role=p.role,
        note=p.note,
        title=title,
        aliases=known.aliases if known else (),
        start=start,
        end=end,
    )


def _place(
    text: str,
    flat: str,
    lines: list[Line],
    para_spans: list[tuple[int, int]],
    dl: meeting_rules.Dateline,
    meeting_date: DateHit | None,
    gaz: Gazetteer,
    title: str | None,
) -> tuple[str | None, str | None, str | None, tuple[int, int]]:
    """The meeting's city, its identity key, its state and its span: the dateline's unless
    its paragraph says the meeting was held elsewhere; else the one given with the date; else
    the first one the opening paragraphs hold it in. A call or video conference has none."""
    city, city_key, iso2 = dl.city, None, dl.country_iso2
    span = dl.city_span or (0, 0)
    if dl.city_span is not None:
        line = next((ln for ln in lines if ln.start <= span[0] < ln.end), None)
        held = meeting_rules.held_elsewhere(text, flat, line, span, gaz) if line else None
        if held is not None:
            city, span, iso2 = held[0], held[2], held[1].iso2
    # The title and the first sentence of each opening line say a call is one; a later
    # "some joined by videoconference" does not make a meeting held nowhere.
    head = " ".join(flat[s:e] for ln in lines[:3] for s, e in sentences(flat, ln.start, ln.end)[:1])
    remote = meeting_rules.remote((title or "") + " " + head)
    if remote:
        city, iso2 = None, None  # a call is held nowhere; its dateline is the filing place
    if city is None and not remote and meeting_date is not None and meeting_date.start >= 0:
        # The city given with the meeting's date ("convened on 22nd December 2018 in
        # Abuja", "22 December 2018, Abuja") before any other the page names (a sidebar).
        place = meeting_rules.place_by_date(text, flat, lines, meeting_date, gaz)
        if place is not None:
            city, span = place[0], place[2]
            iso2 = iso2 or place[1].iso2
    if city is None and not remote:
        # Last, a place the headline alone gives ("CIS Council of Foreign Ministers meets in
        # Ashgabat").
        heads = [(ln.start, ln.end) for ln in lines[:3] if ln.kind == "heading"]
        places = (meeting_rules.place_in(text, flat, s, e, gaz) for s, e in [*para_spans, *heads])
        # Last, the filing city of a dateline without date ("NAGOYA (Kyodo) -- ").
        place = next((p for p in places if p is not None), None) or (
            meeting_rules.undated_dateline(text, flat, lines, gaz)
        )
        if place is not None:
            city, found_city, span = place[0], place[1], place[2]
            iso2 = iso2 or found_city.iso2
    if city is not None:
        known_city = gaz.place(city)
        city_key = known_city.identity if known_city else key(city)
        iso2 = iso2 or (known_city.iso2 if known_city else None)
    return city, city_key, iso2, span


def _meeting(
    text: str,
    flat: str,
    lines: list[Line],
    preamble: list[Line],
    dl: meeting_rules.Dateline,
    meeting_date: DateHit | None,
    people: People,
    gaz: Gazetteer,
    title: str | None,
    language: str,
) -> FoundMeeting | None:
    start_day, end_day, precision = meeting_rules.precision_date(meeting_date)
    preamble_text = " ".join(flat[ln.start : ln.end] for ln in preamble)
    if title:
        preamble_text = flatten(title) + " " + preamble_text
    para_spans = [(ln.start, ln.end) for ln in preamble if ln.kind in ("para", "intro")]
    masked = _mask_quotes(text, flat)
    preamble_sentences = [
        masked[s:e] for start, end in para_spans for s, e in sentences(masked, start, end)
    ]
    city, city_key, iso2, span = _place(text, flat, lines, para_spans, dl, meeting_date, gaz, title)
    states_from_context(flat, people, gaz, city, iso2)
    found = meeting_parties(masked, para_spans, people, gaz, iso2, span)
    fmt = meeting_rules.meeting_format(preamble_text)
    if start_day is None and not found:
        return None
    session = meeting_rules.session_number(preamble_sentences, fmt)
    heading = _heading(fmt, [p.entity for p in found[:4]], language)
    if city:
        heading += f" ({city})"
    return FoundMeeting(
        title=heading,
        format=fmt,
        session_number=session,
        starts_on=start_day,
        ends_on=end_day,
        date_precision=precision,
        city=city,
        city_key=city_key,
        country_iso2=iso2,
        recurrence=meeting_rules.recurrence(preamble_sentences, gaz),
        parties=tuple(found),
        start=span[0],
        end=span[1],
    )


def _heading(fmt: str, parties: list[Entity], language: str) -> str:
    """A new meeting's title in its document's language: "Réunion ministérielle : Mali – Niger"
    for a French communiqué, "Ministerial meeting: Mali – Niger" for an English one."""
    known = MeetingFormat(fmt) if fmt in values_of(MeetingFormat) else None
    if language == "fr":
        word = MEETING_FORMATS_FR[known] if known is not None else fmt
        names = [p.short for p in parties]
        colon = " : "
    else:
        word = fmt
        names = [p.acronyms[0] if p.acronyms else p.english for p in parties]
        colon = ": "
    heading = word[:1].upper() + word[1:]
    return heading + colon + " – ".join(names) if names else heading


def _mask_quotes(text: str, flat: str) -> str:
    """The flat text with quotations blanked: words quoted are not the document's own."""
    chars = list(flat)
    for q in quotes(text):
        for i in range(q.start, q.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _title(text: str, lines: list[Line]) -> str:
    for line in lines[:1]:
        if line.kind == "heading":
            return text[line.start : line.end]
    first = lines[0] if lines else None
    if first is None:
        return "Untitled document"
    sentence = next(iter(sentences(text, first.start, first.end)), (first.start, first.end))
    title = text[sentence[0] : sentence[1]].strip()
    return title if len(title) <= 120 else title[:117].rsplit(" ", 1)[0] + "…"


_COMMUNIQUE = re.compile(
    r"communique conjoint|joint communique|joint statement|declaration conjointe|"
    r"communique final|final communique|declaration finale",
    re.IGNORECASE,
)
_STATEMENT = re.compile(r"\bdeclaration\b|\bstatement\b|\bcommunique\b", re.IGNORECASE)


def _source_kind(title: str, text: str) -> str:
    head = key(title + " " + text[:300])
    if _COMMUNIQUE.search(head):
        return "joint_communique"
    if _STATEMENT.search(key(title)):
        return "statement"
    return "press_article"
