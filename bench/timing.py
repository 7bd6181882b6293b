"""Timing helpers: repeated runs, median and p95, ratio to a baseline, the machine."""

from __future__ import annotations

import gc
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    """One measured figure: its runs (seconds, or bytes for memory), a target, a baseline."""

    name: str
    samples: list[float]
    unit: str = "ms"  # "ms" (samples in seconds) or "MB" (samples in bytes) or "docs/s"
    baseline_name: str | None = None
    baseline: list[float] = field(default_factory=list)
    target: str = ""  # the target in words, e.g. "p95 ≤ 50 ms, ≤ 1.5× baseline"
    met: bool | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base > 0 else None

    def show(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:.1f} ms"
        if self.unit == "MB":
            return f"{value / 1e6:.0f} MB"
        return f"{value:,.1f} {self.unit}"


def percentile(values: list[float], pct: float) -> float:
    """The nearest-rank percentile (p95 of 20 runs is the 19th fastest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def repeat(
    fn: Callable[[], object],
    runs: int,
    *,
    warmup: int = 1,
    between: Callable[[], object] | None = None,
) -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``fn`` after ``warmup`` unmeasured ones;
    ``between`` runs unmeasured after each call (e.g. let a worker the call started end)."""
    for _ in range(warmup):
        fn()
        if between is not None:
            between()
    out = []
    gc.collect()
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
        if between is not None:
            between()
    return out


def interleaved(
    first: Callable[[], object], second: Callable[[], object], runs: int, *, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Wall-clock seconds of ``runs`` calls of each, alternating (first, second, first, …), so
    that a busy spell of a shared machine weighs on both alike; ``warmup`` unmeasured pairs."""
    for _ in range(warmup):
        first()
        second()
    gc.collect()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, out in ((first, a), (second, b)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return a, b


def machine() -> str:
    """One line about the machine: CPU, cores, memory, OS, Python, SQLite."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load {os.getloadavg()[0]:.1f}"
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}{load}; {platform.system()} {platform.release()}; "
        f"Python {sys.version.split()[0]}; SQLite {sqlite3.sqlite_version}"
    )
