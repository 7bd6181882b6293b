"""The one full-text index (SQLite FTS5) over every searchable text, kept in sync with writes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from db import models as m

INDEX_TABLE = "search_index"
# FTS5 keeps its data in these shadow tables; Alembic's autogenerate must not touch any.
INDEX_TABLES = frozenset(
    {INDEX_TABLE} | {f"{INDEX_TABLE}_{s}" for s in ("data", "idx", "content", "docsize", "config")}
)

CREATE_INDEX_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {INDEX_TABLE} USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2')"
)

# Each indexed item gets the rowid item_id * KIND_SLOTS + kind code, so an item's row is
# found, replaced or deleted by rowid without scanning the index.
KIND_CODES: dict[str, int] = {
    "meeting": 1,
    "commitment": 2,
    "statement": 3,
    "annotation": 4,
    "source": 5,
    "actor": 6,
}
KIND_SLOTS = 8
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


def fold(value: str) -> str:
    """The comparison form of a word: no ligatures, no accents, lower case."""
    decomposed = unicodedata.normalize("NFKD", fold_ligatures(value))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def rowid_for(kind: str, item_id: int) -> int:
    return item_id * KIND_SLOTS + KIND_CODES[kind]


def split_rowid(rowid: int) -> tuple[str, int]:
    return KIND_BY_CODE[rowid % KIND_SLOTS], rowid // KIND_SLOTS


def create_index(connection: Connection) -> None:
    connection.execute(text(CREATE_INDEX_SQL))


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


def write_rows(connection: Connection, rows: Iterable[tuple[str, int, str, str]]) -> None:
    """Insert or replace index rows (used by the sync hook and by bulk loaders)."""
    params = [
        {"rowid": rowid_for(kind, item_id), "title": fold_ligatures(t), "body": fold_ligatures(b)}
        for kind, item_id, t, b in rows
    ]
    if not params:
        return
    connection.execute(
        text(f"DELETE FROM {INDEX_TABLE} WHERE rowid = :rowid"),
        [{"rowid": p["rowid"]} for p in params],
    )
    connection.execute(
        text(f"INSERT INTO {INDEX_TABLE} (rowid, title, body) VALUES (:rowid, :title, :body)"),
        params,
    )


def delete_rows(connection: Connection, keys: Iterable[tuple[str, int]]) -> None:
    params = [{"rowid": rowid_for(kind, item_id)} for kind, item_id in keys]
    if params:
        connection.execute(text(f"DELETE FROM {INDEX_TABLE} WHERE rowid = :rowid"), params)


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


def install_sync(session_class: type[Session] | object) -> None:
    """Keep the index in step with every flush of sessions made by this factory."""
    if not event.contains(session_class, "after_flush", _sync_after_flush):
        event.listen(session_class, "after_flush", _sync_after_flush)


def rebuild(connection: Connection, session: Session) -> int:
    """Drop and refill the index from the tables (after a bulk load or to repair it)."""
    connection.execute(text(f"DELETE FROM {INDEX_TABLE}"))
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


def matching_spans(value: str, terms: QueryTerms) -> list[tuple[int, int]]:
    """Offsets of the words of ``value`` that the query matched, accent- and case-blind."""
    found = [(mt.start(), mt.end(), fold(mt.group())) for mt in _WORD.finditer(value)]
    spans: list[tuple[int, int]] = []
    wanted = set(terms.words) | {w for p in terms.phrases for w in p}
    for start, end, word in found:
        if word in wanted or any(word.startswith(p) for p in terms.prefixes):
            spans.append((start, end))
    return spans


def highlight(
    value: str, terms: QueryTerms, *, width: int = 160, mark: tuple[str, str] = ("[", "]")
) -> str:
    """A window of ``value`` around its first hit with each matched word wrapped in ``mark``."""
    spans = matching_spans(value, terms)
    if not spans:
        return value[:width] + ("…" if len(value) > width else "")
    first = spans[0][0]
    begin = max(0, first - width // 3)
    if begin > 0:
        space = value.rfind(" ", 0, begin)
        begin = space + 1 if space >= 0 and begin - space < 20 else begin
    end = min(len(value), begin + width)
    out: list[str] = ["…" if begin > 0 else ""]
    cursor = begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        out.append(value[cursor:start])
        out.append(mark[0] + value[start:stop] + mark[1])
        cursor = stop
    out.append(value[cursor:end])
    if end < len(value):
        out.append("…")
    return "".join(out).replace("\n", " ")


def iter_matches(
    connection: Connection,
    terms: QueryTerms,
    *,
    kinds: Iterable[str] | None = None,
    limit: int = 50,
) -> Iterator[tuple[str, int, float]]:
    """(kind, id, rank) of the best matches, best first (bm25, title weighted above body)."""
    sql = (
        f"SELECT rowid, bm25({INDEX_TABLE}, 4.0, 1.0) AS score FROM {INDEX_TABLE} "
        f"WHERE {INDEX_TABLE} MATCH :q"
    )
    params: dict[str, object] = {"q": terms.fts, "limit": limit}
    if kinds is not None:
        codes = sorted({KIND_CODES[k] for k in kinds})
        sql += f" AND (rowid % {KIND_SLOTS}) IN ({', '.join(str(c) for c in codes)})"
    sql += " ORDER BY score LIMIT :limit"
    for rowid, score in connection.execute(text(sql), params):
        kind, item_id = split_rowid(int(rowid))
        yield kind, item_id, float(score)
