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


def test_a_store_with_a_second_name_is_refused(tmp_path: Path) -> None:
    """A hard link would get a lock file of its own: two writers on one file, unseen."""
    db = tmp_path / "linked.db"
    with open_user_store(db):
        pass
    store_lock.release(db)
    other = tmp_path / "other-name.db"
    os.link(db, other)
    holder = _start(db)  # the window on one name…
    try:
        line = holder.stdout.readline().strip() if holder.stdout else ""
        result = chancery("annotate", "meeting:1", "--text", "par l'autre nom", "--db", str(other))
    finally:
        holder.communicate("", timeout=60)
    assert line.startswith("REFUSED") and "hard links" in line
    assert result.returncode == 1  # …and the command line on the other: neither writes
    assert "hard links" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    os.unlink(other)
    assert chancery("notes", "--db", str(db)).returncode == 0  # one name again: fine


# A child where fcntl cannot be imported (as on Windows) and msvcrt is a stand-in whose
# locking() takes a real lock (flock of the real fcntl, captured first), so two such
# children exclude each other as two Windows processes would.
_WINDOWS_HOLDER = """
import errno, fcntl as real, os, sys, types
import subprocess  # it probes msvcrt to know if it runs on Windows: before the stand-in
calls = []
def locking(fd, mode, nbytes):
    calls.append((os.lseek(fd, 0, os.SEEK_CUR), mode, nbytes))
    if mode == 0:
        real.flock(fd, real.LOCK_UN)
        return
    try:
        real.flock(fd, real.LOCK_EX | real.LOCK_NB)
    except OSError:
        raise PermissionError(errno.EACCES, "Permission denied") from None
sys.modules["fcntl"] = None  # import fcntl now raises ImportError
sys.modules["msvcrt"] = types.SimpleNamespace(LK_UNLCK=0, LK_NBLCK=2, locking=locking)
from desktop_app.services import store_lock
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import StoreError
assert store_lock.backend() == "msvcrt"
try:
    store = open_user_store(sys.argv[1])
except StoreError as exc:
    print("REFUSED", exc, flush=True)
    sys.exit(1)
print("GOT", calls, flush=True)
sys.stdin.read()
store.close()
store_lock.release(sys.argv[1])
print("RELEASED", calls[-1], flush=True)
"""


def _start_windows(db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WINDOWS_HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_the_lock_works_where_there_is_no_fcntl(tmp_path: Path) -> None:
    db = tmp_path / "windows.db"
    first = _start_windows(db)
    assert first.stdout is not None
    got = first.stdout.readline().strip()
    try:
        assert got.startswith("GOT"), got + (first.stderr.read() if first.stderr else "")
        # One byte locked, far past the pid the other process reads.
        assert f"({store_lock.WINDOWS_LOCK_OFFSET}, 2, 1)" in got
        second = _start_windows(db)
        out, _err = second.communicate(timeout=120)
        assert out.startswith("REFUSED") and "already open in another Chancery" in out
        assert f"process {first.pid}" in out
    finally:
        rest, _err = first.communicate("", timeout=60)
    assert f"RELEASED ({store_lock.WINDOWS_LOCK_OFFSET}, 0, 1)" in rest
