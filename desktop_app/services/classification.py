"""Classification levels: the default list, or a ministry's own from a JSON settings file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

from desktop_app.briefing.content import Marking
from desktop_app.services.store import APP_NAME, StoreError

SETTINGS_FILE = "classification.json"
ENV_FILE = "CHANCERY_CLASSIFICATION_FILE"

# Lowest first. Colours follow the common convention (green, amber, blue, red).
DEFAULT_LEVELS: tuple[Marking, ...] = (
    Marking("UNCLASSIFIED", "UNCLASSIFIED", "NON CLASSIFIÉ", 0, "#1b5e20"),
    Marking("RESTRICTED", "RESTRICTED", "DIFFUSION RESTREINTE", 1, "#8a5a00"),
    Marking("CONFIDENTIAL", "CONFIDENTIAL", "CONFIDENTIEL", 2, "#0d3c84"),
    Marking("SECRET", "SECRET", "SECRET", 3, "#b71c1c"),
)
EXAMPLE = (
    '{"levels": [{"keyword": "PUBLIC", "en": "PUBLIC", "fr": "PUBLIC"}, '
    '{"keyword": "INTERNAL", "en": "INTERNAL USE", "fr": "USAGE INTERNE", "color": "#8a5a00"}]}'
)


class ClassificationError(StoreError):
    """A level or a list of levels that cannot be used; the message says what to fix."""


def settings_path() -> Path:
    """$CHANCERY_CLASSIFICATION_FILE, else classification.json in the user config folder."""
    explicit = os.environ.get(ENV_FILE)
    if explicit:
        return Path(explicit).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


def load_levels(path: Path | None = None) -> tuple[Marking, ...]:
    """The ministry's levels (lowest first) if its settings file exists, else the defaults."""
    path = path or settings_path()
    if not path.exists():
        return DEFAULT_LEVELS
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        entries = raw["levels"]
        levels = tuple(
            Marking(
                keyword=str(e["keyword"]).strip().upper(),
                en=str(e.get("en") or e["keyword"]),
                fr=str(e.get("fr") or e.get("en") or e["keyword"]),
                rank=rank,
                color=str(e.get("color") or DEFAULT_LEVELS[min(rank, 3)].color),
            )
            for rank, e in enumerate(entries)
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ClassificationError(
            f"The classification list {path} cannot be read ({exc}); write it like {EXAMPLE}, "
            "lowest level first, or delete it to use the default levels."
        ) from exc
    if not levels or len({lv.keyword for lv in levels}) != len(levels):
        raise ClassificationError(
            f"The classification list {path} needs at least one level and distinct keywords."
        )
    return levels


def find_level(levels: tuple[Marking, ...], value: str) -> Marking | None:
    """The level named by its keyword or its printed words (any case), or None."""
    wanted = value.strip().casefold()
    for level in levels:
        if wanted in (level.keyword.casefold(), level.en.casefold(), level.fr.casefold()):
            return level
    return None


def level_named(levels: tuple[Marking, ...], value: str) -> Marking:
    level = find_level(levels, value)
    if level is None:
        names = ", ".join(lv.keyword for lv in levels)
        raise ClassificationError(f"'{value}' is not a classification level; use one of {names}.")
    return level
