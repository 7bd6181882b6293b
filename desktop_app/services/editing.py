"""Correcting the record: edit any field, add and delete records; every change is recorded.

Each record kind has a list of fields (FIELDS) that the command line's help and the window's
edit dialogs are built from. Values arrive as text, are checked against the store's
vocabularies, and are written by a history.Recorder, so each action can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import concurrency
from db import models as m
from desktop_app.services import convert
from desktop_app.services.browse import NotFound
from desktop_app.services.edit_fields import (
    FIELDS,
    KIND_ALIASES,
    KINDS,
    TABLE_OF,
    Field,
    InvalidEdit,
    field_names,
    field_of,
    parse_ref,
    parse_value,
)
from desktop_app.services.history import Recorder
from desktop_app.services.store import EditConflict, Store
from domain.vocabulary import CommitmentKind, Status, values_of

__all__ = ["FIELDS", "KINDS", "EditResult", "InvalidEdit", "parse_ref", "edit", "add", "delete"]

_NAMED = {"meeting": "title", "commitment": "text", "statement": "text", "actor": "name",
          "source": "title", "note": "body", "participation": "role"}  # fmt: skip


@dataclass(frozen=True)
class EditResult:
    change_set_id: int | None  # None: nothing changed
    kind: str
    id: int
    label: str
    changed: tuple[str, ...]
    version: int | None = None  # the record's row_version after the edit (a team store's check)


# --- reading a record's fields (for the dialogs and the CLI) --------------------------------


def current_values(store: Store, kind: str, record_id: int) -> dict[str, str]:
    """The fields of one record as text, as an edit dialog shows them."""
    return values_and_version(store, kind, record_id)[0]


def values_and_version(
    store: Store, kind: str, record_id: int
) -> tuple[dict[str, str], int | None]:
    """The fields of one record as text and its row_version, read together: the version an
    edit made from these values gives back to ``edit(expected_version=…)``."""
    with store.read() as session:
        row = _get(session, kind, record_id)
        out = {f.name: _as_text(session, kind, row, f) for f in FIELDS[kind]}
        return out, getattr(row, "row_version", None)


def _as_text(session: Session, kind: str, row: Any, f: Field) -> str:
    if f.name == "parties" and kind == "meeting":
        return ", ".join(p.actor.name for p in _party_rows(row))
    if f.name == "committed_by":
        return ", ".join(p.actor.name for p in row.parties if p.role == "committing")
    if f.name == "aliases":
        return "; ".join(a.alias for a in row.aliases)
    if f.kind == "choices":  # stored "energy,trade"
        return ", ".join(convert.themes_of(getattr(row, f.column or "")))
    if kind == "participation" and f.name in ("office", "country"):
        actor = row.actor
        value = actor.title if f.name == "office" else convert.actor_country(actor)
        return value or ""
    assert f.column is not None
    value = getattr(row, _attr(f.column))
    if f.kind == "actor":
        return "" if value is None else session.get(m.Actor, value).name  # type: ignore[union-attr]
    if isinstance(value, dt.date):
        precision = _precision_of(kind, row, f)
        if precision == "year":
            return f"{value.year}"
        if precision == "month":
            return f"{value.year}-{value.month:02d}"
        return value.isoformat()
    return "" if value is None else str(value)


def _precision_of(kind: str, row: Any, f: Field) -> str | None:
    if kind == "meeting" and f.name == "date":
        return str(row.date_precision)
    if kind == "commitment":
        return row.due_precision
    return "day"


def _attr(column: str) -> str:
    return "end" if column == "end_" else column


_MODELS: dict[str, type[Any]] = {
    "meeting": m.Meeting,
    "participation": m.Participation,
    "commitment": m.Commitment,
    "statement": m.Statement,
    "actor": m.Actor,
    "source": m.Source,
    "note": m.Annotation,
}


def _get(session: Session, kind: str, record_id: int) -> Any:
    if kind not in _MODELS:
        raise InvalidEdit(f"'{kind}' is not a kind of record; use one of: {', '.join(KINDS)}.")
    row = session.get(_MODELS[kind], record_id)
    if row is None or (kind == "note" and row.deleted_at is not None):
        raise NotFound(f"There is no {kind} {record_id} in this store.")
    return row


def exists(store: Store, kind: str, record_id: int) -> bool:
    with store.read() as session:
        try:
            _get(session, KIND_ALIASES.get(kind, kind), record_id)
        except NotFound:
            return False
        return True


def _party_rows(meeting: m.Meeting) -> list[m.Participation]:
    """A meeting's parties: its states and organisations (people are its participants)."""
    return [p for p in meeting.participations if p.actor.kind != "person"]


