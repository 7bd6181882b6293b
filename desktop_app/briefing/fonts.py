"""The TrueType fonts the note is set in, shipped with Chancery, registered and embedded."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resource_path

# DejaVu Sans (resources/fonts, with its licence) covers French, « » ’ – ✓ œ, Cyrillic, Greek,
# Arabic (upright faces only) and the Latin names of every region Chancery deals with. The
# files are package data, so a brief never depends on the fonts a system happens to have.
FACES = {
    "ChanSans": "DejaVuSans.ttf",
    "ChanSans-Bold": "DejaVuSans-Bold.ttf",
    "ChanSans-Oblique": "DejaVuSans-Oblique.ttf",
    "ChanSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FACES
# Arabic has no italic in its own typographic tradition and the oblique faces lack it: Arabic
# words in an italic passage are set in the upright face of the same weight.
UPRIGHT = {REGULAR: REGULAR, BOLD: BOLD, ITALIC: REGULAR, BOLD_ITALIC: BOLD}
# Printed in place of a character no shipped face can draw (every face has it).
REPLACEMENT = "\ufffd"


class FontMissing(RuntimeError):
    """The note's fonts are missing from the installed copy of Chancery."""


def font_file(file_name: str) -> str:
    try:
        return str(resource_path(f"fonts/{file_name}"))
    except FileNotFoundError as exc:
        raise FontMissing(
            f"The font {file_name} is missing from this copy of Chancery: install it again."
        ) from exc


@lru_cache(maxsize=1)
def coverage() -> dict[str, frozenset[int]]:
    """Register the four faces once; the code points each face can draw."""
    covered: dict[str, frozenset[int]] = {}
    for name, file_name in FACES.items():
        font = TTFont(name, font_file(file_name))
        pdfmetrics.registerFont(font)
        covered[name] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return covered


def register_fonts() -> frozenset[int]:
    """Register the faces; the code points the upright faces can draw (what prints)."""
    covered = coverage()
    return covered[REGULAR] & covered[BOLD]
