"""Reading the briefing notes back with pypdf: text with positions, flattened text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pypdf

AES_RUSSIA = 5  # the demo dossier's fifth meeting: the AES–Russia consultations in Moscow
TODAY = dt.date(2026, 11, 29)


@dataclass(frozen=True)
class Line:
    x: float
    y: float
    text: str


def page_lines(page: pypdf.PageObject) -> list[Line]:
    """Every piece of text on the page with where it starts (in points, origin bottom left)."""
    lines: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            lines.append(Line(x, y, text.strip()))

    page.extract_text(visitor_text=visit)
    return lines


def flat(text: str) -> str:
    """Text with every run of white space made one space (line wraps in cells vanish)."""
    return re.sub(r"\s+", " ", text).strip()


def all_text(reader: pypdf.PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))
