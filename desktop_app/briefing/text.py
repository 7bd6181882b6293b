"""The one door every user string goes through into the note: escaped, shaped, checked."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

import arabic_reshaper
import bidi
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph

from desktop_app.briefing.fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    REGULAR,
    REPLACEMENT,
    UPRIGHT,
    coverage,
)

# Control characters would be dropped by ReportLab without a word; tabs and other spaces
# are folded to one space, line breaks kept as <br/>.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u2028\u2029]+")
# Scripts written right to left (Hebrew, Arabic and its presentation forms): ReportLab sets
# every line left to right, so such text is shaped and put in display order before it goes in.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
# python-bidi's debug report: "levels: [Level(0), Level(1), …]", one per byte of UTF-8.
_LEVEL_LIST = re.compile(r"levels:\s*\[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


@dataclass(frozen=True)
class Replacement:
    """A character no shipped font can draw: printed as a visible mark; where it is."""

    char: str
    where: str  # the section, in the note's language
    excerpt: str  # the text it is in, shortened

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return unicodedata.name(self.char, "unnamed character")

    def sentence(self) -> str:
        return (
            f"The character {self.char} ({self.code} {self.name}) in the section “{self.where}” "
            f"(“{self.excerpt}”) has no glyph in the note's fonts and will print as {REPLACEMENT}."
        )


_found: ContextVar[list[Replacement] | None] = ContextVar("briefing_replacements", default=None)
_section: ContextVar[str] = ContextVar("briefing_section", default="")


@contextmanager
def recording(found: list[Replacement], section: str) -> Iterator[None]:
    """Within: every character replaced by esc/plain is added to ``found``, in ``section``."""
    tokens = (_found.set(found), _section.set(section))
    try:
        yield
    finally:
        _found.reset(tokens[0])
        _section.reset(tokens[1])


def clean(value: str) -> str:
    """Plain text as it will be printed: no control characters, tidy spaces."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in value.split("\n")).strip()


def is_rtl(value: str) -> bool:
    """Whether the text's first strong character is of a right-to-left script."""
    return bidi.get_base_level(value) == 1


def visual(line: str) -> str:
    """One line in display order: Arabic letters joined, right-to-left runs reversed.

    arabic_reshaper picks each letter's joined form; python-bidi resolves the Unicode
    bidirectional levels. Its get_display does not mirror brackets in right-to-left runs, so
    the reordering (rule L2) and mirroring (L4) are done here from the levels it resolved.
    """
    if not _RTL.search(line):
        return line
    shaped = arabic_reshaper.reshape(line)
    report = _LEVEL_LIST.search(str(bidi.get_display(shaped, debug=True)))
    byte_levels = [int(x) for x in _LEVEL.findall(report.group(1))] if report else []
    levels, offset = [], 0
    for char in shaped:
        levels.append(byte_levels[offset] if offset < len(byte_levels) else 0)
        offset += len(char.encode("utf-8"))
    chars = [
        MIRRORED.get(c, c) if level % 2 else c for c, level in zip(shaped, levels, strict=True)
    ]
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(chars):
            if levels[i] >= level:
                j = i
                while j < len(chars) and levels[j] >= level:
                    j += 1
                chars[i:j] = chars[i:j][::-1]
                levels[i:j] = levels[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars)


def _replace(value: str, face: str) -> list[tuple[str, str]]:
    """``value`` as runs of (face, text): characters the face lacks in the upright face of its
    weight when that has them, else the replacement mark (recorded)."""
    faces = coverage()
    if faces[face].issuperset(map(ord, value.replace("\n", ""))):
        return [(face, value)]  # the usual case, at C speed
    runs: list[tuple[str, str]] = []
    found = _found.get()
    for char in value:
        use = face
        if char != "\n" and ord(char) not in faces[face]:
            use = UPRIGHT[face]
            if ord(char) not in faces[use]:
                if found is not None:
                    excerpt = value if len(value) <= 60 else value[:57] + "…"
                    found.append(Replacement(char, _section.get(), excerpt))
                char, use = REPLACEMENT, face
        if runs and runs[-1][0] == use:
            runs[-1] = (use, runs[-1][1] + char)
        else:
            runs.append((use, char))
    return runs


def _printable(value: str) -> str:
    return "\n".join(visual(line) for line in value.split("\n"))


