"""P/R/F1 of extraction on real public texts (``make extraction-report REAL=DIR [LABELS=DIR]``).

The texts are not ours and are never committed: tests/corpus/real/ holds, per document, its
address, how it was found, its outlet and language and the facts a reader labelled; the texts
themselves sit in a folder outside the repository, one file per document named by its id.
Commitments, next steps and statements are labelled as short paraphrases in our own words, so
they are matched by meaning (covered_by), not by equal text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import func, select

from db import models as m
from desktop_app.ingest.gazetteer import load_gazetteer
from desktop_app.ingest.matching import analyse
from desktop_app.ingest.normalize import key
from desktop_app.ingest.pipeline import Extraction, extract_document
from desktop_app.ingest.readers import READABLE_SUFFIXES, RawDocument, read_document
from desktop_app.ingest.report import Score
from desktop_app.ingest.report import pair as _pair
from desktop_app.services.importing import Given, import_files
from desktop_app.services.store import Store
from domain.vocabulary import CommitmentKind

# What the labels' "commitments" and "next_steps" cover: all the brief lists of what the
# parties undertook or stand for (tests/corpus/real/README.md, "Commitments and positions").
_SCORED_KINDS = frozenset(CommitmentKind)

LABELS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "real"

FIELDS = (
    "date",
    "place",
    "participants",
    "parties",
    "commitments",
    "statements",
)

KINDS = ("announcement", "article", "communique", "joint_statement", "readout", "speech")

# A label's concepts (matching.analyse: FR/EN synonyms, stems) that must appear in the
# extracted text for the two to say the same thing. A label is a few key words, the
# extracted item a whole sentence, so only the label's side is counted.
COVERED_AT = 0.6
# Near spellings of one stem (modernisation/modernization), as in matching.
NEAR_RATIO = 88
NEAR_MIN_LENGTH = 7

# Words that never belong to a person's name: offices, institutions, states' forms, caption
# directions. A found person holding one is a title, a state or a caption fragment.
_NOT_NAME = """
    minister ministre ministers ministres affairs affaires foreign etrangeres exterieures
    president presidente secretary secretaire general generale representative representant
    high haut haute commission commissaire commissioner council conseil republic republique
    islamic islamique federation kingdom royaume union alliance integration cooperation
    ambassador ambassadeur prime premier chief chef state etat states etats government
    gouvernement ministry ministere office bureau department embassy ambassade delegation
    chair chairperson chairman vice deputy spokesman spokeswoman excellency arts tourism
    right left droite gauche centre center photo file archives afp reuters tass
    mr mrs ms dr sheikh shaikh prince sayyid eam airport statement joint
