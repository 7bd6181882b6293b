"""Bulk loading (the large-dossier generator): a big page cache while loading, then tidy up."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from db import models, search

LOADING_CACHE_KIB = 262144  # 256 MB while loading
DEFAULT_CACHE_PAGES = 2000  # SQLite's default, restored after


@contextmanager
def loading(conn: Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` for the duration of a bulk load (SQLite; a PostgreSQL
    server's memory is its administrator's settings)."""
    if _on_server(conn):
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size = -{LOADING_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{DEFAULT_CACHE_PAGES}")


def after_load(conn: Connection) -> None:
    """After rows went in with their ids given: on SQLite, merge the search index's segments
    into one b-tree, so queries read one; on PostgreSQL, move each table's id sequence past
    the ids written (else the next row an analyst adds collides with one) and refresh the
    planner's statistics, which a fresh load leaves empty."""
    if not _on_server(conn):
        for table in (search.INDEX_TABLE, search.TITLE_TABLE):
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        return
    for loaded in models.Base.metadata.sorted_tables:
        if "id" in loaded.c:
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{loaded.name}', 'id'), max(id)) "
                f"FROM {loaded.name}"
            )
    conn.exec_driver_sql("ANALYZE")


def _on_server(conn: Connection) -> bool:
    return bool(conn.dialect.name == "postgresql")
