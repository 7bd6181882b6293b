"""The one door every user string goes through on its way into the note: escaped, checked."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape as _xml_escape

from desktop_app.briefing.fonts import register_fonts

# Control characters would be dropped by ReportLab without a word; tabs and other spaces
# are folded to one space, line breaks kept as <br/>.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u2028\u2029]+")


class MissingGlyph(ValueError):
    """A character the note's fonts cannot draw; says which, and (once known) where."""

    def __init__(self, char: str, text: str, where: str = "") -> None:
        self.char = char
        self.text = text
        self.where = where
        code = f"U+{ord(char):04X}"
        name = unicodedata.name(char, "unnamed character")
        place = f" in {where}" if where else ""
        excerpt = text if len(text) <= 60 else text[:57] + "…"
        super().__init__(
            f"The character {char!r} ({code} {name}){place} cannot be printed with the note's "
            f"font: edit “{excerpt}” to replace it."
        )

    def located(self, where: str) -> MissingGlyph:
        return MissingGlyph(self.char, self.text, where)


def clean(value: str) -> str:
    """Plain text as it will be printed: no control characters, tidy spaces."""
    value = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in value.split("\n")).strip()


def check_glyphs(value: str) -> None:
    """Raise MissingGlyph naming the first character the fonts cannot draw."""
    covered = register_fonts()
    for char in value:
        if char != "\n" and ord(char) not in covered:
            raise MissingGlyph(char, value)


def esc(value: str | None) -> str:
    """A user string as Paragraph markup that prints literally (``<img>``, ``&`` and all).

    This is the only function that turns user text into markup: it removes control
    characters, refuses characters the fonts lack, escapes ``& < >`` and keeps line breaks.
    """
    if not value:
        return ""
    value = clean(value)
    if not register_fonts().issuperset(map(ord, value.replace("\n", ""))):
        check_glyphs(value)
    return _xml_escape(value).replace("\n", "<br/>")


def plain(value: str | None) -> str:
    """A user string for a table cell or a canvas: drawn as typed (never parsed), checked."""
    if not value:
        return ""
    value = clean(value)
    check_glyphs(value)
    return value
