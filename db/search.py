"""The one full-text index over every searchable text, kept in sync with writes.

SQLite FTS5 here; a PostgreSQL store's tsvector index is db/search_pg.py, which the
functions taking a connection hand over to (``_on_server``): callers see one interface.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from db import models as m

INDEX_TABLE = "search_index"
# FTS5 keeps its data in these shadow tables; Alembic's autogenerate must not touch any.
# The titles alone (names, titles, themes, tags, speakers) in a second FTS5 table, so the
# title matches of a common word are found from their own doclists (revision 0003).
TITLE_TABLE = "search_index_titles"
_SHADOWS = ("data", "idx", "content", "docsize", "config")
INDEX_TABLES = frozenset(
    {INDEX_TABLE, TITLE_TABLE}
    | {f"{INDEX_TABLE}_{s}" for s in _SHADOWS}
    | {f"{TITLE_TABLE}_{s}" for s in _SHADOWS}
)

# The index as revision 0001 made it (its migration runs this text; never change it).
CREATE_INDEX_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX_TABLE} USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)
# The index as it is now (revision 0002): prefix indexes for the one to three letters first
# typed, so an as-you-type prefix reads one doclist instead of merging thousands of terms.
INDEX_PREFIXES = "1 2 3"


def index_sql(table: str = INDEX_TABLE) -> str:
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(title, body, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{INDEX_PREFIXES}')"
    )


# Each indexed item gets the rowid (kind code << KIND_SHIFT) | item_id: an item's row is
# found, replaced or deleted by rowid without a scan, and each kind is one contiguous rowid
# range, which FTS5 seeks to directly (search by kind, newest first within a kind).
KIND_CODES: dict[str, int] = {
    "meeting": 1,
    "commitment": 2,
    "statement": 3,
    "annotation": 4,
    "source": 5,
    "actor": 6,
}
KIND_SHIFT = 40
ID_MASK = (1 << KIND_SHIFT) - 1
KIND_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}

# FTS5's unicode61 tokenizer strips diacritics but keeps ligatures whole: fold them ourselves,
# identically at index and at query time.
_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬀ": "ff",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ĳ": "ij",
        "Ĳ": "IJ",
    }
)


def fold_ligatures(value: str) -> str:
    return value.translate(_LIGATURES)


@functools.lru_cache(maxsize=200_000)
def fold(value: str) -> str:
    """The comparison form of a word: no ligatures, no accents, lower case.

    Cached: marking the hits folds every word of every shown text, and words repeat.
    """
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", fold_ligatures(value))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def rowid_for(kind: str, item_id: int) -> int:
    return (KIND_CODES[kind] << KIND_SHIFT) | item_id


def split_rowid(rowid: int) -> tuple[str, int]:
    return KIND_BY_CODE[rowid >> KIND_SHIFT], rowid & ID_MASK


def kind_range(kind: str) -> tuple[int, int]:
    """The rowids of one kind: ``lo <= rowid < hi``."""
    code = KIND_CODES[kind]
    return code << KIND_SHIFT, (code + 1) << KIND_SHIFT


def titles_sql(table: str = TITLE_TABLE) -> str:
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5(title, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{INDEX_PREFIXES}')"
    )


def create_index(connection: Connection) -> None:
    connection.execute(text(index_sql()))
    connection.execute(text(titles_sql()))


# --- what each model contributes to the index ---------------------------------------------


def document_for(obj: object) -> tuple[str, int, str, str] | None:
    """(kind, id, title, body) of an indexed object, or None if it is not indexed."""
    if isinstance(obj, m.Meeting):
        body = " ".join(filter(None, [obj.format, obj.city, obj.recurrence, obj.summary]))
        return "meeting", obj.id, obj.title, body
    if isinstance(obj, m.Commitment):
        return "commitment", obj.id, obj.theme or "", f"{obj.text} {obj.evidence or ''}".strip()
    if isinstance(obj, m.Statement):
        return "statement", obj.id, obj.speaker_as_written or "", obj.text
    if isinstance(obj, m.Annotation):
        if obj.deleted_at is not None:
            return None
        tags = " ".join(t.name for t in obj.tags)
        return "annotation", obj.id, tags, obj.body
    if isinstance(obj, m.Source):
        return "source", obj.id, obj.title, obj.text
    if isinstance(obj, m.Actor):
        aliases = " ".join(a.alias for a in obj.aliases)
        return "actor", obj.id, obj.name, " ".join(filter(None, [aliases, obj.title]))
    return None


_KIND_OF_TYPE: dict[type, str] = {
    m.Meeting: "meeting",
    m.Commitment: "commitment",
    m.Statement: "statement",
    m.Annotation: "annotation",
    m.Source: "source",
    m.Actor: "actor",
}
_INDEXED_TYPES = tuple(_KIND_OF_TYPE)


def _on_server(connection: Connection) -> bool:
    """True on a PostgreSQL store, whose index is db/search_pg.py."""
    return bool(connection.dialect.name == "postgresql")


def write_rows(connection: Connection, rows: Iterable[tuple[str, int, str, str]]) -> None:
    """Insert or replace index rows (used by the sync hook and by bulk loaders)."""
    params = [
        {"rowid": rowid_for(kind, item_id), "title": fold_ligatures(t), "body": fold_ligatures(b)}
        for kind, item_id, t, b in rows
    ]
    if not params:
        return
    if _on_server(connection):
        from db import search_pg

        search_pg.write_rows(connection, params)
        return
    _delete_rowids(connection, [{"rowid": p["rowid"]} for p in params])
    connection.execute(
        text(f"INSERT INTO {INDEX_TABLE} (rowid, title, body) VALUES (:rowid, :title, :body)"),
        params,
    )
    titled = [p for p in params if p["title"]]
    if titled:
        connection.execute(
            text(f"INSERT INTO {TITLE_TABLE} (rowid, title) VALUES (:rowid, :title)"), titled
        )


def delete_rows(connection: Connection, keys: Iterable[tuple[str, int]]) -> None:
    params: list[dict[str, object]] = [{"rowid": rowid_for(k, i)} for k, i in keys]
    if params:
        _delete_rowids(connection, params)


def _delete_rowids(connection: Connection, params: list[dict[str, object]]) -> None:
    """Remove these rows from both the full index and the titles' index."""
    if _on_server(connection):
        from db import search_pg

        search_pg.delete_rows(connection, params)
        return
    for table in (INDEX_TABLE, TITLE_TABLE):
        connection.execute(text(f"DELETE FROM {table} WHERE rowid = :rowid"), params)


