"""The full-text index of a PostgreSQL store: a tsvector per text, unaccented, in a GIN index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from db.search import QueryTerms

# One row per indexed text, its rowid made as in db/search.py (kind code << KIND_SHIFT | id),
# so a kind is one rowid range here too. Only the tsvector is kept: the records hold the
# texts. Title words carry weight A, body words weight B: a title match ranks higher, and a
# title-only search is the same query restricted to A (no second table, unlike FTS5).
TABLE = "search_doc"
# 'simple': no stemming and no stop words, as FTS5's unicode61: a word is found as written.
CONFIG = "simple"
# ts_rank's weights for D, C, B, A: a title word counts four times a body word, as the
# SQLite side's bm25(search_index, 4.0, 1.0).
WEIGHTS = "{0.0, 0.0, 0.25, 1.0}"

# The texts are folded twice, identically at index and at query time: ligatures by
# search.fold_ligatures (Python, before the SQL) and accents by unaccent (œ, æ, ß, é…);
# to_tsvector then lowers the case. So é = e and œ = oe as on the SQLite side.
_DOC = (
    f"setweight(to_tsvector('{CONFIG}', unaccent(:title)), 'A') || "
    f"setweight(to_tsvector('{CONFIG}', unaccent(:body)), 'B')"
)


def write_rows(connection: Connection, params: list[dict[str, object]]) -> None:
    """Insert or replace index rows: ``params`` as db.search.write_rows makes them."""
    if params:
        connection.execute(
            text(
                f"INSERT INTO {TABLE} (rowid, doc) VALUES (:rowid, {_DOC}) "
                "ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc"
            ),
            params,
        )


def delete_rows(connection: Connection, params: list[dict[str, object]]) -> None:
    if params:
        connection.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :rowid"), params)


def clear(connection: Connection) -> None:
    connection.execute(text(f"DELETE FROM {TABLE}"))


def _lexeme(word: str) -> str:
    """A folded word as a quoted tsquery operand (a quote inside is doubled)."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(terms: QueryTerms, *, weight: str = "") -> str:
    """The query in to_tsquery's syntax: words and prefixes ANDed, phrases as <->.

    ``weight`` "A" restricts every operand to the titles. The text still goes through
    unaccent and to_tsquery in SQL, as the indexed texts did, so both are folded alike.
    """
    parts = [_lexeme(w) + (f":{weight}" if weight else "") for w in terms.words]
    parts += [_lexeme(p) + f":*{weight}" for p in terms.prefixes]
    for phrase in terms.phrases:
        ops = [_lexeme(w) + (f":{weight}" if weight else "") for w in phrase]
        parts.append("(" + " <-> ".join(ops) + ")")
    return " & ".join(parts)


_QUERY = f"to_tsquery('{CONFIG}', unaccent(:q))"


def count_matches(connection: Connection, query: str, *, stop_at: int) -> int:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE doc @@ {_QUERY} LIMIT :stop) AS hit"
    return int(connection.execute(text(sql), {"q": query, "stop": stop_at}).scalar() or 0)


def _ranked(
    connection: Connection, query: str, lo: int, hi: int, limit: int, *, newest: bool = False
) -> list[tuple[int, float]]:
    # Negated rank, so that lower is better as with bm25 on the SQLite side.
    order = "rowid DESC" if newest else "score, rowid DESC"
    sql = (
        f"SELECT rowid, -ts_rank('{WEIGHTS}', doc, q) AS score FROM {TABLE}, {_QUERY} AS q "
        f"WHERE doc @@ q AND rowid >= :lo AND rowid < :hi ORDER BY {order} LIMIT :limit"
    )
    rows = connection.execute(text(sql), {"q": query, "lo": lo, "hi": hi, "limit": limit})
    return [(int(rowid), float(score)) for rowid, score in rows]


def iter_ranked(
    connection: Connection,
    terms: QueryTerms,
    ranges: list[tuple[int, int]],
    whole: list[tuple[int, int]],
    limit: int,
    *,
    exact_limit: int,
    candidates_title: int,
    candidates_any: int,
) -> Iterator[tuple[int, float]]:
    """(rowid, score) of the best matches, best first, with the SQLite side's design: every
    match ranked up to ``exact_limit``; beyond, each kind's newest title matches, then its
    newest matches anywhere, ranked among themselves (see db/search.py iter_matches)."""
    query = tsquery(terms)
    if not query:
        return
    found: list[tuple[int, float]] = []
    if count_matches(connection, query, stop_at=exact_limit + 1) <= exact_limit:
        for lo, hi in whole:
            found.extend(_ranked(connection, query, lo, hi, limit))
        found.sort(key=lambda row: row[1])
    else:
        titles = tsquery(terms, weight="A")
        for lo, hi in ranges:
            found.extend(_ranked(connection, titles, lo, hi, candidates_title, newest=True))
        found.sort(key=lambda row: row[1])
        if len(found) < limit:
            seen = {rowid for rowid, _ in found}
            rest: list[tuple[int, float]] = []
            for lo, hi in ranges:
                rest.extend(_ranked(connection, query, lo, hi, candidates_any, newest=True))
            rest.sort(key=lambda row: row[1])
            found.extend(row for row in rest if row[0] not in seen)
    yield from found[:limit]


def all_rowids(connection: Connection) -> Iterable[int]:
    return connection.execute(text(f"SELECT rowid FROM {TABLE} ORDER BY rowid")).scalars()
