"""The full-text index: accents, ligatures, prefixes, phrases, hostile input, and sync."""

from __future__ import annotations

import hashlib
import re

import pytest
from sqlalchemy import select, text

from db import models as m
from db import search as fts
from desktop_app.services import annotations, searching
from desktop_app.services.store import Store
from tests.sql_statements import statements_during

# Every search test on both engines: FTS5 on SQLite, tsvector on PostgreSQL (conftest.py).
pytestmark = pytest.mark.both_engines


def _kinds_ids(store: Store, query: str) -> set[tuple[str, int]]:
    return {(h.kind, h.id) for h in searching.search(store, query, limit=200)}


@pytest.mark.parametrize(
    ("plain", "written"),
    [("oeuvre", "œuvre"), ("OEUVRE", "œuvre"), ("Œuvre", "œuvre"), ("energetique", "énergétique")],
)
def test_folding_matches_the_written_form(plain: str, written: str) -> None:
    assert fts.fold(plain) == fts.fold(written)


def _why_nothing(store: Store, query: str) -> str:
    """What the index holds for ``query`` when a search found nothing (this test failed once
    in a full CI run and never alone: the next failure says where the match was lost)."""
    terms = fts.parse_query(query)
    if terms is None:
        return "the query parsed to nothing"
    with store.read() as session:
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            return f"fts {terms.fts!r}"
        expanded = fts.expand_prefixes(connection, terms.fts)
        typed = fts.count_matches(connection, terms.fts, stop_at=1000)
        wide = fts.count_matches(connection, expanded, stop_at=1000)
        rows = connection.execute(text(f"SELECT count(*) FROM {fts.INDEX_TABLE}")).scalar()
    return f"fts {terms.fts!r} → {expanded!r}; matches {typed} typed, {wide} expanded; {rows} rows"


def test_accents_do_not_matter(store: Store) -> None:
    hits = searching.search(store, "energetique")
    assert hits, f"energetique found nothing: {_why_nothing(store, 'energetique')}"
    assert any("énergétique" in h.snippet for h in hits)
    assert _kinds_ids(store, "énergétique") == _kinds_ids(store, "energetique")


def test_ligatures_do_not_matter(store: Store) -> None:
    for query in ("oeuvre", "œuvre", "Œuvre", "OEUVRE"):
        hits = searching.search(store, query)
        assert any("[œuvre]" in h.snippet for h in hits), query


def test_as_you_type_prefix_and_explicit_star(store: Store) -> None:
    typed = searching.search(store, "coop")
    assert any("[Coopération]" in h.snippet or "[coopération]" in h.snippet for h in typed)
    assert _kinds_ids(store, "coop*") == _kinds_ids(store, "coop")
    # A finished word (followed by a space) is matched whole, not as a prefix.
    assert not searching.search(store, "coop ")


def test_words_are_anded_and_phrases_kept_in_order(store: Store) -> None:
    both = _kinds_ids(store, "nucleaire civil")
    assert both and both <= _kinds_ids(store, "nucleaire")
    assert _kinds_ids(store, '"nucleaire civil"')
    assert not _kinds_ids(store, '"civil nucleaire"')


@pytest.mark.parametrize(
    ("query", "written"),
    [
        ("AND", "and"),
        ("OR NOT", "or not"),
        ("NEAR(a b)", "near a b"),
        ("-x", "x"),
        ("a:b", "a b"),
        ("^start", "start"),
        ("' OR 1=1 --", "or 1 1"),
    ],
)
def test_query_syntax_is_read_as_plain_words(store: Store, query: str, written: str) -> None:
    """FTS5 operators typed by a user are words to find, never syntax (nor an error)."""
    note = annotations.add_annotation(store, "meeting", 1, f"Zyxwvu {written} fin")
    assert ("annotation", note.id) in _kinds_ids(store, f"zyxwvu {query}")
    other = annotations.add_annotation(store, "meeting", 1, "Zyxwvu sans rien d'autre")
    assert ("annotation", other.id) not in _kinds_ids(store, f"zyxwvu {query}")


@pytest.mark.parametrize("query", ['"', '""', "(((", "\x00", "   ", "*"])
def test_a_query_without_a_word_finds_nothing(store: Store, query: str) -> None:
    assert searching.search(store, query) == []


def test_index_follows_every_write_in_the_same_transaction(store: Store) -> None:
    note = annotations.add_annotation(store, "meeting", 1, "Une remarque sur la zoologie")
    assert ("annotation", note.id) in _kinds_ids(store, "zoologie")
    annotations.edit_annotation(store, note.id, body="Une remarque sur la botanique")
    assert ("annotation", note.id) not in _kinds_ids(store, "zoologie")
    assert ("annotation", note.id) in _kinds_ids(store, "botanique")
    annotations.delete_annotation(store, note.id)
    assert ("annotation", note.id) not in _kinds_ids(store, "botanique")
    annotations.restore_annotation(store, note.id)
    assert ("annotation", note.id) in _kinds_ids(store, "botanique")


