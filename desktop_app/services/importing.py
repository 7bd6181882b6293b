"""Import: documents become a source plus candidate meetings, commitments and statements.

Each file is read, cleaned and extracted (desktop_app.ingest), then written: all of a
document's records or none (import_files writes several files in one transaction, and each
alone should that one fail). A text already in the store (same sha256) adds nothing;
a document about a meeting already there (near date, same place, parties mostly shared:
meeting_identity) is attached to it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import extract, or_, select
from sqlalchemy.orm import Session, selectinload

from db import concurrency
from db import models as m
from desktop_app.ingest.gazetteer import Entity, KnownPerson, load_gazetteer
from desktop_app.ingest.matching import SAME
from desktop_app.ingest.normalize import CleanText, clean, key
from desktop_app.ingest.pipeline import (
    Extraction,
    FoundMeeting,
    FoundPerson,
    extract_document,
    month_day_of,
)
from desktop_app.ingest.readers import (
    READABLE_SUFFIXES,
    RawDocument,
    UnreadableFile,
    read_document,
    shown_name,
)
from desktop_app.messages import Message, count
from desktop_app.services import corroboration, meeting_identity, offload
from desktop_app.services.store import Store, StoreError

log = logging.getLogger(__name__)

IMPORTABLE_SUFFIXES: tuple[str, ...] = READABLE_SUFFIXES


@dataclass(frozen=True)
class Given:
    """What the analyst says of a document beyond its text (`chancery import --published
    DAY --address URL`): it wins over what the file says of itself."""

    published: dt.date | None = None
    address: str | None = None


# The formats whose files may say when they were published or where they were found (a
# page's metadata and canonical address, a Word file's creation date).
METADATA_SUFFIXES = (".html", ".htm", ".docx")


@dataclass(frozen=True)
class ReadFile:
    """A file read and cleaned, its text's sha256 known, not analysed yet: made without the
    store (the window's helper process makes it), so that a copy of a stored text is known
    for one before the slow analysis."""

    path: Path
    raw: RawDocument | None  # None: the file cannot be read, ``note`` says why
    cleaned: CleanText | None = None
    sha256: str = ""
    note: Message | None = None
    # The file's size and modification time when it was read: changed since, it is read again.
    stamp: tuple[int, int] = (0, 0)

    @property
    def given(self) -> Given:
        """What the file says of itself: its publication date and address."""
        return Given() if self.raw is None else Given(self.raw.published, self.raw.address)

    def current(self) -> bool:
        """Whether the file is still as it was read."""
        return self.stamp == _stamp(self.path)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = os.stat(path)
    except OSError:
        return (-1, -1)
    return (status.st_size, status.st_mtime_ns)


def read_file(path: Path) -> ReadFile:
    """Read and clean one file and hash its text; never touches a store."""
    path = Path(path)
    stamp = _stamp(path)
    try:
        raw = read_document(path)
    except UnreadableFile as exc:
        note = exc.note or Message("import.reader_failed", {"error": str(exc)})
        return ReadFile(path, None, note=note, stamp=stamp)
    cleaned = clean(raw.text)
    sha = hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest()
    return ReadFile(path, raw, cleaned, sha, stamp=stamp)


def read_metadata(paths: Sequence[Path]) -> list[ReadFile | None]:
    """The files that may say when they were published and where they were found
    (METADATA_SUFFIXES) read as the import reads them, None for the others: the window shows
    what they say, then gives these reads to its import, which does not read them again."""
    return [
        read_file(Path(p)) if Path(p).suffix.lower() in METADATA_SUFFIXES else None for p in paths
    ]


def found_metadata(paths: Sequence[Path]) -> list[Given]:
    """What each file says of itself: its publication date and address, as the import would
    read them (a file that says nothing, or cannot be read, gives an empty Given)."""
    return [Given() if read is None else read.given for read in read_metadata(paths)]


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # "imported" | "duplicate" | "error"
    message: str  # one sentence for the user, in English (the CLI's): ``note`` said
    source_id: int | None
    meeting_id: int | None
    counts: tuple[tuple[str, int], ...]
    # The names and aliases of the people this file added to the store: a file of the same
    # batch read before they existed may name them and must be read again (mentions()).
    new_people: tuple[str, ...] = ()
    # The same sentence as a code and its arguments, for the window to translate.
    note: Message | None = None

    @classmethod
    def of(
        cls,
        path: Path,
        status: str,
        note: Message,
        source_id: int | None = None,
        meeting_id: int | None = None,
        counts: tuple[tuple[str, int], ...] = (),
        new_people: tuple[str, ...] = (),
    ) -> ImportOutcome:
        return cls(path, status, note.english(), source_id, meeting_id, counts, new_people, note)


# An import of many files writes them in batches: one transaction (one commit, whose syncs
# to disk cost more than the writing itself) for up to BATCH_FILES files or BATCH_SECONDS,
# whichever comes first, so the store is never held for long by one import, and the window
# shows each batch's results within BATCH_SECONDS.
BATCH_FILES = 20
BATCH_SECONDS = 0.5
# Files a helper process reads ahead while the window's process writes (InHelper).
READ_AHEAD = 2


class InProcess:
    """Where the slow part of an import (reading, analysing) runs: here, in the caller's
    thread (the command line's way)."""

    def read(
        self, path: Path, upcoming: Sequence[Path], should_stop: Callable[[], bool]
    ) -> ReadFile:
        """``path`` read; ``upcoming``: the files to be read next (InHelper reads ahead)."""
        return read_file(path)

    def analyse(
        self,
        read: ReadFile,
        known: Sequence[KnownPerson],
        given: Given | None,
        should_stop: Callable[[], bool],
    ) -> PreparedFile:
        return analyse_file(read, known, given)

    def close(self) -> None:
        """The import is over: work asked for ahead is dropped."""


class InHelper(InProcess):
    """The slow part in a helper process (services.offload), the window's way: its process
    keeps its GIL for the window and only writes, while the helper reads READ_AHEAD files
    ahead. Should no helper start on this system, the work is done in this thread.

    Waiting for the helper raises offload.Stopped when ``should_stop`` says so, and
    offload.HelperFailed when it died (the files read ahead then go to a new helper)."""

    def __init__(
        self,
        pool: offload.HelperPool,
        read: Callable[[Path], ReadFile] | None = None,
        analyse: Callable[..., PreparedFile] | None = None,
    ) -> None:
        self.pool = pool
        # Module-level functions (the helper finds them by name); tests pass their own.
        self.reader = read or read_file
        self.analyser = analyse or analyse_file
        self.calls: dict[Path, offload.Call[ReadFile]] = {}
        self.here = False  # no helper could start
        # The people the store knows, pickled once for the helper until the list changes.
        self.known: tuple[Sequence[KnownPerson], offload.Shared] | None = None

    def _submit(self, fn: Callable[..., Any], *args: Any) -> offload.Call[Any] | None:
        if self.here:
            return None
        try:
            return self.pool.submit(fn, *args)
        except (OSError, RuntimeError) as exc:  # no helper process on this system
            log.warning("importing in the window's process: %s", exc)
            self.here = True
            return None

    def read(
        self, path: Path, upcoming: Sequence[Path], should_stop: Callable[[], bool]
    ) -> ReadFile:
        for ahead in (path, *upcoming[:READ_AHEAD]):
            if ahead not in self.calls:
                call = self._submit(self.reader, ahead)
                if call is None:
                    break
                self.calls[ahead] = call
        call = self.calls.pop(path, None)
        if call is None:
            return self.reader(path)
        return self._wait(call, should_stop)

    def analyse(
        self,
        read: ReadFile,
        known: Sequence[KnownPerson],
        given: Given | None,
        should_stop: Callable[[], bool],
    ) -> PreparedFile:
        if self.known is None or self.known[0] is not known:
            self.known = (known, offload.Shared(tuple(known)))
        call = self._submit(self.analyser, read, self.known[1], given)
        if call is None:
            return self.analyser(read, known, given)
        prepared: PreparedFile = self._wait(call, should_stop)
        return prepared

    def _wait(self, call: offload.Call[Any], should_stop: Callable[[], bool]) -> Any:
        try:
            return call.result(should_stop)
        except offload.HelperFailed:
            self.close()  # the helper died on this file: the next go to a new one
            raise

    def close(self) -> None:
        for call in self.calls.values():
            call.cancel()
        self.calls.clear()


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    confirm: bool = False,
    progress: Callable[[int, int, Path], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    given: Mapping[Path, Given] | None = None,
    stages: InProcess | None = None,
    read: Mapping[Path, ReadFile] | None = None,
    done: Callable[[int, ImportOutcome], None] | None = None,
) -> list[ImportOutcome]:
    """Import each file, all its records or none; a bad file is said in one sentence and
    the others go on. The command line and the window both import through here.

    Each file is read and its text hashed first: a copy of a text the store holds (this
    import's earlier files included) is not analysed. Files are written BATCH_FILES at a
    time in one transaction; should that transaction fail, each of its files is written
    again in its own, so that only a file that cannot be written is reported (and nothing
    of it is kept).

    ``given``: the publication date and address of some files, by path (they win over the
    files'). ``stages``: where reading and analysing run (InProcess; the window: InHelper).
    ``read``: files read already (the window's metadata), by path: not read again unless
    changed since. ``progress(index, total, path)``: a file is started. ``should_stop``:
    looked at between files and while a helper works; then the files written so far are
    committed, and nothing of the file under way. ``done(index, outcome)``: a file's
    outcome, once final (its batch committed). StoreError: the store cannot be read, or
    takes no transaction."""
    stages = stages or InProcess()
    stop = should_stop or (lambda: False)
    told = given or {}
    reads = read or {}
    outcomes: list[ImportOutcome] = []
    known = known_people(store)
    index = 0
    try:
        while index < len(paths) and not stop():
            batch: list[tuple[int, PreparedFile]] = []
            written: list[tuple[int, ImportOutcome]] = []
            halted = False
            try:
                with store.write() as session:
                    started = time.monotonic()
                    stored = _asker(session)
                    while (
                        index < len(paths)
                        and len(batch) < BATCH_FILES
                        and (not batch or time.monotonic() - started < BATCH_SECONDS)
                        and not stop()
                    ):
                        path = Path(paths[index])
                        if progress is not None:
                            progress(index, len(paths), path)
                        try:
                            prepared = _prepare(
                                stages, paths, index, known, told.get(path), reads, stored, stop
                            )
                        except offload.Stopped:
                            halted = True
                            break
                        batch.append((index, prepared))
                        index += 1  # before the write: should it fail, the next batch goes on
                        outcome = _store_in(session, prepared, confirm)
                        written.append((index - 1, outcome))
                        if outcome.new_people:  # the next files may name them
                            session.flush()
                            known = _known_in(session)
            except StoreError:
                if not batch:  # the store takes no transaction at all: said to the caller
                    raise
                # What the rolled-back transaction held is not stored: each file asks again
                # (and one found stored in it is analysed after all).
                known = known_people(store)
                written = []
                for row, prepared in batch:
                    if prepared.stored:
                        prepared = _prepare(
                            stages, paths, row, known, told.get(prepared.path), reads, None, stop
                        )
                    else:
                        prepared = dataclasses.replace(prepared, stored=None)
                    outcome = store_prepared(store, prepared, confirm=confirm)
                    written.append((row, outcome))
                    if outcome.new_people:
                        known = known_people(store)
            for row, outcome in written:
                outcomes.append(outcome)
                if done is not None:
                    done(row, outcome)
            if halted:
                break
    finally:
        stages.close()
    return outcomes


def _prepare(
    stages: InProcess,
    paths: Sequence[Path],
    index: int,
    known: Sequence[KnownPerson],
    given: Given | None,
    reads: Mapping[Path, ReadFile],
    stored: Callable[[str], bool] | None,
    should_stop: Callable[[], bool],
) -> PreparedFile:
    """``paths[index]`` read (or its earlier read taken), looked for in the store by its
    text's hash (``stored``), analysed unless found. Raises offload.Stopped and StoreError
    only; any other failure is the file's, said in one sentence."""
    path = Path(paths[index])
    try:
        earlier = reads.get(path)
        if earlier is not None and earlier.current():
            read = earlier
        else:
            upcoming = [Path(p) for p in paths[index + 1 : index + 1 + READ_AHEAD]]
            read = stages.read(path, upcoming, should_stop)
        if read.raw is None or read.cleaned is None:
            return analyse_file(read, known, given)  # the reader's sentence
        # A text this short is not looked for: it cannot be imported (analyse_file says so).
        checked = stored is not None and len(read.cleaned.text.strip()) >= 20
        if checked and stored is not None and stored(read.sha256):
            # A copy of a stored text (a folder imported again): nothing to analyse.
            address = (given.address if given else None) or read.raw.address
            return PreparedFile(path, None, read.sha256, address=address, stored=True)
        prepared = stages.analyse(read, known, given, should_stop)
        return dataclasses.replace(prepared, stored=False) if checked else prepared
    except offload.HelperFailed as exc:
        # Said in the user's language; the process's own words go to the log.
        log.error("the helper stopped while reading %s: %s", path, exc)
        return _failed(path, Message("import.helper_failed", {"file": shown_name(path)}))
    except (offload.Stopped, StoreError):
        raise
    except Exception as exc:  # noqa: BLE001 - one broken reader must not stop the others
        log.error("import of %s failed:\n%s", path, traceback.format_exc())
        error = f"{type(exc).__name__}: {exc}"
        return _failed(
            path, Message("import.not_analysed", {"file": shown_name(path), "error": error})
        )


def import_file(
    store: Store,
    path: Path,
    *,
    confirm: bool = False,
    known: Sequence[KnownPerson] | None = None,
    given: Given | None = None,
) -> ImportOutcome:
    prepared = prepare_file(path, known if known is not None else known_people(store), given)
    return store_prepared(store, prepared, confirm=confirm)


@dataclass(frozen=True)
class PreparedFile:
    """A file read and analysed, not yet written: made without the store, so that a helper
    process can make it (desktop_app.services.offload) while the window's process writes."""

    path: Path
    extraction: Extraction | None  # None: the file cannot be imported, ``error`` says why
    sha256: str = ""
    error: str = ""
    note: Message | None = None  # ``error`` as a message the window translates
    address: str | None = None  # where the document was found, if known
    # Whether the store held its text when it was prepared (None: not asked); True: it is
    # not analysed (``extraction`` is None), the import says it is there.
    stored: bool | None = None


def _asker(session: Session) -> Callable[[str], bool]:
    """Whether the store (this transaction included) holds a text, by its sha256."""

    def stored(sha: str) -> bool:
        return session.scalar(select(m.Source.id).where(m.Source.sha256 == sha)) is not None

    return stored


def prepare_file(
    path: Path,
    known: Sequence[KnownPerson],
    given: Given | None = None,
    *,
    stored: Callable[[str], bool] | None = None,
) -> PreparedFile:
    """Read, clean and analyse one file here; never touches a store itself. The publication
    date and address ``given`` win over those the file carries. ``stored``: whether the
    store holds a text (by sha256); one it holds is not analysed."""
    return _prepare(InProcess(), [path], 0, known, given, {}, stored, lambda: False)


def analyse_file(
    read: ReadFile, known: Sequence[KnownPerson], given: Given | None = None
) -> PreparedFile:
    """Analyse a file read (the slow part of an import); never touches a store. The
    publication date and address ``given`` win over those the file carries."""
    path, raw, name = read.path, read.raw, read.path.name
    if raw is None or read.cleaned is None:
        return _failed(path, read.note or Message("import.unreadable", {"file": name}))
    given = given or Given()
    address = given.address or raw.address
    try:
        extraction = extract_document(
            raw.text,
            title=raw.title,
            known_people=known,
            published=given.published or raw.published,
            address=address,
            clean_result=read.cleaned,
        )
    except Exception as exc:  # a bug in one document's extraction must not stop the batch
        error = f"{type(exc).__name__}: {exc}"
        return _failed(path, Message("import.not_analysed", {"file": name, "error": error}))
    if len(extraction.text.strip()) < 20:
        return _failed(path, Message("import.too_little_text", {"file": name}))
    return PreparedFile(path, extraction, read.sha256, address=address)


def _failed(path: Path, note: Message) -> PreparedFile:
    return PreparedFile(path, None, error=note.english(), note=note)


def store_prepared(store: Store, prepared: PreparedFile, *, confirm: bool = False) -> ImportOutcome:
    """Write a prepared file in ONE transaction (all its records or none), unless its text
    is already in the store."""
    path = prepared.path
    if prepared.extraction is None:  # said without opening a transaction
        return _store_in(None, prepared, confirm)
    try:
        with store.write() as session:
            return _store_in(session, prepared, confirm)
    except StoreError as exc:
        return _error(
            path,
            Message("import.store_failed", {"file": path.name, "error": str(exc).rstrip(".")}),
        )


def _store_in(session: Session | None, prepared: PreparedFile, confirm: bool) -> ImportOutcome:
    """A prepared file written in the caller's transaction, unless its text is stored."""
    path, extraction, sha = prepared.path, prepared.extraction, prepared.sha256
    if (extraction is None and not prepared.stored) or session is None:
        if prepared.note is not None:
            return _error(path, prepared.note)
        if prepared.error:
            return _error(path, Message("import.reader_failed", {"error": prepared.error}))
        return _error(path, Message("import.unreadable", {"file": path.name}))
    # Asked already in this transaction when the file was prepared (import_files): not again.
    existing = (
        None
        if prepared.stored is False
        else session.scalar(select(m.Source).where(m.Source.sha256 == sha))
    )
    if existing is not None:
        return ImportOutcome.of(
            path,
            "duplicate",
            Message(
                "import.duplicate",
                {"file": path.name, "source": existing.id, "title": existing.title[:60]},
            ),
            existing.id,
            existing.meetings[0].id if existing.meetings else None,
        )
    if extraction is None:  # said stored when prepared, in another transaction
        return _error(path, Message("import.unreadable", {"file": path.name}))
    return _write(session, prepared, confirm)


def _error(path: Path, note: Message) -> ImportOutcome:
    return ImportOutcome.of(path, "error", note)


def known_people(store: Store) -> list[KnownPerson]:
    """People the store knows, with their country ("M. Lavrov", "le ministre malien")."""
    with store.read() as session:
        return _known_in(session)


def _known_in(session: Session) -> list[KnownPerson]:
    rows = session.scalars(
        select(m.Actor)
        .where(m.Actor.kind == "person")
        .options(selectinload(m.Actor.aliases), selectinload(m.Actor.affiliation))
    )
    return [
        KnownPerson(
            name=a.name,
            aliases=tuple(x.alias for x in a.aliases),
            iso2=a.iso2 or (a.affiliation.iso2 if a.affiliation is not None else None),
            title_fr=a.title,
            title_en=a.title,
        )
        for a in rows
    ]


# The key of the writers' shared actors in ``Session.info`` (that session's alone, so a
# transaction rolled back takes them with it).
_ENTITY_ACTORS = "chancery.import.entity_actors"


class _Writer:
    """The records of one document, written in the caller's transaction."""

    def __init__(self, session: Session, source: m.Source, state: str) -> None:
        self.session = session
        self.source = source
        self.state = state
        self.actors: dict[str, m.Actor] = {}
        # States and organisations found or added, for every document of the transaction
        # (a batch of files names the same few states again and again).
        self.entities: dict[str, m.Actor] = session.info.setdefault(_ENTITY_ACTORS, {})
        self.new_people: list[str] = []  # names and aliases of the people added
        # The items linked to ``source`` so far: it is new in this transaction, so no other
        # link to it can be stored (corroboration.link asks the store otherwise).
        self.linked: set[tuple[str, int]] = set()

    def anchor(self, start: int, end: int) -> m.Anchor:
        return m.Anchor.on(self.source, start, end)

    def _actor_named(self, kind: str, names: list[str]) -> m.Actor | None:
        """The stored actor of ``kind`` called by one of ``names``, as name or alias."""
        return self.session.scalar(
            select(m.Actor).where(
                m.Actor.kind == kind,
                or_(
                    m.Actor.name.in_(names),
                    m.Actor.id.in_(
                        select(m.ActorAlias.actor_id).where(m.ActorAlias.alias.in_(names))
                    ),
                ),
            )
        )

    def entity_actor(self, entity: Entity) -> m.Actor:
        cached = self.entities.get(entity.key)
        if cached is not None:
            return cached
        actor = self._find_entity(entity)
        if actor is None:
            # Another analyst may be importing the same actor (a team store): the creators
            # of one actor take turns, the second then finds the first one's.
            concurrency.serialize(self.session, f"actor:{entity.kind}:{key(entity.name)}")
            actor = self._find_entity(entity)
        if actor is None:
            actor = m.Actor(kind=entity.kind, name=entity.name, iso2=entity.iso2)
            actor.aliases = [m.ActorAlias(alias=a, language=lang) for a, lang in entity.aliases()]
            self.session.add(actor)
        self.entities[entity.key] = actor
        return actor

    def _find_entity(self, entity: Entity) -> m.Actor | None:
        if entity.kind == "state":
            return self.session.scalar(
                select(m.Actor).where(m.Actor.kind == "state", m.Actor.iso2 == entity.iso2)
            )
        names = [entity.name, *entity.names_fr, *entity.names_en, *entity.acronyms]
        return self._actor_named("organisation", names)

    def known_person(self, person: FoundPerson) -> m.Actor | None:
        """The stored person ``person`` names, without adding one."""
        cached = self.actors.get(f"p:{key(person.name)}")
        if cached is None:
            cached = self._actor_named("person", [person.name, *person.aliases])
            if cached is not None:  # person_actor() would find the same one: keep it
                self.actors[f"p:{key(person.name)}"] = cached
        return cached

    def person_actor(self, person: FoundPerson) -> m.Actor:
        cached = self.actors.get(f"p:{key(person.name)}")
        if cached is not None:
            return cached
        actor = self._actor_named("person", [person.name, *person.aliases])
        if actor is None:  # as in entity_actor: creators of one person take turns
            concurrency.serialize(self.session, f"actor:person:{key(person.name)}")
            actor = self._actor_named("person", [person.name, *person.aliases])
        if actor is None:
            state = load_gazetteer().state(person.iso2)
            actor = m.Actor(
                kind="person",
                name=person.name,
                title=person.title,
                affiliation=self.entity_actor(state) if state is not None else None,
            )
            actor.aliases = [m.ActorAlias(alias=a, language=None) for a in person.aliases]
            self.session.add(actor)
            self.new_people.extend([person.name, *person.aliases])
        self.actors[f"p:{key(person.name)}"] = actor
        return actor


def _write(session: Session, prepared: PreparedFile, confirm: bool) -> ImportOutcome:
    path, x, sha = prepared.path, prepared.extraction, prepared.sha256
    assert x is not None
    state = "confirmed" if confirm else "candidate"
    source = m.Source(
        title=x.title[:500],
        kind=x.source_kind,
        language=x.language,
        file_name=path.name,
        text=x.text,
        sha256=sha,
        reliability="primary" if x.source_kind == "joint_communique" else "press",
        # The day the document was published (given, in its metadata or stated up top);
        # the review queue reads its relative dates from it again.
        published_on=x.published,
        address=prepared.address[:2000] if prepared.address else None,
    )
    writer = _Writer(session, source, state)
    if x.meeting is None:
        session.add(source)
        session.flush()
        return ImportOutcome.of(
            path,
            "imported",
            Message("import.no_meeting", {"file": path.name, "source": source.id}),
            source.id,
        )
    parties = [writer.entity_actor(p.entity) for p in x.meeting.parties]
    session.flush()
    meeting, merged = _meeting_for(writer, x, parties, state)
    # The source joins the session with its meeting, so that one flush writes (and indexes)
    # it; added from its side, the meeting's sources (their whole texts) are not loaded.
    source.meetings.append(meeting)
    session.add(source)
    counts = _attach(writer, meeting, x, parties)
    session.flush()
    added = [count(what.replace(" ", "_"), n) for what, n in counts if n]
    summary: Message | list[Message] = added or Message("import.nothing_else")
    if not confirm:
        summary = Message("import.to_review", {"summary": summary})
    noise = Message("import.noise", {"count": len(x.noise_removed)}) if x.noise_removed else ""
    note = Message(
        "import.existing_meeting" if merged else "import.new_meeting",
        {
            "file": path.name,
            "noise": noise,
            "meeting": meeting.id,
            "title": meeting.title,
            "summary": summary,
        },
    )
    return ImportOutcome.of(
        path,
        "imported",
        note,
        source.id,
        meeting.id,
        counts,
        tuple(writer.new_people),
    )


def _meeting_for(
    writer: _Writer, x: Extraction, parties: list[m.Actor], state: str
) -> tuple[m.Meeting, bool]:
    """The meeting already in the store this document is confidently about (near date,
    compatible place, parties mostly shared: meeting_identity), or a new one."""
    session = writer.session
    found = x.meeting
    assert found is not None
    party_ids = frozenset(a.id for a in parties)
    person_ids = frozenset(
        a.id
        for a in (writer.known_person(p) for p in x.participants)
        if a is not None and a.id is not None
    )
    actor_ids = party_ids | person_ids
    doubts: list[m.ProbableSameMeeting] = []
    # Without a date on either side a document may be on any session of a recurring meeting:
    # never attached on a guess (meeting_identity), so such meetings are not even looked at.
    # A day and month without year ("jeudi 3 avril") is looked for among dated meetings.
    # An undated one is looked for among meetings of its city's state: only one naming the
    # same city, parties and people takes it (meeting_identity).
    looked_for = found.starts_on is not None or found.month_day is not None or found.city_key
    if actor_ids and looked_for:
        if found.starts_on is not None:
            # Month precision on either side: a month and its neighbours are enough. A
            # meeting stored undated (an announcement imported first) is looked at too.
            reach = dt.timedelta(days=max(31, meeting_identity.window(found)))
            when = or_(
                m.Meeting.date_precision == "year",
                m.Meeting.starts_on.between(found.starts_on - reach, found.starts_on + reach),
                m.Meeting.starts_on.is_(None),
            )
        elif found.month_day is None:
            when = m.Meeting.city.in_(sorted(_city_names(found)))
        else:
            # Any year; the month (or a neighbour, for a day either side) in SQL, the day in
            # meeting_identity.
            month = found.month_day[0] if found.month_day else 1
            months = {month, month % 12 + 1, (month - 2) % 12 + 1}
            when = extract("month", m.Meeting.starts_on).in_(sorted(months))
        query = (
            select(m.Meeting)
            .where(
                m.Meeting.review_state != "rejected",
                when,
                m.Meeting.id.in_(
                    select(m.Participation.meeting_id).where(
                        m.Participation.actor_id.in_(actor_ids)
                    )
                ),
            )
            .options(
                selectinload(m.Meeting.participations).selectinload(m.Participation.actor),
                # What _attach matches the document's items against, read now: no query
                # (and no flush of the document's rows) for each later.
                selectinload(m.Meeting.commitments),
                selectinload(m.Meeting.statements),
            )
        )
        evidence = meeting_identity.Evidence(
            found, party_ids, person_ids, meeting_identity.party_keys(parties)
        )
        candidates = list(session.scalars(query))
        # The day and month the texts of an undated stored meeting name: it is stored
        # without them, so they are read again from its sources.
        month_days = {
            c.id: md
            for c in candidates
            if c.starts_on is None and found.starts_on is not None
            for md in [_stored_month_day(c)]
            if md is not None
        }
        candidates = [
            c
            for c in candidates
            if c.starts_on is not None or found.starts_on is None or c.id in month_days or c.city
        ]
        chosen, probable = meeting_identity.choose(candidates, evidence, month_days)
        if chosen is not None:
            _fill_gaps(chosen, found)
            return chosen, True
        # A probable match is never merged silently (a wrong merge loses a meeting): the new
        # meeting waits in the review queue as "probably the same meeting as #N".
        for other in candidates:
            if other.id in probable:
                reason = meeting_identity.judge(other, evidence, month_days.get(other.id)).reason
                doubts.append(m.ProbableSameMeeting(of_meeting_id=other.id, reason=reason[:100]))
    meeting = m.Meeting(
        title=found.title[:500],
        format=found.format,
        session_number=found.session_number,
        starts_on=found.starts_on,
        ends_on=found.ends_on,
        date_precision=found.date_precision,
        city=found.city,
        country_iso2=found.country_iso2,
        recurrence=found.recurrence,
        review_state=state,
    )
    session.add(meeting)
    if doubts:
        session.flush()
        for doubt in doubts:
            doubt.meeting_id = meeting.id
            session.add(doubt)
    return meeting, False


def _city_names(found: FoundMeeting) -> set[str]:
    """Every name a meeting stored in the found meeting's city may bear ("Moscou", "Moscow",
    and those of the places in its area)."""
    names = {found.city} if found.city else set()
    for city in load_gazetteer().cities.values():
        if city.identity == found.city_key:
            names.update((city.name_fr, city.name_en))
    return names


def _stored_month_day(meeting: m.Meeting) -> tuple[int, int] | None:
    """The first day and month without year that a source of ``meeting`` names."""
    for source in meeting.sources:
        found = _source_month_day(source.sha256, source.text)
        if found is not None:
            return found
    return None


@lru_cache(maxsize=4096)
def _source_month_day(sha256: str, text: str) -> tuple[int, int] | None:
    # A stored text does not change (its hash names it): read once per process.
    return month_day_of(text)


def _fill_gaps(meeting: m.Meeting, found: FoundMeeting) -> None:
    """A second document may say what the first did not; it never overwrites what is there."""
    if meeting.starts_on is None and found.starts_on is not None:
        # "jeudi 3 avril" imported first, the dated report next: the meeting gets its date.
        meeting.starts_on, meeting.ends_on = found.starts_on, found.ends_on
        meeting.date_precision = found.date_precision
    meeting.session_number = meeting.session_number or found.session_number
    meeting.recurrence = meeting.recurrence or found.recurrence
    meeting.country_iso2 = meeting.country_iso2 or found.country_iso2
    if meeting.city is None and found.city:
        meeting.city = found.city  # "the ministers met today" first, "in Sochi" next
    meeting.ends_on = meeting.ends_on or found.ends_on


def _speakers(writer: _Writer, x: Extraction, by_name: dict[str, m.Actor]) -> list[m.Actor | None]:
    """The actor of each statement's speaker (a participant's, else one found or added)."""
    speakers: list[m.Actor | None] = []
    for statement in x.statements:
        body = load_gazetteer().entity(statement.speaker_entity or "")
        # An institution's words ("the Foreign Ministry said") are its state's or body's.
        speaker = (
            writer.entity_actor(body) if body is not None else by_name.get(statement.speaker or "")
        )
        if speaker is None and statement.speaker:
            speaker = writer.person_actor(
                FoundPerson(
                    statement.speaker, statement.speaker_iso2, "participant", None, None, (), 0, 0
                )
            )
        speakers.append(speaker)
    if any(sp is not None and sp.id is None for sp in speakers):
        writer.session.flush()  # the new speakers' ids, which the statements' match compares
    return speakers


def _attach(
    writer: _Writer, meeting: m.Meeting, x: Extraction, parties: list[m.Actor]
) -> tuple[tuple[str, int], ...]:
    session = writer.session
    present = {(p.actor_id, p.role) for p in meeting.participations}
    people_present = {p.actor_id for p in meeting.participations}
    assert x.meeting is not None
    for actor, party in zip(parties, x.meeting.parties, strict=True):
        if actor.id not in people_present:
            meeting.participations.append(
                m.Participation(
                    actor=actor, role="participant", anchor=writer.anchor(party.start, party.end)
                )
            )
            people_present.add(actor.id)
    added_people = 0
    by_name: dict[str, m.Actor] = {}
    for person in x.participants:
        actor = writer.person_actor(person)
        if actor.id is None:  # a new person: its id, for the checks below
            session.flush()
        by_name[person.name] = actor
        if actor.id in people_present or (actor.id, person.role) in present:
            continue
        meeting.participations.append(
            m.Participation(
                actor=actor,
                role=person.role,
                note=person.note,
                anchor=writer.anchor(person.start, person.end),
            )
        )
        people_present.add(actor.id)
        added_people += 1
    # Each item is matched against the meeting's items of its kind: one another outlet's
    # words for an item already there make it corroborated (this source is added to it),
    # a probable match is stored as a candidate "probably the same as #N". The meeting's
    # items and parties are in the session already (_meeting_for): nothing is flushed for it.
    matches = corroboration.match_commitments(
        meeting, [(i.text, i.kind, (i.theme or "", *i.also_themes)) for i in x.items]
    )
    tallies = {"commitment": 0, "position": 0, "principle": 0, "next_step": 0}
    corroborated = doubtful = 0
    seen: set[str] = set()  # one document listing one item twice adds it once
    for index, item in enumerate(x.items):
        if key(item.text) in seen:
            continue
        seen.add(key(item.text))
        anchor = writer.anchor(item.start, item.end)
        found = matches.get(index)
        if found is not None and found[1].decision == SAME:
            original = session.get(m.Commitment, found[0])
            assert original is not None
            corroborated += corroboration.link(session, original, anchor, linked=writer.linked)
            continue
        commitment = m.Commitment(
            text=item.text,
            kind=item.kind,
            theme=item.theme,
            also_themes=",".join(item.also_themes),
            due_on=item.due_on,
            due_precision=item.due_precision,
            status="unknown" if item.kind in ("position", "principle") else "announced",
            # A probable duplicate waits for the analyst even when the import confirms.
            review_state="candidate" if found is not None else writer.state,
            anchor=anchor,
        )
        commitment.parties = [m.CommitmentParty(actor=a, role="committing") for a in parties]
        meeting.commitments.append(commitment)
        corroboration.link(session, commitment, anchor, linked=writer.linked)
        if found is not None:
            session.flush()  # the new item's id, for the flag
            corroboration.flag_duplicate(session, commitment, found[0], found[1])
            doubtful += 1
        tallies[item.kind] += 1
    speakers = _speakers(writer, x, by_name)
    heard_all = corroboration.match_statements(
        meeting,
        [(st.text, sp.id if sp else None) for st, sp in zip(x.statements, speakers, strict=True)],
    )
    said = 0
    seen.clear()
    for index, (statement, speaker) in enumerate(zip(x.statements, speakers, strict=True)):
        if key(statement.text) in seen:
            continue
        seen.add(key(statement.text))
        anchor = writer.anchor(statement.start, statement.end)
        heard = heard_all.get(index)
        if heard is not None and heard[1].decision == SAME:
            original_said = session.get(m.Statement, heard[0])
            assert original_said is not None
            corroborated += corroboration.link(session, original_said, anchor, linked=writer.linked)
            continue
        row = m.Statement(
            speaker=speaker,
            speaker_as_written=(statement.speaker_as_written or "")[:300] or None,
            text=statement.text,
            language=x.language,
            verb=(statement.verb or "")[:100] or None,
            speech=statement.speech,
            review_state="candidate" if heard is not None else writer.state,
            anchor=anchor,
        )
        meeting.statements.append(row)
        corroboration.link(session, row, anchor, linked=writer.linked)
        if heard is not None:
            session.flush()  # the new item's id, for the flag
            corroboration.flag_duplicate(session, row, heard[0], heard[1])
            doubtful += 1
        said += 1
    return (
        ("participants", added_people),
        ("commitments", tallies["commitment"] + tallies["position"]),
        ("principles", tallies["principle"]),
        ("next steps", tallies["next_step"]),
        ("statements", said),
        ("corroborations", corroborated),
        ("probable duplicates", doubtful),
    )