def record_label(kind: str, record_id: int, words: str) -> str:
    """A record as change labels and messages name it: kind, id and its first words."""
    return f"{kind} {record_id} “{words[:60]}”" if words else f"{kind} {record_id}"


def describe(row: Any, kind: str) -> str:
    return record_label(kind, row.id, str(getattr(row, _NAMED[kind]) or ""))


# --- editing ---------------------------------------------------------------------------------


def edit(
    store: Store,
    kind: str,
    record_id: int,
    values: Mapping[str, str],
    *,
    expected_version: int | None = None,
) -> EditResult:
    """Set fields of one record (``{"place": "Bonn"}``) as one undoable change.

    Every value is checked before anything is written: a bad one changes nothing.
    ``expected_version``: the record's row_version when the user read it (``version`` of
    current_values); if someone changed it since, EditConflict and nothing is written.
    """
    kind = KIND_ALIASES.get(kind, kind)
    if kind == "note":
        raise InvalidEdit("A note is edited in the notes panel or with `chancery annotate`.")
    with store.write() as session:
        row = _get(session, kind, record_id)
        parsed = [(field_of(kind, name), raw) for name, raw in values.items()]
        if not parsed:
            raise InvalidEdit(f"Say what to change: FIELD=VALUE, the fields of a {kind} being: "
                              f"{', '.join(field_names(kind))}.")  # fmt: skip
        checked = [(f, parse_value(session, kind, f, raw)) for f, raw in parsed]
        # The other themes after the main one: they are told apart from the main theme set now.
        checked.sort(key=lambda fv: fv[0].name == "also_themes")
        label = f"Edit {describe(row, kind)}"
        version = _claim(session, kind, row, expected_version)
        rec = Recorder(session, "edit", label)
        changed = [
            f.name for f, value in checked if _apply(session, rec, kind, row, f, value, values)
        ]
        return EditResult(rec.finish(), kind, record_id, label, tuple(changed), version)


def _claim(session: Session, kind: str, row: Any, expected: int | None) -> int | None:
    """Every edit moves the record's version on (from ``expected`` if given), atomically:
    an edit made on a copy someone changed meanwhile is refused, never written over theirs."""
    table = m.Base.metadata.tables[TABLE_OF[kind]]
    if not concurrency.is_versioned(table):
        return None
    try:
        version = concurrency.claim_version(session, table, row.id, expected)
    except concurrency.StaleRecord as exc:
        raise EditConflict(
            f"Someone else changed this {kind} (now version {exc.current}) after you opened "
            f"it (version {exc.expected}); your change was not saved: reload it to see "
            "theirs, then make yours again."
        ) from None
    session.expire(row, ["row_version"])  # the ORM copy must not write the old version
    return version


def current_version(store: Store, kind: str, record_id: int) -> int | None:
    """The record's row_version, to give back to ``edit(expected_version=…)`` (None: the
    kind has none)."""
    kind = KIND_ALIASES.get(kind, kind)
    with store.read() as session:
        row = _get(session, kind, record_id)
        return getattr(row, "row_version", None)


