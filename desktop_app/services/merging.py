"""Merging duplicates (actors, meetings, items) and removing the demo dossier, undoably.

A merge moves every reference from the record dropped to the record kept, fills the kept
record's empty fields from the other, then deletes the other: one recorded change set.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from desktop_app.resources import resource_path
from desktop_app.services.demo import DOSSIER
from desktop_app.services.editing import KIND_ALIASES, EditResult, InvalidEdit, _get, describe
from desktop_app.services.history import TABLES, Recorder
from desktop_app.services.store import Store

MERGEABLE = ("actor", "meeting", "commitment", "statement")


def merge(store: Store, kind: str, keep_id: int, other_id: int) -> EditResult:
    """Merge record ``other_id`` into ``keep_id`` (both of ``kind``); undoable."""
    kind = KIND_ALIASES.get(kind, kind)
    if kind not in MERGEABLE:
        raise InvalidEdit(f"Two {kind}s cannot be merged; merge {', '.join(MERGEABLE)}s.",
                          "cannot_merge", kind=kind)  # fmt: skip
    if keep_id == other_id:
        raise InvalidEdit(f"Merging {kind} {keep_id} with itself changes nothing: give two ids.",
                          "merge_itself", kind=kind, id=keep_id)  # fmt: skip
    with store.write() as session:
        keep, other = _get(session, kind, keep_id), _get(session, kind, other_id)
        label = f"Merge {describe(other, kind)} into {describe(keep, kind)}"
        rec = Recorder(session, "merge", label)
        if kind == "actor":
            _merge_actors(session, rec, keep, other)
        elif kind == "meeting":
            _merge_meetings(rec, keep, other)
        elif kind == "statement":
            _merge_statements(session, rec, keep, other)
        else:
            _merge_items(session, rec, keep, other)
        _retarget_notes(session, rec, kind, keep_id, other_id)
        rec.delete([(kind, other_id)])
        return EditResult(rec.finish(), kind, keep_id, label, (f"{kind}:{other_id}",))


def _fill(rec: Recorder, table: str, keep: object, other: object, *columns: str) -> None:
    """The kept record's empty fields take the other's values (nothing already there changes)."""
    for column in columns:
        if getattr(keep, column) in (None, "") and getattr(other, column) not in (None, ""):
            rec.update(table, keep.id, column, getattr(other, column))  # type: ignore[attr-defined]


def _merge_actors(session: Session, rec: Recorder, keep: m.Actor, other: m.Actor) -> None:
    known = {keep.name.casefold(), *(a.alias.casefold() for a in keep.aliases)}
    for name in [other.name, *(a.alias for a in other.aliases)]:
        if name.casefold() not in known:
            known.add(name.casefold())
            rec.insert("actor_alias", {"actor_id": keep.id, "alias": name})
    _fill(rec, "actor", keep, other, "iso2", "title", "title_since", "title_until")
    if keep.affiliation_id is None and other.affiliation_id not in (None, keep.id):
        rec.update("actor", keep.id, "affiliation_id", other.affiliation_id)
    held = {(p.meeting_id, p.role) for p in session.scalars(
        select(m.Participation).where(m.Participation.actor_id == keep.id))}  # fmt: skip
    for p in session.scalars(select(m.Participation).where(m.Participation.actor_id == other.id)):
        if (p.meeting_id, p.role) not in held:  # else the other's goes with it
            held.add((p.meeting_id, p.role))
            rec.update("participation", p.id, "actor_id", keep.id)
    parties = {(p.commitment_id, p.role) for p in session.scalars(
        select(m.CommitmentParty).where(m.CommitmentParty.actor_id == keep.id))}  # fmt: skip
    for party in list(
        session.scalars(select(m.CommitmentParty).where(m.CommitmentParty.actor_id == other.id))
    ):
        row = {"commitment_id": party.commitment_id, "actor_id": other.id, "role": party.role}
        rec.delete_row("commitment_party", row)
        if (party.commitment_id, party.role) not in parties:
            parties.add((party.commitment_id, party.role))
            rec.insert("commitment_party", {**row, "actor_id": keep.id})
    for statement_id in session.scalars(
        select(m.Statement.id).where(m.Statement.speaker_id == other.id)
    ).all():
        rec.update("statement", statement_id, "speaker_id", keep.id)
    for actor_id in session.scalars(
        select(m.Actor.id).where(m.Actor.affiliation_id == other.id)
    ).all():
        rec.update("actor", actor_id, "affiliation_id", None if actor_id == keep.id else keep.id)


def _merge_meetings(rec: Recorder, keep: m.Meeting, other: m.Meeting) -> None:
    sources = {s.id for s in keep.sources}
    for source in other.sources:
        row = {"meeting_id": other.id, "source_id": source.id}
        rec.delete_row("meeting_source", row)
        if source.id not in sources:
            rec.insert("meeting_source", {**row, "meeting_id": keep.id})
    held = {(p.actor_id, p.role) for p in keep.participations}
    for p in other.participations:
        if (p.actor_id, p.role) not in held:
            held.add((p.actor_id, p.role))
            rec.update("participation", p.id, "meeting_id", keep.id)
    for commitment in other.commitments:
        rec.update("commitment", commitment.id, "meeting_id", keep.id)
    for statement in other.statements:
        rec.update("statement", statement.id, "meeting_id", keep.id)
    _fill(rec, "meeting", keep, other, "starts_on", "ends_on", "city", "country_iso2",
          "session_number", "recurrence", "summary")  # fmt: skip


def _merge_items(session: Session, rec: Recorder, keep: m.Commitment, other: m.Commitment) -> None:
    if keep.meeting_id != other.meeting_id:
        raise InvalidEdit(
            f"Items {keep.id} and {other.id} belong to different meetings: only two items of "
            "one meeting can be merged.",
            "merge_other_meeting", id=keep.id, other=other.id,
        )  # fmt: skip
    parties = {(p.actor_id, p.role) for p in keep.parties}
    for p in other.parties:
        if (p.actor_id, p.role) not in parties:
            rec.insert(
                "commitment_party",
                {"commitment_id": keep.id, "actor_id": p.actor_id, "role": p.role},
            )
    # The other's passage: kept by the item if it has none; otherwise it stays in the
    # recorded image of the deleted item (history), from which undo restores it.
    _fill(rec, "commitment", keep, other, "anchor_id", "theme", "due_on", "due_precision",
          "compliance_score", "classification")  # fmt: skip
    if other.evidence and other.evidence not in keep.evidence:
        evidence = f"{keep.evidence}\n{other.evidence}".strip()
        rec.update("commitment", keep.id, "evidence", evidence)
    for change_id in session.scalars(
        select(m.StatusChange.id).where(m.StatusChange.commitment_id == other.id)
    ).all():
        rec.update("status_change", change_id, "commitment_id", keep.id)
    _move_item_sources(session, rec, keep.id, other.id)


def _merge_statements(
    session: Session, rec: Recorder, keep: m.Statement, other: m.Statement
) -> None:
    """Two records of one statement (two outlets quoting the same words): one statement,
    reported by both sources. Only one speaker's words of one meeting are merged."""
    if keep.meeting_id != other.meeting_id:
        raise InvalidEdit(
            f"Statements {keep.id} and {other.id} belong to different meetings: only two "
            "statements of one meeting can be merged.",
            "merge_other_meeting", id=keep.id, other=other.id,
        )  # fmt: skip
    if keep.speaker_id and other.speaker_id and keep.speaker_id != other.speaker_id:
        raise InvalidEdit(
            f"Statements {keep.id} and {other.id} are by different speakers: correct the "
            f"speaker first (chancery edit statement:{other.id} speaker=…).",
            "merge_other_speaker", id=keep.id, other=other.id,
        )  # fmt: skip
    _fill(rec, "statement", keep, other, "speaker_id", "speaker_as_written", "anchor_id",
          "verb", "classification")  # fmt: skip
    _move_item_sources(session, rec, keep.id, other.id, column="statement_id")


