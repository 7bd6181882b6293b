"""Corroboration on import: one item however many outlets report it, each listing its sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from db import models as m
from desktop_app.cli import main
from desktop_app.services import browse, corroboration, importing
from desktop_app.services.corroboration import NotADuplicate
from desktop_app.services.store import Store
from domain.views import CommitmentView, StatementView

# Two outlets' accounts of one (fictional) joint commission, written for this test.
FIRST = """Communiqué conjoint

Dakar, le 12 mars 2024 — Le Sénégal et la Mauritanie ont tenu à Dakar la troisième \
session de leur commission mixte de coopération.

Sécurité
Les deux délégations sont convenues des mesures suivantes :
- Création d'une patrouille conjointe le long du fleuve ;
- Échange régulier de renseignements sur les groupes armés.

Économie
Dans ce domaine, les parties ont retenu :
- Facilitation des échanges commerciaux au poste de Rosso ;
- Coopération dans le domaine de la pêche artisanale ;
- Formation des pêcheurs du fleuve.

Prochaines étapes
- Tenue de la quatrième session à Nouakchott en 2025."""

SECOND = """Dakar, 12 mars 2024 – Réunis à Dakar, le Sénégal et la Mauritanie ont achevé la \
troisième session de leur commission mixte de coopération.

Sécurité
Les deux pays se sont entendus sur les points suivants :
- Partage de renseignements sur les groupes armés ;
- Patrouilles communes le long du fleuve.

Économie
Les parties ont également retenu :
- Développement du commerce au poste de Rosso ;
- Construction d'un pont sur le fleuve ;
- Appui à la pêche.

