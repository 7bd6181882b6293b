"""The note's two tables: commitments grouped by theme (with the chart), and follow-up."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from desktop_app.briefing import labels
from desktop_app.briefing.blocks import HEADING_ROOM, heading, none, parties
from desktop_app.briefing.chart import StatusChart
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.styles import (
    DUE_SOON,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    GRID_TABLE,
    OVERDUE,
    THEME_FILL,
    Styles,
)
from desktop_app.briefing.text import KeptParagraph, esc, para, plain
from domain.views import CommitmentView
from domain.vocabulary import NO_THEME


class _Column:
    """A column's paragraphs, one per distinct text: a meeting's name under each of its
    commitments, or the same parties, is parsed once and drawn in every row that has it
    (a paragraph shared within one column is always laid out at that column's width)."""

    def __init__(self, style: ParagraphStyle, template: str = "{0}") -> None:
        self.style = style
        self.template = template
        self.made: dict[tuple[str, ...], Paragraph] = {}

    def __call__(self, *values: str) -> Paragraph:
        found = self.made.get(values)
        if found is None:
            found = self.made[values] = para(self.template, self.style, *values)
        return found


def _text(
    styles: Styles, text: str, aside: _Column | None, *named: str
) -> Paragraph | list[Paragraph]:
    """A cell's text, with a small grey line under it naming its meeting when there are several
    (two paragraphs of one style each: ReportLab lays out a one-style paragraph fastest)."""
    main = para("{0}", styles.cell, text)
    return main if aside is None else [main, aside(", ".join(n for n in named if n))]


def taller_than_a_page(rows: Sequence[Sequence[object]], widths: Sequence[float]) -> bool:
    """Whether a row is taller than a page (a 20,000-character word), so must be split inside.

    Only then is Table's splitInRow asked for: with it, a table sometimes starts a part of
    itself, header repeated, at the foot of the page its previous part ended on. Measuring
    here costs nothing more: a KeptParagraph keeps its lines for the table's own measure.
    """
    room = FRAME_HEIGHT - 40  # the header row above it, the paddings
    for row in rows:
        for cell, width in zip(row, widths, strict=False):
            cells = cell if isinstance(cell, list) else [cell]
            height = sum(c.wrap(width - 6, room)[1] for c in cells if isinstance(c, Flowable))
            if height > room:
                return True
    return False


def long_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    bands: Sequence[int] = (),
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A table whose header (row 0) is repeated on every page it runs onto; ``bands`` are rows
    across the whole width (a theme's name, short enough for the first column). A row taller
    than a page is split inside."""
    split_in_row = int(taller_than_a_page(rows, widths))
    table = Table(rows, colWidths=list(widths), repeatRows=1, splitByRow=1, splitInRow=split_in_row)
    commands: list[tuple[object, ...]] = list(GRID_TABLE)
    # A band's name sits in its first cell, the fill across the row: no SPAN, which makes
    # Table work out every cell's span again at each page it splits at.
    commands += [("BACKGROUND", (0, row), (-1, row), THEME_FILL) for row in bands]
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def _reported(lang: str, item: CommitmentView) -> str:
    """The parties, and how many sources report the item when more than one does."""
    count = len(item.sources)
    if count < 2:
        return parties(item, lang)
    return ", ".join(
        filter(None, [parties(item, lang), labels.label(lang, "n_sources", n=str(count))])
    )


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
        KeptParagraph(esc(lab[k]), styles.cell_head)
        for k in ("col_commitment", "col_parties", "col_due", "col_status", "col_score")
    ]
    rows: list[Sequence[object]] = [head]
    bands: list[int] = []
    grouped: dict[str, list[CommitmentView]] = {}
    for item in items:
        grouped.setdefault(item.theme or NO_THEME, []).append(item)
    for theme in sorted(grouped, key=lambda t: labels.sort_key(labels.theme(lang, t))):
        bands.append(len(rows))
        band = KeptParagraph(esc(labels.theme(lang, theme)), styles.cell_bold)
        rows.append([band, "", "", "", ""])
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
    table = long_table(rows, widths, bands=bands, extra=[("ALIGN", (4, 1), (4, -1), "RIGHT")])
    if len(grouped) >= 2 and len(items) >= 4:
        # The chart stands right above its table, under the section's heading: the page
        # break before the heading leaves room for both and the table's first rows, so the
        # chart is never left pages away from the figures it draws.
        chart = StatusChart(items, lang, FRAME_WIDTH)
        room = chart.height + HEADING_ROOM
        return [CondPageBreak(room), *out, chart, table]
    return [*out, table]


def follow_up(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    lab = labels.LABELS[lang]
    out: list[Flowable] = [*heading(note, styles, "follow_up")]
    if not note.follow_up:
        return [*out, none(note, styles)]
    head = [
        KeptParagraph(esc(lab[k]), styles.cell_head)
        for k in ("col_due", "col_action", "col_status", "col_state")
    ]
    colour = {"overdue": "#" + OVERDUE.hexval()[2:], "due_soon": "#" + DUE_SOON.hexval()[2:]}
    # Three possible alerts: one paragraph each, drawn in as many rows as need it.
    states = {
        state: KeptParagraph(
            f"<font color='{colour[state]}'><b>{esc(lab[state])}</b></font>" if state else "",
            styles.cell,
        )
        for state in (None, "overdue", "due_soon")
    }
    aside = _Column(styles.aside) if len(note.meetings) > 1 else None
    rows: list[Sequence[object]] = [head]
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
    return [*out, long_table(rows, widths)]
