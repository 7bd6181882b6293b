"""The large-dossier generator: sizes, the same dossier for the same seed, search works on it."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from db import models as m
from db import search as fts
from desktop_app.generator import dossier as generator
from desktop_app.services import searching
from desktop_app.services.store import Store, StoreError

SCALE = 0.01


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "scale.db"
    with Store.open(path) as store:
        generator.generate(store, SCALE)
    return path


def _count(store: Store, model: type[m.Base]) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _fingerprint(path: Path) -> str:
    """A digest of every row the dossier wrote (in id order), index included."""
    digest = hashlib.sha256()
    with Store.open(path) as store, store.read() as session:
        for table in ("meeting", "commitment", "statement", "annotation", "source", "actor",
                      "anchor", "participation", "commitment_party", "annotation_tag"):  # fmt: skip
            for row in session.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")):
                digest.update(repr(tuple(row)).encode())
        for row in session.execute(
            text(f"SELECT rowid, title, body FROM {fts.INDEX_TABLE} ORDER BY rowid")
        ):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_counts_follow_the_scale(generated: Path) -> None:
    wanted = generator.counts_for(SCALE)
    assert wanted["meetings"] == 100 and wanted["commitments"] == 2000
    with Store.open(generated) as store:
        assert _count(store, m.Meeting) == wanted["meetings"]
        assert _count(store, m.Commitment) == wanted["commitments"]
        assert _count(store, m.Statement) == wanted["statements"]
        assert _count(store, m.Annotation) == wanted["annotations"]
        assert _count(store, m.Source) == wanted["sources"]
        assert _count(store, m.Actor) == wanted["actors"]
        assert generator.holds_dossier(store, SCALE)
        assert not generator.holds_dossier(store, SCALE * 2)


def test_counts_grow_in_proportion_to_the_scale() -> None:
    one, two, half = generator.counts_for(1), generator.counts_for(2), generator.counts_for(0.5)
    for kind, count in one.items():
        assert two[kind] == 2 * count, kind
        assert abs(half[kind] - count / 2) <= 0.5, kind
    # Every note, commitment and statement hangs off a meeting: more of each than meetings.
    assert one["commitments"] > one["statements"] > one["meetings"] > 0


def test_a_tiny_scale_still_makes_a_usable_dossier() -> None:
    tiny = generator.counts_for(1e-6)
    assert tiny["meetings"] == 1
    assert tiny["sources"] >= tiny["meetings"]  # every meeting reported by a source
    assert tiny["actors"] >= 12  # the states and organisations the meetings name


@pytest.mark.parametrize("scale", [0, -1, float("nan")])
def test_a_scale_that_is_not_above_zero_is_refused_in_one_sentence(scale: float) -> None:
    with pytest.raises(StoreError, match="must be a number above 0"):
        generator.counts_for(scale)


def test_the_same_seed_gives_the_same_dossier(generated: Path, tmp_path: Path) -> None:
    again, other = tmp_path / "again.db", tmp_path / "other.db"
    with Store.open(again) as store:
        generator.generate(store, SCALE)
    with Store.open(other) as store:
        generator.generate(store, SCALE, seed=7)
    assert _fingerprint(again) == _fingerprint(generated)
    assert _fingerprint(other) != _fingerprint(generated)


def test_the_index_is_what_a_rebuild_would_write(generated: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(generated.read_bytes())
    query = text(f"SELECT rowid, title, body FROM {fts.INDEX_TABLE} ORDER BY rowid")
    with Store.open(copy) as store:
        with store.read() as session:
            before = session.execute(query).all()
        with store.write() as session:
            fts.rebuild(session.connection(), session)
        with store.read() as session:
            after = session.execute(query).all()
    assert len(before) > 4000
    assert before == after


def test_search_finds_generated_text_accent_blind(generated: Path) -> None:
    with Store.open(generated) as store:
        accented = searching.search(store, "coopération")
        plain = searching.search(store, "cooperation")
        assert accented and [h.id for h in accented] == [h.id for h in plain]
        assert {h.kind for h in searching.search(store, "sécurité", limit=200)} >= {
            "commitment",
            "annotation",
        }
        assert searching.search(store, "oeuvre"), "œ is folded to oe"
        ranks = [h.rank for h in searching.search(store, "les")]
        assert ranks == sorted(ranks)


def test_anchors_point_at_their_passage(generated: Path) -> None:
    with Store.open(generated) as store, store.read() as session:
        rows = session.execute(
            select(m.Anchor.start, m.Anchor.end, m.Anchor.exact, m.Source.text)
            .join(m.Source, m.Source.id == m.Anchor.source_id)
            .limit(300)
        ).all()
    assert rows
    for start, end, exact, body in rows:
        assert body[start:end] == exact


def test_generating_twice_is_refused_and_changes_nothing(generated: Path, tmp_path: Path) -> None:
    copy = tmp_path / "twice.db"
    copy.write_bytes(generated.read_bytes())
    with Store.open(copy) as store:
        with pytest.raises(StoreError, match="already holds the generated dossier"):
            generator.generate(store, SCALE)
        assert _count(store, m.Meeting) == generator.counts_for(SCALE)["meetings"]


@pytest.mark.parametrize("scale", [0, -1.0, float("nan")])
def test_a_scale_that_is_not_positive_is_refused(empty_store: Store, scale: float) -> None:
    with pytest.raises(StoreError, match="above 0"):
        generator.generate(empty_store, scale)


def test_cli_demo_scale_shows_progress_and_says_what_it_added(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    done = subprocess.run(
        [sys.executable, "main.py", "demo", "--scale", "0.002", "--db", str(db)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Generating [" in done.stderr and "100%" in done.stderr
    assert "20 meetings, 400 commitments" in done.stdout
    bad = subprocess.run(
        [sys.executable, "main.py", "demo", "--scale", "0", "--db", str(db)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode != 0
    assert bad.stderr.startswith("chancery: ") and "--scale" in bad.stderr


def test_list_ids_can_be_asked_for_the_first_screen_only(generated: Path) -> None:
    from desktop_app.services import browse
    from domain.views import CommitmentFilter, MeetingFilter

    with Store.open(generated) as store:
        every = browse.commitment_ids(store, CommitmentFilter(), sort="due")
        assert (
            browse.commitment_ids(store, CommitmentFilter(), sort="due", limit=100) == every[:100]
        )
        meetings = browse.meeting_ids(store, MeetingFilter())
        assert browse.meeting_ids(store, MeetingFilter(), limit=7) == meetings[:7]
        assert len(every) == browse.count_commitments(store, CommitmentFilter())


def test_the_dossier_goes_onto_a_postgresql_store_and_new_rows_follow_it(pg_url: str) -> None:
    # The bench's PostgreSQL column generates its store there: the rows go in with their ids
    # given, so the id sequences must move past them or an analyst's next note collides.
    from desktop_app.services import annotations

    with Store.open_server(pg_url) as store:
        counts = generator.generate(store, 0.002)
        assert generator.holds_dossier(store, 0.002)
        note = annotations.add_annotation(store, "meeting", 1, "Note after the dossier")
        assert note.id == counts.annotations + 1
        hits = searching.search(store, "Note after the dossier", kinds=["annotation"])
        assert [h.id for h in hits] == [note.id]
