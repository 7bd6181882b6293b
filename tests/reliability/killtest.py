"""The kill test: a child writes notes and reports each commit; SIGKILL it; nothing reported lost.

Run by tests/reliability/test_kill.py (a few kills) and by `make reliability` (200+):
    .venv/bin/python tests/reliability/killtest.py --kills 200
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PRELOAD = ["desktop_app.services.annotations", "desktop_app.services.startup"]


@dataclass
class Figures:
    kills: int = 0
    commits_checked: int = 0
    losses: int = 0
    integrity_failures: int = 0
    kills_with_hot_journal: int = 0
    journals_flagged: int = 0

    def line(self) -> str:
        return (
            f"kills={self.kills} commits_checked={self.commits_checked} losses={self.losses} "
            f"integrity_failures={self.integrity_failures} "
            f"hot_journals={self.kills_with_hot_journal} journals_flagged={self.journals_flagged}"
        )


def writer(db: str, meeting_id: int, seed: int, out: Connection) -> None:
    """The child: open the store as the app does, then write notes (and drafts) for ever."""
    from desktop_app.services.annotations import add_annotation, save_draft
    from desktop_app.services.startup import open_user_store

    store = open_user_store(db, demo=False)
    out.send_bytes(b"ready")
    rnd = random.Random(seed)
    n = 0
    while True:
        n += 1
        body = f"kill-test {seed}.{n} " + "é" * rnd.randint(0, 6000)
        if rnd.random() < 0.3:
            save_draft(store, "meeting", meeting_id, body[:500])
        view = add_annotation(store, "meeting", meeting_id, body, tags=[f"k{seed % 7}"])
        # Reported only once add_annotation has returned, i.e. the commit is done.
        out.send_bytes(f"{view.id}\t{zlib.crc32(body.encode())}".encode())


def _prepare(db: Path) -> int:
    from desktop_app.services import store_lock
    from desktop_app.services.browse import list_meetings
    from desktop_app.services.startup import open_user_store

    with open_user_store(db) as store:
        meeting_id = list_meetings(store)[0].id
    store_lock.release(db)  # the children take it in turn
    return meeting_id


def _check(db: Path, committed: dict[int, int], figures: Figures) -> None:
    from desktop_app.services.recovery import journal_path, journal_problem

    if journal_path(db).exists():
        figures.kills_with_hot_journal += 1
        # A crash's journal must be judged sound, or the app would set a good store aside.
        if journal_problem(db) is not None:
            figures.journals_flagged += 1
    conn = sqlite3.connect(db)  # rolls a hot journal back, as the app's first open does
    try:
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            figures.integrity_failures += 1
        rows = dict(conn.execute("SELECT id, body FROM annotation WHERE deleted_at IS NULL"))
    finally:
        conn.close()
    for note_id, crc in committed.items():
        body = rows.get(note_id)
        if body is None or zlib.crc32(body.encode()) != crc:
            figures.losses += 1
    figures.commits_checked = len(committed)


def run(kills: int, workdir: Path, *, seed: int = 1, max_delay: float = 0.3) -> Figures:
    db = workdir / "kill.db"
    meeting_id = _prepare(db)
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    rnd = random.Random(seed)
    figures = Figures()
    committed: dict[int, int] = {}
    for k in range(kills):
        reader, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=writer, args=(str(db), meeting_id, seed * 100_000 + k, sender))
        child.start()
        sender.close()
        # Mostly mid-write; one kill in ten lands while the child is still opening the store.
        if rnd.random() >= 0.1 and reader.poll(30):
            reader.recv_bytes()
        time.sleep(rnd.uniform(0, max_delay))
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        figures.kills += 1
        try:
            while reader.poll():
                message = reader.recv_bytes()
                if message != b"ready":
                    note_id, crc = message.decode().split("\t")
                    committed[int(note_id)] = int(crc)
        except EOFError:
            pass
        reader.close()
        _check(db, committed, figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="chancery-kill-") as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        started = time.monotonic()
        figures = run(args.kills, Path(tmp), seed=args.seed)
        took = time.monotonic() - started
    print(f"kill test: {figures.line()} ({took:.0f} s)")
    ok = (
        figures.losses == 0
        and figures.integrity_failures == 0
        and figures.journals_flagged == 0
        and figures.commits_checked > 0
    )
    print("kill test: PASS" if ok else "kill test: FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
