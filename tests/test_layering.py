"""Layering rules (docs/ARCHITECTURE.md): imports point down, no Qt below ui/, raw SQL in db/."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = [
    "domain",
    "db",
    "desktop_app/services",
    "desktop_app/ingest",
    "desktop_app/briefing",
    "desktop_app/cli",
]


# The layers, lowest first: a module may import its own layer's modules and lower ones only.
# ingest and briefing are side by side (neither imports the other), both above the reference
# data they share: the gazetteer (states, organisations, cities, offices in both languages)
# and the text folding it is looked up with. cli may start the window.
LAYERS: dict[str, int] = {
    "domain": 0,
    "db": 1,
    "desktop_app.resources": 1,
    "desktop_app.ingest.normalize": 2,
    "desktop_app.ingest.gazetteer": 3,
    "desktop_app.ingest": 4,
    "desktop_app.briefing": 4,
    "desktop_app.logging_setup": 5,
    "desktop_app.services": 6,
    "desktop_app.generator": 7,
    "desktop_app.ui": 8,
    "desktop_app.cli": 9,
    "desktop_app.app": 10,
}
_OURS = ("domain", "db", "desktop_app")


def _module_names(path: Path) -> set[str]:
    """The dotted names of our modules and the libraries a file could import: the targets of
    import statements, plus, in a file that uses importlib, every string naming a module
    (``importlib.import_module("db.search")`` or a tuple of names loaded later)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    strings: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if node.module in _OURS:  # from desktop_app import logging_setup
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.add(node.value)
    if "importlib" in names:
        names.update(s for s in strings if _names_a_module(s))
    return names


def _names_a_module(text: str) -> bool:
    if not text.replace(".", "").replace("_", "").isalnum() or " " in text:
        return False
    top = text.split(".")[0]
    if top in {"PySide6", "shiboken6", "sqlalchemy", "sqlite3"}:
        return True
    return top in _OURS and (ROOT / Path(*text.split("."))).with_suffix(".py").exists()


def _imports(path: Path) -> set[str]:
    return _module_names(path)


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    for size in (3, 2, 1):
        if ".".join(parts[:size]) in LAYERS:
            return ".".join(parts[:size])
    return None


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


def _all_files() -> list[tuple[str, Path]]:
    found = []
    for folder in ("domain", "db", "desktop_app"):
        for path in _files(folder):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            if "migrations" in path.parts:
                continue
            found.append((module, path))
    return found


def test_imports_point_down_the_layers() -> None:
    offenders = []
    for module, path in _all_files():
        own = _layer_of(module)
        if own is None:
            continue
        for name in _imports(path):
            target = _layer_of(name)
            if target is None or target == own:
                continue
            if LAYERS[target] >= LAYERS[own]:
                offenders.append(f"{path.relative_to(ROOT)} ({own}) imports {name} ({target})")
    assert not offenders, offenders


def test_the_import_check_sees_importlib_loads(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        'import importlib\n\ndef f():\n    return importlib.import_module("db.search")\n',
        encoding="utf-8",
    )
    assert "db.search" in _imports(sneaky)


def test_domain_is_plain_python() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _files("domain")
        for name in _imports(path)
        if name.split(".")[0] not in {"domain", "__future__"}
        and name.split(".")[0] not in sys.stdlib_module_names
    ]
    assert not offenders, offenders


# Talking to SQLite below SQLAlchemy's public surface is db/'s job alone.
RAW_SQL = ("exec_driver_sql", "driver_connection", "raw_connection")


def test_no_raw_sql_above_db() -> None:
    offenders = []
    for folder in ("domain", "desktop_app"):
        for path in _files(folder):
            if "sqlite3" in _imports(path):
                offenders.append(f"{path.relative_to(ROOT)} imports sqlite3")
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr in RAW_SQL:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} uses {node.attr}")
    assert not offenders, offenders


def _transactions_opened(source: str) -> list[str]:
    """Calls of ``<something store>.read()`` / ``.write()`` (a Session) in ``source``."""
    return [
        f"{node.lineno} {ast.unparse(node)}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"read", "write"}
        and "store" in ast.unparse(node.func.value).lower()
    ]


def test_the_window_never_opens_a_transaction_itself() -> None:
    """ui/ calls services; ``store.read()`` / ``store.write()`` (a Session) are theirs."""
    offenders = [
        f"{path.relative_to(ROOT)}:{hit}"
        for path in _files("desktop_app/ui")
        for hit in _transactions_opened(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders


def test_the_transaction_check_sees_a_session_opened_in_a_widget() -> None:
    widget = "def f(self):\n    with self.ctx.store.write() as session:\n        session.add(x)\n"
    assert _transactions_opened(widget) == ["2 self.ctx.store.write()"]
