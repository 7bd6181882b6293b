"""The full-text index of a PostgreSQL store: a tsvector per text, unaccented, in a GIN index."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from sqlalchemy import String, TextClause, bindparam, text
from sqlalchemy.engine import Connection

from db.search import KIND_SHIFT

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


# A folded word these characters make up is its own lexeme: unaccent leaves it unchanged and
# the 'simple' parser reads it as one word, lowered already (ASCII letters and digits).
_PLAIN_WORD = re.compile(r"[a-z0-9]+")


def _folded(connection: Connection, terms: QueryTerms) -> str:
    """The query through unaccent and to_tsquery, as a tsquery text ("" without a word).

    The words come folded by search.fold already: when each is plain ASCII letters and digits
    (most queries), unaccent and to_tsquery would give the text back as written, so it is
    used as it is, without the round trip to the server (a millisecond of every keystroke).
    """
    query = tsquery(terms)
    words = [*terms.words, *terms.prefixes, *(w for p in terms.phrases for w in p)]
    if all(_PLAIN_WORD.fullmatch(w) for w in words):
        return query
    row = connection.execute(text(f"SELECT CAST({_QUERY} AS text)"), {"q": query}).one()
    return str(row[0] or "")


def _constant(sql: str) -> TextClause:
    """``sql`` with its folded query (:tsq) written in as a literal."""
    return text(sql).bindparams(bindparam("tsq", type_=String, literal_execute=True))


# Counting a query's matches up to the exact limit reads that many texts from the table (the
# GIN index gives candidates, each text is then checked): 50 ms for "coop", 0.3 s for the
# phrase "mise en œuvre" on the scale-1 store, for the sole purpose of learning that there are
# too many to rank. The planner's statistics say it at once for a query of one word or
# prefix: estimated in more than MANY_FACTOR times the exact limit texts, it is taken as large
# without counting (its estimate comes from the word's own frequency: 70,745 guessed for
# "coop*", 70,031 found; 341,587 for "s*", 320,546 found). Not for several words: the planner
# multiplies their frequencies as if independent (860 guessed for "mise en œuvre", 32,831
# found), and the rarest word's count is only a bound (over 15,000 for "lutte contre le
# terr", 7,689 found), so those are counted, as on the SQLite side.
MANY_FACTOR = 1.5
# A lexeme of a tsquery's text as PostgreSQL writes it: quoted, a quote inside doubled, then
# its prefix mark and weights if any.
_OPERAND = re.compile(r"'(?:[^']|'')*'(?::\*?[A-D]*)?")


def _estimates(connection: Connection, folded: str, *columns: str) -> list[float]:
    """The planner's estimates of the rows whose ``columns`` (doc, titles) match ``folded``,
    in one EXPLAIN (no text read)."""
    sql = "EXPLAIN (FORMAT JSON) " + " UNION ALL ".join(
        f"SELECT 1 FROM {TABLE} WHERE {column} @@ {_FOLDED}" for column in columns
    )
    plan = connection.execute(_constant(sql), {"tsq": folded}).scalar()
    if plan is None:
        return [0.0] * len(columns)
    top = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]
    branches = top["Plans"] if len(columns) > 1 else [top]
    return [float(branch["Plan Rows"]) for branch in branches]


def count_matches(connection: Connection, folded: str, *, stop_at: int) -> int:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE doc @@ {_FOLDED} LIMIT :stop) AS hit"
    params = {"tsq": folded, "stop": stop_at}
    return int(connection.execute(_constant(sql), params).scalar() or 0)


def _counted_and_ranked(
    connection: Connection, folded: str, limit: int, exact_limit: int
) -> list[tuple[int, float]] | None:
    """Every match ranked, best ``limit`` first, if there are at most ``exact_limit``; else
    None. One statement, one index scan: counting then ranking read the GIN index twice. The
    count comes back with the rows (one row of it alone when none are ranked), so "too
    many" and "none" need no second statement to tell apart."""
    sql = (
        f"WITH hit AS MATERIALIZED (SELECT rowid, doc FROM {TABLE} WHERE doc @@ {_FOLDED} "
        "LIMIT :stop), total AS (SELECT count(*) AS n FROM hit) "
        "SELECT total.n, ranked.rowid, ranked.score FROM total LEFT JOIN LATERAL ("
        f"SELECT rowid, -ts_rank('{WEIGHTS}', doc, {_FOLDED}) AS score FROM hit "
        "WHERE total.n <= :most ORDER BY score, rowid DESC LIMIT :limit) AS ranked ON true "
        "ORDER BY ranked.score, ranked.rowid DESC"
    )
    params = {"tsq": folded, "stop": exact_limit + 1, "most": exact_limit, "limit": limit}
    rows = connection.execute(_constant(sql), params).all()
    if rows and rows[0][0] > exact_limit:
        return None
    return [(int(rowid), float(score)) for _, rowid, score in rows if rowid is not None]


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


