"""A command imports what it runs: `chancery search` loads no Qt, ReportLab or import pipeline."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import COMMAND_HOMES, COMMAND_MODULES, common_options, main, modules_for
from desktop_app.generator import dossier as generator
from desktop_app.services.store import Store

ROOT = Path(__file__).resolve().parent.parent

# Loaded by a search or a show, these would cost their import time at every such command:
# the window's toolkit, the PDF library, the date parser and readers of the import pipeline,
# Alembic (a store at the head revision is read without it), the generator, editing and
# history, and PostgreSQL's dialect for a file store.
NEVER_FOR_A_READ = (
    "PySide6",
    "shiboken6",
    "reportlab",
    "dateparser",
    "alembic",
    "psycopg",
    "sqlalchemy.dialects.postgresql",
    "desktop_app.ui",
    "desktop_app.briefing",
    "desktop_app.ingest",
    "desktop_app.generator",
    "desktop_app.services.importing",
    "desktop_app.services.editing",
    "desktop_app.services.history",
    "desktop_app.services.annotations",
)

_CHILD = """
import json, sys
from desktop_app.cli import main
code = main(sys.argv[2:])
from db import models
out = {"code": code, "modules": sorted(sys.modules),
       "mappers_configured": models.Meeting.__mapper__.configured}
with open(sys.argv[1], "w", encoding="utf-8") as handle:
    json.dump(out, handle)
"""


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "small.db"
    with Store.open(path) as store:
        generator.generate(store, 0.002)
    return path


def _run_child(tmp_path: Path, *argv: str) -> dict[str, object]:
    report = tmp_path / "modules.json"
    subprocess.run(
        [sys.executable, "-c", _CHILD, str(report), *argv],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    loaded: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize(
    "command", [("search", "Mali"), ("show", "meeting", "1"), ("search", "coop", "--json")]
)
def test_a_read_command_imports_only_what_it_runs(
    small_store: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    loaded = _run_child(tmp_path, "--db", str(small_store), *command)
    assert loaded["code"] == 0
    modules = loaded["modules"]
    assert isinstance(modules, list)
    found = sorted(
        name
        for name in modules
        if any(name == p or name.startswith(p + ".") for p in NEVER_FOR_A_READ)
    )
    assert found == []


def test_a_search_leaves_the_orm_mappers_unconfigured(small_store: Path, tmp_path: Path) -> None:
    # A search reads columns, loads no object: configuring every mapper would cost it 0.1 s.
    loaded = _run_child(tmp_path, "--db", str(small_store), "search", "Mali")
    assert loaded["code"] == 0 and loaded["mappers_configured"] is False


def test_the_command_table_names_the_module_that_registers_each_command() -> None:
    for module in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub, common_options())
        assert {k for k, v in COMMAND_HOMES.items() if v == module} <= set(sub.choices), module
        for name in sub.choices:
            assert COMMAND_HOMES.get(name, module) == module, name


def test_a_command_builds_its_own_module_only() -> None:
    assert modules_for(["search", "Mali"]) == ("desktop_app.cli.browse_cmds",)
    assert modules_for(["--db", "x.db", "show", "meeting", "1"]) == ("desktop_app.cli.browse_cmds",)
    assert modules_for(["--db=x.db", "track", "3"]) == ("desktop_app.cli.tracking_cmds",)
    assert modules_for(["--version"]) == ()
    # Help, an unknown command (a module not in the table yet) and no argv: every module.
    for argv in (["--help"], ["frobnicate"], ["--db", "x.db"], None):
        assert modules_for(argv) == COMMAND_MODULES


def test_a_command_missing_from_the_table_still_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A module added to COMMAND_MODULES without its table entries: found by registering all.
    monkeypatch.delitem(COMMAND_HOMES, "levels")
    assert main(["levels", "--db", str(tmp_path / "s.db"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0 and capsys.readouterr().out.strip() == f"chancery {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    helped = capsys.readouterr().out
    assert all(name in helped for name in ("search", "track", "migrate", "encrypt", "annotate"))
    with pytest.raises(SystemExit) as exited:
        main(["frobnicate"])
    assert exited.value.code == 2 and "invalid choice: 'frobnicate'" in capsys.readouterr().err
