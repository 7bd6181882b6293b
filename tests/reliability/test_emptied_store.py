"""A store cut to nothing or deleted while it has backups: refused, never made anew, and the
backups that hold its data never thinned away."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from reliability_helpers import digest

from db.engine import open_engine
from desktop_app.cli import main
from desktop_app.services import backup, store_lock
from desktop_app.services.annotations import add_annotation, list_annotations
from desktop_app.services.startup import open_user_store

KEPT = "Note qui ne doit pas se perdre"

# Ten ordinary commands that write (each opens the store afresh, as separate runs would).
WRITES = [
    ["annotate", "meeting:1", "--text", "écrite après la perte"],
    ["annotate", "meeting:2", "--text", "une autre"],
    ["demo"],
    ["backup"],
    ["annotate", "meeting:1", "--text", "encore une"],
    ["annotate", "meeting:3", "--text", "et une autre"],
    ["backup"],
    ["annotate", "meeting:1", "--text", "toujours"],
    ["demo"],
    ["backup"],
]


def _store_with_backups(path: Path, count: int = 3) -> list[str]:
    """A store holding KEPT, with ``count`` backups of it; their digests."""
    with open_user_store(path) as store:
        add_annotation(store, "meeting", 1, KEPT)
        for _ in range(count):
            backup.backup_now(store)
    store_lock.release(path)
    return sorted(digest(b.path) for b in backup.list_backups(path))


def _run(path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main([*argv, "--db", str(path)])
    store_lock.release(path)
    _out, err = capsys.readouterr()
    return code, err


@pytest.mark.parametrize("how", ["cut to zero bytes", "deleted"])
def test_a_lost_store_is_refused_by_every_writing_command_and_its_backups_kept(
    tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "store.db"
    before = _store_with_backups(path)
    if how == "deleted":
        path.unlink()
    else:
        path.write_bytes(b"")  # `: > store.db`

    for argv in WRITES:
        code, err = _run(path, argv, capsys)
        assert code == 1, argv
        assert err.startswith("chancery: ") and len(err.strip().splitlines()) == 1, err
        assert "chancery restore latest" in err and "backups" in err, err
    # `check` says so too, in one sentence, instead of "ok".
    code, err = _run(path, ["check"], capsys)
    assert code == 1

    assert sorted(digest(b.path) for b in backup.list_backups(path)) == before
    assert not path.exists() or path.stat().st_size == 0  # nothing made in its place

    # The offered way back works.
    assert _run(path, ["restore", "latest"], capsys)[0] == 0
    with open_user_store(path) as store:
        assert KEPT in {a.body for a in list_annotations(store)}
    store_lock.release(path)


def test_the_window_offers_the_backup_of_an_emptied_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    from desktop_app.ui.app import open_store_for_window

    path = tmp_path / "window.db"
    _store_with_backups(path, count=1)
    path.write_bytes(b"")
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    store = open_store_for_window(str(path), None)
    assert store is not None
    try:
        assert "is empty" in asked[0] and "Restore the backup from" in asked[0]
        assert KEPT in {a.body for a in list_annotations(store)}
    finally:
        store.close()
        store_lock.release(path)


def _empty_store_backups(path: Path, start: dt.datetime, count: int) -> None:
    """What the old code did after the loss: a new, empty store backed up again and again."""
    path.unlink(missing_ok=True)
    engine, _info = open_engine(path)  # a new store, schema only: no records
    engine.dispose()
    for i in range(count):
        backup._take(path, "auto", now=start + dt.timedelta(minutes=10 * i))


def _bodies(info: backup.BackupInfo) -> set[str]:
    conn = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT body FROM annotation")}
    finally:
        conn.close()


def test_thinning_never_lets_the_backups_holding_data_go(tmp_path: Path) -> None:
    path = tmp_path / "thin.db"
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with open_user_store(path) as store:
        add_annotation(store, "meeting", 1, KEPT)
    store_lock.release(path)
    for i in range(12):
        backup._take(path, "auto", now=start + dt.timedelta(minutes=10 * i))
    with_data = [b for b in backup.list_backups(path) if KEPT in _bodies(b)]
    assert len(with_data) == backup.KEEP_LAST

    _empty_store_backups(path, start + dt.timedelta(hours=3), count=15)

    left = backup.list_backups(path)
    still = [b for b in left if KEPT in _bodies(b)]
    assert [b.path for b in still] == [b.path for b in with_data]  # the newest ten, all there
    assert all(KEPT in _bodies(b) for b in still)
    # The usual rule still applies to the empty ones: the last ten of them are kept.
    assert len(left) - len(still) == backup.KEEP_LAST


def test_plan_thinning_keeps_the_newest_backups_that_hold_data() -> None:
    now = dt.datetime(2026, 3, 30, 12, 0, tzinfo=dt.UTC)
    infos = [
        backup.BackupInfo(Path(f"/b/{i:02d}.db"), now - dt.timedelta(minutes=i), "auto", 1)
        for i in range(30)
    ]
    data = {info.path for info in infos[12:]}  # the 12 newest are of an empty store
    dropped = backup.plan_thinning(infos, now, lambda b: b.path in data)
    kept = [b for b in infos if b not in dropped]
    assert infos[:10] == kept[:10]  # the newest ten, as always
    assert [b for b in kept if b.path in data] == infos[12:22]  # and the newest ten with data
