"""bench/results.md: the figures, the machine, the store, and what could not be measured."""

from __future__ import annotations

import datetime as dt
import os
import statistics
from pathlib import Path

from sqlalchemy import func, select, text

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
        if store.on_server:
            size = (session.scalar(text("SELECT pg_database_size(current_database())")) or 0) / 1e6
            name = f"PostgreSQL database {store.engine.url.database}"
        else:
            size, name = store.path.stat().st_size / 1e6, store.path.name
    return f"Store: scale {scale:g}, {', '.join(counts)}; {size:,.0f} MB ({name})"


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


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
    pg_details: list[SearchDetail] | None = None,
) -> None:
    lines = [
        "# Chancery benchmark results",
        "",
        f"Measured by `make bench` on {started:%Y-%m-%d %H:%M} UTC.",
        "",
        f"- Machine: {machine}",
        f"- Load average (1, 5, 15 min) at the end: {_load()}; the machine is shared, so the",
        "  command-line figures give CPU time (what the process used) beside wall time.",
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
    if details or pg_details:
        lines += ["", *_query_table(details, pg_details or [])]
    if skipped:
        lines += ["", "## Not measured in this run", ""]
        lines += [f"- {reason}" for reason in skipped]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _query_table(details: list[SearchDetail], pg_details: list[SearchDetail]) -> list[str]:
    """Search query by query: SQLite's columns, then PostgreSQL's when it ran."""
    lines = ["## Search, query by query", ""]
    head, rule = ["query"], ["---"]
    if details:
        lines += [
            "SQLite: Chancery = `searching.search(store, query, limit=50)`: parse, ranked FTS5",
            "lookup, then the 50 items read and their snippets marked. Plain = the same FTS5",
            "expression ranked by bm25 over every match in plain sqlite3 (ids only). Overlap =",
            "how many of Chancery's 50 are in plain FTS5's 50 (the same when a query matches at",
            "most 10,000 texts; beyond, Chancery ranks title matches first, then each kind's",
            "newest matches).",
            "",
        ]
        head += ["matches", "Chancery median ms", "p95 ms", "plain median ms", "p95 ms"]
        head += ["ratio", "overlap"]
    if pg_details:
        lines += [
            "PostgreSQL: the same call on the team store; plain = the same tsquery on a psycopg",
            "connection, every match ranked by ts_rank with the same weights (ids only).",
            "",
        ]
        head += ["PG matches", "PG Chancery median ms", "PG p95 ms", "PG plain median ms"]
        head += ["PG plain p95 ms", "PG ratio", "PG overlap"]
    rule = ["---"] * len(head)
    lines += ["| " + " | ".join(head) + " |", "|" + "|".join(rule) + "|"]
    sqlite_by_query = {d.query: d for d in details}
    pg_by_query = {d.query: d for d in pg_details}
    for query in dict.fromkeys([*sqlite_by_query, *pg_by_query]):
        cells = [f"`{query}`"]
        for found, wanted in (
            (sqlite_by_query.get(query), details),
            (pg_by_query.get(query), pg_details),
        ):
            if not wanted:
                continue
            if found is None:
                cells += ["—"] * 7
                continue
            times = statistics.median(found.chancery) / max(statistics.median(found.plain), 1e-9)
            cells += [
                f"{found.matches:,}",
                _ms(found.chancery),
                f"{percentile(found.chancery, 95) * 1000:.1f}",
                _ms(found.plain),
                f"{percentile(found.plain, 95) * 1000:.1f}",
                f"{times:.2f}×",
                f"{found.overlap}/50",
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines
