"""Every item model passes qtmodeltester; the lazy models load only the rows shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.models.commitments import SCORE, STATUS, CommitmentTableModel
from desktop_app.ui.models.lazy import ID_ROLE, PAGE, ROW_ROLE, LazyIdModel
from desktop_app.ui.models.lists import (
    ActorListModel,
    NoteListModel,
    SearchResultsModel,
    SourceListModel,
    TagListModel,
)
from desktop_app.ui.models.meetings import MeetingListModel
from desktop_app.ui.review_panel import CandidateListModel
from desktop_app.ui.search import html_hits


def test_meeting_model(qtmodeltester: ModelTester, store: Store) -> None:
    model = MeetingListModel(store)
    model.reload()
    assert model.rowCount() == browse.count_meetings(store)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    dates = [browse.meeting_rows(store, [i])[i].starts_on or dt.date.min for i in model.ids()]
    assert dates == sorted(dates)  # undated ones (none in the demo) first, as SQLite orders
    qtmodeltester.check(model)


def test_commitment_model_is_editable_through_a_signal(
    qtmodeltester: ModelTester, store: Store
) -> None:
    model = CommitmentTableModel(store)
    model.reload()
    qtmodeltester.check(model)
    assert model.flags(model.index(0, STATUS)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    asked: list[tuple[int, str, object]] = []
    model.edit_requested.connect(lambda *args: asked.append(args))
    first = model.index(0, SCORE)
    want = -1 if first.data(ROW_ROLE).compliance_score == 1 else 1  # a change, whatever row 0 is
    assert not model.setData(first, first.data(ROW_ROLE).compliance_score)  # no change: no ask
    assert model.setData(first, want)
    assert asked == [(first.data(ID_ROLE), "score", want)]
    model.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_commitment_model_shows_overdue(store: Store) -> None:
    model = CommitmentTableModel(store)
    model.reload()
    import datetime as dt

    model.today = dt.date(2030, 1, 1)
    due = [model.index(r, 4).data() for r in range(model.rowCount())]
    overdue = [d for d in due if d and "overdue" in d]
    assert overdue, due
    row = next(r for r in range(model.rowCount()) if "overdue" in (model.index(r, 4).data() or ""))
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


@dataclass(frozen=True)
class FakeRow:
    id: int
    title: str


class FakeModel(LazyIdModel[FakeRow]):
    headers = ("Title",)
    sort_keys = ("title",)

    def display(self, row: FakeRow, column: int) -> str:
        return row.title


def test_lazy_model_fetches_only_the_pages_shown(qtmodeltester: ModelTester) -> None:
    fetched: list[int] = []

    def rows(ids: Sequence[int]) -> dict[int, FakeRow]:
        fetched.extend(ids)
        return {i: FakeRow(i, f"row {i}") for i in ids}

    model = FakeModel(
        lambda sort, desc: list(range(10_000, 0, -1) if desc else range(1, 10_001)), rows
    )
    model.reload()
    assert model.rowCount() == 10_000
    assert fetched == []
    assert model.index(5, 0).data() == "row 6"
    assert len(fetched) == PAGE
    model.index(9_999, 0).data()
    assert model.cached_rows() == 2 * PAGE


@pytest.mark.parametrize("query", ["energetique", "Moscou", "AES"])
def test_search_model(qtmodeltester: ModelTester, store: Store, query: str) -> None:
    model = SearchResultsModel()
    model.set_hits(query, html_hits(store, query))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_list_models(qtmodeltester: ModelTester, store: Store) -> None:
    actors = ActorListModel()
    actors.set_rows(browse.list_actors(store))
    sources = SourceListModel()
    sources.set_rows(browse.list_sources(store))
    tags = TagListModel()
    tags.set_rows(notes_api.list_tags(store))
    notes = NoteListModel()
    notes.set_rows(notes_api.list_annotations(store))
    for model in (actors, sources, tags, notes):
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)


def test_candidate_model(qtmodeltester: ModelTester, store: Store) -> None:
    from domain.views import AnchorView

    @dataclass(frozen=True)
    class Candidate:
        kind: str
        id: int
        meeting_id: int
        meeting_title: str
        text: str
        detail: str
        anchor: AnchorView | None

    model = CandidateListModel()
    model.set_rows([Candidate("commitment", 1, 1, "A meeting", "Do this", "energy", None)])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Do this"
