"""``chancery export`` / ``brief``, ``briefs`` and ``levels`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from briefpdf import AES_RUSSIA, all_text

from desktop_app.cli import main


def test_export_writes_the_note_and_briefs_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out = str(tmp_path / "s.db"), tmp_path / "note.pdf"
    code = main(
        [
            "export",
            "--meeting",
            str(AES_RUSSIA),
            "--db",
            db,
            "--out",
            str(out),
            "--lang",
            "en",
            "--classification",
            "restricted",
            "--talking-point",
            "Raise R&D <b>funding</b>",
            "--title",
            "AES & Russia",
            "--draft",
            "--date",
            "2026-11-29",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert "written to" in capsys.readouterr().out
    text = all_text(pypdf.PdfReader(out))
    assert "Raise R&D <b>funding</b>" in text and "RESTRICTED" in text and "DRAFT" in text
    assert main(["briefs", "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["title"] == "AES & Russia" and rows[0]["classification"] == "RESTRICTED"
    assert main(["briefs", "--db", db, "--changes", str(rows[0]["id"])]) == 0
    assert "nothing has changed" in capsys.readouterr().out


def test_brief_alias_with_positional_ids_actor_and_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["brief", "5", "4", "--db", db, "--out", str(tmp_path / "a.pdf")]) == 0
    assert (
        main(
            [
                "export",
                "--actor",
                "Russie",
                "--since",
                "2024-06-01",
                "--db",
                db,
                "--out",
                str(tmp_path / "b.pdf"),
                "--no-annotations",
            ]
        )
        == 0
    )
    assert (
        main(["export", "--query", "nucléaire", "--db", db, "--out", str(tmp_path / "c.pdf")]) == 0
    )
    text = all_text(pypdf.PdfReader(tmp_path / "c.pdf"))
    assert "AES–Russie" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["5", "--classification", "TOPSECRET"], "not a classification level"),
        (["999"], "no meeting 999"),
        (["--actor", "Nobody"], "No actor is called"),
        (["--query", "zzzzqqq"], "No meeting matches"),
        ([], "name the meetings"),
    ],
)
def test_bad_input_is_one_sentence_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    out = tmp_path / "x.pdf"
    code = main(["export", *args, "--db", str(tmp_path / "s.db"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("chancery: ") and words in err
    assert err.count("\n") == 1 and not out.exists()


def test_levels_lists_the_default_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["levels", "--db", str(tmp_path / "s.db")]) == 0
    out = capsys.readouterr().out
    assert "DIFFUSION RESTREINTE" in out and "classification.json" in out


def test_an_emoji_builds_with_a_warning_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "note.pdf"
    args = ["export", str(AES_RUSSIA), "--db", str(tmp_path / "s.db"), "--out", str(out)]
    code = main([*args, "--lang", "en", "--talking-point", "Cheers 🙂", "--json"])
    captured = capsys.readouterr()
    assert code == 0 and out.exists()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chancery: warning: ")
    assert "U+1F642" in lines[0] and "Talking points" in lines[0]
    assert json.loads(captured.out)["replaced"][0]["where"] == "Talking points"
    assert "Cheers \ufffd" in all_text(pypdf.PdfReader(out))


def test_a_bad_colour_in_the_classification_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "classification.json"
    settings.write_text('{"levels": [{"keyword": "PUBLIC", "color": "reddish"}]}')
    monkeypatch.setenv("CHANCERY_CLASSIFICATION_FILE", str(settings))
    out = tmp_path / "note.pdf"
    code = main(["export", str(AES_RUSSIA), "--db", str(tmp_path / "s.db"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and str(settings) in err and '"color"' in err
    assert not out.exists()
