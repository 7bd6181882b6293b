"""No private name of a third-party package is imported or used (ReportLab, SQLAlchemy, Qt…)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("desktop_app", "db", "bench")
OURS = {"desktop_app", "db", "bench", "tests", "main"}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _third_party(module: str) -> bool:
    top = module.split(".")[0]
    return bool(top) and top not in OURS and top not in sys.stdlib_module_names


def offences(source: str, where: str = "<source>") -> list[str]:
    """Each use of a third-party private name in ``source``: ``from x import _y``,
    ``import x._y``, and ``name._y`` where ``name`` was bound by importing from a package."""
    tree = ast.parse(source)
    found: list[str] = []
    bound: set[str] = set()  # local names bound to something of a third-party package
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if not _third_party(alias.name):
                    continue
                if any(_private(part) for part in alias.name.split(".")):
                    found.append(f"{where}:{node.lineno} imports {alias.name}")
                bound.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if not _third_party(node.module):
                continue
            if any(_private(part) for part in node.module.split(".")):
                found.append(f"{where}:{node.lineno} imports from {node.module}")
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{where}:{node.lineno} imports {alias.name} from {node.module}")
                bound.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            root: ast.expr = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in bound:
                found.append(f"{where}:{node.lineno} uses {ast.unparse(node)}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "from reportlab.platypus.paragraph import _HSFrag",
        "from reportlab.lib import _rl_accel as fast",
        "import reportlab.platypus._x",
        "from reportlab.platypus import paragraph\nparagraph._splitLongWordCount(1)",
        "import sqlalchemy as sa\nsa.orm._private.thing",
        "from PySide6 import QtCore\nQtCore.QObject._x",
    ],
)
def test_the_scan_finds_a_private_name(source: str) -> None:
    assert offences(source)


@pytest.mark.parametrize(
    "source",
    [
        "import argparse\nx: argparse._SubParsersAction",  # the standard library's own
        "from desktop_app.services import offload\noffload._unwrap(())",  # our own modules
        "import reportlab\nreportlab.__version__",  # dunder names are public
        "from reportlab.platypus import Paragraph\np = Paragraph('x')\np._private",  # an object
    ],
)
def test_the_scan_leaves_public_and_own_names(source: str) -> None:
    assert offences(source) == []


def test_no_private_name_of_a_dependency_is_used() -> None:
    found = [
        offence
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*.py"))
        for offence in offences(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not found, found
