"""``chancery copy-out / bring-back / conflicts / resolve`` against a team store (both engines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import browse, editing
from desktop_app.services.store import Store
from domain.views import CommitmentFilter

pytestmark = pytest.mark.both_engines

PASSPHRASE = "a long passphrase for the trip"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _meeting(store: Store) -> tuple[int, int]:
    for meeting in browse.list_meetings(store):
        items = browse.list_commitments(store, CommitmentFilter(meeting_id=meeting.id))
        if items:
            return meeting.id, items[0].id
    raise AssertionError("the demo has a meeting with a commitment")


def test_copy_out_edit_offline_bring_back_and_resolve(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, trip = store.display_name, str(tmp_path / "trip.db")
    meeting, item = _meeting(store)
    code, out, _ = _run(
        capsys, "copy-out", "--to", trip, "--meeting", str(meeting), "--db", db, "--json"
    )
    assert code == 0, out
    assert json.loads(out)["meetings"] == 1
    # Offline, with the ordinary commands on the copy.
    assert (
        _run(
            capsys,
            "annotate",
            f"meeting:{meeting}",
            "--text",
            "notée hors ligne",
            "--tag",
            "voyage",
            "--db",
            trip,
        )[0]
        == 0
    )
    assert _run(capsys, "edit", f"commitment:{item}", "evidence=mine", "--db", trip)[0] == 0
    editing.edit(store, "commitment", item, {"evidence": "theirs"})

    code, out, err = _run(capsys, "bring-back", trip, "--db", db)

    assert code == 0, err
    assert "added 1 annotation" in out and "1 conflict(s)" in out
    assert "offline (mine): mine" in out and "team (theirs):  theirs" in out
    code, out, _ = _run(capsys, "notes", f"meeting:{meeting}", "--db", db)
    assert "notée hors ligne" in out and "voyage" in out
    code, out, _ = _run(capsys, "conflicts", "--db", db, "--json")
    [conflict] = json.loads(out)
    assert (conflict["mine"], conflict["theirs"]) == ("mine", "theirs")

    code, out, _ = _run(capsys, "bring-back", trip, "--db", db)
    assert code == 0 and out.startswith("Nothing new")
    assert "1 conflict(s) were already listed" in out

    code, out, _ = _run(capsys, "resolve", str(conflict["id"]), "keep-mine", "--db", db)
    assert code == 0 and "keeps your offline value" in out
    assert editing.current_values(store, "commitment", item)["evidence"] == "mine"
    assert _run(capsys, "conflicts", "--db", db)[1].strip() == "No conflicts."
    code, _, err = _run(capsys, "resolve", str(conflict["id"]), "keep-theirs", "--db", db)
    assert code == 1 and "already resolved" in err


def test_an_encrypted_copy_needs_its_passphrase(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, trip = store.display_name, tmp_path / "trip.db"
    meeting, _ = _meeting(store)
    monkeypatch.setenv("CHANCERY_COPY_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(
        capsys, "copy-out", "--to", str(trip), "--meeting", str(meeting), "--encrypt", "--db", db
    )
    assert code == 0, err
    assert "(encrypted)" in out and b"SQLite format 3" not in trip.read_bytes()[:16]
    monkeypatch.delenv("CHANCERY_COPY_PASSPHRASE")
    monkeypatch.delenv("CHANCERY_PASSPHRASE", raising=False)
    code, _, err = _run(capsys, "bring-back", str(trip), "--db", db)
    assert code == 1 and "is encrypted" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("CHANCERY_COPY_PASSPHRASE", "not the right one at all")
    code, _, err = _run(capsys, "bring-back", str(trip), "--db", db)
    assert code == 1 and "passphrase" in err.lower()
    monkeypatch.setenv("CHANCERY_COPY_PASSPHRASE", PASSPHRASE)
    code, out, err = _run(capsys, "bring-back", str(trip), "--db", db)
    assert code == 0, err
    assert out.startswith("Nothing new")


def test_bad_requests_are_one_sentence(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = store.display_name
    code, _, err = _run(
        capsys, "copy-out", "--to", str(tmp_path / "x.db"), "--search", "zzzqqqxxyy", "--db", db
    )
    assert code == 1 and "finds no meeting" in err
    assert not (tmp_path / "x.db").exists()
    code, _, err = _run(capsys, "bring-back", str(tmp_path / "missing.db"), "--db", db)
    assert code == 1 and "no offline copy" in err
    code, _, err = _run(capsys, "resolve", "999", "keep-mine", "--db", db)
    assert code == 1 and "no conflict 999" in err


def test_a_deletion_offline_comes_back_or_waits_as_a_conflict(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, trip = store.display_name, str(tmp_path / "trip.db")
    meeting, first, second = next(
        (mt.id, items[0].id, items[1].id)
        for mt in browse.list_meetings(store)
        if len(items := browse.list_commitments(store, CommitmentFilter(meeting_id=mt.id))) >= 2
    )
    assert _run(capsys, "copy-out", "--to", trip, "--meeting", str(meeting), "--db", db)[0] == 0
    for item in (first, second):
        code, _, err = _run(capsys, "delete", f"commitment:{item}", "--yes", "--db", trip)
        assert code == 0, err
    editing.edit(store, "commitment", second, {"evidence": "theirs"})

    code, out, err = _run(capsys, "bring-back", trip, "--db", db)

    assert code == 0, err
    assert "0 record(s) edited, 1 deleted" in out and "1 conflict(s)" in out
    assert "deleted offline, changed in the team store" in out
    assert "offline (mine): deleted" in out and "evidence: theirs" in out
    assert not editing.exists(store, "commitment", first)
    assert editing.exists(store, "commitment", second)
    code, out, _ = _run(capsys, "conflicts", "--db", db, "--json")
    [conflict] = json.loads(out)
    assert conflict["kind"] == "deleted_offline" and conflict["mine"] is None
    code, out, _ = _run(capsys, "resolve", str(conflict["id"]), "keep-mine", "--db", db)
    assert code == 0 and "deleted, as offline" in out
    assert not editing.exists(store, "commitment", second)
