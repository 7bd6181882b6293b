"""The commitments list shows its first screen at once and the rest when the worker has it."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from desktop_app.services import browse
from desktop_app.ui.context import AppContext
from desktop_app.ui.models import lazy
from desktop_app.ui.models.commitments import CommitmentTableModel
from desktop_app.ui.models.lazy import LazyIdModel
from domain.views import CommitmentFilter
from tests.sql_statements import statements_during


@pytest.fixture(autouse=True)
def _rest_at_once(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rest is read at the first turn of the event loop, except where the delay is tested."""
    if "keeps_the_delay" not in request.node.name:
        monkeypatch.setattr(lazy, "REST_DELAY_MS", 0)


@dataclass(frozen=True)
class FakeRow:
    id: int
    title: str


class FirstScreenModel(LazyIdModel[FakeRow]):
    headers = ("Title",)
    sort_keys = ("title",)

    def __init__(self, ids: list[int]) -> None:
        self.all_ids = ids
        self.first_calls: list[int] = []
        super().__init__(self._ordered, self._rows)
        self.pending: list[tuple[Callable[[], list[int]], Callable[[list[int]], None]]] = []
        self.run_async = lambda fetch, apply: self.pending.append((fetch, apply))

    def _ordered(self, _sort: str, descending: bool) -> list[int]:
        return sorted(self.all_ids, reverse=descending)

    def _rows(self, ids: Sequence[int]) -> dict[int, FakeRow]:
        return {i: FakeRow(i, f"row {i:05d}") for i in ids if i in self.all_ids}

    def first_ids(self, sort: str, descending: bool, limit: int) -> list[int] | None:
        self.first_calls.append(limit)
        return self._ordered(sort, descending)[:limit]

    def display(self, row: FakeRow, column: int) -> str:
        return row.title

    def run_pending(self) -> None:
        QCoreApplication.processEvents()  # the rest is asked for once the event loop is back
        pending, self.pending = self.pending, []
        for fetch, apply in pending:
            apply(fetch())


def test_the_rest_is_appended_below_the_first_screen(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = FirstScreenModel(list(range(1, 1001)))
    qtmodeltester.check(model)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    filled: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.filled.connect(lambda: filled.append(True))
    model.reload()
    assert model.rowCount() == lazy.FIRST_SCREEN and not model.complete
    assert model.index(0, 0).data() == "row 00001"
    model.run_pending()
    assert model.complete and filled == [True] and len(resets) == 1
    assert inserted == [(lazy.FIRST_SCREEN, 999)]
    assert model.ids() == list(range(1, 1001))
    assert model.index(999, 0).data() == "row 01000"  # the end is reachable
    qtmodeltester.check(model)


def test_the_rest_waits_until_the_first_screen_is_painted_keeps_the_delay(
    qapp: QApplication,
) -> None:
    """The worker reading 200,000 ids holds the GIL: it starts after the first paint, not
    at the first turn of the event loop (which is where the first paint happens)."""
    model = FirstScreenModel(list(range(1, 1001)))
    model.reload()
    QCoreApplication.processEvents()
    assert model.pending == [] and not model.complete
    deadline = lazy.REST_DELAY_MS / 1000 + 5.0
    started = time.monotonic()
    while not model.pending and time.monotonic() - started < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    model.run_pending()
    assert model.complete and model.rowCount() == 1000


def test_a_store_changed_between_the_reads_resets_the_list(qapp: QApplication) -> None:
    model = FirstScreenModel(list(range(1, 1001)))
    model.reload()
    model.all_ids = [0, *range(1, 1001)]  # a new first row meanwhile
    model.run_pending()
    assert model.complete and model.ids()[:2] == [0, 1] and model.rowCount() == 1001


def test_sorting_before_the_rest_arrives_drops_the_stale_rest(qapp: QApplication) -> None:
    model = FirstScreenModel(list(range(1, 1001)))
    model.reload()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    inserted: list[int] = []
    model.rowsInserted.connect(lambda *_args: inserted.append(1))
    # Two answers pending: the rest in the old order (stale, not shown), then the sorted list.
    model.run_pending()
    assert inserted == []
    assert model.complete and model.ids() == list(range(1000, 0, -1))


def test_a_short_list_needs_no_second_read() -> None:
    model = FirstScreenModel(list(range(1, 11)))
    model.reload()
    assert model.complete and model.rowCount() == 10 and model.pending == []


def test_without_a_worker_every_id_is_read_at_once() -> None:
    model = FirstScreenModel(list(range(1, 1001)))
    model.run_async = None
    model.reload()
    assert model.complete and model.rowCount() == 1000 and model.first_calls == []


def test_the_commitments_model_in_the_window_fills_from_a_worker(
    qtmodeltester: ModelTester, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazy, "FIRST_SCREEN", 5)  # the demo store has far fewer than 200
    model = CommitmentTableModel(ctx.store)

    def run_async(fetch: Callable[[], list[int]], apply: Callable[[list[int]], None]) -> None:
        ctx.read(lambda _store: fetch(), apply)

    model.run_async = run_async
    model.reload()
    expected = browse.commitment_ids(ctx.store, CommitmentFilter(), sort="due")
    assert len(expected) > 5
    assert model.ids() == expected[:5] and not model.complete
    ctx.runner.drain()
    assert model.complete and model.ids() == expected
    qtmodeltester.check(model)
    model.only_ids = set(expected[:3])  # a tag facet: no LIMIT possible, all read at once
    model.reload()
    assert model.complete and model.ids() == expected[:3]


@pytest.mark.both_engines
def test_the_trackers_first_screen_is_one_statement_ids_and_rows(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazy, "FIRST_SCREEN", 5)  # the demo store has far fewer than 200
    tracker = CommitmentTableModel(ctx.store)
    asked: list[Callable[[], list[int]]] = []
    tracker.run_async = lambda fetch, _apply: asked.append(fetch)
    shown: list[str] = []

    def first_screen() -> None:
        tracker.reload()
        shown.extend(tracker.index(r, 0).data() for r in range(3))

    # On SQLite, fetch_ids reads ids on the driver's own cursor, unseen: the PostgreSQL case
    # is the one that counts round trips.
    assert len(statements_during(ctx.store, first_screen)) == 1
    expected = browse.commitment_ids(ctx.store, CommitmentFilter(), sort="due")
    rows = browse.commitment_rows(ctx.store, expected[:3])
    assert tracker.ids() == expected[:5] and not tracker.complete
    assert shown == [tracker.display(rows[i], 0) for i in expected[:3]]
    assert tracker.cached_rows() == 5  # the page's rows, read with the ids
