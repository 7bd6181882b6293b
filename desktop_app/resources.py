"""Where the shipped resources (demo dossier, gazetteer, translations, fonts) are found."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    path = RESOURCES / relative
    if not path.exists():
        raise FileNotFoundError(f"Chancery's resource {relative} is missing from {RESOURCES}.")
    return path
