"""Briefing notes: what goes in a note from a selection, its marking, its record and changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db import models as m
from desktop_app.briefing import labels
from desktop_app.briefing.builder import (
    BriefingError,
    BuiltPdf,
    Replacement,
    build,
    build_pdf,
    save_pdf,
    unprintable,
    write_pdf,
)
from desktop_app.briefing.content import (
    Changes,
    FollowUpItem,
    Marking,
    NoteContent,
    ReaderNote,
    StatusChangeItem,
)
from desktop_app.services import browse
from desktop_app.services.brief_selection import annotations_on, meeting_details, target_labels
from desktop_app.services.classification import find_level, level_named, load_levels
from desktop_app.services.store import Store, StoreError
from domain.views import (
    AnnotationView,
    CommitmentView,
    MeetingDetail,
    MeetingFilter,
    SourceSummary,
)
from domain.vocabulary import Status

Progress = Callable[[int, int, str], None]
Layout = Callable[[NoteContent], BuiltPdf]  # lays a note out (here, or in a helper process)
Warn = Callable[[list[Replacement]], None]


class BriefError(StoreError):
    """A note that cannot be made as asked; the message says what to change."""


@dataclass(frozen=True)
class BriefRequest:
    """What the user asked for: the selection and the words of the header."""

    meeting_ids: tuple[int, ...] = ()
    actor_ids: tuple[int, ...] = ()
    since: dt.date | None = None
    title: str = ""
    purpose: str = ""
    audience: str = ""
    prepared_for: str = ""
    prepared_by: str = ""
    classification: str | None = None  # a level's keyword; None: the highest level contained
    language: str = "fr"
    talking_points: tuple[str, ...] | None = None  # None: suggested from the content
    annotation_ids: tuple[int, ...] | None = None  # None: the notes marked include-in-brief
    draft: bool = False
    author: str = ""
    reference: str = ""
    today: dt.date | None = None  # the note's date; overdue/due-soon are judged against it
    decision: str = ""  # the decision requested of the reader: a section when given
    sign_off: bool = False  # an approval block to sign at the end


@dataclass(frozen=True)
class BriefView:
    id: int
    title: str
    reference: str
    purpose: str
    classification: str
    language: str
    generated_at: dt.datetime
    file_name: str | None
    pdf_sha256: str | None
    meeting_ids: tuple[int, ...]
    actor_ids: tuple[int, ...]
    audience: str = ""
    prepared_for: str = ""
    prepared_by: str = ""
    pages: int = 0
    # Characters no shipped font has, printed as a visible mark (this export only).
    replaced: tuple[Replacement, ...] = ()


@dataclass(frozen=True)
class AnnotationChoice:
    """A note the composer offers to include, with what it is on, in words."""

    annotation: AnnotationView
    target: str
    checked: bool = field(default=False)


# --- the selection ------------------------------------------------------------------------


def resolve_meeting_ids(store: Store, request: BriefRequest) -> list[int]:
    """The meetings named, plus those of the actors named (since the date given), by date."""
    ids = list(dict.fromkeys(request.meeting_ids))
    for actor_id in request.actor_ids:
        browse.get_actor(store, actor_id)  # NotFound names a wrong id
        filt = MeetingFilter(actor_id=actor_id, date_from=request.since)
        ids += [i for i in browse.meeting_ids(store, filt, descending=False) if i not in ids]
    rows = browse.meeting_rows(store, ids)
    missing = [i for i in ids if i not in rows]
    if missing:
        raise browse.NotFound(f"There is no meeting {missing[0]} in this store.")
    return sorted(ids, key=lambda i: (rows[i].starts_on or dt.date.max, i))


def _subject(request: BriefRequest) -> dict[str, Any]:
    return {
        "meetings": sorted(set(request.meeting_ids)),
        "actors": sorted(set(request.actor_ids)),
        "since": request.since.isoformat() if request.since else None,
    }


def annotation_choices(store: Store, request: BriefRequest) -> list[AnnotationChoice]:
    """The notes on the selected items; those marked include-in-brief come checked."""
    meetings = meeting_details(store, resolve_meeting_ids(store, request))
    targets = target_labels(store, meetings, request.actor_ids)
    return [
        AnnotationChoice(a, targets[(a.target_kind, a.target_id)], a.include_in_brief)
        for a in annotations_on(store, targets)
    ]


# --- classification -----------------------------------------------------------------------


def _marking(
    levels: tuple[Marking, ...],
    requested: str | None,
    marked: list[tuple[str, str]],  # (item in words, its classification)
) -> Marking:
    highest = levels[0]
    highest_item = ""
    for item, value in marked:
        level = find_level(levels, value)
        if level is None:
            names = ", ".join(lv.keyword for lv in levels)
            raise BriefError(
                f"{item} is marked '{value}', which is not a level of {names}; mark it again."
            )
        if level.rank > highest.rank:
            highest, highest_item = level, item
    if requested is None:
        return highest
    chosen = level_named(levels, requested)
    if chosen.rank < highest.rank:
        raise BriefError(
            f"{highest_item} is marked {highest.keyword}: a note marked {chosen.keyword} cannot "
            f"include it; mark the note {highest.keyword} or higher, or leave the item out."
        )
    return chosen


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# --- gathering a note ---------------------------------------------------------------------


def _follow_up(meetings: Sequence[MeetingDetail], today: dt.date) -> tuple[FollowUpItem, ...]:
    """Next steps, and commitments overdue or due soon, in date order (undated last)."""
    items: list[CommitmentView] = [s for mt in meetings for s in mt.next_steps]
    items += [
        c
        for mt in meetings
        for c in mt.commitments
        if c.kind == "commitment" and c.due_state(today) is not None
    ]
    items.sort(key=lambda c: (c.due_on is None, c.due_on or dt.date.max, c.id))
    return tuple(
        FollowUpItem(
            c.due_on, c.due_precision, c.text, c.meeting_title, c.status, c.due_state(today)
        )
        for c in items
    )


def _previous(store: Store, subject: dict[str, Any], before: int | None = None) -> m.Brief | None:
    with store.read() as session:
        query = select(m.Brief).order_by(m.Brief.generated_at.desc(), m.Brief.id.desc())
        if before is not None:
            query = query.where(m.Brief.id < before)
        for brief in session.scalars(query):
            if json.loads(brief.selection or "{}").get("subject") == subject:
                session.expunge(brief)
                return brief
    return None


def _changes(previous: m.Brief | None, meetings: Sequence[MeetingDetail]) -> Changes:
    if previous is None:
        return Changes()
    snap = json.loads(previous.snapshot or "{}")
    old_meetings = {int(k) for k in snap.get("meetings", {})}
    old_items = {int(k): v for k, v in snap.get("commitments", {}).items()}
    items = [c for mt in meetings for c in (*mt.commitments, *mt.principles, *mt.next_steps)]
    return Changes(
        previous_reference=previous.reference or f"#{previous.id}",
        previous_date=previous.generated_at.date(),
        new_meetings=tuple(mt.summary.title for mt in meetings if mt.id not in old_meetings),
        new_commitments=tuple(c.text for c in items if c.id not in old_items),
        status_changes=tuple(
            StatusChangeItem(c.text, old_items[c.id]["status"], c.status)
            for c in items
            if c.id in old_items and old_items[c.id]["status"] != c.status
        ),
    )


def suggest_talking_points(
    meetings: Sequence[MeetingDetail], language: str, today: dt.date
) -> list[str]:
    """Action-worded points drawn from what is pending, for the user to edit."""
    fr = language == "fr"
    points: list[str] = []
    for mt in meetings[-3:]:
        points.append(
            f"Saluer les résultats de la réunion {labels.quote(language, mt.summary.title)}."
            if fr
            else f"Welcome the outcome of {labels.quote(language, mt.summary.title)}."
        )
    commitments = [c for mt in meetings for c in mt.commitments if c.kind == "commitment"]
    # Progress is asked of what is still open: never of a commitment marked fulfilled (or
    # lapsed); the first one fulfilled is acknowledged instead.
    pending = [c for c in commitments if c.status not in (Status.FULFILLED, Status.LAPSED)]
    pending.sort(key=lambda c: (c.due_state(today) is None, c.status != Status.IN_PROGRESS, c.id))
    for c in pending[:2]:
        points.append(
            f"Demander où en est : {c.text.rstrip('.')}."
            if fr
            else f"Ask for progress on: {c.text.rstrip('.')}."
        )
    for c in [c for c in commitments if c.status == "fulfilled"][:1]:
        points.append(
            f"Saluer la réalisation de : {c.text.rstrip('.')}."
            if fr
            else f"Acknowledge the delivery of: {c.text.rstrip('.')}."
        )
    for step in [s for mt in meetings for s in mt.next_steps][:1]:
        points.append(
            f"Proposer un calendrier pour : {step.text.rstrip('.')}."
            if fr
            else f"Propose a timetable for: {step.text.rstrip('.')}."
        )
    return points[:6]


def next_reference(store: Store, today: dt.date) -> str:
    with store.read() as session:
        count = session.scalar(select(func.count()).select_from(m.Brief)) or 0
    return f"CHY-{today:%Y}-{count + 1:04d}"


def collect(
    store: Store, request: BriefRequest, *, levels: tuple[Marking, ...] | None = None
) -> NoteContent:
    """Everything a note on ``request`` contains, with its marking checked."""
    if request.language not in labels.LANGUAGES:
        raise BriefError(
            f"A note is written in French (fr) or English (en), not '{request.language}'."
        )
    levels = levels or load_levels()
    ids = resolve_meeting_ids(store, request)
    if not ids:
        raise BriefError(
            "There is nothing to brief on: choose at least one meeting, or an actor with meetings."
        )
    today = request.today or dt.date.today()
    meetings = tuple(meeting_details(store, ids))
    targets = target_labels(store, meetings, request.actor_ids)
    chosen: list[tuple[AnnotationView, str]] = []
    wanted = None if request.annotation_ids is None else set(request.annotation_ids)
    for a in annotations_on(store, targets):
        where = targets.get((a.target_kind, a.target_id))
        if where is not None and (a.include_in_brief if wanted is None else a.id in wanted):
            chosen.append((a, where))
    if wanted is not None and (unknown := wanted - {a.id for a, _ in chosen}):
        raise BriefError(
            f"Note {min(unknown)} is not on the selected items; leave it out of the note."
        )
    marked = [
        (f"Commitment {c.id} “{_short(c.text)}”", c.classification)
        for mt in meetings
        for c in (*mt.commitments, *mt.principles, *mt.next_steps)
        if c.classification
    ]
    marked += [
        (f"Statement {s.id} “{_short(s.text)}”", s.classification)
        for mt in meetings
        for s in mt.statements
        if s.classification
    ]
    marked += [
        (f"Note {a.id} “{_short(a.body)}”", a.classification) for a, _ in chosen if a.classification
    ]
    marking = _marking(levels, request.classification, marked)
    sources: dict[int, SourceSummary] = {}
    for mt in meetings:
        for src in mt.sources:
            sources.setdefault(src.id, src)
    fr = request.language == "fr"
    title = request.title.strip() or (
        meetings[0].summary.title
        if len(meetings) == 1
        else (f"Note sur {len(meetings)} réunions" if fr else f"Note on {len(meetings)} meetings")
    )
    subject = labels.quote(request.language, title)
    purpose = request.purpose.strip() or (
        f"Faire le point sur {subject} et sur le suivi des engagements pris."
        if fr
        else f"Brief the reader on {subject} and on the follow-up of the commitments made."
    )
    points = request.talking_points
    if points is None:
        points = tuple(suggest_talking_points(meetings, request.language, today))
    return NoteContent(
        title=title,
        reference=request.reference.strip() or next_reference(store, today),
        date=today,
        language=request.language,
        marking=marking,
        purpose=purpose,
        meetings=meetings,
        follow_up=_follow_up(meetings, today),
        changes=_changes(_previous(store, _subject(request)), meetings),
        talking_points=tuple(p.strip() for p in points if p.strip()),
        notes=tuple(ReaderNote(a.id, a.body, w, a.tags, a.classification) for a, w in chosen),
        sources=tuple(sources.values()),
        prepared_for=request.prepared_for.strip(),
        prepared_by=request.prepared_by.strip(),
        audience=request.audience.strip(),
        author=request.author.strip(),
        draft=request.draft,
        decision=request.decision.strip(),
        sign_off=request.sign_off,
    )


def unprintable_characters(store: Store, request: BriefRequest) -> list[Replacement]:
    """Which characters of the note on ``request`` will print as a replacement mark, and in
    which section (and text): known before any layout, so a front end can say so first."""
    return unprintable(collect(store, request))


def warnings_text(replaced: Sequence[Replacement]) -> list[str]:
    """One sentence per character and section (a character repeated is named once)."""
    seen: dict[tuple[str, str], Replacement] = {}
    for item in replaced:
        seen.setdefault((item.char, item.where), item)
    return [item.sentence() for item in seen.values()]


def preview_pdf(store: Store, request: BriefRequest) -> bytes:
    """The note as it would be exported, without recording it."""
    try:
        return build_pdf(collect(store, request))
    except BriefingError as exc:
        raise BriefError(str(exc)) from exc


def _snapshot(note: NoteContent) -> dict[str, Any]:
    return {
        "meetings": {str(mt.id): mt.summary.title for mt in note.meetings},
        "commitments": {
            str(c.id): {"text": c.text, "status": c.status, "score": c.compliance_score}
            for mt in note.meetings
            for c in (*mt.commitments, *mt.principles, *mt.next_steps)
        },
        "annotations": [n.id for n in note.notes],
        "marking": note.marking.keyword,
    }


def export_brief(
    store: Store,
    request: BriefRequest,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    warn: Warn | None = None,
    layout: Layout = build,
) -> BriefView:
    """Build the note, write it to ``path`` and record it (snapshot included) in one go.

    Before the layout starts, ``warn`` is given the characters that will print as a
    replacement mark (if any); they never stop the export. ``layout`` may run elsewhere
    (the window passes one that lays out in its helper process).
    """
    step = progress or (lambda done, total, what: None)
    step(0, 3, "collect")
    note = collect(store, request)
    if warn is not None:
        replaced = unprintable(note)
        if replaced:
            warn(replaced)
    step(1, 3, "build")
    target = Path(path).expanduser()
    selection = {
        "subject": _subject(request),
        "meeting_ids": [mt.id for mt in note.meetings],
        "actor_ids": list(request.actor_ids),
        "audience": note.audience,
        "prepared_for": note.prepared_for,
        "prepared_by": note.prepared_by,
        "talking_points": list(note.talking_points),
        "annotation_ids": [n.id for n in note.notes],
        "draft": note.draft,
        "author": note.author,
        "decision": note.decision,
        "sign_off": note.sign_off,
    }
    try:
        built = layout(note)  # laid out before the transaction: no lock held meanwhile
    except BriefingError as exc:
        raise BriefError(str(exc)) from exc
    step(2, 3, "record")
    with store.write() as session:
        brief = m.Brief(
            title=note.title,
            reference=note.reference,
            purpose=note.purpose,
            classification=note.marking.keyword,
            language=note.language,
            selection=json.dumps(selection, ensure_ascii=False),
            snapshot=json.dumps({**_snapshot(note), "pages": built.pages}, ensure_ascii=False),
            pdf_sha256=hashlib.sha256(built.data).hexdigest(),
            file_name=str(target.resolve()),
        )
        session.add(brief)
        session.flush()
        try:
            save_pdf(built.data, target)  # a failure here rolls the record back
        except BriefingError as exc:
            raise BriefError(str(exc)) from exc
        view = replace(_view(brief), replaced=built.replaced)
    step(3, 3, "done")
    return view


def _view(b: m.Brief) -> BriefView:
    sel = json.loads(b.selection or "{}")
    return BriefView(
        id=b.id,
        title=b.title,
        reference=b.reference or "",
        purpose=b.purpose,
        classification=b.classification,
        language=b.language,
        generated_at=b.generated_at,
        file_name=b.file_name,
        pdf_sha256=b.pdf_sha256,
        meeting_ids=tuple(sel.get("meeting_ids", ())),
        actor_ids=tuple(sel.get("actor_ids", ())),
        audience=sel.get("audience", ""),
        prepared_for=sel.get("prepared_for", ""),
        prepared_by=sel.get("prepared_by", ""),
        pages=int(json.loads(b.snapshot or "{}").get("pages", 0)),
    )


def list_briefs(store: Store) -> list[BriefView]:
    with store.read() as session:
        rows = session.scalars(
            select(m.Brief).order_by(m.Brief.generated_at.desc(), m.Brief.id.desc())
        )
        return [_view(b) for b in rows]


def get_brief(store: Store, brief_id: int) -> BriefView:
    with store.read() as session:
        brief = session.get(m.Brief, brief_id)
        if brief is None:
            raise browse.NotFound(f"There is no brief {brief_id} in this store.")
        return _view(brief)


def changes_since(store: Store, brief_id: int) -> Changes:
    """What changed in the brief's selection since it was made: meetings, commitments, statuses."""
    with store.read() as session:
        brief = session.get(m.Brief, brief_id)
        if brief is None:
            raise browse.NotFound(f"There is no brief {brief_id} in this store.")
        session.expunge(brief)
    subject = json.loads(brief.selection or "{}").get("subject", {})
    request = BriefRequest(
        meeting_ids=tuple(subject.get("meetings", ())),
        actor_ids=tuple(subject.get("actors", ())),
        since=dt.date.fromisoformat(subject["since"]) if subject.get("since") else None,
    )
    ids = resolve_meeting_ids(store, request)
    return _changes(brief, meeting_details(store, ids))


def verify_file(brief: BriefView) -> str | None:
    """Why the brief's PDF cannot be opened as recorded (moved, changed), or None."""
    if not brief.file_name or not Path(brief.file_name).is_file():
        return f"The PDF of brief {brief.reference} is no longer at {brief.file_name}."
    digest = hashlib.sha256(Path(brief.file_name).read_bytes()).hexdigest()
    if brief.pdf_sha256 and digest != brief.pdf_sha256:
        return f"The file {brief.file_name} has changed since brief {brief.reference} was made."
    return None


def build_note_for_meetings(
    store: Store, meeting_ids: Sequence[int], path: str | os.PathLike[str], *, language: str = "en"
) -> int:
    """Build (not record) the note on ``meeting_ids`` to ``path``; its pages. For benchmarks."""
    note = collect(store, BriefRequest(meeting_ids=tuple(meeting_ids), language=language))
    return write_pdf(note, path).pages
