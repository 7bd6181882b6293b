"""The SQL statements and commits a store's engine runs, for tests that count round trips and
transactions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from desktop_app.services.store import Store


def statements_during(store: Store, call: Callable[[], object]) -> list[tuple[str, Any]]:
    """Each statement SQLAlchemy sends while ``call`` runs, with its parameters (on SQLite,
    `db/query.fetch_ids` reads ids on the driver's own cursor, unseen here)."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


@contextmanager
def commits_counted(store: Store) -> Iterator[list[Any]]:
    """The connections committed on ``store``'s engine while the block runs, one entry a
    commit."""
    commits: list[Any] = []

    def committed(connection: Any) -> None:
        commits.append(connection)

    event.listen(store.engine, "commit", committed)
    try:
        yield commits
    finally:
        event.remove(store.engine, "commit", committed)
