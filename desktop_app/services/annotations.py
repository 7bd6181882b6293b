"""Annotations (notes on any item or passage), their kept versions, tags and drafts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session, selectinload

from db import concurrency
from db import models as m
from desktop_app.services import convert
from desktop_app.services.browse import NotFound
from desktop_app.services.history import Recorder
from desktop_app.services.store import EditConflict, Store, StoreError
from domain.views import AnnotationView, DraftView

TARGET_MODELS: dict[str, type[m.Base]] = {
    "meeting": m.Meeting,
    "commitment": m.Commitment,
    "statement": m.Statement,
    "source": m.Source,
    "actor": m.Actor,
    "anchor": m.Anchor,
}
MAX_BODY = 200_000


class InvalidInput(StoreError):
    """Input the user can correct; the message says what and how."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def parse_target(value: str) -> tuple[str, int]:
    """``KIND:ID`` (``meeting:3``) as a (kind, id) pair, or InvalidInput saying why not."""
    kind, _, raw_id = value.partition(":")
    kind = kind.strip().lower()
    if kind not in TARGET_MODELS or not raw_id.strip().isdigit():
        kinds = ", ".join(k for k in TARGET_MODELS if k != "anchor")
        raise InvalidInput(f"'{value}' is not a target: write KIND:ID, KIND being one of {kinds}.")
    return kind, int(raw_id)


def _check_target(session: Session, kind: str, target_id: int) -> None:
    if kind not in TARGET_MODELS:
        raise InvalidInput(f"Notes cannot be attached to a '{kind}'.")
    if session.get(TARGET_MODELS[kind], target_id) is None:
        raise NotFound(f"There is no {kind} {target_id} in this store.")


def _clean_body(body: str) -> str:
    body = body.replace("\x00", "").strip()
    if not body:
        raise InvalidInput("A note needs some text.")
    if len(body) > MAX_BODY:
        raise InvalidInput(f"A note is limited to {MAX_BODY:,} characters; split this one.")
    return body


def _tags(session: Session, names: Iterable[str]) -> list[m.Tag]:
    wanted: list[str] = []
    for raw in names:
        name = " ".join(raw.split()).strip().lstrip("#")
        if name and name.casefold() not in {w.casefold() for w in wanted}:
            wanted.append(name[:100])
    if not wanted:
        return []
    existing = {
        t.name.casefold(): t
        for t in session.scalars(
            select(m.Tag).where(func.lower(m.Tag.name).in_([w.lower() for w in wanted]))
        )
    }
    missing = [name for name in wanted if name.casefold() not in existing]
    if missing:
        # Not get-then-add: another analyst may create the same tag meanwhile (a team
        # store); INSERT … ON CONFLICT DO NOTHING, then read back whichever row won.
        concurrency.insert_missing(
            session, m.Base.metadata.tables["tag"], [{"name": n} for n in missing], ["name"]
        )
        for tag in session.scalars(select(m.Tag).where(m.Tag.name.in_(missing))):
            existing[tag.name.casefold()] = tag
    return [existing[name.casefold()] for name in wanted]


def _claim(annotation: m.Annotation, expected_version: int | None) -> None:
    """Refuse an edit made on a copy of the note someone else changed since (a team store):
    the window passes the version it showed; nothing is written over a change not seen. The
    row stays guarded until the commit by the mapper's own version check (Versioned)."""
    if expected_version is not None and annotation.row_version != expected_version:
        raise EditConflict(
            f"Someone else changed note {annotation.id} (now version {annotation.row_version}) "
            f"after you opened it (version {expected_version}); your change was not saved: "
            "reload it to see theirs, then make yours again."
        )


def _load(session: Session, annotation_id: int) -> m.Annotation:
    annotation = session.get(
        m.Annotation,
        annotation_id,
        options=[selectinload(m.Annotation.tags), selectinload(m.Annotation.versions)],
    )
    if annotation is None:
        raise NotFound(f"There is no note {annotation_id} in this store.")
    return annotation


