"""Failed writes (read-only, disk full, locked) leave the store as it was and say why."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, text

from desktop_app.services.annotations import add_annotation, edit_annotation, list_annotations
from desktop_app.services.store import Store, WriteError, explain_write_failure


def _on_every_connection(store: Store, *pragmas: str) -> None:
    """Run ``pragmas`` on each new connection of the store (the pool is emptied first)."""

    def apply(dbapi_connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    event.listen(store.engine, "connect", apply)
    store.engine.dispose()


def _snapshot(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        notes = conn.execute(text("SELECT id, body, updated_at FROM annotation ORDER BY id"))
        rows = [tuple(r) for r in notes]
        rows += [tuple(r) for r in conn.execute(text("SELECT * FROM annotation_version"))]
        rows += [tuple(r) for r in conn.execute(text("SELECT rowid, * FROM search_index"))]
    return rows


def _expect_refusal(store: Store, write: Callable[[], object], why: str) -> None:
    before = _snapshot(store)
    with pytest.raises(WriteError) as caught:
        write()
    message = str(caught.value)
    assert why in message and message.endswith("nothing was saved.")
    assert "\n" not in message
    assert _snapshot(store) == before


def test_a_read_only_store(user_store: Store) -> None:
    note = add_annotation(user_store, "meeting", 1, "Avant")
    # Root ignores file permissions, so the connection itself is made read-only.
    _on_every_connection(user_store, "PRAGMA query_only = ON")
    _expect_refusal(
        user_store, lambda: add_annotation(user_store, "meeting", 1, "Jamais"), "read-only"
    )
    _expect_refusal(
        user_store, lambda: edit_annotation(user_store, note.id, body="Non"), "read-only"
    )


def test_a_full_disk(user_store: Store) -> None:
    with user_store.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    # The store may not grow by a single page: as if the disk had just filled up.
    _on_every_connection(user_store, f"PRAGMA max_page_count = {pages}")
    big = "Une très longue note. " * 8_000
    _expect_refusal(
        user_store, lambda: add_annotation(user_store, "meeting", 1, big), "disk is full"
    )
    # Once there is room again, writing works and nothing was lost meanwhile.
    _on_every_connection(user_store, "PRAGMA max_page_count = 1073741823")
    add_annotation(user_store, "meeting", 1, "Après")
    assert any(a.body == "Après" for a in list_annotations(user_store))


def test_a_store_locked_by_another_program(user_store: Store) -> None:
    _on_every_connection(user_store, "PRAGMA busy_timeout = 50")  # not the 5 s of the app
    list_annotations(user_store)  # a pooled connection, already set up, before the lock
    other = sqlite3.connect(user_store.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        before = other.execute("SELECT count(*) FROM annotation").fetchone()
        with pytest.raises(WriteError, match="busy in another program"):
            add_annotation(user_store, "meeting", 1, "Bloquée")
        assert other.execute("SELECT count(*) FROM annotation").fetchone() == before
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert all(a.body != "Bloquée" for a in list_annotations(user_store))


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "The disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database is locked"), "busy in another program"),
        (sqlite3.OperationalError("disk I/O error"), "could not be saved (disk I/O error)"),
    ],
)
def test_explain_write_failure_speaks_the_users_language(error: Exception, expected: str) -> None:
    sentence = explain_write_failure(error)
    assert expected in sentence and sentence.endswith("nothing was saved.")


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_suite_cannot_open_a_network_connection() -> None:
    """Offline by design: pytest-socket blocks sockets for the whole suite (pyproject addopts),
    so every feature's tests prove it works with no network."""
    with pytest.raises(Exception, match="[Ss]ocket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
