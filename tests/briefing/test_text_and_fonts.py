"""The one escaping function and the fonts: literal markup, missing glyphs, missing fonts."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from desktop_app.briefing import fonts, labels
from desktop_app.briefing.styles import make_styles
from desktop_app.briefing.text import MissingGlyph, esc, plain


@pytest.mark.parametrize(
    "value", ["<font name=x>", '<img src="/etc/hostname"/>', "a<b", "R&D", "Dupont&Fils", "&amp;"]
)
def test_escaped_strings_come_out_of_a_paragraph_as_typed(value: str) -> None:
    paragraph = Paragraph(esc(value), make_styles().body)
    assert "".join(frag.text for frag in paragraph.frags) == value


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert esc("a\x00b\x07c\r\nd\te  f") == "abc<br/>d e f"
    assert plain("  Moscou\x0b ") == "Moscou"


def test_a_missing_glyph_is_named() -> None:
    with pytest.raises(MissingGlyph) as caught:
        esc("Rendez-vous à 北京")
    assert "U+5317" in str(caught.value) and "CJK" in str(caught.value)
    assert esc("Лавров « œuvre » ’ – ✓") == "Лавров « œuvre » ’ – ✓"


def test_missing_fonts_name_the_package_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "SEARCH_DIRS", ())
    monkeypatch.delenv(fonts.FONT_DIR_ENV, raising=False)
    with pytest.raises(fonts.FontMissing, match="fonts-dejavu-core"):
        fonts.find_font("DejaVuSans.ttf")


def test_dates_are_written_in_the_notes_language() -> None:
    import datetime as dt

    day = dt.date(2025, 4, 3)
    assert labels.date("fr", day) == "3 avril 2025"
    assert labels.date("en", day) == "3 April 2025"
    assert labels.date("fr", day, "month") == "avril 2025"
    assert labels.sort_key("Énergie") < labels.sort_key("Sécurité")