def add_annotation(
    store: Store,
    target_kind: str,
    target_id: int,
    body: str,
    *,
    tags: Iterable[str] = (),
    include_in_brief: bool = False,
    author: str | None = None,
    classification: str | None = None,
    from_draft: bool = True,
) -> AnnotationView:
    """A new note (it conflicts with nobody). ``from_draft``: it is the text typed as the
    target's draft (the window's notes panel), which is then done with; False for a note
    written elsewhere (`chancery annotate`), which leaves a draft being typed as it is."""
    body = _clean_body(body)
    with store.write() as session:
        _check_target(session, target_kind, target_id)
        annotation = m.Annotation(
            target_kind=target_kind,
            target_id=target_id,
            body=body,
            author=author,
            include_in_brief=include_in_brief,
            classification=classification,
        )
        annotation.tags = _tags(session, tags)
        session.add(annotation)
        if from_draft:  # the draft typed for this note is done with once the note is saved
            session.execute(
                delete(m.Draft).where(
                    m.Draft.analyst == _analyst(session),  # another's typing is theirs
                    m.Draft.target_kind == target_kind,
                    m.Draft.target_id == target_id,
                    m.Draft.annotation_id.is_(None),
                )
            )
        session.flush()
        return convert.annotation_view(annotation)


def edit_annotation(
    store: Store,
    annotation_id: int,
    *,
    body: str | None = None,
    tags: Iterable[str] | None = None,
    include_in_brief: bool | None = None,
    classification: str | None = None,
    expected_version: int | None = None,
) -> AnnotationView:
    """Change a note; the text it had before is kept as a numbered version.

    ``expected_version``: the note's version when the user read it (AnnotationView.version);
    if someone changed it since, EditConflict and nothing is written."""
    with store.write() as session:
        annotation = _load(session, annotation_id)
        _claim(annotation, expected_version)
        if body is not None:
            body = _clean_body(body)
            if body != annotation.body:
                number = len(annotation.versions) + 1
                annotation.versions.append(m.AnnotationVersion(number=number, body=annotation.body))
                annotation.body = body
        if tags is not None:
            annotation.tags = _tags(session, tags)
        if include_in_brief is not None:
            annotation.include_in_brief = include_in_brief
        if classification is not None:
            annotation.classification = classification or None
        annotation.updated_at = _now()
        session.execute(
            delete(m.Draft).where(
                m.Draft.annotation_id == annotation_id, m.Draft.analyst == _analyst(session)
            )
        )
        session.flush()
        return convert.annotation_view(annotation)


def delete_annotation(
    store: Store, annotation_id: int, *, expected_version: int | None = None
) -> AnnotationView:
    """Move a note to the bin (restorable); it leaves searches and briefs. A note someone
    changed since ``expected_version`` is not deleted (EditConflict)."""
    with store.write() as session:
        annotation = _load(session, annotation_id)
        _claim(annotation, expected_version)
        annotation.deleted_at = _now()
        session.flush()
        return convert.annotation_view(annotation)


def restore_annotation(store: Store, annotation_id: int) -> AnnotationView:
    with store.write() as session:
        annotation = _load(session, annotation_id)
        annotation.deleted_at = None
        session.flush()
        return convert.annotation_view(annotation)


def get_annotation(store: Store, annotation_id: int) -> AnnotationView:
    with store.read() as session:
        return convert.annotation_view(_load(session, annotation_id))


def list_annotations(
    store: Store,
    *,
    target_kind: str | None = None,
    target_id: int | None = None,
    tag: str | None = None,
    include_deleted: bool = False,
    for_brief: bool | None = None,
) -> list[AnnotationView]:
    query = select(m.Annotation).options(
        selectinload(m.Annotation.tags), selectinload(m.Annotation.versions)
    )
    if target_kind is not None:
        query = query.where(m.Annotation.target_kind == target_kind)
    if target_id is not None:
        query = query.where(m.Annotation.target_id == target_id)
    if not include_deleted:
        query = query.where(m.Annotation.deleted_at.is_(None))
    if for_brief is not None:
        query = query.where(m.Annotation.include_in_brief.is_(for_brief))
    if tag:
        query = query.where(m.Annotation.tags.any(func.lower(m.Tag.name) == tag.lower()))
    with store.read() as session:
        rows = session.scalars(query.order_by(m.Annotation.created_at, m.Annotation.id))
        return [convert.annotation_view(a) for a in rows]


