"""Import results and failures as codes with arguments; the CLI's English is said from them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.messages import ENGLISH, Message, count
from desktop_app.services import importing
from desktop_app.services.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_an_import_says_what_it_added_as_a_code(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_bytes((CORPUS / "fr-03-prose.txt").read_bytes())
    outcome = importing.import_files(store, [path])[0]
    assert outcome.note is not None and outcome.note.code == "import.new_meeting"
    assert outcome.note.args["meeting"] == outcome.meeting_id
    assert outcome.message == outcome.note.english()
    assert outcome.message.startswith(f"Imported prose.txt as a new meeting {outcome.meeting_id}")
    assert outcome.message.endswith("; review them with `chancery review`.")
    again = importing.import_files(store, [path])[0]
    assert again.note is not None and again.note.code == "import.duplicate"


def test_a_reader_failure_is_a_code(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    outcome = importing.import_files(store, [path])[0]
    assert outcome.status == "error"
    assert outcome.note == Message(
        "read.not_kind_but", {"file": "photo.pdf", "kind": "a PDF", "what": "a PNG image"}
    )
    assert outcome.message == (
        "photo.pdf is not a PDF (it is a PNG image): check the file and its suffix."
    )


def test_counts_are_singular_or_plural() -> None:
    assert count("next_steps", 1).english() == "1 next step"
    assert count("participants", 3).english() == "3 participants"
    assert all(code in ENGLISH for code in (count("probable_duplicates", 1).code,))
