"""The bench's timing helpers: runs of an app call and its baseline alternate."""

from __future__ import annotations

from bench.timing import interleaved


def test_interleaved_runs_alternate_after_the_warmup() -> None:
    calls: list[str] = []
    ours, theirs = interleaved(lambda: calls.append("app"), lambda: calls.append("plain"), 3)
    assert calls == ["app", "plain"] * 4  # one warm-up pair, then three measured pairs
    assert len(ours) == len(theirs) == 3
    assert all(t >= 0 for t in ours + theirs)
