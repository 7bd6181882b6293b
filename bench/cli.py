"""Whole-process figures of the command line: `chancery search` and `chancery show` on the store."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.timing import Figure

# (name, the command after `chancery --db STORE`, target median in seconds or None)
COMMANDS: tuple[tuple[str, tuple[str, ...], float | None], ...] = (
    ("chancery search (whole process)", ("search", "Mali"), 1.0),
    ("chancery show meeting 1 (whole process)", ("show", "meeting", "1"), None),
    ("chancery --version (interpreter and start-up floor)", ("--version",), None),
)


def chancery_command() -> list[str]:
    """The installed `chancery` script beside this interpreter, else the same entry point."""
    script = Path(sys.executable).with_name("chancery")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from desktop_app.app import main; main()"]


def run_once(path: Path, args: tuple[str, ...]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one whole `chancery` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [*chancery_command(), "--db", str(path), *args],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(path: Path, runs: int) -> list[Figure]:
    """Each command ``runs`` times after one unmeasured run, the commands interleaved so that
    a busy spell of the machine falls on all of them alike."""
    walls: dict[str, list[float]] = {name: [] for name, _, _ in COMMANDS}
    cpus: dict[str, list[float]] = {name: [] for name, _, _ in COMMANDS}
    for _, args, _ in COMMANDS:
        run_once(path, args)
    for _ in range(runs):
        for name, args, _ in COMMANDS:
            wall, cpu = run_once(path, args)
            walls[name].append(wall)
            cpus[name].append(cpu)
    figures = []
    for name, _, target in COMMANDS:
        figure = Figure(
            name,
            walls[name],
            target=f"median ≤ {target:g} s on a quiet machine" if target else "",
            note=f"CPU (user + system) median {statistics.median(cpus[name]):.2f} s",
        )
        if target is not None:
            figure.met = figure.median <= target
        figures.append(figure)
    return figures