"""
NOT_NAME_WORDS = frozenset(_NOT_NAME.split())


@dataclass(frozen=True)
class Labelled:
    """One labelled document and the file of its text (None: not in the folder given)."""

    doc_id: str
    label: dict[str, Any]
    text_path: Path | None


class LabelError(ValueError):
    """A label file that does not follow the schema of docs/extraction.md."""


def load_labels(folder: Path = LABELS) -> list[dict[str, Any]]:
    """Every label of ``folder``, checked against the schema; LabelError says what is wrong."""
    labels = []
    for path in sorted(folder.glob("*.json")):
        try:
            label = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise LabelError(f"{path.name} is not valid JSON ({exc}): fix the file.") from exc
        problems = check_label(label, path.stem)
        if problems:
            raise LabelError(f"{path.name}: {problems[0]}")
        labels.append(label)
    return labels


def _is_str(value: Any, optional: bool = False) -> bool:
    return (optional and value is None) or (isinstance(value, str) and bool(value.strip()))


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_label(label: Any, stem: str) -> list[str]:
    """What is wrong with one label (empty when it follows the schema)."""
    if not isinstance(label, dict):
        return ["the file must hold one JSON object."]
    problems = []
    if label.get("id") != stem:
        problems.append(f"its id must be its file name without .json ({stem!r}).")
    for name in ("url", "found_by", "outlet"):
        if not _is_str(label.get(name)):
            problems.append(f"{name!r} must be a non-empty string.")
    if label.get("lang") not in ("fr", "en"):
        problems.append("'lang' must be 'fr' or 'en'.")
    if label.get("kind") not in KINDS:
        problems.append(f"'kind' must be one of {', '.join(KINDS)}.")
    if not _is_str(label.get("group"), optional=True):
        problems.append("'group' must be a string (documents on one meeting share it) or null.")
    published = label.get("published")
    if published is not None and not (isinstance(published, str) and _DAY.match(published)):
        problems.append("'published' must be YYYY-MM-DD or null.")
    facts = label.get("facts")
    if not isinstance(facts, dict):
        return [*problems, "'facts' must be an object."]
    problems += _check_meeting(facts.get("meeting"))
    problems += _check_lists(facts)
    parties = facts.get("parties")
    if not isinstance(parties, list) or not all(_is_str(p) for p in parties):
        problems.append("facts.parties must be a list of strings (ISO codes, organisations).")
    return problems


def _check_meeting(meeting: Any) -> list[str]:
    if not isinstance(meeting, dict):
        return ["facts.meeting must be an object."]
    problems = []
    if not _is_str(meeting.get("title")) or not _is_str(meeting.get("format")):
        problems.append("facts.meeting needs a 'title' and a 'format'.")
    date = meeting.get("date")
    if date is not None and not (isinstance(date, str) and _DAY.match(date)):
        problems.append("facts.meeting.date must be YYYY-MM-DD or null.")
    if not _is_str(meeting.get("city"), optional=True):
        problems.append("facts.meeting.city must be a string or null.")
    return problems


def _check_lists(facts: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    lists: dict[str, tuple[str, ...]] = {
        "participants": ("name", "role"),
        "commitments": ("text",),
        "next_steps": ("text",),
        "statements": ("text",),
    }
    for name, required in lists.items():
        items = facts.get(name)
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            problems.append(f"facts.{name} must be a list of objects.")
            continue
        for item in items:
            if not all(_is_str(item.get(r)) for r in required):
                problems.append(f"each of facts.{name} needs {', '.join(required)}.")
            if "due" in item and not (item["due"] is None or _DUE.match(str(item["due"]))):
                problems.append(f"a due date of facts.{name} must be YYYY, YYYY-MM or YYYY-MM-DD.")
            if name == "participants" and not _is_str(item.get("country_iso2"), optional=True):
                problems.append("a participant's country_iso2 must be a string or null.")
            if name == "statements":
                problems += _check_speaker(item)
    return problems


def _check_speaker(statement: dict[str, Any]) -> list[str]:
    # A person's words name the person ("speaker"); an institution's own words ("the ministry
    # said") name the state or organisation it speaks for ("institution": a gazetteer code).
    speaker, institution = statement.get("speaker"), statement.get("institution")
    if (speaker is None) == (institution is None):
        return ["each of facts.statements needs a 'speaker' (a person) or an 'institution'."]
    if institution is not None and (
        not _is_str(institution) or load_gazetteer().entity(institution) is None
    ):
        return [f"a statement's institution must be a gazetteer code ({institution!r})."]
    if speaker is not None and not _is_str(speaker):
        return ["a statement's speaker must be a person's name."]
    return []


def find_texts(labels: Sequence[dict[str, Any]], folder: Path) -> list[Labelled]:
    """Each label with its saved text in ``folder`` (the file whose name is the id)."""
    by_stem: dict[str, Path] = {}
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() in READABLE_SUFFIXES:
            by_stem.setdefault(path.stem, path)
    return [Labelled(lb["id"], lb, by_stem.get(lb["id"])) for lb in labels]


def covered_by(label: str, text: str) -> bool:
    """Whether ``text`` says what the paraphrase ``label`` says: most of the label's concepts
    are in the text, and every state or organisation the label names is named there."""
    mine, theirs = analyse(label), analyse(text)
    if not all(p in theirs.parties or _named_in(p, text) for p in mine.parties):
        return False
    total = sum(mine.concepts.values())
    if total == 0:
        return bool(mine.parties)
    their_stems = [c[1:] for c in theirs.concepts if c.startswith("~")]
    found = 0.0
    for concept, weight in mine.concepts.items():
        if concept in theirs.concepts or (
            concept.startswith("~")
            and len(concept) > NEAR_MIN_LENGTH
            and any(fuzz.ratio(concept[1:], s) >= NEAR_RATIO for s in their_stems)
        ):
            found += weight
    return found / total >= COVERED_AT


def _named_in(party: str, text: str) -> bool:
    """Whether ``text`` names ``party`` in any case ("l'Union Africaine", "Nations Unies"):
    the gazetteer's own search respects case, which a reader's label must not depend on."""
    entity = load_gazetteer().entity(party)
    if entity is None:
        return False
    folded = _words(text)
    names = (*entity.names_fr, *entity.names_en, *entity.acronyms)
    return any(_words(n) in folded for n in names if n.strip())


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", key(text))) + " "


def _due(item: Any) -> str | None:
    if item.due_on is None:
        return None
    text = str(item.due_on.isoformat())
    return {"year": text[:4], "month": text[:7]}.get(item.due_precision or "day", text)


def _name_key(name: str) -> str:
    # "Akufo-Addo", "AkufoAddo" and "JALLOW –TAMBAJANG" are one spelling with other dashes.
    return re.sub(r"[\s\-\u2010-\u2015]+", "", key(name))


def same_name(expected: str, found: str) -> bool:
    """The same person: equal names, or two spellings of one person the gazetteer knows
    ("Sergey Lavrov", "Sergueï Lavrov")."""
    if _name_key(expected) == _name_key(found):
        return True
    known = load_gazetteer().people_matching(expected)
    return bool(known) and any(p in known for p in load_gazetteer().people_matching(found))


def score_document(
    x: Extraction, facts: dict[str, Any], scores: dict[str, Score], doc: str
) -> None:
    """Add one document's true and false positives to ``scores``."""
    gaz = load_gazetteer()
    meeting = facts["meeting"]
    found = x.meeting
    date = found.starts_on.isoformat() if found and found.starts_on else None
    _pair(scores["date"], [meeting["date"]] if meeting.get("date") else [],
          [date] if date else [], lambda e, f: e == f, str, str, doc)  # fmt: skip

    def same_city(e: str, f: str) -> bool:
        ce, cf = gaz.city(e), gaz.city(f)
        return key(e) == key(f) or (ce is not None and ce == cf)

    city = found.city if found else None
    _pair(scores["place"], [meeting["city"]] if meeting.get("city") else [],
          [city] if city else [], same_city, str, str, doc)  # fmt: skip

    _pair(
        scores["participants"],
        facts["participants"],
        list(x.participants),
        lambda e, f: same_name(e["name"], f.name) and e.get("country_iso2") == f.iso2,
        lambda e: f"{e['name']} ({e.get('country_iso2')})",
        lambda f: f"{f.name} ({f.iso2})",
        doc,
    )

    def party_key(name: str) -> str:
        entity = gaz.entity(name) or gaz.find_name(name)
        return entity.key if entity else name

    parties = [p.entity.key for p in found.parties] if found else []
    _pair(scores["parties"], [party_key(p) for p in facts["parties"]], parties,
          lambda e, f: e == f, str, str, doc)  # fmt: skip

    def same_item(e: dict[str, Any], f: Any) -> bool:
        return covered_by(e["text"], f.text) and (e.get("due") is None or e["due"] == _due(f))

    items = [i for i in x.items if i.kind in _SCORED_KINDS]
    expected_items = [*facts["commitments"], *facts["next_steps"]]
    _pair(
        scores["commitments"],
        expected_items,
        items,
        same_item,
        lambda e: e["text"] + (f" (due {e['due']})" if e.get("due") else ""),
        lambda f: f"[{f.kind}] {f.text}" + (f" (due {_due(f)})" if f.due_on else ""),
        doc,
    )
    _pair(
        scores["statements"],
        facts["statements"],
        list(x.statements),
        lambda e, f: same_speaker(e, f) and covered_by(e["text"], f.text),
        lambda e: f"{e.get('speaker') or e['institution']}: {e['text']}",
        lambda f: f"{f.speaker}: {f.text}",
        doc,
    )


