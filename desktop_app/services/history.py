"""Recorded changes: every edit, delete and merge is a change set that can be undone and redone.

A change is kept per row and per field with the value before and after (JSON), in the same
transaction as the change itself; a deleted row is kept whole, so undo puts it back with its
ids. The search index is brought in step with every row a change set touches.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Table,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from db import dialect, search
from db import models as m
from desktop_app.services.browse import NotFound
from desktop_app.services.edit_fields import CodedError
from desktop_app.services.store import Store
from domain.vocabulary import TargetKind

TABLES: Mapping[str, Table] = m.Base.metadata.tables
# Link rows have no id of their own: their changes are listed under the record that owns them.
LINK_OWNERS = {
    "meeting_source": "meeting_id",
    "commitment_party": "commitment_id",
    "annotation_tag": "annotation_id",
    "actor_alias": "actor_id",
}
# Rows of these tables are in the search index; a change to one of the link tables above
# changes the index row of its owner.
INDEXED = {
    "meeting": m.Meeting,
    "commitment": m.Commitment,
    "statement": m.Statement,
    "annotation": m.Annotation,
    "source": m.Source,
    "actor": m.Actor,
}
_REINDEX_OWNER = {"actor_alias": "actor", "annotation_tag": "annotation"}
# Records a note (annotation, draft) can be attached to, by target kind.
NOTE_TARGETS = frozenset(TargetKind)
_HISTORY_TABLES = frozenset({"change", "change_set"})


class ChangeConflict(CodedError):
    """An undo or redo that would overwrite a later change."""


@dataclass(frozen=True)
class ChangeView:
    op: str  # "update" | "insert" | "delete"
    record_kind: str
    record_id: int | None
    field: str | None
    old_value: Any
    new_value: Any


@dataclass(frozen=True)
class ChangeSetView:
    id: int
    action: str
    label: str
    made_at: dt.datetime
    undone: bool
    changes: tuple[ChangeView, ...]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- values as JSON --------------------------------------------------------------------------


def encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def decode(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value


def _row_json(row: Mapping[str, Any]) -> str:
    return json.dumps({k: encode(v) for k, v in row.items()}, ensure_ascii=False)


def _row_from_json(table: Table, raw: str) -> dict[str, Any]:
    return {k: decode(table, k, v) for k, v in json.loads(raw).items()}


def _pk_clause(table: Table, row: Mapping[str, Any]) -> Any:
    return and_(*(col == row[col.name] for col in table.primary_key.columns))


def _record_id(table: Table, row: Mapping[str, Any]) -> int | None:
    if "id" in table.c:
        return int(row["id"])
    owner = LINK_OWNERS.get(table.name)
    return int(row[owner]) if owner else None


# --- recording -------------------------------------------------------------------------------


class Recorder:
    """The changes of one user action, applied as they are recorded, in the caller's session.

    Rows are read and written with SQL (not through the ORM), so that a row and its
    recorded image are the same; ``finish`` writes the change set and updates the index.
    """

    def __init__(self, session: Session, action: str, label: str) -> None:
        self.session = session
        self.action = action
        self.label = label[:500]
        self.changes: list[m.Change] = []
        self.touched: set[tuple[str, int]] = set()

    def _keep(self, op: str, table: Table, row: Mapping[str, Any], **values: Any) -> None:
        self.changes.append(
            m.Change(
                seq=len(self.changes),
                op=op,
                record_kind=table.name,
                record_id=_record_id(table, row),
                **values,
            )
        )
        _touch(self.touched, table, row)

    def row(self, table_name: str, row_id: int) -> dict[str, Any]:
        table = TABLES[table_name]
        found = self.session.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if found is None:
            raise NotFound(f"There is no {table_name} {row_id} in this store.")
        return dict(found)

    def update(self, table_name: str, row_id: int, field: str, new: Any) -> bool:
        """Set one field; recorded only if the value changes. True if it changed."""
        table = TABLES[table_name]
        old = self.row(table_name, row_id)[field]
        if old == new:
            return False
        self.session.execute(update(table).where(table.c.id == row_id).values({field: new}))
        self._keep(
            "update",
            table,
            {"id": row_id},
            field=field,
            old_value=json.dumps(encode(old), ensure_ascii=False),
            new_value=json.dumps(encode(new), ensure_ascii=False),
        )
        return True

    def insert(self, table_name: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Add a row (its defaults filled in); the whole row as stored."""
        table = TABLES[table_name]
        row = dict(values)  # the columns' own defaults fill in the rest
        result = self.session.execute(insert(table).values(row).returning(*table.primary_key))
        row.update(result.mappings().one())
        stored = dict(
            self.session.execute(select(table).where(_pk_clause(table, row))).mappings().one()
        )
        self._keep("insert", table, stored, new_value=_row_json(stored))
        return stored

    def delete_row(self, table_name: str, row: Mapping[str, Any]) -> None:
        table = TABLES[table_name]
        self.session.execute(delete(table).where(_pk_clause(table, row)))
        self._keep("delete", table, row, old_value=_row_json(row))

    def delete(self, roots: Iterable[tuple[str, int]]) -> dict[str, int]:
        """Delete these records with everything that depends on them (the store's cascades,
        and the notes attached); the number of rows deleted per table."""
        doomed = plan_delete(self.session, roots)
        for table_name, column, row_id in _nulled_references(self.session, doomed):
            self.update(table_name, row_id, column, None)
        counts: dict[str, int] = {}
        for table in reversed(m.Base.metadata.sorted_tables):
            for row in doomed.get(table.name, {}).values():
                self.delete_row(table.name, row)
            if doomed.get(table.name):
                counts[table.name] = len(doomed[table.name])
        return counts

    def finish(self) -> int | None:
        """Write the change set and bring the index in step; its id, or None if nothing changed."""
        if not self.changes:
            return None
        change_set = m.ChangeSet(action=self.action, label=self.label, changes=self.changes)
        self.session.add(change_set)
        self.session.flush()
        reindex(self.session, self.touched)
        return change_set.id


