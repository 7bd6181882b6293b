"""The TrueType fonts the note is set in, found on disk, registered and embedded by ReportLab."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import location

# DejaVu Sans covers French, « » ’ – ✓ œ, Cyrillic, Greek and the Latin names of every region
# Chancery deals with. No maintained PyPI package ships a family that also covers ✓, so the
# files come from the system (Debian/Ubuntu: fonts-dejavu-core) or a folder named in
# CHANCERY_FONT_DIR.
FONT_DIR_ENV = "CHANCERY_FONT_DIR"
FONT_PACKAGE = "fonts-dejavu-core"
SEARCH_DIRS = (
    location("fonts"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
FACES = {
    "ChanSans": "DejaVuSans.ttf",
    "ChanSans-Bold": "DejaVuSans-Bold.ttf",
    "ChanSans-Oblique": "DejaVuSans-Oblique.ttf",
    "ChanSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FACES


class FontMissing(RuntimeError):
    """The note's fonts are not on this machine."""


def _dirs() -> list[Path]:
    extra = os.environ.get(FONT_DIR_ENV)
    return ([Path(extra)] if extra else []) + list(SEARCH_DIRS)


def find_font(file_name: str) -> Path:
    for folder in _dirs():
        candidate = folder / file_name
        if candidate.is_file():
            return candidate
    raise FontMissing(
        f"The font {file_name} is missing: install the package {FONT_PACKAGE} "
        f"(sudo apt install {FONT_PACKAGE}) or put the DejaVu Sans files in a folder "
        f"named by {FONT_DIR_ENV}."
    )


@lru_cache(maxsize=1)
def register_fonts() -> frozenset[int]:
    """Register the four faces once; the code points every face can draw."""
    covered: frozenset[int] | None = None
    for name, file_name in FACES.items():
        font = TTFont(name, str(find_font(file_name)))
        pdfmetrics.registerFont(font)
        points = frozenset(font.face.charToGlyph)
        covered = points if covered is None else covered & points
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    assert covered is not None
    return covered
