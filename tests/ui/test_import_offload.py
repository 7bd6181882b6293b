"""Import through the helper process: the same records as in-process, a crash said, Stop works."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import import_fakes
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services import browse, importing, offload
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.import_dialog import DETAILS, RESULT, ImportDialog
from tests.qt_cells import cell_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def pool() -> Iterator[offload.HelperPool]:
    """One helper for the module: starting an interpreter costs about half a second."""
    helper = offload.HelperPool(idle_seconds=0)
    yield helper
    helper.shutdown()


def _run(
    ctx: AppContext,
    paths: list[Path],
    pool: offload.HelperPool,
    qtbot: QtBot,
    read: Callable[..., Any] | None = None,
    on_started: Callable[[ImportDialog, int], None] | None = None,
) -> ImportDialog:
    dialog = ImportDialog(ctx, paths)
    dialog.task.pool = pool
    dialog.task.read = read
    if on_started is not None:
        dialog.task.signals.file_started.connect(lambda row, _n, _name: on_started(dialog, row))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    return dialog


def _cells(dialog: ImportDialog) -> list[tuple[str, str]]:
    return [
        (cell_text(dialog.table, row, RESULT), cell_text(dialog.table, row, DETAILS))
        for row in range(dialog.table.rowCount())
    ]


def _meeting(store: Store, meeting_id: int) -> tuple[Any, ...]:
    detail = browse.get_meeting(store, meeting_id, include_candidates=True)
    return (
        detail.summary.title,
        detail.summary.starts_on,
        sorted(p.actor.name for p in detail.participants),
        sorted(c.text for c in (*detail.commitments, *detail.principles, *detail.next_steps)),
        sorted(s.text for s in detail.statements),
    )


# urllib3, imported with trafilatura by the in-process import, probes IPv6 with a socket.
@pytest.mark.filterwarnings("ignore:A test tried to use socket.socket")
def test_files_read_by_the_helper_are_stored_as_in_process(
    tmp_path: Path, ctx: AppContext, pool: offload.HelperPool, qtbot: QtBot
) -> None:
    paths = [CORPUS / "fr-07-communique.pdf", CORPUS / "en-06-news-page.html"]
    twin = Store.open(tmp_path / "twin.db")
    try:
        shutil.copyfile(ctx.store.path, tmp_path / "copy.db")  # same records to start from
        twin.close()
        twin = Store.open(tmp_path / "copy.db")
        expected = importing.import_files(twin, paths)  # in-process, as the command line does
        dialog = _run(ctx, paths, pool, qtbot)
        assert pool.running()  # the files went through the helper
        got = [dialog.outcomes[row] for row in range(len(paths))]
        for ours, theirs in zip(got, expected, strict=True):
            assert ours.status == theirs.status == "imported", ours.message
            assert (ours.message, ours.counts) == (theirs.message, theirs.counts)
            assert ours.meeting_id is not None and theirs.meeting_id is not None
            assert _meeting(ctx.store, ours.meeting_id) == _meeting(twin, theirs.meeting_id)
            source = browse.get_source(ctx.store, ours.source_id or 0)
            assert source.text == browse.get_source(twin, theirs.source_id or 0).text
        assert [result for result, _ in _cells(dialog)] == ["imported", "imported"]
    finally:
        twin.close()


def test_a_crash_while_reading_is_one_sentence_and_stores_nothing(
    tmp_path: Path, ctx: AppContext, pool: offload.HelperPool, qtbot: QtBot
) -> None:
    crash = tmp_path / "crash-communique.txt"
    shutil.copyfile(CORPUS / "fr-01-communique-tirets.txt", crash)
    good = tmp_path / "readout.txt"
    shutil.copyfile(CORPUS / "en-02-readout-numbered.txt", good)
    before = len(browse.list_sources(ctx.store))
    dialog = _run(ctx, [crash, good], pool, qtbot, read=import_fakes.crash_on_crash_files)
    (first, why), (second, _) = _cells(dialog)
    assert first == "error"
    assert why.startswith("crash-communique.txt was not imported: the helper process")
    assert why.endswith(".") and "\n" not in why
    assert second == "imported"  # the next file went to a new helper
    sources = browse.list_sources(ctx.store)
    assert len(sources) == before + 1
    assert {s.file_name for s in sources} >= {"readout.txt"}
    assert "crash-communique.txt" not in {s.file_name for s in sources}


def test_stop_while_the_helper_reads_leaves_the_store_as_it_was(
    tmp_path: Path, ctx: AppContext, pool: offload.HelperPool, qtbot: QtBot
) -> None:
    paths = []
    for name in ("fr-03-prose.txt", "en-04-prose.txt"):
        paths.append(tmp_path / name)
        shutil.copyfile(CORPUS / name, paths[-1])
    before = len(browse.list_sources(ctx.store))

    def stop_at_first(dialog: ImportDialog, row: int) -> None:
        if row == 0:
            dialog.buttons.rejected.emit()  # Cancel, as the user clicks it

    try:
        dialog = _run(
            ctx, paths, pool, qtbot, import_fakes.wait_for_go_file, on_started=stop_at_first
        )
    finally:
        for path in paths:  # let the helper finish the read it was asked for
            path.with_name(path.name + ".go").touch()
    cells = _cells(dialog)
    assert cells[0][0] == "stopped"
    assert "nothing of it was saved" in cells[0][1]
    assert cells[1][0] == "waiting"
    assert len(browse.list_sources(ctx.store)) == before
    assert not any(outcome.status == "imported" for outcome in dialog.outcomes.values())


FIRST = (
    "Communiqué conjoint\n\nBamako, 12 mars 2025 — Le ministre des Affaires étrangères du "
    "Mali, Ousmane Kéita-Dembélé, a reçu son homologue du Niger pour des consultations.\n\n"
    "Ousmane Kéita-Dembélé a déclaré : « Nos deux pays renforceront leur coopération. »\n"
)
SECOND = (
    "Communiqué\n\nNiamey, 20 avril 2025 — Le Mali et le Niger ont tenu une deuxième réunion "
    "de consultations.\n\nM. Kéita-Dembélé a déclaré : « Le comité se réunira chaque "
    "trimestre. »\n"
)


def _speaker_ids(store: Store, meeting_id: int | None) -> list[int | None]:
    assert meeting_id is not None
    detail = browse.get_meeting(store, meeting_id, include_candidates=True)
    return [s.speaker.id if s.speaker else None for s in detail.statements]


def _two_files(folder: Path) -> list[Path]:
    paths = [folder / "first.txt", folder / "second.txt"]
    for path, text in zip(paths, (FIRST, SECOND), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def test_a_person_added_by_one_file_is_known_to_the_next_of_the_batch(
    tmp_path: Path, ctx: AppContext, pool: offload.HelperPool, qtbot: QtBot
) -> None:
    """The second file, read ahead while the first was written, names him by his surname
    only: it is read again, and he is the same person, not a second "Kéita-Dembélé"."""
    paths = _two_files(tmp_path)
    dialog = _run(ctx, paths, pool, qtbot)
    first, second = dialog.outcomes[0], dialog.outcomes[1]
    assert first.new_people and not second.new_people
    (speaker,) = _speaker_ids(ctx.store, first.meeting_id)
    assert _speaker_ids(ctx.store, second.meeting_id) == [speaker]


def test_the_command_lines_batch_knows_them_too(tmp_path: Path) -> None:
    paths = _two_files(tmp_path)
    with Store.open(tmp_path / "cli.db") as store:
        first, second = importing.import_files(store, paths)
        (speaker,) = _speaker_ids(store, first.meeting_id)
        assert _speaker_ids(store, second.meeting_id) == [speaker]