def _touch(touched: set[tuple[str, int]], table: Table, row: Mapping[str, Any]) -> None:
    if table.name in INDEXED and "id" in row:
        touched.add((table.name, int(row["id"])))
    owner = _REINDEX_OWNER.get(table.name)
    if owner is not None:
        touched.add((owner, int(row[LINK_OWNERS[table.name]])))


def reindex(session: Session, touched: Iterable[tuple[str, int]]) -> None:
    """Rewrite (or drop) the index rows of these records, as the tables now hold them."""
    session.expire_all()
    writes, drops = [], []
    for kind, row_id in touched:
        obj = session.get(INDEXED[kind], row_id)
        doc = search.document_for(obj) if obj is not None else None
        if doc is None:
            drops.append((kind, row_id))
        else:
            writes.append(doc)
    connection = session.connection()
    search.delete_rows(connection, drops)
    search.write_rows(connection, writes)


# --- what a delete takes with it -------------------------------------------------------------


def plan_delete(
    session: Session, roots: Iterable[tuple[str, int]]
) -> dict[str, dict[tuple[Any, ...], dict[str, Any]]]:
    """Every row deleting ``roots`` (table, id) removes: the store's ON DELETE CASCADE
    children, and the notes and drafts attached to any of them."""
    doomed: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    pending: list[tuple[Table, Any]] = []
    by_table: dict[str, list[int]] = defaultdict(list)
    for table_name, row_id in roots:
        by_table[table_name].append(row_id)
    for table_name, ids in by_table.items():
        table = TABLES[table_name]
        pending.append((table, table.c.id.in_(ids)))
    while pending:
        table, condition = pending.pop()
        new = []
        for found in session.execute(select(table).where(condition)).mappings():
            key = tuple(found[c.name] for c in table.primary_key.columns)
            if key not in doomed[table.name]:
                doomed[table.name][key] = dict(found)
                new.append(found)
        if not new:
            continue
        for child in m.Base.metadata.sorted_tables:
            if child.name in _HISTORY_TABLES:
                continue
            for fk in child.foreign_keys:
                if fk.column.table is table and fk.ondelete == "CASCADE":
                    values = [r[fk.column.name] for r in new]
                    pending.append((child, fk.parent.in_(values)))
        if table.name in NOTE_TARGETS:
            ids = [r["id"] for r in new]
            for notes in (TABLES["annotation"], TABLES["draft"]):
                where = and_(notes.c.target_kind == table.name, notes.c.target_id.in_(ids))
                pending.append((notes, where))
    return {k: v for k, v in doomed.items() if v}


