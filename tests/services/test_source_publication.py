"""A stored source's publication date and address, corrected afterwards (with version checks)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models as m
from desktop_app.cli import main
from desktop_app.services import editing, history, importing
from desktop_app.services.addresses import is_address
from desktop_app.services.edit_fields import InvalidEdit
from desktop_app.services.store import EditConflict, Store


def _source(store: Store) -> int:
    with store.read() as session:
        source_id = session.scalar(select(m.Source.id).order_by(m.Source.id).limit(1))
    assert source_id is not None
    return source_id


def _stored(store: Store, source_id: int) -> tuple[object, object]:
    with store.read() as session:
        source = session.get(m.Source, source_id)
        assert source is not None
        return source.published_on, source.address


def test_the_address_and_publication_date_are_corrected_and_undone(store: Store) -> None:
    source = _source(store)
    before = _stored(store, source)
    seen = editing.current_version(store, "source", source)
    values = editing.current_values(store, "source", source)
    assert "address" in values  # the edit dialog shows it
    result = editing.edit(
        store, "source", source,
        {"address": "https://www.example.org/communique", "date": "2025-04-02"},
        expected_version=seen,
    )  # fmt: skip
    assert _stored(store, source) == (dt.date(2025, 4, 2), "https://www.example.org/communique")
    assert editing.current_values(store, "source", source)["address"] == (
        "https://www.example.org/communique"
    )
    with pytest.raises(EditConflict):  # someone else's copy from before this edit
        editing.edit(store, "source", source, {"address": "https://a.example/"},
                     expected_version=seen)  # fmt: skip
    assert result.version is not None
    history.undo(store)
    assert _stored(store, source) == before


@pytest.mark.parametrize(
    ("field", "raw", "code"),
    [
        ("address", "www.example.org/communique", "bad_address"),
        ("address", "ftp://example.org/a", "bad_address"),
        ("address", "https://exa mple.org/", "bad_address"),
        ("date", "2025-04", "not_a_day"),
        ("date", "2025", "not_a_day"),
        ("date", "le 3 avril", "bad_date"),
    ],
)
def test_a_bad_address_or_date_is_refused_and_changes_nothing(
    store: Store, field: str, raw: str, code: str
) -> None:
    source = _source(store)
    before = _stored(store, source)
    with pytest.raises(InvalidEdit) as refused:
        editing.edit(store, "source", source, {field: raw})
    assert refused.value.code == code
    assert str(refused.value).count(".") >= 1 and raw in str(refused.value)
    assert _stored(store, source) == before


def test_addresses() -> None:
    assert is_address("https://www.diplomatie.gouv.fr/fr/article?id=3#x")
    assert is_address(" http://example.sn/a ")
    for bad in ("", "example.org", "https://", "mailto:a@b.c", "https://a b", "http://[::1"):
        assert not is_address(bad), bad


def test_the_command_line_refuses_a_bad_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Les ministres du Mali et du Niger se sont réunis à Niamey.\n", encoding="utf-8")
    code = main(["import", "--db", str(tmp_path / "s.db"), "--address", "x.example/a", str(doc)])
    assert code != 0
    assert "'x.example/a' is not an address" in capsys.readouterr().err
    assert not (tmp_path / "s.db").exists()


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_found_metadata_reads_what_pages_say_and_nothing_of_other_files(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    plain = tmp_path / "note.txt"
    plain.write_text("Niamey, 3 avril 2025.\n", encoding="utf-8")
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"")
    page, text, empty = importing.found_metadata(
        [corpus / "dated" / "fr-d8-page-meta.html", plain, broken]
    )
    assert page == importing.Given(
        dt.date(2026, 3, 13), "https://presse.example.sn/politique/senegal-mauritanie-peche"
    )
    assert text == empty == importing.Given()
