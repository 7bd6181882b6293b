"""A dossier taken offline and brought back: new records appended, unchanged records edited,
records changed meanwhile kept as conflicts with both values; twice is once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from db import crypto
from db import models as m
from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, editing, history, offline, tracking
from desktop_app.services.store import Store, WriteError
from domain.views import CommitmentFilter

PASSPHRASE = "a long passphrase for the trip"


def _meeting_with_two_commitments(store: Store) -> tuple[int, int, int]:
    for meeting in browse.list_meetings(store):
        items = browse.list_commitments(store, CommitmentFilter(meeting_id=meeting.id))
        if len(items) >= 2:
            return meeting.id, items[0].id, items[1].id
    raise AssertionError("the demo has a meeting with two commitments")


def _count(store: Store, model: type[m.Base]) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _notes(store: Store, meeting: int) -> list[str]:
    return [a.body for a in notes_api.list_annotations(store, target_kind="meeting",
                                                          target_id=meeting)]  # fmt: skip


def test_round_trip_appends_applies_and_keeps_conflicts(store: Store, tmp_path: Path) -> None:
    meeting, kept, contested = _meeting_with_two_commitments(store)
    team_note = notes_api.add_annotation(store, "meeting", meeting, "avant le départ")
    path = tmp_path / "trip.db"
    copied = offline.copy_out(store, path, [meeting])
    assert copied.meetings == 1 and path.is_file() and not copied.encrypted
    assert copied.records["commitment"] >= 2 and copied.records["annotation"] >= 1

    # Offline: a new note with a tag, a status changed, a field edited, a note edited.
    with offline.open_copy(path) as trip:
        assert browse.get_meeting(trip, meeting).id == meeting  # the ids are the team's
        notes_api.add_annotation(trip, "meeting", meeting, "écrit dans l'avion", tags=["voyage"])
        tracking.set_commitment_tracking(trip, kept, status="fulfilled")
        editing.edit(trip, "commitment", contested, {"evidence": "la mienne"})
        notes_api.edit_annotation(trip, team_note.id, body="avant le départ, relu")
    # Meanwhile, in the team store, someone edits one of those records.
    editing.edit(store, "commitment", contested, {"evidence": "la leur"})
    before = _count(store, m.Annotation)

    result = offline.bring_back(store, path)

    assert "écrit dans l'avion" in _notes(store, meeting)
    assert _count(store, m.Annotation) == before + 1
    assert any(a.tags == ("voyage",) or "voyage" in a.tags
               for a in notes_api.list_annotations(store, tag="voyage"))  # fmt: skip
    assert browse.get_commitment(store, kept).status == "fulfilled"
    assert notes_api.get_annotation(store, team_note.id).body == "avant le départ, relu"
    # The contested field: the team's value stays, both are kept in the conflict.
    assert editing.current_values(store, "commitment", contested)["evidence"] == "la leur"
    [conflict] = result.conflicts
    assert (conflict.record_kind, conflict.record_id, conflict.field) == (
        "commitment", contested, "evidence",
    )  # fmt: skip
    assert (conflict.mine, conflict.theirs) == ("la mienne", "la leur")
    assert [c.id for c in offline.list_conflicts(store)] == [conflict.id]
    # The applied part is one recorded change set (undoable), labelled as a bring-back.
    assert result.change_set_id is not None
    assert history.change_set(store, result.change_set_id).action == offline.BRING_BACK_ACTION
    # The status history of the commitment changed offline came back with it.
    assert tracking.status_history(store, kept)[-1].status == "fulfilled"


def test_bringing_back_twice_changes_nothing(store: Store, tmp_path: Path) -> None:
    meeting, kept, contested = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        notes_api.add_annotation(trip, "meeting", meeting, "une seule fois", tags=["voyage"])
        editing.edit(trip, "commitment", kept, {"status": "fulfilled"})
        editing.edit(trip, "commitment", contested, {"evidence": "la mienne"})
    editing.edit(store, "commitment", contested, {"evidence": "la leur"})
    first = offline.bring_back(store, path)
    assert len(first.conflicts) == 1
    counts = {t: _count(store, t) for t in (m.Annotation, m.Tag, m.StatusChange, m.ChangeSet)}
    version = editing.current_version(store, "commitment", kept)

    again = offline.bring_back(store, path)

    assert again.nothing_new and again.change_set_id is None
    assert again.known_conflicts == 1
    assert {t: _count(store, t) for t in counts} == counts
    assert editing.current_version(store, "commitment", kept) == version
    assert _notes(store, meeting).count("une seule fois") == 1
    assert len(offline.list_conflicts(store)) == 1


def test_edits_made_after_a_bring_back_come_back_next_time(store: Store, tmp_path: Path) -> None:
    meeting, kept, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        note = notes_api.add_annotation(trip, "meeting", meeting, "première version")
        editing.edit(trip, "commitment", kept, {"evidence": "un"})
    offline.bring_back(store, path)
    with offline.open_copy(path) as trip:
        notes_api.edit_annotation(trip, note.id, body="deuxième version")
        editing.edit(trip, "commitment", kept, {"evidence": "deux"})
    second = offline.bring_back(store, path)
    assert second.conflicts == []  # our own earlier bring-back is not "someone else"
    assert "deuxième version" in _notes(store, meeting)
    assert "première version" not in _notes(store, meeting)
    assert editing.current_values(store, "commitment", kept)["evidence"] == "deux"


def test_a_conflict_is_resolved_keep_mine_or_keep_theirs(store: Store, tmp_path: Path) -> None:
    meeting, first, second = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", first, {"evidence": "mine 1"})
        editing.edit(trip, "commitment", second, {"evidence": "mine 2"})
    editing.edit(store, "commitment", first, {"evidence": "theirs 1"})
    editing.edit(store, "commitment", second, {"evidence": "theirs 2"})
    conflicts = {c.record_id: c for c in offline.bring_back(store, path).conflicts}

    offline.resolve(store, conflicts[first].id, keep_mine=True)
    offline.resolve(store, conflicts[second].id, keep_mine=False)

    assert editing.current_values(store, "commitment", first)["evidence"] == "mine 1"
    assert editing.current_values(store, "commitment", second)["evidence"] == "theirs 2"
    assert offline.list_conflicts(store) == []
    kept = {c.record_id: c.kept_mine for c in offline.list_conflicts(store, include_resolved=True)}
    assert kept == {first: True, second: False}
    history.undo(store)  # keeping mine was an edit like any other
    assert editing.current_values(store, "commitment", first)["evidence"] == "theirs 1"
    # Resolved conflicts stay resolved when the copy comes back again.
    assert offline.bring_back(store, path).conflicts == []


def test_keep_mine_on_a_record_changed_again_is_refused(store: Store, tmp_path: Path) -> None:
    meeting, item, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", item, {"evidence": "mine"})
    editing.edit(store, "commitment", item, {"evidence": "theirs"})
    [conflict] = offline.bring_back(store, path).conflicts
    editing.edit(store, "commitment", item, {"evidence": "theirs, again"})
    with pytest.raises(offline.EditConflict, match="changed again"):
        offline.resolve(store, conflict.id, keep_mine=True)
    assert editing.current_values(store, "commitment", item)["evidence"] == "theirs, again"
    assert len(offline.list_conflicts(store)) == 1


def test_undoing_a_bring_back_takes_it_all_back(store: Store, tmp_path: Path) -> None:
    meeting, item, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        notes_api.add_annotation(trip, "meeting", meeting, "à défaire")
        editing.edit(trip, "commitment", item, {"evidence": "offline"})
    before = editing.current_values(store, "commitment", item)["evidence"]
    result = offline.bring_back(store, path)
    assert result.change_set_id is not None
    history.undo(store, result.change_set_id)
    assert "à défaire" not in _notes(store, meeting)
    assert editing.current_values(store, "commitment", item)["evidence"] == before


def test_an_encrypted_copy_opens_only_with_its_passphrase(store: Store, tmp_path: Path) -> None:
    meeting, item, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    copied = offline.copy_out(store, path, [meeting], passphrase=PASSPHRASE)
    assert copied.encrypted and crypto.looks_encrypted(path)
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    with pytest.raises(crypto.PassphraseRequired):
        offline.open_copy(path)
    with pytest.raises(crypto.WrongPassphrase):
        offline.open_copy(path, "not the passphrase at all")
    with pytest.raises(crypto.PassphraseRequired):
        offline.bring_back(store, path)
    with offline.open_copy(path, PASSPHRASE) as trip:
        editing.edit(trip, "commitment", item, {"evidence": "chiffré"})
    offline.bring_back(store, path, passphrase=PASSPHRASE)
    assert editing.current_values(store, "commitment", item)["evidence"] == "chiffré"


def test_a_copy_comes_back_only_to_its_store(store: Store, tmp_path: Path) -> None:
    meeting, _, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    # (Not the empty_store fixture: on PostgreSQL it would be the same database as `store`.)
    with (
        Store.open(tmp_path / "other.db") as other,
        pytest.raises(offline.InvalidCopy, match="taken offline from another store"),
    ):
        offline.bring_back(other, path)
    Store.open(tmp_path / "plain.db").close()
    with pytest.raises(offline.InvalidCopy, match="not a dossier taken offline"):
        offline.bring_back(store, tmp_path / "plain.db")
    with pytest.raises(offline.InvalidCopy, match="no offline copy"):
        offline.bring_back(store, tmp_path / "missing.db")


def test_copy_out_refuses_an_existing_file_and_records_nothing(
    store: Store, tmp_path: Path
) -> None:
    meeting, _, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    path.write_bytes(b"mine")
    with pytest.raises(offline.InvalidCopy, match="already exists"):
        offline.copy_out(store, path, [meeting])
    with pytest.raises(offline.NotFound):
        offline.copy_out(store, tmp_path / "new.db", [10**6])
    assert path.read_bytes() == b"mine"
    assert not (tmp_path / "new.db").exists()
    assert _count(store, m.OfflineCopy) == 0
    assert list(tmp_path.glob(".*partial*")) == []


def test_a_search_chooses_the_meetings(store: Store, tmp_path: Path) -> None:
    meeting = browse.list_meetings(store)[0]
    word = max(meeting.title.split(), key=len)
    chosen = offline.meetings_for_search(store, word)
    assert meeting.id in chosen
    copied = offline.copy_out(store, tmp_path / "found.db", chosen)
    assert copied.meetings == len(chosen)
    with offline.open_copy(tmp_path / "found.db") as trip:
        assert {x.id for x in browse.list_meetings(trip)} == set(chosen)
        # The copy's search index holds what was copied.
        assert offline.meetings_for_search(trip, word)


def test_twice_is_once_even_if_the_copy_could_not_be_updated(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The team store's own ledger keeps a second bring-back from adding anything twice, when
    the copy was not told what came back (a full disk, a USB stick pulled out)."""
    meeting, kept, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        notes_api.add_annotation(trip, "meeting", meeting, "une fois", tags=["nouveau"])
        editing.edit(trip, "commitment", kept, {"evidence": "hors ligne"})
    monkeypatch.setattr(offline, "_settle_copy", lambda *_args: None)
    offline.bring_back(store, path)
    counts = {t: _count(store, t) for t in (m.Annotation, m.Tag, m.AnnotationTag, m.ChangeSet)}
    again = offline.bring_back(store, path)
    assert again.nothing_new and again.conflicts == []
    assert {t: _count(store, t) for t in counts} == counts
    assert editing.current_values(store, "commitment", kept)["evidence"] == "hors ligne"


