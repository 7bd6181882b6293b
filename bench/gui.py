"""The window-level figures: list screens in the item models, cold start, memory, brief, import."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from bench.timing import Figure, repeat
from desktop_app.services.store import Store

ROOT = Path(__file__).resolve().parent.parent


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app if app is not None else QApplication([])


def _plain_rows(conn: sqlite3.Connection, sql: str) -> list[Any]:
    return conn.execute(sql).fetchall()


# --- list screens ------------------------------------------------------------------------


def measure_lists(store: Store, path: Path, runs: int, skipped: list[str]) -> list[Figure]:
    """Time to the first 50 rows shown: the item model in a table view, offscreen."""

    app = qt_app()
    from PySide6.QtWidgets import QTableView

    from desktop_app.ui.models.commitments import CommitmentTableModel
    from desktop_app.ui.models.meetings import MeetingListModel
    from desktop_app.ui.workers import TaskRunner

    # As in the window (ui/pages.py): the models read the rest of a long id list on a worker,
    # which is left to finish, unmeasured, after each run.
    runner = TaskRunner()

    def run_async(fetch: Any, apply: Any) -> None:
        runner.read(fetch, apply)

    conn = sqlite3.connect(path)
    figures = []
    for name, make, plain_sql in (
        (
            "commitments list: first 50 rows shown (item model, 200k rows)",
            lambda: CommitmentTableModel(store),
            "SELECT c.id, c.text, c.theme, c.due_on, c.status, mt.title FROM commitment c "
            "JOIN meeting mt ON mt.id = c.meeting_id WHERE c.review_state = 'confirmed' "
            "ORDER BY c.due_on, c.id LIMIT 50",
        ),
        (
            "meetings list: first 50 rows shown (item model)",
            lambda: MeetingListModel(store),
            "SELECT id, title, format, starts_on, city FROM meeting "
            "WHERE review_state = 'confirmed' ORDER BY starts_on DESC, id DESC LIMIT 50",
        ),
    ):
        view = QTableView()
        view.resize(1200, 50 * 30)  # tall enough to show 50 rows

        def shown(make: Any = make, view: QTableView = view) -> None:
            model = make()
            model.run_async = run_async
            model.reload()
            view.setModel(model)
            for row in range(min(50, model.rowCount())):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))
            view.show()
            app.processEvents()

        figure = Figure(
            name,
            repeat(shown, runs, between=runner.drain),
            baseline_name="plain sqlite3 SELECT of the same 50 rows",
            baseline=repeat(partial(_plain_rows, conn, plain_sql), runs),
            target="≤ 100 ms",
        )
        figure.met = figure.p95 <= 0.100
        figures.append(figure)
        view.close()
        view.deleteLater()
    conn.close()
    figures.append(_first_page(store, runs))
    return figures


def _first_page(store: Store, runs: int) -> Figure:
    """The first screen without reading all 200,000 ids first (what a model could do)."""
    from desktop_app.services import browse
    from domain.views import CommitmentFilter

    def first() -> None:
        ids = browse.commitment_ids(store, CommitmentFilter(), sort="due", limit=100)
        browse.commitment_rows(store, ids[:50])

    def all_ids() -> None:
        browse.commitment_ids(store, CommitmentFilter(), sort="due")

    figure = Figure(
        "commitments: first 50 rows via services, ids LIMIT 100 (no model)",
        repeat(first, runs),
        baseline_name="reading all 200k ids (what the model does first)",
        baseline=repeat(all_ids, runs),
        target="≤ 100 ms",
    )
    figure.met = figure.p95 <= 0.100
    return figure


# --- the window in a fresh process: cold start and memory --------------------------------

MEMORY_RUNS = 3


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("CHANCERY_DB", None)
    return env


def run_child(mode: str, store: Path | None, home: Path) -> dict[str, Any]:
    """Run bench.window_child in a new interpreter; its JSON answer, plus the wall time."""
    argv = [sys.executable, "-m", "bench.window_child", mode]
    if store is not None:
        argv.append(str(store))
    env = _child_env(home)
    started = time.perf_counter()
    env["BENCH_LAUNCHED"] = repr(time.time())
    done = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{mode} child failed: {done.stderr.strip()[-800:]}")
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    answer["wall"] = time.perf_counter() - started
    return answer


def measure_window(path: Path, runs: int, skipped: list[str]) -> list[Figure]:
    home = Path(tempfile.mkdtemp(prefix="chancery-bench-home-"))
    chancery, rows, stalls_opening, bare = [], [], [], []
    for _ in range(runs):
        bare.append(run_child("bare", None, home)["shown"])
        cold = run_child("window", path, home)
        chancery.append(cold["shown"])
        rows.append(cold["rows"])
        stalls_opening.append(cold["longest_stall"])
    # Two moments of one start (bench/window_child.py `window`): the window's frame shown
    # and usable, then the store's first meetings rows painted in that same window.
    start = Figure(
        "cold start: window shown and usable (menus, sidebar, search field; scale store)",
        chancery,
        baseline_name="bare PySide6 window in a fresh interpreter",
        baseline=bare,
        target="≤ 1 s and ≤ 3× bare window",
        note="the frame, before the store's pages; while they load the GUI thread's longest "
        f"stall is {statistics.median(stalls_opening) * 1000:.0f} ms (median)",
    )
    start.met = start.p95 <= 1.0 and (start.ratio or 0) <= 3.0
    first_rows = Figure(
        "cold start: first meetings rows shown from the store (same window, same runs)",
        rows,
        baseline_name="bare PySide6 window in a fresh interpreter",
        baseline=bare,
        target="≤ 1 s",
        note="the time until the user sees data: SQLAlchemy and the services imported "
        "off the GUI thread, the store opened, the pages filled in, the first rows painted",
    )
    first_rows.met = first_rows.p95 <= 1.0
    # Peak memory varies from run to run (when the collector runs, the allocator's arenas):
    # the figure is the worst of several runs, and so is the baseline's.
    peaks = [float(run_child("memory", path, home)["peak_bytes"]) for _ in range(MEMORY_RUNS)]
    bare_peaks = [float(run_child("bare", None, home)["peak_bytes"]) for _ in range(MEMORY_RUNS)]
    peak = Figure(
        f"peak memory: window open, commitments list scrolled to the end (max of {MEMORY_RUNS})",
        [max(peaks)],
        unit="MB",
        baseline_name=f"bare PySide6 window (max of {MEMORY_RUNS})",
        baseline=[max(bare_peaks)],
        target="≤ 400 MB",
        note=f"runs: {', '.join(f'{p / 1e6:.0f}' for p in peaks)} MB",
    )
    peak.met = max(peaks) <= 400e6
    # Import, export and backup write: they run on a copy, the bench store stays as built.
    with tempfile.TemporaryDirectory(prefix="chancery-bench-copy-") as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        stalls = run_child("stalls", copy, home)
    figures = [start, first_rows, peak]
    for what, seconds in stalls["stalls"].items():
        figure = Figure(
            f"longest GUI event-loop stall during {what}",
            [seconds],
            target="≤ 50 ms",
            note=stalls.get("notes", {}).get(what, ""),
        )
        figure.met = seconds <= 0.050
        figures.append(figure)
    for what, reason in stalls.get("skipped", {}).items():
        skipped.append(f"stall during {what}: {reason}")
    return figures


# --- brief export ------------------------------------------------------------------------


def measure_brief(store: Store, path: Path, runs: int, skipped: list[str]) -> list[Figure]:
    from bench import briefs

    return briefs.measure(store, runs)


# --- import ------------------------------------------------------------------------------


def measure_import(runs: int, skipped: list[str]) -> list[Figure]:
    from bench import importing

    # The window's import against the command line's, same files, same runs.
    return [*importing.measure(runs), *importing.measure_window(runs)]
