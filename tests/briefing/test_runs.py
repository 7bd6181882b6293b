"""Paragraphs of several styled runs set by runs.RunParagraph exactly as ReportLab sets them."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from briefpdf import TODAY, pdf_pixels, story_pages, story_pixels
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from test_layout import NOTE_BOX

from desktop_app.briefing import text
from desktop_app.briefing.builder import build
from desktop_app.briefing.notebox import NoteBox
from desktop_app.briefing.runs import RunParagraph
from desktop_app.briefing.styles import FRAME_WIDTH, make_styles
from desktop_app.briefing.text import esc, para
from desktop_app.services import briefs, browse
from desktop_app.services.store import Store

# The note's shapes (sections.py) and a few harder ones: a run beginning without a space
# after another, a larger size on some lines, a numbered bullet.
SHAPES = [
    ("<b>{0}</b> — {1}", "bullet", "•"),
    ("<b>{0}</b> — {1} <font color='#555555'>({2})</font>", "bullet", "•"),
    ("<i>{0}</i> — {1} — {2}", "bullet", "•"),
    ("<b>{0}</b> — {1}. {2}", "body", None),
    ("<b>{0}</b> — {1} {2} · {3}", "small", None),
    ("<i>{0}</i> — <font size=7 color='#555555'>{1}</font>", "body", None),
    ("<b>{0}</b>{1}<i>{2}</i>", "body", None),
    ("{0}<b>{1}</b> {2}", "bullet", "12."),
    ("<font size=12>{0}</font> <b>{1}</b>{2}", "note", None),
]
WORDS = {
    "en": "the parties commit to regional cooperation on energy security and trade corridors "
    "Principle Position (Mali, Niger) — · 2026 W MMMMMM i iii Burkina\u00a0Faso x\u00a0y \u00a0",
    "fr": "les parties s’engagent à une coopération régionale « énergie » : œuvre ; réunion "
    "d’ici l’année Principe Position «\u00a0Лавров\u00a0» ’ – ✓ ! ? Sahel\u00a0central \u00a0",
}


def _values(rnd: random.Random, language: str, count: int, most: int = 30) -> list[str]:
    vocabulary = WORDS[language].split(" ")
    return [
        " ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(1, most))).strip() or "x"
        for _ in range(count)
    ]


def _pair(template: str, style: ParagraphStyle, values: list[str], bullet: str | None) -> Any:
    ours = para(template, style, *values, bullet=bullet)
    theirs = Paragraph(template.format(*map(esc, values)), style, bulletText=bullet)
    return ours, theirs


def _lines(paragraph: Paragraph) -> list[tuple[object, ...]]:
    """A wrapped paragraph's lines: unused width, words counted, runs as drawn, font size."""
    out: list[tuple[object, ...]] = []
    for line in paragraph.blPara.lines:
        if isinstance(paragraph, RunParagraph) and paragraph._lines is not None:
            runs = [(r.font, r.size, r.colour.hexval(), text) for r, text in line.frags]
            out.append((round(line.extra, 9), line.printed, runs, line.size))
        else:
            runs = [(f.fontName, f.fontSize, f.textColor.hexval(), f.text) for f in line.words]
            out.append((round(line.extraSpace, 9), line.wordCount, runs, line.fontSize))
    return out


@pytest.mark.parametrize("language", ["fr", "en"])
def test_lines_and_splits_are_reportlabs_for_many_strings_and_widths(language: str) -> None:
    styles = make_styles()
    rnd = random.Random(language)
    fast = 0
    for _ in range(400):
        template, style_name, bullet = rnd.choice(SHAPES)
        values = _values(rnd, language, template.count("{"))
        style = getattr(styles, style_name)
        if rnd.random() < 0.3:  # Paragraph's other rules for a page's foot
            style = ParagraphStyle("w", parent=style, allowWidows=0, allowOrphans=rnd.randint(0, 1))
        ours, theirs = _pair(template, style, values, bullet)
        width = rnd.uniform(25, 480)
        size = ours.wrap(width, 10_000)
        assert size == theirs.wrap(width, 10_000), (template, values, width)
        assert _lines(ours) == _lines(theirs), (template, values, width)
        fast += ours._lines is not None
        room = rnd.uniform(0, size[1] + 20)
        if rnd.random() < 0.3:  # room for all lines but the last: a widow
            room = size[1] - style.leading * rnd.random()
        our_parts, their_parts = ours.split(width, room), theirs.split(width, room)
        assert len(our_parts) == len(their_parts), (template, values, width, room)
        if len(our_parts) == 2:
            for mine, reference in zip(our_parts, their_parts, strict=True):
                assert mine.wrap(width, 10_000) == reference.wrap(width, 10_000)
                assert _lines(mine) == _lines(reference), (template, values, width, room)
    assert fast > 250  # most take the fast road (the others: a word longer than its line)


