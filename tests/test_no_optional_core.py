"""Every module of Chancery is part of it: none is treated as optional, none is skipped if absent.

A missing module must fail loudly (an ImportError naming it), never turn into a menu that says
"not installed yet" or a test that quietly skips.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ("desktop_app", "db", "bench")
# ImportError handled on purpose: a declared dependency missing from a broken install gets a
# sentence saying to run `make setup`; a POSIX-only module on another platform.
# sqlcipher3 has its own loud message; resource and fcntl are POSIX only (the store lock falls
# back to msvcrt on Windows).
ALLOWED = {
    ("db/crypto.py", "sqlcipher3"),
    ("db/crypto.py", "resource"),
    ("desktop_app/services/store_lock.py", "'fcntl'"),
}
SCAFFOLDING = re.compile(r"not (?:installed|available|built|there) yet", re.IGNORECASE)


def _python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def _caught_imports(path: Path) -> list[str]:
    """The modules imported inside a ``try`` that catches ImportError or ModuleNotFoundError."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Try):
            continue
        names = {
            n.id
            for handler in node.handlers
            if handler.type is not None
            for n in ast.walk(handler.type)
            if isinstance(n, ast.Name)
        }
        if not names & {"ImportError", "ModuleNotFoundError"}:
            continue
        for inner in (n for stmt in node.body for n in ast.walk(stmt)):
            if isinstance(inner, ast.Import):
                found.extend(a.name for a in inner.names)
            elif isinstance(inner, ast.ImportFrom):
                found.append(inner.module or "")
            elif isinstance(inner, ast.Call) and "import_module" in ast.unparse(inner.func):
                found.append(ast.unparse(inner.args[0]) if inner.args else "?")
    return found


def test_no_module_of_ours_or_core_dependency_is_optional() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in _python_files(*CODE)
        for name in _caught_imports(path)
        if (path.relative_to(ROOT).as_posix(), name) not in ALLOWED
    ]
    assert not offenders, offenders


def test_no_test_skips_when_a_module_is_absent() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _python_files("tests")
        if "importorskip" in path.read_text(encoding="utf-8") and path != Path(__file__).resolve()
    ]
    assert not offenders, offenders


def test_no_message_says_a_part_is_not_there_yet() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in [*_python_files(*CODE), *sorted((ROOT / "resources").rglob("*.ts"))]
        if SCAFFOLDING.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