def _sync_after_flush(session: Session, _context: object) -> None:
    upserts: dict[tuple[str, int], tuple[str, int, str, str]] = {}
    deletes: set[tuple[str, int]] = set()
    for obj in list(session.new) + list(session.dirty):
        target = obj.actor if isinstance(obj, m.ActorAlias) else obj
        kind = _KIND_OF_TYPE.get(type(target))
        if kind is None:
            continue
        doc = document_for(target)
        if doc is None:
            deletes.add((kind, target.id))
        else:
            upserts[(kind, target.id)] = doc
    for obj in session.deleted:
        kind = _KIND_OF_TYPE.get(type(obj))
        if kind is not None:
            deletes.add((kind, obj.id))
        elif isinstance(obj, m.ActorAlias) and obj.actor is not None:
            doc = document_for(obj.actor)
            if doc is not None:
                upserts[("actor", obj.actor.id)] = doc
    connection = session.connection()
    delete_rows(connection, deletes - upserts.keys())
    write_rows(connection, upserts.values())


# The session factories (or Session classes) given the sync hook. Weak: a store dropped
# leaves no entry behind. Not event.contains(): SQLAlchemy's registry keys a listener by
# id(target) and keeps the key after the target is freed (sqlalchemy#4794), so a new factory
# allocated at a freed one's address passed for hooked and wrote no index rows at all.
_SYNCED: weakref.WeakSet[object] = weakref.WeakSet()


