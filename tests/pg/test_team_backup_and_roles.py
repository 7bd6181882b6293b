"""A team store's backups (pg_dump/pg_restore) and its access control (PostgreSQL roles)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from db import models as m
from desktop_app.cli import main
from desktop_app.services import annotations as notes_api
from desktop_app.services import backup, browse, searching
from desktop_app.services.store import Store, WriteError

pytestmark = pytest.mark.both_engines


def _team(store: Store) -> str:
    if not store.on_server:
        pytest.skip("pg_dump and roles: a team store (PostgreSQL) only")
    return store.engine.url.render_as_string(hide_password=False)


def _notes(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(m.Annotation)) or 0)


def test_backup_and_restore_with_pg_dump(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    url = _team(store)
    before = _notes(store)
    capsys.readouterr()
    assert main(["backup", "--db", url, "--json"]) == 0
    dump = json.loads(capsys.readouterr().out)
    assert dump["path"].endswith("-manual.dump") and dump["size"] > 0
    meeting = browse.list_meetings(store)[0].id
    notes_api.add_annotation(store, "meeting", meeting, "écrite après la sauvegarde")
    assert _notes(store) == before + 1
    assert main(["backups", "--db", url, "--json"]) == 0
    assert [b["path"] for b in json.loads(capsys.readouterr().out)] == [dump["path"]]
    assert main(["restore", "latest", "--db", url, "--json"]) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["previous_store_backup"]["path"].endswith("-pre-restore.dump")
    assert _notes(store) == before  # the note written after the dump is gone…
    assert searching.search(store, "coopération")  # …and the search index came back too
    assert main(["restore", restored["previous_store_backup"]["path"], "--db", url]) == 0
    assert _notes(store) == before + 1  # …and back again from the pre-restore dump


def test_a_read_only_role_sees_everything_and_writes_nothing(store: Store) -> None:
    url = make_url(_team(store))
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("DROP ROLE IF EXISTS chancery_reader_test"))
        conn.execute(text("CREATE ROLE chancery_reader_test LOGIN"))
        conn.execute(text("GRANT USAGE ON SCHEMA public TO chancery_reader_test"))
        conn.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO chancery_reader_test"))
    reader = Store.open(url.set(username="chancery_reader_test").render_as_string(False))
    try:
        meetings = browse.list_meetings(reader)
        assert [mt.id for mt in meetings] == [mt.id for mt in browse.list_meetings(store)]
        assert searching.search(reader, "coopération")
        before = _notes(store)
        with pytest.raises(WriteError, match="read-only"):
            notes_api.add_annotation(reader, "meeting", meetings[0].id, "refusée")
        assert _notes(store) == before
    finally:
        reader.close()
        with admin.connect() as conn:
            conn.execute(
                text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM chancery_reader_test")
            )
            conn.execute(text("REVOKE ALL ON SCHEMA public FROM chancery_reader_test"))
            conn.execute(text("DROP ROLE chancery_reader_test"))
        admin.dispose()


def test_the_windows_backup_calls_take_pg_dump_on_a_team_store(store: Store) -> None:
    _team(store)
    taken = backup.backup_now(store)  # what the window's Backups dialog calls
    assert taken.path.suffix == ".dump" and taken.path.parent == backup.backups_dir(store)
    assert [b.path for b in backup.list_backups(store)] == [taken.path]
    assert backup.restore_backup(store, taken.path) is not None  # the pre-restore dump
