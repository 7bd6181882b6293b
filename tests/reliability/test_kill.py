"""The kill test, small: SIGKILL a writing child 20 times; every reported commit is still there."""

from __future__ import annotations

from pathlib import Path

import killtest


def test_sigkill_mid_write_loses_no_reported_commit(tmp_path: Path) -> None:
    figures = killtest.run(20, tmp_path, seed=7)
    assert figures.kills == 20
    assert figures.commits_checked > 0, "the child never got to commit: the test proved nothing"
    assert figures.integrity_failures == 0
    assert figures.losses == 0
    # The journals the kills left behind were all judged sound by the app's own check.
    assert figures.journals_flagged == 0
