"""The one escaping function and the fonts: literal markup, shipped fonts, scripts, marks."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from desktop_app.briefing import fonts, labels
from desktop_app.briefing.styles import make_styles
from desktop_app.briefing.text import Replacement, esc, para, plain, recording, visual
from desktop_app.resources import resource_path


@pytest.mark.parametrize(
    "value", ["<font name=x>", '<img src="/etc/hostname"/>', "a<b", "R&D", "Dupont&Fils", "&amp;"]
)
def test_escaped_strings_come_out_of_a_paragraph_as_typed(value: str) -> None:
    paragraph = Paragraph(esc(value), make_styles().body)
    assert "".join(frag.text for frag in paragraph.frags) == value


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert esc("a\x00b\x07c\r\nd\te  f") == "abc<br/>d e f"
    assert plain("  Moscou\x0b ") == "Moscou"


def test_a_character_no_font_has_prints_as_a_mark_and_is_recorded() -> None:
    found: list[Replacement] = []
    with recording(found, "Talking points"):
        markup = esc("Rendez-vous à 北京 🙂")
    assert markup == "Rendez-vous à \ufffd\ufffd \ufffd"
    assert [r.code for r in found] == ["U+5317", "U+4EAC", "U+1F642"]
    assert found[0].where == "Talking points" and "北京" in found[0].excerpt
    assert "CJK" in found[0].sentence() and "Talking points" in found[0].sentence()
    assert esc("Лавров « œuvre » ’ – ✓") == "Лавров « œuvre » ’ – ✓"


def _names(text: str) -> list[str]:
    return [unicodedata.name(c) for c in text]


def test_arabic_is_joined_and_set_right_to_left() -> None:
    # محمد (Mohamed), as typed: meem, hah, meem, dal. Printed left to right on the page, the
    # joined forms come in the reverse order: dal (final) … meem (initial).
    shown = visual("avec محمد (Mali)")
    assert _names(shown[:5]) == _names("avec ")
    assert _names(shown[5:9]) == [
        "ARABIC LETTER DAL FINAL FORM",
        "ARABIC LETTER MEEM MEDIAL FORM",
        "ARABIC LETTER HAH MEDIAL FORM",
        "ARABIC LETTER MEEM INITIAL FORM",
    ]
    assert shown.endswith(" (Mali)")
    # In a right-to-left line the Latin run keeps its order and brackets are mirrored.
    assert visual("قال (Mali) 2") == "2 (Mali) " + visual("قال")
    assert visual("Moscou (Russie)") == "Moscou (Russie)"


def test_arabic_in_an_italic_passage_is_set_in_the_upright_face() -> None:
    style = make_styles().note  # italic
    paragraph = para("{0}", style, "Note : محمد")
    faces = {frag.fontName for frag in paragraph.frags}
    assert faces == {fonts.ITALIC, fonts.REGULAR}
    assert "\ufffd" not in "".join(frag.text for frag in paragraph.frags)


def test_the_fonts_and_their_licence_ship_with_chancery() -> None:
    for file_name in fonts.FACES.values():
        assert resource_path(f"fonts/{file_name}").stat().st_size > 100_000
    licence = resource_path("fonts/LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence


def test_a_brief_builds_with_the_system_font_folders_hidden(tmp_path: Path) -> None:
    """In a fresh process where opening anything in a system font folder fails."""
    script = textwrap.dedent(
        f"""
        import sys
        HIDDEN = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts",
                  {str(Path.home() / ".fonts")!r}, {str(Path.home() / ".local/share/fonts")!r})

        def hide(event, args):
            if event in ("open", "os.listdir", "os.scandir") and args:
                path = str(args[0])
                if path.startswith(HIDDEN):
                    raise PermissionError(f"hidden: {{path}}")

        sys.addaudithook(hide)
        from desktop_app.services import briefs
        from desktop_app.services.store import Store
        from desktop_app.services.demo import load_demo
        with Store.open({str(tmp_path / "s.db")!r}) as store:
            load_demo(store)
            view = briefs.export_brief(
                store, briefs.BriefRequest(meeting_ids=(5,), title="محمد ولد"),
                {str(tmp_path / "b.pdf")!r},
            )
        print(view.pages)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=Path.cwd()
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 1


def test_missing_font_files_say_to_install_again(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(relative: str) -> Path:
        raise FileNotFoundError(relative)

    monkeypatch.setattr(fonts, "resource_path", missing)
    with pytest.raises(fonts.FontMissing, match="install it again"):
        fonts.font_file("DejaVuSans.ttf")


def test_dates_are_written_in_the_notes_language() -> None:
    import datetime as dt

    day = dt.date(2025, 4, 3)
    assert labels.date("fr", day) == "3 avril 2025"
    assert labels.date("en", day) == "3 April 2025"
    assert labels.date("fr", day, "month") == "avril 2025"
    assert labels.sort_key("Énergie") < labels.sort_key("Sécurité")


def test_a_long_arabic_paragraph_is_broken_in_reading_order_and_aligned_right() -> None:
    from reportlab.lib.enums import TA_RIGHT

    words = [
        "قال",
        "الرئيس",
        "نحن",
        "ملتزمون",
        "بالسلام",
        "والتنمية",
        "في",
        "منطقة",
        "الساحل",
        "مع",
        "شركائنا",
    ]
    text = " ".join(words * 4)
    paragraph = para("{0}", make_styles().body, text, width=200)
    lines = paragraph.text.split("<br/>")
    assert len(lines) >= 3 and paragraph.style.alignment == TA_RIGHT
    # Read right to left, the first line begins with the first word, the last ends the text.
    assert lines[0].endswith(visual(words[0]))
    assert lines[-1].startswith(visual(words[-1]))
    latin = para("{0}", make_styles().body, "Moscou " * 40, width=200)
    assert "<br/>" not in latin.text and latin.style.alignment != TA_RIGHT
