"""Bulk loading (the large-dossier generator): a big page cache while loading, a merged index."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from db import search

LOADING_CACHE_KIB = 262144  # 256 MB while loading
DEFAULT_CACHE_PAGES = 2000  # SQLite's default, restored after


@contextmanager
def loading(conn: Connection) -> Iterator[None]:
    """A larger page cache on ``conn`` for the duration of a bulk load."""
    conn.exec_driver_sql(f"PRAGMA cache_size = -{LOADING_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = -{DEFAULT_CACHE_PAGES}")


def merge_index(conn: Connection) -> None:
    """Merge the search index's segments into one b-tree, so queries read one."""
    for table in (search.INDEX_TABLE, search.TITLE_TABLE):
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")
