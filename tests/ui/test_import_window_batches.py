"""The window imports as the command line does: each file read once, a stored text's copy not
analysed, files committed in batches; progress per file, Stop keeps what was committed."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import import_fakes
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db import models as m
from desktop_app.services import importing, offload
from desktop_app.services.store import Store, WriteError
from desktop_app.ui.context import AppContext
from desktop_app.ui.import_dialog import DETAILS, RESULT, ImportDialog
from tests.qt_cells import cell_text
from tests.services.test_import_batches import TEXT, _files, fail_writing
from tests.services.test_import_round_trips import _counting_extraction
from tests.sql_statements import commits_counted

pytestmark = pytest.mark.both_engines

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self, should_stop: Callable[[], bool] | None = None) -> Any:
        return self.value

    def cancel(self) -> None:
        pass


class InThread:
    """A helper pool that runs each call at once in the caller's thread, so that a test can
    count what the import calls (the real helper runs in another process)."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Done:
        return _Done(offload.run_unwrapped(fn, *args))


@pytest.fixture
def in_thread(monkeypatch: pytest.MonkeyPatch) -> InThread:
    pool = InThread()
    monkeypatch.setattr(offload, "shared_pool", lambda: pool)
    return pool


@pytest.fixture(scope="module")
def helper() -> Iterator[offload.HelperPool]:
    pool = offload.HelperPool(idle_seconds=0)
    yield pool
    pool.shutdown()


def _dialog(ctx: AppContext, paths: list[Path], qtbot: QtBot) -> ImportDialog:
    dialog = ImportDialog(ctx, paths)
    qtbot.addWidget(dialog)
    # What the files say of themselves is read first, as the user sees it before Import.
    qtbot.waitUntil(lambda: all(found is not None for found in dialog.found), timeout=60_000)
    return dialog


def _import(dialog: ImportDialog, qtbot: QtBot) -> None:
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)


