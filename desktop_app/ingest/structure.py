"""The layout of a text: lines (headings, list intros, items, paragraphs), sentences, quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# After flattening, dashes are "-"; the other markers are kept as written.
_ITEM = re.compile(
    r"^[ \t]*(?:[-*\u2022\u25aa\u25cf\u00b7\u2713\u2714\u2611\u2705\u27a2\u25ba\u25e6\u2192>]"
    r"|\d{1,2}[.)]|\(?[a-h][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])[ \t]+(?=\S)",
    re.MULTILINE,
)
# Abbreviations before a name or a number ("M. Lavrov", "Mme Diop", "St. Petersburg",
# "No. 5", "p. 12", "J. Smith"): their dot never ends a sentence.
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|St|Pr|Gen|Col|No|art|vol|p|cf|Prof|Eng|Engr|Amb)|\b[A-Z])\.$"
)
# Abbreviations that may close a sentence ("at 3 p.m.", "the U.S.", "etc.", "on 3 Nov."):
# their dot ends one only when a capitalised word follows that does not continue the phrase
# ("p.m. GMT", "a.m. Monday", "U.S. Secretary", "Nov. 14" go on).
_CLOSING_ABBREVIATIONS = re.compile(
    r"\b(?:[ap]\.m|[ap]m|etc|ca|Jr|Sr|U\.S|U\.K|U\.N|E\.U|Inc|Ltd|Co|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$",
    re.IGNORECASE,
)
_CONTINUES = re.compile(
    r"(?:GMT|UTC|CET|CEST|EST|EDT|PST|BST|local|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|heure|"
    r"Secretary|President|Department|State|Ambassador|Embassy|Senator|Army|Navy|Treasury|"
    r"Congress|Government|Administration|Envoy|Special|forces|officials)\b"
)


def _ends_sentence(flat: str, s: int, i: int, j: int, end: int) -> bool:
    """Whether the "." at ``i`` (next character at ``j``) ends the sentence begun at ``s``."""
    if flat[i] != ".":
        return True
    before = flat[max(s, i - 6) : i + 1]
    nxt = j
    while nxt < end and flat[nxt] in " \n":
        nxt += 1
    # A lower-case word after the dot continues the sentence ("3 p.m. on Tuesday", "approx.
    # two", "vs. the"); a line break after it still ends it (a heading, a list item).
    if nxt < end and flat[nxt].islower() and "\n" not in flat[j:nxt]:
        return False
    if _CLOSING_ABBREVIATIONS.search(before):
        return nxt >= end or not (flat[nxt].isdigit() or _CONTINUES.match(flat, nxt))
    return not _ABBREVIATIONS.search(before)


_SUBJECT = re.compile(r"(?:The|Les|La|Le|L'|Both|They|Ils|Elles)\s")
_VERB = re.compile(
    r"\b(?:ont|sont|a|est|sera|seront|was|were|has|have|had|will|shall|[a-z]{3,}ed|"
    r"conviennent|decident|s'engagent|reaffirment|condamnent|saluent|expriment)\b"
)


@dataclass(frozen=True)
class Line:
    start: int  # content start (after a list marker for items)
    end: int  # content end (trailing spaces and item punctuation excluded)
    kind: str  # "item" | "heading" | "intro" | "para"
    line_start: int


def split_lines(text: str, flat: str) -> list[Line]:
    """Non-blank lines with their kind; items' spans exclude the marker and a final ; , or ."""
    lines: list[Line] = []
    pos = 0
    raw: list[tuple[int, int]] = []
    for part in text.split("\n"):
        raw.append((pos, pos + len(part)))
        pos += len(part) + 1
    spans = [(s, e) for s, e in raw if text[s:e].strip()]
    for index, (s, e) in enumerate(spans):
        start = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        end = s + len(text[s:e].rstrip())
        item = _ITEM.match(flat, s, end)
        if item:
            content_start = item.end()
            content_end = end
            body = flat[content_start:end]
            if body.endswith(":"):
                # "2. The two sides … agreed to:": a numbered paragraph that opens a list.
                lines.append(Line(content_start, end, "intro", s))
                continue
            if body.endswith(".") and (
                len(body.split()) >= 16
                or (_SUBJECT.match(body) and _VERB.search(body) and len(body.split()) >= 8)
            ):
                # A numbered paragraph of a communiqué is prose, not a list item.
                lines.append(Line(content_start, end, "para", s))
                continue
            while content_end > content_start and flat[content_end - 1] in ";,. ":
                content_end -= 1
            lines.append(Line(content_start, content_end, "item", s))
            continue
        body = flat[start:end]
        has_next = index + 1 < len(spans)
        if body.endswith(":"):
            kind = "intro"
        elif has_next and _is_heading(body):
            kind = "heading"
        else:
            kind = "para"
        lines.append(Line(start, end, kind, s))
    return lines


