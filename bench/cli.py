"""Whole-process figures of the command line: `chancery search` and `chancery show` on the store."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.timing import Figure
from db import search as fts

QUERY = "Mali"
LIMIT = 20  # `chancery search`'s default
MEETING = 1

# The baselines are whole processes too: the same interpreter running the same query in plain
# sqlite3 (what any Python tool pays to answer it), and two floors.
_PLAIN_SEARCH = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
    "sql = ('SELECT rowid FROM {table} WHERE {table} MATCH ? '\n"
    "       'ORDER BY bm25({table}, 4.0, 1.0) LIMIT ?')\n"
    "print([r[0] for r in conn.execute(sql, (sys.argv[2], int(sys.argv[3])))])\n"
).replace("{table}", fts.INDEX_TABLE)
_PLAIN_SHOW = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
    "mid = int(sys.argv[2])\n"
    "print(conn.execute('SELECT * FROM meeting WHERE id = ?', (mid,)).fetchall())\n"
    "for t in ('commitment', 'statement', 'participation'):\n"
    "    print(conn.execute(f'SELECT * FROM {t} WHERE meeting_id = ?', (mid,)).fetchall())\n"
    "print(conn.execute('SELECT s.id, s.title FROM source s JOIN meeting_source ms '\n"
    "                   'ON ms.source_id = s.id WHERE ms.meeting_id = ?', (mid,)).fetchall())\n"
)


@dataclass
class Command:
    """One process to time; ``baseline`` names the command its ratio is taken against."""

    name: str
    argv: list[str]
    baseline: str | None = None
    target: float | None = None  # median wall seconds, on a quiet machine
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)


def chancery_command() -> list[str]:
    """The installed `chancery` script beside this interpreter, else the same entry point."""
    script = Path(sys.executable).with_name("chancery")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from desktop_app.app import main; main()"]


def commands(path: Path) -> list[Command]:
    chancery = [*chancery_command(), "--db", str(path)]
    terms = fts.parse_query(QUERY)
    if terms is None:
        raise ValueError(f"the bench query {QUERY!r} has no searchable term")
    plain_search = "python + sqlite3, the same FTS5 query ranked by bm25 (ids)"
    plain_show = "python + sqlite3, SELECTs of the meeting's rows"
    out = [
        Command(
            f"chancery search {QUERY} (whole process)",
            [*chancery, "search", QUERY],
            baseline=plain_search,
            target=1.0,
        ),
        Command(
            plain_search, [sys.executable, "-c", _PLAIN_SEARCH, str(path), terms.fts, str(LIMIT)]
        ),
        Command(
            f"chancery show meeting {MEETING} (whole process)",
            [*chancery, "show", "meeting", str(MEETING)],
            baseline=plain_show,
        ),
        Command(plain_show, [sys.executable, "-c", _PLAIN_SHOW, str(path), str(MEETING)]),
        Command("python -c pass (the interpreter's start)", [sys.executable, "-c", "pass"]),
        Command(
            "python -c 'import sqlalchemy.orm' (the ORM's import alone)",
            [sys.executable, "-c", "import sqlalchemy.orm"],
        ),
    ]
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli:
        sql = (
            f"SELECT rowid FROM {fts.INDEX_TABLE} WHERE {fts.INDEX_TABLE} MATCH "
            f"'{terms.fts.replace(chr(39), chr(39) * 2)}' "
            f"ORDER BY bm25({fts.INDEX_TABLE}, 4.0, 1.0) LIMIT {LIMIT}"
        )
        out.append(
            Command("sqlite3 CLI, the same FTS5 query", [sqlite3_cli, "-readonly", str(path), sql])
        )
    return out


def run_once(argv: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        argv,
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(path: Path, runs: int) -> list[Figure]:
    """Each command ``runs`` times after one unmeasured run, the commands interleaved (a round
    runs each once) so that a busy spell of the shared machine falls on all of them alike.
    On a loaded machine wall time waits for a core; CPU time is what the process itself used."""
    todo = commands(path)
    for command in todo:
        run_once(command.argv)
    for _ in range(runs):
        for command in todo:
            wall, cpu = run_once(command.argv)
            command.walls.append(wall)
            command.cpus.append(cpu)
    by_name = {c.name: c for c in todo}
    figures = []
    for command in todo:
        cpu = statistics.median(command.cpus)
        note = f"CPU (user + system) median {cpu:.2f} s"
        base = by_name.get(command.baseline or "")
        if base is not None:
            note += f", {cpu / max(statistics.median(base.cpus), 1e-9):.2f}× the baseline's CPU"
        figure = Figure(
            command.name,
            command.walls,
            baseline_name=base.name if base else None,
            baseline=base.walls if base else [],
            target=f"median ≤ {command.target:g} s on a quiet machine" if command.target else "",
            note=note,
        )
        if command.target is not None:
            figure.met = figure.median <= command.target
            if not figure.met and cpu <= command.target:
                # One thread: on a quiet machine wall time is about CPU time; here the
                # process also waited for a core the other agents held.
                figure.note += f" (≤ {command.target:g} s: the rest of the wall time is waiting)"
        figures.append(figure)
    return figures
