"""Annotations (versions, tags, bin, drafts) and commitment tracking."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop_app.services import annotations as notes
from desktop_app.services import browse, tracking
from desktop_app.services.annotations import InvalidInput
from desktop_app.services.browse import NotFound
from desktop_app.services.store import Store
from domain.views import CommitmentFilter


def test_an_edit_keeps_the_previous_text(store: Store) -> None:
    note = notes.add_annotation(
        store, "commitment", 1, "Premier jet", tags=["suivi", "Suivi", "#énergie"]
    )
    assert note.tags == ("suivi", "énergie")  # one tag per name, whatever its case
    edited = notes.edit_annotation(store, note.id, body="Second jet")
    edited = notes.edit_annotation(store, note.id, body="Troisième jet", include_in_brief=True)
    assert edited.body == "Troisième jet" and edited.include_in_brief
    assert [(v.number, v.body) for v in edited.versions] == [(1, "Premier jet"), (2, "Second jet")]


def test_delete_moves_to_the_bin_and_restore_brings_back(store: Store) -> None:
    note = notes.add_annotation(store, "meeting", 2, "À garder")
    notes.delete_annotation(store, note.id)
    assert note.id not in {a.id for a in notes.list_annotations(store)}
    assert note.id in {a.id for a in notes.list_annotations(store, include_deleted=True)}
    notes.restore_annotation(store, note.id)
    assert notes.get_annotation(store, note.id).deleted is False


def test_notes_by_target_and_tag(store: Store) -> None:
    notes.add_annotation(store, "statement", 1, "Ton ferme", tags=["ton"])
    notes.add_annotation(store, "actor", 1, "Interlocuteur clé", tags=["ton"])
    assert [
        a.body for a in notes.list_annotations(store, target_kind="statement", target_id=1)
    ] == ["Ton ferme"]
    assert len(notes.list_annotations(store, tag="TON")) == 2
    assert ("ton", 2) in notes.list_tags(store)


@pytest.mark.parametrize(
    ("kind", "target", "body", "error"),
    [
        ("meeting", 9999, "x", NotFound),
        ("planet", 1, "x", InvalidInput),
        ("meeting", 1, "   ", InvalidInput),
        ("meeting", 1, "x" * 300_000, InvalidInput),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_written(
    store: Store, kind: str, target: int, body: str, error: type[Exception]
) -> None:
    before = len(notes.list_annotations(store, include_deleted=True))
    with pytest.raises(error):
        notes.add_annotation(store, kind, target, body)
    assert len(notes.list_annotations(store, include_deleted=True)) == before


@pytest.mark.parametrize("raw", ["meeting", "meeting:", "meeting:x", "planet:3", ":3"])
def test_target_syntax(raw: str) -> None:
    with pytest.raises(InvalidInput, match="KIND:ID"):
        notes.parse_target(raw)
    assert notes.parse_target("Commitment:12") == ("commitment", 12)


def test_hostile_text_is_stored_as_typed(store: Store) -> None:
    body = '<img src="/etc/hostname"/> R&D a<b Dupont&Fils\'; DROP TABLE annotation; --'
    note = notes.add_annotation(store, "meeting", 1, body)
    assert notes.get_annotation(store, note.id).body == body


def test_drafts_are_kept_until_the_note_is_saved(store: Store) -> None:
    notes.save_draft(store, "meeting", 1, "En cours")
    notes.save_draft(store, "meeting", 1, "En cours de frappe")
    [draft] = notes.list_drafts(store)
    assert draft.body == "En cours de frappe"
    notes.add_annotation(store, "meeting", 1, "En cours de frappe, fini")
    assert notes.list_drafts(store) == []


def test_tracking_changes_are_kept_in_history(store: Store) -> None:
    item = browse.list_commitments(store)[0]
    updated = tracking.set_commitment_tracking(
        store, item.id, status="fulfilled", compliance_score=1, evidence="Vu sur place"
    )
    assert (updated.status, updated.compliance_score, updated.evidence) == (
        "fulfilled",
        1,
        "Vu sur place",
    )
    tracking.set_commitment_tracking(store, item.id, compliance_score=None)
    assert browse.get_commitment(store, item.id).compliance_score is None
    history = tracking.status_history(store, item.id)
    assert [(h.status, h.compliance_score) for h in history] == [
        ("fulfilled", 1),
        ("fulfilled", None),
    ]


@pytest.mark.parametrize(("status", "score"), [("done", 1), ("fulfilled", 2)])
def test_tracking_refuses_unknown_values(store: Store, status: str, score: int) -> None:
    item = browse.list_commitments(store)[0]
    with pytest.raises(InvalidInput):
        tracking.set_commitment_tracking(store, item.id, status=status, compliance_score=score)
    assert browse.get_commitment(store, item.id) == item


def _counted_in_python(
    items: list, by: str, only: set[int] | None = None
) -> dict[str | None, Counter[str]]:
    out: dict[str | None, Counter[str]] = {}
    for item in items:
        if only is not None and item.id not in only:
            continue
        keys = [item.theme or None] if by == "theme" else [p.name for p in item.parties]
        for key in keys or [tracking.NO_PARTY]:
            out.setdefault(key, Counter())[item.status] += 1
    return out


@pytest.mark.parametrize("by", ["theme", "partner"])
def test_status_counts_cover_every_commitment_the_filter_passes(store: Store, by: str) -> None:
    everything = browse.list_commitments(store)
    assert tracking.status_counts(store, CommitmentFilter(), by) == _counted_in_python(
        everything, by
    )
    one = everything[0]
    tracking.set_commitment_tracking(store, one.id, status="fulfilled")
    fulfilled = CommitmentFilter(status="fulfilled")
    counted = tracking.status_counts(store, fulfilled, by)
    assert counted == _counted_in_python(browse.list_commitments(store, fulfilled), by)
    assert sum(sum(c.values()) for c in counted.values()) >= 1
    everything = browse.list_commitments(store)
    only = {c.id for c in everything[::3]}  # a tag facet's ids
    assert tracking.status_counts(store, CommitmentFilter(), by, only) == _counted_in_python(
        everything, by, only
    )
    with pytest.raises(ValueError):
        tracking.status_counts(store, CommitmentFilter(), "colour")
