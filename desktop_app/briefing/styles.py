"""The note's stylesheet: paragraph styles, colours, the header block's table style (one place)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop_app.briefing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from domain.vocabulary import Status

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 26 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#1f3a5f")
HEAD_FILL = colors.HexColor("#e6ebf2")
THEME_FILL = colors.HexColor("#f3f5f8")
GRID = colors.HexColor("#b8c2cf")
NOTE_FILL = colors.HexColor("#fff8e1")
NOTE_BAR = colors.HexColor("#c79100")
OVERDUE = colors.HexColor("#b71c1c")
DUE_SOON = colors.HexColor("#a65c00")
WATERMARK = colors.Color(0.55, 0.55, 0.55, alpha=0.18)

STATUS_COLOURS = {
    Status.FULFILLED: colors.HexColor("#2e7d32"),
    Status.IN_PROGRESS: colors.HexColor("#1565c0"),
    Status.ANNOUNCED: colors.HexColor("#90a4ae"),
    Status.LAPSED: colors.HexColor("#c62828"),
    Status.UNKNOWN: colors.HexColor("#d7ccc8"),
}


@dataclass(frozen=True)
class Styles:
    kind: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    aside: ParagraphStyle  # the small grey line under a cell's text (its meeting)
    quote: ParagraphStyle  # a statement: its words in italics, who said them under them
    quote_by: ParagraphStyle  # who said a statement set apart from it (right to left)
    note: ParagraphStyle
    field_label: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # the default bullet font is Helvetica, never embedded
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        spaceAfter=3,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.3, leading=10.2, spaceAfter=0)
    quote = ParagraphStyle("quote", parent=body, leftIndent=8, spaceAfter=3)
    return Styles(
        kind=ParagraphStyle(
            "kind", parent=body, fontName=BOLD, fontSize=9, textColor=RULE, spaceAfter=2
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceAfter=6
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13,
            textColor=RULE,
            spaceBefore=7,
            spaceAfter=3,
        ),
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=11, bulletIndent=2, spaceAfter=1.5),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=RULE),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        aside=ParagraphStyle("aside", parent=cell, fontSize=7, textColor=MUTED),
        quote=quote,
        quote_by=ParagraphStyle("quote_by", parent=quote, fontSize=8, textColor=MUTED),
        note=ParagraphStyle("note", parent=body, fontName=ITALIC, spaceAfter=0),
        field_label=ParagraphStyle("field_label", parent=cell, fontName=BOLD, textColor=MUTED),
    )


CENTER, LEFT = TA_CENTER, TA_LEFT

FIELDS_TABLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, GRID),
        ("BACKGROUND", (0, 0), (0, -1), THEME_FILL),
        ("BACKGROUND", (2, 0), (2, -1), THEME_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
)

# The commitments and follow-up tables (briefing/tables.py).
GRID_TABLE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), 8.3),
    ("LEADING", (0, 0), (-1, -1), 10.2),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
    ("TOPPADDING", (0, 0), (-1, -1), 2.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]

# A reader's note: a yellow box with a bar on its left (briefing/sections.py).
NOTE_BOX = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the table names Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, NOTE_BAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
)
