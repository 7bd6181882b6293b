"""The full-text index of a PostgreSQL store: a tsvector per text, unaccented, in a GIN index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import String, TextClause, bindparam, text
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
# A folded query, written into the statement as a constant (a literal bound at execution):
# the planner then estimates how many rows it matches from the index's statistics and picks
# the plan that fits, a GIN bitmap for a rare word, the rowid index read backwards for a
# common one (newest matches first). Computed in the statement itself (unaccent is only
# STABLE), or bound as a parameter of a prepared statement, the query is opaque to it: it
# guessed a few hundred rows and built the bitmap of all 320,000 matches of "s" once per kind.
_FOLDED = "CAST(:tsq AS tsquery)"


def _folded(connection: Connection, query: str, titles: str) -> tuple[str, str]:
    """``query`` and ``titles`` through unaccent and to_tsquery, as tsquery texts ("" for
    one without a word), in one round trip."""
    sql = f"SELECT CAST({_QUERY} AS text), CAST({_QUERY.replace(':q', ':t')} AS text)"
    row = connection.execute(text(sql), {"q": query, "t": titles}).one()
    return str(row[0] or ""), str(row[1] or "")


def _constant(sql: str) -> TextClause:
    """``sql`` with its folded queries (:tsq, :titles) written in as literals."""
    names = [name for name in ("tsq", "titles") if f":{name}" in sql]
    return text(sql).bindparams(
        *(bindparam(name, type_=String, literal_execute=True) for name in names)
    )


def count_matches(connection: Connection, folded: str, *, stop_at: int) -> int:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE doc @@ {_FOLDED} LIMIT :stop) AS hit"
    params = {"tsq": folded, "stop": stop_at}
    return int(connection.execute(_constant(sql), params).scalar() or 0)


def _counted_and_ranked(
    connection: Connection, folded: str, limit: int, exact_limit: int
) -> list[tuple[int, float]] | None:
    """Every match ranked, best ``limit`` first, if there are at most ``exact_limit``; else
    None. One statement, one index scan: counting then ranking read the GIN index twice."""
    sql = (
        f"WITH hit AS MATERIALIZED (SELECT rowid, doc FROM {TABLE} WHERE doc @@ {_FOLDED} "
        "LIMIT :stop), total AS (SELECT count(*) AS n FROM hit) "
        f"SELECT rowid, -ts_rank('{WEIGHTS}', doc, {_FOLDED}) AS score FROM hit "
        "WHERE (SELECT n FROM total) <= :most ORDER BY score, rowid DESC LIMIT :limit"
    )
    params = {"tsq": folded, "stop": exact_limit + 1, "most": exact_limit, "limit": limit}
    ranked = [
        (int(rowid), float(score)) for rowid, score in connection.execute(_constant(sql), params)
    ]
    if ranked or count_matches(connection, folded, stop_at=1) == 0:
        return ranked
    return None


def _ranked(
    connection: Connection, folded: str, lo: int, hi: int, limit: int
) -> list[tuple[int, float]]:
    # Negated rank, so that lower is better as with bm25 on the SQLite side.
    sql = (
        f"SELECT rowid, -ts_rank('{WEIGHTS}', doc, {_FOLDED}) AS score FROM {TABLE} "
        f"WHERE doc @@ {_FOLDED} AND rowid >= :lo AND rowid < :hi "
        "ORDER BY score, rowid DESC LIMIT :limit"
    )
    params = {"tsq": folded, "lo": lo, "hi": hi, "limit": limit}
    return [
        (int(rowid), float(score)) for rowid, score in connection.execute(_constant(sql), params)
    ]


# Beyond the exact limit, a kind's candidates are looked for among its newest RECENT_ROWS
# texts: the rowid index read backwards, at most that many texts tested, whatever the words.
# With 20,000 the planner read a whole kind of 10,000 to 20,000 texts and sorted it (0.2 s
# for meetings and sources); with 5,000 it reads the index backwards and stops.
RECENT_ROWS = 5_000


def _newest(
    connection: Connection, folded: str, titles: str, lo: int, hi: int, limit: int
) -> list[tuple[int, float, bool]]:
    """(rowid, score, in its title) of a kind's newest ``limit`` matches among its newest
    RECENT_ROWS texts.

    The newest matches anywhere, then which are in a title: the planner estimates a
    weight-restricted query ('word':A) as the unrestricted one (weights are not in its
    statistics), so it read a kind's rowids backwards looking for title matches a kind hardly
    has (a commitment's title): 200,000 rows for "sécurité", 0.4 s per kind. And the texts
    read newest first, at most RECENT_ROWS of them: left to choose, the planner took a GIN
    bitmap of every match for "mise en œuvre" (it multiplies the words' frequencies, as if
    they were independent: 882 rows guessed, 32,831 found), 0.2 to 0.35 s per kind.
    """
    sql = (
        f"SELECT rowid, -ts_rank('{WEIGHTS}', doc, {_FOLDED}) AS score, "
        f"doc @@ CAST(:titles AS tsquery) AS in_title FROM ("
        f"SELECT rowid, doc FROM {TABLE} WHERE rowid >= :lo AND rowid < :hi "
        "ORDER BY rowid DESC LIMIT :recent) AS recent "
        f"WHERE doc @@ {_FOLDED} ORDER BY rowid DESC LIMIT :limit"
    )
    params = {"tsq": folded, "titles": titles, "lo": lo, "hi": hi, "limit": limit}
    rows = connection.execute(_constant(sql), {**params, "recent": RECENT_ROWS})
    return [(int(rowid), float(score), bool(in_title)) for rowid, score, in_title in rows]


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
    match ranked up to ``exact_limit``; beyond, title matches first, then the rest, among
    each kind's newest matches (see db/search.py iter_matches).

    Beyond ``exact_limit``, one statement per kind reads its newest matches and says which
    are in a title: those among its newest ``candidates_title`` come first, ranked among
    themselves, then the best of its newest ``candidates_any``. The SQLite side takes each
    kind's newest title matches from a titles-only index; here, without one, the title
    matches are those among the kind's newest matches (_newest says why).
    """
    query = tsquery(terms)
    if not query:
        return
    folded, titles = _folded(connection, query, tsquery(terms, weight="A"))
    if not folded:
        return
    exact: list[tuple[int, float]] | None = None
    if len(whole) == 1 and whole[0][0] == 0:  # every kind (rowid 0 is below the first kind)
        exact = _counted_and_ranked(connection, folded, limit, exact_limit)
    elif count_matches(connection, folded, stop_at=exact_limit + 1) <= exact_limit:
        exact = []
        for lo, hi in whole:
            exact.extend(_ranked(connection, folded, lo, hi, limit))
        exact.sort(key=lambda row: row[1])
    if exact is not None:
        yield from exact[:limit]
        return
    found: list[tuple[int, float]] = []
    rest: list[tuple[int, float]] = []
    for lo, hi in ranges:
        newest = _newest(connection, folded, titles, lo, hi, max(candidates_title, candidates_any))
        found.extend(
            (rowid, score) for rowid, score, in_title in newest[:candidates_title] if in_title
        )
        rest.extend((rowid, score) for rowid, score, _ in newest[:candidates_any])
    found.sort(key=lambda row: row[1])
    if len(found) < limit:
        seen = {rowid for rowid, _ in found}
        rest.sort(key=lambda row: row[1])
        found.extend(row for row in rest if row[0] not in seen)
    yield from found[:limit]


def all_rowids(connection: Connection) -> Iterable[int]:
    return connection.execute(text(f"SELECT rowid FROM {TABLE} ORDER BY rowid")).scalars()
