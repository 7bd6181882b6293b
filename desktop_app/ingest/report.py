"""Precision and recall of extraction on the labelled corpus (``make extraction-report``).

Each document NAME.EXT of the corpus has NAME.expected.json; every field is scored as
true positives, false positives and false negatives, documents pooled.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.ingest.gazetteer import load_gazetteer
from desktop_app.ingest.normalize import key
from desktop_app.ingest.pipeline import Extraction, extract_document
from desktop_app.ingest.readers import READABLE_SUFFIXES, read_document

FIELDS = (
    "meeting date",
    "place",
    "participants",
    "commitments",
    "principles",
    "next steps",
    "statements",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def same_text(a: str, b: str) -> bool:
    """The same passage, allowing a reader's trimming: equal, contained, or mostly shared words."""
    ka, kb = key(a), key(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if short and short in long_ and len(short) >= 0.6 * len(long_):
        return True
    wa, wb = set(ka.split()), set(kb.split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.7


def _due(found_on: dt.date | None, precision: str | None) -> str | None:
    if found_on is None:
        return None
    if precision == "year":
        return str(found_on.year)
    if precision == "month":
        return found_on.isoformat()[:7]
    return found_on.isoformat()


def pair(
    score: Score,
    expected: Sequence[Any],
    found: Sequence[Any],
    matches: Callable[[Any, Any], bool],
    label: Callable[[Any], str],
    shown: Callable[[Any], str] | None = None,
    name: str = "",
) -> None:
    """Count ``expected`` against ``found`` into ``score``, each found item matching one
    expected at most; each miss is named ``label(item)``, each extra ``shown(item)`` (by
    default ``label``), after the document's ``name``."""
    show = label if shown is None else shown
    left = list(found)
    for item in expected:
        hit = next((f for f in left if matches(item, f)), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{name}: missed {label(item)}")
        else:
            score.tp += 1
            left.remove(hit)
    score.fp += len(left)
    score.misses.extend(f"{name}: extra {show(f)}" for f in left)


def score_document(
    x: Extraction, expected: dict[str, Any], scores: dict[str, Score], name: str
) -> None:
    gaz = load_gazetteer()
    meeting = expected.get("meeting") or {}
    found = x.meeting
    date = found.starts_on.isoformat() if found and found.starts_on else None
    pair(scores["meeting date"], [meeting["date"]] if meeting.get("date") else [],
          [date] if date else [], lambda e, f: e == f, str, name=name)  # fmt: skip

    def same_city(e: str, f: str) -> bool:
        ce, cf = gaz.city(e), gaz.city(f)
        return key(e) == key(f) or (ce is not None and ce == cf)

    city = found.city if found else None
    pair(scores["place"], [meeting["city"]] if meeting.get("city") else [],
          [city] if city else [], same_city, str, name=name)  # fmt: skip

    def same_person(e: dict[str, Any], f: Any) -> bool:
        return (
            key(e["name"]) == key(f.name)
            and e.get("role", "participant") == f.role
            and ("country_iso2" not in e or e["country_iso2"] == f.iso2)
        )

    pair(scores["participants"], expected.get("participants", []), list(x.participants),
          same_person, _person_label,
          name=name)  # fmt: skip

    def same_item(kind_default: str) -> Callable[[Any, Any], bool]:
        def check(e: Any, f: Any) -> bool:
            text = e if isinstance(e, str) else e["text"]
            kind = kind_default if isinstance(e, str) else e.get("kind", kind_default)
            if not same_text(text, f.text) or f.kind != kind:
                return False
            return (
                isinstance(e, str) or "due" not in e or e["due"] == _due(f.due_on, f.due_precision)
            )

        return check

    def label(i: Any) -> str:
        return (
            i
            if isinstance(i, str)
            else (i["text"] if isinstance(i, dict) else f"[{i.kind}] {i.text}")
        )

    commitments = [i for i in x.items if i.kind in ("commitment", "position")]
    pair(scores["commitments"], expected.get("commitments", []), commitments,
          same_item("commitment"), label, name=name)  # fmt: skip
    pair(scores["principles"], expected.get("principles", []),
          _kind(x, "principle"), same_item("principle"), label, name=name)  # fmt: skip
    pair(scores["next steps"], expected.get("next_steps", []),
          _kind(x, "next_step"), same_item("next_step"), label, name=name)  # fmt: skip

    def same_statement(e: dict[str, Any], f: Any) -> bool:
        return same_text(e["text"], f.text) and key(e["speaker"]) == key(f.speaker or "")

    pair(scores["statements"], expected.get("statements", []), list(x.statements),
          same_statement, lambda s: s["text"] if isinstance(s, dict) else f"{s.speaker}: {s.text}",
          name=name)  # fmt: skip
    themes = scores.setdefault("commitment themes", Score())
    for e in expected.get("commitments", []):
        if "theme" not in e:
            continue
        hit = next((f for f in commitments if same_text(e["text"], f.text)), None)
        if hit is not None and hit.theme == e["theme"]:
            themes.tp += 1
        else:
            themes.fn += 1
            themes.fp += hit is not None
            themes.misses.append(
                f"{name}: theme of {e['text']!r}: {hit.theme if hit else 'not found'}"
            )


def _kind(x: Extraction, kind: str) -> list[Any]:
    return [i for i in x.items if i.kind == kind]


def _person_label(p: Any) -> str:
    return p["name"] if isinstance(p, dict) else f"{p.name} ({p.role}, {p.iso2})"


def corpus_documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in READABLE_SUFFIXES and path.name != "README.md":
            expected = path.with_name(path.stem + ".expected.json")
            if expected.exists():
                pairs.append((path, expected))
    return pairs


def evaluate(folder: Path) -> dict[str, Score]:
    scores = {name: Score() for name in FIELDS}
    for path, expected_path in corpus_documents(folder):
        raw = read_document(path)
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        # The publication date and address a document is imported with, when its label
        # gives them (`chancery import --published DAY --address URL`).
        published = expected.get("published")
        x = extract_document(
            raw.text,
            title=raw.title,
            published=dt.date.fromisoformat(published) if published else raw.published,
            address=expected.get("address") or raw.address,
        )
        score_document(x, expected, scores, path.name)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extraction precision and recall on a corpus.")
    parser.add_argument("folder", nargs="?", default="tests/corpus", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    documents = corpus_documents(args.folder)
    scores = evaluate(args.folder)
    print(f"Extraction on {len(documents)} documents of {args.folder} (rules only)")
    print(f"{'field':<20} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name, s in scores.items():
        print(f"{name:<20} {s.precision:>9.2f} {s.recall:>7.2f} {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    if args.misses:
        for s in scores.values():
            for miss in s.misses:
                print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