def list_tags(store: Store) -> list[tuple[str, int]]:
    """Every tag with the number of live notes carrying it."""
    query = (
        select(m.Tag.name, func.count(m.Annotation.id))
        .select_from(m.Tag)
        .outerjoin(m.AnnotationTag, m.AnnotationTag.tag_id == m.Tag.id)
        .outerjoin(
            m.Annotation,
            (m.Annotation.id == m.AnnotationTag.annotation_id) & m.Annotation.deleted_at.is_(None),
        )
        .group_by(m.Tag.id)
        .order_by(m.Tag.name)
    )
    with store.read() as session:
        return [(name, count) for name, count in session.execute(query)]


# --- drafts -------------------------------------------------------------------------------
# A draft is its analyst's own: on a team store each analyst connects as their PostgreSQL
# role, so current_user says who types; a personal store has one user (""). A draft kept from
# before revision 0013 has "" (its typist unknown): every analyst is offered it, so none is
# lost, and may discard it; nobody's typing writes over it.
UNKNOWN_ANALYST = ""


def _analyst(session: Session) -> str:
    if session.get_bind().dialect.name != "postgresql":
        return UNKNOWN_ANALYST
    return str(session.scalar(select(func.current_user())))


def _mine(session: Session) -> ColumnElement[bool]:
    """The drafts the current analyst sees: their own and those of an unknown typist."""
    return m.Draft.analyst.in_({_analyst(session), UNKNOWN_ANALYST})


def save_draft(
    store: Store, target_kind: str, target_id: int, body: str, *, annotation_id: int | None = None
) -> DraftView:
    """Keep what is being typed; called as the user types, so it must be cheap."""
    with store.write() as session:
        analyst = _analyst(session)
        draft = session.scalar(
            select(m.Draft).where(
                m.Draft.analyst == analyst,
                m.Draft.target_kind == target_kind,
                m.Draft.target_id == target_id,
                m.Draft.annotation_id.is_(None)
                if annotation_id is None
                else m.Draft.annotation_id == annotation_id,
            )
        )
        if draft is None:
            _check_target(session, target_kind, target_id)
            draft = m.Draft(
                analyst=analyst,
                target_kind=target_kind,
                target_id=target_id,
                annotation_id=annotation_id,
            )
            session.add(draft)
        draft.body = body
        draft.updated_at = _now()
        session.flush()
        return _draft_view(draft)


def _draft_view(d: m.Draft) -> DraftView:
    return DraftView(
        id=d.id,
        target_kind=d.target_kind,
        target_id=d.target_id,
        annotation_id=d.annotation_id,
        body=d.body,
        updated_at=d.updated_at,
    )


def list_drafts(store: Store) -> list[DraftView]:
    """The current analyst's drafts (and those kept from before drafts had an analyst)."""
    with store.read() as session:
        query = select(m.Draft).where(_mine(session)).order_by(m.Draft.updated_at, m.Draft.id)
        return [_draft_view(d) for d in session.scalars(query)]


def discard_draft(store: Store, draft_id: int) -> None:
    """Drop a draft of the current analyst's; another analyst's draft is left as it is."""
    with store.write() as session:
        session.execute(delete(m.Draft).where(m.Draft.id == draft_id, _mine(session)))


# --- tags: rename and merge ---------------------------------------------------------------


@dataclass(frozen=True)
class TagChange:
    """What a rename or a merge did: the tag now carried, the names gone, the notes moved."""

    tag: str
    removed: tuple[str, ...]
    notes: int
    change_set_id: int | None


def _tag_named(session: Session, name: str) -> m.Tag | None:
    """The tag of this name, any case (compared in Python: SQLite's lower() leaves É as is)."""
    clean = " ".join(name.split()).strip().lstrip("#").casefold()
    return next((t for t in session.scalars(select(m.Tag)) if t.name.casefold() == clean), None)


def _clean_tag(name: str) -> str:
    clean = " ".join(name.split()).strip().lstrip("#")
    if not clean:
        raise InvalidInput("A tag needs a name: type at least one letter.")
    if len(clean) > 100:
        raise InvalidInput(f"A tag's name is at most 100 characters ({len(clean)} given).")
    return clean


