"""Brief export (2 and 100 pages) against plain ReportLab laying out the same text.

What is compared, and why it is fair:

- Chancery: ``build_note_for_meetings`` — read the meetings and everything on them from the
  store, gather the note, lay it out (tables, banners, "Page X of Y", outline, chart) and
  write the PDF.
- Baseline, "plain ReportLab, same text": the minimum any ReportLab program needs to print
  the same words correctly. It reads the same meetings with the same bulk read the note uses
  (``brief_selection.meeting_details``: a program cannot print words it has not read, and no
  read of them in this code base is faster), puts the words the note prints about them into
  one Paragraph each (escaped), in the note's fonts (the DejaVu TrueType faces: the material
  has characters the standard 14 fonts lack), the note's page size, margins and font sizes,
  and calls SimpleDocTemplate.build once: no tables, banners, numbering, outline or chart.
  Its strings are repeated (or cut) until it prints as many pages as the note, so both print
  the same number of pages. The fonts are registered once per process for both (as any
  long-running program does).

So both timed parts read, lay out and write; their runs alternate (at least 5 of each), so
a neighbour's load on shared cores weighs on both. The 100-page figure's note also gives the
read and the layouts alone, so the ratio without the read is in the results too.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import select

from bench.timing import Figure, repeat
from db import models as m
from desktop_app.briefing import labels
from desktop_app.briefing.builder import build
from desktop_app.briefing.styles import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    Styles,
    make_styles,
)
from desktop_app.services import briefs
from desktop_app.services.brief_selection import meeting_details
from desktop_app.services.store import Store
from domain.views import MeetingDetail

LANGUAGE = "en"  # build_note_for_meetings' default

Words = list[tuple[str, str]]  # (the note's style it is printed in, plain text)


def _meeting_ids(store: Store, count: int) -> list[int]:
    with store.read() as session:
        query = select(m.Meeting.id).where(m.Meeting.review_state == "confirmed")
        return list(session.scalars(query.order_by(m.Meeting.id).limit(count)))


def _chancery(store: Store, ids: Sequence[int], out: Path) -> int:
    return briefs.build_note_for_meetings(store, ids, out, language=LANGUAGE)


def plain_words(meetings: Sequence[MeetingDetail], today: dt.date) -> Words:
    """The words the note prints about ``meetings``, in the note's styles, without its layout.

    Per meeting: title; date, place, format, delegations, recurrence and summary; each
    commitment with its meeting, parties, due date, status and score; the principles; the
    statements with speaker, title, country and date; the next steps and commitments due
    (the note's follow-up); the sources. Left out: the page furniture (banners, running
    footer) and the few lines the note writes itself (key points, talking points).
    """
    lang = LANGUAGE
    words: Words = []
    for mt in meetings:
        s = mt.summary
        when = labels.date(lang, s.starts_on, s.date_precision)
        country = labels.country(lang, s.country_iso2) or ""
        parties = ", ".join(p.name for p in mt.parties)
        facts = (when, s.city or "", country, s.format, parties, mt.recurrence or "")
        words.append(("heading", s.title))
        words.append(("body", " · ".join(f for f in (*facts, mt.description or "") if f)))
        for c in mt.commitments:
            cells = (
                c.text,
                c.meeting_title,
                labels.short_date(lang, c.meeting_date),
                ", ".join(p.name for p in c.parties),
                labels.short_date(lang, c.due_on, c.due_precision),
                labels.status(lang, c.status),
                labels.score(c.compliance_score),
            )
            words.append(("cell", " · ".join(cells)))
        for p in mt.principles:
            who = ", ".join(a.name for a in p.parties)
            words.append(("bullet", f"{p.kind} — {p.text} ({who})"))
        for st in mt.statements:
            speaker = st.speaker.name if st.speaker else st.speaker_as_written or ""
            said_by = (speaker, st.speaker_title, labels.country(lang, st.speaker_country_iso2))
            line = ", ".join(x for x in (*said_by, when) if x)
            words.append(("quote", f"{st.verb or ''} {labels.quote(lang, st.text)} — {line}"))
        due = [c for c in mt.commitments if c.kind == "commitment" and c.due_state(today)]
        for c in (*mt.next_steps, *due):
            row = (
                labels.short_date(lang, c.due_on, c.due_precision),
                c.text,
                c.meeting_title,
                labels.status(lang, c.status),
                c.due_state(today) or "",
            )
            words.append(("cell", " · ".join(row)))
        for src in mt.sources:
            published = labels.date(lang, src.published_on)
            words.append(
                ("bullet", f"{src.title} — {src.publisher or ''}, {published} — {src.reliability}")
            )
    return words


def _plain_layout(words: Words, styles: Styles, out: Path) -> int:
    """One Paragraph per string, escaped, in the note's fonts, sizes, page and margins."""
    story = [Paragraph(escape(text), getattr(styles, style)) for style, text in words]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build(story)
    return doc.page


