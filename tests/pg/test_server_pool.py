"""A team store's pooled connections: checked before reuse when idle, not between quick reads."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db import engine as db_engine
from db.engine import make_server_engine


def _pings(monkeypatch: pytest.MonkeyPatch, engine: Any) -> list[int]:
    """Counts the dialect's pings (SQLAlchemy's pool_pre_ping calls the same method)."""
    calls: list[int] = []
    ping = type(engine.dialect).do_ping

    def counted(self: Any, dbapi_connection: Any) -> bool:
        calls.append(1)
        return bool(ping(self, dbapi_connection))

    monkeypatch.setattr(type(engine.dialect), "do_ping", counted)
    return calls


def test_reads_moments_apart_reuse_the_connection_without_a_ping(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_engine, "PING_AFTER_IDLE", 3600.0)  # every reuse counts as quick
    engine = make_server_engine(pg_url)
    pings = _pings(monkeypatch, engine)
    try:
        for _ in range(3):
            with engine.connect() as conn:
                assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()
    assert pings == []


def test_a_connection_the_server_closed_while_idle_is_replaced(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_engine, "PING_AFTER_IDLE", 0.0)  # every reuse counts as idle
    engine = make_server_engine(pg_url)
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with admin.connect() as conn:  # as a server restart would, while it sits in the pool
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        pings = _pings(monkeypatch, engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
        assert pings  # found closed by the ping, not by the statement
    finally:
        engine.dispose()
        admin.dispose()