# Beyond the exact limit, a kind's body candidates are looked for among its newest RECENT_ROWS
# texts: the rowid index read backwards, at most that many texts tested, whatever the words.
# With 20,000 the planner read a whole kind of 10,000 to 20,000 texts and sorted it (0.2 s
# for meetings and sources); with 5,000 it reads the index backwards and stops.
RECENT_ROWS = 5_000
# The titles pass reads every title match from the titles' GIN index (revision 0011) when the
# planner expects at most this many, then keeps each kind's newest; beyond, a word that common
# is found at once reading each kind's newest titles backwards. Left to choose per kind, the
# planner read the 200,000 commitments backwards for "sécurité" (0.3 s): common in titles, but
# not in a commitment's (its theme), which its statistics, made over every kind, cannot tell.
TITLES_FROM_INDEX = 20_000


def _by_kind(part: str, ranges: list[tuple[int, int]]) -> tuple[str, dict[str, object]]:
    """One statement of a query per kind (``:lo``/``:hi`` in each part), and its parameters."""
    params: dict[str, object] = {}
    sqls = []
    for n, (lo, hi) in enumerate(ranges):
        sqls.append(part.replace(":lo", f":lo{n}").replace(":hi", f":hi{n}"))
        params.update({f"lo{n}": lo, f"hi{n}": hi})
    return " UNION ALL ".join(f"({sql})" for sql in sqls), params


def _newest(
    connection: Connection,
    folded: str,
    ranges: list[tuple[int, int]],
    limit: int,
    column: str = "doc",
) -> list[tuple[int, float]]:
    """(rowid, score) of each kind's newest ``limit`` matches among its newest RECENT_ROWS
    texts, in one statement (``column``: "doc", the whole text, or "titles").

    The texts read newest first, at most RECENT_ROWS of them: left to choose, the planner took
    a GIN bitmap of every match for "mise en œuvre" (it multiplies the words' frequencies, as
    if they were independent: 882 rows guessed, 32,831 found), 0.2 to 0.35 s per kind.
    """
    rank = f"'{WEIGHTS}', doc" if column == "doc" else column
    part = (
        f"SELECT rowid, -ts_rank({rank}, {_FOLDED}) AS score FROM ("
        f"SELECT rowid, {column} FROM {TABLE} WHERE rowid >= :lo AND rowid < :hi "
        "ORDER BY rowid DESC LIMIT :recent) AS recent "
        f"WHERE {column} @@ {_FOLDED} ORDER BY rowid DESC LIMIT :limit"
    )
    sql, params = _by_kind(part, ranges)
    params.update({"tsq": folded, "limit": limit, "recent": RECENT_ROWS})
    return [
        (int(rowid), float(score)) for rowid, score in connection.execute(_constant(sql), params)
    ]


