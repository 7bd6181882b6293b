"""Whether two items (two outlets' words for one commitment, principle, step or statement) match.

Each text becomes a bag of concepts: accents and case folded, list connectives dropped,
phrases and words mapped through a small FR/EN table of the domain's synonyms and translations
(match_words), other words reduced to their French and English Snowball stems, and near
spellings ("modernisation"/"modernization") joined by rapidfuzz. The score is the weighted share
of concepts the two texts have in common (generic words such as "strengthening" or
"cooperation" weigh little). Hard vetoes keep near-misses apart whatever the score: another
state or organisation named on each side, another number, year or month, a negation on one side
only, opposite words (lifting / tightening), another speaker. At import, align() adds the
list context: two outlets' lists of one meeting correspond one to one.
Measured on tests/corpus/pairs (``make match-report``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz

from desktop_app.ingest import match_words as w
from desktop_app.ingest.gazetteer import flatten, load_gazetteer
from desktop_app.ingest.normalize import key, strip_accents

SAME = "same"  # the same item: the new source corroborates it
MAYBE = "maybe"  # perhaps the same: for the analyst to decide (review queue)
DIFFERENT = "different"

# Thresholds on the score, chosen on tests/corpus/pairs/dev.jsonl (see README, "Import").
SAME_AT = 0.62
MAYBE_AT = 0.40
# Two texts that each hold a word of substance the other lacks ("training of the armed
# forces" / "equipment for the armed forces") must share more to be merged by themselves.
SAME_BOTH_AT = 0.80
# Near spellings of one word across languages or spellings; shorter words must be equal.
FUZZY_RATIO = 88
FUZZY_MIN_LENGTH = 7


# List alignment (see align): two outlets' lists of one meeting's items correspond one to one,
# so an item whose words fall short of SAME_AT is still its counterpart when each is the
# other's clear best among what is left, of one theme, with no veto. Chosen on
# tests/corpus/pairs/lists-dev.jsonl.
ALIGN_AT = 0.30
ALIGN_MARGIN = 0.10


@dataclass(frozen=True)
class Verdict:
    decision: str  # SAME | MAYBE | DIFFERENT
    score: float
    veto: str = ""  # why a high score was not enough ("" when none applied)
    basis: str = "words"  # "words": the pair alone; "list": aligned within the meeting


# Kinds matched against each other: a commitment and a position are listed together.
FAMILIES = {
    "commitment": "commitment",
    "position": "commitment",
    "principle": "principle",
    "next_step": "next_step",
}


@dataclass(frozen=True)
class Entry:
    """An item of a meeting, as align() reads it."""

    id: int
    text: str
    family: str  # only items of one family are compared (commitments, principles…)
    themes: frozenset[str] = frozenset()
    speaker: str | None = None  # statements only: who said it ("" when unknown)


@dataclass(frozen=True)
class Analysis:
    """What the matcher reads in one text."""

    concepts: dict[str, float]  # concept (or stem) -> weight
    words: tuple[str, ...]  # the folded words of the unmapped concepts, for near spellings
    # Both stems of each unmapped word: French Snowball leaves some verb endings on
    # ("condamnent") that the English one takes off, so two words sharing either stem match.
    stems: frozenset[str]
    parties: frozenset[str]
    numbers: frozenset[str]
    negated: bool
    opposites: frozenset[tuple[int, int]]  # (pair index, side) of OPPOSITES words present


# Each word stemmed once: comparing an item with every item of its meeting stems the same
# words again and again (it was most of an import's time).
_fr_stem = lru_cache(maxsize=65536)(snowballstemmer.stemmer("french").stemWord)
_en_stem = lru_cache(maxsize=65536)(snowballstemmer.stemmer("english").stemWord)
_WORD = re.compile(r"[a-z0-9_]+")
_NUMBER = re.compile(r"\d+(?:[ ,.]\d{3})*")


def _fold(text: str) -> str:
    folded = strip_accents(flatten(text)).lower()
    return folded.replace("\u0153", "oe").replace("\u00e6", "ae")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, float]]:
    """Every form of every concept word (itself, its French and English stems) -> concept."""
    table: dict[str, tuple[str, float]] = {}
    groups = [(c, words, 1.0) for c, words in w.CONCEPTS.items()]
    groups += [(c, words, w.LIGHT_WEIGHT) for c, words in w.LIGHT.items()]
    for concept, words, weight in groups:
        for word in words:
            folded = _fold(word)
            table.setdefault(folded, (concept, weight))
    # Stems second, so that a word listed as itself wins over another word's stem.
    for concept, words, weight in groups:
        for word in words:
            folded = _fold(word)
            for stem in (_fr_stem(folded), _en_stem(folded)):
                table.setdefault(stem, (concept, weight))
    return table


def _phrases() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(r"\b" + re.escape(p) + r"\b"), token.replace("-", "_"))
        for p, token in sorted(w.PHRASES.items(), key=lambda kv: -len(kv[0]))
    ]


_PHRASES = _phrases()


@lru_cache(maxsize=4096)
def analyse(text: str) -> Analysis:
    """The concepts, parties, numbers and polarity of one text."""
    flat = flatten(text)
    gazetteer = load_gazetteer()
    parties: set[str] = set()
    spans: list[tuple[int, int]] = []
    for mention in gazetteer.mentions(flat):
        parties.add(mention.entity.key)
        spans.append((mention.start, mention.end))
    # The names of parties are compared as parties, not as words.
    chars = list(flat)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    folded = _fold("".join(chars))
    folded = re.sub(r"(\d)[ ,.](\d{3})\b", r"\1\2", folded)  # 1,000 and 1 000 are 1000
    for pattern, token in _PHRASES:
        folded = pattern.sub(f" {token} ", folded)
    folded = re.sub(r"\bnon[- ](\w)", r"non\1", folded)  # non-ingérence is one word
    folded = folded.replace("n't", " not")
    tokens = _WORD.findall(folded.replace("'", " "))
    numbers = {t.lstrip("0") or "0" for t in tokens if t.isdigit()}
    for i, token in enumerate(tokens):
        if token in w.ORDINALS:
            numbers.add(w.ORDINALS[token])
        elif token in w.MONTHS:
            numbers.add(w.MONTHS[token])
        elif token == "may" and _beside_number(tokens, i):
            numbers.add("m5")
    negated = any(t in w.NEGATIONS for t in tokens)
    opposites = frozenset(
        (index, side)
        for index, pair in enumerate(w.OPPOSITES)
        for side in (0, 1)
        if any(t in pair[side] for t in tokens)
    )
    lexicon = _lexicon()
    concepts: dict[str, float] = {}
    words: list[str] = []
    stems: set[str] = set()
    for token in tokens:
        if token in w.STOPWORDS or token in w.NEGATIONS or token in w.MONTHS:
            continue
        if token.isdigit() or token in w.ORDINALS:
            concepts[f"#{w.ORDINALS.get(token, token.lstrip('0'))}"] = 1.0
            continue
        if len(token) < 2:
            continue
        found = lexicon.get(token) or lexicon.get(_fr_stem(token))
        found = found or lexicon.get(_en_stem(token))
        if found is not None:
            concepts[found[0]] = max(concepts.get(found[0], 0.0), found[1])
        else:
            stem = _fr_stem(token)
            concepts[f"~{stem}"] = 1.0
            words.append(token)
            stems.update((stem, _en_stem(token)))
    return Analysis(
        concepts=concepts,
        words=tuple(words),
        stems=frozenset(stems),
        parties=frozenset(parties),
        numbers=frozenset(numbers),
        negated=negated,
        opposites=opposites,
    )


def _beside_number(tokens: list[str], i: int) -> bool:
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return before.isdigit() or after.isdigit()


def _near(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LENGTH:
        return False
    return fuzz.ratio(a, b) >= FUZZY_RATIO


def _matched(mine: Analysis, theirs: Analysis) -> tuple[float, float]:
    """The weight of ``mine``'s concepts found in ``theirs`` (same concept or near spelling),
    and the weight of its words of substance (not light) that are not."""
    found = missing = 0.0
    their_words = [f"~{_fr_stem(x)}" for x in theirs.words]
    mine_stems = {f"~{_fr_stem(x)}": {_fr_stem(x), _en_stem(x)} for x in mine.words}
    for concept, weight in mine.concepts.items():
        if (
            concept in theirs.concepts
            or (concept.startswith("~") and any(_near(concept[1:], o[1:]) for o in their_words))
            or bool(mine_stems.get(concept, set()) & theirs.stems)
        ):
            found += weight
        elif weight >= 1.0:
            missing += weight
    return found, missing


def score(a: Analysis, b: Analysis) -> tuple[float, bool]:
    """The weighted share of concepts the two texts have in common, 0..1 (Dice on weights),
    and whether each holds a word of substance the other lacks. A party named on both sides
    counts as a shared concept, a party named on one side only does not count against."""
    shared_parties = len(a.parties & b.parties)
    wa = sum(a.concepts.values()) + shared_parties
    wb = sum(b.concepts.values()) + shared_parties
    if wa == 0 or wb == 0:
        return 0.0, False
    ma, missing_a = _matched(a, b)
    mb, missing_b = _matched(b, a)
    value = min(1.0, (ma + mb + 2 * shared_parties) / (wa + wb))
    return value, bool(missing_a and missing_b)


def veto(a: Analysis, b: Analysis, context_parties: frozenset[str] = frozenset()) -> str:
    """Why these two cannot be the same item whatever their words share ("" if nothing).

    ``context_parties``: the parties of the meeting both items belong to. One outlet naming
    the giver ("Russian support") and the other the receiver ("support to the AES") of one
    item is no disagreement: two texts that differ only by the meeting's own parties are not
    kept apart; any other party named on each side is.
    """
    mine, theirs = a.parties - b.parties, b.parties - a.parties
    if mine and theirs and not (mine <= context_parties and theirs <= context_parties):
        return "different party"
    if a.numbers - b.numbers and b.numbers - a.numbers:
        return "different number or date"
    if a.negated != b.negated:
        return "negation on one side"
    for pair in range(len(w.OPPOSITES)):
        left = {side for index, side in a.opposites if index == pair}
        right = {side for index, side in b.opposites if index == pair}
        if len(left) == 1 and len(right) == 1 and left != right:
            return "opposite words"
    return ""


def compare(
    a: str,
    b: str,
    *,
    speaker_a: str | None = None,
    speaker_b: str | None = None,
    context_parties: frozenset[str] = frozenset(),
) -> Verdict:
    """Whether ``a`` and ``b`` say the same thing. Statements pass their speakers: words of
    two speakers are never the same statement."""
    if (speaker_a is not None or speaker_b is not None) and (
        not speaker_a or not speaker_b or _fold(speaker_a) != _fold(speaker_b)
    ):
        return Verdict(DIFFERENT, 0.0, "different speaker")
    left, right = analyse(a), analyse(b)
    value, both_apart = score(left, right)
    why = veto(left, right, context_parties)
    if why:
        # Two outlets disagreeing on a year or a party may still report one item: the
        # analyst decides, nothing is merged by itself.
        return Verdict(MAYBE if value >= SAME_AT else DIFFERENT, value, why)
    if value >= (SAME_BOTH_AT if both_apart else SAME_AT):
        return Verdict(SAME, value)
    if value >= MAYBE_AT:
        return Verdict(MAYBE, value)
    return Verdict(DIFFERENT, value)


def align(
    new: Sequence[Entry],
    existing: Sequence[Entry],
    *,
    context_parties: frozenset[str] = frozenset(),
    use_list: bool = True,
) -> dict[int, tuple[int, Verdict]]:
    """For each new entry (by its index in ``new``), the existing entry it reports (SAME) or
    may report (MAYBE), by id; entries left out are new items.

    Sure matches first, best first, each entry used once; then (``use_list``) the list
    alignment: what is left of the two lists is paired one to one so that the pairs' scores
    add up to the most (pairs scoring ALIGN_AT or more, of one theme, with no veto); a pair
    of that assignment is the same item when the best assignment without it is worse by
    ALIGN_MARGIN or more (no other way of pairing the lists comes close). The rest keep their
    best MAYBE, if any.
    """
    verdicts: dict[tuple[int, int], Verdict] = {}
    for i, mine in enumerate(new):
        for j, theirs in enumerate(existing):
            if mine.family != theirs.family:
                continue
            if key(mine.text) == key(theirs.text) and mine.speaker == theirs.speaker:
                verdicts[i, j] = Verdict(SAME, 1.0)
                continue
            verdicts[i, j] = compare(
                mine.text,
                theirs.text,
                speaker_a=mine.speaker,
                speaker_b=theirs.speaker,
                context_parties=context_parties,
            )
    result: dict[int, tuple[int, Verdict]] = {}
    used: set[int] = set()

    def take(i: int, j: int, verdict: Verdict) -> None:
        result[i] = (existing[j].id, verdict)
        used.add(j)

    for (i, j), verdict in sorted(verdicts.items(), key=lambda kv: -kv[1].score):
        if verdict.decision == SAME and i not in result and j not in used:
            take(i, j, verdict)
    if use_list:
        for i, j in _list_counterparts(new, existing, verdicts, set(result), used):
            take(i, j, Verdict(SAME, verdicts[i, j].score, basis="list"))
    for i in range(len(new)):
        if i in result:
            continue
        maybes = [
            (v.score, j)
            for (k, j), v in verdicts.items()
            if k == i and v.decision == MAYBE and j not in used
        ]
        if maybes:
            score_, j = max(maybes)
            result[i] = (existing[j].id, verdicts[i, j])
    return result


def _list_counterparts(
    new: Sequence[Entry],
    existing: Sequence[Entry],
    verdicts: dict[tuple[int, int], Verdict],
    done: set[int],
    used: set[int],
) -> list[tuple[int, int]]:
    """The pairs of the best one-to-one assignment of the entries not yet matched that no
    other assignment comes within ALIGN_MARGIN of (see align)."""
    weights: dict[tuple[int, int], float] = {}
    for (i, j), verdict in verdicts.items():
        if i in done or j in used or verdict.veto or verdict.score < ALIGN_AT:
            continue
        themes_a, themes_b = new[i].themes, existing[j].themes
        if themes_a and themes_b and not themes_a & themes_b:
            continue
        weights[i, j] = verdict.score
    best, pairs = best_assignment(weights)
    clear = []
    for pair in pairs:
        without = {p: v for p, v in weights.items() if p != pair}
        if best - best_assignment(without)[0] >= ALIGN_MARGIN:
            clear.append(pair)
    return clear


def best_assignment(weights: dict[tuple[int, int], float]) -> tuple[float, list[tuple[int, int]]]:
    """The one-to-one pairing of rows and columns with the largest total weight, and that
    total (the Hungarian method with potentials, O(n²m)); a pair absent from ``weights``
    counts 0 and is never returned."""
    rows = sorted({i for i, _ in weights})
    cols = sorted({j for _, j in weights})
    if not rows:
        return 0.0, []
    # Rows must not outnumber columns: transpose if they do.
    flipped = len(rows) > len(cols)
    if flipped:
        rows, cols = cols, rows
        weights = {(j, i): v for (i, j), v in weights.items()}
    n, m = len(rows), len(cols)
    # Minimise cost = -weight over an n x m matrix, 1-based as the method is usually written.
    cost = [[0.0] * (m + 1)] + [[0.0] + [-weights.get((r, c), 0.0) for c in cols] for r in rows]
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    match = [0] * (m + 1)  # match[column] = row (0: none)
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        match[0] = row
        col0 = 0
        least = [float("inf")] * (m + 1)
        seen = [False] * (m + 1)
        while True:
            seen[col0] = True
            row0, delta, col1 = match[col0], float("inf"), 0
            for col in range(1, m + 1):
                if not seen[col]:
                    reduced = cost[row0][col] - u[row0] - v[col]
                    if reduced < least[col]:
                        least[col], way[col] = reduced, col0
                    if least[col] < delta:
                        delta, col1 = least[col], col
            for col in range(m + 1):
                if seen[col]:
                    u[match[col]] += delta
                    v[col] -= delta
                else:
                    least[col] -= delta
            col0 = col1
            if match[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            match[col0] = match[col1]
            col0 = col1
    pairs = []
    for col in range(1, m + 1):
        pair = (rows[match[col] - 1], cols[col - 1])
        if match[col] and pair in weights:
            pairs.append((pair[1], pair[0]) if flipped else pair)
    total = sum(weights[(p[1], p[0]) if flipped else p] for p in pairs)
    return total, sorted(pairs)