def _nulled_references(
    session: Session, doomed: Mapping[str, Mapping[tuple[Any, ...], Mapping[str, Any]]]
) -> list[tuple[str, str, int]]:
    """(table, column, id) of the surviving rows whose ON DELETE SET NULL reference the
    delete clears: recorded as updates, so undo sets them back."""
    out: list[tuple[str, str, int]] = []
    for table_name, rows in doomed.items():
        table = TABLES[table_name]
        for child in m.Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table or fk.ondelete != "SET NULL":
                    continue
                values = [r[fk.column.name] for r in rows.values()]
                gone = {k[0] for k in doomed.get(child.name, {})}
                for row_id in session.scalars(
                    select(child.c.id).where(fk.parent.in_(values))
                ).all():
                    if row_id not in gone:
                        out.append((child.name, fk.parent.name, row_id))
    return out


# --- undo, redo, history ---------------------------------------------------------------------


def undo(store: Store, change_set_id: int | None = None) -> ChangeSetView:
    """Undo a change set (by default the last one not undone): every row as it was before."""
    with store.write() as session:
        if change_set_id is None:
            change_set = session.scalar(
                select(m.ChangeSet)
                .where(m.ChangeSet.undone_at.is_(None))
                .order_by(m.ChangeSet.id.desc())
                .limit(1)
            )
            if change_set is None:
                raise NotFound("There is nothing to undo: no change has been recorded.")
        else:
            change_set = _change_set(session, change_set_id)
        if change_set.undone_at is not None:
            raise ChangeConflict(f"Change {change_set.id} is already undone.", "already_undone",
                                 id=change_set.id)  # fmt: skip
        _replay(session, change_set, backwards=True)
        change_set.undone_at = _now()
        session.flush()
        return _view(change_set)


def redo(store: Store, change_set_id: int) -> ChangeSetView:
    """Make an undone change set again."""
    with store.write() as session:
        change_set = _change_set(session, change_set_id)
        if change_set.undone_at is None:
            raise ChangeConflict(f"Change {change_set.id} is not undone: there is nothing to redo.",
                                 "not_undone", id=change_set.id)  # fmt: skip
        _replay(session, change_set, backwards=False)
        change_set.undone_at = None
        session.flush()
        return _view(change_set)


def _change_set(session: Session, change_set_id: int) -> m.ChangeSet:
    change_set = session.get(m.ChangeSet, change_set_id)
    if change_set is None:
        raise NotFound(f"There is no change {change_set_id} in this store.")
    return change_set


def _replay(session: Session, change_set: m.ChangeSet, *, backwards: bool) -> None:
    # Rows come back in any order within the transaction; the keys are checked at commit.
    dialect.defer_foreign_keys(session)
    changes = list(change_set.changes)
    touched: set[tuple[str, int]] = set()
    for change in reversed(changes) if backwards else changes:
        table = TABLES[change.record_kind]
        op = change.op
        if op == "update":
            before, after = (
                json.loads(change.old_value or "null"),
                json.loads(change.new_value or "null"),
            )
            want, put = (after, before) if backwards else (before, after)
            assert change.field is not None
            where = table.c.id == change.record_id
            current = session.execute(select(table.c[change.field]).where(where)).first()
            if current is None or encode(current[0]) != want:
                raise _conflict(change, backwards)
            value = decode(table, change.field, put)
            values: dict[str, Any] = {change.field: value}
            if "row_version" in table.c:  # an undo is an edit too: a stale copy is refused
                values["row_version"] = table.c.row_version + 1
            session.execute(update(table).where(where).values(values))
            _touch(touched, table, {"id": change.record_id})
            continue
        raw = change.new_value if op == "insert" else change.old_value
        row = _row_from_json(table, raw or "{}")
        exists = session.execute(select(table).where(_pk_clause(table, row))).first() is not None
        remove = (op == "insert") == backwards
        if exists != remove:
            raise _conflict(change, backwards)
        if remove:
            session.execute(delete(table).where(_pk_clause(table, row)))
        else:
            session.execute(insert(table).values(row))
        _touch(touched, table, row)
    session.flush()
    reindex(session, touched)


def _conflict(change: m.Change, backwards: bool) -> ChangeConflict:
    what = "undone" if backwards else "redone"
    return ChangeConflict(
        f"Change {change.change_set_id} cannot be {what}: {change.record_kind} "
        f"{change.record_id or ''} was changed since; undo the later changes first.",
        "undo_conflict" if backwards else "redo_conflict",
        id=change.change_set_id, kind=change.record_kind, other=change.record_id or "",
    )  # fmt: skip


