"""import_files writes many files in few transactions, each file's records all or none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db import models as m
from desktop_app.services import importing
from desktop_app.services.store import Store, WriteError
from tests.sql_statements import commits_counted

TEXT = (
    "Niamey, {day} avril 2025 — Les ministres du Mali et du Niger se sont réunis à Niamey. "
    "Les deux pays se sont engagés à ouvrir une ligne aérienne directe (note {n}).\n"
)


def _files(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"note-{n}.txt"
        path.write_text(TEXT.format(day=n + 1, n=n), encoding="utf-8")
        paths.append(path)
    return paths


def fail_writing(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Writing the file called ``name`` fails after all of its records were sent."""
    write = importing._write

    def failing(session: Any, prepared: importing.PreparedFile, confirm: bool) -> Any:
        outcome = write(session, prepared, confirm)
        if prepared.path.name == name:
            session.flush()
            raise WriteError("The disk refused the write")
        return outcome

    monkeypatch.setattr(importing, "_write", failing)


def _sources(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(m.Source.file_name)).all())  # type: ignore[arg-type]


@pytest.mark.parametrize(("per_batch", "transactions"), [(20, 1), (4, 2)])
def test_a_batch_of_files_is_one_commit(
    tmp_path: Path,
    empty_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    per_batch: int,
    transactions: int,
) -> None:
    monkeypatch.setattr(importing, "BATCH_FILES", per_batch)
    monkeypatch.setattr(importing, "BATCH_SECONDS", 3600.0)  # a slow machine: still one batch
    paths = _files(tmp_path, 6)
    with commits_counted(empty_store) as commits:
        outcomes = importing.import_files(empty_store, paths)
    assert [o.status for o in outcomes] == ["imported"] * 6
    assert len(commits) == transactions  # six files, one transaction per batch
    assert _sources(empty_store) == sorted(p.name for p in paths)


def test_a_file_that_cannot_be_written_is_reported_alone(
    tmp_path: Path, empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path, 4)
    write = importing._write
    fail_writing(monkeypatch, "note-2.txt")
    outcomes = importing.import_files(empty_store, paths)
    assert [o.status for o in outcomes] == ["imported", "imported", "error", "imported"]
    assert "The disk refused the write" in outcomes[2].message
    assert _sources(empty_store) == ["note-0.txt", "note-1.txt", "note-3.txt"]
    monkeypatch.setattr(importing, "_write", write)
    twin = Store.open(tmp_path / "twin.db")  # the same files, without the one that failed
    try:
        importing.import_files(twin, [paths[0], paths[1], paths[3]])
        assert _counts(empty_store) == _counts(twin)  # nothing of the failed file is left
    finally:
        twin.close()


def _counts(store: Store) -> list[int | None]:
    with store.read() as session:
        return [
            session.scalar(select(func.count()).select_from(model))
            for model in (m.Meeting, m.Anchor, m.Commitment, m.Participation, m.ItemSource)
        ]


def test_a_batch_stops_when_asked_and_keeps_what_was_imported(
    tmp_path: Path, empty_store: Store
) -> None:
    paths = _files(tmp_path, 5)
    seen: list[int] = []
    outcomes = importing.import_files(
        empty_store,
        paths,
        progress=lambda done, _n, _p: seen.append(done),
        should_stop=lambda: len(seen) >= 3,
    )
    assert [o.status for o in outcomes] == ["imported"] * 3
    assert _sources(empty_store) == ["note-0.txt", "note-1.txt", "note-2.txt"]


def test_people_added_by_a_file_are_known_to_the_next_of_its_batch(
    tmp_path: Path, empty_store: Store
) -> None:
    first = tmp_path / "a.txt"
    first.write_text(
        "Bamako, 3 avril 2025 — Le ministre malien des Affaires étrangères, Abdoulaye Diop, "
        "a reçu son homologue nigérien à Bamako. Les deux pays se sont engagés à renforcer "
        "leur coopération.\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.txt"
    second.write_text(
        "Bamako, 4 avril 2025 — M. Diop a déclaré que la coopération avec le Niger "
        "se poursuivra. Les deux pays se sont engagés à ouvrir une ligne aérienne.\n",
        encoding="utf-8",
    )
    alone = Store.open(tmp_path / "alone.db")
    try:
        expected = [importing.import_file(alone, p) for p in (first, second)]
        with alone.read() as session:
            people = sorted(session.scalars(select(m.Actor.name).where(m.Actor.kind == "person")))
    finally:
        alone.close()
    assert people  # the first file adds someone the second names
    outcomes = importing.import_files(empty_store, [first, second])
    assert [o.counts for o in outcomes] == [o.counts for o in expected]
    with empty_store.read() as session:
        assert (
            sorted(session.scalars(select(m.Actor.name).where(m.Actor.kind == "person"))) == people
        )


def test_a_store_that_takes_no_transaction_is_said_not_asked_again_forever(
    tmp_path: Path, empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path, 2)

    def refused() -> Any:
        raise WriteError("The store is open read-only")

    monkeypatch.setattr(empty_store, "write", refused)
    with pytest.raises(WriteError, match="read-only"):
        importing.import_files(empty_store, paths)
