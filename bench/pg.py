"""The PostgreSQL column: search as you type and first rows on a team store vs plain SQL."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import psycopg
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.core import QUERIES, SearchDetail, search_figures
from bench.timing import Figure, interleaved
from db import search as fts
from db import search_pg
from desktop_app.cli.progress import progress_bar
from desktop_app.generator import dossier as generator
from desktop_app.services import browse, searching
from desktop_app.services.store import Store
from desktop_app.ui.models.lazy import FIRST_SCREEN, PAGE
from domain.views import CommitmentFilter, MeetingFilter

# The server: CHANCERY_BENCH_PG, else the tests' CHANCERY_TEST_PG (a URL such as .ci/pg-server
# prints). The bench store is a database of its own on it, built once and reused.
ENV_URLS = ("CHANCERY_BENCH_PG", "CHANCERY_TEST_PG")
LIMIT = 50

# Plain SQL, as a client of the same schema would write it: every match ranked by the same
# ts_rank weights (the app's "exact up to 10,000 matches" ranking), then the first rows of the
# two lists from the covering indexes.
_PLAIN_SEARCH = (
    f"SELECT rowid, ts_rank('{search_pg.WEIGHTS}', doc, q) AS score "
    f"FROM {search_pg.TABLE}, to_tsquery('{search_pg.CONFIG}', unaccent(%s)) AS q "
    "WHERE doc @@ q ORDER BY score DESC, rowid DESC LIMIT %s"
)
_PLAIN_COUNT = (
    f"SELECT count(*) FROM {search_pg.TABLE} "
    f"WHERE doc @@ to_tsquery('{search_pg.CONFIG}', unaccent(%s))"
)
# The lists' first rows with every column the window shows (the commitments tracker: text,
# kind, meeting, themes, committing parties, due date, status, score, evidence; the meetings
# list: date, title, format, place, parties other than persons, commitment count), in one
# statement each, the parties and counts as correlated subqueries on their indexes; in the
# order the app shows (undated meetings last: PostgreSQL puts NULL first when descending).
_PLAIN_COMMITMENTS = (
    "SELECT c.id, c.text, c.kind, mt.title, c.theme, c.also_themes, c.due_on, c.due_precision, "
    "c.status, c.compliance_score, c.evidence, (SELECT string_agg(coalesce(a.iso2, a.name), "
    "', ' ORDER BY cp.actor_id) FROM commitment_party cp JOIN actor a ON a.id = cp.actor_id "
    "WHERE cp.commitment_id = c.id AND cp.role = 'committing') AS parties "
    "FROM commitment c JOIN meeting mt ON mt.id = c.meeting_id "
    "WHERE c.review_state = 'confirmed' ORDER BY c.due_on, c.id LIMIT 50"
)
_PLAIN_MEETINGS = (
    "SELECT m.id, m.starts_on, m.date_precision, m.title, m.format, m.city, m.country_iso2, "
    "(SELECT string_agg(a.name, ', ' ORDER BY p.id) FROM participation p "
    "JOIN actor a ON a.id = p.actor_id WHERE p.meeting_id = m.id AND a.kind <> 'person') "
    "AS parties, (SELECT count(*) FROM commitment c WHERE c.meeting_id = m.id "
    "AND c.review_state <> 'rejected') AS commitments FROM meeting m "
    "WHERE m.review_state = 'confirmed' ORDER BY m.starts_on DESC NULLS LAST, m.id DESC LIMIT 50"
)


def server_url() -> str | None:
    for name in ENV_URLS:
        if os.environ.get(name):
            return os.environ[name]
    return None


def _with_database(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def _libpq(url: str) -> str:
    """The SQLAlchemy URL as psycopg's own connection string (postgresql://…)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def ensure_store(base: str, scale: float, seed: int = generator.DEFAULT_SEED) -> tuple[Store, str]:
    """The bench database on the server at ``base`` holding the dossier of ``scale``, and its
    URL; made (dropped and generated again) if it does not hold it."""
    name = "chancery_bench_" + re.sub(r"\W", "_", f"{scale:g}")
    url = _with_database(base, name)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).first()
        if exists:
            store = Store.open_server(url, upgrade=True)
            if generator.holds_dossier(store, scale, seed):
                return store, url
            store.close()
            print(f"The database {name} does not hold the scale-{scale:g} dossier: again.")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    store = Store.open_server(url, upgrade=True)
    started = time.perf_counter()
    generator.generate(store, scale, seed=seed, progress=progress_bar("Generating on PostgreSQL"))
    print(
        f"Generated the scale-{scale:g} store on PostgreSQL ({name}) in "
        f"{time.perf_counter() - started:.0f} s"
    )
    return store, url


