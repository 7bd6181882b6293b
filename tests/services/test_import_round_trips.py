"""An import asks the store and the rules only what it needs: what one document reads once
is not read again (a faster `make bench` import, never other results)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from db import models as m
from desktop_app.ingest import gazetteer as gazetteer_module
from desktop_app.ingest.gazetteer import Gazetteer, load_gazetteer
from desktop_app.ingest.pipeline import extract_document
from desktop_app.services import importing
from desktop_app.services.store import Store, WriteError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
# A readout with numbered commitments and statements: its second copy is the same meeting,
# its items corroborated by the new source.
READOUT = CORPUS / "en-02-readout-numbered.txt"
# The statement that looks a state up by its code (actor.kind and actor.iso2 compared).
_STATE_LOOKUP = re.compile(r"actor\.kind = \S+ AND actor\.iso2 = \S+")


def _copies(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the readout, each with one more line (so none is a duplicate)."""
    paths = []
    for n in range(count):
        path = folder / f"copy-{n}.txt"
        shutil.copyfile(READOUT, path)
        with path.open("a", encoding="utf-8") as out:
            out.write(f"\n\nWorking copy {n + 1}.\n")
        paths.append(path)
    return paths


class _Statements:
    """The SQL statements and flushes of the store while it is watched."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.sql: list[str] = []
        self.flushes = 0

    def _executed(self, *args: Any) -> None:
        self.sql.append(" ".join(str(args[2]).split()))

    def _flushed(self, *_args: Any) -> None:
        self.flushes += 1

    def __enter__(self) -> _Statements:
        event.listen(self.store.engine, "before_cursor_execute", self._executed)
        event.listen(Session, "after_flush", self._flushed)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.store.engine, "before_cursor_execute", self._executed)
        event.remove(Session, "after_flush", self._flushed)


def test_a_corroborating_document_costs_no_lookup_per_item(
    tmp_path: Path, empty_store: Store
) -> None:
    first, second = _copies(tmp_path, 2)
    importing.import_files(empty_store, [first])
    with _Statements(empty_store) as watched:
        [outcome] = importing.import_files(empty_store, [second])
    assert outcome.status == "imported"
    assert "existing meeting" in outcome.message
    assert dict(outcome.counts)["corroborations"] >= 5
    # The new source is new in this transaction: no link to it is looked for in the store.
    assert not [s for s in watched.sql if s.startswith("SELECT item_source.id")]
    # The meeting's other sources (their whole texts) are not read to add this one.
    assert not [s for s in watched.sql if "meeting_source.meeting_id" in s and "FROM source" in s]
    # The meeting's items are read with the meeting, once each, not item by item.
    assert len([s for s in watched.sql if s.startswith("SELECT commitment.")]) == 1
    assert len([s for s in watched.sql if s.startswith("SELECT statement.")]) == 1
    # The document's rows are written at the end, not flushed step by step.
    assert watched.flushes <= 2
    with empty_store.read() as session:
        links = session.scalar(select(func.count()).select_from(m.ItemSource))
        items = session.scalar(select(func.count()).select_from(m.Commitment)) or 0
        items += session.scalar(select(func.count()).select_from(m.Statement)) or 0
    assert links == 2 * items  # every item reported by both sources, once each


def test_the_states_of_a_batch_are_looked_up_once(
    tmp_path: Path, empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "BATCH_SECONDS", 3600.0)  # one transaction on a slow machine
    paths = _copies(tmp_path, 4)
    with _Statements(empty_store) as watched:
        outcomes = importing.import_files(empty_store, paths)
    assert [o.status for o in outcomes] == ["imported"] * 4
    # "?" on SQLite, "%(kind_1)s" on PostgreSQL: the parameters' marks differ by dialect.
    lookups = Counter(s for s in watched.sql if _STATE_LOOKUP.search(s))
    found = extract_document(READOUT.read_text(encoding="utf-8")).meeting
    assert found is not None
    parties = len([p for p in found.parties if p.entity.kind == "state"])
    # A new state is looked for twice (again once the creators take turns), in the batch's
    # first file only: the others find it kept.
    assert sum(lookups.values()) == 2 * parties


def test_one_text_is_searched_for_states_once_per_span(monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = load_gazetteer()
    read: Counter[tuple[str, int, int]] = Counter()
    scan = Gazetteer._longest_names

    def counted(self: Gazetteer, flat: str, start: int, end: int) -> Any:
        read[(flat, start, end)] += 1
        return scan(self, flat, start, end)

    monkeypatch.setattr(Gazetteer, "_longest_names", counted)
    for path in sorted(CORPUS.glob("*.txt")):
        read.clear()
        text = path.read_bytes().decode("utf-8", errors="replace")
        first = extract_document(text, gazetteer=_fresh(gaz))
        assert read, path.name
        assert max(read.values()) == 1, path.name  # the roles and the parties share it
        # The same answers as from a gazetteer that has read other texts before.
        assert extract_document(text, gazetteer=gaz) == first


def _fresh(gaz: Gazetteer) -> Gazetteer:
    return gazetteer_module.Gazetteer(
        entities=gaz.entities,
        cities=gaz.cities,
        people=gaz.people,
        demonyms=gaz.demonyms,
        english_demonyms=gaz.english_demonyms,
    )


def _counting_extraction(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    analysed: list[str] = []
    extract = importing.extract_document

    def counted(text: str, **kwargs: Any) -> Any:
        analysed.append(text)
        return extract(text, **kwargs)

    monkeypatch.setattr(importing, "extract_document", counted)
    return analysed


def test_a_copy_of_a_stored_text_is_not_analysed_again(
    tmp_path: Path, empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "readout.txt"
    shutil.copyfile(READOUT, first)
    copy = tmp_path / "readout-again.txt"
    shutil.copyfile(READOUT, copy)
    alone = importing.import_files(empty_store, [first])  # in its own batch, then the copy
    analysed = _counting_extraction(monkeypatch)
    outcomes = importing.import_files(empty_store, [first, copy])
    assert analysed == []  # both found stored, before any analysis
    assert [o.status for o in outcomes] == ["duplicate", "duplicate"]
    assert outcomes[1].source_id == alone[0].source_id
    assert outcomes[1].meeting_id == alone[0].meeting_id
    # The same sentence as when the copy was analysed before being found stored.
    assert (
        outcomes[1].message
        == importing.store_prepared(empty_store, importing.prepare_file(copy, [])).message
    )


def test_a_copy_found_in_a_batch_that_failed_is_analysed_after_all(
    tmp_path: Path, empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "BATCH_SECONDS", 3600.0)
    first = tmp_path / "a-readout.txt"
    shutil.copyfile(READOUT, first)
    copy = tmp_path / "b-readout.txt"
    shutil.copyfile(READOUT, copy)
    other = tmp_path / "c-other.txt"
    shutil.copyfile(CORPUS / "fr-03-prose.txt", other)
    write = importing._write
    failed: list[str] = []

    def failing(session: Any, prepared: importing.PreparedFile, confirm: bool) -> Any:
        outcome = write(session, prepared, confirm)
        if prepared.path == other and not failed:  # the batch's transaction fails once
            failed.append(prepared.path.name)
            session.flush()
            raise WriteError("The disk refused the write")
        return outcome

    monkeypatch.setattr(importing, "_write", failing)
    analysed = _counting_extraction(monkeypatch)
    outcomes = importing.import_files(empty_store, [first, copy, other])
    assert failed == ["c-other.txt"]
    # In the batch the copy was found in the first file's rows, rolled back since: written
    # again file by file, the first file is stored and the copy is found stored once more.
    assert len(analysed) == 3  # the first, the other, then the copy once on its own
    assert [o.status for o in outcomes] == ["imported", "duplicate", "imported"]
    assert outcomes[1].source_id == outcomes[0].source_id
