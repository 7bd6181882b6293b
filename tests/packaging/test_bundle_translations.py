"""The bundle keeps Qt's own catalogue of each interface language (its dialogs' words)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

SPEC = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "chancery.spec"


def _kept_qt_translations() -> set[str]:
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "KEEP_QT_TRANSLATIONS" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"{SPEC} names no KEEP_QT_TRANSLATIONS")


def test_the_bundle_keeps_qtbase_of_each_interface_language() -> None:
    """desktop_app/ui/i18n.py loads qtbase_<language>.qm from Qt's translations folder; the
    spec trims that folder to what it names, so each must be named there (and exist)."""
    kept = _kept_qt_translations()
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in ("fr", "en"):
        name = f"qtbase_{language}.qm"
        assert name in kept
        assert (folder / name).is_file()
