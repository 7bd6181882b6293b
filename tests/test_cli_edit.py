"""``chancery edit / add / delete / merge / history / undo / remove-demo``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "s.db")
    _run(capsys, "list", "meetings", "--db", path)  # creates it with the demo
    return path


def _moscow(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, Any]:
    _, out, _ = _run(capsys, "list", "meetings", "--db", db, "--json")
    meeting_id = next(mt["id"] for mt in json.loads(out) if mt["city"] == "Moscou")
    _, out, _ = _run(capsys, "show", "meeting", str(meeting_id), "--db", db, "--json")
    return json.loads(out)


def test_edit_history_undo(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = _moscow(capsys, db)["summary"]["id"]
    code, out, _ = _run(
        capsys, "edit", f"meeting:{meeting_id}", "place=Bonn", "date=1997-07-03", "--db", db,
        "--json",
    )  # fmt: skip
    assert code == 0
    assert set(json.loads(out)["changed"]) == {"place", "date"}
    summary = _moscow_by_id(capsys, db, meeting_id)
    assert (summary["city"], summary["starts_on"]) == ("Bonn", "1997-07-03")

    code, out, _ = _run(capsys, "history", f"meeting:{meeting_id}", "--db", db, "--json")
    fields = {(e["change"]["field"], e["change"]["old_value"]) for e in json.loads(out)}
    assert ("city", "Moscou") in fields and ("starts_on", "2025-04-03") in fields
    code, out, _ = _run(capsys, "history", f"meeting:{meeting_id}", "--db", db)
    assert "city: 'Moscou' → 'Bonn'" in out

    code, out, _ = _run(capsys, "undo", "--db", db)
    assert code == 0 and "Undone" in out
    assert _moscow_by_id(capsys, db, meeting_id)["city"] == "Moscou"


def _moscow_by_id(
    capsys: pytest.CaptureFixture[str], db: str, meeting_id: object
) -> dict[str, Any]:
    _, out, _ = _run(capsys, "show", "meeting", str(meeting_id), "--db", db, "--json")
    return json.loads(out)["summary"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["edit", "meet:5", "place=x"], "names no record"),
        (["edit", "meeting:999", "place=x"], "no meeting 999"),
        (["edit", "meeting:{id}", "plac=x"], "not a field of a meeting"),
        (["edit", "meeting:{id}", "precision=week"], "day, month, year"),
        (["edit", "meeting:{id}", "place=Bonn", "date=soon"], "is not a date"),
        (["edit", "meeting:{id}", "placeBonn"], "FIELD=VALUE"),
        (["merge", "meeting:{id}", "actor:1"], "only be merged with a meeting"),
        (["delete", "source:999", "--yes"], "no source 999"),
    ],
)
def test_bad_input_is_one_sentence_exit_2_and_nothing_written(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    meeting_id = _moscow(capsys, db)["summary"]["id"]
    before = _moscow_by_id(capsys, db, meeting_id)
    code, out, err = _run(capsys, *[a.format(id=meeting_id) for a in argv], "--db", db)
    assert code == 2
    assert message in err and err.count("\n") == 1 and not out
    assert _moscow_by_id(capsys, db, meeting_id) == before
    code, _, err = _run(capsys, "undo", "--db", db)
    assert code == 2 and "nothing to undo" in err


def test_delete_merge_add_and_remove_demo(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    detail = _moscow(capsys, db)
    meeting_id = detail["summary"]["id"]
    first, second = detail["commitments"][:2]
    code, out, _ = _run(capsys, "delete", f"commitment:{first['id']}", "--yes", "--db", db)
    assert code == 0 and "Delete commitment" in out
    code, _, _ = _run(capsys, "undo", "--db", db)
    assert code == 0
    code, out, _ = _run(
        capsys, "merge", f"commitment:{first['id']}", f"principle:{second['id']}", "--db", db
    )
    assert code == 0, out
    ids = {c["id"] for c in _moscow(capsys, db)["commitments"]}
    assert first["id"] in ids and second["id"] not in ids
    code, out, _ = _run(
        capsys, "add", "next_step", f"meeting:{meeting_id}", "text=Réunion de suivi à Bamako",
        "due=2026", "committed_by=Mali", "--db", db, "--json",
    )  # fmt: skip
    assert code == 0
    added = json.loads(out)["id"]
    steps = {c["id"]: c for c in _moscow(capsys, db)["next_steps"]}
    assert steps[added]["text"] == "Réunion de suivi à Bamako"
    code, out, _ = _run(capsys, "remove-demo", "--yes", "--db", db)
    assert code == 0
    _, out, _ = _run(capsys, "list", "meetings", "--db", db, "--json")
    assert json.loads(out) == []
    _run(capsys, "undo", "--db", db)
    _, out, _ = _run(capsys, "list", "meetings", "--db", db, "--json")
    assert len(json.loads(out)) >= 6


def test_show_prints_reported_speech_as_reported(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id = _moscow(capsys, db)["summary"]["id"]
    _, out, _ = _run(capsys, "show", "meeting", str(meeting_id), "--db", db)
    assert "Sergueï Lavrov a assuré que la Russie appuierait" in out
    assert "« la Russie" not in out


def test_help_lists_the_fields_of_each_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    out = capsys.readouterr().out
    assert "meeting: title, date" in out
    assert "speech (quote|reported)" in out
    assert "status (announced|in_progress|fulfilled|lapsed|unknown)" in out
