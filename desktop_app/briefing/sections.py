"""The note's sections, in BRIEF-FORMAT order; each is a small function returning flowables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from desktop_app.briefing import labels, names
from desktop_app.briefing.blocks import bullets, heading, none, parties
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.pages import SectionHeading
from desktop_app.briefing.styles import FIELDS_TABLE, FRAME_WIDTH, NOTE_BOX, REGULAR, Styles
from desktop_app.briefing.tables import commitments, follow_up, taller_than_a_page
from desktop_app.briefing.text import clean, esc, is_rtl, para
from domain.views import CommitmentView, MeetingDetail
from domain.vocabulary import NO_THEME

Section = Callable[[NoteContent, Styles], list[Flowable]]

# The shapes of the paragraphs the note repeats most (text.para fills them in).
TITLED = "<b>{0}</b> — {1}"
# A statement: its words in italics, and on the line after them who said them, when.
QUOTE = "<i>{0}</i><br/><font size='8' color='#555555'>— {1}</font>"


# --- 1. header block ----------------------------------------------------------------------


def header(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    lab = labels.LABELS[lang]
    dash = lab["not_given"]

    def field(key: str) -> Paragraph:
        return Paragraph(esc(lab[key]), styles.field_label)

    def value(text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(esc(text or dash), style or styles.cell)

    rows = [
        [
            field("reference"),
            value(note.reference),
            field("date"),
            value(labels.date(lang, note.date)),
        ],
        [
            field("prepared_for"),
            value(note.prepared_for),
            field("prepared_by"),
            value(note.prepared_by),
        ],
        [
            field("audience"),
            value(note.audience),
            field("classification"),
            value(note.marking.text(lang), styles.cell_bold),
        ],
    ]
    table = Table(rows, colWidths=[30 * mm, 55 * mm, 30 * mm, FRAME_WIDTH - 115 * mm])
    table.setStyle(FIELDS_TABLE)
    kind = Paragraph(esc(lab["kind"]), styles.kind)
    title = SectionHeading.tag(Paragraph(esc(note.title), styles.title), "header", note.title)
    return [kind, title, table, Spacer(1, 2 * mm)]


# --- 2.-3. purpose and key points ---------------------------------------------------------


def purpose(note: NoteContent, styles: Styles) -> list[Flowable]:
    return [
        *heading(note, styles, "purpose"),
        para("{0}", styles.body, note.purpose, width=FRAME_WIDTH),
    ]


def key_points(note: NoteContent, styles: Styles) -> list[Flowable]:
    return [*heading(note, styles, "key_points"), *bullets(compute_key_points(note), styles)]


def main_themes(items: list[CommitmentView], lang: str) -> tuple[list[tuple[str, int]], bool]:
    """The three themes with the most commitments; equal counts in the alphabetical order of
    their names in the note's language (the rule the key point states when it applies).
    Also whether a tie was broken so (within the three, or at the cut-off)."""
    counts = Counter(c.theme or NO_THEME for c in items)
    ranked = sorted(
        counts.items(), key=lambda tn: (-tn[1], labels.sort_key(labels.theme(lang, tn[0])))
    )
    top = ranked[:3]
    shown = [n for _, n in top]
    cut = ranked[3][1] if len(ranked) > 3 else None
    tied = len(set(shown)) < len(shown) or (cut is not None and cut == shown[-1])
    return top, tied


def compute_key_points(note: NoteContent) -> list[str]:
    """Three to six essentials drawn from the content, in the note's language. They do not
    repeat the title or the Background (the meeting, its place, date and description): they
    count and weigh what the note holds."""
    fr = note.language == "fr"
    lang = note.language
    points: list[str] = []
    meetings = sorted(
        note.meetings, key=lambda mt: (mt.summary.starts_on is None, mt.summary.starts_on)
    )
    if len(meetings) > 1:
        first = labels.date(lang, meetings[0].summary.starts_on, meetings[0].summary.date_precision)
        last = labels.date(
            lang, meetings[-1].summary.starts_on, meetings[-1].summary.date_precision
        )
        points.append(
            f"{len(meetings)} réunions, du {first} au {last}."
            if fr
            else f"{len(meetings)} meetings, from {first} to {last}."
        )
    items = note.commitments()
    if items:
        by_status = Counter(c.status for c in items)
        parts = ", ".join(labels.status_count(lang, st, n) for st, n in by_status.most_common())
        points.append(
            (
                f"{len(items)} engagements suivis : {parts}."
                if len(items) > 1
                else f"Un engagement suivi : {parts}."
            )
            if fr
            else f"{len(items)} commitment{'s' if len(items) > 1 else ''} followed: {parts}."
        )
        themes, tied = main_themes(items, lang)
        listed = ", ".join(f"{labels.theme(lang, t).lower()} ({n})" for t, n in themes)
        rule = labels.label(lang, "themes_tie_rule") if tied else ""
        points.append(
            f"Thèmes principaux{rule} : {listed}." if fr else f"Main themes{rule}: {listed}."
        )
    overdue = sum(1 for f in note.follow_up if f.state == "overdue")
    soon = sum(1 for f in note.follow_up if f.state == "due_soon")
    if overdue or soon:
        points.append(labels.follow_up_summary(lang, overdue, soon))
    ch = note.changes
    if not ch.first and not ch.empty:
        n = len(ch.new_meetings) + len(ch.new_commitments) + len(ch.status_changes)
        points.append(
            f"{n} évolution(s) depuis la note {ch.previous_reference}."
            if fr
            else f"{n} change(s) since brief {ch.previous_reference}."
        )
    shared = len(note.principles_and_positions())
    if shared and len(points) < 6:
        if fr:
            points.append(
                f"{shared} principes et positions communs."
                if shared > 1
                else "Un principe ou une position commune."
            )
        else:
            points.append(
                f"{shared} shared principles and positions."
                if shared > 1
                else "One shared principle or position."
            )
    said = sum(len(mt.statements) for mt in note.meetings)
    if said and len(points) < 6:
        points.append(
            (f"{said} déclarations citées." if said > 1 else "Une déclaration citée.")
            if fr
            else (f"{said} statements quoted." if said > 1 else "One statement quoted.")
        )
    return points[:6]


# --- 4. background ------------------------------------------------------------------------


def _meeting_facts(mt: MeetingDetail, lang: str) -> str:
    lab = labels.LABELS[lang]
    s = mt.summary
    facts = [labels.date(lang, s.starts_on, s.date_precision)]
    place = names.place(lang, s.city, s.country_iso2)
    if place:
        facts.append(f"{lab['place']} : {place}" if lang == "fr" else f"{lab['place']}: {place}")
    sep = " : " if lang == "fr" else ": "
    facts.append(f"{lab['format']}{sep}{labels.meeting_format(lang, s.format)}")
    if s.session_number:
        facts.append(f"{lab['session']}{sep}{s.session_number}")
    chairs = [
        names.actor(lang, p.actor) + (f" ({p.note})" if p.note else "")
        for p in mt.participants
        if p.role == "co_chair"
    ]
    if chairs:
        facts.append(f"{lab['co_chairs']}{sep}{', '.join(chairs)}")
    if mt.parties:
        facts.append(f"{lab['delegations']}{sep}{names.actors(lang, mt.parties)}")
    if mt.recurrence:
        facts.append(f"{lab['recurrence']}{sep}{mt.recurrence}")
    return " · ".join(facts)


def background(note: NoteContent, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(note, styles, "background")]
    if not note.meetings:
        return [*out, none(note, styles)]
    for mt in note.meetings:
        facts = _meeting_facts(mt, note.language)
        if mt.description:
            out.append(para(TITLED + ". {2}", styles.body, mt.summary.title, facts, mt.description))
        else:
            out.append(para(TITLED, styles.body, mt.summary.title, facts))
    return out


# --- 6.-7. principles, statements ---------------------------------------------------------


def principles(note: NoteContent, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(note, styles, "principles")]
    items = note.principles_and_positions()
    if not items:
        return [*out, none(note, styles)]
    lab = labels.LABELS[note.language]
    for item in items:
        kind = lab["principle"] if item.kind == "principle" else lab["position"]
        who = parties(item, note.language)
        if who:
            template = TITLED + " <font color='#555555'>({2})</font>"
            out.append(para(template, styles.bullet, kind, item.text, who, bullet="•"))
        else:
            out.append(para(TITLED, styles.bullet, kind, item.text, bullet="•"))
    return out


def statements(note: NoteContent, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(note, styles, "statements")]
    lang = note.language
    dates = {mt.id: mt.summary for mt in note.meetings}
    said = [s for mt in note.meetings for s in mt.statements]
    if not said:
        return [*out, none(note, styles)]
    for st in said:
        who = st.speaker.name if st.speaker else (st.speaker_as_written or "")
        country = labels.country(lang, st.speaker_country_iso2)
        meeting = dates.get(st.meeting_id)
        when = labels.date(lang, meeting.starts_on, meeting.date_precision) if meeting else ""
        title = names.office(lang, st.speaker_title)
        if country and title and country in title:
            country = None  # "Minister of Foreign Affairs of Mali, Mali" says it twice
        line = ", ".join(x for x in (who, title, country, when) if x)
        if st.speech == "reported":  # the source's account: never in « » as their words
            out.append(para("{0}", styles.body, st.as_reported(lang)))
            out.append(para("— {0}", styles.quote_by, line))
            continue
        # The verb as written ("a assuré que") only reads well in the statement's own language.
        verb = f"{st.verb} " if st.verb and st.language == lang else ""
        words = verb + labels.quote(lang, st.text)
        if is_rtl(clean(words)):
            # Set right to left, its lines broken in reading order (see text.para), upright.
            said = para("{0}", styles.quote, words, width=FRAME_WIDTH)
            out += [said, para("— {0}", styles.quote_by, line)]
            continue
        # One paragraph (no KeepTogether, which measures its content again at every try):
        # the attribution parts from its quote only as a paragraph's lines do.
        out.append(para(QUOTE, styles.quote, words, line))
    return out


# --- 8.-9. follow-up, changes -------------------------------------------------------------


def changes(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    out: list[Flowable] = [*heading(note, styles, "changes")]
    ch = note.changes
    if ch.first:
        return [*out, Paragraph(esc(labels.label(lang, "first_note")), styles.body)]
    ref = ch.previous_reference or ""
    when = labels.date(lang, ch.previous_date)
    if ch.empty:
        return [
            *out,
            Paragraph(esc(labels.label(lang, "no_change", reference=ref, date=when)), styles.body),
        ]
    lines = [labels.label(lang, "new_meeting", text=t) for t in ch.new_meetings]
    lines += [labels.label(lang, "new_commitment", text=t) for t in ch.new_commitments]
    lines += [
        labels.label(
            lang,
            "status_change",
            text=s.text,
            old=labels.status(lang, s.old),
            new=labels.status(lang, s.new),
        )
        for s in ch.status_changes
    ]
    intro = Paragraph(esc(labels.label(lang, "since_note", reference=ref, date=when)), styles.body)
    return [*out, intro, *bullets(lines, styles)]


# --- 10.-12. talking points, reader's notes, sources --------------------------------------


def talking_points(note: NoteContent, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [*heading(note, styles, "talking_points")]
    if not note.talking_points:
        return [*out, none(note, styles)]
    return [*out, *bullets(note.talking_points, styles, numbered=True)]


def reader_notes(note: NoteContent, styles: Styles) -> list[Flowable]:
    lab = labels.LABELS[note.language]
    out: list[Flowable] = [*heading(note, styles, "notes")]
    if not note.notes:
        return [*out, none(note, styles)]
    for rn in note.notes:
        values = [lab["reader_note"], lab["on"], rn.target]
        if rn.tags:
            values.append(", ".join("#" + t for t in rn.tags))
        template = "<b>{0}</b> — {1} {2}" + (" · {3}" if rn.tags else "")
        rows = [
            [para(template, styles.small, *values)],
            [para("{0}", styles.note, rn.body, width=FRAME_WIDTH - 12)],
        ]
        # A note longer than a page (a row taller than the frame) is split inside its row.
        inside = int(taller_than_a_page(rows, [FRAME_WIDTH - 6]))  # its padding is 6, not 3
        box = Table(rows, colWidths=[FRAME_WIDTH], splitInRow=inside, style=NOTE_BOX)
        out += [box, Spacer(1, 1.5 * mm)]
    return out


def sources(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    lab = labels.LABELS[lang]
    out: list[Flowable] = [*heading(note, styles, "sources")]
    if not note.sources:
        return [*out, none(note, styles)]
    for src in note.sources:
        parts = [
            src.publisher or "",
            labels.date(lang, src.published_on) if src.published_on else "",
        ]
        meta = ", ".join(p for p in parts if p)
        rel = f"{lab['reliability']} : " if lang == "fr" else f"{lab['reliability']}: "
        rel += labels.reliability(lang, src.reliability)
        values = (src.title, meta, rel) if meta else (src.title, rel)
        template = "<i>{0}</i> — {1} — {2}" if meta else "<i>{0}</i> — {1}"
        out.append(para(template, styles.bullet, *values, bullet="•"))
    return out


def decision(note: NoteContent, styles: Styles) -> list[Flowable]:
    """What the reader is asked to decide, in the user's words (only when asked for)."""
    if not note.decision.strip():
        return []
    paragraphs = [p.strip() for p in note.decision.split("\n") if p.strip()]
    return [
        *heading(note, styles, "decision"),
        *(para("{0}", styles.body, p, width=FRAME_WIDTH) for p in paragraphs),
    ]


