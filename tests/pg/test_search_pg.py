"""PostgreSQL's search: the titles' column (revision 0011), counting only what may be ranked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from db import migrate, search_pg
from db import search as fts
from desktop_app.services import searching
from desktop_app.services.store import Store


@pytest.fixture
def store_engine() -> str:
    """Every store of this module is a PostgreSQL one (tests/conftest.py's `store`)."""
    return "postgresql"


@pytest.fixture
def bare_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database's URL (no revision applied)."""
    from sqlalchemy.engine import make_url

    name = "chancery_test_search_pg_migrate"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_revision_0011_gives_existing_index_rows_their_titles(bare_url: str) -> None:
    engine = create_engine(bare_url)
    rowid = fts.rowid_for("meeting", 7)
    try:
        migrate.upgrade(engine, "0010")
        with engine.begin() as conn:
            fts.write_rows(conn, [("meeting", 7, "Conseil des ministres", "à Œuvre, Niamey")])
        migrate.upgrade(engine, "0011")
        with engine.begin() as conn:
            titles = conn.execute(
                text("SELECT CAST(titles AS text) FROM search_doc WHERE rowid = :r"), {"r": rowid}
            ).scalar()
            assert titles == "'conseil':1A 'des':2A 'ministres':3A"
            # Written after the revision: the column follows every write of the row.
            fts.write_rows(conn, [("meeting", 7, "Sommet", "Niamey")])
            titles = conn.execute(
                text("SELECT CAST(titles AS text) FROM search_doc WHERE rowid = :r"), {"r": rowid}
            ).scalar()
            assert titles == "'sommet':1A"
        with engine.begin() as conn:
            cfg = migrate.config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0010")
        with engine.connect() as conn:
            columns = conn.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = 'search_doc' ORDER BY column_name"
                )
            ).scalars()
            assert list(columns) == ["doc", "rowid"]
    finally:
        engine.dispose()


def _most_common_word(store: Store) -> str:
    with store.write() as session:
        session.execute(text("ANALYZE search_doc"))  # the planner's statistics, as autovacuum's
        return str(
            session.execute(
                text(
                    "SELECT word FROM ts_stat('SELECT doc FROM search_doc') "
                    "WHERE length(word) > 3 ORDER BY ndoc DESC, word LIMIT 1"
                )
            ).scalar()
        )


def _spy(monkeypatch: pytest.MonkeyPatch, name: str, calls: list[str]) -> None:
    real = getattr(search_pg, name)

    def spied(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(search_pg, name, spied)


def test_a_word_the_statistics_say_is_far_beyond_the_exact_limit_is_not_counted(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    word = _most_common_word(store)
    monkeypatch.setattr(fts, "EXACT_LIMIT", 1)  # the word is in far more texts than that
    calls: list[str] = []
    for name in ("count_matches", "_counted_and_ranked"):
        _spy(monkeypatch, name, calls)
    hits = searching.search(store, word, limit=5)
    assert len(hits) == 5
    assert calls == []  # ranked from the candidates, without reading every match first


def test_a_query_judged_large_with_few_candidates_is_ranked_exactly(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    word = _most_common_word(store)
    exact = [(h.kind, h.id) for h in searching.search(store, word, limit=500)]
    assert len(exact) < 500  # every match fits in one page
    monkeypatch.setattr(search_pg, "MANY_FACTOR", 0.0)  # any estimate says "large"
    monkeypatch.setattr(fts, "CANDIDATES_TITLE", 1)
    monkeypatch.setattr(fts, "CANDIDATES_ANY", 1)
    calls: list[str] = []
    _spy(monkeypatch, "_counted_and_ranked", calls)
    again = [(h.kind, h.id) for h in searching.search(store, word, limit=500)]
    assert calls == ["_counted_and_ranked"]  # too few candidates: counted after all
    assert again == exact


@pytest.mark.parametrize(
    "typed", ["coop", "Bamako 2014", '"mise en oeuvre"', "securite fron", "x1 007 abc123def"]
)
def test_a_query_folded_without_the_server_is_the_one_the_server_folds(
    store: Store, typed: str
) -> None:
    terms = fts.parse_query(typed)
    assert terms is not None
    with store.read() as session:
        connection = session.connection()
        ours = search_pg._folded(connection, terms)
        same = connection.execute(
            text("SELECT CAST(:ours AS tsquery) = to_tsquery('simple', unaccent(:typed))"),
            {"ours": ours, "typed": search_pg.tsquery(terms)},
        ).scalar()
    assert same is True


def test_a_query_with_letters_beyond_ascii_is_folded_by_the_server(store: Store) -> None:
    terms = fts.parse_query("Лавров")
    assert terms is not None
    with store.read() as session:
        assert search_pg._folded(session.connection(), terms) == "'лавров':*"


def test_a_search_opens_no_transaction_and_reads_every_kinds_hits_in_one_statement(
    store: Store,
) -> None:
    import psycopg
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def record(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append((statement, conn.connection.driver_connection.info.transaction_status))

    event.listen(store.engine, "after_cursor_execute", record)
    try:
        hits = searching.search(store, "e", limit=300)
    finally:
        event.remove(store.engine, "after_cursor_execute", record)
    # No BEGIN and ROLLBACK round trips around a search's SELECTs.
    assert {status for _, status in seen} == {psycopg.pq.TransactionStatus.IDLE}
    # Their meeting (title, date) joined in: one statement for the hits of every kind (a
    # UNION ALL), beside the ranking.
    described = [s for s, _ in seen if search_pg.TABLE not in s]
    assert len({h.kind for h in hits}) == 6
    assert len(described) == 1
