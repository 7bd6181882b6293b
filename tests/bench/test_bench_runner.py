"""The benchmark runner, at a tiny scale: it builds its store, measures, writes results.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import run
from bench.timing import Figure, percentile


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 21)]
    assert percentile(values, 95) == 19.0
    assert percentile(values, 50) == 10.0
    assert percentile([3.0], 95) == 3.0


def test_a_figure_reports_its_ratio_to_the_baseline() -> None:
    figure = Figure("x", [0.010, 0.020, 0.030], baseline=[0.010, 0.010, 0.010])
    assert figure.median == 0.020
    assert figure.ratio == pytest.approx(2.0)
    assert figure.show(figure.p95) == "30.0 ms"


def test_smoke_run_builds_the_store_and_writes_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "tiny.db"
    out = tmp_path / "results.md"
    argv = ["--scale", "0.002", "--store", str(store), "--runs", "2", "--out", str(out)]
    assert run.main([*argv, "--only", "search,lists,detail,note"]) == 0
    printed = capsys.readouterr().out
    assert "Generated the scale-0.002 store" in printed
    assert "search as you type" in printed and "ratio" in printed
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Chancery benchmark results")
    assert "Machine:" in text and "20 meetings" in text
    for name in ("search as you type", "first 50 rows", "meeting detail", "save a note"):
        assert name in text
    assert "| `coopération` |" in text  # the query-by-query table
    # The second run reuses the store it built, and the note benchmark left no notes behind.
    before = store.stat().st_size
    assert run.main([*argv, "--only", "note"]) == 0
    assert "Generated" not in capsys.readouterr().out
    assert store.stat().st_size == before


def test_an_unknown_group_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        run.main(["--only", "nonsense", "--store", str(tmp_path / "x.db")])


def test_the_postgresql_column_on_a_tiny_store(
    pg_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bench database is made on the tests' server, measured, then dropped.
    monkeypatch.setenv("CHANCERY_BENCH_PG", pg_server)
    out = tmp_path / "results.md"
    argv = ["--scale", "0.002", "--store", str(tmp_path / "tiny.db"), "--runs", "2"]
    try:
        assert run.main([*argv, "--out", str(out), "--only", "search,pg"]) == 0
    finally:
        _drop_database(pg_server, "chancery_bench_0_002")
    text = out.read_text(encoding="utf-8")
    assert "PostgreSQL: search as you type" in text and "PostgreSQL: meetings list" in text
    assert "PostgreSQL database chancery_bench_0_002" in text
    row = next(line for line in text.splitlines() if line.startswith("| `coopération` |"))
    assert row.count("|") == 1 + 15  # the query, SQLite's 7 columns and PostgreSQL's 7


def test_without_a_server_the_postgresql_column_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("CHANCERY_BENCH_PG", "CHANCERY_TEST_PG"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "results.md"
    argv = ["--scale", "0.002", "--store", str(tmp_path / "tiny.db"), "--runs", "2"]
    assert run.main([*argv, "--out", str(out), "--only", "pg"]) == 0
    assert "pg: no PostgreSQL server; set CHANCERY_BENCH_PG" in out.read_text(encoding="utf-8")


def _drop_database(base: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
