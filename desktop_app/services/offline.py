"""Taking a dossier offline (a personal SQLite copy of some meetings) and bringing it back.

``copy_out`` writes the chosen meetings with everything hanging from them into a new store,
keeping the ids, and notes for each copied row where it came from (team id, row_version and
the row itself); it only reads the team store, so a read-only role can take a copy.
``bring_back`` compares the copy with those notes: rows added offline are appended, fields
edited offline whose team value nobody changed meanwhile are written, records deleted offline
that nobody changed are deleted, as one change set (undo takes it back); a field edited
offline that someone else changed too, or a record deleted offline that someone changed,
becomes a conflict, kept with both sides until the analyst keeps one (``resolve``).
Bringing the same copy back twice adds nothing: the team store remembers what came back.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from db import concurrency, dialect
from db import models as m
from desktop_app.messages import Message
from desktop_app.services import editing, encryption, searching
from desktop_app.services.browse import NotFound
from desktop_app.services.edit_fields import CodedError
from desktop_app.services.history import INDEXED, Recorder, decode, encode, plan_delete, reindex
from desktop_app.services.store import EditConflict, Store, StoreError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

TABLES: Mapping[str, Table] = m.Base.metadata.tables
# What a dossier holds, parents before children (the order rows are written in): a note's
# target (any of the records above it) has no foreign key, so the order is spelt out.
COPIED = (
    "source",
    "anchor",
    "meeting",
    "meeting_source",
    "actor",
    "actor_alias",
    "participation",
    "commitment",
    "commitment_party",
    "status_change",
    "statement",
    "item_source",
    "tag",
    "annotation",
    "annotation_version",
    "annotation_tag",
)
# Columns an edit does not consist of: the key, the version, and times the store sets itself.
_NOT_EDITS = frozenset({"id", "row_version", "updated_at"})
# Rows whose meaning is "what happened to their parent": held back while the parent's edits
# are a conflict (a status history claiming a status the record does not have).
_HISTORY_OF = {"status_change": "commitment_id", "annotation_version": "annotation_id"}
_PARENT_OF_HISTORY = {"status_change": "commitment", "annotation_version": "annotation"}
# The parent's fields each kind of history row stands for: contested, the history waits (a
# contested evidence alone does not hold back a status history whose status came back).
_HISTORY_FIELDS = {
    "status_change": frozenset({"status", "compliance_score"}),
    "annotation_version": frozenset({"body"}),
}
# Fields that only mean something together (a date and its precision): if the team changed
# one of them, an offline edit of any of them is a conflict rather than a mix of the two.
_TOGETHER: Mapping[str, tuple[frozenset[str], ...]] = {
    "meeting": (frozenset({"starts_on", "ends_on", "date_precision"}),),
    "commitment": (frozenset({"due_on", "due_precision"}),),
}
if any(g - set(TABLES[t].c.keys()) for t, gs in _TOGETHER.items() for g in gs):  # noqa: SIM118
    raise RuntimeError("offline._TOGETHER names a column its table does not have")
# The `field` of a conflict on a record deleted offline and changed in the team store.
DELETION = "(deleted)"
_UNMAPPED = object()  # a reference the team store cannot name: never equal to its value
BRING_BACK_ACTION = "bring_back"
RESOLVE_ACTION = "resolve_conflict"


class InvalidCopy(CodedError):
    """A copy-out or bring-back asked of the wrong thing; the message says what to do (and
    its code and arguments let the window say it in the reader's language)."""


class ChangedAgain(EditConflict, CodedError):
    """Keep mine on a record changed again since the conflict was found: nothing written."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _json(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False)


def _row_json(row: Mapping[str, Any]) -> str:
    return json.dumps({k: encode(v) for k, v in row.items()}, ensure_ascii=False)


def _has_id(table: Table) -> bool:
    return "id" in table.c


def _pk(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


# --- copy-out --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CopyResult:
    path: Path
    copy_key: str
    encrypted: bool
    meetings: int
    records: dict[str, int]


def meetings_for_search(store: Store, query: str, *, limit: int = 500) -> list[int]:
    """The meetings a search finds: those of every hit (a meeting, or an item's meeting)."""
    found: list[int] = []
    for hit in searching.search(store, query, limit=limit):
        meeting_id = hit.id if hit.kind == "meeting" else hit.meeting_id
        if meeting_id is not None and meeting_id not in found:
            found.append(meeting_id)
    return found


def _select(session: Session, table: str, condition: Any) -> list[dict[str, Any]]:
    t = TABLES[table]
    return [dict(r) for r in session.execute(select(t).where(condition(t.c))).mappings()]


def _ids(rows: Iterable[Mapping[str, Any]], column: str = "id") -> set[int]:
    return {int(r[column]) for r in rows if r[column] is not None}


def _gather(session: Session, meeting_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the dossier of these meetings, by table."""
    rows: dict[str, list[dict[str, Any]]] = {}
    rows["meeting"] = _select(session, "meeting", lambda c: c.id.in_(meeting_ids))
    missing = sorted(set(meeting_ids) - _ids(rows["meeting"]))
    if missing:
        raise NotFound(f"There is no meeting {missing[0]} in this store.")
    in_meetings = lambda c: c.meeting_id.in_(meeting_ids)  # noqa: E731
    for table in ("meeting_source", "participation", "commitment", "statement"):
        rows[table] = _select(session, table, in_meetings)
    commitments, statements = _ids(rows["commitment"]), _ids(rows["statement"])
    rows["commitment_party"] = _select(
        session, "commitment_party", lambda c: c.commitment_id.in_(commitments)
    )
    rows["status_change"] = _select(
        session, "status_change", lambda c: c.commitment_id.in_(commitments)
    )
    rows["item_source"] = _select(
        session,
        "item_source",
        lambda c: or_(c.commitment_id.in_(commitments), c.statement_id.in_(statements)),
    )
    anchors_used = set()
    for table in ("participation", "commitment", "statement", "item_source"):
        anchors_used |= _ids(rows[table], "anchor_id")
    sources = _ids(rows["meeting_source"], "source_id") | _ids(rows["item_source"], "source_id")
    sources |= _ids(_select(session, "anchor", lambda c: c.id.in_(anchors_used)), "source_id")
    rows["source"] = _select(session, "source", lambda c: c.id.in_(sources))
    rows["anchor"] = _select(session, "anchor", lambda c: c.source_id.in_(sources))
    actors = (
        _ids(rows["participation"], "actor_id")
        | _ids(rows["commitment_party"], "actor_id")
        | _ids(rows["statement"], "speaker_id")
    )
    actor_rows: dict[int, dict[str, Any]] = {}
    wanted = actors
    while wanted:  # a person's affiliation, and its own, are copied too
        fetched = _select(session, "actor", lambda c, w=wanted: c.id.in_(w))
        actor_rows.update({r["id"]: r for r in fetched})
        wanted = _ids(fetched, "affiliation_id") - set(actor_rows)
    rows["actor"] = list(actor_rows.values())
    rows["actor_alias"] = _select(session, "actor_alias", lambda c: c.actor_id.in_(actor_rows))
    targets = {
        "meeting": set(meeting_ids),
        "commitment": commitments,
        "statement": statements,
        "source": _ids(rows["source"]),
        "actor": set(actor_rows),
        "anchor": _ids(rows["anchor"]),
    }
    rows["annotation"] = _select(
        session,
        "annotation",
        lambda c: and_(
            c.deleted_at.is_(None),
            or_(*(and_(c.target_kind == k, c.target_id.in_(v)) for k, v in targets.items())),
        ),
    )
    notes = _ids(rows["annotation"])
    rows["annotation_version"] = _select(
        session, "annotation_version", lambda c: c.annotation_id.in_(notes)
    )
    rows["annotation_tag"] = _select(
        session, "annotation_tag", lambda c: c.annotation_id.in_(notes)
    )
    rows["tag"] = _select(
        session, "tag", lambda c: c.id.in_(_ids(rows["annotation_tag"], "tag_id"))
    )
    return rows


def _check_new_file(path: Path) -> Path:
    target = path.expanduser().resolve()
    if target.exists():
        raise InvalidCopy(
            f"{target} already exists; choose a new file for the offline copy.",
            "offline.exists",
            path=str(target),
        )
    if not target.parent.is_dir():
        raise InvalidCopy(
            f"The folder {target.parent} does not exist; create it or choose another.",
            "offline.no_folder",
            folder=str(target.parent),
        )
    return target


def copy_out(
    store: Store,
    path: str | os.PathLike[str],
    meeting_ids: Sequence[int],
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> CopyResult:
    """Write the dossier of ``meeting_ids`` into a new personal store at ``path`` (encrypted
    under ``passphrase`` if given). Nothing is written in ``store``: the copy carries what its
    return needs (its key, and each row as copied), so a read-only analyst can take one."""
    target = _check_new_file(Path(path))
    if not meeting_ids:
        raise InvalidCopy(
            "Choose at least one meeting to take offline (--meeting ID or --search).",
            "offline.no_meetings",
        )
    if passphrase is not None:
        encryption.check_new_passphrase(passphrase)
    report = progress or (lambda _d, _t, _s: None)
    with store.read() as session:
        rows = _gather(session, list(dict.fromkeys(meeting_ids)))
    total = len(COPIED) + 2
    report(1, total, "read")
    key = str(uuid.uuid4())
    partial = target.with_name(f".{target.name}.{key[:8]}.partial")
    try:
        _write_copy(partial, rows, key, store.display_name, str(target), passphrase, report)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    report(total, total, "done")
    counts = {t: len(rows.get(t, [])) for t in COPIED if rows.get(t)}
    return CopyResult(target, key, passphrase is not None, len(rows["meeting"]), counts)


def _write_copy(
    path: Path,
    rows: Mapping[str, list[dict[str, Any]]],
    key: str,
    label: str,
    file_name: str,
    passphrase: str | None,
    report: Progress,
) -> None:
    copy = Store.open(path, passphrase=passphrase)
    try:
        with copy.write() as session:
            dialect.defer_foreign_keys(session)  # an actor may name an affiliation after it
            for step, table_name in enumerate(COPIED, start=2):
                table_rows = rows.get(table_name, [])
                if table_rows:
                    session.execute(insert(TABLES[table_name]), table_rows)
                    session.execute(
                        insert(TABLES["offline_origin"]),
                        [_origin(TABLES[table_name], r) for r in table_rows],
                    )
                report(step, len(COPIED) + 2, table_name)
            session.add(
                m.OfflineCopy(
                    copy_key=key,
                    is_copy=True,
                    store_label=label,
                    file_name=file_name,
                    meetings=len(rows["meeting"]),
                )
            )
            session.flush()
            reindex(session, [(t, r["id"]) for t in INDEXED for r in rows.get(t, [])])
    finally:
        copy.close()
        if passphrase is not None:
            from db import crypto

            crypto.forget_key(path)  # the copy's key is not kept in this process


def _origin(table: Table, row: Mapping[str, Any], team_id: int | None = None) -> dict[str, Any]:
    local = int(row["id"]) if _has_id(table) else None
    return {
        "record_kind": table.name,
        "local_id": local,
        "origin_id": team_id if team_id is not None else local,
        "origin_version": row.get("row_version"),
        "snapshot": _row_json(row),
    }


# --- bring-back ------------------------------------------------------------------------------


class ConflictKind(StrEnum):
    """What a conflict is (derived when it is read, not stored)."""

    EDITED = "edited"  # a field edited offline and in the team store
    DELETED_HERE = "deleted_here"  # a field edited offline on a record deleted here
    DELETED_OFFLINE = "deleted_offline"  # a record deleted offline and changed here


@dataclass(frozen=True)
class ConflictView:
    id: int
    record_kind: str
    record_id: int
    field: str
    label: str  # "commitment 12 “…”" (the window composes its own from kind, id and title)
    title: str
    base: Any
    mine: Any
    theirs: Any
    theirs_version: int | None
    found_at: dt.datetime
    resolved: bool
    kept_mine: bool | None
    # DELETED_OFFLINE: ``base`` holds the fields as copied that changed here, ``mine`` None,
    # ``theirs`` {"fields": those fields now, "records": [[kind, id, "added"|"changed"]]}.
    kind: ConflictKind = ConflictKind.EDITED


@dataclass
class BringBackResult:
    change_set_id: int | None = None
    added: dict[str, int] = field(default_factory=dict)
    applied: list[tuple[str, int, tuple[str, ...]]] = field(default_factory=list)
    conflicts: list[ConflictView] = field(default_factory=list)
    known_conflicts: int = 0  # found by an earlier bring-back of the same copy
    # What stayed offline, a sentence each (the CLI says it in English, the window in its
    # language: desktop_app/ui/messages.py).
    not_applied: list[Message] = field(default_factory=list)

    @property
    def deleted(self) -> int:
        """Records deleted offline and now deleted here (a note: moved to the bin)."""
        return sum(1 for _, _, fields in self.applied if fields == (DELETION,))

    @property
    def nothing_new(self) -> bool:
        return not (self.added or self.applied or self.conflicts)


@dataclass
class _Copy:
    key: str
    label: str
    file_name: str
    meetings: int
    made_at: dt.datetime
    rows: dict[str, dict[Any, dict[str, Any]]]  # table -> primary key -> row (local)
    origins: dict[tuple[str, int], m.OfflineOrigin]
    link_base: dict[str, set[tuple[Any, ...]]]  # link table -> primary keys as copied


def _read_copy(copy: Store) -> _Copy:
    with copy.read() as session:
        info = session.scalar(select(m.OfflineCopy).where(m.OfflineCopy.is_copy.is_(True)))
        if info is None:
            raise InvalidCopy(
                f"{copy.display_name} is not a dossier taken offline; "
                "`chancery copy-out` makes one.",
                "offline.not_a_copy",
                file=copy.display_name,
            )
        rows = {
            t: {
                _pk(TABLES[t], dict(r)): dict(r)
                for r in session.execute(select(TABLES[t])).mappings()
            }
            for t in COPIED
        }
        origins: dict[tuple[str, int], m.OfflineOrigin] = {}
        links: dict[str, set[tuple[Any, ...]]] = defaultdict(set)
        for origin in session.scalars(select(m.OfflineOrigin).order_by(m.OfflineOrigin.id)):
            if origin.local_id is None:
                snap = json.loads(origin.snapshot)
                links[origin.record_kind].add(_pk(TABLES[origin.record_kind], snap))
            else:
                origins[(origin.record_kind, origin.local_id)] = origin
        session.expunge_all()
        return _Copy(
            info.copy_key,
            info.store_label,
            info.file_name,
            info.meetings,
            info.made_at,
            rows,
            origins,
            dict(links),
        )


def open_copy(path: str | os.PathLike[str], passphrase: str | None = None) -> Store:
    """The personal copy at ``path`` (PassphraseRequired if it is encrypted and none given)."""
    target = Path(path).expanduser().resolve()
    if not target.is_file():
        raise InvalidCopy(
            f"There is no offline copy at {target}.", "offline.no_copy", file=str(target)
        )
    return Store.open(target, create=False, passphrase=passphrase)


class _Merge:
    """One bring-back into the team store, in the caller's transaction."""

    def __init__(self, session: Session, copy: _Copy, rec: Recorder) -> None:
        self.session, self.copy, self.rec = session, copy, rec
        self.result = BringBackResult()
        self.map: dict[tuple[str, int], int] = {
            k: int(o.origin_id) for k, o in copy.origins.items() if o.origin_id is not None
        }
        returned = session.execute(
            select(m.OfflineReturn).where(m.OfflineReturn.copy_key == copy.key)
        ).scalars()
        for r in returned:
            self.map.setdefault((r.record_kind, r.local_id), r.team_id)
        self.held: set[tuple[str, int]] = set()  # local records whose edits conflict
        self.gone: dict[tuple[str, int], int] = {}  # deleted offline: (table, local) -> team
        self._present: dict[tuple[str, int], bool] = {}
        # For the copy afterwards: (table, local id) -> (team id, team version, columns applied)
        self.settled: dict[tuple[str, int], tuple[int, int | None, set[str]]] = {}

    # -- ids between the copy and the team store

    def team_value(self, table: Table, row: Mapping[str, Any], column: str) -> tuple[bool, Any]:
        """(mappable, value) of a local column as the team store must hold it."""
        value = row[column]
        if value is None:
            return True, None
        if table.name == "annotation" and column == "target_id":
            ref = str(row["target_kind"])
        else:
            fks = [fk for fk in table.c[column].foreign_keys]
            if not fks:
                return True, value
            ref = fks[0].column.table.name
        team = self.map.get((ref, int(value)))
        return team is not None and self.exists(ref, team), team

    def exists(self, table_name: str, team_id: int) -> bool:
        """Whether the team store still has this record (someone may have deleted it since
        the copy was made: what refers to it then stays in the copy, said so)."""
        key = (table_name, team_id)
        if key not in self._present:
            table = TABLES[table_name]
            found = self.session.scalar(select(table.c.id).where(table.c.id == team_id))
            self._present[key] = found is not None
        return self._present[key]

    def team_row(self, table: Table, row: Mapping[str, Any]) -> dict[str, Any] | None:
        out: dict[str, Any] = {}
        for column in table.c.keys():  # noqa: SIM118 (names, not columns)
            if column in ("id", "row_version"):
                continue
            ok, value = self.team_value(table, row, column)
            if not ok:
                return None
            out[column] = value
        return out

    # -- what changed offline

    def edited(self, table: Table, local_id: int) -> dict[str, tuple[Any, Any]]:
        """column -> (as copied, as now) of a copied row's fields edited offline."""
        origin = self.copy.origins[(table.name, local_id)]
        snap = json.loads(origin.snapshot)
        now = self.copy.rows[table.name][(local_id,)]
        return {
            c: (decode(table, c, snap.get(c)), now[c])
            for c in table.c.keys()  # noqa: SIM118
            if c not in _NOT_EDITS and c in snap and encode(now[c]) != snap.get(c)
        }

    def plan_holds(self) -> None:
        """The records deleted offline, and the records whose contested offline edits keep
        their history rows waiting (a status history claiming a status not kept)."""
        for (kind, local_id), origin in self.copy.origins.items():
            if origin.origin_id is None:
                continue
            if (local_id,) not in self.copy.rows[kind] or self.soft_deleted(kind, local_id):
                self.gone[(kind, local_id)] = int(origin.origin_id)
        for child, parent in _PARENT_OF_HISTORY.items():
            table = TABLES[parent]
            for (kind, local_id), origin in self.copy.origins.items():
                if kind != parent or (local_id,) not in self.copy.rows[parent]:
                    continue
                if (kind, local_id) in self.gone:  # its offline history goes with it
                    self.held.add((parent, local_id))
                    continue
                edits = self.edited(table, local_id)
                if origin.origin_id is None or not edits:
                    continue
                said = len(self.result.not_applied)
                theirs, wanted = self.wanted(table, local_id, int(origin.origin_id), edits)
                del self.result.not_applied[said:]  # said once, when the edits are applied
                if not wanted:
                    continue
                contested = set(wanted) if theirs is None else self.contested(table, theirs, wanted)
                if contested & _HISTORY_FIELDS[child]:
                    self.held.add((parent, local_id))

    def soft_deleted(self, kind: str, local_id: int) -> bool:
        """A note moved to the bin offline: a deletion (the window's delete of a note)."""
        if kind != "annotation":
            return False
        origin = self.copy.origins[(kind, local_id)]
        was = json.loads(origin.snapshot).get("deleted_at")
        return was is None and self.copy.rows[kind][(local_id,)]["deleted_at"] is not None

    # -- rows added offline

    def add_new_rows(self) -> None:
        for table_name in COPIED:
            table = TABLES[table_name]
            if not _has_id(table):
                continue
            for (local_id,), row in self.copy.rows[table_name].items():
                if (table_name, local_id) in self.map:
                    continue
                self.add_row(table, local_id, row)

    def add_row(self, table: Table, local_id: int, row: dict[str, Any]) -> None:
        parent = _HISTORY_OF.get(table.name)
        if parent and (_PARENT_OF_HISTORY[table.name], row[parent]) in self.held:
            return  # comes back with its record, once the conflict is resolved
        values = self.team_row(table, row)
        if values is None:
            self.result.not_applied.append(
                Message("offline.missing_record", {"kind": table.name, "id": local_id})
            )
            return
        if table.name == "annotation_version":
            values["number"] = 1 + (
                self.session.scalar(
                    select(func.max(table.c.number)).where(
                        table.c.annotation_id == values["annotation_id"]
                    )
                )
                or 0
            )
        team_id = self.existing(table, values)
        if team_id is None:
            team_id = int(self.rec.insert(table.name, values)["id"])
            self.result.added[table.name] = self.result.added.get(table.name, 0) + 1
        self.map[(table.name, local_id)] = team_id
        self.rec.insert(
            "offline_return",
            {
                "copy_key": self.copy.key,
                "record_kind": table.name,
                "local_id": local_id,
                "team_id": team_id,
            },
        )
        version = (
            self.session.scalar(select(table.c.row_version).where(table.c.id == team_id))
            if "row_version" in table.c
            else None
        )
        self.settled[(table.name, local_id)] = (team_id, version, set(table.c.keys()))

    def existing(self, table: Table, values: Mapping[str, Any]) -> int | None:
        """The team's row that a new row is (same unique key, or an actor or tag of the same
        name): two analysts adding the same thing end up with one record."""
        keys: list[list[str]] = [
            [c.name for c in u.columns]
            for u in table.constraints
            if isinstance(u, UniqueConstraint)
        ]
        keys += [[c.name] for c in table.c if c.unique]
        if table.name == "actor":
            keys.append(["kind", "name"])
        for names in keys:
            if any(values.get(n) is None for n in names):
                continue
            where = [
                func.lower(table.c[n]) == str(values[n]).lower()
                if table.name == "tag"
                else table.c[n] == values[n]
                for n in names
            ]
            found = self.session.scalar(select(table.c.id).where(and_(*where)).limit(1))
            if found is not None:
                return int(found)
        return None

    # -- links (a note's tags, a commitment's parties, a meeting's sources): merged as sets

    def merge_links(self) -> None:
        for table_name in COPIED:
            table = TABLES[table_name]
            if _has_id(table):
                continue
            now = set(self.copy.rows[table_name])
            base = self.copy.link_base.get(table_name, set())
            for key in sorted(now - base, key=repr):
                self.add_link(table, self.copy.rows[table_name][key])
            for key in sorted(base - now, key=repr):
                row = dict(zip([c.name for c in table.primary_key.columns], key, strict=True))
                self.remove_link(table, row)

    def add_link(self, table: Table, row: Mapping[str, Any]) -> None:
        owner = next(c.name for c in table.primary_key.columns if c.foreign_keys)
        ref = next(iter(table.c[owner].foreign_keys)).column.table.name
        if (ref, row[owner]) in self.held:
            return
        values = self.team_row(table, row)
        if values is None:
            return
        if self.session.execute(select(table).where(_where(table, values))).first() is None:
            self.rec.insert(table.name, values)
            self.result.added[table.name] = self.result.added.get(table.name, 0) + 1

    def remove_link(self, table: Table, row: Mapping[str, Any]) -> None:
        for fk in table.foreign_keys:  # gone with a record deleted offline: decided with it
            if (fk.column.table.name, row[fk.parent.name]) in self.gone:
                return
        values = self.team_row(table, row)
        if values is None:
            return
        found = self.session.execute(select(table).where(_where(table, values))).mappings().first()
        if found is not None:
            self.rec.delete_row(table.name, dict(found))
            self.result.applied.append((table.name, int(next(iter(values.values()))), ("removed",)))

    # -- fields edited offline

    def apply_edits(self) -> None:
        for (table_name, local_id), origin in self.copy.origins.items():
            if origin.origin_id is None or (table_name, local_id) in self.gone:
                continue
            table = TABLES[table_name]
            edits = self.edited(table, local_id)
            if edits:
                self.apply_record(table, local_id, int(origin.origin_id), edits)

    def wanted(
        self, table: Table, local_id: int, team_id: int, edits: Mapping[str, tuple[Any, Any]]
    ) -> tuple[dict[str, Any] | None, dict[str, tuple[Any, Any]]]:
        """The team's row now (locked until the bring-back ends, on PostgreSQL: nobody writes
        it between this comparison and the write), and column -> (base, mine) in team ids of
        the edits it lacks."""
        found = (
            self.session.execute(select(table).where(table.c.id == team_id).with_for_update())
            .mappings()
            .first()
        )
        theirs = None if found is None else dict(found)
        row = self.copy.rows[table.name][(local_id,)]
        wanted: dict[str, tuple[Any, Any]] = {}
        for column, (before, _after) in edits.items():
            ok, mine = self.team_value(table, row, column)
            ok_base, base = self.team_value(table, {**row, column: before}, column)
            if not (ok and ok_base):
                self.result.not_applied.append(
                    Message(
                        "offline.reference_not_back",
                        {"kind": table.name, "id": team_id, "field": column},
                    )
                )
                continue
            if theirs is not None and encode(theirs[column]) == encode(mine):
                continue  # the team already has it (brought back before, or the same edit)
            wanted[column] = (base, mine)
        return theirs, wanted

    def contested(
        self, table: Table, theirs: Mapping[str, Any], wanted: Mapping[str, tuple[Any, Any]]
    ) -> set[str]:
        """The columns edited offline that the team store changed too since the copy: their
        value there is no longer the one copied (the copy keeps it). Other columns of the
        record changed meanwhile do not matter, except a date's partners (_TOGETHER)."""
        out = {c for c, (base, _) in wanted.items() if encode(theirs[c]) != encode(base)}
        for group in _TOGETHER.get(table.name, ()):
            edited = group & set(wanted)
            if not edited or not (group & out or self.moved(table, theirs, group - edited)):
                continue
            out |= edited
        return out

    def moved(self, table: Table, theirs: Mapping[str, Any], columns: Iterable[str]) -> bool:
        """Whether any of these (plain, not edited offline) columns changed in the team
        store since the copy."""
        local = self.reverse().get((table.name, int(theirs["id"])))
        origin = self.copy.origins.get((table.name, local)) if local is not None else None
        if origin is None:
            return False
        snap = json.loads(origin.snapshot)
        return any(c in snap and encode(theirs[c]) != snap[c] for c in columns)

    def apply_record(
        self, table: Table, local_id: int, team_id: int, edits: Mapping[str, tuple[Any, Any]]
    ) -> None:
        theirs, wanted = self.wanted(table, local_id, team_id, edits)
        if not wanted:
            known = None if theirs is None else theirs.get("row_version")
            self.settled[(table.name, local_id)] = (team_id, known, set(edits))
            return
        if theirs is None:
            for column, (base, mine) in wanted.items():
                self.conflict(table, team_id, column, base, mine, None, None)
            return
        contested = self.contested(table, theirs, wanted)
        clean = [c for c in wanted if c not in contested]
        version: int | None = theirs.get("row_version")
        if clean and "row_version" in table.c:
            try:  # the record's claim: its row is locked, so this finds the version just read
                version = concurrency.claim_version(
                    self.session, table, team_id, theirs["row_version"]
                )
            except concurrency.StaleRecord:  # written meanwhile after all: nothing applied
                contested, clean = set(wanted), []
        for column in clean:
            self.rec.update(table.name, team_id, column, wanted[column][1])
        for column in sorted(contested):
            base, mine = wanted[column]
            self.conflict(table, team_id, column, base, mine, theirs[column], version)
        if clean:
            self.result.applied.append((table.name, team_id, tuple(clean)))
            self.settled[(table.name, local_id)] = (team_id, version, set(edits) - contested)

    # -- records deleted offline

    def reverse(self) -> dict[tuple[str, int], int]:
        """(table, team id) -> local id, of every record the copy and the team store share."""
        return {(t, team): local for (t, local), team in self.map.items()}

    def snap_team(self, table: Table, snapshot: str) -> dict[str, Any]:
        """A row as copied, its references in team ids (_UNMAPPED where there is none)."""
        row = {c: decode(table, c, v) for c, v in json.loads(snapshot).items() if c in table.c}
        out: dict[str, Any] = {}
        for column, value in row.items():
            if column in ("id", "row_version") or value is None:
                out[column] = value
                continue
            if table.name == "annotation" and column == "target_id":
                ref: str | None = str(row["target_kind"])
            else:
                fks = list(table.c[column].foreign_keys)
                ref = fks[0].column.table.name if fks else None
            out[column] = value if ref is None else self.map.get((ref, int(value)), _UNMAPPED)
        return out

    def is_root(self, kind: str, local_id: int) -> bool:
        """A record deleted offline that is not deleted with a parent also deleted offline
        (a commitment's status history goes with the commitment, a note with its item)."""
        table = TABLES[kind]
        snap = json.loads(self.copy.origins[(kind, local_id)].snapshot)
        for fk in table.foreign_keys:
            value = snap.get(fk.parent.name)
            parent = None if value is None else (fk.column.table.name, int(value))
            if fk.ondelete == "CASCADE" and parent in self.gone:
                return False
        if kind == "annotation":
            return (str(snap["target_kind"]), int(snap["target_id"])) not in self.gone
        return True

    def apply_deletions(self) -> None:
        """Delete in the team store each record deleted offline (with what goes with it)
        if nobody changed any of it meanwhile; else a conflict, nothing deleted."""
        order = {name: n for n, name in enumerate(COPIED)}
        roots = sorted(
            (k for k in self.gone if self.is_root(*k)), key=lambda k: (order[k[0]], k[1])
        )
        for kind, local_id in roots:
            self.delete_record(TABLES[kind], local_id, self.gone[(kind, local_id)])

    def delete_record(self, table: Table, local_id: int, team_id: int) -> None:
        found = (
            self.session.execute(select(table).where(table.c.id == team_id).with_for_update())
            .mappings()
            .first()
        )
        if found is None:
            return  # deleted from the team store too (or by an earlier bring-back)
        theirs = dict(found)
        if table.name == "annotation" and theirs["deleted_at"] is not None:
            return  # in the bin already (brought back before, or deleted here too)
        if self.kept_theirs(table.name, team_id):
            return  # the analyst chose to keep it when this deletion was a conflict
        snap = self.snap_team(table, self.copy.origins[(table.name, local_id)].snapshot)
        changed = {
            c: (snap[c], theirs[c])
            for c in snap
            if c not in _NOT_EDITS and c != "deleted_at" and encode(theirs[c]) != encode(snap[c])
        }
        others = self.changed_with(table, team_id)
        version = theirs.get("row_version")
        if changed or others:
            base = {c: encode(b) for c, (b, _) in changed.items()}
            now = {
                "fields": {c: encode(t) for c, (_, t) in changed.items()},
                "records": [list(r) for r in others],
            }
            self.conflict(table, team_id, DELETION, base, None, now, version)
            return
        if "row_version" in table.c:
            concurrency.claim_version(self.session, table, team_id, version)
        if table.name == "annotation":  # a note goes to the bin, as the window deletes one
            when = self.copy.rows["annotation"].get((local_id,), {}).get("deleted_at")
            self.rec.update("annotation", team_id, "deleted_at", when or _now())
        else:
            self.rec.delete([(table.name, team_id)])
        self._present.clear()
        self.result.applied.append((table.name, team_id, (DELETION,)))

    def kept_theirs(self, kind: str, team_id: int) -> bool:
        return (
            self.session.scalar(
                select(m.OfflineConflict.id).where(
                    m.OfflineConflict.copy_key == self.copy.key,
                    m.OfflineConflict.record_kind == kind,
                    m.OfflineConflict.record_id == team_id,
                    m.OfflineConflict.field == DELETION,
                    m.OfflineConflict.kept_mine.is_(False),
                )
            )
            is not None
        )

    def changed_with(self, table: Table, team_id: int) -> list[tuple[str, int, str]]:
        """What deleting this record in the team store would take that the copy did not
        have as it is there: (kind, id, "added" or "changed"); what hangs from a record
        added here is not listed apart (a note's tags, a new status's history)."""
        if table.name == "annotation":  # the bin keeps a note's tags with it (its earlier
            # texts exist only because its text changed, which is said already)
            tags = TABLES["annotation_tag"]
            doomed = {
                "annotation_tag": {
                    _pk(tags, dict(r)): dict(r)
                    for r in self.session.execute(
                        select(tags).where(tags.c.annotation_id == team_id)
                    ).mappings()
                }
            }
        else:
            doomed = plan_delete(self.session, [(table.name, team_id)])
        reverse = self.reverse()
        added: set[tuple[str, int]] = set()
        out: list[tuple[str, int, str]] = []
        for t in m.Base.metadata.sorted_tables:  # parents first
            known_links = self.team_links(t) if not _has_id(t) else set()
            for key, row in doomed.get(t.name, {}).items():
                if any(
                    (fk.column.table.name, row[fk.parent.name]) in added
                    for fk in t.foreign_keys
                    if fk.ondelete == "CASCADE"
                ):
                    continue
                if not _has_id(t):
                    if key not in known_links:
                        out.append((t.name, int(key[0]), "added"))
                    continue
                if t.name == table.name and row["id"] == team_id:
                    continue
                local = reverse.get((t.name, int(row["id"])))
                origin = self.copy.origins.get((t.name, local)) if local is not None else None
                if local is None:
                    added.add((t.name, int(row["id"])))
                    out.append((t.name, int(row["id"]), "added"))
                elif origin is not None and self.differs(t, origin.snapshot, row):
                    out.append((t.name, int(row["id"]), "changed"))
        return out

    def differs(self, table: Table, snapshot: str, row: Mapping[str, Any]) -> bool:
        snap = self.snap_team(table, snapshot)
        return any(encode(row[c]) != encode(v) for c, v in snap.items() if c not in _NOT_EDITS)

    def team_links(self, table: Table) -> set[tuple[Any, ...]]:
        """The link rows of ``table`` the copy knows (as copied, or now), in team ids."""
        names = [c.name for c in table.primary_key.columns]
        rows = [dict(zip(names, k, strict=True)) for k in self.copy.link_base.get(table.name, ())]
        rows += list(self.copy.rows[table.name].values())
        out = set()
        for row in rows:
            values = self.team_row(table, row)
            if values is not None:
                out.add(tuple(values[n] for n in names))
        return out

    def conflict(
        self,
        table: Table,
        team_id: int,
        column: str,
        base: Any,
        mine: Any,
        theirs: Any,
        version: int | None,
    ) -> None:
        mine_json = _json(mine)
        earlier = self.session.scalars(
            select(m.OfflineConflict).where(
                m.OfflineConflict.copy_key == self.copy.key,
                m.OfflineConflict.record_kind == table.name,
                m.OfflineConflict.record_id == team_id,
                m.OfflineConflict.field == column,
            )
        ).all()
        if any(c.mine_value == mine_json for c in earlier):
            self.result.known_conflicts += 1
            return
        waiting = [c for c in earlier if c.resolved_at is None]
        if waiting:  # edited again offline: the conflict waiting shows the latest value
            row = waiting[0]
            row.mine_value, row.theirs_value = mine_json, _json(theirs)
            row.theirs_version, row.found_at = version, _now()
            self.session.flush()
            self.result.conflicts.append(_conflict_view(self.session, row))
            return
        row = m.OfflineConflict(
            copy_key=self.copy.key,
            record_kind=table.name,
            record_id=team_id,
            field=column,
            base_value=_json(base),
            mine_value=mine_json,
            theirs_value=_json(theirs),
            theirs_version=version,
        )
        self.session.add(row)
        self.session.flush()
        self.result.conflicts.append(_conflict_view(self.session, row))


def _where(table: Table, values: Mapping[str, Any]) -> Any:
    return and_(*(table.c[c.name] == values[c.name] for c in table.primary_key.columns))


def bring_back(
    store: Store,
    path: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> BringBackResult:
    """Merge the offline copy at ``path`` into ``store`` (see the module's docstring)."""
    report = progress or (lambda _d, _t, _s: None)
    copy_store = open_copy(path, passphrase)
    try:
        copy = _read_copy(copy_store)
        report(1, 5, "read")
        with store.write() as session:
            registered = session.scalar(
                select(m.OfflineCopy).where(
                    m.OfflineCopy.copy_key == copy.key, m.OfflineCopy.is_copy.is_(False)
                )
            )
            if registered is None:
                # Copy-out writes nothing here (a read-only analyst may take a copy): the
                # copy is this store's if the records it holds are, and its first return
                # enters it in the ledger.
                if not _taken_from(session, copy):
                    raise InvalidCopy(
                        f"{Path(path).name} was taken offline from another store "
                        f"({copy.label}); bring it back there.",
                        "offline.other_store",
                        file=Path(path).name,
                        store=copy.label,
                    )
                registered = m.OfflineCopy(
                    copy_key=copy.key,
                    is_copy=False,
                    store_label=copy.label,
                    file_name=copy.file_name,
                    meetings=copy.meetings,
                    made_at=copy.made_at,
                )
                session.add(registered)
            # Two analysts bringing the same copy back at once: the second waits, then finds
            # everything already there.
            concurrency.serialize(session, f"bring-back:{copy.key}")
            dialect.defer_foreign_keys(session)
            rec = Recorder(session, BRING_BACK_ACTION, f"Bring back {Path(path).name}")
            merge = _Merge(session, copy, rec)
            merge.plan_holds()
            report(2, 5, "new records")
            merge.add_new_rows()
            report(3, 5, "links")
            merge.merge_links()
            report(4, 5, "edits")
            merge.apply_edits()
            merge.apply_deletions()
            registered.brought_back_at = _now()
            merge.result.change_set_id = rec.finish()
            result = merge.result
            settled = merge.settled
        _settle_copy(copy_store, copy, settled)
    finally:
        copy_store.close()
    report(5, 5, "done")
    return result


def _taken_from(session: Session, copy: _Copy) -> bool:
    """Whether the copy was taken from this store: the meetings and sources it copied are
    this store's own, by what never changes in them (a meeting's creation time, a source's
    SHA-256), every one still here matching and at least one still here."""
    stamps = {"meeting": "created_at", "source": "sha256"}
    matched = 0
    for (kind, _local), origin in copy.origins.items():
        column = stamps.get(kind)
        if column is None or origin.origin_id is None:
            continue
        table = TABLES[kind]
        found = session.scalar(select(table.c[column]).where(table.c.id == origin.origin_id))
        if found is None:
            continue  # deleted from this store since
        if encode(found) != json.loads(origin.snapshot).get(column):
            return False
        matched += 1
    return matched > 0


def _settle_copy(
    copy_store: Store,
    copy: _Copy,
    settled: Mapping[tuple[str, int], tuple[int, int | None, set[str]]],
) -> None:
    """Tell the copy what the team store now holds, so that later offline edits of the same
    records are compared with it; if this fails, the team store's own records keep a second
    bring-back from adding anything twice."""
    try:
        with copy_store.write() as session:
            for (table_name, local_id), (team_id, version, columns) in settled.items():
                table = TABLES[table_name]
                now = copy.rows[table_name][(local_id,)]
                origin = copy.origins.get((table_name, local_id))
                if origin is None:
                    session.execute(
                        insert(TABLES["offline_origin"]),
                        [_origin(table, {**now, "row_version": version}, team_id)],
                    )
                    continue
                snap = json.loads(origin.snapshot)
                snap.update({c: encode(now[c]) for c in columns if c in now})
                values: dict[str, Any] = {"snapshot": json.dumps(snap, ensure_ascii=False)}
                if version is not None:
                    values["origin_version"] = version
                session.execute(
                    update(TABLES["offline_origin"])
                    .where(TABLES["offline_origin"].c.id == origin.id)
                    .values(values)
                )
            origins = TABLES["offline_origin"]
            for table_name in COPIED:
                table = TABLES[table_name]
                if _has_id(table):
                    continue
                session.execute(
                    origins.delete().where(
                        origins.c.record_kind == table_name, origins.c.local_id.is_(None)
                    )
                )
                rows = list(copy.rows[table_name].values())
                if rows:
                    session.execute(insert(origins), [_origin(table, r) for r in rows])
            session.execute(
                update(TABLES["offline_copy"])
                .where(TABLES["offline_copy"].c.is_copy.is_(True))
                .values(brought_back_at=_now())
            )
    except StoreError as exc:
        log.warning("the offline copy could not note what came back: %s", exc)


# --- conflicts -------------------------------------------------------------------------------


def _title(session: Session, kind: str, record_id: int) -> str:
    """The words a record is known by (its title, name or text), cut short."""
    table = TABLES[kind]
    named = next((c for c in ("title", "name", "text", "body") if c in table.c), None)
    if named is None:
        return ""
    value = session.scalar(select(table.c[named]).where(table.c.id == record_id))
    return str(value or "")[:60]


def _label(session: Session, kind: str, record_id: int) -> str:
    return editing.record_label(kind, record_id, _title(session, kind, record_id))


def _exists(session: Session, kind: str, record_id: int) -> bool:
    table = TABLES[kind]
    return session.scalar(select(table.c.id).where(table.c.id == record_id)) is not None


def _loads(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def _conflict_view(session: Session, c: m.OfflineConflict) -> ConflictView:
    return ConflictView(
        id=c.id,
        record_kind=c.record_kind,
        record_id=c.record_id,
        field=c.field,
        label=_label(session, c.record_kind, c.record_id),
        title=_title(session, c.record_kind, c.record_id),
        base=_loads(c.base_value),
        mine=_loads(c.mine_value),
        theirs=_loads(c.theirs_value),
        theirs_version=c.theirs_version,
        found_at=c.found_at,
        resolved=c.resolved_at is not None,
        kept_mine=c.kept_mine,
        kind=(
            ConflictKind.DELETED_OFFLINE
            if c.field == DELETION
            else ConflictKind.DELETED_HERE
            if not _exists(session, c.record_kind, c.record_id)
            else ConflictKind.EDITED
        ),
    )


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    """The conflicts bring-backs found, oldest first (only those waiting, by default)."""
    with store.read() as session:
        query = select(m.OfflineConflict).order_by(m.OfflineConflict.id)
        if not include_resolved:
            query = query.where(m.OfflineConflict.resolved_at.is_(None))
        return [_conflict_view(session, c) for c in session.scalars(query)]


def resolve(store: Store, conflict_id: int, *, keep_mine: bool) -> ConflictView:
    """Settle a conflict: keep the value edited offline (written as an undoable edit, the
    other value kept in the record's history) or keep the team's (nothing is written)."""
    with store.write() as session:
        c = session.get(m.OfflineConflict, conflict_id)
        if c is None:
            raise NotFound(f"There is no conflict {conflict_id} in this store.")
        if c.resolved_at is not None:
            raise InvalidCopy(
                f"Conflict {conflict_id} is already resolved.", "offline.resolved", id=conflict_id
            )
        if keep_mine:
            _keep_mine(session, c)
        c.resolved_at, c.kept_mine = _now(), keep_mine
        session.flush()
        return _conflict_view(session, c)


def _keep_mine(session: Session, c: m.OfflineConflict) -> None:
    table = TABLES[c.record_kind]
    theirs = session.execute(select(table).where(table.c.id == c.record_id)).mappings().first()
    if theirs is None and c.field == DELETION:
        return  # deleted from the team store meanwhile: as the analyst wants
    if theirs is None:
        raise InvalidCopy(
            f"{c.record_kind} {c.record_id} was deleted from the team store; undo that deletion "
            "first, or keep theirs.",
            "offline.deleted",
            kind=c.record_kind,
            id=c.record_id,
        )
    if "row_version" in table.c:
        try:
            concurrency.claim_version(session, table, c.record_id, c.theirs_version)
        except concurrency.StaleRecord as exc:
            raise ChangedAgain(
                f"{c.record_kind} {c.record_id} changed again (now version {exc.current}) since "
                "this conflict was found; look at it again, then choose.",
                "offline.changed_again",
                kind=c.record_kind,
                id=c.record_id,
            ) from None
    if c.field == DELETION:
        label = _label(session, c.record_kind, c.record_id)
        rec = Recorder(session, RESOLVE_ACTION, f"Delete {label}, as done offline")
        if c.record_kind == "annotation":  # to the bin, as the window deletes a note
            rec.update("annotation", c.record_id, "deleted_at", _now())
        else:
            rec.delete([(c.record_kind, c.record_id)])
        rec.finish()
        return
    rec = Recorder(
        session,
        RESOLVE_ACTION,
        f"Keep the offline {c.field} of {_label(session, c.record_kind, c.record_id)}",
    )
    mine = decode(table, c.field, _loads(c.mine_value))
    rec.update(c.record_kind, c.record_id, c.field, mine)
    if c.record_kind == "annotation" and c.field == "body":
        number = session.scalar(
            select(func.max(m.AnnotationVersion.number)).where(
                m.AnnotationVersion.annotation_id == c.record_id
            )
        )
        rec.insert(
            "annotation_version",
            {"annotation_id": c.record_id, "number": (number or 0) + 1, "body": theirs["body"]},
        )
    if c.record_kind == "commitment" and c.field in ("status", "compliance_score", "evidence"):
        now = rec.row("commitment", c.record_id)
        rec.insert(
            "status_change",
            {
                "commitment_id": c.record_id,
                "status": now["status"],
                "compliance_score": now["compliance_score"],
                "evidence": now["evidence"],
            },
        )
    rec.finish()
