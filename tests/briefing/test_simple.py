"""One-style paragraphs: simple.PlainParagraph finds exactly the lines ReportLab finds."""

from __future__ import annotations

import random
from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from test_runs import WORDS

from desktop_app.briefing import simple
from desktop_app.briefing.simple import PlainParagraph
from desktop_app.briefing.styles import make_styles
from desktop_app.briefing.text import esc, para

STYLES = ("body", "bullet", "cell", "aside", "quote_text", "quote_by", "note", "small", "heading")


def _state(paragraph: Paragraph) -> tuple[Any, ...]:
    """Everything a wrap leaves for split, draw and lines.Words to read."""
    lines = paragraph.blPara
    return (
        lines.kind,
        [(extra, list(words)) for extra, words in lines.lines],
        (lines.fontName, lines.fontSize, lines.textColor, lines.ascent, lines.descent),
        paragraph._width_max,
        paragraph._wrapWidths,
        paragraph.height,
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_lines_and_splits_are_reportlabs(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    styles = make_styles()
    rnd = random.Random(f"plain-{language}")
    vocabulary = WORDS[language].split(" ")
    found: list[bool] = []
    lines = simple._lines

    def counted(paragraph: Paragraph, widths: list[float]) -> Any:
        result = lines(paragraph, widths)
        found.append(result is not None)
        return result

    monkeypatch.setattr(simple, "_lines", counted)
    for _ in range(500):
        style = getattr(styles, rnd.choice(STYLES))
        if rnd.random() < 0.3:
            style = ParagraphStyle("w", parent=style, allowWidows=0, firstLineIndent=5)
        bullet = rnd.choice([None, None, "•", "12."])
        text = " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(0, 40)))
        markup = esc(text) if rnd.random() < 0.8 else f"<b>{esc(text)}</b>"
        ours = PlainParagraph(markup, style, bulletText=bullet)
        theirs = Paragraph(markup, style, bulletText=bullet)
        width = rnd.uniform(10, 480)
        assert ours.wrap(width, 10_000) == theirs.wrap(width, 10_000), (text, width)
        assert _state(ours) == _state(theirs), (text, width)
        room = rnd.uniform(0, theirs.height + 20)
        our_parts, their_parts = ours.split(width, room), theirs.split(width, room)
        assert len(our_parts) == len(their_parts), (text, width, room)
        for mine, reference in zip(our_parts, their_parts, strict=True):
            assert mine.wrap(width, 10_000) == reference.wrap(width, 10_000)
            assert _state(mine) == _state(reference), (text, width, room)
    assert sum(found) > 400  # most on the fast road (not: words too long, parts of splits)


def test_para_gives_one_fragment_the_fast_road_and_leaves_the_unusual_to_paragraph() -> None:
    styles = make_styles()
    ours = para("{0}", styles.cell, "Les parties s’engagent à coopérer")
    assert isinstance(ours, PlainParagraph)
    ours.wrap(90, 1000)
    assert simple._lines(ours, [90.0, 90.0]) is not None
    for unusual in ("x" * 200, "soft\xadhyphen " * 9):
        ours = para("{0}", styles.cell, unusual)
        theirs = Paragraph(esc(unusual), styles.cell)
        assert simple._lines(ours, [90.0, 90.0]) is None
        assert ours.wrap(90, 1000) == theirs.wrap(90, 1000)
        assert _state(ours) == _state(theirs)