def test_a_rolled_back_write_leaves_the_index_as_it_was(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(m.Annotation(target_kind="meeting", target_id=1, body="volatil"))
        session.flush()
        raise RuntimeError("abandon")
    assert not searching.search(store, "volatil")


def test_actor_aliases_are_searchable(store: Store) -> None:
    hits = searching.search(store, "Sergey", kinds=["actor"])
    assert [h.title for h in hits] == ["Sergueï Lavrov"]


def test_rebuild_gives_the_same_index(store: Store) -> None:
    before = _kinds_ids(store, "cooperation")
    with store.write() as session:
        fts.rebuild(session.connection(), session)
    assert _kinds_ids(store, "cooperation") == before
    with store.read() as session:
        count = fts.index_size(session.connection())
    assert count > 50


def _fts5_only(store: Store) -> None:
    if store.on_server:
        pytest.skip("FTS5's own prefix expansion: a PostgreSQL store has no FTS5 index")


def _rowids(store: Store, expression: str) -> set[int]:
    with store.read() as session:
        rows = session.execute(
            text(f"SELECT rowid FROM {fts.INDEX_TABLE} WHERE {fts.INDEX_TABLE} MATCH :q"),
            {"q": expression},
        )
        return {int(r[0]) for r in rows}


@pytest.mark.parametrize("typed", ["coop", "energ", "nucleaire civi", "mise en oeuv", "sécu"])
def test_a_long_prefix_matches_exactly_what_fts5s_own_prefix_matches(
    store: Store, typed: str
) -> None:
    _fts5_only(store)
    terms = fts.parse_query(typed)
    assert terms is not None
    with store.read() as session:
        expanded = fts.expand_prefixes(session.connection(), terms.fts)
    assert "*" not in expanded
    assert _rowids(store, expanded) == _rowids(store, terms.fts)
    assert _rowids(store, expanded), typed


def test_a_prefix_no_word_begins_is_left_to_fts5_and_finds_nothing(store: Store) -> None:
    _fts5_only(store)
    with store.read() as session:
        kept = fts.expand_prefixes(session.connection(), '"cooperation" "zqxwv"*')
    assert kept == '"cooperation" AND "zqxwv"*'
    assert searching.search(store, "cooperation zqxwv") == []
    # Short prefixes are left to the index's own prefix tables.
    with store.read() as session:
        assert fts.expand_prefixes(session.connection(), '"coo"*') == '"coo"*'


def test_a_prefix_beginning_too_many_words_is_left_to_fts5(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fts5_only(store)
    monkeypatch.setattr(fts, "EXPAND_LIMIT", 0)  # "coop" begins one word or more
    with store.read() as session:
        kept = fts.expand_prefixes(session.connection(), '"nucleaire" "coop"*')
    assert kept == '"nucleaire" AND "coop"*'
    assert _rowids(store, kept) == _rowids(store, '"nucleaire" "coop"*')


def test_title_matches_rank_above_body_matches(store: Store) -> None:
    hits = searching.search(store, "cooperation", limit=200)
    in_title = [fts.has_match(h.title, fts.parse_query("cooperation")) for h in hits]  # type: ignore[arg-type]
    assert any(in_title) and not all(in_title)
    assert in_title.index(False) > 0  # the first hit is a title match


def test_beyond_the_exact_limit_the_newest_candidates_are_ranked(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = _kinds_ids(store, "coop")
    monkeypatch.setattr(fts, "EXACT_LIMIT", 1)  # as if "coop" matched 100,000 texts
    monkeypatch.setattr(fts, "CANDIDATES_TITLE", 1)
    monkeypatch.setattr(fts, "CANDIDATES_ANY", 1)
    hits = searching.search(store, "coop", limit=200)
    assert hits and {(h.kind, h.id) for h in hits} <= everything
    assert len(hits) < len(everything)  # not every match was ranked
    terms = fts.parse_query("coop")
    assert terms is not None
    titled = [fts.has_match(h.title, terms) for h in hits]
    assert titled == sorted(titled, reverse=True)  # the title candidates come first


def test_beyond_the_exact_limit_a_kinds_older_title_matches_are_found_too(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title pass reads each kind's newest title matches from a titles-only index (FTS5's
    on SQLite, the titles' tsvector on PostgreSQL), not from the kind's newest texts alone."""
    from db import search_pg

    with store.read() as session:
        oldest = session.scalars(select(m.Meeting).order_by(m.Meeting.id).limit(1)).one()
        word = max(re.findall(r"\w+", oldest.title), key=len)
    everything = _kinds_ids(store, word)
    assert ("meeting", oldest.id) in everything and len(everything) > 1
    monkeypatch.setattr(fts, "EXACT_LIMIT", 1)  # as if the word matched 100,000 texts
    monkeypatch.setattr(search_pg, "RECENT_ROWS", 1)  # each kind's newest text only
    hits = searching.search(store, word, limit=200)
    assert ("meeting", oldest.id) in {(h.kind, h.id) for h in hits}


def _meeting_of(session: object, kind: str, item_id: int) -> int | None:
    """The meeting a hit belongs to (or is), read through the ORM, independently of search."""
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if kind == "meeting":
        return item_id
    if kind == "commitment":
        return session.get_one(m.Commitment, item_id).meeting_id
    if kind == "statement":
        return session.get_one(m.Statement, item_id).meeting_id
    if kind == "annotation":
        note = session.get_one(m.Annotation, item_id)
        if note.target_kind in ("meeting", "commitment", "statement"):
            return _meeting_of(session, note.target_kind, note.target_id)
        return None
    if kind == "source":
        return session.scalar(
            select(m.MeetingSource.meeting_id)
            .where(m.MeetingSource.source_id == item_id)
            .order_by(m.MeetingSource.meeting_id)
            .limit(1)
        )
    return None


def test_each_hit_says_the_meeting_it_belongs_to(store: Store) -> None:
    # A note on a commitment and one on a statement: theirs is their item's meeting.
    with store.read() as session:
        commitment = session.scalars(select(m.Commitment).limit(1)).one()
        statement = session.scalars(select(m.Statement).order_by(m.Statement.id.desc())).first()
        assert statement is not None
        targets = [("commitment", commitment.id), ("statement", statement.id)]
    for kind, item_id in targets:
        annotations.add_annotation(store, kind, item_id, "Zanzibarite reading of the file")
    hits = searching.search(store, "e", limit=300) + searching.search(store, "zanzibarite")
    kinds = {h.kind for h in hits}
    assert {"meeting", "commitment", "statement", "annotation", "source", "actor"} <= kinds
    with store.read() as session:
        for hit in hits:
            expected = _meeting_of(session, hit.kind, hit.id)
            assert hit.meeting_id == expected, (hit.kind, hit.id)
            if expected is None:
                assert (hit.meeting_title, hit.meeting_date) == (None, None)
                continue
            meeting = session.get_one(m.Meeting, expected)
            assert (hit.meeting_title, hit.meeting_date, hit.meeting_date_precision) == (
                meeting.title,
                meeting.starts_on,
                meeting.date_precision,
            ), (hit.kind, hit.id)


def _add_source(store: Store, title: str, body: str) -> int:
    with store.write() as session:
        source = m.Source(title=title, text=body, sha256=hashlib.sha256(body.encode()).hexdigest())
        session.add(source)
        session.flush()
        return source.id


# A source's text read whole (not through substr): a statement's select list naming it bare.
_WHOLE_TEXT = re.compile(r"(?<!substr\()\bsource\.text\b")


def test_a_long_sources_snippet_is_its_whole_texts_read_from_its_beginning(store: Store) -> None:
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing. " * 300  # 15,600 characters
    cut = searching.SNIPPET_PREFIX
    bodies = {
        "early": "Quorblax accord signé à Niamey. " + filler,
        "late": filler + " Quorblax accord signé à Niamey.",
        # the word cut at the end of the beginning read: "quo" there, "quorblaxien" whole
        "straddling": filler[: cut - 4] + " quorblaxien " + filler,
        "near the end": filler[: searching.SAFE_END - 20] + " quorblax " + filler,
    }
    ids = {name: _add_source(store, f"Rapport {name}", body) for name, body in bodies.items()}
    terms = fts.parse_query("quorblax")
    assert terms is not None
    sent = statements_during(store, lambda: searching.search(store, "quorblax", kinds=["source"]))
    hits = {h.id: h for h in searching.search(store, "quorblax", kinds=["source"])}
    assert set(hits) == set(ids.values())
    for name, source_id in ids.items():
        whole = fts.highlight_first((bodies[name], f"Rapport {name}"), terms)
        assert hits[source_id].snippet == whole, name
    # The texts whose hit lies beyond the beginning are read whole, in one statement; the
    # others only up to SNIPPET_PREFIX characters.
    whole_reads = [sql for sql, _ in sent if _WHOLE_TEXT.search(sql)]
    assert len(whole_reads) == 1
    (params,) = [p for sql, p in sent if _WHOLE_TEXT.search(sql)]
    read_whole = set(params.values() if isinstance(params, dict) else params)
    assert {ids["late"], ids["straddling"]} <= read_whole
    assert ids["early"] not in read_whole