def _move_item_sources(
    session: Session, rec: Recorder, keep: int, other: int, column: str = "commitment_id"
) -> None:
    """Both items' sources stay with the one kept: the item<->source links (the
    corroboration table, where the store has it) of the other move to it."""
    links = TABLES.get("item_source")
    if links is None:
        return
    held = set(session.scalars(select(links.c.source_id).where(links.c[column] == keep)))
    for row in session.execute(select(links).where(links.c[column] == other)).mappings():
        if row["source_id"] not in held:  # else the other's link goes with it
            held.add(row["source_id"])
            rec.update("item_source", row["id"], column, keep)


def _retarget_notes(
    session: Session, rec: Recorder, kind: str, keep_id: int, other_id: int
) -> None:
    """Notes on the record dropped now belong to the record kept, and so do the drafts.

    An analyst keeps one draft of a new note per record (save_draft updates it): one typing
    a new note on both records keeps one on the record kept, what was typed on the other
    added below what was typed there (nothing typed is lost; undo parts them again)."""
    for row_id in session.scalars(
        select(m.Annotation.id).where(
            m.Annotation.target_kind == kind, m.Annotation.target_id == other_id
        )
    ).all():
        rec.update("annotation", row_id, "target_id", keep_id)
    new_note = m.Draft.annotation_id.is_(None)
    kept = {
        analyst: (draft_id, body)
        for draft_id, analyst, body in session.execute(
            select(m.Draft.id, m.Draft.analyst, m.Draft.body).where(
                m.Draft.target_kind == kind, m.Draft.target_id == keep_id, new_note
            )
        )
    }
    for draft_id, analyst, body, annotation_id in session.execute(
        select(m.Draft.id, m.Draft.analyst, m.Draft.body, m.Draft.annotation_id)
        .where(m.Draft.target_kind == kind, m.Draft.target_id == other_id)
        .order_by(m.Draft.id)
    ).all():
        if annotation_id is None and analyst in kept:
            kept_id, kept_body = kept[analyst]
            joined = "\n\n".join(part for part in (kept_body, body) if part.strip())
            rec.update("draft", kept_id, "body", joined)
            rec.delete_row("draft", rec.row("draft", draft_id))
            kept[analyst] = (kept_id, joined)
        else:
            rec.update("draft", draft_id, "target_id", keep_id)