def _story(language: str, *, ours: bool, seed: int) -> list[Flowable]:
    """Pages of the note's mixed paragraphs at several widths (indents), split at page feet."""
    styles = make_styles()
    rnd = random.Random(f"{language}{seed}")
    story: list[Flowable] = []
    for i in range(150):
        template, style_name, bullet = SHAPES[i % len(SHAPES)]
        style = getattr(styles, style_name)
        if i % 3:
            style = ParagraphStyle(f"narrow{i}", parent=style, rightIndent=rnd.uniform(0, 300))
        values = _values(rnd, language, template.count("{"), most=40)
        story.append(_pair(template, style, values, bullet)[0 if ours else 1])
    return story


@pytest.mark.parametrize("language", ["fr", "en"])
def test_mixed_paragraphs_print_as_reportlabs_to_the_pixel(language: str, tmp_path: Path) -> None:
    def story(ours: bool) -> list[Flowable]:  # a story is used up by a build: one each time
        return _story(language, ours=ours, seed=1)

    expected = story_pages(story(False))
    assert len(expected) >= 4  # paragraphs are split at several page feet
    assert story_pages(story(True)) == expected
    assert story_pixels(story(True), tmp_path) == story_pixels(story(False), tmp_path)


def test_reader_note_labels_print_in_their_box_as_before(tmp_path: Path) -> None:
    styles = make_styles()
    rnd = random.Random(3)

    def rows(ours: bool) -> list[Paragraph]:
        label, target, tags = _values(rnd, "fr", 3, most=12)
        body = _values(rnd, "fr", 1, most=60)[0]
        template = "<b>{0}</b> — sur {1} · {2}"
        first = _pair(template, styles.small, [label, target, tags], None)[0 if ours else 1]
        return [first, para("{0}", styles.note, body)]

    def story(ours: bool) -> list[Flowable]:
        rnd.seed(3)
        out: list[Flowable] = []
        for _ in range(30):
            if ours:
                out.append(NoteBox(rows(True), FRAME_WIDTH))
                continue
            table = Table([[p] for p in rows(False)], colWidths=[FRAME_WIDTH])
            table.setStyle(TableStyle(NOTE_BOX))
            out.append(table)
        return out

    # The same pieces of text in the same places (drawn in another order: labels last).
    ours, theirs = story_pages(story(True)), story_pages(story(False))
    assert [sorted(page, key=repr) for page in ours] == [sorted(p, key=repr) for p in theirs]
    assert story_pixels(story(True), tmp_path) == story_pixels(story(False), tmp_path)


def test_the_notes_shapes_take_the_fast_road_and_the_unusual_ones_do_not() -> None:
    styles = make_styles()
    principle = para(SHAPES[1][0], styles.bullet, "Principe", "Souveraineté", "Mali", bullet="•")
    principle.wrap(FRAME_WIDTH, 1000)
    assert isinstance(principle, RunParagraph) and principle._lines is not None
    long_word = para("<b>{0}</b> {1}", styles.body, "Label", "x" * 300)
    long_word.wrap(FRAME_WIDTH, 1000)  # ReportLab cuts the word: Paragraph does it
    assert long_word._lines is None and long_word.blPara.kind == 1
    for unusual in ("soft\xadhyphen " * 9, "two\nlines", "em\u2003space " * 9):
        ours, theirs = _pair("<b>{0}</b> — {1}", styles.body, ["Label", unusual], None)
        assert ours.wrap(99, 1000) == theirs.wrap(99, 1000)
        assert getattr(ours, "_lines", None) is None
    right = ParagraphStyle("right", parent=styles.body, alignment=2)
    assert para("<b>{0}</b> {1}", right, "a", "b")._word_list() is None


def test_a_part_after_a_split_falls_back_as_reportlabs_part_does() -> None:
    styles = make_styles()
    values = ["Label", " ".join(["mot"] * 80)]
    ours, theirs = _pair("<b>{0}</b> — {1}", styles.body, values, None)
    height = ours.wrap(FRAME_WIDTH, 10_000)[1]
    assert height == theirs.wrap(FRAME_WIDTH, 10_000)[1]
    rest, reference = (
        ours.split(FRAME_WIDTH, height / 2)[1],
        theirs.split(FRAME_WIDTH, height / 2)[1],
    )
    assert isinstance(rest, RunParagraph) and rest._word_list() is not None
    for width in (FRAME_WIDTH / 3, 9.0):  # at 9 pt "mot" is cut: Paragraph's own road
        assert rest.wrap(width, 10_000) == reference.wrap(width, 10_000)
        assert _lines(rest) == _lines(reference)
    assert rest._lines is None


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_whole_note_prints_as_with_reportlabs_paragraphs(
    store: Store, language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = tuple(browse.meeting_ids(store))
    request = briefs.BriefRequest(meeting_ids=ids, language=language, today=TODAY)
    note = briefs.collect(store, request)
    ours = build(note).data
    monkeypatch.setattr(text, "RunParagraph", Paragraph)  # every paragraph ReportLab's own
    monkeypatch.setattr(text, "PlainParagraph", Paragraph)
    theirs = build(note).data
    assert ours != theirs  # (the two roads do write different PDFs)
    assert pdf_pixels(ours, tmp_path) == pdf_pixels(theirs, tmp_path)
