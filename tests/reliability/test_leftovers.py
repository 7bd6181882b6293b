"""What killed backups and conversions leave (``*.partial-journal``, SQLite ``-mj`` files) is
removed on the next open: only Chancery's files, only when no other process holds the store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reliability_helpers import ROOT

from desktop_app.services import backup, store_lock
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import StoreError

_HOLDER = """
import sys
from desktop_app.services.startup import open_user_store
store = open_user_store(sys.argv[1])
print("GOT", flush=True)
sys.stdin.read()
store.close()
"""


def _leftovers(db: Path) -> tuple[list[Path], list[Path]]:
    """(files a killed Chancery leaves, files that are not its leftovers), made on disk."""
    folder = backup.backups_dir(db)
    folder.mkdir(exist_ok=True)
    stem = f"{db.stem}-20260301T101010000000Z-auto"
    ours = [
        folder / f"{stem}.partial",
        folder / f"{stem}.partial-journal",
        db.with_name(f"{db.name}-mj1A2B3C94F"),  # a conversion's export, killed
        folder / f"{stem}.db-mj0F0E0D9C1",
    ]
    still_needed = db.with_name(f"{db.name}-mj77665594E")  # named by a hot journal
    others = [
        still_needed,
        db.with_name("archive.db-journal"),  # a two-file transaction of another program
        db.with_name("someone-else.db-mj1A2B3C94F"),
        db.with_name("letter.partial-journal"),
    ]
    for path in ours + others:
        path.write_bytes(b"\xd9\xd5\x05\xf9 leftover")
    # The journal of an unfinished two-file transaction names its super-journal at its end.
    others[1].write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + os.fsencode(str(still_needed)))
    return ours, others


def test_leftovers_are_removed_on_the_next_open(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with open_user_store(db):
        pass
    store_lock.release(db)
    ours, others = _leftovers(db)

    with open_user_store(db):
        pass
    store_lock.release(db)
    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in others)  # not ours, or still needed by SQLite


def test_nothing_is_removed_while_another_process_holds_the_store(tmp_path: Path) -> None:
    db = tmp_path / "held.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "GOT"
        ours, _others = _leftovers(db)
        try:
            open_user_store(db)
        except StoreError as exc:
            assert "already open" in str(exc)
        else:
            raise AssertionError("the store was opened while another process held it")
        assert all(p.exists() for p in ours)
    finally:
        holder.communicate("", timeout=60)
