"""Every command's ``--json`` output is JSON: each subcommand of the parser has a case here."""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import build_parser, main
from tests.services.test_corroboration import FIRST, SECOND

CORPUS = Path(__file__).resolve().parent / "corpus"
PASSPHRASE = "correct horse battery staple, twice"


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[str]:
    """Every command line the parser runs a handler for ("list", "review accept"…)."""
    if prefix and parser.get_default("handler") is not None:
        yield " ".join(prefix)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from commands(child, (*prefix, name))


class Cli:
    """Runs commands on one store and parses their JSON."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def run(self, *argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db", str(self.db), "--json"])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> Any:
        code, out, err = self.run(*argv)
        assert code == 0, err
        return json.loads(out)

    def meeting(self) -> str:
        return str(self.json("list", "meetings")[0]["id"])

    def candidate(self, kind: str) -> str:
        """An imported candidate of ``kind``, importing a communiqué for it if needed."""
        found = [c for c in self.json("review") if c["kind"] == kind]
        if not found:
            self.json("import", str(CORPUS / "fr-07-communique.pdf"))
            found = [c for c in self.json("review") if c["kind"] == kind]
        return str(found[0]["id"])


def _encrypted(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    cli.json("encrypt")


def _rekey(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _encrypted(cli, monkeypatch)
    monkeypatch.setenv("CHANCERY_NEW_PASSPHRASE", PASSPHRASE + " and more")
    return ["rekey"]


def _decrypt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _encrypted(cli, monkeypatch)
    return ["decrypt"]


def _encrypt(_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("CHANCERY_PASSPHRASE", PASSPHRASE)
    return ["encrypt"]


def _restore(cli: Cli, _m: pytest.MonkeyPatch) -> list[str]:
    cli.json("backup")
    return ["restore", "latest"]


def _review(cli: Cli, _m: pytest.MonkeyPatch) -> list[str]:
    cli.candidate("commitment")  # something to list
    return ["review"]


def _edited(cli: Cli, _m: pytest.MonkeyPatch) -> list[str]:
    cli.json("edit", f"meeting:{cli.meeting()}", "place=Bonn")
    return ["undo"]


def _undone(cli: Cli) -> str:
    """The id of a change set just made and undone."""
    cli.json("edit", f"meeting:{cli.meeting()}", "place=Bonn")
    return str(cli.json("undo")["id"])


def _flagged(cli: Cli) -> str:
    """An imported commitment flagged "probably the same as #N" (two outlets, one meeting)."""
    for name, text, confirm in (("first.txt", FIRST, ["--confirm"]), ("second.txt", SECOND, [])):
        path = cli.db.parent / name
        path.write_text(text, encoding="utf-8")
        cli.json("import", str(path), *confirm)
    flagged = [c for c in cli.json("review") if c["probably_same_as"] and c["kind"] == "commitment"]
    return str(flagged[0]["id"])


def _tagged(cli: Cli) -> str:
    """A tag carried by a note."""
    cli.json("annotate", f"meeting:{cli.meeting()}", "--text", "Suivi", "--tag", "aes-suivi")
    return "aes-suivi"


def _two_meetings(cli: Cli, _m: pytest.MonkeyPatch) -> list[str]:
    first, second = (row["id"] for row in cli.json("list", "meetings")[:2])
    return ["merge", f"meeting:{first}", f"meeting:{second}"]


def _taken_offline(cli: Cli, _m: pytest.MonkeyPatch) -> list[str]:
    """A copy taken offline, with a note added in it."""
    trip = str(cli.db.with_name("trip.db"))
    cli.json("copy-out", "--to", trip, "--meeting", cli.meeting())
    assert main(["annotate", f"meeting:{cli.meeting()}", "--text", "En route", "--db", trip]) == 0
    cli.capsys.readouterr()
    return ["bring-back", trip]


def _conflict(cli: Cli) -> str:
    """A conflict: a commitment edited offline and in the store meanwhile."""
    trip = str(cli.db.with_name("trip.db"))
    first = cli.json("list", "commitments")[0]
    item = f"commitment:{first['id']}"
    cli.json("copy-out", "--to", trip, "--meeting", str(first["meeting_id"]))
    assert main(["edit", item, "evidence=mine", "--db", trip]) == 0
    cli.capsys.readouterr()
    cli.json("edit", item, "evidence=theirs")
    return str(cli.json("bring-back", trip)["conflicts"][0]["id"])


def _conflicts(cli: Cli, _m: pytest.MonkeyPatch) -> list[str]:
    _conflict(cli)
    return ["conflicts", "--all"]


def _export(command: str) -> Callable[[Cli, pytest.MonkeyPatch], list[str]]:
    return lambda cli, _m: [command, cli.meeting(), "--out", str(cli.db.with_suffix(".pdf"))]


# The command line under test for each command, made on a copy of the demo store (a case may
# first run other commands). A new command needs its case here: test_every_command_has_a_case.
CASES: dict[str, Callable[[Cli, pytest.MonkeyPatch], list[str]]] = {
    "list": lambda _c, _m: ["list", "commitments"],
    "show": lambda cli, _m: ["show", "meeting", cli.meeting()],
    "search": lambda _c, _m: ["search", "Moscou"],
    "demo": lambda _c, _m: ["demo"],
    "annotate": lambda cli, _m: ["annotate", f"meeting:{cli.meeting()}", "--text", "Suivi"],
    "notes": lambda _c, _m: ["notes"],
    "tags": lambda _c, _m: ["tags"],
    "import": lambda _c, _m: ["import", str(CORPUS / "en-02-readout-numbered.txt"), "--confirm"],
    "review": _review,
    "review accept": lambda c, _m: ["review", "accept", "commitment", c.candidate("commitment")],
    "review reject": lambda cli, _m: ["review", "reject", "statement", cli.candidate("statement")],
    "review accept-meeting": lambda cli, _m: ["review", "accept-meeting", cli.candidate("meeting")],
    "review edit": lambda cli, _m: [
        *("review", "edit", "commitment", cli.candidate("commitment"), "--text", "Texte corrigé")
    ],
    "backup": lambda _c, _m: ["backup"],
    "backups": lambda _c, _m: ["backups"],
    "restore": _restore,
    "check": lambda _c, _m: ["check"],
    "export": _export("export"),
    "brief": _export("brief"),
    "briefs": lambda _c, _m: ["briefs"],
    "levels": lambda _c, _m: ["levels"],
    "encrypt": _encrypt,
    "rekey": _rekey,
    "decrypt": _decrypt,
    "edit": lambda cli, _m: ["edit", f"meeting:{cli.meeting()}", "place=Bonn", "date=1997-07-03"],
    "add": lambda cli, _m: [
        *("add", "commitment", f"meeting:{cli.meeting()}", "text=Un engagement ajouté")
    ],
    "delete": lambda cli, _m: ["delete", f"meeting:{cli.meeting()}", "--yes"],
    "merge": _two_meetings,
    "history": lambda cli, _m: ["history", f"meeting:{cli.meeting()}"],
    "undo": _edited,
    "redo": lambda cli, _m: ["redo", _undone(cli)],
    "remove-demo": lambda _c, _m: ["remove-demo", "--yes"],
    "review merge": lambda cli, _m: ["review", "merge", "commitment", _flagged(cli)],
    "review keep-both": lambda cli, _m: ["review", "keep-both", "commitment", _flagged(cli)],
    "tag rename": lambda cli, _m: ["tag", "rename", _tagged(cli), "Suivi AES"],
    "tag merge": lambda cli, _m: ["tag", "merge", _tagged(cli), "--into", "autre"],
    "track": lambda cli, _m: [
        *("track", str(cli.json("list", "commitments")[0]["id"]), "--status", "fulfilled"),
        *("--reason", "Livraison constatée"),
    ],
    "migrate": lambda _c, _m: ["migrate"],
    "copy-out": lambda cli, _m: [
        *("copy-out", "--to", str(cli.db.with_name("trip.db")), "--meeting", cli.meeting())
    ],
    "bring-back": _taken_offline,
    "conflicts": _conflicts,
    "resolve": lambda cli, _m: ["resolve", _conflict(cli), "keep-theirs"],
}


def test_every_command_has_a_case() -> None:
    assert sorted(commands(build_parser())) == sorted(CASES)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["list", "meetings", "--db", str(path)]) == 0  # a first use: the demo
    return path


@pytest.mark.parametrize("command", sorted(CASES))
def test_json_output_parses(
    command: str,
    demo_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "store.db"
    shutil.copyfile(demo_store, db)
    cli = Cli(db, capsys)
    capsys.readouterr()
    argv = CASES[command](cli, monkeypatch)
    code, out, err = cli.run(*argv)
    assert code == 0, err
    assert err == ""
    data = json.loads(out)
    assert data is not None