def _apply(
    session: Session,
    rec: Recorder,
    kind: str,
    row: Any,
    f: Field,
    value: Any,
    given: Mapping[str, str],
) -> bool:
    table = TABLE_OF[kind]
    if f.kind == "date":
        date, precision = value
        changed = rec.update(table, row.id, f.column or "", date)
        partner = {("meeting", "date"): "precision", ("commitment", "due"): "due_precision"}
        pname = partner.get((kind, f.name))
        # 2025-03 says "month" unless told otherwise; a meeting always has a precision.
        if pname and pname not in given and (precision is not None or kind == "commitment"):
            column = "date_precision" if kind == "meeting" else "due_precision"
            changed = rec.update(table, row.id, column, precision) or changed
        return changed
    if f.name == "parties" and kind == "meeting":
        return _set_meeting_parties(session, rec, row, value)
    if f.name == "committed_by":
        return _set_links(
            rec, "commitment_party", {"commitment_id": row.id, "role": "committing"},
            [p.actor_id for p in row.parties if p.role == "committing"], value,
        )  # fmt: skip
    if f.name == "aliases":
        current = {a.alias: a.id for a in row.aliases}
        changed = False
        for alias, alias_id in current.items():
            if alias not in value:
                rec.delete_row("actor_alias", rec.row("actor_alias", alias_id))
                changed = True
        for alias in value:
            if alias not in current:
                rec.insert("actor_alias", {"actor_id": row.id, "alias": alias[:300]})
                changed = True
        return changed
    if kind == "participation" and f.column is None:
        column = "title" if f.name == "office" else "iso2"
        return rec.update("actor", row.actor_id, column, value)
    assert f.column is not None
    if kind == "commitment" and f.name == "theme":
        return _set_theme(rec, row, value)
    if kind == "commitment" and f.name == "also_themes":
        main = rec.row("commitment", row.id)["theme"]
        return rec.update(table, row.id, f.column, _others(value, main))
    return rec.update(table, row.id, f.column, value)


def _others(themes: list[str], main: str | None) -> str:
    """The other themes as stored ("energy,trade"): never the main one again."""
    return ",".join(t for t in themes if t != main)


def _set_theme(rec: Recorder, row: m.Commitment, theme: str | None) -> bool:
    """A new main theme, and the other themes without it or the old main one: a theme is
    either the main one or another one, and the main one the analyst replaced does not stay
    on as another theme (the extraction never stores it there, nor can the analyst)."""
    stored = rec.row("commitment", row.id)  # not the ORM copy: read before this edit began
    old = stored["theme"]
    changed = rec.update("commitment", row.id, "theme", theme)
    others = [t for t in convert.themes_of(stored["also_themes"]) if t != old]
    return rec.update("commitment", row.id, "also_themes", _others(others, theme)) or changed


def _set_links(
    rec: Recorder, table: str, fixed: Mapping[str, Any], current: list[int], wanted: list[int]
) -> bool:
    changed = False
    for actor_id in current:
        if actor_id not in wanted:
            rec.delete_row(table, {**fixed, "actor_id": actor_id})
            changed = True
    for actor_id in wanted:
        if actor_id not in current:
            rec.insert(table, {**fixed, "actor_id": actor_id})
            changed = True
    return changed


def _set_meeting_parties(
    session: Session, rec: Recorder, meeting: m.Meeting, wanted: list[int]
) -> bool:
    changed = False
    parties = _party_rows(meeting)
    for p in parties:
        if p.actor_id not in wanted:
            rec.delete([("participation", p.id)])
            changed = True
    present = {p.actor_id for p in meeting.participations}
    for actor_id in wanted:
        if actor_id not in present:
            if session.get(m.Actor, actor_id).kind == "person":  # type: ignore[union-attr]
                raise InvalidEdit(
                    "A party is a state or an organisation; add a person as a participant.",
                    "person_as_party",
                )
            rec.insert("participation", {"meeting_id": meeting.id, "actor_id": actor_id,
                                         "role": "participant"})  # fmt: skip
            changed = True
    return changed


# --- adding ----------------------------------------------------------------------------------

ADDABLE = ("commitment", "principle", "next_step", "position", "statement", "participation")


@dataclass(frozen=True)
class Passage:
    """Where a new record comes from: characters start:end of a source's text."""

    source_id: int
    start: int
    end: int