Prochaines étapes
- Quatrième session à Nouakchott en 2026."""


def _import(
    store: Store, tmp_path: Path, name: str, text: str, confirm: bool = False
) -> importing.ImportOutcome:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [outcome] = importing.import_files(store, [path], confirm=confirm)
    assert outcome.status == "imported", outcome.message
    return outcome


@pytest.fixture
def two_outlets(empty_store: Store, tmp_path: Path) -> tuple[Store, int, int, int]:
    first = _import(empty_store, tmp_path, "first.txt", FIRST, confirm=True)
    second = _import(empty_store, tmp_path, "second.txt", SECOND)
    assert first.meeting_id == second.meeting_id and first.meeting_id is not None
    assert first.source_id is not None and second.source_id is not None
    return empty_store, first.meeting_id, first.source_id, second.source_id


def test_an_item_reported_in_other_words_gains_the_source_not_a_copy(
    two_outlets: tuple[Store, int, int, int],
) -> None:
    store, meeting_id, first, second = two_outlets
    detail = browse.get_meeting(store, meeting_id, include_candidates=True)
    texts = [c.text for c in detail.commitments]
    assert len(texts) == 6, texts  # 5 from the first outlet, 1 new in the second
    by_text = {c.text: c for c in (*detail.commitments, *detail.next_steps)}
    for corroborated in (
        "Création d'une patrouille conjointe le long du fleuve",
        "Échange régulier de renseignements sur les groupes armés",
        "Facilitation des échanges commerciaux au poste de Rosso",
        # Few words in common, but each other's clear counterpart in the two lists.
        "Coopération dans le domaine de la pêche artisanale",
    ):
        assert [s.id for s in by_text[corroborated].sources] == [first, second], corroborated
    assert [s.id for s in by_text["Formation des pêcheurs du fleuve"].sources] == [first]
    assert len(detail.next_steps) == 2  # the second outlet gives another year: see below
    new = by_text["Construction d'un pont sur le fleuve"]
    assert [s.id for s in new.sources] == [second]
    # The passage of the second outlet is kept with its source.
    with store.read() as session:
        link = session.scalar(
            select(m.ItemSource).where(
                m.ItemSource.commitment_id
                == by_text["Création d'une patrouille conjointe le long du fleuve"].id,
                m.ItemSource.source_id == second,
            )
        )
        assert link is not None and link.anchor is not None
        assert link.anchor.exact == "Patrouilles communes le long du fleuve"


def test_an_uncertain_match_waits_in_review_and_merge_unites_the_sources(
    two_outlets: tuple[Store, int, int, int],
) -> None:
    store, meeting_id, first, second = two_outlets
    [double] = corroboration.probable_duplicates(store, meeting_id=meeting_id)
    # Close words, but the outlets disagree on the year: never merged by itself.
    assert double.same_as_text == "Tenue de la quatrième session à Nouakchott en 2025"
    assert double.reason == "different number or date"
    candidate = browse.get_commitment(store, double.id)
    assert candidate.text == "Quatrième session à Nouakchott en 2026"
    assert candidate.review_state == "candidate"

    kept = corroboration.merge_duplicate(store, "commitment", double.id)
    assert kept == double.same_as_id
    assert [s.id for s in browse.get_commitment(store, kept).sources] == [first, second]
    assert browse.get_commitment(store, double.id).review_state == "rejected"
    assert corroboration.probable_duplicates(store) == []
    with pytest.raises(NotADuplicate):
        corroboration.merge_duplicate(store, "commitment", double.id)

    # The window's undo: the copy is back in the queue with its own source.
    corroboration.undo_decision(store, "commitment", double.id)
    assert [s.id for s in browse.get_commitment(store, kept).sources] == [first]
    back = browse.get_commitment(store, double.id)
    assert back.review_state == "candidate" and [s.id for s in back.sources] == [second]
    assert corroboration.probable_duplicates(store) == [double]


def test_keep_both_accepts_the_item_as_its_own(two_outlets: tuple[Store, int, int, int]) -> None:
    store, meeting_id, _, second = two_outlets
    [double] = corroboration.probable_duplicates(store)
    corroboration.keep_both(store, "commitment", double.id)
    kept = browse.get_commitment(store, double.id)
    assert kept.review_state == "confirmed" and [s.id for s in kept.sources] == [second]
    assert corroboration.probable_duplicates(store) == []
    corroboration.undo_decision(store, "commitment", double.id)
    assert browse.get_commitment(store, double.id).review_state == "candidate"
    assert corroboration.probable_duplicates(store) == [double]


def test_the_same_file_again_adds_nothing(
    two_outlets: tuple[Store, int, int, int], tmp_path: Path
) -> None:
    store, meeting_id, _, _ = two_outlets
    before = browse.get_meeting(store, meeting_id, include_candidates=True)
    path = tmp_path / "again.txt"
    path.write_text(SECOND, encoding="utf-8")
    [again] = importing.import_files(store, [path])
    assert again.status == "duplicate"
    assert browse.get_meeting(store, meeting_id, include_candidates=True) == before


def test_the_cli_lists_the_probable_duplicate_and_merges_it(
    two_outlets: tuple[Store, int, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    store, meeting_id, first, second = two_outlets
    db = store.display_name  # its file, or (a team store) its URL
    store.close()
    capsys.readouterr()
    assert main(["review", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "probably the same as #" in listed and "different number or date" in listed
    assert main(["review", "--db", db, "--json"]) == 0
    queue = json.loads(capsys.readouterr().out)
    [flagged] = [c for c in queue if c["probably_same_as"]]
    assert main(["review", "merge", "commitment", str(flagged["id"]), "--db", db]) == 0
    capsys.readouterr()
    assert main(["show", "meeting", str(meeting_id), "--all", "--json", "--db", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    for item in shown["commitments"] + shown["next_steps"]:
        assert item["sources"], item["text"]
        assert {"id", "title", "publisher", "published_on"} <= set(item["sources"][0])
    [step] = shown["next_steps"]
    assert [s["id"] for s in step["sources"]] == [first, second]


def test_items_stored_without_a_link_are_reported_by_their_passage_source(
    store: Store,
) -> None:
    """What migration 0005 and the demo loader do for items written before the link table."""
    with store.write() as session:
        session.execute(update(m.ItemSource).values(anchor_id=None))
        session.query(m.ItemSource).delete()
    with store.write() as session:
        added = corroboration.link_first_sources(session)
        assert added > 0
        assert corroboration.link_first_sources(session) == 0
    meeting = browse.list_meetings(store)[0]
    detail = browse.get_meeting(store, meeting.id)
    items: tuple[CommitmentView | StatementView, ...] = (*detail.commitments, *detail.statements)
    for item in items:
        assert item.anchor is not None
        assert [s.id for s in item.sources] == [item.anchor.source_id]


def test_migration_0005_links_each_existing_item_to_its_passage_source(tmp_path: Path) -> None:
    import sqlite3

    from alembic import command

    from db import migrate

    path = tmp_path / "old.db"
    cfg = migrate.config()
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(cfg, "0003")
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO source (id, title, kind, language, text, sha256, imported_at, reliability)
        VALUES (1, 'Communiqué', 'joint_communique', 'fr', 'Appui à la pêche.', 'x',
                '2025-01-01', 'primary');
        INSERT INTO meeting (id, title, format, date_precision, review_state, created_at)
        VALUES (1, 'Commission', 'commission mixte', 'day', 'confirmed', '2025-01-01');
        INSERT INTO anchor (id, source_id, start, end_, exact, prefix, suffix)
        VALUES (1, 1, 0, 16, 'Appui à la pêche', '', '.');
        INSERT INTO commitment (id, meeting_id, text, kind, also_themes, status, evidence,
                                review_state, anchor_id, updated_at)
        VALUES (1, 1, 'Appui à la pêche', 'commitment', '', 'announced', '', 'confirmed', 1,
                '2025-01-01');
        INSERT INTO commitment (id, meeting_id, text, kind, also_themes, status, evidence,
                                review_state, updated_at)
        VALUES (2, 1, 'Sans passage', 'commitment', '', 'announced', '', 'confirmed',
                '2025-01-01');
        """
    )
    conn.commit()
    conn.close()
    command.upgrade(cfg, "0005")
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT commitment_id, statement_id, source_id, anchor_id FROM item_source"
    ).fetchall()
    conn.close()
    assert rows == [(1, None, 1, 1)]


def test_the_detail_pane_and_the_brief_say_how_many_sources(
    two_outlets: tuple[Store, int, int, int],
) -> None:
    from desktop_app.briefing.tables import _reported
    from desktop_app.services.brief_selection import meeting_details
    from desktop_app.ui.detail_html import meeting_html

    store, meeting_id, _, _ = two_outlets
    html = meeting_html(browse.get_meeting(store, meeting_id))
    assert html.count("2 sources") == 4  # the four commitments both outlets report
    [detail] = meeting_details(store, [meeting_id])
    cells = [_reported("fr", item) for item in detail.commitments]
    assert sum("2 sources" in c for c in cells) == 4, cells
