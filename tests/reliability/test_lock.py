"""One writer per store: of two Chancery processes on one store, exactly one gets it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reliability_helpers import ROOT, chancery

from desktop_app.services import store_lock
from desktop_app.services.startup import open_user_store

# A Chancery process: opens the store as the app does, says so, and keeps it until stdin ends.
_HOLDER = """
import sys
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import StoreError
try:
    store = open_user_store(sys.argv[1])
except StoreError as exc:
    print("REFUSED", exc, flush=True)
    sys.exit(1)
print("GOT", flush=True)
sys.stdin.read()
store.close()
"""


def _start(db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_two_processes_started_on_one_store_exactly_one_gets_it(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    first, second = _start(db), _start(db)  # started together: they race for the lock
    try:
        lines = [p.stdout.readline().strip() for p in (first, second) if p.stdout]
    finally:
        for p in (first, second):
            p.communicate("", timeout=60)
    assert sorted(line.split(" ", 1)[0] for line in lines) == ["GOT", "REFUSED"], lines
    refused = next(line for line in lines if line.startswith("REFUSED"))
    assert "already open in another Chancery" in refused and "close that one first" in refused
    winner = first if lines[0] == "GOT" else second
    assert f"process {winner.pid}" in refused
    assert sorted(p.returncode for p in (first, second)) == [0, 1]


def test_the_command_line_is_refused_while_a_window_holds_the_store(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    holder = _start(db)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "GOT"
        result = chancery("annotate", "meeting:1", "--text", "jamais écrite", "--db", str(db))
        assert result.returncode == 1
        assert result.stderr.startswith("chancery: ") and "already open" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        holder.communicate("", timeout=60)
    # Once the first one has gone, the store is free again (and the note was never written).
    after = chancery("notes", "--db", str(db))
    assert after.returncode == 0 and "jamais écrite" not in after.stdout


def test_one_process_may_open_its_own_store_twice(tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    with open_user_store(db) as first, open_user_store(db) as second:
        assert first.path == second.path
        assert store_lock.holds(db)
    store_lock.release(db)
    assert not store_lock.holds(db)