def _view(change_set: m.ChangeSet) -> ChangeSetView:
    return ChangeSetView(
        id=change_set.id,
        action=change_set.action,
        label=change_set.label,
        made_at=change_set.made_at,
        undone=change_set.undone_at is not None,
        changes=tuple(_change_view(c) for c in change_set.changes),
    )


def _change_view(change: m.Change) -> ChangeView:
    return ChangeView(
        op=change.op,
        record_kind=change.record_kind,
        record_id=change.record_id,
        field=change.field,
        old_value=json.loads(change.old_value) if change.old_value is not None else None,
        new_value=json.loads(change.new_value) if change.new_value is not None else None,
    )


def change_set(store: Store, change_set_id: int) -> ChangeSetView:
    with store.read() as session:
        return _view(_change_set(session, change_set_id))


def last_change_set(store: Store) -> ChangeSetView | None:
    """The last change set not undone (what ``undo`` would undo), or None."""
    with store.read() as session:
        found = session.scalar(
            select(m.ChangeSet)
            .where(m.ChangeSet.undone_at.is_(None))
            .order_by(m.ChangeSet.id.desc())
            .limit(1)
        )
        return _view(found) if found is not None else None


@dataclass(frozen=True)
class HistoryEntry:
    change_set_id: int
    action: str
    label: str
    changed_at: dt.datetime
    undone: bool
    change: ChangeView


def history(store: Store, table_name: str, record_id: int) -> list[HistoryEntry]:
    """Every recorded change of one record, of its link rows, and the rows added to it or
    taken from it (a meeting's participants and items, an actor's aliases), oldest first."""
    links = [name for name, owner in LINK_OWNERS.items() if owner == f"{table_name}_id"]
    pointer = f"{table_name}_id"
    with store.read() as session:
        rows = session.execute(
            select(m.Change, m.ChangeSet)
            .join(m.ChangeSet, m.Change.change_set_id == m.ChangeSet.id)
            .where(
                or_(
                    and_(
                        m.Change.record_id == record_id,
                        or_(m.Change.record_kind == table_name, m.Change.record_kind.in_(links)),
                    ),
                    and_(
                        m.Change.op != "update",
                        or_(
                            dialect.json_int(m.Change.old_value, pointer) == record_id,
                            dialect.json_int(m.Change.new_value, pointer) == record_id,
                        ),
                    ),
                )
            )
            .order_by(m.Change.change_set_id, m.Change.seq)
        ).all()
        return [
            HistoryEntry(
                cs.id,
                cs.action,
                cs.label,
                change.changed_at,
                cs.undone_at is not None,
                _change_view(change),
            )  # fmt: skip
            for change, cs in rows
        ]


# --- noticing others' changes (a team store) ----------------------------------------------


@dataclass(frozen=True)
class ChangeMarker:
    """Where the store stands, in four numbers read at once: a window on a team store polls
    it to notice what other analysts changed (an edit, undo, note or import)."""

    change_sets: int  # the newest change set's id: every edit, delete, merge, review, tracking
    undone: int  # how many change sets are undone (an undo or a redo moves it)
    notes: int  # the notes' versions summed: adding, editing, deleting one moves it
    sources: int  # the newest source's id: an import

    def changes_since(self, earlier: ChangeMarker) -> int:
        """How many changes lie between ``earlier`` and this marker (0: none)."""
        return (
            max(0, self.change_sets - earlier.change_sets)
            + abs(self.undone - earlier.undone)
            + abs(self.notes - earlier.notes)
            + max(0, self.sources - earlier.sources)
        )


def change_marker(store: Store) -> ChangeMarker:
    """The store's ChangeMarker: one query of four aggregates (two on primary keys)."""
    cs, note, source = m.ChangeSet, m.Annotation, m.Source
    query = select(
        select(func.coalesce(func.max(cs.id), 0)).scalar_subquery(),
        select(func.count(cs.undone_at)).scalar_subquery(),
        select(func.coalesce(func.sum(note.row_version), 0)).scalar_subquery(),
        select(func.coalesce(func.max(source.id), 0)).scalar_subquery(),
    )
    with store.read() as session:
        row = session.execute(query).one()
    return ChangeMarker(*(int(value) for value in row))