def install_sync(session_class: type[Session] | object) -> None:
    """Keep the index in step with every flush of sessions made by this factory."""
    if session_class in _SYNCED:
        return
    event.listen(session_class, "after_flush", _sync_after_flush)
    _SYNCED.add(session_class)


def rebuild(connection: Connection, session: Session) -> int:
    """Empty and refill the index from the tables (after a bulk load)."""
    if _on_server(connection):
        from db import search_pg

        search_pg.clear(connection)
        return _fill(connection, session)
    connection.execute(text(f"DELETE FROM {INDEX_TABLE}"))
    connection.execute(text(f"DELETE FROM {TITLE_TABLE}"))
    return _fill(connection, session)


def index_size(connection: Connection) -> int:
    """How many texts the index holds (either engine)."""
    table = "search_doc" if _on_server(connection) else INDEX_TABLE
    return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


# --- the index's own check, and its repair -------------------------------------------------

# Errors that say the check could not run now, not that the index is damaged.
_NOT_DAMAGE = ("locked", "busy", "interrupted")


def index_tables(dbapi_connection: Any) -> list[str]:
    """The store's FTS5 tables (not their shadow tables), by name."""
    cursor = dbapi_connection.cursor()
    try:
        rows = cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using fts5%' "
            "ORDER BY name"
        ).fetchall()
    finally:
        cursor.close()
    return [str(row[0]) for row in rows]


def index_problems(dbapi_connection: Any, error: type[Exception]) -> dict[str, str]:
    """FTS5's own integrity-check of every index table: {table: what is wrong}; empty: sound.

    quick_check and integrity_check see only the b-tree pages, not what FTS5 keeps inside
    them: an index page overwritten or cut short passes them, and searches silently miss.
    The check is an INSERT, so ``dbapi_connection`` must not be read-only; it writes nothing.
    ``error``: the driver's DatabaseError. A check that cannot run now (the store is locked,
    or the check was interrupted) raises instead of reporting damage.
    """
    problems: dict[str, str] = {}
    for table in index_tables(dbapi_connection):
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'integrity-check\')')
        except error as exc:
            if any(word in str(exc).lower() for word in _NOT_DAMAGE):
                raise
            problems[table] = str(exc)
        finally:
            cursor.close()
            if getattr(dbapi_connection, "in_transaction", False):
                dbapi_connection.rollback()
    return problems


def recreate_index(session: Session) -> int:
    """Drop the index tables and build them again from the records, which are the truth
    (FTS5's own 'rebuild' would read back its copy of the texts, which may be damaged too).

    Each table is made again from its own CREATE statement, so its layout stays the one its
    revision gave it; only a store at the head revision may be refilled (rowids as now).
    Returns the number of indexed texts; the caller commits.
    """
    connection = session.connection()
    for table, fallback in ((INDEX_TABLE, index_sql()), (TITLE_TABLE, titles_sql())):
        sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
            {"name": table},
        ).scalar()
        connection.execute(text(f'DROP TABLE IF EXISTS "{table}"'))
        connection.execute(text(sql or fallback))
    return _fill(connection, session)


def _fill(connection: Connection, session: Session) -> int:
    """Index every indexed record; the index must be empty."""
    count = 0
    for model in _INDEXED_TYPES:
        batch: list[tuple[str, int, str, str]] = []
        rows: Iterable[object] = session.scalars(select(model).execution_options(yield_per=2000))
        for obj in rows:
            doc = document_for(obj)
            if doc is not None:
                batch.append(doc)
            if len(batch) >= 2000:
                write_rows(connection, batch)
                count += len(batch)
                batch = []
        write_rows(connection, batch)
        count += len(batch)
    return count


# --- queries ------------------------------------------------------------------------------

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class QueryTerms:
    """A user's query parsed once: the FTS5 expression and the folded terms to mark."""

    fts: str
    words: tuple[str, ...]  # folded whole words
    prefixes: tuple[str, ...]  # folded prefixes
    phrases: tuple[tuple[str, ...], ...]