def esc(value: str | None, face: str = REGULAR) -> str:
    """A user string as Paragraph markup that prints literally (``<img>``, ``&`` and all).

    This is the only function that turns user text into markup: it removes control
    characters, escapes ``& < >``, keeps line breaks, puts right-to-left text in display
    order, sets characters the paragraph's ``face`` lacks in an upright face that has them,
    and replaces those no face has by a visible mark (recorded, see ``recording``).
    """
    if not value:
        return ""
    value = _printable(clean(value))
    out = []
    for use, text in _replace(value, face):
        markup = _xml_escape(text).replace("\n", "<br/>")
        out.append(markup if use == face else f'<font name="{use}">{markup}</font>')
    return "".join(out)


def plain(value: str | None) -> str:
    """A user string for a table cell or a canvas: drawn as typed (never parsed), printable."""
    if not value:
        return ""
    value = _printable(clean(value))
    return "".join(text for _use, text in _replace(value, REGULAR))


_BOLD = {REGULAR: BOLD, ITALIC: BOLD_ITALIC, BOLD: BOLD, BOLD_ITALIC: BOLD_ITALIC}
_ITALIC = {REGULAR: ITALIC, BOLD: BOLD_ITALIC, ITALIC: ITALIC, BOLD_ITALIC: BOLD_ITALIC}


def _face(template: str, index: int, style: ParagraphStyle) -> str:
    """The face placeholder ``{index}`` of our own template is printed in."""
    face = style.fontName
    if f"<b>{{{index}}}" in template:
        face = _BOLD.get(face, face)
    if f"<i>{{{index}}}" in template:
        face = _ITALIC.get(face, face)
    return face


class KeptParagraph(Paragraph):
    """A Paragraph that keeps its lines for the width it was last laid out at.

    A Table measures each cell again at every page break it splits at, and once more when it
    draws it; a long table across 40 pages laid the same cell out dozens of times. The lines
    depend on the width alone (the style is fixed), so the same width gives the same answer.
    """

    kept: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.kept is not None and self.kept[0] == availWidth:
            return self.kept[1]
        size = super().wrap(availWidth, availHeight)
        self.kept = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        self.kept = None  # a split may drop the lines it measured: measure again after it
        return list(super().split(availWidth, availHeight))


_right_aligned: dict[str, ParagraphStyle] = {}


def _right(style: ParagraphStyle) -> ParagraphStyle:
    found = _right_aligned.get(style.name)
    if found is None:
        found = _right_aligned[style.name] = ParagraphStyle(
            f"{style.name}-rtl", parent=style, alignment=TA_RIGHT
        )
    return found


def _rtl_lines(value: str, style: ParagraphStyle, width: float) -> list[str]:
    """A right-to-left text broken into lines in reading order, at ``width``.

    ReportLab breaks lines left to right: given the text in display order it would print
    the end of a long Arabic quote on the first line. So the lines are found here on the
    text as written (letters joined, as they will be measured), and each is then put in
    display order by esc().
    """
    face = UPRIGHT.get(style.fontName, style.fontName)
    room = width - style.leftIndent - style.rightIndent
    lines: list[str] = []
    for line in value.split("\n"):
        lines += simpleSplit(arabic_reshaper.reshape(line), face, style.fontSize, room) or [""]
    return lines


def para(
    template: str,
    style: ParagraphStyle,
    *values: str | None,
    bullet: str | None = None,
    width: float | None = None,
) -> KeptParagraph:
    """``Paragraph(template.format(*escaped values), style)``: ``template`` is our own markup
    with ``{0}``, ``{1}``… where the user's strings go, each passed through esc().

    With ``width`` (the room the paragraph is set in), a one-value paragraph whose text is
    written right to left (Arabic) is broken into lines here and aligned right.
    """
    if width is not None and template == "{0}" and values[0]:
        text = clean(values[0])
        if is_rtl(text):
            lines = _rtl_lines(text, style, width)
            markup = "<br/>".join(esc(line, style.fontName) for line in lines)
            return KeptParagraph(markup, _right(style), bulletText=bullet)
    texts = [esc(v, _face(template, i, style)) for i, v in enumerate(values)]
    return KeptParagraph(template.format(*texts), style, bulletText=bullet)
