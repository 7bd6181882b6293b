"""Classification levels: the default list, or a ministry's own from a JSON settings file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs
from reportlab.lib import colors

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
    """The ministry's levels (lowest first) if its settings file exists, else the defaults.

    The file is checked whole when read: a problem is one sentence naming the file and the
    field, never a failure later while a note is drawn.
    """
    path = path or settings_path()
    if not path.exists():
        return DEFAULT_LEVELS
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ClassificationError(
            f"The classification list {path} cannot be read ({exc.strerror}); "
            "check its permissions, or delete it to use the default levels."
        ) from exc
    except UnicodeDecodeError as exc:
        raise ClassificationError(
            f"The classification list {path} is not UTF-8 text; save it as UTF-8."
        ) from exc
    except json.JSONDecodeError as exc:
        raise ClassificationError(
            f"The classification list {path} is not valid JSON ({exc.msg} at line {exc.lineno}, "
            f"column {exc.colno}); write it like {EXAMPLE}, lowest level first."
        ) from exc
    entries = raw.get("levels") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ClassificationError(
            f'The classification list {path} needs a field "levels" listing at least one '
            f"level, lowest first, like {EXAMPLE}."
        )
    levels = tuple(_level(path, rank, entry) for rank, entry in enumerate(entries))
    keywords = [lv.keyword for lv in levels]
    twice = next((k for k in keywords if keywords.count(k) > 1), None)
    if twice is not None:
        raise ClassificationError(
            f"The classification list {path} names the keyword {twice} twice; "
            "give each level its own keyword."
        )
    return levels


def _level(path: Path, rank: int, entry: object) -> Marking:
    """One entry of the list, checked field by field."""
    where = f"The classification list {path}, level {rank + 1}"
    if not isinstance(entry, dict):
        raise ClassificationError(
            f'{where}, is not an object with a "keyword"; write it like {EXAMPLE}.'
        )
    for name in ("keyword", "en", "fr", "color"):
        value = entry.get(name)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ClassificationError(f'{where}: the field "{name}" must be non-empty text.')
    keyword = entry.get("keyword")
    if keyword is None:
        raise ClassificationError(f'{where}: the field "keyword" is missing.')
    colour = entry.get("color") or DEFAULT_LEVELS[min(rank, 3)].color
    try:
        # Any colour ReportLab reads (#rrggbb, a CSS name such as "red"), kept as #rrggbb.
        hex_colour = "#" + colors.toColor(colour).hexval()[2:]
    except ValueError as exc:
        raise ClassificationError(
            f'{where}: the field "color" is "{colour}", which is not a colour; '
            'write it as #rrggbb, for example "#8a5a00".'
        ) from exc
    return Marking(
        keyword=keyword.strip().upper(),
        en=entry.get("en") or keyword,
        fr=entry.get("fr") or entry.get("en") or keyword,
        rank=rank,
        color=hex_colour,
    )


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