def parse_query(raw: str, *, as_you_type: bool = True) -> QueryTerms | None:
    """Turn what the user typed into a safe FTS5 expression (None when nothing to search).

    Words are ANDed; ``"…"`` is a phrase; ``word*`` is a prefix; with ``as_you_type`` the
    last bare word is a prefix too. Every term is quoted, so FTS5 operators or punctuation
    typed by the user are never read as query syntax.
    """
    parts: list[str] = []
    words: list[str] = []
    prefixes: list[str] = []
    phrases: list[tuple[str, ...]] = []
    matches = list(_TOKEN.finditer(fold_ligatures(raw)))
    for index, match in enumerate(matches):
        if match.group(1) is not None:
            tokens = tuple(fold(w) for w in _WORD.findall(match.group(1)))
            if tokens:
                phrases.append(tokens)
                parts.append('"' + " ".join(tokens) + '"')
            continue
        token = match.group(2)
        star = token.endswith("*")
        pieces = [fold(w) for w in _WORD.findall(token)]
        last_is_typed = as_you_type and index == len(matches) - 1 and not raw.endswith(" ")
        for j, piece in enumerate(pieces):
            is_prefix = j == len(pieces) - 1 and (star or last_is_typed)
            if is_prefix:
                prefixes.append(piece)
                parts.append(f'"{piece}"*')
            else:
                words.append(piece)
                parts.append(f'"{piece}"')
    if not parts:
        return None
    return QueryTerms(" ".join(parts), tuple(words), tuple(prefixes), tuple(phrases))


def iter_spans(
    value: str, terms: QueryTerms, start: int = 0, stop: int | None = None
) -> Iterator[tuple[int, int]]:
    """Offsets of the words of ``value`` (from ``start``, before ``stop``) the query matched,
    accent-blind.

    Lazy, so that marking a long source stops at the snippet's window; ``stop`` bounds the
    scan too (a word that straddles it is read whole), so a window with no further hit does
    not read the rest of a long text word by word.
    """
    wanted = set(terms.words) | {w for p in terms.phrases for w in p}
    prefixes = terms.prefixes
    start = max(start, _first_candidate(value, wanted | set(prefixes), start))
    end = len(value) if stop is None else min(len(value), stop + 64)
    for mt in _WORD.finditer(value, start, end):
        if stop is not None and mt.start() >= stop:
            return
        word = fold(mt.group())
        if word in wanted or (prefixes and word.startswith(prefixes)):
            yield mt.start(), mt.end()


def _single_char_folds() -> tuple[dict[int, str], frozenset[str]]:
    """Each Latin letter's fold as one letter; for ligatures (œ → oe) their first letter.

    Also the multi-letter folds, so that a needle holding one scans the text word by word.
    """
    table: dict[int, str] = {}
    expansions: set[str] = set()
    for char in [chr(code) for code in range(0xC0, 0x250)] + list(_LIGATURES_SOURCE):
        folded = fold(char)
        if len(folded) > 1:
            expansions.add(folded)
        if folded:
            table[ord(char)] = folded[0]
    return table, frozenset(expansions)


_LIGATURES_SOURCE = "œŒæÆßﬁﬂﬀﬃﬄĳĲ"
_FOLD_TABLE, _EXPANSIONS = _single_char_folds()


def _uncopyable() -> re.Pattern[str]:
    """Characters whose fold the same-length copy does not get right: any outside Latin
    (Cyrillic, Greek…: their fold may differ from lower()), and the few inside whose fold is
    another letter or several (µ → μ, ª → a, ² → 2, ¼ → 1⁄4, ﬅ → st). A text holding one is
    scanned word by word instead. Punctuation and currency signs are not words: kept."""
    wrong = []
    for char in map(chr, [*range(0x250), *range(0xFB00, 0xFB07)]):
        folded, copied = fold(char), char.translate(_FOLD_TABLE).lower()
        if not _WORD.match(char):
            continue  # not part of a word, never matched (a no-break space, ¨, ´…)
        if (
            len(copied) != 1
            or copied != folded[:1]
            or (len(folded) > 1 and folded not in _EXPANSIONS)
        ):
            wrong.append(re.escape(char))
    return re.compile(
        "[^\x00-\u024f\u2000-\u206f\u20a0-\u20cf\ufb00-\ufb06]|[" + "".join(wrong) + "]"
    )