# --- actors nobody names any more, the demo dossier ------------------------------------------


def remove_orphan_actors(session: Session, rec: Recorder, candidates: Iterable[int]) -> int:
    """Delete those of ``candidates`` no record names any more (people first, then the states
    they belonged to); how many were deleted."""
    pending = set(candidates)
    removed = 0
    while pending:
        orphans = [a for a in sorted(pending) if not _referenced(session, a)]
        if not orphans:
            break
        pending -= set(orphans)
        rec.delete(("actor", a) for a in orphans)
        removed += len(orphans)
    return removed


def _referenced(session: Session, actor_id: int) -> bool:
    checks = (
        select(func.count()).where(m.Participation.actor_id == actor_id),
        select(func.count()).where(m.CommitmentParty.actor_id == actor_id),
        select(func.count()).where(m.Statement.speaker_id == actor_id),
        select(func.count()).where(m.Actor.affiliation_id == actor_id),
    )
    return any(session.scalar(check) for check in checks)


def actors_named_by(session: Session, meeting_ids: Iterable[int]) -> set[int]:
    """Every actor a meeting names (parties, people, speakers) and the states of its people."""
    ids = list(meeting_ids)
    found: set[int] = set()
    found.update(session.scalars(select(m.Participation.actor_id).where(
        m.Participation.meeting_id.in_(ids))))  # fmt: skip
    found.update(session.scalars(
        select(m.CommitmentParty.actor_id).join(m.Commitment).where(m.Commitment.meeting_id.in_(ids))
    ))  # fmt: skip
    found.update(
        a for a in session.scalars(
            select(m.Statement.speaker_id).where(m.Statement.meeting_id.in_(ids))
        ) if a is not None
    )  # fmt: skip
    found.update(
        a for a in session.scalars(
            select(m.Actor.affiliation_id).where(m.Actor.id.in_(list(found)))
        ) if a is not None
    )  # fmt: skip
    return found


def demo_records(session: Session, dossier: Path | None = None) -> tuple[list[int], set[int]]:
    """The sources the demo dossier added (known by their texts' sha256), and the actors it
    lists (by kind and name: those no other record names go with it)."""
    data = json.loads((dossier or resource_path(DOSSIER)).read_text(encoding="utf-8"))
    texts = [x["source"]["text"] for x in data["meetings"]]
    shas = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    sources = list(session.scalars(select(m.Source.id).where(m.Source.sha256.in_(shas))))
    actors: set[int] = set()
    for raw in data["actors"]:
        actors.update(session.scalars(
            select(m.Actor.id).where(m.Actor.kind == raw["kind"], m.Actor.name == raw["name"])
        ))  # fmt: skip
    return sources, actors


def remove_demo(store: Store, dossier: Path | None = None) -> EditResult:
    """Remove the demo dossier in one undoable action: its meetings, sources, notes, and the
    actors nothing else names."""
    with store.write() as session:
        sources, listed = demo_records(session, dossier)
        if not sources:
            raise InvalidEdit("The demo dossier is not in this store: there is nothing to remove.",
                              "no_demo")  # fmt: skip
        meetings = list(session.scalars(
            select(m.MeetingSource.meeting_id).where(m.MeetingSource.source_id.in_(sources))
        ).unique())  # fmt: skip
        actors = actors_named_by(session, meetings) | listed
        label = f"Remove the demo dossier ({len(meetings)} meetings)"
        rec = Recorder(session, "remove_demo", label)
        rec.delete([("meeting", i) for i in meetings] + [("source", i) for i in sources])
        remove_orphan_actors(session, rec, actors)
        removed = tuple(f"meeting:{i}" for i in meetings)
        return EditResult(rec.finish(), "meeting", 0, label, removed)