def _stretch(words: Words, count: int) -> Words:
    """``count`` strings: ``words`` repeated in turn, or cut."""
    return [words[i % len(words)] for i in range(max(1, count))]


def _plain(store: Store, ids: Sequence[int], out: Path, count: int | None = None) -> int:
    """Plain ReportLab on the same text: read the meetings, print their words (the lower
    bound), as ``count`` strings (see ``_plain_count``)."""
    words = plain_words(meeting_details(store, ids), dt.date.today())
    return _plain_layout(_stretch(words, count or len(words)), make_styles(), out)


def _plain_count(store: Store, ids: Sequence[int], pages: int, folder: Path) -> int:
    """How many strings the baseline prints to fill exactly ``pages`` pages, as the note does:
    scaled in proportion first, then bisected (pages grow with the count)."""
    words = plain_words(meeting_details(store, ids), dt.date.today())
    styles = make_styles()

    def made(count: int) -> int:
        return _plain_layout(_stretch(words, count), styles, folder / "count.pdf")

    count = len(words)
    for _ in range(4):
        printed = made(count)
        if printed == pages:
            return count
        count = max(1, round(count * pages / max(printed, 1)))
    low, high = 1, max(count * 2, len(words) * 2)  # too few … too many strings
    while low < high:
        middle = (low + high) // 2
        if made(middle) < pages:
            low = middle + 1
        else:
            high = middle
    return low


def _meetings_for(store: Store, pages: int, folder: Path) -> list[int]:
    """Enough meetings for about ``pages`` pages of brief (measured, then scaled once)."""
    probe = _meeting_ids(store, 5)
    per_meeting = max(0.05, _chancery(store, probe, folder / "probe.pdf") / len(probe))
    count = max(1, math.floor(pages / per_meeting))
    ids = _meeting_ids(store, count)
    made = _chancery(store, ids, folder / "probe.pdf")
    if made and abs(made - pages) > pages * 0.1:
        ids = _meeting_ids(store, max(1, round(count * pages / made)))
    return ids


def _alternating(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    """Seconds of ``runs`` calls of each, taken in turns: a neighbour's load on these shared
    cores then weighs on both sides of a ratio, not on whichever ran while it lasted."""
    first()
    second()
    gc.collect()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return times


def _parts(store: Store, ids: Sequence[int], folder: Path, runs: int) -> str:
    """The read and the layouts alone, medians: so the ratio without the read is known too."""
    request = briefs.BriefRequest(meeting_ids=tuple(ids), language=LANGUAGE)
    note = briefs.collect(store, request)
    words = _stretch(
        plain_words(meeting_details(store, ids), dt.date.today()),
        _plain_count(store, ids, build(note).pages, folder),
    )
    styles = make_styles()
    read = statistics.median(repeat(partial(meeting_details, store, ids), runs))
    gather = statistics.median(repeat(partial(briefs.collect, store, request), runs))
    layouts = _alternating(
        partial(build, note), partial(_plain_layout, words, styles, folder / "p.pdf"), runs
    )
    layout, plain = (statistics.median(t) for t in layouts)
    return (
        f"runs alternate; both read the meetings ({read * 1000:.0f} ms; Chancery gathers its "
        f"note in {gather * 1000:.0f} ms); layout and PDF alone: Chancery "
        f"{layout * 1000:.0f} ms, plain {plain * 1000:.0f} ms ({layout / plain:.2f}×)"
    )


def measure(store: Store, runs: int) -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory(prefix="chancery-bench-brief-") as tmp:
        folder = Path(tmp)
        for pages, target, seconds in ((2, "—", None), (100, "≤ 3 s and ≤ 1.5× ReportLab", 3.0)):
            ids = _meetings_for(store, pages, folder)
            made = _chancery(store, ids, folder / "chancery.pdf")
            count = _plain_count(store, ids, made, folder)
            plain_pages = _plain(store, ids, folder / "plain.pdf", count)
            chancery, plain = _alternating(
                partial(_chancery, store, ids, folder / "chancery.pdf"),
                partial(_plain, store, ids, folder / "plain.pdf", count),
                max(runs, 5),
            )
            figure = Figure(
                f"brief export, {made} pages ({len(ids)} meetings)",
                chancery,
                baseline_name=(
                    f"plain ReportLab, same text, fonts and sizes ({plain_pages} pages)"
                ),
                baseline=plain,
                target=target,
            )
            if seconds is not None:
                figure.met = figure.p95 <= seconds and (figure.ratio or 0) <= 1.5
                figure.note = _parts(store, ids, folder, runs)
            if plain_pages != made:  # then the ratio compares unlike work: said, not hidden
                figure.met = None
                figure.note = f"baseline printed {plain_pages} pages, not {made}; {figure.note}"
            figures.append(figure)
    return figures
