"""A team store on PostgreSQL: its URL, its secrets, its schema, which only `migrate` changes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db import migrate
from db.engine import StoreError, is_server_url, make_server_engine, safe_url
from db.migrate import include_name
from db.models import Base
from desktop_app.cli import main
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store

SECRET = "Tr0ub4dor-and-3"


@pytest.mark.parametrize(
    ("value", "server"),
    [
        ("postgresql+psycopg://analyst@db.example/chancery", True),
        ("postgresql://analyst@db.example/chancery", True),
        ("/home/me/chancery.db", False),
        ("postgresql.db", False),
        ("./postgresql+psycopg/chancery.db", False),
    ],
)
def test_a_url_is_told_from_a_file_path(value: str, server: bool) -> None:
    assert is_server_url(value) is server


def test_tls_and_client_certificate_come_from_the_urls_parameters() -> None:
    url = (
        f"postgresql+psycopg://analyst:{SECRET}@db.example:5433/chancery?sslmode=verify-full"
        "&sslrootcert=/etc/chancery/ca.pem&sslcert=/home/a/me.crt&sslkey=/home/a/me.key"
    )
    engine = make_server_engine(url)
    _args, kwargs = engine.dialect.create_connect_args(engine.url)
    assert kwargs["sslmode"] == "verify-full"
    assert kwargs["sslrootcert"] == "/etc/chancery/ca.pem"
    assert (kwargs["sslcert"], kwargs["sslkey"]) == ("/home/a/me.crt", "/home/a/me.key")
    assert SECRET not in safe_url(url) and SECRET not in repr(engine)


def test_the_password_never_shows_in_errors_or_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"postgresql+psycopg://analyst:{SECRET}@/chancery?host=/nonexistent-socket-dir&port=1"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as raised:
        Store.open(url)
    message = str(raised.value)
    assert "Cannot reach the team store" in message
    assert SECRET not in message and "***" in message
    assert raised.value.__cause__ is None and SECRET not in repr(raised.value.__context__)
    assert SECRET not in caplog.text


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("postgresql+psycopg2://a@h/db", "psycopg 3"),
        ("postgresql+psycopg://a@h", "names no database"),
    ],
)
def test_a_url_chancery_cannot_use_is_one_sentence(url: str, said: str) -> None:
    with pytest.raises(StoreError, match=said):
        Store.open(url)


# --- on a server ---------------------------------------------------------------------------


@pytest.fixture
def blank_url(pg_server: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty database (no schema), dropped afterwards."""
    name = "chancery_blank_" + str(abs(hash(request.node.nodeid)) % 10**9)
    admin = create_engine(
        make_url(pg_server).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_client_never_creates_the_schema_migrate_does(
    blank_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(StoreError, match=r"holds no Chancery schema yet.*chancery migrate"):
        open_user_store(blank_url)
    assert main(["migrate", "--db", blank_url]) == 0
    assert f"is at schema {migrate.head_revision()}" in capsys.readouterr().out
    with open_user_store(blank_url) as store:
        assert store.on_server and store.info.revision == migrate.head_revision()


def test_a_client_refuses_an_older_schema_in_one_sentence(blank_url: str) -> None:
    engine = make_server_engine(blank_url)
    migrate.upgrade(engine, "0005")
    engine.dispose()
    with pytest.raises(StoreError) as raised:
        Store.open(blank_url)
    assert "has schema 0005, older than this Chancery's" in str(raised.value)
    assert "`chancery migrate`" in str(raised.value)
    engine = make_server_engine(blank_url)
    assert migrate.current_revision(engine) == "0005"  # the client changed nothing
    engine.dispose()


def test_a_client_refuses_a_newer_schema(blank_url: str) -> None:
    Store.open_server(blank_url, upgrade=True).close()
    engine = make_server_engine(blank_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9001'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"newer version of Chancery \(schema 9001\)"):
        Store.open(blank_url)


def test_the_migrated_schema_is_exactly_the_models(blank_url: str) -> None:
    Store.open_server(blank_url, upgrade=True).close()
    engine = make_server_engine(blank_url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        diff = compare_metadata(ctx, Base.metadata)
        indexes = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE tablename = 'search_doc'")
        ).scalars()
        assert any("USING gin" in d for d in indexes)
    engine.dispose()
    # Revision 0008 makes every foreign key DEFERRABLE on PostgreSQL (an undo puts rows back
    # in any order); the models do not say so, for SQLite's sake: that alone is no difference.
    removed = {_fk(d[1]) for d in diff if d[0] == "remove_fk"}
    added = {_fk(d[1]) for d in diff if d[0] == "add_fk"}
    assert removed == added and all(d[1].deferrable for d in diff if d[0] == "remove_fk")
    assert [d for d in diff if d[0] not in ("remove_fk", "add_fk")] == []


def _fk(key: Any) -> tuple[object, ...]:
    return (
        key.parent.name,
        tuple(c.name for c in key.columns),
        key.referred_table.name,
        tuple(e.column.name for e in key.elements),
        key.ondelete,
    )


def test_the_migrations_go_down_and_up_again(blank_url: str) -> None:
    engine = make_server_engine(blank_url)
    migrate.upgrade(engine)
    cfg = migrate.config()
    from alembic import command

    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "base")
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()
