"""The produced PDF, read back: markings, page numbers, sections, table, metadata, fonts."""

from __future__ import annotations

import getpass
import io
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from briefpdf import AES_RUSSIA, all_text, flat, outline_titles, page_lines
from pypdf.generic import DictionaryObject

from desktop_app.briefing import labels
from desktop_app.briefing.sections import ORDER
from desktop_app.services import browse
from desktop_app.services.store import Store

MM = 72 / 25.4


@pytest.mark.parametrize(
    ("language", "level", "marking"),
    [("fr", "RESTRICTED", "DIFFUSION RESTREINTE"), ("en", "CONFIDENTIAL", "CONFIDENTIAL")],
)
def test_every_page_has_the_marking_top_and_bottom_and_its_number(
    store: Store, make_note: Callable[..., pypdf.PdfReader], language: str, level: str, marking: str
) -> None:
    # Seven meetings make a note of several pages.
    ids = tuple(browse.meeting_ids(store))
    reader = make_note(meeting_ids=ids, language=language, classification=level)
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        width = float(page.mediabox.width)
        height = float(page.mediabox.height)
        lines = page_lines(page)
        top = [ln.text for ln in lines if ln.y > height - 20 * MM]
        bottom = [ln.text for ln in lines if ln.y < 15 * MM]
        assert top == [marking], (number, top)
        assert bottom == [marking], (number, bottom)
        words = labels.label(language, "page", page=str(number), total=str(total))
        found = [ln for ln in lines if ln.text == words]
        assert len(found) == 1, (number, words)
        assert found[0].x > width * 0.7  # on the right
        assert found[0].y < 30 * MM  # in the footer


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sections_come_in_the_formats_order_with_their_labels(
    make_note: Callable[..., pypdf.PdfReader], language: str
) -> None:
    reader = make_note(language=language, title="Sahel et Russie")
    titles = outline_titles(reader)
    expected = ["Sahel et Russie"] + [labels.label(language, key) for key in ORDER[1:]]
    assert titles == expected
    text = all_text(reader)
    # Each heading is found after the one before it, in the format's order.
    position = 0
    for key in ORDER[1:]:
        found = text.find(labels.label(language, key), position)
        assert found > position, key
        position = found
    other = "en" if language == "fr" else "fr"
    assert labels.label(other, "key_points") not in text


def test_the_aes_russia_commitments_are_in_the_table(
    store: Store, make_note: Callable[..., pypdf.PdfReader]
) -> None:
    meeting = browse.get_meeting(store, AES_RUSSIA)
    commitments = [c for c in meeting.commitments if c.kind == "commitment"]
    assert len(commitments) >= 7
    reader = make_note(language="en")
    text = all_text(reader).replace(" ", "")
    start = text.find("CommitmentCommittedbyDueStatusScore")
    end = text.find("Principlesandpositions")
    assert 0 <= start < end
    table = text[start:end]
    for item in commitments:
        assert flat(item.text).replace(" ", "") in table, item.text
    assert "Security" in table and "Energy" in table  # grouped by theme


def test_hostile_strings_print_literally_and_embed_nothing(
    store: Store, make_note: Callable[..., pypdf.PdfReader], tmp_path: Path
) -> None:
    from desktop_app.services import annotations

    hostile = ["<font name=x>", '<img src="/etc/hostname"/>', "a<b", "R&D", "Dupont&Fils"]
    note = annotations.add_annotation(
        store, "meeting", AES_RUSSIA, '<img src="/etc/hostname"/> & a<b', include_in_brief=True
    )
    reader = make_note(
        language="en",
        title="<font name=x> R&D",
        purpose="Check a<b and R&D",
        prepared_for="Dupont&Fils",
        talking_points=(
            '<img src="/etc/hostname"/>',
            "Cyrillic: Сергей Лавров, œuvre « ok » ’ – ✓",
        ),
    )
    text = all_text(reader)
    for value in hostile:
        assert value in text, value
    assert "Сергей Лавров, œuvre « ok » ’ – ✓" in text
    assert '<img src="/etc/hostname"/> & a<b' in text
    assert note.id
    for page in reader.pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        xobjects = resources.get("/XObject", {})
        assert all(x.get_object()["/Subtype"] != "/Image" for x in xobjects.values())
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text


def test_metadata_is_set_on_purpose(
    make_note: Callable[..., pypdf.PdfReader], tmp_path: Path
) -> None:
    reader = make_note(language="fr", title="Note Sahel", purpose="Préparer l'entretien.")
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Note Sahel"
    assert meta.subject == "Préparer l'entretien."
    assert meta.creator == "Chancery"
    assert not meta.author  # no name unless the user gives one
    assert isinstance(reader.stream, io.BytesIO)  # pypdf reads a file given by path into memory
    raw = reader.stream.getvalue()
    user = getpass.getuser()
    if len(user) > 3:  # "root" could be part of any word
        assert user.encode() not in raw
    assert str(tmp_path).encode() not in raw
    assert str(Path.home()).encode() not in raw
    signed = make_note(language="en", author="Jeanne Analyste")
    assert signed.metadata is not None and signed.metadata.author == "Jeanne Analyste"


def test_every_font_is_embedded_and_covers_the_text(
    make_note: Callable[..., pypdf.PdfReader],
) -> None:
    reader = make_note(language="fr", draft=True)
    seen = set()
    for page in reader.pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"]
        assert isinstance(fonts, DictionaryObject)
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # a TrueType file, embedded
    assert seen and all("DejaVuSans" in name for name in seen)
    # Every character printed maps back to Unicode (a ToUnicode table), so none is a box.
    text = all_text(reader)
    assert "\ufffd" not in text
    assert "PROJET" in text


def test_a_character_no_font_has_prints_as_a_mark_and_the_brief_is_made(
    make_note: Callable[..., pypdf.PdfReader],
) -> None:
    reader = make_note(language="en", talking_points=("Meet in 北京 🙂",))
    assert "Meet in \ufffd\ufffd \ufffd" in all_text(reader)
