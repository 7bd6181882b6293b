"""Import throughput: our test corpus (tests/corpus) repeated to 1,000 files, into a new store.

The whole import is timed, as `chancery import` does it: each file read, cleaned and
extracted, matched against the meetings and items already stored, written and indexed for
search (the index is kept by the store's triggers, in the same transaction). The window's
import of the same files (its files read in the helper process) is timed against it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.timing import Figure
from desktop_app.services.store import Store

DOCUMENTS = 1000
TARGET = 20.0  # documents per second, the whole import (issue 15)


CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")


def corpus_files() -> list[Path]:
    """Our import test corpus (tests/corpus: French and English, every importable format)."""
    from desktop_app.services.importing import IMPORTABLE_SUFFIXES

    found = CORPUS.glob("*")
    return sorted(
        p for p in found if p.suffix.lower() in IMPORTABLE_SUFFIXES and p.stem != "README"
    )


def _distinct(data: bytes, suffix: str, n: int) -> bytes:
    """The document with one more line, so that each copy is a new text, not a duplicate."""
    line = f" Copie de travail numero {n}. "
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return data + f"\n{line}\n".encode(codec)
    if suffix in (".html", ".htm"):
        marker = data.lower().rfind(b"</body>")
        extra = f"<p>{line}</p>".encode("ascii")
        if marker >= 0:
            return data[:marker] + extra + data[marker:]
    return data + f"\n\n{line}\n".encode("ascii")


def make_corpus(folder: Path, count: int) -> list[Path]:
    """``count`` files: the corpus repeated; the text formats made distinct copy by copy
    (PDF and Word copies stay identical, so the importer answers "duplicate" for those)."""
    sources = corpus_files()
    if not sources:
        raise FileNotFoundError(f"no importable documents in {CORPUS}")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        source = sources[n % len(sources)]
        data = source.read_bytes()
        if source.suffix.lower() in TEXT_SUFFIXES:
            data = _distinct(data, source.suffix.lower(), n + 1)
        path = folder / f"{n + 1:04d}-{source.name}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def measure(runs: int, count: int = DOCUMENTS) -> list[Figure]:
    from desktop_app.services import importing

    chancery: list[float] = []
    plain: list[float] = []
    cpu: list[float] = []  # over this process's CPU time: the rate when no other work waits
    outcomes: dict[str, int] = {}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="chancery-bench-import-") as tmp:
            folder = Path(tmp)
            paths = make_corpus(folder / "docs", count)
            with Store.open(folder / "import.db") as store:
                started, busy = time.perf_counter(), time.process_time()
                done = importing.import_files(store, paths)
                chancery.append(count / (time.perf_counter() - started))
                cpu.append(count / (time.process_time() - busy))
            for outcome in done:
                outcomes[outcome.status] = outcomes.get(outcome.status, 0) + 1
            plain.append(count / _plain_import(folder / "plain.db", paths))
    figure = Figure(
        f"import throughput, whole import: read, extract, match, store, index "
        f"({count:,} documents of tests/corpus, new store)",
        chancery,
        unit="docs/s",
        baseline_name="plain sqlite3: read each file, INSERT its bytes, COMMIT",
        baseline=plain,
        target=f"median ≥ {TARGET:g} docs/s",
        note=", ".join(f"{n} {status}" for status, n in sorted(outcomes.items()))
        + " (the PDF and Word copies are identical: read, then found stored by their text's "
        "hash before any analysis); "
        f"over the import's own CPU time: median {statistics.median(cpu):,.1f} docs/s "
        "(what a core of its own gives; a busy machine's other work is in the wall-clock "
        "median)",
    )
    figure.met = figure.median >= TARGET
    return [figure, *extraction_figures(runs)]


_COLD_START = (
    "import json, time\n"
    "def rss():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmRSS:'):\n"
    "            return int(line.split()[1]) * 1024\n"
    "    return 0\n"
    "before = rss()\n"
    "t = time.perf_counter()\n"
    "from desktop_app.ingest.pipeline import extract_document\n"
    "extract_document('Dakar, 3 avril 2025 - Les ministres du Mali et du Niger se sont reunis.')\n"
    "print(json.dumps([time.perf_counter() - t, rss() - before]))\n"
)


def extraction_figures(runs: int) -> list[Figure]:
    """Extraction alone (no store) on every labelled text of tests/corpus and its folders, and
    the cold cost of the extraction libraries (ftfy, the gazetteer, the rules): the first
    document's time and memory in a fresh interpreter. spaCy is not used (docs/extraction.md)."""
    from desktop_app.ingest.pipeline import extract_document
    from desktop_app.ingest.readers import read_document

    texts = [
        read_document(p).text
        for folder in (CORPUS, *(d for d in sorted(CORPUS.iterdir()) if d.is_dir()))
        for p in sorted(folder.glob("*"))
        if p.suffix.lower() in TEXT_SUFFIXES and p.stem != "README" and p.is_file()
    ]
    rates = []
    for _ in range(max(3, runs // 4)):
        started = time.perf_counter()
        for text in texts:
            extract_document(text)
        rates.append(len(texts) / (time.perf_counter() - started))
    cold_time: list[float] = []
    cold_memory: list[float] = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", _COLD_START], capture_output=True, text=True, check=True
        )
        seconds, rss = json.loads(out.stdout)
        cold_time.append(seconds)
        cold_memory.append(rss)
    return [
        Figure(f"extraction alone ({len(texts)} texts of tests/corpus, no store)", rates,
               unit="docs/s"),
        Figure("extraction cold start: import the rules and libraries, first document",
               cold_time),
        Figure("extraction cold start: memory added", cold_memory, unit="MB"),
    ]  # fmt: skip


def _plain_import(path: Path, paths: list[Path]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, name TEXT, data BLOB)")
    started = time.perf_counter()
    for p in paths:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO doc (name, data) VALUES (?, ?)", (p.name, p.read_bytes()))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def _helper_cpu() -> float:
    """CPU seconds used so far by this process's children (the window's import helper),
    read from /proc while they run (resource's figure counts only children that ended)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # ended meanwhile
                continue
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def window_import(store: Store, paths: list[Path], pool: Any) -> list[Any]:
    """The window's import (ui/import_dialog.ImportTask) run to its end in this thread, its
    files read by ``pool``'s helper process as in the window; its outcomes in order."""
    from PySide6.QtCore import QObject

    from desktop_app.ui.import_dialog import ImportTask

    owner = QObject()
    task = ImportTask(store, paths, owner, pool=pool)
    got: dict[int, Any] = {}
    task.signals.file_done.connect(lambda row, outcome: got.__setitem__(row, outcome))
    task.signals.file_failed.connect(lambda row, note: got.__setitem__(row, note))
    task.run()
    return [got.get(row) for row in range(len(paths))]


def measure_window(runs: int, count: int = DOCUMENTS) -> list[Figure]:
    """The window's import of the same files, interleaved run by run with the command line's
    (the baseline): wall clock, and CPU time of both processes (the window's and its helper's)."""
    from bench.gui import qt_app
    from desktop_app.services import importing, offload

    qt_app()
    wall: list[float] = []
    cpu: list[float] = []
    cli_wall: list[float] = []
    cli_cpu: list[float] = []
    pool = offload.HelperPool(idle_seconds=0)
    try:
        pool.call(len, ())  # the helper started before the clock (the window keeps it up)
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="chancery-bench-window-import-") as tmp:
                folder = Path(tmp)
                paths = make_corpus(folder / "docs", count)
                with Store.open(folder / "cli.db") as store:
                    started, busy = time.perf_counter(), time.process_time()
                    importing.import_files(store, paths)
                    cli_wall.append(count / (time.perf_counter() - started))
                    cli_cpu.append(count / (time.process_time() - busy))
                with Store.open(folder / "window.db") as store:
                    started, busy = time.perf_counter(), time.process_time() + _helper_cpu()
                    window_import(store, paths, pool)
                    wall.append(count / (time.perf_counter() - started))
                    cpu.append(count / (time.process_time() + _helper_cpu() - busy))
    finally:
        pool.shutdown()
    return [
        Figure(
            f"window's import, wall clock ({count:,} documents of tests/corpus, new store; "
            "files read in the helper process)",
            wall,
            unit="docs/s",
            baseline_name="the command line's import of the same files, same runs",
            baseline=cli_wall,
            target=f"median ≥ {TARGET:g} docs/s",
        ),
        Figure(
            "window's import, over CPU time (the window's process and its helper's)",
            cpu,
            unit="docs/s",
            baseline_name="the command line's import over its CPU time",
            baseline=cli_cpu,
        ),
    ]


if __name__ == "__main__":
    # `python -m bench.importing [RUNS] [COUNT]`: the window's import against the command line's.
    from bench.run import line

    for figure in measure_window(
        int(sys.argv[1]) if len(sys.argv) > 1 else 3,
        int(sys.argv[2]) if len(sys.argv) > 2 else DOCUMENTS,
    ):
        print(line(figure), flush=True)
