"""Alembic owns the schema: head = the models, FTS tables ignored, old stores upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from db import migrate
from db.migrate import include_name
from db.models import Base
from desktop_app.services.store import Store


def test_upgrade_head_on_an_empty_file_gives_exactly_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    cfg = migrate.config()
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "head")
    engine = create_engine(url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_autogenerate_would_see_the_fts_tables_without_the_filter(tmp_path: Path) -> None:
    """Proves the filter is what keeps the FTS tables out of autogenerate."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    cfg = migrate.config()
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "head")
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    removed = {d[1].name for d in diff if d[0] == "remove_table"}
    assert "search_index" in removed


def test_the_app_upgrades_an_older_store_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    # A store left at the base revision: only Alembic's bookkeeping table, no schema yet.
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.info.revision == migrate.head_revision()
        assert "meeting" in inspect(store.engine).get_table_names()