def _terms(query: str) -> fts.QueryTerms:
    terms = fts.parse_query(query)
    if terms is None:
        raise ValueError(f"the bench query {query!r} has no searchable term")
    return terms


def plain_search(cur: psycopg.Cursor[Any], query: str, limit: int = LIMIT) -> list[int]:
    cur.execute(_PLAIN_SEARCH, (search_pg.tsquery(_terms(query)), limit))
    return [row[0] for row in cur.fetchall()]


def measure(store: Store, url: str, runs: int) -> tuple[list[Figure], list[SearchDetail]]:
    """Search and first rows on the PostgreSQL store, each interleaved with plain SQL on a
    psycopg connection of its own (autocommit, as psql)."""
    details: list[SearchDetail] = []
    with psycopg.connect(_libpq(url), autocommit=True) as conn:
        cur = conn.cursor()
        for query in QUERIES:
            detail = SearchDetail(query)
            detail.chancery, detail.plain = interleaved(
                partial(searching.search, store, query, limit=LIMIT),
                partial(plain_search, cur, query),
                runs,
            )
            cur.execute(_PLAIN_COUNT, (search_pg.tsquery(_terms(query)),))
            detail.matches = sum(row[0] for row in cur.fetchall())  # one row: count(*)
            ours = {
                fts.rowid_for(h.kind, h.id) for h in searching.search(store, query, limit=LIMIT)
            }
            detail.overlap = len(ours & set(plain_search(cur, query)))
            details.append(detail)
        figures = _search_figures(details)
        figures += _list_figures(store, cur, runs)
    return figures, details


def _search_figures(details: list[SearchDetail]) -> list[Figure]:
    return search_figures(
        details,
        "PostgreSQL: ",
        plain="plain SQL",
        baseline_name="plain SQL on psycopg, same tsquery, every match ranked by ts_rank, "
        "runs interleaved",
        limit=LIMIT,
    )


def _list_figures(store: Store, cur: psycopg.Cursor[Any], runs: int) -> list[Figure]:
    # Chancery's side is what the window's lists read for their first screen (LazyIdModel's
    # reload): the tracker its first FIRST_SCREEN ids with the first PAGE's rows in one
    # statement; the meetings list every id (its callers need every id shown), then the rows.
    def commitments() -> None:
        browse.commitment_first_page(
            store, CommitmentFilter(), sort="due", limit=FIRST_SCREEN, page=PAGE
        )

    def meetings() -> None:
        ids = browse.meeting_ids(store, MeetingFilter())
        browse.meeting_rows(store, ids[:PAGE])

    def plain(sql: str) -> Callable[[], None]:
        def run() -> None:
            cur.execute(sql)
            cur.fetchall()

        return run

    # The plain side reads only the 50 rows, with only the columns shown: Chancery's extra
    # work (the ids after the first 50, the passage and sources each view carries) is its own.
    out = []
    for name, fn, base, note in (
        (
            "PostgreSQL: commitments list, first 50 rows",
            commitments,
            plain(_PLAIN_COMMITMENTS),
            f"Chancery reads the first {FIRST_SCREEN} ids, and the 50 views with their "
            "passage and sources, as the window does",
        ),
        (
            "PostgreSQL: meetings list, first 50 rows",
            meetings,
            plain(_PLAIN_MEETINGS),
            "Chancery reads every meeting id, then the 50 rows, as the window does",
        ),
    ):
        ours, theirs = interleaved(fn, base, runs)
        figure = Figure(
            name,
            ours,
            baseline_name="plain SQL on psycopg, one SELECT … LIMIT 50 of the columns shown",
            baseline=theirs,
            target="p95 ≤ 50 ms, ≤ 1.5× plain SQL",
            note=note,
        )
        figure.met = figure.p95 <= 0.050 and (figure.ratio or 0) <= 1.5
        out.append(figure)
    return out