def test_a_contested_status_waits_with_its_history(store: Store, tmp_path: Path) -> None:
    """A status changed offline on a commitment changed meanwhile: its status history does not
    claim the offline status until the analyst keeps it."""
    meeting, item, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        tracking.set_commitment_tracking(trip, item, status="fulfilled")
    tracking.set_commitment_tracking(store, item, status="lapsed")
    history_before = tracking.status_history(store, item)
    [conflict] = offline.bring_back(store, path).conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == ("status", "fulfilled", "lapsed")
    assert tracking.status_history(store, item) == history_before
    offline.resolve(store, conflict.id, keep_mine=True)
    assert browse.get_commitment(store, item).status == "fulfilled"
    assert tracking.status_history(store, item)[-1].status == "fulfilled"


def test_records_deleted_meanwhile_do_not_block_the_rest(store: Store, tmp_path: Path) -> None:
    """A note added offline on a commitment someone deleted since stays in the copy, said
    so; everything else comes back."""
    meeting, gone, kept = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        notes_api.add_annotation(trip, "commitment", gone, "sur un engagement disparu")
        notes_api.add_annotation(trip, "commitment", kept, "sur un engagement resté")
        editing.edit(trip, "commitment", gone, {"evidence": "mine"})
    editing.delete(store, "commitment", gone)
    result = offline.bring_back(store, path)
    bodies = [a.body for a in notes_api.list_annotations(store)]
    assert "sur un engagement resté" in bodies
    assert "sur un engagement disparu" not in bodies
    assert any(
        said.code == "offline.missing_record" and "does not have" in str(said)
        for said in result.not_applied
    )
    # The edit of the deleted record is kept as a conflict ("theirs": deleted), not dropped.
    [conflict] = result.conflicts
    assert (conflict.record_id, conflict.mine, conflict.theirs) == (gone, "mine", None)


