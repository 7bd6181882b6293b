"""The note's two tables: commitments grouped by theme (with the chart), and follow-up."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.briefing import labels
from desktop_app.briefing.blocks import CellParagraph, aside, heading, none, parties
from desktop_app.briefing.chart import StatusChart
from desktop_app.briefing.content import NoteContent
from desktop_app.briefing.styles import (
    DUE_SOON,
    FRAME_WIDTH,
    GRID_TABLE,
    OVERDUE,
    THEME_FILL,
    Styles,
)
from desktop_app.briefing.text import esc, plain
from desktop_app.services.views import CommitmentView


def commitments(note: NoteContent, styles: Styles) -> list[Flowable]:
    lang = note.language
    lab = labels.LABELS[lang]
    out: list[Flowable] = [*heading(note, styles, "commitments")]
    items = note.commitments()
    if not items:
        return [*out, none(note, styles)]
    several = len(note.meetings) > 1
    head = [
        Paragraph(esc(lab[k]), styles.cell_head)
        for k in ("col_commitment", "col_parties", "col_due", "col_status", "col_score")
    ]
    rows: list[list[object]] = [head]
    bands: list[int] = []
    grouped: dict[str, list[CommitmentView]] = {}
    for item in items:
        grouped.setdefault(item.theme or "other", []).append(item)
    for theme in sorted(grouped, key=lambda t: labels.sort_key(labels.theme(lang, t))):
        bands.append(len(rows))
        rows.append([Paragraph(esc(labels.theme(lang, theme)), styles.cell_bold), "", "", "", ""])
        for item in grouped[theme]:
            text = esc(item.text)
            if several:
                when = labels.short_date(lang, item.meeting_date)
                text += aside(f"{esc(item.meeting_title)}, {esc(when)}")
            rows.append(
                [
                    CellParagraph(text, styles.cell),
                    CellParagraph(esc(parties(item)), styles.cell),
                    # Short one-line cells are plain strings: drawn as typed, never parsed.
                    plain(labels.short_date(lang, item.due_on, item.due_precision)),
                    plain(labels.status(lang, item.status)),
                    plain(labels.score(item.compliance_score)),
                ]
            )
    widths = [FRAME_WIDTH - 97 * mm, 36 * mm, 20 * mm, 26 * mm, 15 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1)
    extra = [
        cmd
        for row in bands
        for cmd in (
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), THEME_FILL),
        )
    ]
    table.setStyle(GRID_TABLE)
    table.setStyle(TableStyle([*extra, ("ALIGN", (4, 1), (4, -1), "RIGHT")]))
    out.append(table)
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
    rows: list[list[object]] = [head]
    colour = {"overdue": "#" + OVERDUE.hexval()[2:], "due_soon": "#" + DUE_SOON.hexval()[2:]}
    for item in note.follow_up:
        state = ""
        if item.state:
            state = f"<font color='{colour[item.state]}'><b>{esc(lab[item.state])}</b></font>"
        action = esc(item.text)
        if len(note.meetings) > 1:
            action += aside(esc(item.meeting_title))
        rows.append(
            [
                plain(labels.short_date(lang, item.due_on, item.due_precision)),
                CellParagraph(action, styles.cell),
                plain(labels.status(lang, item.status)),
                CellParagraph(state, styles.cell),
            ]
        )
    table = Table(rows, colWidths=[22 * mm, FRAME_WIDTH - 80 * mm, 32 * mm, 26 * mm], repeatRows=1)
    table.setStyle(GRID_TABLE)
    return [*out, table]