def same_speaker(expected: dict[str, Any], found: Any) -> bool:
    """The labelled speaker: the same person, or the same state or organisation speaking as an
    institution (a person found for an institution's words, or the reverse, is wrong)."""
    if expected.get("institution") is not None:
        entity = load_gazetteer().entity(expected["institution"])
        return entity is not None and found.speaker_entity == entity.key
    return found.speaker_entity is None and same_name(expected["speaker"], found.speaker or "")


def not_a_person(name: str) -> bool:
    """A found person that is a title, a state or an organisation, or a caption fragment."""
    words = key(name).replace("-", " ").split()
    if any(w in NOT_NAME_WORDS for w in words):
        return True
    # "Faso H" (of "H. E."), "Sergey Lavrov’s", "Japan's Takeshi Iwaya": pieces cut from
    # around a name ("S Jaishankar" is how India writes its minister: a leading initial is not).
    if (words and len(words[-1]) == 1) or re.search(r"['\u2019]s\b", name.strip()):
        return True
    gaz = load_gazetteer()
    # "Russian": the adjective of a state, left of "Foreign Minister".
    if any(gaz.demonym(w) is not None for w in name.split()):
        return True
    return gaz.find_name(name) is not None or gaz.city(name) is not None


@dataclass
class Report:
    scores: dict[str, Score]
    scored: list[str]  # ids of the documents scored
    absent: list[str]  # ids labelled but without a text in the folder
    bad_people: list[str]  # "doc: name" of persons that are titles, states or fragments
    groups: dict[str, tuple[int, int]]  # group -> (documents imported, meetings in the store)
    # "doc: label" of paraphrases that no sentence of their own text matches: a label to fix,
    # since no extraction could find them.
    unreachable: list[str] = field(default_factory=list)