_UNCOPYABLE = _uncopyable()


_FOLD_CHARS = {chr(code): folded for code, folded in _FOLD_TABLE.items()}
# Every folded letter is outside ASCII: only those are replaced (in C, but for a call per
# accented letter), three times faster than str.translate's lookup of every character.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_char(match: re.Match[str]) -> str:
    char = match.group()
    return _FOLD_CHARS.get(char, char)


@functools.lru_cache(maxsize=128)
def _same_length_fold(value: str) -> str | None:
    """``value`` folded letter for letter (cached: a hit's text is scanned two or three times)."""
    if _UNCOPYABLE.search(value):
        return None
    folded = _NOT_ASCII.sub(_fold_char, value).lower()
    return folded if len(folded) == len(value) else None


@functools.lru_cache(maxsize=256)
def _needle_forms(needle: str) -> tuple[str, ...]:
    """How a folded word can look in the same-length copy: with each "oe", "ae", "ss"… either
    as typed or as the first letter a ligature (œ, æ, ß…) stands for there."""
    forms = {needle}
    for expansion in _EXPANSIONS:
        for form in list(forms):
            if expansion in form:
                forms.add(form.replace(expansion, expansion[0]))
        if len(forms) > 16:  # a pathological needle: give up the shortcut
            return ()
    return tuple(forms)


def _first_candidate(value: str, needles: set[str], start: int) -> int:
    """Where the first match can begin: found at C speed in a same-length folded copy.

    In the copy, a ligature stands for its first letter, so each needle is looked for in
    every form it can take there (_needle_forms); a text whose length lower() would change,
    or that holds letters the copy cannot fold, is scanned from ``start``.
    """
    if len(value) - start < 64 or not needles:
        return start
    forms = [_needle_forms(n) for n in needles]
    if not all(forms):
        return start
    # The copy is made a piece at a time from ``start``: the first hit is most often in the
    # first few hundred characters of a long text (a snippet needs no more). Each piece
    # reaches a needle's length past its end, so that a needle across two is found whole.
    overlap = max(len(f) for fs in forms for f in fs) - 1
    for begin in range(start, len(value), _PIECE):
        folded = _same_length_fold(value[begin : begin + _PIECE + overlap])
        if folded is None:  # the rest is scanned word by word, from its word's beginning
            return _word_start(value, begin, start)
        hits = [i for i in (folded.find(f) for fs in forms for f in fs) if i >= 0]
        if hits:
            return _word_start(value, begin + min(hits), start)
    return len(value)


def _word_start(value: str, at: int, start: int) -> int:
    """Where the word holding offset ``at`` of ``value`` begins (not before ``start``)."""
    while at > start and (value[at - 1].isalnum() or value[at - 1] == "_"):
        at -= 1
    return at


# The length of a piece of ``_first_candidate``'s folded copy.
_PIECE = 1024


def matching_spans(value: str, terms: QueryTerms) -> list[tuple[int, int]]:
    """Offsets of the words of ``value`` that the query matched, accent- and case-blind."""
    return list(iter_spans(value, terms))


def has_match(value: str, terms: QueryTerms) -> bool:
    return next(iter_spans(value, terms), None) is not None


def highlight(
    value: str, terms: QueryTerms, *, width: int = 160, mark: tuple[str, str] = ("[", "]")
) -> str:
    """A window of ``value`` around its first hit with each matched word wrapped in ``mark``."""
    return highlight_first([value], terms, width=width, mark=mark)


