"""The note laid out with ReportLab's own flowables: long tables, long notes, long words."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf
import pytest
from briefpdf import TODAY, flat

from desktop_app.briefing import labels
from desktop_app.briefing.builder import build
from desktop_app.briefing.content import NoteContent, ReaderNote
from desktop_app.services import briefs, browse
from desktop_app.services.store import Store


def _words(n: int, seed: int) -> str:
    base = "the parties commit to regional cooperation on energy security and trade corridors"
    words = base.split()
    return " ".join(words[(seed + i) % len(words)] for i in range(n))


def _note(store: Store, language: str = "en") -> NoteContent:
    ids = tuple(browse.meeting_ids(store))
    return briefs.collect(
        store, briefs.BriefRequest(meeting_ids=ids, language=language, today=TODAY)
    )


def _text(data: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages))


# --- the whole note -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_long_table_repeats_its_header_and_keeps_every_row_once(
    store: Store, language: str
) -> None:
    ids = tuple(browse.meeting_ids(store))
    note = briefs.collect(
        store, briefs.BriefRequest(meeting_ids=ids, language=language, today=TODAY)
    )
    first = note.meetings[0]
    template = next(c for mt in note.meetings for c in mt.commitments if c.kind == "commitment")
    many = tuple(
        replace(template, id=100_000 + i, text=f"Row{i:03d} {_words(4 + i % 17, i)}", due_on=None)
        for i in range(150)
    )
    note = replace(note, meetings=(replace(first, commitments=many), *note.meetings[1:]))
    reader = pypdf.PdfReader(io.BytesIO(build(note).data))
    total = len(reader.pages)
    heads = [labels.label(language, k) for k in ("col_commitment", "col_parties")]
    parties = heads[1]  # (the other is in the section's heading too)
    found: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        rows = [w for w in text.split() if w.startswith("Row") and w[3:].isdigit()]
        if rows:
            assert all(h in text for h in heads), number
            assert text.count(parties) == 1, number  # once, on top: no part at a page's foot
        found += rows
        footer = labels.label(language, "page", page=str(number), total=str(total))
        assert footer in text, number
    assert found == [f"Row{i:03d}" for i in range(150)]
    assert total >= 5


def test_a_20000_character_word_in_a_note_is_broken_across_lines_and_pages(
    store: Store,
) -> None:
    word = "Alpha" + "x" * 19_990 + "Omega"
    note = _note(store)
    notes = (ReaderNote(1, f"Before {word} after", "Meeting: a long one"),)
    built = build(replace(note, notes=notes, talking_points=(word,)))
    assert built.pages >= 3
    printed = _text(built.data).replace(" ", "")
    assert printed.count("Alpha") == 2 and printed.count("Omega") == 2
    assert printed.count("x") >= 2 * 19_990


def test_a_commitment_longer_than_a_page_is_split_inside_its_row(store: Store) -> None:
    note = _note(store)
    first = note.meetings[0]
    template = next(c for mt in note.meetings for c in mt.commitments if c.kind == "commitment")
    long_text = " ".join(f"w{i:04d}" for i in range(2500))
    item = replace(template, id=200_000, text=long_text)
    note = replace(note, meetings=(replace(first, commitments=(item,)), *note.meetings[1:]))
    printed = _text(build(note).data)
    assert "w0000" in printed and "w2499" in printed


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_part_of_a_table_starts_at_the_foot_of_the_page_its_last_part_ended_on(
    store: Store, language: str
) -> None:
    # The demo's first five meetings: with Table's splitInRow always on, the commitments
    # table began a third part, header and one row, under its second on page 2.
    note = briefs.collect(
        store, briefs.BriefRequest(meeting_ids=(1, 2, 3, 4, 5), language=language, today=TODAY)
    )
    parties = labels.label(language, "col_parties")
    pages = pypdf.PdfReader(io.BytesIO(build(note).data)).pages
    counts = [page.extract_text().count(parties) for page in pages]
    assert max(counts) == 1 and sum(counts) >= 2
