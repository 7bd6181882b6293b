"""Several analysts on one store: race-safe creation and optimistic concurrency on edits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


class StaleRecord(Exception):
    """The record is no longer at the version the edit was made from."""

    def __init__(self, table: str, record_id: int, expected: int | None, current: int | None):
        super().__init__(f"{table} {record_id}: version {current}, edit made on {expected}")
        self.table, self.record_id, self.expected, self.current = (
            table,
            record_id,
            expected,
            current,
        )


def is_versioned(table: Table) -> bool:
    return "row_version" in table.c


def claim_version(session: Session, table: Table, record_id: int, expected: int | None) -> int:
    """Bump the record's row_version, from ``expected`` if given: the edit's claim on it.

    One conditional UPDATE, so it is atomic on both engines: on PostgreSQL a concurrent
    claim waits for this transaction and then finds the version moved on (StaleRecord);
    the row stays locked until this transaction ends. Returns the new version.
    """
    condition = table.c.id == record_id
    if expected is not None:
        condition = condition & (table.c.row_version == expected)
    claimed = session.execute(
        update(table)
        .where(condition)
        .values(row_version=table.c.row_version + 1)
        .returning(table.c.row_version)
    ).scalar()
    if claimed is None:
        current = session.execute(
            select(table.c.row_version).where(table.c.id == record_id)
        ).scalar()
        raise StaleRecord(table.name, record_id, expected, current)
    return int(claimed)


def serialize(session: Session, key: str) -> None:
    """Until this transaction ends, other transactions asking for the same ``key`` wait.

    For a get-or-create with no unique key to conflict on (an actor is found by any of
    its names): the second importer of the same actor waits, then finds the first one's.
    A PostgreSQL transaction-scoped advisory lock; on SQLite one writer holds the file.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})


def insert_missing(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], keys: Sequence[str]
) -> None:
    """INSERT … ON CONFLICT DO NOTHING on the unique ``keys``: two analysts creating the same
    tag (or alias) at once both succeed, and there is one row (get-then-insert lost one)."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(maker(table).on_conflict_do_nothing(index_elements=list(keys)), list(rows))