def _newest_titles(
    connection: Connection,
    folded: str,
    ranges: list[tuple[int, int]],
    limit: int,
    expected: float,
) -> list[tuple[int, float]]:
    """(rowid, score on the title) of each kind's newest ``limit`` title matches, from the
    titles' own tsvector (the SQLite side's titles-only FTS5 table), in one statement.

    ``expected``: the planner's estimate of the title matches (TITLES_FROM_INDEX says why).
    """
    if expected <= TITLES_FROM_INDEX:
        sql = (
            "SELECT rowid, score FROM ("
            f"SELECT rowid, -ts_rank(titles, {_FOLDED}) AS score, row_number() OVER ("
            f"PARTITION BY rowid >> {KIND_SHIFT} ORDER BY rowid DESC) AS nth "
            f"FROM {TABLE} WHERE titles @@ {_FOLDED}) AS hit WHERE nth <= :limit"
        )
        rows = connection.execute(_constant(sql), {"tsq": folded, "limit": limit})
        found = [(int(rowid), float(score)) for rowid, score in rows]
        return [row for row in found if any(lo <= row[0] < hi for lo, hi in ranges)]
    return _newest(connection, folded, ranges, limit, column="titles")


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

    Beyond ``exact_limit``, each kind's newest ``candidates_title`` title matches (from the
    titles' own index, one statement for every kind) come first, ranked on the title; if
    fewer than ``limit``, then the best of each kind's newest ``candidates_any`` matches.
    Whether a one-word query is beyond ``exact_limit`` is read from the planner's estimate
    when it is far beyond (MANY_FACTOR), instead of counting.
    """
    if not tsquery(terms):
        return
    folded = _folded(connection, terms)
    if not folded:
        return
    titles: float | None = None
    many = False
    if len(_OPERAND.findall(folded)) == 1:  # one word: its estimate is trusted (MANY_FACTOR)
        texts, titles = _estimates(connection, folded, "doc", "titles")
        many = texts > MANY_FACTOR * exact_limit
    if not many:
        exact = _exactly(connection, folded, whole, limit, exact_limit)
        if exact is not None:
            yield from exact[:limit]
            return
    if titles is None:
        (titles,) = _estimates(connection, folded, "titles")
    found = _candidates(connection, folded, ranges, limit, candidates_title, candidates_any, titles)
    if many and len(found) < limit:
        # Judged large from the statistics, yet short of a page among the newest texts:
        # counted after all, so a query with few matches is never left unranked.
        exact = _exactly(connection, folded, whole, limit, exact_limit)
        if exact is not None:
            found = exact
    yield from found[:limit]


def _exactly(
    connection: Connection,
    folded: str,
    whole: list[tuple[int, int]],
    limit: int,
    exact_limit: int,
) -> list[tuple[int, float]] | None:
    """Every match ranked, best ``limit`` first, if there are at most ``exact_limit``."""
    if len(whole) == 1 and whole[0][0] == 0:  # every kind (rowid 0 is below the first kind)
        return _counted_and_ranked(connection, folded, limit, exact_limit)
    if count_matches(connection, folded, stop_at=exact_limit + 1) > exact_limit:
        return None
    exact: list[tuple[int, float]] = []
    for lo, hi in whole:
        exact.extend(_ranked(connection, folded, lo, hi, limit))
    exact.sort(key=lambda row: row[1])
    return exact


def _candidates(
    connection: Connection,
    folded: str,
    ranges: list[tuple[int, int]],
    limit: int,
    candidates_title: int,
    candidates_any: int,
    expected_titles: float,
) -> list[tuple[int, float]]:
    """Each kind's newest title matches ranked first; if fewer than ``limit``, then the best
    of each kind's newest matches anywhere (db/search.py iter_matches, the same passes)."""
    found = _newest_titles(connection, folded, ranges, candidates_title, expected_titles)
    found.sort(key=lambda row: row[1])
    if len(found) < limit:
        seen = {rowid for rowid, _ in found}
        rest = _newest(connection, folded, ranges, candidates_any)
        rest.sort(key=lambda row: row[1])
        found.extend(row for row in rest if row[0] not in seen)
    return found


def all_rowids(connection: Connection) -> Iterable[int]:
    return connection.execute(text(f"SELECT rowid FROM {TABLE} ORDER BY rowid")).scalars()
