"""The layering rules of the README: no Qt below the UI, db/ independent of the app."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = [
    "db",
    "desktop_app/services",
    "desktop_app/ingest",
    "desktop_app/briefing",
    "desktop_app/cli",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py")) if (ROOT / folder).exists() else []


@pytest.mark.parametrize("folder", QT_FREE)
def test_no_qt_below_the_ui(folder: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _files(folder)
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert not offenders, offenders


def test_db_imports_nothing_from_the_app() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _files("db")
        for name in _imports(path)
        if name.split(".")[0] == "desktop_app"
    ]
    assert not offenders, offenders


def test_ui_calls_services_not_the_database() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _files("desktop_app/ui")
        for name in _imports(path)
        if name.split(".")[0] in {"sqlalchemy", "sqlite3", "db"}
    ]
    assert not offenders, offenders


def test_services_import_without_qt_loaded() -> None:
    """Importing every service in a fresh interpreter loads no Qt module."""
    import subprocess
    import sys

    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for folder in QT_FREE
        for p in _files(folder)
        if p.name != "__init__.py" and "migrations" not in p.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