def highlight_first(
    values: Sequence[str],
    terms: QueryTerms,
    *,
    width: int = 160,
    mark: tuple[str, str] = ("[", "]"),
) -> str:
    """``highlight`` of the first of ``values`` (a hit's body, then its title) the query
    matches, or of the last one; each is scanned once (a search does it for every hit)."""
    first_span = None
    for value in values:
        first_span = next(iter_spans(value, terms), None)
        if first_span is not None:
            break
    if first_span is None:
        return value[:width] + ("…" if len(value) > width else "")
    first = first_span[0]
    begin = max(0, first - width // 3)
    if begin > 0:
        space = value.rfind(" ", 0, begin)
        begin = space + 1 if space >= 0 and begin - space < 20 else begin
    end = min(len(value), begin + width)
    out: list[str] = ["…" if begin > 0 else ""]
    cursor = begin
    for start, stop in iter_spans(value, terms, begin, end):
        if stop > end:
            continue
        out.append(value[cursor:start])
        out.append(mark[0] + value[start:stop] + mark[1])
        cursor = stop
    out.append(value[cursor:end])
    if end < len(value):
        out.append("…")
    return "".join(out).replace("\n", " ")


# Ranking every match costs a few microseconds each: fine for thousands, not for the
# 100,000+ matches of a common word or a one-letter prefix. Up to EXACT_LIMIT matches are all
# ranked; beyond it, the ranked candidates are each kind's newest CANDIDATES_TITLE matches in
# the title (names, titles, themes, tags) and then, if fewer than ``limit``, its newest
# CANDIDATES_ANY matches anywhere — see docs/performance.md, "Search at scale".
EXACT_LIMIT = 10_000
CANDIDATES_TITLE = 200
CANDIDATES_ANY = 150
_BM25 = f"bm25({INDEX_TABLE}, 4.0, 1.0)"


# Prefixes this short are read from the index's own prefix indexes (INDEX_PREFIXES).
SHORT_PREFIX = max(int(n) for n in INDEX_PREFIXES.split())
# A longer prefix is replaced by the indexed words that begin with it, when there are at most
# this many (past that, FTS5's own prefix merge is kept).
EXPAND_LIMIT = 40
VOCAB_TABLE = f"{INDEX_TABLE}_vocab"
_PART = re.compile(r'"[^"]*"\*?')


def expand_prefixes(connection: Connection, fts: str) -> str:
    """``fts`` with each prefix longer than SHORT_PREFIX replaced by an OR of the indexed words
    that begin with it (kept as typed when there are none, or more than EXPAND_LIMIT).

    Why: FTS5 answers a long prefix ("oeuvre"*) by merging the doclists of every word that
    begins with it into one list in memory before the first row, in every statement and again
    in bm25's set-up: 5-10 ms per statement for a common word on the scale-1 store. An OR of
    the same words is read lazily, row by row (0.1-0.2 ms for the same newest 150 rows).
    The words come from an fts5vocab table on this connection's temp schema (no file change).
    """
    parts = _PART.findall(fts)
    if not any(p.endswith("*") and len(p) - 3 > SHORT_PREFIX for p in parts):
        return fts
    connection.execute(
        text(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCAB_TABLE} "
            f"USING fts5vocab(main, {INDEX_TABLE}, row)"
        )
    )
    out: list[str] = []
    for part in parts:
        prefix = part[1:-2] if part.endswith("*") else ""
        if len(prefix) <= SHORT_PREFIX:
            out.append(part)
            continue
        words = (
            connection.execute(
                text(
                    f"SELECT term FROM temp.{VOCAB_TABLE} WHERE term >= :lo AND term <= :hi "
                    "LIMIT :limit"
                ),
                {"lo": prefix, "hi": prefix + "\U0010ffff", "limit": EXPAND_LIMIT + 1},
            )
            .scalars()
            .all()
        )
        if not words or len(words) > EXPAND_LIMIT:
            # None: FTS5 answers at once (and this never hides a match the index has); too
            # many: its own prefix merge is kept.
            out.append(part)
        else:
            out.append("(" + " OR ".join(f'"{w}"' for w in words) + ")")
    return " AND ".join(out)


