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
