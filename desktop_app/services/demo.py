"""The demo dossier shipped with Chancery (resources/demo), loaded into a store."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models as m
from desktop_app.resources import resource_path
from desktop_app.services.corroboration import link_first_sources
from desktop_app.services.store import Store, StoreError

DOSSIER = "demo/dossier.json"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def make_anchor(source: m.Source, quote: str) -> m.Anchor:
    """An anchor on the first occurrence of ``quote`` in the source's text."""
    start = source.text.find(quote)
    if start < 0:
        raise StoreError(f"The demo passage {quote!r} is not in the source {source.title!r}.")
    return m.Anchor.on(source, start, start + len(quote))


def has_content(store: Store) -> bool:
    with store.read() as session:
        return bool(session.scalar(select(func.count()).select_from(m.Meeting)))


def demo_meeting_ids(store: Store) -> set[int]:
    """The meetings of the demo dossier still in ``store`` (known by their sources' texts),
    so the window can label them as demo."""
    from desktop_app.services.merging import demo_records  # merging imports this module

    with store.read() as session:
        sources, _actors = demo_records(session)
        if not sources:
            return set()
        return set(
            session.scalars(
                select(m.MeetingSource.meeting_id).where(m.MeetingSource.source_id.in_(sources))
            )
        )


def load_demo(store: Store, dossier: Path | None = None) -> int:
    """Write the demo dossier into ``store`` in one transaction; the number of meetings added.

    Loading twice adds nothing: the sources' sha256 are unique, and a dossier whose sources
    are already there is skipped whole.
    """
    path = dossier or resource_path(DOSSIER)
    data = json.loads(path.read_text(encoding="utf-8"))
    with store.write() as session:
        shas = [_sha(meeting["source"]["text"]) for meeting in data["meetings"]]
        if session.scalar(
            select(func.count()).select_from(m.Source).where(m.Source.sha256.in_(shas))
        ):
            return 0
        actors = _actors(session, data["actors"])
        meetings = [_meeting(session, actors, raw) for raw in data["meetings"]]
        session.flush()
        link_first_sources(session)  # each item is reported by its source (corroboration)
        for note in data.get("annotations", []):
            kind, index = note["target"]
            annotation = m.Annotation(
                target_kind=kind,
                target_id=meetings[index - 1].id,
                body=note["body"],
                include_in_brief=note.get("include_in_brief", False),
            )
            annotation.tags = [_tag(session, name) for name in note.get("tags", [])]
            session.add(annotation)
        return len(meetings)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _tag(session: Session, name: str) -> m.Tag:
    tag = session.scalar(select(m.Tag).where(m.Tag.name == name))
    if tag is None:
        tag = m.Tag(name=name)
        session.add(tag)
    return tag


def _actors(session: Session, raw_actors: list[dict[str, Any]]) -> dict[str, m.Actor]:
    """Reuse an actor already in the store (same kind and name), or add it."""
    actors: dict[str, m.Actor] = {}
    for raw in raw_actors:
        actor = session.scalar(
            select(m.Actor).where(m.Actor.kind == raw["kind"], m.Actor.name == raw["name"])
        )
        if actor is None:
            actor = m.Actor(
                kind=raw["kind"],
                name=raw["name"],
                iso2=raw.get("iso2"),
                title=raw.get("title"),
                affiliation=actors.get(raw.get("affiliation", "")),
            )
            actor.aliases = [m.ActorAlias(alias=a, language=lang) for a, lang in raw["aliases"]]
            session.add(actor)
        actors[raw["key"]] = actor
    return actors


def _meeting(session: Session, actors: dict[str, m.Actor], raw: dict[str, Any]) -> m.Meeting:
    src = raw["source"]
    source = m.Source(
        title=src["title"],
        kind=src["kind"],
        language=src["language"],
        publisher=src.get("publisher"),
        published_on=_date(src.get("published_on")),
        text=src["text"],
        sha256=_sha(src["text"]),
        reliability=src["reliability"],
        file_name=None,
    )
    meeting = m.Meeting(
        title=raw["title"],
        format=raw["format"],
        session_number=raw.get("session_number"),
        starts_on=_date(raw.get("starts_on")),
        ends_on=_date(raw.get("ends_on")),
        date_precision=raw.get("date_precision", "day"),
        city=raw.get("city"),
        country_iso2=raw.get("country_iso2"),
        recurrence=raw.get("recurrence"),
        summary=raw.get("summary"),
        sources=[source],
    )
    for key in raw["parties"]:
        meeting.participations.append(m.Participation(actor=actors[key], role="participant"))
    for person in raw["participants"]:
        actor = actors[person["actor"]]
        quote = person.get("quote")
        meeting.participations.append(
            m.Participation(
                actor=actor,
                role=person["role"],
                note=person.get("note"),
                anchor=make_anchor(source, quote) if quote else None,
            )
        )
    for item in raw["items"]:
        commitment = m.Commitment(
            text=item["text"],
            kind=item["kind"],
            theme=item.get("theme"),
            also_themes=",".join(item.get("also_themes", [])),
            due_on=_date(item.get("due_on")),
            due_precision=item.get("due_precision"),
            status=item.get("status", "announced"),
            compliance_score=item.get("score"),
            evidence=item.get("evidence", ""),
            anchor=make_anchor(source, item.get("quote", item["text"])),
        )
        commitment.parties = [
            m.CommitmentParty(actor=actors[key], role="committing") for key in item["parties"]
        ]
        meeting.commitments.append(commitment)
    for said in raw["statements"]:
        meeting.statements.append(
            m.Statement(
                speaker=actors[said["speaker"]],
                speaker_as_written=said.get("as_written"),
                text=said["text"],
                language=said.get("language", src["language"]),
                verb=said.get("verb"),
                speech=said.get("speech", "quote"),
                anchor=make_anchor(source, said.get("quote", said["text"])),
            )
        )
    session.add(meeting)
    return meeting
