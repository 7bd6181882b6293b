"""A team store's list pages: the first screen read in index order, a page in one statement."""

from __future__ import annotations

import json
from typing import Any

import pytest

from db.query import id_statement
from desktop_app.services import browse
from desktop_app.services.store import Store
from domain.views import CommitmentFilter, MeetingFilter
from tests.sql_statements import statements_during


@pytest.fixture
def store_engine() -> str:
    """Every store of this module is a PostgreSQL one (tests/conftest.py's `store`)."""
    return "postgresql"


def _nodes(plan: dict[str, Any]) -> list[str]:
    return [plan["Node Type"], *(n for p in plan.get("Plans", []) for n in _nodes(p))]


def test_the_first_meetings_newest_first_are_read_from_an_index_without_sorting(
    store: Store,
) -> None:
    with store.engine.connect() as conn:
        # What browse.meeting_ids sends on the driver's cursor (db/query.fetch_ids).
        sent = id_statement(conn, browse._meeting_ids_query(MeetingFilter(), "date", True, 100))
        assert sent is not None
        statement, params = sent
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        # The demo store is small enough to sort in no time: only an index can avoid it.
        cursor.execute("SET enable_sort = off")
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("EXPLAIN (FORMAT JSON) " + statement, params)
        plan = cursor.fetchone()[0]
        conn.rollback()
    top = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]
    assert "Sort" not in _nodes(top) and "Incremental Sort" not in _nodes(top)


def test_a_page_of_commitments_or_meetings_is_one_statement(store: Store) -> None:
    commitment_ids = browse.commitment_ids(store, sort="due", limit=50)
    meeting_ids = browse.meeting_ids(store, limit=50)
    assert len(statements_during(store, lambda: browse.commitment_rows(store, commitment_ids))) == 1
    assert len(statements_during(store, lambda: browse.meeting_rows(store, meeting_ids))) == 1


def test_the_ids_are_read_on_the_drivers_cursor_with_the_same_answer(store: Store) -> None:
    # Every meeting id in order, as the ORM read them before (db/query.fetch_ids): the
    # statement goes to psycopg's cursor as SQLAlchemy compiled it, nothing seen by its events.
    with store.read() as session:
        expected = list(
            session.scalars(browse._meeting_ids_query(MeetingFilter(), "date", True, None))
        )
    assert statements_during(store, lambda: browse.meeting_ids(store, MeetingFilter())) == []
    assert browse.meeting_ids(store, MeetingFilter()) == expected


def _removed_by_join_filter(plan: dict[str, Any]) -> int:
    own = int(plan.get("Rows Removed by Join Filter", 0))
    return own + sum(_removed_by_join_filter(p) for p in plan.get("Plans", []))


@pytest.mark.parametrize("kind", ["commitments", "meetings"])
def test_a_first_screen_looks_up_the_rows_of_its_first_page_only(store: Store, kind: str) -> None:
    # The ids after the page join to nothing: looked up and then dropped, they cost the
    # tracker's first screen a primary-key probe each (150 of its 200 ids).
    if kind == "commitments":
        query = browse._commitment_first_page_query(CommitmentFilter(), "due", False, 6, 2, None)
    else:
        query = browse._meeting_first_page_query(MeetingFilter(), "date", True, 6, 2)
    with store.engine.connect() as conn:
        sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT JSON) " + sql).scalar_one()
        rows = conn.exec_driver_sql(sql).all()
    top = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]
    assert len(rows) == 6 and sum(row[2] is not None for row in rows) == 2
    assert _removed_by_join_filter(top) == 0
