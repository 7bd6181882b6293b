"""The note's two tables: commitments grouped by theme (with the chart), and follow-up."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.briefing import labels
from desktop_app.briefing.blocks import heading, none, parties
from desktop_app.briefing.chart import StatusChart
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.grid import Band, Cell, GridTable, Row, WithAside
from desktop_app.briefing.styles import DUE_SOON, FRAME_WIDTH, OVERDUE, Styles
from desktop_app.briefing.text import esc, para, plain
from desktop_app.services.views import CommitmentView


class _Column:
    """A column's paragraphs, one per distinct text: a meeting's name under each of its
    commitments, or the same parties, is laid out once and drawn in every row that has it."""

    def __init__(self, style: ParagraphStyle) -> None:
        self.style = style
        self.made: dict[tuple[str, ...], Paragraph] = {}

    def __call__(self, *values: str) -> Paragraph:
        found = self.made.get(values)
        if found is None:
            template = ", ".join(f"{{{i}}}" for i in range(len(values)))  # "{0}, {1}"
            found = self.made[values] = para(template, self.style, *values)
        return found


def _text(styles: Styles, text: str, aside: _Column | None, *named: str) -> Cell:
    """A cell's text, with a small grey line under it naming its meeting when there are several."""
    main = para("{0}", styles.cell, text)
    return main if aside is None else WithAside(main, aside(*named))


def _reported(lang: str, item: CommitmentView) -> str:
    """The parties, and how many sources report the item when more than one does."""
    count = len(item.sources)
    if count < 2:
        return parties(item)
    return ", ".join(filter(None, [parties(item), labels.label(lang, "n_sources", n=str(count))]))


def commitments(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    lab = labels.LABELS[lang]
    out: list[Flowable] = [*heading(note, styles, "commitments")]
    items = note.commitments()
    if not items:
        return [*out, none(note, styles)]
    aside = _Column(styles.aside) if len(note.meetings) > 1 else None
    who = _Column(styles.cell)
    head = [
        Paragraph(esc(lab[k]), styles.cell_head)
        for k in ("col_commitment", "col_parties", "col_due", "col_status", "col_score")
    ]
    rows: list[Row] = []
    grouped: dict[str, list[CommitmentView]] = {}
    for item in items:
        grouped.setdefault(item.theme or "other", []).append(item)
    for theme in sorted(grouped, key=lambda t: labels.sort_key(labels.theme(lang, t))):
        rows.append(Band(Paragraph(esc(labels.theme(lang, theme)), styles.cell_bold)))
        for item in grouped[theme]:
            when = labels.short_date(lang, item.meeting_date)
            rows.append(
                [
                    _text(styles, item.text, aside, item.meeting_title, when),
                    who(_reported(lang, item)),
                    # Short one-line cells are plain strings: drawn as typed, never parsed.
                    plain(labels.short_date(lang, item.due_on, item.due_precision)),
                    plain(labels.status(lang, item.status)),
                    plain(labels.score(item.compliance_score)),
                ]
            )
    widths = [FRAME_WIDTH - 97 * mm, 36 * mm, 20 * mm, 26 * mm, 15 * mm]
    out.append(GridTable(head, rows, widths, right=frozenset({4})))
    if len(grouped) >= 2 and len(items) >= 4:
        out += [Spacer(1, 2 * mm), StatusChart(items, lang, FRAME_WIDTH)]
    return out


def follow_up(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    lab = labels.LABELS[lang]
    out: list[Flowable] = [*heading(note, styles, "follow_up")]
    if not note.follow_up:
        return [*out, none(note, styles)]
    head = [
        Paragraph(esc(lab[k]), styles.cell_head)
        for k in ("col_due", "col_action", "col_status", "col_state")
    ]
    rows: list[Row] = []
    colour = {"overdue": "#" + OVERDUE.hexval()[2:], "due_soon": "#" + DUE_SOON.hexval()[2:]}
    # Three possible alerts: one paragraph each, drawn in as many rows as need it.
    states = {
        state: Paragraph(
            f"<font color='{colour[state]}'><b>{esc(lab[state])}</b></font>" if state else "",
            styles.cell,
        )
        for state in (None, "overdue", "due_soon")
    }
    aside = _Column(styles.aside) if len(note.meetings) > 1 else None
    for item in note.follow_up:
        rows.append(
            [
                plain(labels.short_date(lang, item.due_on, item.due_precision)),
                _text(styles, item.text, aside, item.meeting_title),
                plain(labels.status(lang, item.status)),
                states[item.state],
            ]
        )
    widths = [22 * mm, FRAME_WIDTH - 80 * mm, 32 * mm, 26 * mm]
    return [*out, GridTable(head, rows, widths)]
