"""The store-level figures: search, list screens, meeting detail, saving a note."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sqlalchemy import delete, func, select

from bench.timing import Figure, interleaved
from db import models as m
from db import search as fts
from desktop_app.services import annotations as notes
from desktop_app.services import browse, searching
from desktop_app.services.store import Store
from domain.views import CommitmentFilter, MeetingFilter

# What a user types, keystroke by keystroke or whole: one to three words, prefixes, with and
# without accents, ligatures, a phrase, names; common words (tens of thousands of matches)
# and rare ones.
QUERIES = (
    "s",
    "sé",
    "séc",
    "sécurité",
    "securite fron",
    "co",
    "coop",
    "coopération",
    "cooperation regionale",
    "oeuvre",
    "mise en œuvre",
    "lutte contre le terr",
    "energetique",
    "interconnexions électriques",
    '"sécurité alimentaire"',
    "banque conf",
    "Traoré",
    "ouedraogo",
    "Bamako 2014",
    "les",
    "the fight",
    "transsahélienne",
    "désinformation médias",
    "Lavrov",
)
BM25 = f"bm25({fts.INDEX_TABLE}, 4.0, 1.0)"


@dataclass
class SearchDetail:
    query: str
    chancery: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)
    matches: int = 0
    overlap: int = 0  # of Chancery's first 50, how many are in plain FTS5's first 50


def _terms(query: str) -> fts.QueryTerms:
    terms = fts.parse_query(query)
    if terms is None:
        raise ValueError(f"the bench query {query!r} has no searchable term")
    return terms


def plain_search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[int]:
    """The same FTS5 query, fully ranked, in plain sqlite3 (the baseline)."""
    terms = _terms(query)
    sql = (
        f"SELECT rowid, {BM25} AS score FROM {fts.INDEX_TABLE} "
        f"WHERE {fts.INDEX_TABLE} MATCH ? ORDER BY score LIMIT ?"
    )
    return [row[0] for row in conn.execute(sql, (terms.fts, limit))]


def measure_search(store: Store, path: Path, runs: int) -> tuple[list[Figure], list[SearchDetail]]:
    conn = sqlite3.connect(path)
    details = []
    for query in QUERIES:
        detail = SearchDetail(query)
        detail.chancery, detail.plain = interleaved(
            partial(searching.search, store, query, limit=50),
            partial(plain_search, conn, query),
            runs,
        )
        terms = _terms(query)
        detail.matches = conn.execute(
            f"SELECT count(*) FROM {fts.INDEX_TABLE} WHERE {fts.INDEX_TABLE} MATCH ?",
            (terms.fts,),
        ).fetchone()[0]
        ours = {fts.rowid_for(h.kind, h.id) for h in searching.search(store, query, limit=50)}
        detail.overlap = len(ours & set(plain_search(conn, query)))
        details.append(detail)
    conn.close()
    figures = search_figures(
        details,
        "",
        plain="plain FTS5",
        baseline_name="plain sqlite3 FTS5, same query ranked by bm25, runs interleaved",
        note="ratio to plain FTS5: next line, on the queries where both give the same answer",
    )
    return figures, details


def search_figures(
    details: Sequence[SearchDetail],
    engine: str,
    *,
    plain: str,
    baseline_name: str,
    note: str = "",
    limit: int = 50,
) -> list[Figure]:
    """Search as you type over every query (p95), then its ratio to the plain engine.

    A ratio means something only where the plain engine is asked the same thing: the queries
    whose first ``limit`` are the same hits in both (Chancery ranks a bounded candidate set on
    large queries, so its answer can differ from ranking every match)."""
    figure = Figure(
        f"{engine}search as you type (first {limit}, ranked), every query",
        [t for d in details for t in d.chancery],
        target="p95 ≤ 50 ms",
        note=note,
    )
    figure.met = figure.p95 <= 0.050
    same = [d for d in details if d.overlap == min(limit, d.matches)]
    others = [f"{d.query!r} {d.overlap}/{min(limit, d.matches)}" for d in details if d not in same]
    compared = Figure(
        f"{engine}search, the {len(same)} of {len(details)} queries answered alike",
        [t for d in same for t in d.chancery],
        baseline_name=baseline_name,
        baseline=[t for d in same for t in d.plain],
        target=f"≤ 1.5× {plain}",
        note=(f"answers differ (overlap of the first {limit}): " + ", ".join(others))
        if others
        else "every query answered alike",
    )
    compared.met = bool(same) and (compared.ratio or 0) <= 1.5
    return [figure, compared]


def _p95(values: list[float]) -> float:
    from bench.timing import percentile

    return percentile(values, 95)


def measure_lists_services(store: Store, path: Path, runs: int) -> list[Figure]:
    """First 50 rows through the services path the item models use (ids, then one page)."""
    conn = sqlite3.connect(path)

    def commitments() -> None:
        ids = browse.commitment_ids(store, CommitmentFilter(), sort="due")
        browse.commitment_rows(store, ids[:50])

    def meetings() -> None:
        ids = browse.meeting_ids(store, MeetingFilter())
        browse.meeting_rows(store, ids[:50])

    def plain_commitments() -> None:
        conn.execute(
            "SELECT c.id, c.text, c.theme, c.due_on, c.status, mt.title FROM commitment c "
            "JOIN meeting mt ON mt.id = c.meeting_id WHERE c.review_state = 'confirmed' "
            "ORDER BY c.due_on, c.id LIMIT 50"
        ).fetchall()

    def plain_meetings() -> None:
        conn.execute(
            "SELECT id, title, format, starts_on, city FROM meeting "
            "WHERE review_state = 'confirmed' ORDER BY starts_on DESC, id DESC LIMIT 50"
        ).fetchall()

    out = []
    for name, fn, base in (
        ("commitments list, first 50 rows (services)", commitments, plain_commitments),
        ("meetings list, first 50 rows (services)", meetings, plain_meetings),
    ):
        ours, plain = interleaved(fn, base, runs)
        figure = Figure(
            name,
            ours,
            baseline_name="plain sqlite3 SELECT … LIMIT 50",
            baseline=plain,
            target="≤ 100 ms",
        )
        figure.met = figure.p95 <= 0.100
        out.append(figure)
    conn.close()
    return out


def measure_detail(store: Store, path: Path, runs: int) -> Figure:
    with store.read() as session:
        # The meeting with the most commitments: the worst case of the detail view.
        meeting_id = session.execute(
            select(m.Commitment.meeting_id)
            .group_by(m.Commitment.meeting_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    conn = sqlite3.connect(path)

    def plain() -> None:
        conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchall()
        for table in ("commitment", "statement", "participation"):
            conn.execute(f"SELECT * FROM {table} WHERE meeting_id = ?", (meeting_id,)).fetchall()
        conn.execute(
            "SELECT s.id, s.title FROM source s JOIN meeting_source ms ON ms.source_id = s.id "
            "WHERE ms.meeting_id = ?",
            (meeting_id,),
        ).fetchall()

    ours, theirs = interleaved(lambda: browse.get_meeting(store, meeting_id), plain, runs)
    figure = Figure(
        f"meeting detail, everything attached (meeting {meeting_id})",
        ours,
        baseline_name="plain sqlite3 SELECTs of the same rows",
        baseline=theirs,
        target="≤ 50 ms",
    )
    figure.met = figure.p95 <= 0.050
    conn.close()
    return figure


def measure_annotation_save(store: Store, path: Path, runs: int) -> Figure:
    """add_annotation (synchronous=FULL, index row in the same transaction), then undone."""
    with store.read() as session:
        before = session.scalar(select(func.max(m.Annotation.id))) or 0
        target = session.scalar(select(func.min(m.Meeting.id)))
    if target is None:
        raise RuntimeError("the bench store has no meeting to attach notes to")
    counter = iter(range(10**6))

    def save() -> None:
        notes.add_annotation(
            store,
            "meeting",
            target,
            f"Note de mesure {next(counter)} : vérifier le calendrier de mise en œuvre.",
            tags=["benchmark"],
        )

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS bench_ids (id INTEGER)")

    def plain() -> None:
        conn.execute("BEGIN")
        cur = conn.execute(
            "INSERT INTO annotation (target_kind, target_id, body, include_in_brief, "
            "created_at, updated_at) VALUES ('meeting', ?, 'plain note', 0, "
            "datetime('now'), datetime('now'))",
            (target,),
        )
        rowid = cur.lastrowid
        if rowid is None:
            raise RuntimeError("the plain INSERT gave no rowid")
        conn.execute(
            f"INSERT INTO {fts.INDEX_TABLE} (rowid, title, body) VALUES (?, '', 'plain note')",
            (fts.rowid_for("annotation", rowid),),
        )
        conn.execute("COMMIT")

    try:
        ours, theirs = interleaved(save, plain, runs)
        figure = Figure(
            "save a note (synchronous=FULL)",
            ours,
            baseline_name="plain sqlite3 INSERT + index row + COMMIT",
            baseline=theirs,
            target="p95 ≤ 20 ms",
        )
    finally:
        conn.close()
        _remove_notes_after(store, before)
    figure.met = figure.p95 <= 0.020
    return figure


def _remove_notes_after(store: Store, last_kept: int) -> None:
    """Leave the benchmark store as it was: drop the notes (and index rows) it added."""
    with store.write() as session:
        ids = list(session.scalars(select(m.Annotation.id).where(m.Annotation.id > last_kept)))
        fts.delete_rows(session.connection(), [("annotation", i) for i in ids])
        session.execute(delete(m.AnnotationTag).where(m.AnnotationTag.annotation_id > last_kept))
        session.execute(delete(m.Annotation).where(m.Annotation.id > last_kept))
        session.execute(delete(m.Tag).where(m.Tag.name == "benchmark"))
