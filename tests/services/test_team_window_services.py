"""What the window on a team store reads and writes: the version with the values it shows,
tracking edits made from a version, the change marker it polls, the address it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import server_url
from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, editing, history, importing, tracking
from desktop_app.services.store import EditConflict, Store, server_address

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _commitment(store: Store) -> int:
    return next(c.id for c in browse.list_commitments(store) if c.status == "announced")


def test_values_and_version_are_read_together_and_the_views_carry_the_version(
    store: Store,
) -> None:
    item = _commitment(store)
    values, version = editing.values_and_version(store, "commitment", item)
    assert values == editing.current_values(store, "commitment", item)
    assert version == editing.current_version(store, "commitment", item) is not None
    assert browse.get_commitment(store, item).version == version
    assert browse.commitment_rows(store, [item])[item].version == version  # the tracker's rows
    editing.edit(store, "commitment", item, {"evidence": "vu"}, expected_version=version)
    assert browse.get_commitment(store, item).version == version + 1  # type: ignore[operator]


def test_a_tracking_change_made_from_an_old_version_is_refused(store: Store) -> None:
    item = _commitment(store)
    seen = browse.get_commitment(store, item).version
    assert seen is not None
    theirs = editing.set_tracking(store, item, status="in_progress", expected_version=seen)
    assert theirs.version == seen + 1
    before = history.last_change_set(store)
    with pytest.raises(EditConflict):
        tracking.set_commitment_tracking(store, item, status="lapsed", expected_version=seen)
    assert browse.get_commitment(store, item).status == "in_progress"
    assert history.last_change_set(store) == before  # nothing recorded
    # A tracking change moves the version on, so an edit dialog opened before it is stale.
    with pytest.raises(EditConflict):
        editing.edit(store, "commitment", item, {"evidence": "x"}, expected_version=seen)
    mine = tracking.set_commitment_tracking(store, item, status="lapsed", expected_version=seen + 1)
    assert mine.status == "lapsed" and mine.version == seen + 2


def test_the_change_marker_counts_edits_undos_notes_and_imports(
    store: Store, tmp_path: Path
) -> None:
    start = history.change_marker(store)
    assert history.change_marker(store).changes_since(start) == 0
    editing.edit(store, "commitment", _commitment(store), {"evidence": "une"})
    edited = history.change_marker(store)
    assert edited.changes_since(start) == 1
    history.undo(store)
    undone = history.change_marker(store)
    assert undone.changes_since(edited) == 1
    meeting = browse.list_meetings(store)[0].id
    note = notes_api.add_annotation(store, "meeting", meeting, "première")
    notes_api.edit_annotation(store, note.id, tags=["sahel"])  # tags only: a change too
    notes_api.delete_annotation(store, note.id)
    noted = history.change_marker(store)
    assert noted.changes_since(undone) == 3
    path = tmp_path / "en.txt"
    path.write_bytes((CORPUS / "en-10-summit-utf16.txt").read_bytes())
    importing.import_files(store, [path])
    assert history.change_marker(store).changes_since(noted) >= 1


def test_a_team_store_address_never_holds_the_password(store: Store) -> None:
    url = server_address("postgresql://alice@db.example.org/chancery", "p@ss:word/")
    assert url.startswith("postgresql+psycopg://alice:") and url.endswith(
        "@db.example.org/chancery"
    )
    assert server_url(url).password == "p@ss:word/"  # quoted in the URL, read back whole
    if not store.on_server:
        assert store.address == str(store.path) and store.is_at(str(store.path))
        assert not store.is_at("postgresql+psycopg://alice@db.example.org/chancery")
        return
    assert store.is_at(store.address)
    with_password = server_address(store.address, "s3cret")
    assert store.is_at(with_password)
    assert "s3cret" not in store.address + store.display_name