def approval(note: NoteContent, styles: Styles) -> list[Flowable]:
    """A block for the reader to sign: approved / not approved / discuss, name and title
    (the "prepared for" reader when given), signature and date (only when asked for)."""
    if not note.sign_off:
        return []
    lab = labels.LABELS[note.language]
    boxes = "\u2003\u2003".join(f"\u2610 {lab[k]}" for k in ("approved", "not_approved", "discuss"))
    blank = "_" * 40
    rows = [
        [para("{0}", styles.body, boxes), ""],
        [
            para("{0}", styles.cell_bold, lab["name_title"]),
            para("{0}", styles.body, note.prepared_for or blank),
        ],
        [para("{0}", styles.cell_bold, lab["signature"]), para("{0}", styles.body, blank)],
        [para("{0}", styles.cell_bold, lab["sign_date"]), para("{0}", styles.body, blank)],
    ]
    table = Table(
        rows,
        colWidths=[45 * mm, FRAME_WIDTH - 45 * mm],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the table names Helvetica
            ("SPAN", (0, 0), (1, 0)),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    return [*heading(note, styles, "approval"), KeepTogether([table])]


# The format's order (BRIEF-FORMAT.md); the key names each section in errors and the outline.
SECTIONS: tuple[tuple[str, Section], ...] = (
    ("header", header),
    ("purpose", purpose),
    ("key_points", key_points),
    ("background", background),
    ("commitments", commitments),
    ("principles", principles),
    ("statements", statements),
    ("follow_up", follow_up),
    ("changes", changes),
    ("talking_points", talking_points),
    ("decision", decision),
    ("notes", reader_notes),
    ("sources", sources),
    ("approval", approval),
)
# Sections printed only when the user asks for them.
OPTIONAL = frozenset({"decision", "approval"})
ORDER = tuple(key for key, _ in SECTIONS if key not in OPTIONAL)
