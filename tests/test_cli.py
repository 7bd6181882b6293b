"""The command line: subcommands, --db/--json after them, and one-sentence errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_first_use_creates_the_store_with_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "new" / "chancery.db")
    code, out, _ = _run(capsys, "list", "meetings", "--db", db, "--json")
    assert code == 0
    meetings = json.loads(out)
    assert len(meetings) >= 6
    assert {"id", "title", "starts_on", "city", "parties"} <= set(meetings[0])


@pytest.mark.parametrize(
    ("query", "expected"),
    [("energetique", "énergétique"), ("oeuvre", "œuvre"), ("coop", "oopération")],
)
def test_search_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, expected: str
) -> None:
    code, out, _ = _run(capsys, "search", query, "--db", str(tmp_path / "s.db"))
    assert code == 0
    assert expected in out


def test_show_meeting_json_and_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    _, out, _ = _run(capsys, "list", "meetings", "--db", db, "--json")
    meeting_id = next(mt["id"] for mt in json.loads(out) if mt["starts_on"] == "2025-04-03")
    code, out, _ = _run(capsys, "show", "meeting", str(meeting_id), "--db", db, "--json")
    detail = json.loads(out)
    assert code == 0
    assert detail["summary"]["city"] == "Moscou"
    assert all(c["anchor"]["exact"] for c in detail["commitments"])
    code, out, _ = _run(capsys, "show", "meeting", str(meeting_id), "--db", db)
    assert "Sergueï Lavrov (RU), co_chair" in out


def test_annotate_then_find_the_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = _run(
        capsys,
        "annotate",
        "meeting:1",
        "--text",
        "Suivi du barrage hydroélectrique",
        "--tag",
        "énergie",
        "--include-in-brief",
        "--db",
        db,
        "--json",
    )
    assert code == 0 and json.loads(out)["include_in_brief"] is True
    _, out, _ = _run(capsys, "search", "hydroelectrique", "--db", db)
    assert "annotation" in out
    _, out, _ = _run(capsys, "tags", "--db", db)
    assert "énergie" in out


def test_list_commitments_and_actors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    code, out, _ = _run(capsys, "list", "commitments", "--theme", "energy", "--db", db, "--json")
    assert code == 0 and all(c["theme"] == "energy" for c in json.loads(out))
    code, out, _ = _run(capsys, "list", "actors", "--db", db)
    assert "Sergueï Lavrov" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "meeting", "9999"], "no meeting 9999"),
        (["annotate", "planet:1", "--text", "x"], "KIND:ID"),
        (["annotate", "meeting:9999", "--text", "x"], "no meeting 9999"),
    ],
)
def test_errors_are_one_sentence_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, *argv, "--db", str(tmp_path / "s.db"))
    assert code != 0
    assert message in err and err.count("\n") == 1 and err.startswith("chancery: ")


def test_a_folder_as_db_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "list", "meetings", "--db", str(tmp_path))
    assert code == 1 and "is a folder" in err


def test_main_py_runs_the_same_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "list", "meetings", "--db", str(tmp_path / "m.db"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 6


CORPUS = ROOT / "tests" / "corpus"


def _malformed_docx(path: Path) -> Path:
    """A Word file whose main part is not well-formed XML (lxml's XMLSyntaxError)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    return path


def test_a_malformed_docx_is_one_sentence_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    bad = _malformed_docx(tmp_path / "bad.docx")
    good = CORPUS / "en-02-readout-numbered.txt"
    code, out, err = _run(capsys, "import", str(bad), str(good), "--confirm", "--db", db)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("chancery: bad.docx is a damaged")
    assert "Imported en-02-readout-numbered.txt" in out


def test_import_json_with_confirm_is_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    good = CORPUS / "en-02-readout-numbered.txt"
    code, out, err = _run(capsys, "import", str(good), "--confirm", "--json", "--db", db)
    assert code == 0, err
    [outcome] = json.loads(out)
    assert outcome["status"] == "imported" and outcome["path"] == str(good)


def test_a_folder_imports_its_documents_and_those_of_its_subfolders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "dossier"
    (folder / "2025" / "avril").mkdir(parents=True)
    (folder / ".cache").mkdir()
    for name, where in (
        ("fr-01-communique-tirets.txt", folder),
        ("en-02-readout-numbered.txt", folder / "2025" / "avril"),
        ("fr-03-prose.txt", folder / ".cache"),  # hidden: left out
    ):
        (where / name).write_bytes((CORPUS / name).read_bytes())
    (folder / "photo.png").write_bytes(b"\x89PNG")
    code, out, err = _run(capsys, "import", str(folder), "--db", str(tmp_path / "s.db"))
    assert code == 0, err
    assert out.count("Imported ") == 2
    assert "en-02-readout-numbered.txt" in out and "fr-03" not in out


def test_a_folder_with_nothing_to_import_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vide"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "photo.png").write_bytes(b"\x89PNG")
    code, out, err = _run(capsys, "import", str(folder), "--db", str(tmp_path / "s.db"))
    assert code == 1 and out == ""
    assert err.startswith("chancery: the folder vide holds no .txt") and err.count("\n") == 1


def test_a_file_name_with_a_newline_stays_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    bad = tmp_path / "rapport\nfinal.txt"
    bad.write_bytes(b"")
    good = tmp_path / "note\nde synthese.txt"
    good.write_bytes((CORPUS / "en-02-readout-numbered.txt").read_bytes())
    code, out, err = _run(capsys, "import", str(bad), str(good), "--db", db)
    assert code == 1
    assert err == "chancery: rapport\\nfinal.txt is empty: there is nothing to import.\n"
    assert out.count("\n") == 1 and "note\\nde synthese.txt" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_import_of_several_files_shows_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    files = [str(CORPUS / n) for n in ("fr-01-communique-tirets.txt", "fr-03-prose.txt")]
    code = main(["import", *files, "--db", str(tmp_path / "s.db")])
    assert code == 0
    drawn = terminal.getvalue()
    assert "Importing [" in drawn and "fr-03-prose.txt" in drawn
    assert drawn.endswith("\n") and " 100% " in drawn
    assert capsys.readouterr().out.count("Imported ") == 2
