"""``chancery annotate`` and ``bring-back``'s sentences against a team store (both engines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import annotations as notes_api
from desktop_app.services import browse, editing, offline
from desktop_app.services.store import Store
from domain.views import CommitmentFilter

pytestmark = pytest.mark.both_engines


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _commitment(store: Store) -> tuple[int, int]:
    for meeting in browse.list_meetings(store):
        items = browse.list_commitments(store, CommitmentFilter(meeting_id=meeting.id))
        if items:
            return meeting.id, items[0].id
    raise AssertionError("the demo has a meeting with a commitment")


def test_annotate_leaves_a_note_being_typed_in_a_window_as_it_is(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting, _ = _commitment(store)
    # Someone is typing a note on this meeting in the window (saved as a draft as they type).
    notes_api.save_draft(store, "meeting", meeting, "Premières impressions, à compléter")
    code, out, err = _run(
        capsys,
        "annotate",
        f"meeting:{meeting}",
        "--text",
        "Vu ce matin",
        "--db",
        store.display_name,
    )
    assert code == 0, err
    assert [d.body for d in notes_api.list_drafts(store)] == ["Premières impressions, à compléter"]
    bodies = [a.body for a in notes_api.list_annotations(store, target_kind="meeting")]
    assert "Vu ce matin" in bodies


def test_bring_back_says_in_english_what_stayed_in_the_copy(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting, item = _commitment(store)
    trip = tmp_path / "trip.db"
    offline.copy_out(store, trip, [meeting])
    with offline.open_copy(trip) as copy:
        note = notes_api.add_annotation(copy, "commitment", item, "sur un engagement disparu")
    editing.delete(store, "commitment", item)
    code, out, err = _run(capsys, "bring-back", str(trip), "--db", store.display_name)
    assert code == 0, err
    assert (
        f"annotation {note.id} refers to a record the team store does not have; it stayed in "
        "the copy." in out.splitlines()
    ), out
