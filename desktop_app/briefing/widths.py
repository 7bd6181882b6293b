"""Word widths measured once per process, and the text the fast line breakers leave alone."""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont

# Whitespace ReportLab treats apart (other spaces, soft hyphens, zero-width space, line
# breaks): the fast roads (runs.py, simple.py) leave such text to Paragraph. Single spaces and
# no-break spaces are all they handle.
ODD = re.compile(r"[^\S \xa0]|[\xad\u200b]")
# ReportLab's split() of a text whose only white space is spaces and no-break spaces (its
# whitespace is everything but the no-break space): leading and trailing empty strings kept.
SPACES = re.compile(" +")

_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_HEIGHTS: dict[tuple[str, float], tuple[float, float]] = {}


def known_widths(font: str, size: float) -> dict[str, float]:
    """The widths already measured in one font and size (a bounded dictionary)."""
    found = _WIDTHS.get((font, size))
    if found is None or len(found) > 50_000:
        found = _WIDTHS[(font, size)] = {}
    return found


def measure(text: str, font: str, size: float) -> float:
    """ReportLab's stringWidth(text, font, size), computed once per process for each."""
    known = known_widths(font, size)
    found = known.get(text)
    if found is None:
        found = known[text] = getFont(font).stringWidth(text, size)
    return found


def ascent_descent(font: str, size: float) -> tuple[float, float]:
    """ReportLab's getAscentDescent(font, size), once per process for each (it fails over
    from one attribute to another through an exception for a TrueType font)."""
    found = _HEIGHTS.get((font, size))
    if found is None:
        found = _HEIGHTS[(font, size)] = getAscentDescent(font, size)
    return found
