"""A reproducible large dossier (fixed seed) written in bulk, to prove Chancery fast at scale."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from db import bulk
from db import models as m
from db import search as fts
from desktop_app.generator import words as w
from desktop_app.services.store import Store, StoreError, WriteError, explain_write_failure
from domain.vocabulary import Status

DEFAULT_SEED = 2025
# The sizes at scale 1 (a ministry desk's whole dossier); other scales multiply them.
BASE_COUNTS = {
    "meetings": 10_000,
    "commitments": 200_000,
    "statements": 100_000,
    "annotations": 100_000,
    "sources": 20_000,
    "actors": 5_000,
}
CHUNK = 250  # meetings written per batch of executemany calls
# Every generated timestamp derives from this instant, so a seed gives the same store bytes.
EPOCH = dt.datetime(2026, 1, 15, 9, 0, 0)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class GeneratedCounts:
    meetings: int
    commitments: int
    statements: int
    annotations: int
    sources: int
    actors: int
    index_rows: int


def counts_for(scale: float) -> dict[str, int]:
    """The number of each item at ``scale`` (at least one meeting and the actors it needs)."""
    if not scale > 0:
        raise StoreError(
            f"The scale must be a number above 0 (for example 0.01 or 1), not {scale}."
        )
    counts = {k: round(v * scale) for k, v in BASE_COUNTS.items()}
    counts["meetings"] = max(1, counts["meetings"])
    counts["sources"] = max(counts["meetings"], counts["sources"])
    counts["actors"] = max(12, counts["actors"])
    return counts


def generate(
    store: Store,
    scale: float,
    *,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> GeneratedCounts:
    """Add the dossier of ``scale`` and ``seed`` to ``store`` in one transaction.

    The same seed and scale give the same dossier; adding it twice is refused (its sources'
    sha256 are already there). Rows go in with executemany and the search index is filled
    from the same values, then tidied by bulk.after_load (on SQLite, merged into one segment
    so queries read one b-tree).
    """
    counts = counts_for(scale)
    report = progress or (lambda _d, _t, _s: None)
    builder = _Builder(random.Random(seed), counts, seed)
    total_steps = counts["meetings"] + counts["annotations"] // 100 + 2
    try:
        with store.engine.begin() as conn, bulk.loading(conn):
            builder.start(conn)
            report(0, total_steps, "actors")
            builder.actors(conn)
            done = 0
            for first in range(0, counts["meetings"], CHUNK):
                size = min(CHUNK, counts["meetings"] - first)
                builder.meetings(conn, first, size)
                done += size
                report(done, total_steps, "meetings")
            for batch_done in builder.annotations(conn):
                report(done + batch_done // 100, total_steps, "notes")
            done = total_steps - 2
            report(done, total_steps, "index")
            bulk.after_load(conn)
            report(total_steps - 1, total_steps, "commit")
        conn.close()
    except StoreError:
        raise
    except Exception as exc:
        if hasattr(exc, "orig") or isinstance(exc, OSError):
            raise WriteError(explain_write_failure(exc)) from exc
        raise
    report(total_steps, total_steps, "done")
    return GeneratedCounts(
        meetings=counts["meetings"],
        commitments=builder.made["commitment"],
        statements=builder.made["statement"],
        annotations=builder.made["annotation"],
        sources=builder.made["source"],
        actors=builder.made["actor"],
        index_rows=sum(builder.made.values()),
    )


def marker_file(seed: int) -> str:
    """The file name of the first generated source: its presence marks a generated store."""
    return f"dossier-{seed}-1-communique.txt"


def _file_name(seed: int, body: str) -> str:
    # The body starts "[Dossier généré SEED-N-KIND]": the file is named after N and KIND.
    number, kind = body[1 : body.index("]")].rsplit("-", 2)[1:]
    return f"dossier-{seed}-{number}-{'communique' if kind.startswith('comm') else kind}.txt"


def holds_dossier(store: Store, scale: float, seed: int = DEFAULT_SEED) -> bool:
    """True if ``store`` holds, whole, the generated dossier of ``scale`` and ``seed``."""
    wanted = counts_for(scale)
    with store.read() as session:
        if (
            session.scalar(select(m.Source.id).where(m.Source.file_name == marker_file(seed)))
            is None
        ):
            return False
        made = session.scalar(
            select(func.count())
            .select_from(m.Source)
            .where(m.Source.file_name.like(f"dossier-{seed}-%"))
        )
    return made == wanted["sources"]


def _sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _insert(conn: Connection, model: type[m.Base], rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(model.__table__.insert(), rows)  # type: ignore[attr-defined]


class _Builder:
    """Writes one dossier; ids continue after what the store holds."""

    def __init__(self, rng: random.Random, counts: dict[str, int], seed: int) -> None:
        self.rng = rng
        self.counts = counts
        self.seed = seed
        self.made = {k: 0 for k in fts.KIND_CODES}
        self.next_id: dict[str, int] = {}
        self.states: list[tuple[int, str, str, str, str]] = []  # id, iso2, fr, en, capital
        self.orgs: list[tuple[int, str]] = []
        self.people: list[tuple[int, str, int]] = []  # id, name, state id
        self.people_by_state: dict[int, list[tuple[int, str]]] = {}
        self.commitments_per_meeting = self._spread(counts["commitments"], counts["meetings"])
        self.statements_per_meeting = self._spread(counts["statements"], counts["meetings"])
        self.sources_per_meeting = [1] * counts["meetings"]
        for i in self.rng.sample(range(counts["meetings"]), counts["sources"] - counts["meetings"]):
            self.sources_per_meeting[i] = 2

    def _spread(self, total: int, bins: int) -> list[int]:
        """``total`` items over ``bins`` meetings, unevenly (some meetings are much larger)."""
        weights = [self.rng.uniform(0.2, 1.8) for _ in range(bins)]
        scale = total / sum(weights)
        out = [int(x * scale) for x in weights]
        for i in self.rng.sample(range(bins), total - sum(out)):
            out[i] += 1
        return out

    def _take(self, table: str, n: int) -> int:
        first = self.next_id[table]
        self.next_id[table] = first + n
        return first

    def start(self, conn: Connection) -> None:
        tables = (
            m.Source, m.Meeting, m.Actor, m.ActorAlias, m.Anchor, m.Participation,
            m.Commitment, m.Statement, m.Annotation, m.Tag,
        )  # fmt: skip
        for model in tables:
            table: Any = model.__table__
            top = conn.execute(select(func.max(table.c.id))).scalar() or 0
            self.next_id[table.name] = top + 1
        if conn.execute(
            select(m.Source.id).where(m.Source.file_name == marker_file(self.seed))
        ).first():
            raise StoreError(
                f"This store already holds the generated dossier of seed {self.seed}; "
                "use another --seed or another store."
            )

    # --- actors ---------------------------------------------------------------------------

    def actors(self, conn: Connection) -> None:
        total = self.counts["actors"]
        n_states = min(len(w.STATES), max(4, total // 100))
        n_orgs = min(len(w.ORGANISATIONS), max(2, total // 250))
        actors: list[dict[str, Any]] = []
        aliases: list[dict[str, Any]] = []
        docs: list[tuple[str, int, str, str]] = []
        first = self._take("actor", total)
        alias_id = self.next_id["actor_alias"]
        for i, (iso2, fr, en, capital) in enumerate(w.STATES[:n_states]):
            aid = first + i
            self.states.append((aid, iso2, fr, en, capital))
            actors.append(_actor(aid, "state", fr, iso2, None, None))
            names = [(en, "en")] if en != fr else []
            names.append((f"République {_of(fr)}" if i % 3 == 0 else fr.upper(), "fr"))
            for alias, lang in names:
                aliases.append({"id": alias_id, "actor_id": aid, "alias": alias, "language": lang})
                alias_id += 1
            docs.append(("actor", aid, fr, " ".join(a for a, _ in names)))
        for j, (name, fr_alias, en_alias) in enumerate(w.ORGANISATIONS[:n_orgs]):
            aid = first + n_states + j
            self.orgs.append((aid, name))
            actors.append(_actor(aid, "organisation", name, None, None, None))
            for alias, lang in ((fr_alias, "fr"), (en_alias, "en")):
                aliases.append({"id": alias_id, "actor_id": aid, "alias": alias, "language": lang})
                alias_id += 1
            docs.append(("actor", aid, name, f"{fr_alias} {en_alias}"))
        for k in range(total - n_states - n_orgs):
            aid = first + n_states + n_orgs + k
            state = self.states[k % n_states]
            name = f"{self.rng.choice(w.FIRST_NAMES)} {self.rng.choice(w.LAST_NAMES)}"
            if self.rng.random() < 0.3:
                name += f"-{self.rng.choice(w.LAST_NAMES)}"
            post_fr, post_en = self.rng.choice(w.POSTS)
            post = post_fr if self.rng.random() < 0.75 else post_en
            actors.append(_actor(aid, "person", name, None, post, state[0]))
            self.people.append((aid, name, state[0]))
            self.people_by_state.setdefault(state[0], []).append((aid, name))
            docs.append(("actor", aid, name, post))
        self.next_id["actor_alias"] = alias_id
        _insert(conn, m.Actor, [a for a in actors if a["affiliation_id"] is None])
        _insert(conn, m.Actor, [a for a in actors if a["affiliation_id"] is not None])
        _insert(conn, m.ActorAlias, aliases)
        fts.write_rows(conn, docs)
        self.made["actor"] = len(actors)

    # --- meetings with their sources, participants, commitments and statements -------------

    def meetings(self, conn: Connection, first_index: int, size: int) -> None:
        rows: dict[str, list[dict[str, Any]]] = {
            k: []
            for k in ("source", "meeting", "ms", "anchor", "part", "commitment", "party", "stmt")
        }
        docs: list[tuple[str, int, str, str]] = []
        for index in range(first_index, first_index + size):
            self._meeting(index, rows, docs)
        _insert(conn, m.Source, rows["source"])
        _insert(conn, m.Meeting, rows["meeting"])
        _insert(conn, m.MeetingSource, rows["ms"])
        _insert(conn, m.Anchor, rows["anchor"])
        _insert(conn, m.Participation, rows["part"])
        _insert(conn, m.Commitment, rows["commitment"])
        _insert(conn, m.CommitmentParty, rows["party"])
        _insert(conn, m.Statement, rows["stmt"])
        fts.write_rows(conn, docs)

    def _meeting(self, index: int, rows: dict[str, list[dict[str, Any]]], docs: list[Any]) -> None:
        rng = self.rng
        fr = rng.random() < 0.7
        lang = "fr" if fr else "en"
        host = rng.choice(self.states)
        others = rng.sample(self.states, k=min(len(self.states) - 1, rng.randint(1, 4)))
        parties = [host] + [s for s in others if s[0] != host[0]]
        orgs = [o for o in self.orgs if rng.random() < 0.08]
        fmt_fr, fmt_en = rng.choice(w.FORMATS)
        fmt = fmt_fr if fr else fmt_en
        rec_fr, rec_en = rng.choice(w.RECURRENCES)
        session = rng.randint(1, 30) if rec_fr else None
        day = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(11_680))
        year = day.year
        names = "–".join(p[2] if fr else p[3] for p in parties[:3])
        title = f"{fmt[0].upper()}{fmt[1:]} {names}"
        if session:
            title = f"{session}{'e' if fr else '.'} {fmt} {names}"
        title += f" ({host[4]}, {year}) n° {index + 1}"
        themes = rng.sample(w.THEMES, k=2)
        objects = w.OBJECTS_FR if fr else w.OBJECTS_EN
        if fr:
            summary = (
                f"{names} se sont réunis à {host[4]} ({fmt}) pour une rencontre consacrée à "
                f"{rng.choice(objects[themes[0]])} et à {rng.choice(objects[themes[1]])}."
            )
            summary = _contract(summary)
        else:
            summary = (
                f"{names} met in {host[4]} for their {fmt} on "
                f"{rng.choice(objects[themes[0]])} and {rng.choice(objects[themes[1]])}."
            )
        mid = self._take("meeting", 1)
        rows["meeting"].append(
            {
                "id": mid,
                "title": title,
                "format": fmt,
                "session_number": session,
                "starts_on": day,
                "ends_on": day + dt.timedelta(days=rng.choice((0, 0, 1, 2))),
                "date_precision": "day",
                "city": host[4],
                "country_iso2": host[1],
                "recurrence": (rec_fr if fr else rec_en) or None,
                "summary": summary,
                "review_state": "confirmed" if rng.random() < 0.97 else "candidate",
                "created_at": EPOCH,
            }
        )
        body = " ".join(filter(None, [fmt, host[4], (rec_fr if fr else rec_en) or None, summary]))
        docs.append(("meeting", mid, title, body))
        self._participants(mid, parties, orgs, rows)
        # The communiqué carries the commitments; a press article (if any) the statements.
        sentences = [
            self._commitment_sentence(fr, host[4], year)
            for _ in range(self.commitments_per_meeting[index])
        ]
        quotes = [
            self._statement_quote(fr, parties, host[4], year)
            for _ in range(self.statements_per_meeting[index])
        ]
        header = f"{host[4]}, {day.isoformat()} — {title}. "
        communique = (
            self._source_text(index, "communiqué") + header + " ".join(s for _, _, s in sentences)
        )
        src_rows = [self._source(rows, docs, mid, communique, day, lang, "joint_communique")]
        press = communique
        if self.sources_per_meeting[index] == 2:
            press = (
                self._source_text(index, "press")
                + header
                + " ".join(f"{who} {verb} : « {q} »." for q, who, verb, _ in quotes)
            )
            src_rows.append(self._source(rows, docs, mid, press, day, lang, "press_article"))
        party_ids = [p[0] for p in parties]
        for theme, kind, sentence in sentences:
            self._commitment(rows, docs, mid, src_rows[0], communique, sentence, theme, kind,
                             party_ids, day, fr)  # fmt: skip
        for quote, who_name, verb, who_id in quotes:
            src, src_text = (src_rows[-1], press) if len(src_rows) == 2 else (src_rows[0], press)
            anchor = self._anchor(rows, src, src_text, quote) if quote in src_text else None
            sid = self._take("statement", 1)
            rows["stmt"].append(
                {
                    "id": sid, "meeting_id": mid, "speaker_id": who_id,
                    "speaker_as_written": who_name, "text": quote, "language": lang,
                    "verb": verb, "review_state": "confirmed" if rng.random() < 0.95
                    else "candidate", "classification": None, "anchor_id": anchor,
                }
            )  # fmt: skip
            docs.append(("statement", sid, who_name, quote))
            self.made["statement"] += 1

    def _participants(self, mid: int, parties: list[Any], orgs: list[Any], rows: Any) -> None:
        roles = ["host"] + ["participant"] * (len(parties) - 1)
        for (sid, *_), role in zip(parties, roles, strict=True):
            rows["part"].append(self._participation(mid, sid, role))
        for oid, _ in orgs:
            rows["part"].append(self._participation(mid, oid, "participant"))
        for sid, *_ in parties[:3]:
            people = self.people_by_state.get(sid)
            if people:
                pid, _ = self.rng.choice(people)
                rows["part"].append(self._participation(mid, pid, "head_of_delegation"))

    def _participation(self, mid: int, actor_id: int, role: str) -> dict[str, Any]:
        return {
            "id": self._take("participation", 1), "meeting_id": mid, "actor_id": actor_id,
            "role": role, "note": None, "anchor_id": None,
        }  # fmt: skip

    def _source_text(self, index: int, kind: str) -> str:
        # The leading reference makes every generated text (and so its sha256) unique.
        return f"[Dossier généré {self.seed}-{index + 1}-{kind}] "

    def _source(self, rows: Any, docs: Any, mid: int, body: str, day: dt.date, lang: str,
                kind: str) -> int:  # fmt: skip
        sid = self._take("source", 1)
        title = "Communiqué conjoint" if kind == "joint_communique" else "Article de presse"
        title = f"{title} — {body.split('] ', 1)[1][:120]}"
        rows["source"].append(
            {
                "id": sid, "title": title, "kind": kind, "language": lang,
                "publisher": self.rng.choice(w.PUBLISHERS),
                "published_on": day + dt.timedelta(days=self.rng.randint(0, 3)),
                "file_name": _file_name(self.seed, body), "text": body, "sha256": _sha(body),
                "imported_at": EPOCH, "reliability": "primary"
                if kind == "joint_communique" else "press",
            }
        )  # fmt: skip
        rows["ms"].append({"meeting_id": mid, "source_id": sid})
        docs.append(("source", sid, title, body))
        self.made["source"] += 1
        return sid

    def _anchor(self, rows: Any, source_id: int, body: str, quote: str) -> int:
        start = body.find(quote)
        end = start + len(quote)
        aid = self._take("anchor", 1)
        prefix, suffix = m.Anchor.context_around(body, start, end)
        rows["anchor"].append(
            {
                "id": aid, "source_id": source_id, "start": start, "end_": end, "exact": quote,
                "prefix": prefix, "suffix": suffix,
            }
        )  # fmt: skip
        return aid

    def _commitment_sentence(self, fr: bool, city: str, year: int) -> tuple[str, str, str]:
        rng = self.rng
        theme = rng.choices(w.THEMES, weights=w.THEME_WEIGHTS)[0]
        kind = rng.choices(list(w.KIND_WEIGHTS), weights=list(w.KIND_WEIGHTS.values()))[0]
        quals: tuple[str, ...]
        if fr:
            subject, verbs, objects, quals = (
                rng.choice(w.SUBJECTS_FR), w.KIND_VERBS_FR, w.OBJECTS_FR, w.QUALIFIERS_FR
            )  # fmt: skip
        else:
            subject, verbs, objects, quals = (
                rng.choice(w.SUBJECTS_EN), w.KIND_VERBS_EN, w.OBJECTS_EN, w.QUALIFIERS_EN
            )  # fmt: skip
        qual = rng.choice(quals).format(year=year + rng.randint(1, 4), city=city)
        sentence = f"{subject} {rng.choice(verbs[kind])} {rng.choice(objects[theme])} {qual}."
        return theme, kind, _contract(sentence) if fr else sentence

    def _commitment(self, rows: Any, docs: Any, mid: int, source_id: int, body: str,
                    sentence: str, theme: str, kind: str, party_ids: list[int], day: dt.date,
                    fr: bool) -> None:  # fmt: skip
        rng = self.rng
        status = rng.choices(tuple(Status), weights=(40, 25, 15, 10, 10))[0]
        evidence = ""
        score = None
        if status is not Status.ANNOUNCED and status is not Status.UNKNOWN and rng.random() < 0.6:
            template = rng.choice(w.EVIDENCE_FR if fr else w.EVIDENCE_EN)
            evidence = template.format(
                year=day.year + rng.randint(0, 2), city=rng.choice(self.states)[4]
            )
            score = {"fulfilled": 1, "lapsed": -1, "in_progress": 0}[status]
        due = None
        if kind in ("commitment", "next_step") and rng.random() < 0.5:
            due = day + dt.timedelta(days=rng.randint(30, 1500))
        cid = self._take("commitment", 1)
        text_ = sentence.rstrip(".")
        rows["commitment"].append(
            {
                "id": cid, "meeting_id": mid, "text": text_, "kind": kind, "theme": theme,
                "also_themes": rng.choice(w.THEMES) if rng.random() < 0.1 else "",
                "due_on": due, "due_precision": "day" if due else None, "status": status,
                "compliance_score": score, "evidence": evidence,
                "review_state": "confirmed" if rng.random() < 0.93 else "candidate",
                "classification": None, "anchor_id": self._anchor(rows, source_id, body, sentence),
                "updated_at": EPOCH,
            }
        )  # fmt: skip
        for pid in rng.sample(party_ids, k=min(len(party_ids), rng.randint(1, 3))):
            rows["party"].append({"commitment_id": cid, "actor_id": pid, "role": "committing"})
        docs.append(("commitment", cid, theme, f"{text_} {evidence}".strip()))
        self.made["commitment"] += 1

    def _statement_quote(self, fr: bool, parties: list[Any], city: str, year: int) -> tuple[
            str, str, str, int | None]:  # fmt: skip
        rng = self.rng
        state = rng.choice(parties)
        people: list[tuple[int | None, str]] = list(self.people_by_state.get(state[0], []))
        people = people or [(None, state[2])]
        who_id, who = rng.choice(people)
        partner = rng.choice(parties)
        theme = rng.choice(w.THEMES)
        template = rng.choice(w.STATEMENTS_FR if fr else w.STATEMENTS_EN)
        quote = template.format(
            partner=partner[2] if fr else partner[3],
            object=rng.choice((w.OBJECTS_FR if fr else w.OBJECTS_EN)[theme]),
            noun=rng.choice(w.NOUNS_FR if fr else w.NOUNS_EN),
            city=city,
            year=year - rng.randint(1, 10),
        )
        verb = rng.choice(w.STATEMENT_VERBS_FR if fr else w.STATEMENT_VERBS_EN)
        return quote, who, verb, who_id

    # --- annotations ----------------------------------------------------------------------

    def annotations(self, conn: Connection) -> Iterable[int]:
        rng = self.rng
        tag_ids: dict[str, int] = {}
        existing = dict(conn.execute(select(m.Tag.name, m.Tag.id)).all())
        new_tags = []
        for name in w.TAGS:
            if name in existing:
                tag_ids[name] = existing[name]
            else:
                tag_ids[name] = self._take("tag", 1)
                new_tags.append({"id": tag_ids[name], "name": name})
        _insert(conn, m.Tag, new_tags)
        first_meeting = self.next_id["meeting"] - self.counts["meetings"]
        spans = {
            "meeting": (first_meeting, self.counts["meetings"]),
            "commitment": (self.next_id["commitment"] - self.made["commitment"],
                           self.made["commitment"]),
            "statement": (self.next_id["statement"] - self.made["statement"],
                          self.made["statement"]),
            "source": (self.next_id["source"] - self.made["source"], self.made["source"]),
            "actor": (self.next_id["actor"] - self.made["actor"], self.made["actor"]),
        }  # fmt: skip
        spans = {k: v for k, v in spans.items() if v[1] > 0}
        kinds = list(spans)
        weights = [{"meeting": 30, "commitment": 40, "statement": 20}.get(k, 5) for k in kinds]
        total = self.counts["annotations"]
        done = 0
        while done < total:
            size = min(5000, total - done)
            notes: list[dict[str, Any]] = []
            links: list[dict[str, Any]] = []
            docs: list[tuple[str, int, str, str]] = []
            for _ in range(size):
                kind = rng.choices(kinds, weights=weights)[0]
                start, n = spans[kind]
                fr = rng.random() < 0.75
                theme = rng.choice(w.THEMES)
                body = rng.choice(w.NOTES_FR if fr else w.NOTES_EN).format(
                    object=rng.choice((w.OBJECTS_FR if fr else w.OBJECTS_EN)[theme]),
                    city=rng.choice(self.states)[4],
                    year=rng.randint(2000, 2026),
                )
                aid = self._take("annotation", 1)
                stamp = EPOCH - dt.timedelta(minutes=rng.randrange(5_000_000))
                notes.append(
                    {
                        "id": aid, "target_kind": kind, "target_id": start + rng.randrange(n),
                        "body": body, "author": None, "include_in_brief": rng.random() < 0.2,
                        "classification": None, "created_at": stamp, "updated_at": stamp,
                        "deleted_at": None,
                    }
                )  # fmt: skip
                tags = sorted(rng.sample(w.TAGS, k=rng.choice((0, 1, 1, 2))))
                links.extend({"annotation_id": aid, "tag_id": tag_ids[t]} for t in tags)
                docs.append(("annotation", aid, " ".join(tags), body))
            _insert(conn, m.Annotation, notes)
            _insert(conn, m.AnnotationTag, links)
            fts.write_rows(conn, docs)
            self.made["annotation"] += size
            done += size
            yield done


_CONTRACTIONS = (
    (" à les ", " aux "),
    (" à le ", " au "),
    (" de les ", " des "),
    (" de le ", " du "),
)


def _contract(sentence: str) -> str:
    """French articles after à/de, as a French writer would contract them."""
    for loose, tight in _CONTRACTIONS:
        sentence = sentence.replace(loose, tight)
    return sentence


def _of(name: str) -> str:
    return f"d'{name}" if name[0] in "AEIOUÉ" else f"du {name}"


def _actor(aid: int, kind: str, name: str, iso2: str | None, title: str | None,
           affiliation: int | None) -> dict[str, Any]:  # fmt: skip
    return {
        "id": aid, "kind": kind, "name": name, "iso2": iso2, "title": title,
        "affiliation_id": affiliation, "title_since": None, "title_until": None,
    }  # fmt: skip


def summary_line(counts: GeneratedCounts) -> str:
    return (
        f"{counts.meetings:,} meetings, {counts.commitments:,} commitments, "
        f"{counts.statements:,} statements, {counts.annotations:,} notes, "
        f"{counts.sources:,} sources, {counts.actors:,} actors "
        f"({counts.index_rows:,} searchable texts)"
    )