def evaluate(folder: Path, labels_folder: Path = LABELS, groups: bool = True) -> Report:
    """Score every labelled document whose text is in ``folder``; with ``groups``, import the
    documents of each meeting group into a fresh store and count the meetings made."""
    docs = find_texts(load_labels(labels_folder), folder)
    scores = {name: Score() for name in FIELDS}
    bad: list[str] = []
    unreachable: list[str] = []
    scored = [d for d in docs if d.text_path is not None]
    for doc in scored:
        if doc.text_path is None:  # never: scored holds the documents whose text is there
            continue
        raw = read_document(doc.text_path)
        published, address = document_metadata(doc.label, raw)
        x = extract_document(raw.text, title=raw.title, published=published, address=address)
        score_document(x, doc.label["facts"], scores, doc.doc_id)
        bad.extend(f"{doc.doc_id}: {p.name}" for p in x.participants if not_a_person(p.name))
        unreachable.extend(
            f"{doc.doc_id}: {t}" for t in unreachable_labels(doc.label["facts"], raw.text)
        )
    report = Report(scores, [d.doc_id for d in scored], [d.doc_id for d in docs if d not in scored],
                    bad, {}, unreachable)  # fmt: skip
    if groups:
        by_group: dict[str, list[Labelled]] = {}
        for doc in scored:
            if doc.label.get("group") and doc.text_path is not None:
                by_group.setdefault(doc.label["group"], []).append(doc)
        for group, members in sorted(by_group.items()):
            if len(members) > 1:
                given = {}
                for doc in members:
                    if doc.text_path is not None:  # always: members have their text
                        raw = read_document(doc.text_path)
                        given[doc.text_path] = Given(*document_metadata(doc.label, raw))
                report.groups[group] = (len(members), meetings_made(list(given), given))
    return report