def test_a_field_edited_again_offline_updates_its_waiting_conflict(
    store: Store, tmp_path: Path
) -> None:
    meeting, item, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", item, {"evidence": "first try"})
    editing.edit(store, "commitment", item, {"evidence": "theirs"})
    offline.bring_back(store, path)
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", item, {"evidence": "second try"})
    offline.bring_back(store, path)
    [waiting] = offline.list_conflicts(store, include_resolved=True)
    assert (waiting.mine, waiting.theirs) == ("second try", "theirs")


# --- field-level conflicts -------------------------------------------------------------------


def test_an_offline_edit_conflicts_only_if_that_field_changed(store: Store, tmp_path: Path) -> None:
    """A status edited offline on a commitment whose evidence someone changed meanwhile comes
    back (with its status history); only a field changed on both sides is a conflict."""
    meeting, item, _ = _meeting_with_two_commitments(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        tracking.set_commitment_tracking(trip, item, status="fulfilled")
        editing.edit(trip, "commitment", item, {"evidence": "mine"})
    editing.edit(store, "commitment", item, {"evidence": "theirs"})
    editing.edit(store, "commitment", item, {"text": "their wording"})

    result = offline.bring_back(store, path)

    now = editing.current_values(store, "commitment", item)
    assert (now["status"], now["evidence"], now["text"]) == ("fulfilled", "theirs", "their wording")
    assert tracking.status_history(store, item)[-1].status == "fulfilled"
    assert [(c.field, c.mine, c.theirs, c.kind) for c in result.conflicts] == [
        ("evidence", "mine", "theirs", "edited")
    ]
    assert ("commitment", item, ("status",)) in result.applied
    # Keep mine still works after the applied part moved the record's version on.
    offline.resolve(store, result.conflicts[0].id, keep_mine=True)
    assert editing.current_values(store, "commitment", item)["evidence"] == "mine"
    # Twice is once: nothing new, the conflict not listed again.
    again = offline.bring_back(store, path)
    assert again.nothing_new and again.change_set_id is None


def test_a_date_and_its_precision_conflict_together(store: Store, tmp_path: Path) -> None:
    meeting, item, _ = _meeting_with_two_commitments(store)
    editing.edit(store, "commitment", item, {"due": "2027-05-01"})
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", item, {"due": "2027-06-15"})
    editing.edit(store, "commitment", item, {"due_precision": "month"})
    result = offline.bring_back(store, path)
    assert [c.field for c in result.conflicts] == ["due_on"]
    assert editing.current_values(store, "commitment", item)["due"] == "2027-05"


# --- deletions ------------------------------------------------------------------------------


def test_a_record_deleted_offline_is_deleted_if_nobody_changed_it(
    store: Store, tmp_path: Path
) -> None:
    meeting, gone, kept = _meeting_with_two_commitments(store)
    note = notes_api.add_annotation(store, "commitment", gone, "sur l'engagement")
    binned = notes_api.add_annotation(store, "meeting", meeting, "à jeter", tags=["x"])
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.delete(trip, "commitment", gone)  # with its note and status history
        notes_api.delete_annotation(trip, binned.id)  # the window's delete: to the bin
    result = offline.bring_back(store, path)

    assert result.conflicts == []
    assert not editing.exists(store, "commitment", gone)
    assert not editing.exists(store, "note", note.id)
    assert notes_api.get_annotation(store, binned.id).deleted  # in the bin, restorable
    assert editing.exists(store, "commitment", kept)
    assert result.deleted == 2
    # Twice is once: nothing deleted again, nothing new.
    marker = history.change_marker(store)
    again = offline.bring_back(store, path)
    assert again.nothing_new and again.change_set_id is None
    assert history.change_marker(store) == marker
    # Undone with the rest of the bring-back.
    assert result.change_set_id is not None
    history.undo(store, result.change_set_id)
    assert editing.exists(store, "commitment", gone)
    assert notes_api.get_annotation(store, note.id).body == "sur l'engagement"
    assert not notes_api.get_annotation(store, binned.id).deleted


def test_a_record_deleted_offline_and_changed_here_is_a_conflict(
    store: Store, tmp_path: Path
) -> None:
    meeting, changed, added_to = _meeting_with_two_commitments(store)
    note = notes_api.add_annotation(store, "meeting", meeting, "relue", tags=["x"])
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        editing.delete(trip, "commitment", changed)
        editing.delete(trip, "commitment", added_to)
        notes_api.delete_annotation(trip, note.id)
    editing.edit(store, "commitment", changed, {"evidence": "theirs"})
    theirs_note = notes_api.add_annotation(store, "commitment", added_to, "ajoutée ici")
    notes_api.edit_annotation(store, note.id, body="relue et complétée")
    counts = {t: _count(store, t) for t in (m.Commitment, m.StatusChange, m.Annotation)}

    result = offline.bring_back(store, path)

    # Nothing deleted, nothing dropped: three conflicts, each saying what changed here.
    assert {t: _count(store, t) for t in counts} == counts
    assert not notes_api.get_annotation(store, note.id).deleted
    found = {(c.record_kind, c.record_id): c for c in result.conflicts}
    assert set(found) == {
        ("commitment", changed),
        ("commitment", added_to),
        ("annotation", note.id),
    }
    assert all(c.kind == "deleted_offline" and c.mine is None for c in found.values())
    assert found[("commitment", changed)].theirs["fields"] == {"evidence": "theirs"}
    assert found[("commitment", added_to)].theirs["records"] == [
        ["annotation", theirs_note.id, "added"]
    ]
    assert found[("annotation", note.id)].theirs["fields"] == {"body": "relue et complétée"}
    # Twice is once.
    again = offline.bring_back(store, path)
    assert again.nothing_new and again.known_conflicts == 3
    # Keep theirs: it stays, also when the copy comes back again; keep mine: deleted.
    offline.resolve(store, found[("commitment", changed)].id, keep_mine=False)
    offline.resolve(store, found[("commitment", added_to)].id, keep_mine=True)
    offline.resolve(store, found[("annotation", note.id)].id, keep_mine=True)
    assert editing.exists(store, "commitment", changed)
    assert not editing.exists(store, "commitment", added_to)
    assert notes_api.get_annotation(store, note.id).deleted
    history.undo(store)  # keeping mine was an undoable change like any other
    assert not notes_api.get_annotation(store, note.id).deleted
    assert offline.bring_back(store, path).conflicts == []
    assert editing.exists(store, "commitment", changed)


def test_a_tag_removed_offline_leaves_the_note_here(store: Store, tmp_path: Path) -> None:
    meeting, _, _ = _meeting_with_two_commitments(store)
    note = notes_api.add_annotation(store, "meeting", meeting, "étiquetée", tags=["a", "b"])
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    with offline.open_copy(path) as trip:
        notes_api.edit_annotation(trip, note.id, tags=["a"])
    offline.bring_back(store, path)
    assert notes_api.get_annotation(store, note.id).tags == ("a",)


# --- copy-out only reads ----------------------------------------------------------------------


def test_copy_out_writes_nothing_in_the_team_store(store: Store, tmp_path: Path) -> None:
    meeting, item, _ = _meeting_with_two_commitments(store)
    marker = history.change_marker(store)
    path = tmp_path / "trip.db"
    offline.copy_out(store, path, [meeting])
    assert _count(store, m.OfflineCopy) == 0
    assert history.change_marker(store) == marker
    with offline.open_copy(path) as trip:
        editing.edit(trip, "commitment", item, {"evidence": "revenue"})
    offline.bring_back(store, path)
    assert _count(store, m.OfflineCopy) == 1  # entered in the ledger on its return
    assert editing.current_values(store, "commitment", item)["evidence"] == "revenue"


def test_a_copy_of_a_store_with_the_same_ids_is_refused(store: Store, tmp_path: Path) -> None:
    """Another store loaded with the same dossier has the same ids, not the same records."""
    from desktop_app.services.demo import load_demo

    path = tmp_path / "trip.db"
    with Store.open(tmp_path / "twin.db") as twin:
        load_demo(twin)
        meeting, _, _ = _meeting_with_two_commitments(twin)
        offline.copy_out(twin, path, [meeting])
    with pytest.raises(offline.InvalidCopy, match="taken offline from another store"):
        offline.bring_back(store, path)


def test_a_read_only_role_can_take_a_copy(store: Store, tmp_path: Path) -> None:
    """Copy-out only reads: an analyst whose role may only SELECT takes a dossier offline;
    bringing it back is a write (refused for that role in one sentence, nothing written),
    done by an analyst who may write."""
    if not store.on_server:
        pytest.skip("roles: a team store (PostgreSQL) only")
    url = make_url(store.engine.url.render_as_string(hide_password=False))
    role = f"chancery_offline_reader_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        conn.execute(text(f"CREATE ROLE {role} LOGIN"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
    reader = Store.open(url.set(username=role).render_as_string(False))
    try:
        meeting, item, _ = _meeting_with_two_commitments(reader)
        path = tmp_path / "trip.db"
        copied = offline.copy_out(reader, path, [meeting])
        assert copied.meetings == 1 and path.is_file()
        with offline.open_copy(path) as trip:
            editing.edit(trip, "commitment", item, {"evidence": "lue, puis annotée"})
        with pytest.raises(WriteError, match="read-only"):
            offline.bring_back(reader, path)
        assert _count(store, m.OfflineCopy) == 0
        offline.bring_back(store, path)
        assert editing.current_values(store, "commitment", item)["evidence"] == (
            "lue, puis annotée"
        )
    finally:
        reader.close()
        with admin.connect() as conn:
            conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"))
            conn.execute(text(f"REVOKE ALL ON SCHEMA public FROM {role}"))
            conn.execute(text(f"DROP ROLE {role}"))
        admin.dispose()
