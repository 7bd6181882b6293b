"""``make bench``: build or reuse the scale-N store, measure every figure, write results.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import cli, core, gui, pg, report
from bench.timing import Figure, machine
from desktop_app.cli.progress import progress_bar
from desktop_app.generator import dossier as generator
from desktop_app.services.store import Store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
GROUPS = ("search", "cli", "lists", "detail", "note", "window", "brief", "import", "pg")


def store_path(scale: float) -> Path:
    return DATA / f"scale-{scale:g}.db"


def ensure_store(path: Path, scale: float, seed: int = generator.DEFAULT_SEED) -> Path:
    """Reuse the store at ``path`` if it holds the dossier of ``scale``; else generate it."""
    wanted = generator.counts_for(scale)
    if path.exists():
        with Store.open(path) as store:
            if generator.holds_dossier(store, scale, seed):
                return path
        print(f"{path} does not hold the scale-{scale:g} dossier: generating it again.")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-journal")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    with Store.open(partial) as store:
        generator.generate(store, scale, seed=seed, progress=progress_bar("Generating"))
    os.replace(partial, path)
    print(
        f"Generated the scale-{scale:g} store ({wanted['meetings']:,} meetings) in "
        f"{time.perf_counter() - started:.0f} s: {path}"
    )
    return path


def line(figure: Figure) -> str:
    parts = [f"{figure.name}: median {figure.show(figure.median)}, p95 {figure.show(figure.p95)}"]
    if figure.baseline:
        parts.append(
            f"baseline median {figure.show(sorted(figure.baseline)[len(figure.baseline) // 2])}"
            f" (ratio {figure.ratio:.2f}×)"
            if figure.ratio is not None
            else "baseline n/a"
        )
    if figure.target:
        verdict = {True: "met", False: "NOT MET", None: "—"}[figure.met]
        parts.append(f"target {figure.target}: {verdict}")
    if figure.note:
        parts.append(figure.note)
    return " | ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="store size (1 = 10,000 meetings)")
    parser.add_argument("--store", type=Path, help="the store to use (default bench/data/…)")
    parser.add_argument("--runs", type=int, default=20, help="measured runs of each figure")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--only", help=f"comma-separated groups among {', '.join(GROUPS)}")
    args = parser.parse_args(argv)
    groups = GROUPS if not args.only else tuple(g.strip() for g in args.only.split(","))
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    path = ensure_store(args.store or store_path(args.scale), args.scale)
    print(f"Machine: {machine()}")
    figures: list[Figure] = []
    skipped: list[str] = []
    details: list[core.SearchDetail] = []
    pg_details: list[core.SearchDetail] = []
    pg_store: list[str] = []  # the PostgreSQL store's description, when that group ran
    started = dt.datetime.now(dt.UTC)

    def add(new: Figure | list[Figure]) -> None:
        for figure in new if isinstance(new, list) else [new]:
            figures.append(figure)
            print(line(figure), flush=True)

    with Store.open(path) as store:
        description = report.describe_store(store, args.scale)
        print(description)
        steps: dict[str, Callable[[], None]] = {
            "search": lambda: _search(store, path, args.runs, add, details),
            "cli": lambda: add(cli.measure(path, max(3, args.runs // 4))),
            "lists": lambda: add(gui.measure_lists(store, path, args.runs, skipped)),
            "detail": lambda: add(core.measure_detail(store, path, args.runs)),
            "note": lambda: add(core.measure_annotation_save(store, path, args.runs)),
            "window": lambda: add(gui.measure_window(path, max(3, args.runs // 4), skipped)),
            "brief": lambda: add(gui.measure_brief(store, path, max(3, args.runs // 4), skipped)),
            "import": lambda: add(gui.measure_import(max(1, args.runs // 10), skipped)),
            "pg": lambda: _postgresql(args.scale, args.runs, add, pg_details, pg_store, skipped),
        }
        for group in groups:
            try:
                steps[group]()
            except Exception as exc:  # noqa: BLE001 - one failing part must not stop the others
                skipped.append(f"{group}: failed with {type(exc).__name__}: {exc}")
                print(f"{group}: failed with {type(exc).__name__}: {exc}", flush=True)
    stores = "\n- ".join([description, *pg_store])
    report.write(args.out, figures, details, skipped, stores, machine(), started, pg_details)
    print(f"Wrote {args.out}")
    return 0


def _search(
    store: Store,
    path: Path,
    runs: int,
    add: Callable[[list[Figure]], None],
    details: list[core.SearchDetail],
) -> None:
    figures, found = core.measure_search(store, path, runs)
    details.extend(found)
    add(figures)


def _postgresql(
    scale: float,
    runs: int,
    add: Callable[[list[Figure]], None],
    details: list[core.SearchDetail],
    described: list[str],
    skipped: list[str],
) -> None:
    base = pg.server_url()
    if base is None:
        skipped.append(
            "pg: no PostgreSQL server; set CHANCERY_BENCH_PG (or CHANCERY_TEST_PG) to a server's "
            "URL, such as the one `.ci/pg-server start DIR` prints"
        )
        return
    store, url = pg.ensure_store(base, scale)
    try:
        described.append(report.describe_store(store, scale))
        print(described[-1])
        figures, found = pg.measure(store, url, runs)
    finally:
        store.close()
    details.extend(found)
    add(figures)


if __name__ == "__main__":
    sys.exit(main())