def count_matches(connection: Connection, fts: str, *, stop_at: int) -> int:
    """How many rows match ``fts``, counting no further than ``stop_at`` (cheap: no ranking)."""
    sql = (
        f"SELECT count(*) FROM (SELECT rowid FROM {INDEX_TABLE} "
        f"WHERE {INDEX_TABLE} MATCH :q LIMIT :stop)"
    )
    return int(connection.execute(text(sql), {"q": fts, "stop": stop_at}).scalar() or 0)


def _ranked(
    connection: Connection,
    fts: str,
    lo: int,
    hi: int,
    limit: int,
    *,
    newest: bool = False,
    titles: bool = False,
) -> list[tuple[int, float]]:
    order = "rowid DESC" if newest else "score"
    table = TITLE_TABLE if titles else INDEX_TABLE
    score = f"bm25({TITLE_TABLE})" if titles else _BM25
    sql = (
        f"SELECT rowid, {score} AS score FROM {table} WHERE {table} MATCH :q "
        f"AND rowid >= :lo AND rowid < :hi ORDER BY {order} LIMIT :limit"
    )
    rows = connection.execute(text(sql), {"q": fts, "lo": lo, "hi": hi, "limit": limit})
    return [(int(rowid), float(score)) for rowid, score in rows]


def iter_matches(
    connection: Connection,
    terms: QueryTerms,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = 50,
) -> Iterator[tuple[str, int, float]]:
    """(kind, id, rank) of the best matches, best first (bm25, title weighted above body).

    Every match is ranked when there are up to EXACT_LIMIT of them. Beyond, title matches
    come first (each kind's newest CANDIDATES_TITLE, ranked by bm25 on the title), then, to
    fill ``limit``, the best of each kind's newest CANDIDATES_ANY matches: the answer stays
    ranked and arrives in milliseconds however common the words.
    """
    ranges = [kind_range(k) for k in (KIND_CODES if kinds is None else sorted(set(kinds)))]
    if not ranges:
        return
    if _on_server(connection):
        from db import search_pg

        whole = [(0, (max(KIND_CODES.values()) + 1) << KIND_SHIFT)] if kinds is None else ranges
        for rowid, score in search_pg.iter_ranked(
            connection,
            terms,
            ranges,
            whole,
            limit,
            exact_limit=EXACT_LIMIT,
            candidates_title=CANDIDATES_TITLE,
            candidates_any=CANDIDATES_ANY,
        ):
            kind, item_id = split_rowid(rowid)
            yield kind, item_id, score
        return
    fts = expand_prefixes(connection, terms.fts)
    found: list[tuple[int, float]] = []
    if count_matches(connection, fts, stop_at=EXACT_LIMIT + 1) <= EXACT_LIMIT:
        # Every kind at once (one query) unless some kinds only were asked for; ranked on the
        # expression as typed, so that each match scores exactly as plain FTS5 scores it (an
        # OR of the expanded words would weigh each word by its own rarity).
        whole = [(0, (max(KIND_CODES.values()) + 1) << KIND_SHIFT)] if kinds is None else ranges
        for lo, hi in whole:
            found.extend(_ranked(connection, terms.fts, lo, hi, limit))
        found.sort(key=lambda row: row[1])
    else:
        for lo, hi in ranges:
            found.extend(
                _ranked(connection, fts, lo, hi, CANDIDATES_TITLE, newest=True, titles=True)
            )
        found.sort(key=lambda row: row[1])
        if len(found) < limit:
            seen = {rowid for rowid, _ in found}
            rest: list[tuple[int, float]] = []
            for lo, hi in ranges:
                rest.extend(_ranked(connection, fts, lo, hi, CANDIDATES_ANY, newest=True))
            rest.sort(key=lambda row: row[1])
            found.extend(row for row in rest if row[0] not in seen)
    for rowid, score in found[:limit]:
        kind, item_id = split_rowid(rowid)
        yield kind, item_id, score
