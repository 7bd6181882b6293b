"""The one door every user string goes through on its way into the note: escaped, checked."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop_app.briefing.fonts import register_fonts
from desktop_app.briefing.runs import RunParagraph
from desktop_app.briefing.simple import PlainParagraph

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


# What ReportLab's paragraph cleaner would change in a value (white space other than single
# spaces and no-break spaces); such a value takes the parser's road.
_UNUSUAL_SPACE = re.compile(
    r"[\t-\r\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]|  "
)


@lru_cache(maxsize=256)
def _template_frags(template: str, style: ParagraphStyle) -> tuple[Any, ...]:
    return tuple(Paragraph(template, style).frags)


def para(
    template: str,
    style: ParagraphStyle,
    *values: str | None,
    bullet: str | None = None,
    cls: type[Paragraph] = Paragraph,
) -> Paragraph:
    """``Paragraph(template.format(*map(esc, values)), style)``, without parsing it each time.

    ``template`` is our own markup with ``{0}``, ``{1}``… where the user's strings go; it is
    parsed once per style, and each value, cleaned and checked as esc() does, becomes the
    text of its fragment as typed. ReportLab's parser costs more than laying the words out;
    a note of a hundred pages has thousands of paragraphs of a dozen shapes. A value with a
    line break, unusual spaces or nothing in it goes through the parser instead. A paragraph
    of several fragments is a runs.RunParagraph, of one a simple.PlainParagraph (unless
    ``cls`` says otherwise): both lay out their lines as Paragraph would, for less.
    """
    texts = [clean(v) if v else "" for v in values]
    covered = register_fonts()
    for text in texts:
        if not covered.issuperset(map(ord, text.replace("\n", ""))):
            check_glyphs(text)
    if all(texts) and not any("\n" in t or _UNUSUAL_SPACE.search(t) for t in texts):
        frags = []
        for frag in _template_frags(template, style):
            text = frag.text.format(*texts) if "{" in frag.text else frag.text
            if text or getattr(frag, "lineBreak", False):
                frags.append(frag.clone(text=text))
        if cls is Paragraph:
            cls = RunParagraph if len(frags) > 1 else PlainParagraph
        paragraph = cls("", style, bulletText=bullet, frags=frags)
        paragraph.text = "".join(f.text for f in frags)  # for ReportLab's error messages
        return paragraph
    markup = template.format(*(_xml_escape(t).replace("\n", "<br/>") for t in texts))
    return cls(markup, style, bulletText=bullet)