def rename_tag(store: Store, name: str, new_name: str) -> TagChange:
    """Give the tag ``name`` the name ``new_name`` on every note that carries it (recorded:
    undo restores it). Renaming onto another tag's name is a merge: say so, change nothing."""
    new = _clean_tag(new_name)
    with store.write() as session:
        tag = _tag_named(session, name)
        if tag is None:
            raise NotFound(f"There is no tag '{name}' in this store.")
        other = _tag_named(session, new)
        if other is not None and other.id != tag.id:
            raise InvalidInput(
                f"The tag '{other.name}' already exists: merge '{tag.name}' into it instead."
            )
        old = tag.name
        recorder = Recorder(session, "tag_rename", f"#{old} → #{new}")
        recorder.update("tag", tag.id, "name", new)
        # The notes' search rows hold their tags: the recorder re-indexes what it touches.
        notes = _notes_of(session, [tag.id])
        recorder.touched.update(("annotation", n) for n in notes)
        change_set = recorder.finish()
        return TagChange(new, (old,) if old != new else (), len(notes), change_set)


def merge_tags(store: Store, names: Iterable[str], into: str) -> TagChange:
    """Put the tag ``into`` on every note carrying one of ``names`` and remove those tags
    (recorded as one change: undo splits them again). ``into`` is made if it is new."""
    target_name = _clean_tag(into)
    with store.write() as session:
        sources: list[m.Tag] = []
        for name in names:
            tag = _tag_named(session, name)
            if tag is None:
                raise NotFound(f"There is no tag '{name}' in this store.")
            if tag.name.casefold() != target_name.casefold() and tag not in sources:
                sources.append(tag)
        if not sources:
            raise InvalidInput("Name at least one tag other than the one to merge into.")
        removed = tuple(t.name for t in sources)
        source_ids = [t.id for t in sources]
        label = f"{', '.join('#' + n for n in removed)} → #{target_name}"
        recorder = Recorder(session, "tag_merge", label)
        target = _tag_named(session, target_name)
        kept = target.name if target is not None else target_name
        target_id = (
            target.id if target is not None else recorder.insert("tag", {"name": target_name})["id"]
        )
        carrying = set(_notes_of(session, [target_id]))
        moved = _notes_of(session, source_ids)
        for note_id in moved:
            if note_id not in carrying:
                recorder.insert("annotation_tag", {"annotation_id": note_id, "tag_id": target_id})
                carrying.add(note_id)
        recorder.delete(("tag", tag_id) for tag_id in source_ids)
        session.expunge_all()  # rows changed with SQL: the ORM's copies are stale
        change_set = recorder.finish()
        return TagChange(kept, removed, len(set(moved)), change_set)


def _notes_of(session: Session, tag_ids: list[int]) -> list[int]:
    return list(
        session.scalars(
            select(m.AnnotationTag.annotation_id)
            .where(m.AnnotationTag.tag_id.in_(tag_ids))
            .distinct()
        )
    )


def note_targets(store: Store, rows: Iterable[AnnotationView]) -> dict[tuple[str, int], str]:
    """What each note is on, in a few words: a meeting's title, a commitment's or a
    statement's text, a source's title, an actor's name, a passage's words (one query a kind)."""
    wanted: dict[str, set[int]] = {}
    for note in rows:
        wanted.setdefault(note.target_kind, set()).add(note.target_id)
    columns = {
        "meeting": (m.Meeting.id, m.Meeting.title),
        "commitment": (m.Commitment.id, m.Commitment.text),
        "statement": (m.Statement.id, m.Statement.text),
        "source": (m.Source.id, m.Source.title),
        "actor": (m.Actor.id, m.Actor.name),
        "anchor": (m.Anchor.id, m.Anchor.exact),
    }
    out: dict[tuple[str, int], str] = {}
    with store.read() as session:
        for kind, ids in wanted.items():
            if kind not in columns:
                continue
            key_column, text_column = columns[kind]
            for item_id, text in session.execute(
                select(key_column, text_column).where(key_column.in_(ids))
            ):
                out[(kind, item_id)] = " ".join((text or "").split())[:120]
    return out