def add(
    store: Store,
    kind: str,
    meeting_id: int | None,
    values: Mapping[str, str],
    *,
    passage: Passage | None = None,
) -> EditResult:
    """Add a commitment (or principle, next step, position), a statement or a participation to
    a meeting, anchored to ``passage`` if given; undoable like an edit."""
    if kind not in ADDABLE:
        raise InvalidEdit(f"A {kind} cannot be added here; add one of: {', '.join(ADDABLE)}.")
    table = "commitment" if kind in values_of(CommitmentKind) else kind
    given = dict(values)
    if table == "commitment":
        given.setdefault("kind", kind)
    with store.write() as session:
        if meeting_id is None:  # from a passage: the meeting its source reports
            meeting_id = _meeting_of_source(session, passage)
        meeting = _get(session, "meeting", meeting_id)
        checked = [(f, parse_value(session, table, f, raw))
                   for f, raw in ((field_of(table, n), r) for n, r in given.items())]  # fmt: skip
        anchor_text = ""
        rec = Recorder(session, "add", "")
        row: dict[str, Any] = {"meeting_id": meeting.id}
        if passage is not None:
            source = session.get(m.Source, passage.source_id)
            if source is None:
                raise NotFound(f"There is no source {passage.source_id} in this store.")
            if not 0 <= passage.start < passage.end <= len(source.text):
                raise InvalidEdit("The passage is not in the source's text: select it again.",
                                  "bad_passage")  # fmt: skip
            anchor = m.Anchor.on(source, passage.start, passage.end)
            anchor_text = anchor.exact
            stored = rec.insert(
                "anchor",
                {"source_id": source.id, "start": passage.start, "end_": passage.end,
                 "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix},
            )  # fmt: skip
            row["anchor_id"] = stored["id"]
        links: list[tuple[Field, Any]] = []
        for f, value in checked:
            if f.column is None:
                links.append((f, value))
            elif f.kind == "date":
                row[f.column] = value[0]
                if f.name == "due" and "due_precision" not in given:
                    row["due_precision"] = value[1]
            elif f.kind == "choices":
                row[f.column] = value  # joined below, once the main theme is known
            else:
                row[f.column] = value
        if table in ("commitment", "statement") and not row.get("text"):
            if not anchor_text:
                raise InvalidEdit(f"A new {kind} needs its text: text=… or a selected passage.",
                                  "needs_text", kind=kind)  # fmt: skip
            row["text"] = anchor_text
        if table == "participation" and "actor_id" not in row:
            raise InvalidEdit("A participation needs its person: person=NAME or person=actor:ID.",
                              "needs_person")  # fmt: skip
        if table == "commitment":
            row.setdefault(
                "status", "unknown" if kind in ("principle", "position") else "announced"
            )
            row["also_themes"] = _others(row.get("also_themes") or [], row.get("theme"))
        new = rec.insert(table, row)
        for f, value in links:
            if f.name == "committed_by":
                fixed = {"commitment_id": new["id"], "role": "committing"}
                _set_links(rec, "commitment_party", fixed, [], value)
            else:  # a participant's office or country: kept on the person
                column = "title" if f.name == "office" else "iso2"
                rec.update("actor", new["actor_id"], column, value)
        rec.label = f"Add {kind} {new['id']} to meeting {meeting.id}"
        return EditResult(rec.finish(), table, int(new["id"]), rec.label, tuple(given))


def _meeting_of_source(session: Session, passage: Passage | None) -> int:
    source = session.get(m.Source, passage.source_id) if passage is not None else None
    if source is None:
        raise InvalidEdit("Say which meeting the new record belongs to.")
    if not source.meetings:
        raise InvalidEdit(
            f"Source {source.id} is attached to no meeting: attach it to one before adding "
            "records from it.",
            "source_without_meeting", id=source.id,
        )  # fmt: skip
    return min(mt.id for mt in source.meetings)


def validate(store: Store, kind: str, values: Mapping[str, str]) -> None:
    """Check values as ``edit`` would, writing nothing (a dialog checks before it closes)."""
    kind = KIND_ALIASES.get(kind, kind)
    with store.read() as session:
        for name, raw in values.items():
            parse_value(session, kind, field_of(kind, name), raw)


def merge_choices(store: Store, kind: str, record_id: int) -> list[tuple[int, str]]:
    """The records ``kind`` ``record_id`` can be merged into: (id, label), best first."""
    kind = KIND_ALIASES.get(kind, kind)
    with store.read() as session:
        row = _get(session, kind, record_id)
        if kind == "actor":
            actors = session.scalars(
                select(m.Actor).where(m.Actor.kind == row.kind, m.Actor.id != row.id)
                .order_by(m.Actor.name)
            )  # fmt: skip
            return [(a.id, a.name) for a in actors]
        if kind == "meeting":
            meetings = session.scalars(
                select(m.Meeting).where(m.Meeting.id != row.id).order_by(m.Meeting.starts_on.desc())
            )
            return [(x.id, f"{x.starts_on or '?'} {x.city or ''} — {x.title}") for x in meetings]
        if kind == "commitment":
            items = session.scalars(
                select(m.Commitment).where(
                    m.Commitment.meeting_id == row.meeting_id, m.Commitment.id != row.id
                ).order_by(m.Commitment.id)
            )  # fmt: skip
            return [(c.id, c.text) for c in items]
        if kind == "statement":
            # Only one speaker's words can be one statement (or words whose speaker is unknown).
            said = session.scalars(
                select(m.Statement).where(
                    m.Statement.meeting_id == row.meeting_id, m.Statement.id != row.id
                ).order_by(m.Statement.id)
            )  # fmt: skip
            return [
                (s.id, s.text)
                for s in said
                if not (s.speaker_id and row.speaker_id and s.speaker_id != row.speaker_id)
            ]
        raise InvalidEdit(f"Two {kind}s cannot be merged.", "cannot_merge", kind=kind)


# --- deleting --------------------------------------------------------------------------------


def delete_preview(store: Store, kind: str, record_id: int) -> dict[str, int]:
    """What deleting a record would remove, as rows per table (for a confirmation)."""
    from desktop_app.services.history import plan_delete

    kind = KIND_ALIASES.get(kind, kind)
    with store.read() as session:
        _get(session, kind, record_id)
        plan = plan_delete(session, [(TABLE_OF[kind], record_id)])
        return {table: len(rows) for table, rows in plan.items()}


def delete(store: Store, kind: str, record_id: int) -> EditResult:
    """Delete a record with what depends on it (a meeting's items, a record's notes); undoable."""
    kind = KIND_ALIASES.get(kind, kind)
    with store.write() as session:
        row = _get(session, kind, record_id)
        label = f"Delete {describe(row, kind)}"
        rec = Recorder(session, "delete", label)
        counts = rec.delete([(TABLE_OF[kind], record_id)])
        return EditResult(rec.finish(), kind, record_id, label, tuple(sorted(counts)))


# --- following a commitment (the tracker) ---------------------------------------------------

UNSET: Any = object()


TRACKING_ACTION = "tracking"  # a tracking change the user gave a reason for


def set_tracking(
    store: Store,
    commitment_id: int,
    *,
    status: str | None = None,
    compliance_score: int | None | object = UNSET,
    evidence: str | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> EditResult:
    """Change a commitment's status, compliance score or evidence as one undoable change; a
    row of its status history is added with it (and taken back by undo). With a ``reason``,
    the change set is of the "tracking" action and labelled with it (tracking.status_history
    says it beside "from → to"). ``expected_version``: as for ``edit`` (EditConflict)."""
    if status is not None and status not in values_of(Status):
        raise InvalidEdit(f"'{status}' is not a status; use one of {', '.join(values_of(Status))}.",
                          "bad_choice", raw=status, field="status", kind="commitment",
                          choices=", ".join(values_of(Status)))  # fmt: skip
    if compliance_score is not UNSET and compliance_score not in (None, -1, 0, 1):
        raise InvalidEdit("A compliance score is -1, 0 or +1 (or none).", "bad_score")
    with store.write() as session:
        row = _get(session, "commitment", commitment_id)
        label = reason or f"Track {describe(row, 'commitment')}"
        version = _claim(session, "commitment", row, expected_version)
        rec = Recorder(session, TRACKING_ACTION if reason else "edit", label)
        wanted: dict[str, Any] = {}
        if status is not None:
            wanted["status"] = status
        if compliance_score is not UNSET:
            wanted["compliance_score"] = compliance_score
        if evidence is not None:
            wanted["evidence"] = evidence.replace("\x00", "")
        changed = tuple(
            column
            for column, value in wanted.items()
            if rec.update("commitment", commitment_id, column, value)
        )
        now = rec.row("commitment", commitment_id)
        rec.insert(
            "status_change",
            {
                "commitment_id": commitment_id,
                "status": now["status"],
                "compliance_score": now["compliance_score"],
                "evidence": now["evidence"],
            },
        )
        return EditResult(rec.finish(), "commitment", commitment_id, label, changed, version)