def _stored(store: Store, names: list[str]) -> dict[str, int]:
    """The number of meetings of each stored source among ``names``, by file name."""
    with store.read() as session:
        sources = session.scalars(select(m.Source).where(m.Source.file_name.in_(names)))
        return {s.file_name or "": len(s.meetings) for s in sources}


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_a_copy_of_a_stored_text_is_not_analysed(
    tmp_path: Path,
    ctx: AppContext,
    in_thread: InThread,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original, other = _files(tmp_path, 2)
    importing.import_files(ctx.store, [original])
    copy = tmp_path / "copy-of-note-0.txt"
    shutil.copyfile(original, copy)
    analysed = _counting_extraction(monkeypatch)
    dialog = _dialog(ctx, [copy, other], qtbot)
    _import(dialog, qtbot)
    assert [dialog.outcomes[row].status for row in (0, 1)] == ["duplicate", "imported"]
    assert len(analysed) == 1 and "(note 1)" in analysed[0]  # the copy was never analysed


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_each_file_is_read_once(
    tmp_path: Path,
    ctx: AppContext,
    in_thread: InThread,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = tmp_path / "page.html"
    shutil.copyfile(CORPUS / "dated" / "fr-d8-page-meta.html", page)
    (text,) = _files(tmp_path, 1)
    reads: Counter[str] = Counter()
    read_document = importing.read_document

    def counted(path: Path) -> Any:
        reads[Path(path).name] += 1
        return read_document(path)

    monkeypatch.setattr(importing, "read_document", counted)
    dialog = _dialog(ctx, [page, text], qtbot)
    assert dialog.published(0)[1] == "file"  # the page's date, read for the user
    _import(dialog, qtbot)
    assert [dialog.outcomes[row].status for row in (0, 1)] == ["imported", "imported"]
    assert reads == {"page.html": 1, "note-0.txt": 1}


def test_a_page_changed_after_its_date_was_shown_is_read_again(
    tmp_path: Path, ctx: AppContext, in_thread: InThread, qtbot: QtBot
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Rien.</p></body></html>", encoding="utf-8")
    dialog = _dialog(ctx, [page], qtbot)
    page.write_text(
        "<html><body><p>" + TEXT.format(day=9, n=9) + " Ajouté après coup.</p></body></html>",
        encoding="utf-8",
    )
    _import(dialog, qtbot)
    assert dialog.outcomes[0].status == "imported"
    with ctx.store.read() as session:
        stored = session.scalar(select(m.Source.text).where(m.Source.file_name == "page.html"))
    assert stored is not None and "Ajouté après coup" in stored


def test_the_window_commits_in_batches_and_shows_each_file(
    tmp_path: Path,
    ctx: AppContext,
    in_thread: InThread,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importing, "BATCH_FILES", 4)
    monkeypatch.setattr(importing, "BATCH_SECONDS", 3600.0)  # a slow machine: still 4 a batch
    paths = _files(tmp_path, 6)
    dialog = _dialog(ctx, paths, qtbot)
    events: list[tuple[str, int]] = []
    dialog.task.signals.file_started.connect(lambda row, _n, _name: events.append(("start", row)))
    dialog.task.signals.file_done.connect(lambda row, _outcome: events.append(("done", row)))
    with commits_counted(ctx.store) as commits:
        _import(dialog, qtbot)
    assert len(commits) == 2  # six files, four a batch
    # Each file is started, in order, then said done once its batch is committed.
    assert [row for kind, row in events if kind == "start"] == list(range(6))
    assert [row for kind, row in events if kind == "done"] == list(range(6))
    for row in range(6):
        assert events.index(("start", row)) < events.index(("done", row))
    assert events.index(("start", 3)) < events.index(("done", 0))  # shown by batch
    assert [cell_text(dialog.table, row, RESULT) for row in range(6)] == ["imported"] * 6
    assert dialog.progress.value() == 6
    assert dialog.label.text() == "Done: 6 files imported; new items wait in the review queue."


def test_stop_in_the_middle_of_a_batch_keeps_what_was_committed(
    tmp_path: Path,
    ctx: AppContext,
    helper: offload.HelperPool,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importing, "BATCH_FILES", 2)
    monkeypatch.setattr(importing, "BATCH_SECONDS", 3600.0)
    # No file read ahead: the helper is not kept waiting for the fourth before its time.
    monkeypatch.setattr(importing, "READ_AHEAD", 0, raising=False)
    paths = _files(tmp_path, 5)
    for path in paths[:3]:  # the helper reads the first three at once, the fourth on a word
        path.with_name(path.name + ".go").touch()
    dialog = _dialog(ctx, paths, qtbot)
    dialog.task.pool = helper
    dialog.task.read = import_fakes.wait_for_go_file

    def stop_at_fourth(row: int, _n: int, _name: str) -> None:
        if row == 3:
            dialog.task.stop = True  # Cancel, as the button sets it

    dialog.task.signals.file_started.connect(stop_at_fourth)
    try:
        with commits_counted(ctx.store) as commits:
            _import(dialog, qtbot)
    finally:
        for path in paths:  # let the helper finish the reads it was asked for
            path.with_name(path.name + ".go").touch()
    results = [cell_text(dialog.table, row, RESULT) for row in range(5)]
    assert results == ["imported", "imported", "imported", "stopped", "waiting"]
    assert "nothing of it was saved" in cell_text(dialog.table, 3, DETAILS)
    # The first batch, and the file of the second written before Stop: each with its meeting.
    assert len(commits) == 2
    assert _stored(ctx.store, [p.name for p in paths]) == {p.name: 1 for p in paths[:3]}
    assert dialog.label.text() == "Done: 3 files imported; new items wait in the review queue."


@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_a_file_that_cannot_be_written_is_one_sentence_and_leaves_nothing(
    tmp_path: Path,
    ctx: AppContext,
    in_thread: InThread,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = _files(tmp_path, 4)
    fail_writing(monkeypatch, "note-2.txt")
    dialog = _dialog(ctx, paths, qtbot)
    _import(dialog, qtbot)
    results = [cell_text(dialog.table, row, RESULT) for row in range(4)]
    assert results == ["imported", "imported", "error", "imported"]
    said = cell_text(dialog.table, 2, DETAILS)
    assert "The disk refused the write" in said and said.endswith(".") and "\n" not in said
    stored = _stored(ctx.store, [p.name for p in paths])
    assert stored == {"note-0.txt": 1, "note-1.txt": 1, "note-3.txt": 1}


def test_a_store_that_takes_no_write_gets_one_sentence_per_file(
    tmp_path: Path,
    ctx: AppContext,
    in_thread: InThread,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = _files(tmp_path, 2)
    dialog = _dialog(ctx, paths, qtbot)

    def refused() -> Any:
        raise WriteError("The store is open read-only")

    monkeypatch.setattr(ctx.store, "write", refused)
    _import(dialog, qtbot)
    assert [cell_text(dialog.table, row, RESULT) for row in range(2)] == ["error", "error"]
    said = cell_text(dialog.table, 1, DETAILS)
    assert "note-1.txt" in said and "read-only" in said and said.endswith(".")