def _is_heading(body: str) -> bool:
    words = body.split()
    if not words or len(words) > 12 or len(body) > 100:
        return False
    if body[-1] in ".;,!?\"'" or not (body[0].isupper() or body[0].isdigit()):
        return False
    # A dateline opener ("Moscou, 3 avril 2025 - ...") is a paragraph, not a heading.
    return " - " not in body


def sentences(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``flat[start:end]``; quotes and abbreviations do not end a sentence."""
    out: list[tuple[int, int]] = []
    depth = 0
    straight_open = False
    s = start
    i = start
    while i < end:
        c = flat[i]
        if c == '"':
            # Folded quotes lose their direction: a quote opens after a space or line start.
            opening = i == start or flat[i - 1] in " (\n'"
            if opening and not straight_open:
                straight_open = True
            elif straight_open:
                straight_open = False
                # 'a barrier." Senegal's…': a sentence ends inside the quote it closes.
                j = i + 1
                if (
                    i > start
                    and flat[i - 1] in ".!?"
                    and j < end - 1
                    and flat[j] == " "
                    and flat[j + 1].isupper()
                ):
                    out.append((s, j))
                    s = j + 1
                    i = j + 1
                    continue
        depth = 1 if straight_open else 0
        if c in ".!?" and depth == 0:
            j = i + 1
            while j < end and flat[j] in "\"')":
                j += 1
            if (j >= end or flat[j] in " \n") and _ends_sentence(flat, s, i, j, end):
                out.append((s, j))
                while j < end and flat[j] in " \n":
                    j += 1
                s = j
                i = j
                continue
        i += 1
    if s < end and flat[s:end].strip():
        out.append((s, end))
    return out


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark
    inner_start: int
    inner_end: int


_PAIRS = {"\u00ab": "\u00bb", "\u201c": "\u201d", "\u2018": "\u2019"}


def quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Top-level quotations in the stored text: « », “ ” and paired straight quotes."""
    end = len(text) if end is None else end
    out: list[Quote] = []
    i = start
    while i < end:
        c = text[i]
        if c in ("\u00ab", "\u201c"):
            close = _PAIRS[c]
            depth = 0
            j = i + 1
            while j < end:
                if text[j] == c:
                    depth += 1
                elif text[j] == close:
                    if depth == 0:
                        break
                    depth -= 1
                elif text[j] == "\n":
                    break
                j += 1
            if j < end and text[j] == close:
                out.append(_quote(text, i, j + 1))
                i = j + 1
                continue
        elif c == '"' and (i == start or not text[i - 1].isalnum()):
            j = text.find('"', i + 1, end)
            newline = text.find("\n", i + 1, end)
            if j > i + 1 and (newline < 0 or newline > j):
                out.append(_quote(text, i, j + 1))
                i = j + 1
                continue
        i += 1
    return out


def _quote(text: str, start: int, end: int) -> Quote:
    inner_start, inner_end = start + 1, end - 1
    while inner_start < inner_end and text[inner_start] in " \u00a0\u202f":
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in " \u00a0\u202f,.":
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end)
