"""Precision and recall of the item matcher on labelled pairs (``make match-report``).

Each line of a pairs file (JSONL) holds two texts ``a`` and ``b``, ``same`` (the label),
``langs`` (fr-fr, en-en, fr-en), ``type`` (paraphrase, or the kind of near-miss) and, for
statements, ``speaker_a``/``speaker_b``. An automatic merge is a pair the matcher calls "same";
"maybe" goes to the analyst and is counted apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.ingest.matching import FAMILIES, MAYBE, SAME, Entry, Verdict, align, compare
from desktop_app.ingest.themes import themes_of


@dataclass
class Tally:
    pairs: int = 0
    positives: int = 0
    tp: int = 0  # merged, and the same
    fp: int = 0  # merged, but not the same
    maybe_same: int = 0  # sent to review, and the same
    maybe_other: int = 0  # sent to review, not the same
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.positives if self.positives else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """The labelled lines of a JSONL file (pairs, or lists: see list_report)."""
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            pair = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number} is not a JSON object ({exc.msg}).") from exc
        needs = (
            ("existing", "new", "same", "langs")
            if "existing" in pair
            else ("a", "b", "same", "langs", "type")
        )
        for needed in needs:
            if needed not in pair:
                raise SystemExit(f"{path}:{number} has no '{needed}'.")
        pairs.append(pair)
    return pairs


def judge(pair: dict[str, Any]) -> Verdict:
    return compare(
        pair["a"], pair["b"], speaker_a=pair.get("speaker_a"), speaker_b=pair.get("speaker_b")
    )


def tally(pairs: Iterable[dict[str, Any]]) -> dict[str, Tally]:
    """One tally for all pairs, one per language pair and one per type of pair."""
    out: dict[str, Tally] = {}
    for pair in pairs:
        verdict = judge(pair)
        for group in ("all", f"langs {pair['langs']}", f"type {pair['type']}"):
            t = out.setdefault(group, Tally())
            t.pairs += 1
            t.positives += bool(pair["same"])
            if verdict.decision == SAME:
                if pair["same"]:
                    t.tp += 1
                else:
                    t.fp += 1
            elif verdict.decision == MAYBE:
                if pair["same"]:
                    t.maybe_same += 1
                else:
                    t.maybe_other += 1
            if group == "all" and (verdict.decision == SAME) != bool(pair["same"]):
                what = "MERGED" if verdict.decision == SAME else verdict.decision
                t.misses.append(
                    f"  {pair.get('id', '?')} {what} {verdict.score:.2f} {verdict.veto}: "
                    f"{pair['a']!r} / {pair['b']!r}"
                )
    return out


def _fmt(value: float | None) -> str:
    return "   —" if value is None else f"{value:.2f}"


def report(path: Path, *, misses: bool = False) -> str:
    tallies = tally(load_pairs(path))
    lines = [
        f"{path}",
        f"  {'group':<22} {'pairs':>5} {'same':>5} {'merged':>6} {'wrong':>5} "
        f"{'prec':>5} {'recall':>6} {'F1':>5} {'review(same/other)':>19}",
    ]
    for group in sorted(tallies, key=lambda g: (g != "all", g)):
        t = tallies[group]
        lines.append(
            f"  {group:<22} {t.pairs:>5} {t.positives:>5} {t.tp + t.fp:>6} {t.fp:>5} "
            f"{_fmt(t.precision):>5} {_fmt(t.recall):>6} {_fmt(t.f1):>5} "
            f"{t.maybe_same:>9}/{t.maybe_other}"
        )
    if misses:
        lines.append("  not as labelled:")
        lines.extend(tallies["all"].misses)
    return "\n".join(lines)


def _entries(items: list[dict[str, Any]]) -> list[Entry]:
    return [
        Entry(n, i["text"], FAMILIES[i["kind"]], frozenset(themes_of(i["text"])))
        for n, i in enumerate(items)
    ]


def list_tally(scenarios: Iterable[dict[str, Any]], *, use_list: bool) -> Tally:
    """Two outlets' lists of one meeting: the new list aligned on the existing one, as an
    import does; each gold link [new index, existing index] is a positive."""
    t = Tally()
    for scenario in scenarios:
        gold = {(n, e) for n, e in scenario["same"]}
        new, existing = _entries(scenario["new"]), _entries(scenario["existing"])
        found = align(new, existing, use_list=use_list)
        t.pairs += len(new)
        t.positives += len(gold)
        for n, (e, verdict) in found.items():
            right = (n, e) in gold
            if verdict.decision == SAME:
                t.tp += right
                t.fp += not right
                if not right:
                    t.misses.append(
                        f"  {scenario['id']} MERGED {verdict.score:.2f} {verdict.basis}: "
                        f"{new[n].text!r} / {existing[e].text!r}"
                    )
            elif right:
                t.maybe_same += 1
            else:
                t.maybe_other += 1
        merged = {(n, e) for n, (e, v) in found.items() if v.decision == SAME}
        for n, e in sorted(gold - merged):
            t.misses.append(f"  {scenario['id']} missed: {new[n].text!r} / {existing[e].text!r}")
    return t


def list_report(path: Path, *, misses: bool = False) -> str:
    scenarios = load_pairs(path)
    lines = [
        f"{path} (lists: {len(scenarios)} meetings reported twice)",
        f"  {'matcher':<22} {'items':>5} {'same':>5} {'merged':>6} {'wrong':>5} "
        f"{'prec':>5} {'recall':>6} {'F1':>5} {'review(same/other)':>19}",
    ]
    for name, use_list in (("words only", False), ("words + list", True)):
        t = list_tally(scenarios, use_list=use_list)
        lines.append(
            f"  {name:<22} {t.pairs:>5} {t.positives:>5} {t.tp + t.fp:>6} {t.fp:>5} "
            f"{_fmt(t.precision):>5} {_fmt(t.recall):>6} {_fmt(t.f1):>5} "
            f"{t.maybe_same:>9}/{t.maybe_other}"
        )
        if misses and use_list:
            lines.extend(t.misses)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="JSONL files of labelled pairs")
    parser.add_argument("--misses", action="store_true", help="list every pair not as labelled")
    args = parser.parse_args(argv)
    for path in args.files:
        if not path.is_file():
            print(f"{path} is not a file of labelled pairs.", file=sys.stderr)
            return 1
        first = path.read_text(encoding="utf-8").lstrip()[:200]
        is_lists = '"existing"' in first.split("\n", 1)[0]
        print(
            list_report(path, misses=args.misses) if is_lists else report(path, misses=args.misses)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
