"""Reading the briefing notes back with pypdf: text with positions, flattened text, pixels."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import Destination
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.briefing.styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE

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


def outline_titles(reader: pypdf.PdfReader) -> list[str | None]:
    """The titles of the note's bookmarks, which are all at one level."""
    titles: list[str | None] = []
    for item in reader.outline:
        assert isinstance(item, Destination), f"a nested bookmark: {item}"
        titles.append(item.title)
    return titles


def flat(text: str) -> str:
    """Text with every run of white space made one space (line wraps in cells vanish)."""
    return re.sub(r"\s+", " ", text).strip()


def all_text(reader: pypdf.PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))


def story_pdf(story: list[Flowable]) -> bytes:
    """The story on the note's page, in the note's frame (no padding, as pages.NoteDocument)."""
    buffer = io.BytesIO()
    height = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, height, 0, 0, 0, 0)
    doc = BaseDocTemplate(buffer, pagesize=PAGE_SIZE)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(story)
    return buffer.getvalue()


def story_pages(story: list[Flowable]) -> list[list[Line]]:
    """Every piece of text of each page, where it is printed."""
    reader = pypdf.PdfReader(io.BytesIO(story_pdf(story)))
    return [
        [Line(round(ln.x, 2), round(ln.y, 2), ln.text) for ln in page_lines(page)]
        for page in reader.pages
    ]


def story_pixels(story: list[Flowable], tmp_path: Path) -> list[bytes]:
    """Each page of the story rendered by poppler (grey, 100 dpi)."""
    return pdf_pixels(story_pdf(story), tmp_path)


def pdf_pixels(pdf: bytes, tmp_path: Path) -> list[bytes]:
    """Each page rendered by poppler (grey, 100 dpi): what a reader sees, to the pixel."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is missing: install poppler-utils (see README)")
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / "in.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", str(folder / "in.pdf"), str(folder / "page")],
        check=True,
    )
    return [page.read_bytes() for page in sorted(folder.glob("page-*.pgm"))]
