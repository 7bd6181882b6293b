"""bench/results.md: the figures, the machine, the store, and what could not be measured."""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

from sqlalchemy import func, select

from bench.core import SearchDetail
from bench.timing import Figure, percentile
from db import models as m
from desktop_app.services.store import Store


def describe_store(store: Store, scale: float) -> str:
    counts = []
    with store.read() as session:
        for label, model in (
            ("meetings", m.Meeting),
            ("commitments", m.Commitment),
            ("statements", m.Statement),
            ("notes", m.Annotation),
            ("sources", m.Source),
            ("actors", m.Actor),
        ):
            total = session.scalar(select(func.count()).select_from(model)) or 0
            counts.append(f"{total:,} {label}")
    size = store.path.stat().st_size / 1e6
    return f"Store: scale {scale:g}, {', '.join(counts)}; {size:,.0f} MB ({store.path.name})"


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f}"


def write(
    out: Path,
    figures: list[Figure],
    details: list[SearchDetail],
    skipped: list[str],
    store: str,
    machine: str,
    started: dt.datetime,
) -> None:
    lines = [
        "# Chancery benchmark results",
        "",
        f"Measured by `make bench` on {started:%Y-%m-%d %H:%M} UTC.",
        "",
        f"- Machine: {machine}",
        f"- {store}",
        "- Each figure: median and p95 of repeated runs (after one warm-up run), and the ratio",
        "  of medians to a baseline measured in the same run on the same file.",
        "",
        "| figure | median | p95 | baseline | baseline median | ratio | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        base = f.show(statistics.median(f.baseline)) if f.baseline else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        met = {True: "yes", False: "**no**", None: "—"}[f.met]
        name = f"{f.name} ({f.note})" if f.note else f.name
        lines.append(
            f"| {name} | {f.show(f.median)} | {f.show(f.p95)} | {f.baseline_name or '—'} "
            f"| {base} | {ratio} | {f.target or '—'} | {met} |"
        )
    if details:
        lines += [
            "",
            "## Search, query by query",
            "",
            "Chancery = `searching.search(store, query, limit=50)`: parse, ranked FTS5 lookup,",
            "then the 50 items read and their snippets marked. Plain = the same FTS5 expression",
            "ranked by bm25 over every match in plain sqlite3 (ids only). Overlap = how many of",
            "Chancery's 50 are in plain FTS5's 50 (the same when a query matches at most 10,000",
            "texts; beyond, Chancery ranks title matches first, then each kind's newest matches).",
            "",
            "| query | matches | Chancery median ms | p95 ms | plain median ms | p95 ms "
            "| ratio | overlap |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for d in details:
            times = statistics.median(d.chancery) / max(statistics.median(d.plain), 1e-9)
            lines.append(
                f"| `{d.query}` | {d.matches:,} | {_ms(d.chancery)} "
                f"| {percentile(d.chancery, 95) * 1000:.1f} | {_ms(d.plain)} "
                f"| {percentile(d.plain, 95) * 1000:.1f} | {times:.2f}× | {d.overlap}/50 |"
            )
    if skipped:
        lines += ["", "## Not measured in this run", ""]
        lines += [f"- {reason}" for reason in skipped]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
