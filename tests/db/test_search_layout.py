"""Revisions 0002-0003: kind-ranged rowids, prefix indexes and the titles index, both ways."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from db import migrate
from db import search as fts
from desktop_app.services import searching
from desktop_app.services.demo import load_demo
from desktop_app.services.store import Store


def _index(store: Store) -> list[tuple[int, str, str]]:
    with store.read() as session:
        rows = session.execute(text(f"SELECT rowid, title, body FROM {fts.INDEX_TABLE}"))
        return sorted((int(r), t, b) for r, t, b in rows)


def _titles(store: Store) -> list[tuple[int, str]]:
    with store.read() as session:
        rows = session.execute(text(f"SELECT rowid, title FROM {fts.TITLE_TABLE}"))
        return sorted((int(r), t) for r, t in rows)


def test_downgrade_then_upgrade_gives_back_the_same_index(tmp_path: Path) -> None:
    path = tmp_path / "layout.db"
    with Store.open(path) as store:
        load_demo(store)
        index, titles = _index(store), _titles(store)
        hits = [(h.kind, h.id) for h in searching.search(store, "coopération")]
        cfg = migrate.config()
        with store.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0001")
        with store.read() as session:
            old: dict[int, str] = dict(
                session.execute(text(f"SELECT rowid, title FROM {fts.INDEX_TABLE}")).all()
            )
        # Revision 0001's layout: item_id * 8 + kind code, and no titles index.
        assert old == {
            (rowid & fts.ID_MASK) * 8 + (rowid >> fts.KIND_SHIFT): title
            for rowid, title, _ in index
        }
    with Store.open(path) as store:  # opening upgrades it again
        assert store.info.revision == migrate.head_revision()
        assert _index(store) == index
        assert _titles(store) == titles
        assert [(h.kind, h.id) for h in searching.search(store, "coopération")] == hits


def test_every_titled_item_is_in_the_titles_index(store: Store) -> None:
    titled = [(rowid, title) for rowid, title, _ in _index(store) if title]
    assert titled and _titles(store) == titled
    kinds = {fts.split_rowid(rowid)[0] for rowid, _ in titled}
    assert {"meeting", "source", "actor"} <= kinds


def test_kinds_are_contiguous_rowid_ranges() -> None:
    for kind in fts.KIND_CODES:
        lo, hi = fts.kind_range(kind)
        assert lo <= fts.rowid_for(kind, 1) < fts.rowid_for(kind, 10**9) < hi
        assert fts.split_rowid(fts.rowid_for(kind, 123_456)) == (kind, 123_456)


def test_marking_skips_ahead_without_missing_a_word() -> None:
    """iter_spans jumps to the first possible hit of a long text; it must find what a
    word-by-word scan finds, ligatures (œ, ß, ﬁ, ĳ) and accents included."""
    import random

    words = ("cœur", "œuvre", "Œuvre", "sœur", "stress", "Straße", "fière", "ﬁnance", "ﬂeur",
             "ĳssel", "coopération", "sécurité", "énergie", "mise", "en", "les", "de", "la",
             "ﬁn", "CŒUR", "déﬁ", "«", "»", "—", "Ÿvelines", "µsec", "2ª", "ﬆop",
             "\u00a0")  # fmt: skip
    # Letters the folded copy cannot stand for: a text holding one is scanned word by word.
    foreign = ("Сергей", "ЛАВРОВ")
    queries = ("co", "cœ", "coe", "oe", "œu", "sœ", "soe", "str", "strasse", "fi", "ﬁn", "de",
               "secu", "ij", "ĳs", "fle", "c", "o", "mise en", "énergie",
               '"mise en oeuvre"', "серге", "сергеи", "лавр", "yv", "oeuvre", "coeu",
               "μsec", "2a", "stop")  # fmt: skip
    rnd = random.Random(8)
    for _ in range(600):
        pool = words + foreign if rnd.random() < 0.3 else words
        text = " ".join(rnd.choice(pool) for _ in range(rnd.randint(80, 200)))
        terms = fts.parse_query(rnd.choice(queries))
        assert terms is not None
        wanted = set(terms.words) | {w for p in terms.phrases for w in p}
        slow = [
            (mt.start(), mt.end())
            for mt in fts._WORD.finditer(text)
            if (w := fts.fold(mt.group())) in wanted or w.startswith(terms.prefixes or ("\0",))
        ]
        assert fts.matching_spans(text, terms) == slow
        stop = rnd.randint(0, len(text))
        assert list(fts.iter_spans(text, terms, 0, stop)) == [s for s in slow if s[0] < stop]


def test_marking_a_long_text_piece_by_piece_finds_what_a_word_by_word_scan_finds() -> None:
    """The folded copy is made a piece at a time (a hit straddling two pieces, a letter it
    cannot fold only in a later piece, a start inside the text): the same spans as a scan."""
    import random

    words = ("cœur", "œuvre", "Straße", "fière", "ﬁnance", "coopération", "sécurité", "mise",
             "en", "les", "de", "bquorblax", "quorblax", "Quorblaxien", "«", "—")  # fmt: skip
    queries = ("quorblax", "oeuvre", "coop", "strasse", "fi", "mise en", "c", "серге")
    rnd = random.Random(24)
    for _ in range(300):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(150, 900)))
        if rnd.random() < 0.4:  # a letter the copy cannot stand for, somewhere after the start
            at = rnd.randint(0, len(text))
            text = text[:at] + rnd.choice(("Сергей", "Ωmega", "x")) + text[at:]
        terms = fts.parse_query(rnd.choice(queries))
        assert terms is not None
        wanted = set(terms.words) | {w for p in terms.phrases for w in p}
        slow = [
            (mt.start(), mt.end())
            for mt in fts._WORD.finditer(text)
            if (w := fts.fold(mt.group())) in wanted or w.startswith(terms.prefixes or ("\0",))
        ]
        assert fts.matching_spans(text, terms) == slow
        start = rnd.choice([mt.start() for mt in fts._WORD.finditer(text)])  # a word's
        assert list(fts.iter_spans(text, terms, start)) == [s for s in slow if s[0] >= start]
        first = fts.highlight_first((text,), terms)
        assert first == fts.highlight_first((text + " ",), terms).rstrip()
