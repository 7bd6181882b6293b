"""Drafts are their analyst's own: on a team store, one analyst's typing leaves another's alone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db import migrate
from db.engine import make_engine, make_server_engine, sqlite_url
from desktop_app.services import annotations as notes
from desktop_app.services.store import Store

# Roles are the server's, shared by every database on it: one name per test session.
COLLEAGUE = f"chancery_colleague_{os.getpid()}"


@pytest.fixture
def colleague(store: Store) -> Iterator[Store]:
    """The same team store opened by a second analyst (another PostgreSQL role)."""
    if not store.on_server:
        pytest.skip("a personal store (SQLite) has one user: no second analyst")
    url = store.engine.url
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    grants = (
        f"CREATE ROLE {COLLEAGUE} LOGIN",
        f"GRANT USAGE ON SCHEMA public TO {COLLEAGUE}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {COLLEAGUE}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {COLLEAGUE}",
    )
    with admin.connect() as conn:
        conn.execute(text(f"DROP ROLE IF EXISTS {COLLEAGUE}"))
        for statement in grants:
            conn.execute(text(statement))
    other = Store.open(url.set(username=COLLEAGUE).render_as_string(hide_password=False))
    try:
        yield other
    finally:
        other.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP OWNED BY {COLLEAGUE}"))
            conn.execute(text(f"DROP ROLE {COLLEAGUE}"))
        admin.dispose()


def _bodies(store: Store) -> list[str]:
    return [d.body for d in notes.list_drafts(store)]


def test_two_analysts_typing_on_one_item_keep_both_drafts(store: Store, colleague: Store) -> None:
    notes.save_draft(store, "meeting", 1, "Mon brouillon")
    notes.save_draft(colleague, "meeting", 1, "Le sien")
    notes.save_draft(store, "meeting", 1, "Mon brouillon, suite")
    assert _bodies(store) == ["Mon brouillon, suite"]
    assert _bodies(colleague) == ["Le sien"]
    # A draft of an edit too: each analyst's own version of the same note.
    note = notes.add_annotation(store, "meeting", 2, "Note partagée", from_draft=False)
    notes.save_draft(store, "meeting", 2, "Ma reprise", annotation_id=note.id)
    notes.save_draft(colleague, "meeting", 2, "Sa reprise", annotation_id=note.id)
    assert "Sa reprise" not in _bodies(store) and "Ma reprise" not in _bodies(colleague)


def test_one_analyst_saving_a_note_leaves_the_others_draft(store: Store, colleague: Store) -> None:
    notes.save_draft(store, "meeting", 1, "Le mien")
    notes.save_draft(colleague, "meeting", 1, "Le sien, pas fini")
    notes.add_annotation(store, "meeting", 1, "Le mien, fini")
    assert _bodies(store) == []
    assert _bodies(colleague) == ["Le sien, pas fini"]
    note = notes.add_annotation(store, "meeting", 2, "À reprendre", from_draft=False)
    notes.save_draft(colleague, "meeting", 2, "Sa reprise", annotation_id=note.id)
    notes.edit_annotation(store, note.id, body="Ma reprise")
    assert _bodies(colleague) == ["Le sien, pas fini", "Sa reprise"]
    # Nor can one discard the other's draft.
    [theirs, _] = notes.list_drafts(colleague)
    notes.discard_draft(store, theirs.id)
    assert _bodies(colleague) == ["Le sien, pas fini", "Sa reprise"]


def test_the_one_user_of_a_personal_store_keeps_one_draft_per_note(store: Store) -> None:
    """Both engines: the analyst's successive saves are one draft, saving the note ends it."""
    notes.save_draft(store, "meeting", 1, "Un")
    notes.save_draft(store, "meeting", 1, "Un, deux")
    [draft] = notes.list_drafts(store)
    assert draft.body == "Un, deux"
    notes.discard_draft(store, draft.id)
    assert notes.list_drafts(store) == []


@pytest.fixture
def store_at_0012(
    store_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """Where a store is (a file, a URL), its schema at revision 0012 (drafts without analyst)."""
    if store_engine == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "old.db"))
        migrate.upgrade(engine, "0012")
        engine.dispose()
        yield str(tmp_path / "old.db")
        return
    base = make_url(request.getfixturevalue("pg_server"))
    name = f"chancery_drafts_0012_{os.getpid()}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    engine = make_server_engine(url)
    migrate.upgrade(engine, "0012")
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_draft_kept_before_revision_0013_survives_it(store_at_0012: str) -> None:
    if store_at_0012.startswith("postgresql"):
        engine = make_server_engine(store_at_0012)
    else:
        engine = make_engine(sqlite_url(Path(store_at_0012)))
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO draft (target_kind, target_id, annotation_id, body, updated_at)"
                " VALUES ('meeting', 7, NULL, 'Tapé avant la mise à jour', '2026-12-01 10:00')"
            )
        )
    migrate.upgrade(engine, "0013")
    with engine.connect() as conn:
        kept = conn.execute(text("SELECT analyst, body FROM draft")).all()
    engine.dispose()
    assert [tuple(row) for row in kept] == [("", "Tapé avant la mise à jour")]
    with Store.open(store_at_0012) as store:
        [draft] = notes.list_drafts(store)  # still offered to the analyst who opens the store
        assert (draft.target_kind, draft.target_id, draft.body) == (
            "meeting",
            7,
            "Tapé avant la mise à jour",
        )


def test_going_back_to_0012_keeps_two_analysts_drafts_of_new_notes(store_at_0012: str) -> None:
    """Drafts of new notes never collide under the old key (NULL note): none is dropped."""
    if store_at_0012.startswith("postgresql"):
        engine = make_server_engine(store_at_0012)
    else:
        engine = make_engine(sqlite_url(Path(store_at_0012)))
    migrate.upgrade(engine, "0013")
    with engine.begin() as conn:
        for analyst in ("alice", "bob"):
            conn.execute(
                text(
                    "INSERT INTO draft (analyst, target_kind, target_id, body, updated_at)"
                    " VALUES (:who, 'meeting', 3, :body, '2026-12-01 10:00')"
                ),
                {"who": analyst, "body": analyst},
            )
    from alembic import command

    cfg = migrate.config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    with engine.connect() as conn:
        bodies = conn.execute(text("SELECT body FROM draft ORDER BY body")).scalars().all()
    engine.dispose()
    assert bodies == ["alice", "bob"]
