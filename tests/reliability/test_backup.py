"""Backups: taken with the backup API, checked before anything is replaced, thinned, restored."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from db import migrate, sqlite_files
from desktop_app.services import backup, store_lock
from desktop_app.services.annotations import add_annotation, list_annotations
from desktop_app.services.backup import BackupError, BackupInfo
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, StoreError

UTC = dt.UTC


def _quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def _note_bodies(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT body FROM annotation")}
    finally:
        conn.close()


def test_backup_now_is_a_checked_copy_beside_the_store(user_store: Store) -> None:
    add_annotation(user_store, "meeting", 1, "Avant la sauvegarde")
    info = backup.backup_now(user_store)
    assert info.path.parent == user_store.path.parent / "user-backups"
    assert info.reason == "manual"
    assert _quick_check(info.path) == "ok"
    assert "Avant la sauvegarde" in _note_bodies(info.path)
    assert backup.list_backups(user_store) == [info]
    assert not list(info.path.parent.glob("*.partial"))


def test_maybe_backup_after_changes_at_most_every_interval(user_store: Store) -> None:
    first = backup.maybe_backup(user_store)
    assert first is not None and first.reason == "auto"
    # Nothing changed since: no new backup, even on exit.
    assert backup.maybe_backup(user_store, on_exit=True) is None
    add_annotation(user_store, "meeting", 1, "Un changement")
    # Changed, but the newest backup is younger than the interval.
    assert backup.maybe_backup(user_store) is None
    on_exit = backup.maybe_backup(user_store, on_exit=True)
    assert on_exit is not None and on_exit.reason == "exit"
    add_annotation(user_store, "meeting", 1, "Encore un")
    assert backup.maybe_backup(user_store, interval=dt.timedelta(0)) is not None
    assert len(backup.list_backups(user_store)) == 3


@pytest.mark.parametrize("step_pages", [backup.STEP_PAGES, 2])
def test_a_backup_taken_while_another_thread_writes_is_sound(
    user_store: Store, step_pages: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With 2 pages a step, the writes restart the copy until it falls back to one step.
    monkeypatch.setattr(backup, "STEP_PAGES", step_pages)
    stop = threading.Event()
    written: list[int] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            n = 0
            while not stop.is_set():
                n += 1
                add_annotation(user_store, "meeting", 1, f"écrit pendant la copie {n} " * 40)
                written.append(n)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread, reported below
            errors.append(exc)

    worker = threading.Thread(target=write)
    worker.start()
    try:
        taken: list[BackupInfo] = []
        while len(taken) < 5 or len(written) < 10:
            # From a worker-like context too: maybe_backup with no interval.
            info = backup.maybe_backup(user_store, interval=dt.timedelta(0))
            if info is not None:
                taken.append(info)
    finally:
        stop.set()
        worker.join()
    assert not errors, errors
    for info in taken:
        if info.path.exists():  # thinning keeps the newest ten
            assert _quick_check(info.path) == "ok"
            assert backup.verify_backup(info.path) is None


def test_a_backup_failing_its_check_replaces_nothing(
    user_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = backup.backup_now(user_store)
    monkeypatch.setattr(backup, "verify_backup", lambda *_a: "quick_check says no")
    with pytest.raises(BackupError, match="failed its check"):
        backup.backup_now(user_store)
    assert backup.list_backups(user_store) == [good]
    assert not list(good.path.parent.glob("*.partial"))
    # An automatic backup that fails is logged, not raised into the user's work.
    add_annotation(user_store, "meeting", 1, "x")
    assert backup.maybe_backup(user_store, on_exit=True) is None


def _fake(folder: Path, when: dt.datetime) -> BackupInfo:
    return BackupInfo(path=folder / when.isoformat(), taken_at=when, reason="auto", size=1)


def test_thinning_keeps_last_ten_seven_days_four_weeks(tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 20, 12, 0, tzinfo=UTC)  # a Friday
    every_6h = [_fake(tmp_path, now - dt.timedelta(hours=6 * i)) for i in range(4 * 60)]
    dropped = {b.path for b in backup.plan_thinning(every_6h, now)}
    kept = sorted((b for b in every_6h if b.path not in dropped), key=lambda b: b.taken_at)
    kept_times = [b.taken_at for b in kept]
    newest = sorted(every_6h, key=lambda b: b.taken_at)[-10:]
    assert all(b.taken_at in kept_times for b in newest)
    days = {t.date() for t in kept_times if (now.date() - t.date()).days < 7}
    assert len(days) == 7
    weeks = {t.isocalendar()[:2] for t in kept_times}
    assert len(weeks) >= 4
    assert len(kept) < 10 + 7 + 5
    assert min(kept_times) >= now - dt.timedelta(days=28)


def test_thinning_happens_only_after_a_good_new_backup(user_store: Store) -> None:
    now = dt.datetime.now(UTC)
    times = [now - dt.timedelta(minutes=14 - i) for i in range(14)]
    for when in times:
        backup._take(user_store.path, "auto", now=when)
    # All from today: the newest ten stay (today's newest among them).
    assert [b.taken_at for b in backup.list_backups(user_store)] == times[::-1][:10]


def test_restore_backs_up_first_and_brings_the_old_notes_back(user_store: Store) -> None:
    add_annotation(user_store, "meeting", 1, "Gardée")
    saved = backup.backup_now(user_store)
    add_annotation(user_store, "meeting", 1, "Après la sauvegarde")
    safety = backup.restore_backup(user_store, saved.path)
    bodies = {a.body for a in list_annotations(user_store)}
    assert "Gardée" in bodies and "Après la sauvegarde" not in bodies
    assert safety is not None and safety.reason == "pre-restore"
    assert "Après la sauvegarde" in _note_bodies(safety.path)
    # The open store keeps working after it.
    add_annotation(user_store, "meeting", 1, "Après la restauration")


def test_restoring_a_file_that_is_not_a_good_backup_changes_nothing(
    user_store: Store, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    before = {a.body for a in list_annotations(user_store)}
    with pytest.raises(BackupError, match="Cannot restore"):
        backup.restore_backup(user_store, junk)
    assert {a.body for a in list_annotations(user_store)} == before
    assert backup.list_backups(user_store) == []


def test_an_older_schema_is_backed_up_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    with open_user_store(path) as store:
        add_annotation(store, "meeting", 1, "Écrite sous l'ancien schéma")
        old_revision = store.info.revision
    store_lock.release(path)
    upgraded: list[Path] = []

    def fake_upgrade(engine: object, revision: str = "head") -> None:
        # The backup must exist, and hold the data, before the first migration step runs.
        [pre] = backup.list_backups(path)
        assert pre.reason == "pre-upgrade"
        assert "Écrite sous l'ancien schéma" in _note_bodies(pre.path)
        upgraded.append(pre.path)

    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(migrate, "is_known", lambda rev: rev in {old_revision, "9999_next"})
    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    with open_user_store(path) as store:
        assert store.info.revision == "9999_next"
    store_lock.release(path)
    assert upgraded


def test_no_upgrade_without_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    open_user_store(path).close()
    store_lock.release(path)
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(migrate, "is_known", lambda _rev: True)
    monkeypatch.setattr(migrate, "upgrade", lambda *_a, **_k: pytest.fail("upgraded anyway"))
    monkeypatch.setattr(backup, "_copy", _raise_disk_full)
    with pytest.raises(BackupError, match="Not upgrading"):
        open_user_store(path)
    store_lock.release(path)


def _raise_disk_full(_src: Path, _dst: Path) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def test_a_real_upgrade_from_the_first_revision_keeps_everything(tmp_path: Path) -> None:
    scripts = list(migrate._scripts().walk_revisions())
    first = scripts[-1].revision
    if first == migrate.head_revision():
        pytest.skip("only one schema revision exists so far: nothing to upgrade from")
    from db.engine import make_engine, sqlite_url

    path = tmp_path / "first.db"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, first)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO meeting (id, title, format, date_precision, review_state, created_at) "
            "VALUES (1, 'Réunion ancienne', 'visit', 'day', 'confirmed', '2025-01-02 03:04:05')"
        )
        conn.exec_driver_sql(
            "INSERT INTO annotation (target_kind, target_id, body, include_in_brief, "
            "created_at, updated_at) VALUES ('meeting', 1, 'Note ancienne', 0, "
            "'2025-01-02 03:04:05', '2025-01-02 03:04:05')"
        )
    engine.dispose()
    with open_user_store(path) as store:
        assert store.info.revision == migrate.head_revision()
        assert [a.body for a in list_annotations(store)] == ["Note ancienne"]
    store_lock.release(path)
    [pre] = backup.list_backups(path)
    assert pre.reason == "pre-upgrade"
    saved = sqlite3.connect(pre.path)
    try:  # the backup is the store as it was before the upgrade
        assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert saved.execute("SELECT body FROM annotation").fetchall() == [("Note ancienne",)]
    finally:
        saved.close()


def test_writes_that_keep_restarting_a_copy_make_it_one_step(
    user_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "STEP_PAGES", 2)
    other = sqlite3.connect(user_store.path)
    steps: list[int] = []

    class Interfered(sqlite3.Connection):
        """Another program writes between every two steps of the copy."""

        def backup(self, target: sqlite3.Connection, **kw: Any) -> None:
            progress = kw.get("progress")
            if kw.get("pages", -1) == -1 or progress is None:
                steps.append(-1)
                return super().backup(target, **kw)

            def meddle(status: int, remaining: int, total: int) -> None:
                steps.append(total - remaining)
                other.execute("UPDATE meeting SET summary = summary || '.' WHERE id = 1")
                other.commit()
                progress(status, remaining, total)

            return super().backup(target, **{**kw, "progress": meddle})

    real_connect = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if Path(database) == user_store.path:
            kwargs["factory"] = Interfered
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite_files.sqlite3, "connect", connect)
    try:
        dest = tmp_path / "copy.db"
        backup._copy(user_store.path, dest)
    finally:
        other.close()
    assert steps[-1] == -1, "the copy never fell back to one step"
    assert len(steps) < 50
    monkeypatch.setattr(sqlite_files.sqlite3, "connect", real_connect)
    assert backup.verify_backup(dest) is None


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_user_store(path).close()
    store_lock.release(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of Chancery"):
        open_user_store(path)
    store_lock.release(path)
    assert path.read_bytes() == before  # neither migrated, nor backed up, nor moved aside
    assert backup.list_backups(path) == []
    assert not list(tmp_path.glob("future.db.damaged-*"))
