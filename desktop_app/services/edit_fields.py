"""The fields of each kind of record, and the checking of values typed for them.

The command line's help and the window's edit dialogs are built from FIELDS; a value is
checked against the store's vocabulary (domain.vocabulary) and a bad one gets one sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import models as m
from desktop_app.services.addresses import is_address
from desktop_app.services.store import StoreError
from domain.vocabulary import (
    ActorKind,
    CommitmentKind,
    DatePrecision,
    Reliability,
    Role,
    SourceKind,
    SpeechKind,
    Status,
    Theme,
    values_of,
)

THEMES = values_of(Theme)
PRECISIONS = values_of(DatePrecision)


class CodedError(StoreError):
    """A refusal with a code and its arguments beside the English sentence, so that the
    window can say it in the reader's language (desktop_app/ui/editing/errors.py)."""

    def __init__(self, message: str, code: str = "", **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class InvalidEdit(CodedError):
    """A kind, field or value the store cannot take; the message says what is allowed."""


@dataclass(frozen=True)
class Field:
    name: str  # as typed on the command line: place=Bonn
    kind: str  # text | longtext | date | precision | choice | int | iso2 | actor | actors | list
    # | url | choices (several keys of ``choices``, comma-separated)
    label: str
    column: str | None = None  # the column it sets; None for the fields computed below
    choices: tuple[str, ...] = ()
    required: bool = False
    help: str = ""


_F = Field
FIELDS: dict[str, tuple[Field, ...]] = {
    "meeting": (
        _F("title", "text", "Title", "title", required=True),
        _F("date", "date", "Date", "starts_on", help="1997-07-03, or 1997-07 / 1997"),
        _F("end_date", "date", "End date", "ends_on"),
        _F(
            "precision",
            "choice",
            "Date precision",
            "date_precision",
            values_of(DatePrecision),
            True,
        ),
        _F("place", "text", "Place (city)", "city"),
        _F("country", "iso2", "Country", "country_iso2", help="two letters: ML, FR…"),
        _F("format", "text", "Format", "format", required=True),
        _F("session", "int", "Session number", "session_number"),
        _F("recurrence", "text", "Recurrence", "recurrence"),
        _F("summary", "longtext", "Summary", "summary"),
        _F("parties", "actors", "Parties", help="names or actor:ID, separated by commas"),
    ),
    "participation": (
        _F("person", "actor", "Person", "actor_id", required=True),
        _F("role", "choice", "Role", "role", values_of(Role), True),
        _F("office", "text", "Office", help="the post the person holds (kept on the actor)"),
        _F("country", "iso2", "Country", help="the person's country (kept on the actor)"),
        _F("note", "text", "Note", "note"),
    ),
    "commitment": (
        _F("text", "longtext", "Text", "text", required=True),
        _F("kind", "choice", "Kind", "kind", values_of(CommitmentKind), True),
        _F("theme", "choice", "Theme", "theme", THEMES),
        _F(
            "also_themes",
            "choices",
            "Other themes",
            "also_themes",
            THEMES,
            help="themes separated by commas: energy, trade",
        ),
        _F("committed_by", "actors", "Committed by", help="names or actor:ID, comma-separated"),
        _F("due", "date", "Due date", "due_on", help="2025-12-31, or 2025-12 / 2025"),
        _F(
            "due_precision",
            "choice",
            "Due date precision",
            "due_precision",
            values_of(DatePrecision),
        ),
        _F("status", "choice", "Status", "status", values_of(Status), True),
        _F("evidence", "longtext", "Evidence", "evidence"),
    ),
    "statement": (
        _F("speaker", "actor", "Speaker", "speaker_id"),
        _F("as_written", "text", "Speaker as written", "speaker_as_written"),
        _F("text", "longtext", "Text", "text", required=True),
        _F("speech", "choice", "Quote or reported", "speech", values_of(SpeechKind), True),
        _F("verb", "text", "Verb", "verb"),
    ),
    "actor": (
        _F("name", "text", "Name", "name", required=True),
        _F("aliases", "list", "Aliases", help="separated by semicolons"),
        _F("kind", "choice", "Kind", "kind", values_of(ActorKind), True),
        _F("country", "iso2", "Country", "iso2"),
        _F("office", "text", "Office", "title"),
        _F("affiliation", "actor", "Belongs to", "affiliation_id"),
    ),
    "source": (
        _F("title", "text", "Title", "title", required=True),
        _F("outlet", "text", "Outlet", "publisher"),
        _F("date", "date", "Date", "published_on", help="the day it was published: 2025-04-03"),
        _F("address", "url", "Address", "address", help="where it was found: https://…"),
        _F("kind", "choice", "Kind", "kind", values_of(SourceKind), True),
        _F("reliability", "choice", "Reliability", "reliability", values_of(Reliability), True),
        _F("language", "text", "Language", "language", required=True),
    ),
    "note": (),
}
# The store's table for each kind a user names; the item kinds all live in "commitment".
TABLE_OF = {k: k for k in FIELDS} | {"note": "annotation"}
KIND_ALIASES = {
    "item": "commitment",
    "principle": "commitment",
    "position": "commitment",
    "next_step": "commitment",
    "next-step": "commitment",
    "annotation": "note",
}
KINDS = tuple(FIELDS)


def parse_ref(value: str) -> tuple[str, int]:
    """``KIND:ID`` (``meeting:5``, ``principle:12``) as (kind, id), or one sentence why not."""
    raw_kind, sep, raw_id = value.partition(":")
    kind = KIND_ALIASES.get(raw_kind.strip().lower(), raw_kind.strip().lower())
    if not sep or kind not in FIELDS or not raw_id.strip().isdigit():
        raise InvalidEdit(
            f"'{value}' names no record: write KIND:ID, KIND being one of {', '.join(KINDS)}.",
            "no_record", raw=value, choices=", ".join(KINDS),
        )  # fmt: skip
    return kind, int(raw_id)


def field_names(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS[kind])


def field_of(kind: str, name: str) -> Field:
    for f in FIELDS[kind]:
        if f.name == name or (name == "parties" and f.name == "committed_by"):
            return f
    names = ", ".join(field_names(kind)) or "none (it can only be deleted)"
    raise InvalidEdit(f"'{name}' is not a field of a {kind}; its fields are: {names}.",
                      "not_a_field", raw=name, kind=kind, choices=names)  # fmt: skip


# --- values ----------------------------------------------------------------------------------

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?$")


def parse_date(name: str, raw: str) -> tuple[dt.date | None, str | None]:
    """A date and its precision: 2025-03-04 (day), 2025-03 (month), 2025 (year), or empty."""
    raw = raw.strip()
    if not raw:
        return None, None
    try:
        return dt.date.fromisoformat(raw), "day"
    except ValueError:
        pass
    match = _PARTIAL_DATE.match(raw)
    if match and (match.group(2) is None or 1 <= int(match.group(2)) <= 12):
        month = int(match.group(2) or 1)
        return dt.date(int(match.group(1)), month, 1), "month" if match.group(2) else "year"
    raise InvalidEdit(f"'{raw}' is not a {name}: write it 2025-03-04, 2025-03 or 2025.",
                      "bad_date", raw=raw, field=name)  # fmt: skip


def _parse_day(raw: str) -> tuple[dt.date | None, str | None]:
    """A source's publication date: one day, since relative dates ("jeudi") are read from it."""
    date, precision = parse_date("date", raw)
    if precision != "day":
        raise InvalidEdit(f"'{raw}' is not a day: write the publication date 2025-04-03.",
                          "not_a_day", raw=raw)  # fmt: skip
    return date, precision


def _parse_address(raw: str) -> str:
    if not is_address(raw):
        raise InvalidEdit(
            f"'{raw}' is not an address: write the whole address, starting with https://.",
            "bad_address", raw=raw,
        )  # fmt: skip
    return raw


def _split(raw: str) -> list[str]:
    sep = ";" if ";" in raw else ","
    return [part.strip() for part in raw.split(sep) if part.strip()]


def find_actor(session: Session, raw: str, field: str = "actor") -> int:
    """An actor's id from ``actor:ID``, an id, or its exact name or alias (any case)."""
    raw = raw.strip()
    digits = raw.partition(":")[2] if raw.lower().startswith("actor:") else raw
    if digits.isdigit():
        if session.get(m.Actor, int(digits)) is None:
            raise InvalidEdit(f"There is no actor {digits} for the {field}.", "no_actor_id",
                              raw=digits, field=field)  # fmt: skip
        return int(digits)
    folded = raw.casefold()
    ids = set(
        session.scalars(
            select(m.Actor.id).where(
                or_(
                    func.lower(m.Actor.name) == folded,
                    m.Actor.id.in_(
                        select(m.ActorAlias.actor_id).where(
                            func.lower(m.ActorAlias.alias) == folded
                        )
                    ),
                )
            )
        )
    )
    if len(ids) == 1:
        return ids.pop()
    if not ids:
        raise InvalidEdit(
            f"No actor is called '{raw}' (the {field}): give its exact name, an alias or actor:ID.",
            "no_actor_named", raw=raw, field=field,
        )  # fmt: skip
    listed = ", ".join(f"actor:{i}" for i in sorted(ids))
    raise InvalidEdit(f"'{raw}' (the {field}) names several actors ({listed}): give actor:ID.",
                      "several_actors", raw=raw, field=field, choices=listed)  # fmt: skip


def _choice(kind: str, f: Field, raw: str) -> str:
    """One key of ``f.choices`` as typed (any case, spaces or hyphens for underscores)."""
    value = raw.lower().replace(" ", "_").replace("-", "_")
    if value not in f.choices:
        what = f"allowed in the {f.name}" if f.kind == "choices" else f"a {f.name}"
        raise InvalidEdit(
            f"'{raw}' is not {what} of a {kind}; use one of: {', '.join(f.choices)}.",
            "bad_choice", raw=raw, field=f.name, kind=kind, choices=", ".join(f.choices),
        )  # fmt: skip
    return value


def parse_value(session: Session, kind: str, f: Field, raw: str) -> Any:
    """The stored value of ``f`` written ``raw``; InvalidEdit names the field and what it takes."""
    raw = raw.replace("\x00", "").strip()
    if not raw:
        if f.required:
            raise InvalidEdit(f"The {f.name} of a {kind} cannot be empty.", "empty",
                              field=f.name, kind=kind)  # fmt: skip
        return [] if f.kind in ("actors", "list", "choices") else None
    if f.kind in ("text", "longtext"):
        return raw
    if f.kind == "date":
        return _parse_day(raw) if kind == "source" else parse_date(f.name, raw)
    if f.kind == "url":
        return _parse_address(raw)
    if f.kind == "choice":
        return _choice(kind, f, raw)
    if f.kind == "choices":
        return list(dict.fromkeys(_choice(kind, f, part) for part in _split(raw)))
    if f.kind == "int":
        if not raw.isdigit():
            raise InvalidEdit(f"The {f.name} of a {kind} is a whole number, not '{raw}'.",
                              "not_a_number", raw=raw, field=f.name, kind=kind)  # fmt: skip
        return int(raw)
    if f.kind == "iso2":
        if not re.fullmatch(r"[A-Za-z]{2}", raw):
            raise InvalidEdit(f"'{raw}' is not a country: write its two-letter code (ML, FR, RU…).",
                              "bad_country", raw=raw)  # fmt: skip
        return raw.upper()
    if f.kind == "actor":
        return find_actor(session, raw, f.name)
    if f.kind == "actors":
        ids = [find_actor(session, part, f.name) for part in _split(raw)]
        return list(dict.fromkeys(ids))
    return list(dict.fromkeys(_split(raw)))  # list