def document_metadata(label: dict[str, Any], raw: RawDocument) -> tuple[dt.date | None, str | None]:
    """The publication date and address a document is imported with: the label's, as
    `chancery import --published DAY --address URL` gives them, else the file's own."""
    published = dt.date.fromisoformat(label["published"]) if label.get("published") else None
    return published or raw.published, label.get("url") or raw.address


_SENTENCE_END = re.compile(r"(?<=[.!?»\"”])\s+|\n+")


def unreachable_labels(facts: dict[str, Any], text: str) -> list[str]:
    """The commitments, steps and statements of ``facts`` that no sentence of ``text`` says."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    items = [*facts["commitments"], *facts["next_steps"], *facts["statements"]]
    return [i["text"] for i in items if not any(covered_by(i["text"], s) for s in sentences)]


def meetings_made(paths: Sequence[Path], given: Mapping[Path, Given] | None = None) -> int:
    """How many meetings importing ``paths`` into a fresh, empty store makes (one is right
    for several outlets' articles on one meeting); ``given``: each one's publication date
    and address, as `chancery import --published --address` gives them."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "group.db")
        try:
            import_files(store, list(paths), given=given)
            with store.read() as session:
                return int(session.scalar(select(func.count(m.Meeting.id))) or 0)
        finally:
            store.close()


def print_report(report: Report, folder: Path, misses: bool, labels_folder: Path = LABELS) -> None:
    print(
        f"Extraction on {len(report.scored)} real documents of {folder} (labels: {labels_folder})"
    )
    print(
        "  each with its label's url and published date (if any) as metadata, as "
        "`chancery import --address URL --published YYYY-MM-DD` gives them"
    )
    if report.absent:
        print(f"  {len(report.absent)} labelled documents have no text there: {report.absent}")
    print(f"{'field':<14} {'precision':>9} {'recall':>7} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name, s in report.scores.items():
        print(
            f"{name:<14} {s.precision:>9.2f} {s.recall:>7.2f} {s.f1:>5.2f}"
            f" {s.tp:>4} {s.fp:>4} {s.fn:>4}"
        )
    print(f"persons that are a title, state or caption fragment: {len(report.bad_people)}")
    for name in report.bad_people:
        print(f"  {name}")
    if report.unreachable:
        print(f"labels no sentence of their text matches (fix them): {len(report.unreachable)}")
        for label in report.unreachable:
            print(f"  {label}")
    one = sum(1 for _, made in report.groups.values() if made == 1)
    print(f"meeting groups that became one meeting: {one} of {len(report.groups)}")
    for group, (docs, made) in report.groups.items():
        print(f"  {group}: {docs} documents -> {made} meetings")
    if misses:
        for name, s in report.scores.items():
            for miss in s.misses:
                print(f"  {name}: {miss}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extraction P/R/F1 on saved real texts.")
    parser.add_argument("folder", type=Path, help="the folder of saved texts (id.txt, id.html)")
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    parser.add_argument("--no-groups", action="store_true", help="skip the one-meeting check")
    parser.add_argument(
        "--labels",
        type=Path,
        default=LABELS,
        help="the folder of labels (id.json); default tests/corpus/real, the held-out set is "
        "tests/corpus/real-heldout",
    )
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"{args.folder} is not a folder: give the folder of saved texts (REAL=DIR).")
        return 2
    if not args.labels.is_dir() or not any(args.labels.glob("*.json")):
        print(
            f"{args.labels} holds no label (ID.json): give the folder of labels "
            "(LABELS=tests/corpus/real-heldout), or leave it out for tests/corpus/real."
        )
        return 2
    try:
        report = evaluate(args.folder, args.labels, groups=not args.no_groups)
    except LabelError as exc:
        print(str(exc))
        return 2
    print_report(report, args.folder, args.misses, args.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
