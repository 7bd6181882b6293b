"""Who said what: quoted words (« … », a déclaré X / X said "…" / saluant « … ») and reported
speech without quotation marks (X a assuré que … / X said that …)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop_app.ingest.gazetteer import Entity, Gazetteer, flatten
from desktop_app.ingest.meeting import about_other_meeting
from desktop_app.ingest.normalize import key
from desktop_app.ingest.people import People, Person, SpeakerPhrase, is_person_name, parse_speaker
from desktop_app.ingest.records import FoundStatement
from desktop_app.ingest.structure import Quote, quotes, sentences

_FR_STEMS = (
    "declar", "soulign", "assur", "affirm", "estim", "indiqu", "expliqu", "ajout", "precis",
    "martel", "insist", "rappel", "lanc", "not", "observ", "relev", "confi", "salu", "plaid",
    "annonc", "reaffirm", "jug", "resum", "deplor", "regrett", "comment", "confirm", "temoign",
    "souhait", "appel", "exhort", "invit", "encourag", "racont", "proclam", "argument", "insist",
    "tranch", "conclu", "renchér", "encherir", "avertiss", "lach", "developp", "detaill",
    "reiter", "signal",
)  # fmt: skip
_FR_IRREGULAR_PP = (
    "dit", "averti", "prevenu", "conclu", "reconnu", "promis", "poursuivi", "fait valoir",
    "fait savoir", "fait remarquer", "fait observer", "mis en garde", "ecrit", "repondu",
    "soutenu", "admis", "reconnu", "enchéri",
)  # fmt: skip
_FR_IRREGULAR_FINITE = (
    "dit", "disait", "avertit", "previent", "conclut", "reconnait", "promet", "poursuit",
    "fait valoir", "faisait valoir", "fait savoir", "met en garde", "ecrit", "repond",
    "soutient", "admet", "rappelle", "appelle", "lache",
)  # fmt: skip
_FR_IRREGULAR_PPR = (
    "disant", "avertissant", "concluant", "reconnaissant", "promettant", "poursuivant",
    "faisant valoir", "mettant en garde", "repondant", "soutenant",
)  # fmt: skip
_EN_PAST = (
    "said", "says", "stressed", "added", "noted", "told", "declared", "affirmed", "insisted",
    "warned", "explained", "observed", "remarked", "emphasised", "emphasized", "underlined",
    "underscored", "welcomed", "hailed", "praised", "described", "called", "urged", "concluded",
    "announced", "stated", "recalled", "argued", "acknowledged", "pointed out", "commented",
    "wrote", "replied", "assured", "reaffirmed", "confirmed", "promised", "expressed",
    "highlighted", "reiterated", "indicated", "mentioned", "specified", "maintained",
    "admitted", "conceded",
)  # fmt: skip
_EN_ING = (
    "saying", "adding", "noting", "stressing", "welcoming", "hailing", "praising", "calling",
    "describing", "insisting", "warning", "emphasising", "emphasizing", "underlining",
    "recalling", "arguing", "promising", "highlighting", "reiterating",
)  # fmt: skip


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_PP = _alt([s + "e" for s in _FR_STEMS] + list(_FR_IRREGULAR_PP))
_FINITE = _alt(
    [s + e for s in _FR_STEMS for e in ("e", "ent", "ait", "aient")]
    + list(_FR_IRREGULAR_FINITE)
    + list(_EN_PAST)
)
_PPR = _alt([s + "ant" for s in _FR_STEMS] + list(_FR_IRREGULAR_PPR) + list(_EN_ING))
_ADVERB = (
    r"(?:[a-z]+ment\s+|encore\s+|aussi\s+|notamment\s+|ainsi\s+|pour sa part\s+|quant a lui\s+)?"
)
_AUX = r"(?:a|ont|avait|avaient)"
_STOP = (
    r"(?=\s*[,.;:!?(]|\s*$|\s+(?:lors|en marge|devant|avant|apres|au cours|a l'issue|dans|a|au|aux|"
    r"en|pendant|tandis|alors|qui|que|during|at|in|on|after|before|while|who|to|as|when|"
    r"saluant|ajoutant|adding|welcoming|noting|soulignant)\s)"
)

_AFTER = (
    ("pronoun", re.compile(rf"^\s*,?\s*{_AUX}-t-(?:il|elle|ils|elles)\s+{_ADVERB}({_PP})\b")),
    ("pronoun", re.compile(rf"^\s*,?\s*(?:{_FINITE})-t?-?(?:il|elle|ils|elles)\b")),
    # '"…," he added': the English pronoun before its verb.
    ("pronoun", re.compile(rf"^\s*,?\s*(?:he|she|they)\s+{_ADVERB}({_FINITE})\b")),
    ("speaker", re.compile(rf"^\s*,?\s*({_AUX}\s+{_ADVERB}(?:{_PP}))\s+(.+?){_STOP}")),
    ("speaker", re.compile(rf"^\s*,?\s*((?:{_FINITE}))\s+(.+?){_STOP}")),
    ("speaker", re.compile(rf"^\s*,?\s*(selon|d'apres|according to)\s+(.+?){_STOP}")),
    (
        "speaker_first",
        re.compile(rf"^\s*,?\s*((?:[A-Za-z.'-]+\s+){{0,7}}?[A-Za-z.'-]+)\s+((?:{_FINITE}))\b"),
    ),
)
_INFINITIVE = _alt([s + "er" for s in _FR_STEMS] + ["dire", "conclure", "poursuivre", "add", "say"])
_BEFORE_PPR = re.compile(
    rf"(?:^|,|\s)\s*(?:({_PPR})|(?:avant|apres|before|after)\s+(?:d'|de\s+)?({_INFINITIVE}))"
    r"\s*(?:que|qu'|that)?\s*:?\s*$"
)
# The verb may be followed by a few words before the quotation: "described the road as",
# "told reporters:", "said the line would".
_BEFORE_VERB = re.compile(
    rf"\s((?:{_AUX}\s+{_ADVERB})?(?:{_PP}|{_FINITE}))\b(?:\s+[^\s\"]+){{0,6}}?"
    r"\s*(?:que|qu'|that)?\s*[:,]?\s*$"
)
_WITH_SUBJECT = re.compile(
    rf"\b(?:with|avec)\s+([^,;\"]{{3,80}}?)\s+({_PPR})\b(?:\s+[^\s\"]+){{0,4}}?"
    r"\s*(?:que|qu'|that)?\s*[:,]?\s*$"
)
_BEFORE_ACCORDING = re.compile(
    r"(?:^|,)\s*(?:selon|pour|d'apres|according to)\s+(.+?)\s*,\s*$", re.IGNORECASE
)
_BEFORE_COLON = re.compile(r"^\s*(.{3,80}?)\s*:\s*$")
_DESCRIBES = re.compile(
    r"\b(?:ministre|minister|homologue|counterpart|president|chef|head|ambassad\w*|"
    r"porte-parole|spokesperson|secretaire|secretary)\b"
)
_CLAUSE = re.compile(
    r",|;|\bet\b|\btandis que\b|\balors que\b|\bwhile\b|\band\b|\bmais\b|\bbut\b|\("
)


@dataclass(frozen=True)
class QuotedWords:
    quote: Quote
    speaker_phrase: str | None  # as written in the stored text
    speaker_span: tuple[int, int] | None
    verb: str | None
    same_as_previous: bool  # "saluant « … »": the speaker of the quote before
    gender: str | None = None  # "a-t-elle ajouté": "f"; "he added": "m"


_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"


def _single_marks_doubled(text: str, flat: str) -> tuple[str, str]:
    """``text`` and ``flat`` with quotations in single curly marks (‘…’, the British press's
    way) given double ones, same length, so they are read as quotations; a closing mark
    inside a word ("Russia’s") is an apostrophe, and a quotation stays in its paragraph."""
    if _SINGLE_OPEN not in text:
        return text, flat
    chars, flat_chars = list(text), list(flat)
    i = text.find(_SINGLE_OPEN)
    while i >= 0:
        close = -1
        j = i + 1
        while (j := text.find(_SINGLE_CLOSE, j)) >= 0:
            after = text[j + 1 : j + 3]
            # "the countries’ navies": a plural's possessive before a word in lower case
            possessive = text[j - 1] == "s" and after[:1] == " " and after[1:].islower()
            if (j + 1 >= len(text) or not text[j + 1].isalnum()) and not possessive:
                close = j
                break
            j += 1
        if close < 0 or "\n" in text[i:close] or (i > 0 and text[i - 1].isalnum()):
            i = text.find(_SINGLE_OPEN, i + 1)
            continue
        chars[i], chars[close] = "\u201c", "\u201d"
        flat_chars[i] = flat_chars[close] = '"'
        i = text.find(_SINGLE_OPEN, close + 1)
    return "".join(chars), "".join(flat_chars)


# A quotation may run over a few paragraphs, its mark closed only in the last one.
_QUOTE_PARAGRAPHS = 4


def _joined(flat: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The paragraphs, those a quotation runs across joined into one ('"An informal dinner
    …¶They exchanged …," Kaifu said'): a paragraph leaving a mark open is joined to those
    after it up to the one that closes it. True for a joined block."""
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(blocks):
        start, end = blocks[i]
        last = i
        marks = flat.count('"', start, end)
        if marks % 2 == 1:
            for k in range(i + 1, min(len(blocks), i + _QUOTE_PARAGRAPHS)):
                marks += flat.count('"', *blocks[k])
                if marks % 2 == 0:
                    last = k
                    break
        out.append((start, blocks[last][1], last > i))
        i = last + 1
    return out


def find_statements(text: str, flat: str, blocks: list[tuple[int, int]]) -> list[QuotedWords]:
    """Attributed quotations in the given blocks (paragraphs); scare quotes are left out."""
    found: list[QuotedWords] = []
    intro: int | None = None  # the last sentence of a paragraph ending in ":" before this one
    one_line: tuple[str, str] | None = None  # text and flat, line breaks made spaces
    joined_blocks = _joined(flat, blocks)
    carried: Quote | None = None  # a paragraph's quotation left open, the next one goes on
    for number, (block_start, block_end, joined) in enumerate(joined_blocks):
        t, f = text, flat
        if joined:
            # Same length, so spans hold; quotations and sentences then run over the breaks.
            one_line = one_line or (text.replace("\n", " "), flat.replace("\n", " "))
            t, f = one_line
        spans = sentences(f, block_start, block_end)
        if intro is not None and '"' not in f[block_start:block_end]:
            # "X a déclaré aujourd'hui :" then the words without quotation marks, as a
            # ministry's release gives them: each sentence of the paragraph is X's.
            found += _unmarked_words(t, f, spans, intro)
            intro = None
            continue
        attributed = False  # a quotation with its speaker earlier in this paragraph
        for index, (sent_start, sent_end) in enumerate(spans):
            for quote in quotes(t, sent_start, sent_end):
                said = _attribute(t, f, quote, sent_start, sent_end)
                if said is None and _whole_sentence(f, quote, sent_start, sent_end):
                    if attributed:
                        # '"…," Diallo said. "…."': the next quotation alone goes on her words.
                        said = QuotedWords(quote, None, None, None, True)
                    elif index == 0 and intro is not None:
                        # "Diallo told reporters:" then the quotation as its own paragraph.
                        said = _attribute(t, f, quote, intro, sent_end)
                    elif index > 0:
                        # "…, Diallo stressed. « We are also … »": the speaker of the
                        # reported words just before goes on to quote herself.
                        said = _after_reported(t, f, quote, spans[index - 1])
                if said is not None and carried is not None:
                    found.append(replace(said, quote=carried))
                if said is not None:
                    found.append(said)
                    attributed = True
                carried = None
        carried = None
        if number + 1 < len(joined_blocks) and not joined:
            carried = _left_open(text, flat, block_start, block_end, joined_blocks[number + 1][0])
        ends_with_colon = f[block_start:block_end].rstrip().endswith(":")
        intro = spans[-1][0] if spans and ends_with_colon else None
    return found


def _after_reported(
    text: str, flat: str, quote: Quote, before: tuple[int, int]
) -> QuotedWords | None:
    """A quotation alone after a sentence of reported speech: that sentence's speaker."""
    reported = find_reported(text, flat, [before])
    if len(reported) != 1:
        return None
    r = reported[0]
    if r.pronoun:
        return QuotedWords(quote, None, None, r.verb, True, r.gender)
    return QuotedWords(quote, r.speaker_phrase, r.speaker_span, r.verb, False)


_UNMARKED_WORDS = 6  # fewer: a heading or a caption after the colon, not a sentence said


def _unmarked_words(
    text: str, flat: str, spans: list[tuple[int, int]], intro: int
) -> list[QuotedWords]:
    """The sentences of a paragraph without quotation marks after "X said:", each as X's
    words; none unless the sentence before the colon names a speaker with a verb of saying."""
    out: list[QuotedWords] = []
    for start, end in spans:
        inner_end = end
        while inner_end > start and text[inner_end - 1] in " .\u00a0":
            inner_end -= 1
        if len(text[start:inner_end].split()) < _UNMARKED_WORDS:
            continue
        words = Quote(start, end, start, inner_end)
        if not out:
            said = _attribute_before(text, flat, words, intro)
            if said is None or said.verb is None or not said.speaker_phrase:
                return []
            out.append(said)
        else:
            out.append(QuotedWords(words, None, None, None, True))
    return out


def _left_open(text: str, flat: str, start: int, end: int, next_start: int) -> Quote | None:
    """'"We will open the line.¶"It is ready," Diallo said.': a paragraph whose quotation is
    left open, the next paragraph opening a quotation again (the press's way of quoting over
    paragraphs); the quotation from its mark to the paragraph's end, None if there is none."""
    if flat.count('"', start, end) % 2 == 0 or not flat[next_start:].startswith('"'):
        return None
    mark = flat.rfind('"', start, end)
    if mark > start and flat[mark - 1] not in " (\n'":
        return None  # a closing mark: a quotation opened before this paragraph
    inner_start, inner_end = mark + 1, end
    while inner_start < inner_end and text[inner_start] in " \u00a0\u202f":
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in " \u00a0\u202f,.":
        inner_end -= 1
    if len(text[inner_start:inner_end].split()) < _WHOLE_SENTENCE_WORDS:
        return None
    return Quote(mark, end, inner_start, inner_end)


_WHOLE_SENTENCE_WORDS = 4  # fewer: a title or a scare-quoted phrase, not words said


def _whole_sentence(flat: str, quote: Quote, sent_start: int, sent_end: int) -> bool:
    """Whether the quotation is its sentence's only words."""
    return (
        not flat[sent_start : quote.start].strip()
        and not flat[quote.end : sent_end].strip(" .,;!?")
        and len(flat[quote.inner_start : quote.inner_end].split()) >= _WHOLE_SENTENCE_WORDS
    )


_ABBREVIATION_DOT = re.compile(r"\b(M|Mr|Mrs|Ms|Dr|Pr|St|Mme|Gen|Col|Prof)\.")


def _mask(flat: str) -> str:
    """Abbreviation dots ("M. Lavrov") made invisible to the stop rules; same length."""
    return _ABBREVIATION_DOT.sub(lambda m: m.group(1) + "\u00a7", flat)


# '"…forward.",\" she wrote': a copy that kept an escaped quotation mark (\") after the
# closing one; the mark and the backslash say nothing and hide the attribution after them.
_STRAY_MARKS = re.compile(r'^[\s,]*\\"[\s,]*')


def _after(flat: str, quote: Quote, sent_end: int) -> str:
    """The sentence after a quotation, stray marks blanked; same length, so spans hold."""
    after = _mask(flat[quote.end : sent_end])
    stray = _STRAY_MARKS.match(after)
    if stray is None:
        return after
    return ", " + " " * (stray.end() - 2) + after[stray.end() :]


def _attribute(
    text: str, flat: str, quote: Quote, sent_start: int, sent_end: int
) -> QuotedWords | None:
    after = _after(flat, quote, sent_end)
    lowered_after = after.lower()
    for kind, pattern in _AFTER:
        match = pattern.match(after if kind == "speaker_first" else lowered_after)
        if not match:
            continue
        base = quote.end
        if kind == "pronoun":
            return QuotedWords(
                quote,
                None,
                None,
                text[base + match.start(1) : base + match.end(1)] if match.groups() else None,
                True,
                _pronoun_gender(match.group(0)),
            )
        if kind == "speaker_first":
            phrase_start, phrase_end = base + match.start(1), base + match.end(1)
            if (
                flat[phrase_start].islower()
                and not flat[phrase_start:].startswith(("le ", "la ", "the "))
                and not _office_alone(flat[phrase_start:phrase_end])
            ):
                continue
            verb = text[base + match.start(2) : base + match.end(2)]
        else:
            phrase_start, phrase_end = base + match.start(2), base + match.end(2)
            verb = text[base + match.start(1) : base + match.end(1)]
        if _INSTITUTION.match(key(text[phrase_start:phrase_end].strip(" ,;:"))):
            # 'Park told his counterparts that "…," the ministry said': the ministry is the
            # source; the words are those of the person its sentence says spoke them.
            inner = _attribute_before(text, flat, quote, sent_start)
            if inner is not None and inner.verb is not None and inner.speaker_phrase:
                return inner
        return QuotedWords(
            quote, text[phrase_start:phrase_end], (phrase_start, phrase_end), verb, False
        )
    return _attribute_before(text, flat, quote, sent_start)


def _attribute_before(text: str, flat: str, quote: Quote, sent_start: int) -> QuotedWords | None:
    """The speaker told before the quotation in its sentence ("X said that « … »")."""
    before = _mask(flat[sent_start : quote.start])
    lowered = before.lower()
    ppr = _BEFORE_PPR.search(lowered)
    subject = _WITH_SUBJECT.search(lowered)
    if subject is not None:
        # "with Foreign Minister X noting that « … »": the participle has its own subject.
        s, e = sent_start + subject.start(1), sent_start + subject.end(1)
        verb = text[sent_start + subject.start(2) : sent_start + subject.end(2)]
        return QuotedWords(quote, text[s:e], (s, e), verb, False)
    if ppr:
        group = 1 if ppr.group(1) else 2
        verb = text[sent_start + ppr.start(group) : sent_start + ppr.end(group)]
        return QuotedWords(quote, None, None, verb, True)
    according = _BEFORE_ACCORDING.search(before)
    if according:
        s, e = sent_start + according.start(1), sent_start + according.end(1)
        return QuotedWords(quote, text[s:e], (s, e), None, False)
    verb_match = _BEFORE_VERB.search(lowered)
    if verb_match:
        head = before[: verb_match.start()].rstrip(" ,")
        boundary = 0
        clauses = [c.end() for c in _CLAUSE.finditer(head.lower())]
        if clauses:
            boundary = clauses[-1]
            # "Son homologue tchadien, Idriss Mahamat Ali, a souligné": keep the apposition
            # before the name, which says who the speaker is.
            if (
                len(clauses) >= 2
                and head[clauses[-1] - 1] == ","
                and _DESCRIBES.search(head[clauses[-2] : clauses[-1]].lower())
            ):
                boundary = clauses[-2]
            elif (
                len(clauses) == 1
                and head[clauses[0] - 1] == ","
                and _DESCRIBES.search(head[: clauses[0]].lower())
            ):
                boundary = 0
        s = sent_start + boundary
        e = sent_start + verb_match.start()
        while s < e and flat[s] == " ":
            s += 1
        if e > s:
            verb = text[sent_start + verb_match.start(1) : sent_start + verb_match.end(1)]
            return QuotedWords(quote, text[s:e], (s, e), verb, False)
    colon = _BEFORE_COLON.match(before)
    if colon and len(colon.group(1).split()) <= 8:
        s, e = sent_start + colon.start(1), sent_start + colon.end(1)
        return QuotedWords(quote, text[s:e], (s, e), None, False)
    return None


# "M. Lavrov a assuré que …", "Lavrov said that …": a speaker, a verb of saying, then what
# was said in the source's words. Matched on a sentence without quotation marks.
# "a déclaré lors du sommet que", "said on Monday that": when and where, between verb and "que".
# "told reporters that", "a indiqué à la presse que": to whom, before "que".
_CIRCUMSTANCE = (
    r"(?:\s+(?:reporters|journalists|the press|the media|the audience|la presse|"
    r"les journalistes)\b)?"
    r"(?:\s+(?:lors|au cours|a l'issue|devant|pendant|dans|on|at|in|during|after|a|au|aux|to)\b"
    r"(?:\s+[^\s,;.]+){0,4}?)?"
)
# A belief or a hope told: "expressed hope that", "a exprimé l'espoir que", "s'est dit
# convaincu que".
_BELIEF = (
    r"expressed\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:hope|confidence|belief|conviction|concern)"
    r"|(?:a|ont)\s+exprime\s+(?:l'espoir|sa conviction|sa confiance|leur conviction|leur espoir)"
    r"|s'est\s+dite?\s+[a-z]+|se sont\s+dite?s\s+[a-z]+"
)
# "a déclaré que, conformément au protocole, la Commission …": an aside may follow "que".
# "told Yonhap that", "told his counterparts that", "a assuré ses homologues que": whom the
# words were told to, between the verb and "that".
_TOLD_WHOM = (
    r"(?:(?:(?<=\btold)|(?<=\bassured)|(?<=\breminded)|(?<=\binformed)|(?<=\bassure)"
    r"|(?<=\brappele)|(?<=\binforme))"
    r"(?:\s+[a-z'-]+){1,3}?)?"
)
_REPORTED = re.compile(
    rf"^(?P<who>.{{2,300}}?)\s+(?P<verb>{_BELIEF}|(?:{_AUX}\s+{_ADVERB})?(?:{_PP}|{_FINITE}))"
    rf"{_TOLD_WHOM}{_CIRCUMSTANCE}\s+"
    r"(?:(?:que|that)(?:\s*,)?\s+|qu')(?P<said>.+?)\s*[.;!?]?\s*$"
)
# "Japanese Foreign Minister Yoko Kamikawa said G7 ministers agreed …" (no "that"), and the
# speaker named after the words: "Russia will …, Russian foreign policy chief Lavrov stressed."
_BARE_VERBS = r"said|says|stressed|noted|underlined|emphasi[sz]ed|added|told reporters|urged"
# The verbs a speaker named after the words comes with ("…, Lavrov said", "…, he added").
_BARE_VERBS_AFTER = (
    _BARE_VERBS + r"|explained|insisted|warned|concluded|remarked|observed|pointed out"
    r"|highlighted|told journalists|told the press|told"
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# When and where the words were said, after the verb that ends the sentence: "said on
# Thursday", "told reporters after the talks", "a déclaré jeudi à la presse".
_WHEN = (
    rf"(?:\s+(?:(?:on|at|in|after|during|before|following|to|a|au|aux|lors|devant|apres|"
    rf"pendant|{_WEEKDAYS}|today|yesterday|earlier|later|hier|aujourd'hui)\b[^,.;!?]{{0,60}}))?"
)
# Quoted words whose quotation marks were lost in the copy: "…, a déclaré à la presse
# M. Lamamra à l'issue de l'audience." The speaker comes after the verb.
_SAID_THEN_WHO = re.compile(
    rf"^(?P<said>.{{15,}}?)\s*,\s+(?P<verb>a\s+{_ADVERB}(?:{_PP}))"
    r"(?:\s+(?:a la presse|aux journalistes|a l'agence \w+))?\s+"
    rf"(?P<who>(?:m\u00a7|mme|le |la )?[^,;]{{2,80}}?){_STOP}"
)
# The English order: "…, said Ri Tong Il, spokesman for the minister." The speaker's name
# after the verb, then who they are; the name alone is the speaker phrase.
_SAID_THEN_WHO_EN = re.compile(
    r"^(?P<said>.{15,}?)\s*,\s+(?P<verb>said|added|noted|stressed|explained)\s+"
    r"(?P<who>(?!the\b|a\b|an\b|on\b|in\b|at\b|that\b)[^,;]{2,60}?)"
    r"(?:\s*,\s*(?P<after>[^,;]{3,120}?))?\s*[.!]?\s*$"
)
# "…, a-t-il souligné." or "…, he added." without quotation marks: the person named before.
_SAID_PRONOUN = re.compile(
    rf"^(?P<said>.{{15,}}?)\s*,\s+(?P<verb>{_AUX}-t-(?:il|elle)\s+{_ADVERB}(?:{_PP})"
    rf"|(?:he|she)\s+{_ADVERB}(?:{_BARE_VERBS_AFTER})){_WHEN}\s*[.!]?\s*$"
)
# "Pour Mme Diallo, le pont …": whose view it is; the speaker must be a person (checked later).
_ACCORDING_REPORTED = re.compile(
    # "Pour sa part, X …" is whose turn it is, not whose view: X's verb tells what was said.
    r"^(?P<verb>selon|d'apres|according to|pour)\s+(?!(?:sa|leur|son)\s+part\b)"
    r"(?P<who>[^,]{3,80}?)\s*,\s*(?P<said>.+?)\s*[.;!?]?\s*$"
)
# "Minister X briefed his counterparts on …, affirming that Egypt is seeking …": the
# sentence's subject says what follows the participle.
# (English only: a French "…, ajoutant que …" often follows an announced next step, which
# stays the commitment it is.)
_PARTICIPLE_THAT = re.compile(
    r"^(?P<who>.{2,160}?)\s+(?:[a-z]+ed|met|held|received|took|gave|made|paid)\s[^;]*?,\s+"
    rf"(?P<verb>{_alt(_EN_ING)}|affirming|stating|asserting|indicating|explaining|pointing out)"
    r"\s+that\s+(?P<said>.+?)\s*[.;!?]?\s*$"
)
# Thanks and satisfaction told: "X thanked the partners for …", "X reiterated his appreciation
# for …", "X s'est réjouie de cette visite", "a exprimé sa gratitude au gouvernement": to whom
# and for what is what was said.
_THANKED = re.compile(
    rf"^(?P<who>.{{2,200}}?)\s+(?P<verb>thanked|(?:expressed|reiterated|conveyed)\s+"
    r"(?:his|her|their)\s+(?:\w+\s+)?(?:appreciation|gratitude|thanks|satisfaction)"
    rf"|(?:{_AUX}\s+{_ADVERB})?remercie|(?:a|ont)\s+{_ADVERB}exprime\s+(?:sa|leur)\s+(?:\w+\s+)?"
    r"(?:gratitude|satisfaction|reconnaissance|joie)"
    r"|s'est\s+(?:[a-z]+ment\s+)?(?:rejouie?|felicitee?)|se sont\s+(?:rejoui|felicite)e?s)"
    r"[\s,]+(?P<said>.{10,}?)\s*[.;!?]?\s*$"
)
# "a remercié son hôte pour son accueil", "thanked his guest for the visit": a courtesy, not
# a position.
_COURTESY = re.compile(
    r"\b(?:accueil|hospitalite|welcome|hospitality|hosting|visit|visite|venue|invitation|"
    r"participation|presence)\b"
)
_COURTESY_WORDS = 12
_BARE_THANKS_WORDS = 8

# "Ozols stressed the importance of the declaration" is a statement too: the topic a speaker
# says matters is the position an analyst looks for (tests/corpus/real/README.md).
_SAID_BARE = re.compile(
    rf"^(?P<who>.{{2,160}}?)\s+(?P<verb>{_BARE_VERBS})\s+(?!that\b|to\b|in\b|on\b|at\b)"
    r"(?P<said>(?:\S+\s+){3}.+?)\s*[.;!?]?\s*$"
)
# "X a souligné l'importance de cette session": in French too, the topic one speaker stressed
# (one: "ont souligné" is the meeting's shared position).
_TOPIC_FR = re.compile(
    rf"^(?P<who>.{{2,200}}?)\s+(?P<verb>a\s+{_ADVERB}(?:souligne|exprime|rappele|releve|"
    r"insiste sur|mis l'accent sur))\s+(?P<said>l'importance\s.{10,}?)\s*[.;!?]?\s*$"
)
# "X a exhorté les dirigeants à donner la priorité à …", "X called on Y to …": a call made
# to someone, told in the source's words; what is asked is what was said.
_CALLED = re.compile(
    rf"^(?P<who>.{{3,200}}?)\s+(?P<verb>(?:{_AUX}\s+{_ADVERB})?(?:exhorte|appele|encourage)"
    r"|called on|called upon)\s+(?P<said>"
    # Someone asked to do something ("ses pairs à mettre", "Japan to make"): "à" then an
    # infinitive, not "à l'issue de" nor the auxiliary "a" of a later clause; or what is
    # called for, right after the verb ("a appelé à la retenue").
    r"(?:[^,;]{1,120}?\s(?:to\s|a\s(?=[a-z]+(?:er|ir|re|oir)\b|se\s|s'|ne\s))|a\s)"
    r".+?)\s*[.;!?]?\s*$"
)
# A judgement told: "X called the talks an example of good neighbourliness", "X described
# the visit as historic", "X a qualifié la rencontre de tournant". The object and what it is
# called are what was said; "called Y on Monday", "called Y to discuss" (a phone call, a
# summons) are not judgements: the object holds no such preposition and the name given is a
# noun phrase with "of"/"for" ("an example of", "the cornerstone of") or comes after "as".
_JUDGED = re.compile(
    r"^(?P<who>.{2,160}?)\s+(?P<verb>called|termed|described|"
    rf"(?:{_AUX}\s+{_ADVERB})?(?:qualifie|decrit))\s+"
    r"(?P<said>(?:(?!(?:to|on|for|about|after|at|in|by|from|over|upon|back|off|up)\b)"
    r"[^\s,;]+\s+){1,8}?"
    r"(?:(?:an?|the)\s+(?:[^\s,;]+\s+){0,2}?(?:of|for)\s|as\s|comme\s|de\s|d')"
    r".+?)\s*[.;!?]?\s*$"
)
# "X called for an end to …", "X a plaidé pour …": what is asked for is what was said.
_CALLED_FOR = re.compile(
    rf"^(?P<who>.{{2,200}}?)\s+(?P<verb>called for|(?:{_AUX}\s+{_ADVERB})?plaide pour)\s+"
    r"(?P<said>.{10,}?)\s*[.;!?]?\s*$"
)
# "…, Atsushi Kaifu, the spokesperson for the ministry, said on Thursday.": the speaker after
# the words, maybe with who they are between commas, and when or where after the verb.
_SAID_AFTER = re.compile(
    r"^(?P<said>.{15,}?),\s+(?P<who>[^,]{2,90}?(?:,\s+[^,]{3,120}?,)?)\s+"
    rf"(?P<verb>{_BARE_VERBS_AFTER}|a declare|a souligne|a indique|a affirme|a precise|a ajoute)"
    rf"{_WHEN}\s*[.!]?\s*$"
)


@dataclass(frozen=True)
class ReportedWords:
    said: tuple[int, int]
    speaker_phrase: str
    speaker_span: tuple[int, int]
    verb: str
    pronoun: bool = False  # "…, a-t-il ajouté": the person named before
    gender: str | None = None  # of that pronoun: "f", "m"
    # The clauses before the speaker phrase in the same subject ("Bola Adé, président de la
    # Commission, a exhorté"): where the name is when the phrase is only a description.
    before: str = ""
    after: str = ""  # who the speaker is, after the name ("said X, spokesman for …")


_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;])\s*(?:he|she|il|elle)\s*$")
# A quotation this short is a phrase the source kept ('should not be "imitation"'), not the
# words of a statement: the sentence around it is reported speech.
_QUOTED_PHRASE_WORDS = 4


def _quotes_words(text: str, flat: str, start: int, end: int) -> bool:
    """Whether the sentence quotes someone's words (a quotation longer than a phrase, with
    its own speaker or the whole sentence). A quotation inside reported words ("X pointed out
    that cooperation would help as the situation becomes "more serious than ever"") is a
    phrase the source kept: the sentence is read as reported speech."""
    found = quotes(text, start, end)
    if not found and '"' in flat[start:end]:
        return True  # an unpaired mark: a quotation cut by the sentence split
    return any(
        len(flat[q.inner_start : q.inner_end].split()) >= _QUOTED_PHRASE_WORDS
        and (_whole_sentence(flat, q, start, end) or _attribute(text, flat, q, start, end))
        for q in found
    )


def _past_relative(match: re.Match[str], lowered: str, said_start: int, said_end: int) -> int:
    """ "Selon le communiqué du ministère, qui assure la présidence, la rencontre vise à …":
    the clause tells who the source is; the words come after it."""
    relative = _RELATIVE_FIRST.match(lowered, said_start, said_end)
    if match.re is _ACCORDING_REPORTED and relative is not None:
        return relative.end()
    return said_start


_RECALLED = re.compile(r"\brappel|\brecall")


def _not_words_said(match: re.Match[str], sentence: str) -> bool:
    """A match that tells no words: "Avant son départ, la ministre X a déclaré :" (the words
    come after the colon; what stands before the verb is when), or thanks for a welcome."""
    if match.re in (_SAID_THEN_WHO, _SAID_THEN_WHO_EN, _SAID_AFTER):
        return sentence.rstrip().endswith(":")
    said = match.group("said")
    # "X a rappelé que la précédente session s'était tenue à Rosso": recalling where and when
    # another meeting was held is background, as "had been held" is, not a position taken.
    if _RECALLED.search(match.group("verb")) and about_other_meeting(said):
        return True
    words = len(said.split())
    # "thanked Moscow for its support": thanks that say no more than whom and for what
    return match.re is _THANKED and (
        words < _BARE_THANKS_WORDS
        or (words < _COURTESY_WORDS and _COURTESY.search(said) is not None)
    )


def find_reported(text: str, flat: str, blocks: list[tuple[int, int]]) -> list[ReportedWords]:
    """Reported speech: sentences without quotation marks that say who said what."""
    found: list[ReportedWords] = []
    for block_start, block_end in blocks:
        for start, end in sentences(flat, block_start, block_end):
            if _quotes_words(text, flat, start, end):
                continue  # a quotation: the quoted words are the statement
            sentence = _mask(flat[start:end])
            lowered = sentence.lower()
            match = (
                _REPORTED.match(lowered)
                or _THANKED.match(lowered)
                or _TOPIC_FR.match(lowered)
                or _ACCORDING_REPORTED.match(lowered)
                # Before the verb-then-speaker order: after a call's verb comes who is asked.
                or _CALLED.match(lowered)
                or _CALLED_FOR.match(lowered)
                or _SAID_AFTER.match(lowered)
                or _SAID_THEN_WHO.match(lowered)
                or _SAID_THEN_WHO_EN.match(lowered)
                or _JUDGED.match(lowered)
                or _SAID_BARE.match(lowered)
                or _PARTICIPLE_THAT.match(lowered)
            )
            if match is not None and _not_words_said(match, sentence):
                continue
            if match is not None and _PRONOUN_SUBJECT.search(match.group("who")):
                # "He added that …", "il a souligné que …": the person the text speaks of.
                pronoun_match = match
                said = (start + match.start("said"), start + match.end("said"))
                if len(flat[said[0] : said[1]].split()) >= 3:
                    verb = text[start + match.start("verb") : start + match.end("verb")]
                    gender = _pronoun_gender(pronoun_match.group("who")[-6:])
                    found.append(
                        ReportedWords(said, "", (start, start), verb, pronoun=True, gender=gender)
                    )
                continue
            if match is None:
                pronoun = _SAID_PRONOUN.match(lowered)
                if pronoun is not None:
                    found.append(_pronoun_reported(text, start, pronoun))
                continue
            who_start, who_end = match.span("who")
            while who_end > who_start and lowered[who_end - 1] in " ,":
                who_end -= 1  # "Le Président de la Commission, Dr Amadou Sani, a déclaré"
            head = lowered[who_start:who_end]
            cut = max(head.rfind(","), head.rfind(";"))  # "Le lendemain, M. Lavrov a …"
            subject_start = who_start
            if cut >= 0:
                who_start += cut + 1
            while who_start < who_end and sentence[who_start] == " ":
                who_start += 1
            said_start, said_end = match.span("said")
            after = match.groupdict().get("after") or ""
            named = _APPOSED_NAME.match(text, start + said_start, start + said_end)
            if match.re is _ACCORDING_REPORTED and named is not None:
                # "Selon le porte-parole du ministère, Jean Diouf, les deux pays …": the name
                # after the description is the speaker; what follows it is what was said.
                after = text[start + who_start : start + who_end]
                who_start, who_end = named.start(1) - start, named.end(1) - start
                said_start = named.end() - start
            said_start = _past_relative(match, lowered, said_start, said_end)
            source = _SOURCE_AFTER.search(lowered, said_start, said_end)
            if source is not None:
                said_end = source.start()  # "…, according to a statement": not what was said
            if len(flat[start + said_start : start + said_end].split()) < 3:
                continue
            found.append(
                ReportedWords(
                    (start + said_start, start + said_end),
                    text[start + who_start : start + who_end],
                    (start + who_start, start + who_end),
                    text[start + match.start("verb") : start + match.end("verb")],
                    before=text[start + subject_start : start + who_start],
                    after=after,
                )
            )
    return found


_RELATIVE_FIRST = re.compile(r"(?:qui|which|who)\s[^,]{3,120},\s*")

# Who tells the news, before it: "In a statement, the ministry said that …", "Selon le
# ministère, …". Not the sides themselves ("the ministers said that they would …" is theirs).
_SOURCE_BEFORE = re.compile(
    r"^(?:(?:according to|selon|d'apres)\s[^,]{3,120},\s*"
    r"|(?:(?:in|dans)\s+(?:a|an|its|their|un|une|son|leur)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communique|release|readout|declaration)\s*,\s*)?"
    r"(?!(?:[^,;]*\s)?(?:ministers|ministres|sides|parties|leaders|dirigeants|delegations|they|"
    r"ils|elles|both|we|nous)\b)[^,;]{2,120}?\s+"
    r"(?:said|stated|announced|indicated|reported|a (?:indique|annonce|precise|declare|affirme))"
    r"\s+(?:that\s+|que\s+|qu'))"
)


def participle_speaker(flat: str, start: int, end: int) -> str | None:
    """Who says what follows "…, affirming that …" in ``flat[start:end]`` ("Minister X briefed
    Y on …, affirming that Sweden is ready to …"), if the sentence is told that way."""
    match = _PARTICIPLE_THAT.match(_mask(flat[start:end]).lower())
    return match.group("who") if match is not None else None


def told_words(flat: str, start: int, end: int) -> tuple[int, int]:
    """``flat[start:end]`` without who tells it: "…, X, the spokesperson for the ministry, said
    on Thursday", "…, a indiqué le ministère dans un communiqué", "…, according to X" after the
    words, "In a statement, X said that …", "Selon X, …" before them."""
    lowered = _mask(flat[start:end]).lower()
    said = (0, len(lowered))
    for pattern in (_SAID_AFTER, _SAID_THEN_WHO, _SAID_THEN_WHO_EN):
        match = pattern.match(lowered)
        if match is not None and not _not_words_said(match, lowered):
            said = match.span("said")
            break
    source = _SOURCE_AFTER.search(lowered, said[0], said[1])
    if source is not None:
        said = (said[0], source.start())
    lead = _SOURCE_BEFORE.match(lowered, said[0], said[1])
    if lead is not None:
        said = (lead.end(), said[1])
    return start + said[0], start + said[1]


# Where the words come from, told after them: "…, according to the ministry's statement".
_SOURCE_AFTER = re.compile(r",\s+(?:according to|selon|d'apres|citing|cite par)\s[^,]*$")
# A name set between commas right after "selon le porte-parole du ministère,".
_APPOSED_NAME = re.compile(r"((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)\s*,\s*")


def _pronoun_reported(text: str, start: int, match: re.Match[str]) -> ReportedWords:
    """ "…, a-t-il souligné": no speaker phrase; the speaker is the person named before."""
    said = (start + match.start("said"), start + match.end("said"))
    verb = text[start + match.start("verb") : start + match.end("verb")]
    return ReportedWords(
        said, "", (start, start), verb, pronoun=True, gender=_pronoun_gender(match.group("verb"))
    )


_SHE = re.compile(r"-t-elles?\b|\bshe\b", re.IGNORECASE)
_HE = re.compile(r"-t-ils?\b|\bhe\b", re.IGNORECASE)


def _pronoun_gender(words: str) -> str | None:
    """The gender a pronoun of saying gives ("a-t-elle dit", "he added"), if any."""
    return "f" if _SHE.search(words) else "m" if _HE.search(words) else None


# What a text says of someone's gender just before their name: "Mme", "la ministre
# sénégalaise", "Mr", "le président". Folded, lower-case text.
_FEMININE_BEFORE = re.compile(
    r"\b(?:mme|madame|mrs|ms|la (?:ministre|presidente|secretaire|cheffe|commissaire|"
    r"porte-parole|representante|directrice|vice-presidente|premiere ministre)|l'ambassadrice)"
    r"(?:\s+[^\s,.;]+){0,6}?[\s,]+$"
)
_MASCULINE_BEFORE = re.compile(
    r"(?:\bm\.|\bmonsieur|\bmr\.?|\ble (?:ministre|president|secretaire|chef|commissaire|"
    r"porte-parole|representant|directeur|vice-president|premier ministre)|\bl'ambassadeur)"
    r"(?:\s+[^\s,.;]+){0,6}?[\s,]+$"
)


def _gender(flat: str, person: Person) -> str | None:
    """The person's gender as the text's titles tell it; None if they don't, or disagree."""
    lowered = flat.lower()
    seen: set[str] = set()
    for name in {person.name, person.surname}:
        pattern = rf"(?<![\w-]){re.escape(flatten(name).lower())}(?![\w-])"
        for match in re.finditer(pattern, lowered):
            before = lowered[max(0, match.start() - 60) : match.start()]
            if _FEMININE_BEFORE.search(before):
                seen.add("f")
            if _MASCULINE_BEFORE.search(before):
                seen.add("m")
    return seen.pop() if len(seen) == 1 else None


def _last_named(
    flat: str,
    people: People,
    before: int,
    lo: int | None = None,
    gender: str | None = None,
    learned: dict[str, str] | None = None,
) -> Person | None:
    """The person named last (in full or by surname) in ``flat[lo:before]``, by default the
    400 characters before ``before``. With ``gender`` (of "a-t-elle"), the last named whom the
    text's titles give that gender, else the last named not given the other one ("la
    ministre Fatou Diallo a reçu Lamin Jobe. « … », a-t-elle dit": Diallo). ``learned``: the
    gender of those the text already called "he" or "she"."""
    lo = max(0, before - 400) if lo is None else lo
    last: dict[str | None, tuple[int, Person]] = {}
    for person in people.people:
        if person.outsider:
            continue
        told = None
        if gender is not None:
            told = (learned or {}).get(person.name) or _gender(flat, person)
        if gender is not None and told not in (None, gender):
            continue
        for name in {person.name, person.surname}:
            pattern = rf"(?<![\w-]){re.escape(flatten(name))}(?![\w-])"
            for match in re.finditer(pattern, flat[lo:before]):
                if told not in last or lo + match.end() > last[told][0]:
                    last[told] = (lo + match.end(), person)
    best = last.get(gender) if gender is not None else None
    if best is None and last:
        best = max(last.values(), key=lambda found: found[0])
    return best[1] if best else None


def _subject_named(
    flat: str,
    people: People,
    before: int,
    gender: str | None,
    learned: dict[str, str],
    lo: int | None = None,
) -> Person | None:
    """Whom "he said that …" means: the person named first in the last sentence before it
    that names someone of that gender, its subject ("Babić met his counterpart Kranjc. …,
    he said": Babić), rather than the one named last in it."""
    last = _last_named(flat, people, before, lo, gender, learned)
    if last is None:
        return None
    lo = max(0, before - 400) if lo is None else lo
    # where the sentence naming ``last`` starts
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(flat, lo, before)]
    at = max((e for e in ends if e <= _named_at(flat, last, lo, before)), default=lo)
    first: tuple[int, Person] | None = None
    for person in people.people:
        if person.outsider:
            continue
        told = (learned.get(person.name) or _gender(flat, person)) if gender else None
        if gender is not None and told not in (None, gender):
            continue
        position = _named_at(flat, person, at, before, first=True)
        if position >= 0 and (first is None or position < first[0]):
            first = (position, person)
    return first[1] if first is not None else last


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"'\u00ab])|\n")


def _named_at(flat: str, person: Person, lo: int, hi: int, first: bool = False) -> int:
    """Where ``person`` is last (or first) named in ``flat[lo:hi]``; -1 if not there."""
    found = -1
    for name in {person.name, person.surname}:
        pattern = rf"(?<![\w-]){re.escape(flatten(name))}(?![\w-])"
        for match in re.finditer(pattern, flat[lo:hi]):
            position = lo + match.start()
            if found < 0 or (position < found if first else position > found):
                found = position
    return found


# "M.Lavrov": a title glued to the name by the copy.
_GLUED_TITLE = re.compile(r"\b(M|Mme|Mr|Mrs|Ms|Dr)\.(?=[A-Z])")


_NAME_AT_END = re.compile(r"\s[a-z\u00e0-\u00ff'-]+\s+((?:[A-Z][\w'-]+\s+){1,2}[A-Z][\w'-]+)\s*$")
_POSSESSIVE_OWNER = re.compile(r"^[^,;]{2,60}?['\u2019]s\s+(?=[A-Z])")
_DETERMINER_FIRST = re.compile(r"^\s*(?:Le|La|Les|L'|The)\b")


def _parse(phrase: str, gaz: Gazetteer) -> SpeakerPhrase | None:
    """The speaker phrase taken apart, a title glued to its name ("M.Lavrov") set apart; a
    phrase that opens its sentence ("Le ministre … Elmar Mammadyarov a noté") read as if it
    did not, its capital being the sentence's and not a name's."""
    phrase = _GLUED_TITLE.sub(r"\1. ", phrase)
    parsed = parse_speaker(phrase, gaz)
    owner = _POSSESSIVE_OWNER.match(phrase)
    if parsed is not None and parsed.name is not None and owner is not None:
        # "Kenya's Transport Minister Daniel Otieno": the owner is a state or a body, the
        # person is named after the office; read without the owner, its state kept.
        rest = parse_speaker(phrase[owner.end() :], gaz)
        if rest is not None and rest.name is not None and is_person_name(rest.name, gaz):
            return replace(rest, as_written=phrase, iso2=rest.iso2 or parsed.iso2)
    if (parsed is None or parsed.name is None) and _DETERMINER_FIRST.match(phrase):
        lowered = _DETERMINER_FIRST.sub(lambda m: m.group(0).lower(), phrase, count=1)
        again = parse_speaker(lowered, gaz)
        if again is not None and again.name is not None:
            return again
    tail = _NAME_AT_END.search(phrase)
    two = re.search(r"\s(?:and|et|with|avec)\s", phrase)  # two speakers: not the last one's
    if (parsed is None or parsed.name is None) and tail is not None and two is None:
        # "le ministre des Affaires étrangères Elmar Mammadyarov": the office, then the name.
        named = parse_speaker(tail.group(1), gaz)
        if named is not None and named.name is not None and len(named.name.split()) > 1:
            return named
    return parsed


# "the minister", "le porte-parole", "the Iranian top diplomat" (a state the document's
# people don't share): an office alone, which names the person the text is speaking of.
_OFFICE_ALONE = re.compile(
    # "…," chief of French diplomacy added: the press may drop the article
    r"^(?:(?:the|le|la|l')\s*)?(?:[a-z-]+\s+){0,3}?(?:minister|ministre|spokesperson|spokesman|"
    r"spokeswoman|porte-parole|diplomat|diplomate|chef de la diplomatie|secretary|secretaire|"
    r"envoy|envoye|envoyee|ambassador|ambassadeur|ambassadrice|chief of [a-z]+ diplomacy)"
    r"(?:\s+[a-z'-]+){0,3}$"
)


def _office_alone(phrase: str | None) -> bool:
    return phrase is not None and bool(_OFFICE_ALONE.match(key(phrase.strip(" ,;:"))))


_NAME_BEFORE = r"\b((?:[A-Z][\w'-]+\s+){1,2})"


def _full_name(text: str, surname: str, gaz: Gazetteer) -> Person | None:
    """ "Bayramov said": the full name the text gives that surname ("Jeyhun Bayramov"), the
    spelling it uses most; None if it gives none."""
    counts: dict[str, int] = {}
    for match in re.finditer(_NAME_BEFORE + re.escape(surname) + r"\b", text):
        phrase = parse_speaker(match.group(0), gaz)
        if phrase is None or phrase.name is None or len(phrase.name.split()) < 2:
            continue
        if is_person_name(phrase.name, gaz):
            counts[phrase.name] = counts.get(phrase.name, 0) + 1
    if not counts:
        # "Demeke stressed", "Wang said": the name the text gives first in full ("Demeke
        # Mekonnen", "Wang Yi"), where a given name or a family name written first is used.
        for match in re.finditer(rf"\b{re.escape(surname)}((?:\s+[A-Z][\w'-]+){{1,2}})", text):
            name = surname + match.group(1)
            if is_person_name(name, gaz) and gaz.find_name(match.group(1).strip()) is None:
                counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return Person(name=max(counts, key=lambda name: counts[name]))


def _named_last(name: str, people: People) -> Person | None:
    """ "Ri told reporters" after "said Ri Tong Il" and "Ri Su Yong": a single name that is a
    word of several people's names is the one of them the text named last."""
    if len(name.split()) != 1:
        return None
    word = key(name)
    bearing = [p for p in people.people if p.spans and word in {key(w) for w in p.name.split()}]
    return max(bearing, key=lambda p: max(s[0] for s in p.spans)) if bearing else None


def _by_name(
    name: str,
    span: tuple[int, int] | None,
    phrase: SpeakerPhrase,
    people: People,
    text: str,
    gaz: Gazetteer,
) -> Person | None:
    """The person a speaker phrase names: known, added if named in full, or the full name the
    text gives a surname said alone."""
    person = people.find(name) or _named_last(name, people)
    if person is not None:
        return person
    if len(name.split()) > 1 and span is not None:
        return people.add(name, span, iso2=phrase.iso2, post=phrase.post, outsider=phrase.outsider)
    return _full_name(text, name, gaz)


def _reported_speaker(r: ReportedWords, people: People, gaz: Gazetteer, text: str) -> Person | None:
    """Only a speaker the document makes clear: a named person or "le ministre malien"."""
    phrase = _parse(r.speaker_phrase, gaz)
    if phrase is not None and phrase.pronoun:
        return None
    if phrase is None or phrase.name is None:
        # "Bola Adé, président de la Commission, a exhorté", "Atsushi Kaifu, the ministry's
        # spokesperson, said": the speaker phrase is the apposition; the name is the clause
        # just before it, when that clause is a name alone.
        parts = [p for p in re.split(r"[,;]", r.before) if p.strip()]
        named = _parse(parts[-1], gaz) if parts else None
        if named is not None and named.name is not None and len(parts[-1].split()) <= 5:
            # the state the description gives ("… au ministère mauritanien des Affaires …")
            state = None if phrase is None else phrase.iso2
            if state is None:
                entity = _institution_named(r.speaker_phrase, gaz)
                state = entity.iso2 if entity is not None else None
            phrase = replace(named, iso2=named.iso2 or state)
    if phrase is None:
        return None
    name = phrase.name
    if name is not None:
        if _SPOKESPERSON.search(key(f"{r.speaker_phrase} {r.after}")):
            # A spokesperson tells of the meeting; they are a source, not a participant.
            phrase = replace(phrase, outsider=True)
        return _by_name(name, r.speaker_span, phrase, people, text, gaz)
    return people.by_description(phrase.iso2, phrase.post)


_SPOKESPERSON = re.compile(r"\b(?:spokes(?:person|man|woman)|porte-parole)\b")


def _spokesperson(flat: str, phrase: str, span: tuple[int, int]) -> bool:
    """Whether the speaker is described as a spokesperson, in the phrase or in the apposition
    right after it ('said Rita Camilleri, the spokesperson for …')."""
    after = flat[span[1] : span[1] + 60].lower()
    return bool(
        _SPOKESPERSON.search(key(phrase))
        or (after.lstrip().startswith(",") and _SPOKESPERSON.search(after))
    )


# A sentence's opening clause of circumstance: "Referring to the talks between X and Y, he
# said", "Asked about X, she noted", "Évoquant la visite de X, il a souligné". Who is named
# there is what the sentence is about, not who speaks in it.
_OPENING_CLAUSE = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:[A-Z][a-z]+ing|Asked|Questioned|[A-Z][a-z]+ant|En [a-z]+ant|"
    r"Interroge|Interrogee|Concernant|Quant)\b[^,.;\n]{0,200},",
    re.MULTILINE,
)


def _blank(flat: str, spans: list[tuple[int, int]]) -> str:
    """``flat`` with the words said and sentences' opening clauses blanked (same length): a
    name inside what someone said ("Mottaki said that President X will visit. He described
    …") or in a clause of circumstance is not whom a later "he" or "the minister" means."""
    chars = list(flat)
    for start, end in [*spans, *(m.span() for m in _OPENING_CLAUSE.finditer(flat))]:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _named_between(
    flat: str, people: People, quoted: list[QuotedWords], index: int
) -> Person | None:
    """The subject of the last sentence naming someone (see ``_subject_named``) after the
    quotation before this one and its speaker phrase, in the 400 characters before this
    quotation; None if nobody is named there."""
    quote = quoted[index].quote
    lo = max(0, quote.start - 400)
    if index > 0:
        before = quoted[index - 1]
        lo = max(lo, before.quote.end, before.speaker_span[1] if before.speaker_span else 0)
    return _subject_named(flat, people, quote.start, quoted[index].gender, {}, lo)


_REPLY = re.compile(r"\b(?:repondu|repond|repondait|retorque|replique|replied|retorted|answered)\b")


def _resolve_pending(
    quoted: list[QuotedWords],
    pending: list[tuple[int, str | None, str | None]],
    speakers: list[Person | None],
    written: list[str | None],
    office: set[int],
    blanked: str,
    people: People,
) -> None:
    """The speakers of quotations given by a pronoun, a participle or a description."""
    for index, iso2, post in pending:
        if iso2 == "previous" and _REPLY.search(key(quoted[index].verb or "")):
            # "…, a-t-elle répondu": the one other person of the exchange, if there is one.
            before = speakers[index - 1] if index > 0 else None
            others = [p for p in people.people if p is not before and not p.outsider]
            speakers[index] = others[0] if len(others) == 1 else None
        elif iso2 == "previous":
            named = _named_between(blanked, people, quoted, index)
            if named is not None:
                # "Sissoko thanked Moscow. « … », a-t-il ajouté": the person just named.
                speakers[index] = named
            else:
                speakers[index] = speakers[index - 1] if index > 0 else None
                written[index] = written[index] or (written[index - 1] if index > 0 else None)
                if speakers[index] is None:
                    # the quotation before is said by "the minister": resolved with it later
                    office.add(quoted[index].quote.inner_start)
        else:
            speakers[index] = people.by_description(iso2, post)
            if speakers[index] is None and iso2 is None:
                office.add(quoted[index].quote.inner_start)


def resolve_statements(
    text: str,
    flat: str,
    blocks: list[tuple[int, int]],
    people: People,
    gaz: Gazetteer,
) -> list[FoundStatement]:
    text, flat = _single_marks_doubled(text, flat)
    quoted = find_statements(text, flat, blocks)
    reported = find_reported(text, flat, blocks)
    blanked = _blank(
        flat,
        [(q.quote.inner_start, q.quote.inner_end) for q in quoted] + [r.said for r in reported],
    )
    speakers: list[Person | None] = []
    written: list[str | None] = []
    pending: list[tuple[int, str | None, str | None]] = []  # described speakers, resolved later
    office: set[int] = set()  # "the minister said": whom the text was speaking of
    for index, q in enumerate(quoted):
        person: Person | None = None
        as_written = q.speaker_phrase
        if q.same_as_previous or q.speaker_phrase is None:
            speakers.append(None)
            written.append(None)
            pending.append((index, "previous", None))
            continue
        phrase = _parse(q.speaker_phrase, gaz)
        if phrase is None:
            speakers.append(None)
            written.append(as_written)
            if _office_alone(as_written):
                office.add(q.quote.inner_start)
            continue
        if phrase.pronoun:
            pending.append((index, "previous", None))
        elif phrase.name is not None and q.speaker_span is not None:
            person = people.find(phrase.name) or _named_last(phrase.name, people)
            single = len(phrase.name.split()) == 1
            full = _full_name(text, phrase.name, gaz) if person is None and single else None
            if full is not None:
                person = full
            elif person is None or not single:
                person = people.add(
                    phrase.name,
                    q.speaker_span,
                    iso2=phrase.iso2,
                    post=phrase.post,
                    # a spokesperson is a source, not a participant
                    outsider=phrase.outsider
                    or _spokesperson(flat, as_written or "", q.speaker_span),
                )
        else:
            pending.append((index, phrase.iso2, phrase.post))
        speakers.append(person)
        written.append(as_written)
    _resolve_pending(quoted, pending, speakers, written, office, blanked, people)
    out: list[FoundStatement] = []
    # the institutions named as speakers with their state, for a later "the ministry said"
    bodies = _institutions_named(
        [(q.quote.inner_start, q.speaker_phrase) for q in quoted]
        + [(r.said[0], r.speaker_phrase) for r in reported],
        gaz,
    )
    for q, person, as_written in zip(quoted, speakers, written, strict=True):
        text_said = text[q.quote.inner_start : q.quote.inner_end]
        if len(text_said.split()) < 2:
            continue
        found = FoundStatement(
            text=text_said,
            speaker=person.name if person else None,
            speaker_iso2=person.iso2 if person else None,
            speaker_as_written=as_written,
            verb=q.verb,
            start=q.quote.inner_start,
            end=q.quote.inner_end,
        )
        entity = None if person else _institution(as_written, q.quote.inner_start, gaz, bodies)
        if entity is not None and _meeting_news(
            text_said, _sentence_before(text, q.quote.start), people
        ):
            entity = None  # the news the institution is the source of, not its own words
        out.append(_by_institution(found, entity) if entity is not None else found)
    out.extend(_reported_statements(text, reported, blanked, people, gaz, office, bodies))
    out = _office_speakers(sorted(out, key=lambda found: found.start), office, blanked, people)
    out.extend(_speech_statements(text, flat, blocks, people, gaz, out))
    return _unique(out)


def _unique(out: list[FoundStatement]) -> list[FoundStatement]:
    """One statement for words told twice. A web page repeats its lead as a summary (the same
    words of the same speaker, maybe after a dateline, are one statement); reported words
    holding an attributed quotation ('said the talks had been "frank and useful"') are that
    quotation, the source's own words."""
    quoted = [(f.start, f.end) for f in out if f.speech == "quote" and f.speaker is not None]
    kept: list[FoundStatement] = []
    for found in sorted(out, key=lambda found: found.start):
        if found.speech == "reported" and any(
            found.start <= s and e <= found.end for s, e in quoted
        ):
            continue
        words = key(found.text)
        if found.speaker is not None and any(
            k.speaker == found.speaker and (words in key(k.text) or key(k.text) in words)
            for k in kept
        ):
            continue
        kept.append(found)
    return kept


# How far back a statement's speaker carries to "the minister said" (a few paragraphs).
_OFFICE_REACH = 1500


def _office_speakers(
    found: list[FoundStatement], office: set[int], blanked: str, people: People
) -> list[FoundStatement]:
    """ "Lavrov said …. The minister noted that …": a speaker given by an office alone, with no
    state, is whom the text was speaking of: the speaker of the statement before, else the
    person named last."""
    out: list[FoundStatement] = []
    previous: FoundStatement | None = None
    for statement in found:
        if statement.start in office and statement.speaker is None:
            if previous is not None and statement.start - previous.end <= _OFFICE_REACH:
                statement = replace(
                    statement, speaker=previous.speaker, speaker_iso2=previous.speaker_iso2
                )
            else:
                person = _subject_named(blanked, people, statement.start, None, {})
                if person is not None:
                    statement = replace(statement, speaker=person.name, speaker_iso2=person.iso2)
            if statement.speaker is None and statement.speech == "reported":
                continue  # reported words whose speaker the text does not make clear
        if statement.speaker is not None and statement.speaker_entity is None:
            previous = statement  # "the minister said" after a ministry's words is not it
        out.append(statement)
    return out


# An institution speaking for a state or an organisation: "Japan's Foreign Ministry", "the
# Russian Foreign Ministry", "Seoul's foreign ministry", "le ministère russe des Affaires
# étrangères", "un communiqué du ministère", "the ministry" (the one named before).
_INSTITUTION = re.compile(
    r"^(?:(?:the|le|la|l'|un communique du|une declaration du|a statement (?:from|by) the"
    # "le communiqué publié par le ministère malien …", "a statement issued by the ministry"
    r"|(?:the|le|un|une|a)\s+(?:communique|statement|declaration|note)\s+(?:[a-z]+\s+)?"
    r"(?:par|by|du|from|of)\s+(?:the|le|la|l')?)\s*)?"
    r"(?:[\w'-]+\s+){0,3}?(?:ministry|ministere|department|government|gouvernement|"
    r"presidency|presidence|commission|embassy|ambassade)"
    # "le ministère malien des Affaires étrangères": an adjective, then what it is for
    r"(?:\s+[a-z]+)?(?:\s+(?:of|de|des|du|d'|for)\s*[\w' -]{0,60})?$"
)
_BARE_INSTITUTION = re.compile(
    r"^(?:the|le|la|l'|un communique du|une declaration du|a statement (?:from|by) the)\s*"
    r"(?:foreign\s+)?(?:ministry|ministere|department|government|gouvernement|presidency|"
    r"presidence|commission|embassy|ambassade)$"
)
_CITY_OWNER = re.compile(r"\b([A-Z][\w-]+)['\u2019]s\b")


def _institution(
    phrase: str | None, at: int, gaz: Gazetteer, named: list[tuple[int, Entity]]
) -> Entity | None:
    """The state or organisation an institution named as a speaker speaks for, by the state
    its phrase names (by name, adjective or capital), else, for "the ministry" alone, the one
    such a phrase named last before ``at``; None for any other phrase (a person, a title, an
    unknown body)."""
    if not phrase:
        return None
    folded = key(phrase.strip(" ,;:"))
    if not _INSTITUTION.match(folded) or _SPOKESPERSON.search(folded):
        return None
    own = _institution_named(phrase, gaz)
    if own is not None or not _BARE_INSTITUTION.match(folded):
        return own
    before = [entity for start, entity in named if start < at]
    return before[-1] if before else None


def _institution_named(phrase: str, gaz: Gazetteer) -> Entity | None:
    entity = next((m.entity for m in gaz.mentions(flatten(phrase))), None)
    if entity is None:
        for owner in _CITY_OWNER.findall(phrase):
            city = gaz.city(owner)
            entity = gaz.state(city.iso2) if city is not None else None
            if entity is not None:
                break
    return entity


def _institutions_named(
    phrases: list[tuple[int, str | None]], gaz: Gazetteer
) -> list[tuple[int, Entity]]:
    """Where the text names an institution speaking with its state ("Ghana's Foreign
    Ministry said"), in the text's order: what a later "the ministry" refers to."""
    out: list[tuple[int, Entity]] = []
    for at, phrase in phrases:
        if phrase and _INSTITUTION.match(key(phrase.strip(" ,;:"))):
            entity = _institution_named(phrase, gaz)
            if entity is not None:
                out.append((at, entity))
    return sorted(out, key=lambda pair: pair[0])


# What an institution tells of the meeting itself is the news it is the source of, not its
# own words: who met or meets whom, what the ministers, the sides or the delegations did,
# said or agreed, when the next meeting is ("The two ministers agreed …, the ministry said";
# "Les deux parties ont exprimé …, indique le communiqué").
_MEETING_NEWS = re.compile(
    r"^(?:[a-z' ,./()]{0,40}\d{1,2}[a-z0-9 ,./()]{0,25}\s-\s)?"  # a dateline
    r"(?:the|les|le|la|l'|both|all|ces|these)?\s*(?:two|deux|three|trois|other|autres)?\s*"
    r"(?:[a-z'-]+\s+){0,2}?(?:foreign\s+)?(?:ministers?|ministres?|sides?|parties|delegations?|"
    r"leaders|dirigeants|chefs|heads|presidents|counterparts|homologues|"
    r"(?:[a-z-]+\s+)?(?:meetings?|talks|reunions?|rencontres?|entretiens|sessions?|visites?|"
    r"visits?|event|negotiations|negociations|tournee|tour|conference|summit|sommet|forum|"
    r"consultations))\b"
)
# "after a 100-minute meeting, the three ministers agreed …": when, before the subject.
_OPENING_WHEN = re.compile(
    r"^(?:after|before|during|following|at the end of|at|on|in|apres|avant|lors d[eu]|pendant|"
    r"au cours d[eu]|a l'issue d[eu]|a la fin d[eu])\b[^,]{0,80},\s*"
)


# Who will meet whom, when and where, told by anyone (a spokesperson announcing the talks,
# a minister saying when the next round is held): the meeting's facts, not a statement. A
# visit announced ("Lukashenko will visit Iran") may be another event: it stays a statement.
_LOGISTICS = re.compile(
    r"^[^;]{0,160}?\b(?:(?:will|would|shall|(?:is|are) (?:to|expected to|scheduled to))\s+"
    r"(?:also\s+)?(?:meet(?!\s+(?:the|their|its|our)\s+(?:obligations|needs|targets|commitments|"
    r"demands|expectations|goals))|hold\s+(?:talks|bilateral|a meeting|meetings|consultations)"
    r"|be held|take place|be chaired|chair|co-chair|attend|brief|take part)"
    r"|(?:rencontrer|s'entretiendr|se tiendr|presider|copresider|participer|prendr)(?:a|ont)\b"
    r"|(?:aura|auront) lieu\b)"
)


# "The next round will be held in Helsinki on 15 October, X said": a next step the speaker
# announces, which stays a statement (the labels' and tests/corpus/facts' convention).
_NEXT = re.compile(
    r"\b(?:next|following|another|second|new round|prochaine?s?|suivante?s?|autre)\b"
)


def _meeting_logistics(said: str) -> bool:
    folded = key(said)
    return _LOGISTICS.match(folded) is not None and _NEXT.search(folded) is None


# "cette tournée vise à …", "the visit aims to …": the aim the institution gives the meeting
# is its own view (tests/corpus/real/README.md), not the news of who met and what was agreed.
_PURPOSE = re.compile(
    r"^[^,;]{0,60}?\b(?:vise|visent|a pour (?:but|objectif)|ont pour (?:but|objectif)|aims?|"
    r"seeks?|is intended|are intended|participe|participent)\s+(?:a|to|de|d')\b"
)


def _meeting_news(said: str, before: str, people: People) -> bool:
    """Whether an institution's words tell of the meeting itself: their subject is its
    participants, the sides or the talks, or they (or their sentence before a quotation) name
    a person of the document, whose doings they report."""
    folded = key(said)
    if _PURPOSE.match(folded):
        return False
    if _MEETING_NEWS.match(folded) or _MEETING_NEWS.match(_OPENING_WHEN.sub("", folded, count=1)):
        return True
    return _names_a_person(f"{before} {said}", people)


def _names_a_person(words: str, people: People) -> bool:
    folded = key(words)
    for person in people.people:
        surname = key(person.name.split()[-1])
        if len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", folded):
            return True
    return False


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence before ``at`` (the quotation's own sentence so far)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:at]


# "Mohamed Salem Ould Merzoug, a présidé …", "X, directeur général de …, a exprimé …": a
# sentence's subject named in full before its verb (a description between commas maybe).
_NAMED_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+)((?:[A-Z][\w'\u2019-]+\s+){1,5}[A-Z][\w'\u2019-]+)\s*,\s*"
    r"(?:([^,.;]{3,160}),\s*)?(?:a|ont|avait|has|have|had|was)\s"
)
_ANTECEDENT_REACH = 600


def _antecedent(text: str, at: int, people: People, gaz: Gazetteer) -> Person | None:
    """Whom "il a affirmé que" means when no person the document knows is named before it:
    the subject named in full in the sentences just before, if it is a person's name."""
    lo = max(0, at - _ANTECEDENT_REACH)
    found = list(_NAMED_SUBJECT.finditer(text, lo, at))
    for match in reversed(found):
        name = match.group(1)
        if len(name.split()) >= 2 and is_person_name(name, gaz):
            # who they are, between the commas: "directeur … au ministère mauritanien …"
            told = parse_speaker(match.group(2), gaz) if match.group(2) else None
            iso2, post = (told.iso2, told.post) if told is not None else (None, None)
            state = _institution_named(match.group(2), gaz) if match.group(2) else None
            iso2 = iso2 or (state.iso2 if state is not None else None)
            return people.add(name, match.span(1), iso2=iso2, post=post)
    return None


def _by_institution(found: FoundStatement, entity: Entity) -> FoundStatement:
    return replace(
        found,
        speaker=entity.english,
        speaker_iso2=entity.iso2,
        speaker_entity=entity.key,
    )


def _reported_statements(
    text: str,
    reported: list[ReportedWords],
    blanked: str,
    people: People,
    gaz: Gazetteer,
    office: set[int],
    bodies: list[tuple[int, Entity]],
) -> list[FoundStatement]:
    """Reported speech with the speaker the document makes clear, the others left out
    (those given by an office alone are kept for ``_office_speakers``)."""
    out: list[FoundStatement] = []
    learned: dict[str, str] = {}  # "He added that …" told of Babić: "she" is someone else
    for r in reported:
        if r.pronoun:
            # "Referring to talks with X, he said that …": not X, named in his own sentence.
            person = _subject_named(blanked, people, r.speaker_span[0], r.gender, learned)
            if person is None and r.gender is not None:
                # nobody of that gender named just before: the last one named earlier
                person = _subject_named(blanked, people, r.speaker_span[0], r.gender, learned, 0)
            if person is None:
                person = _antecedent(text, r.speaker_span[0], people, gaz)
            if person is not None and r.gender is not None:
                learned.setdefault(person.name, r.gender)
        else:
            person = _reported_speaker(r, people, gaz, text)
        entity = (
            None if person or r.pronoun else _institution(r.speaker_phrase, r.said[0], gaz, bodies)
        )
        if entity is not None and _meeting_news(text[r.said[0] : r.said[1]], "", people):
            continue  # the news the institution is the source of, not its own words
        if _meeting_logistics(text[r.said[0] : r.said[1]]):
            # kept without a speaker: not a statement, yet words said, not the text's own
            # commitments ("…will be chaired by X, the spokesman said")
            said = text[r.said[0] : r.said[1]]
            out.append(FoundStatement(said, None, None, r.speaker_phrase, r.verb, *r.said,
                                      speech="reported"))  # fmt: skip
            continue
        if person is None and entity is None and (r.pronoun or _office_alone(r.speaker_phrase)):
            office.add(r.said[0])  # "…, he said." far from any name: the speaker before
        elif person is None and entity is None:
            continue
        found = FoundStatement(
            text=text[r.said[0] : r.said[1]],
            speaker=person.name if person else None,
            speaker_iso2=person.iso2 if person else None,
            speaker_as_written=r.speaker_phrase,
            verb=r.verb,
            start=r.said[0],
            end=r.said[1],
            speech="reported",
        )
        out.append(_by_institution(found, entity) if entity is not None else found)
    return out


# A speech document: its heading says whose words the whole text is ("Press remarks by High
# Representative X after the Council", "Sergey Lavrov's statement following …", "Discours
# de M. X à l'ouverture …"). Matched on the folded text, case left as written.
_SPEECH_NOUNS = (
    r"(?:press\s+|opening\s+|closing\s+|keynote\s+)?(?:remarks|speech|statement|address|"
    r"intervention|discours|allocution|declaration|propos liminaires|mot d'ouverture)"
)
_NAME_STOP = (
    r"(?=\s*[,:;(\u2013\u2014-]\s|\s*$|\s+(?i:at|after|upon|on|to|before|following|during|in|"
    r"for|and|a|au|aux|lors|devant|apres|avant|pour|en|et|sur)\s)"
)
_SPEECH_BY = re.compile(
    rf"(?:^|:\s+)(?i:{_SPEECH_NOUNS})\s+(?:by|of|de|du|d')\s*(?P<who>[^,:;()]{{3,90}}?){_NAME_STOP}"
)
_SPEECH_OF = re.compile(rf"^(?P<who>[^,:;()]{{3,90}}?)['\u2019]s\s+(?i:{_SPEECH_NOUNS})\b")
_SECOND_SPEAKER = re.compile(r"\s+(?:and|et)\s+(?:[A-Z]|(?i:m\.|mme|mr|ms|mrs)\s)")
# Where a heading may be: the first lines, before the body starts.
_HEADING_LINES = 12
# A speech's key claims, the few a reader quotes: what is the priority, the only option, what
# is essential. The other sentences of the speech are its narrative, not statements.
_KEY_CLAIM = re.compile(
    r"\bpriority\s+(?:is|remains|was|will be|must be)\b"
    r"|\bis\s+(?:our|the|my)\s+(?:top\s+|first\s+|main\s+|absolute\s+)?priority\b"
    r"|\bthe only (?:option|way|solution|path|answer|choice)\b"
    r"|\bit is (?:essential|crucial|vital|imperative)\b"
    r"|\bpriorite\s+(?:est|reste|demeure|sera|doit etre)\b"
    r"|\best\s+(?:notre|la|ma)\s+(?:premiere\s+|grande\s+|principale\s+)?priorite\b"
    r"|\bla seule (?:option|voie|solution|issue|reponse|possibilite)\b"
    r"|\bil est (?:essentiel|crucial|vital|imperatif|indispensable)\b",
    re.IGNORECASE,
)
# The body of a speech speaks in the first person.
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|nous|notre|nos|je|j'|mon|ma|mes)\b", re.IGNORECASE)
_FIRST_PERSON_AT_LEAST = 3


def _speech_heading(flat: str) -> tuple[str, tuple[int, int], int] | None:
    """Whose speech the document is: the speaker phrase of its heading, its span, and where
    the heading line ends (the body follows)."""
    pos = 0
    for _ in range(_HEADING_LINES):
        end = flat.find("\n", pos)
        end = len(flat) if end < 0 else end
        line = flat[pos:end]
        match = _SPEECH_BY.search(line) or _SPEECH_OF.match(line)
        if match is not None and len(line) <= 300:
            if _SECOND_SPEAKER.match(line, match.end("who")):
                return None  # "Remarks by X and Y": whose words each claim is, the text won't say
            s, e = pos + match.start("who"), pos + match.end("who")
            return flat[s:e], (s, e), end
        if end >= len(flat):
            break
        pos = end + 1
    return None


def _speech_statements(
    text: str,
    flat: str,
    blocks: list[tuple[int, int]],
    people: People,
    gaz: Gazetteer,
    found: list[FoundStatement],
) -> list[FoundStatement]:
    """A speech document's key claims, said by the speaker its heading names."""
    heading = _speech_heading(flat)
    if heading is None:
        return []
    phrase_text, span, body_start = heading
    phrase = parse_speaker(text[span[0] : span[1]], gaz)
    if phrase is None or phrase.name is None:
        return []
    person = people.find(phrase.name) or people.add(
        phrase.name, span, iso2=phrase.iso2, post=phrase.post
    )
    body = [(s, e) for s, e in blocks if s >= body_start]
    if person is None or sum(len(_FIRST_PERSON.findall(flat[s:e])) for s, e in body) < (
        _FIRST_PERSON_AT_LEAST
    ):
        return []
    taken = [(f.start, f.end) for f in found]
    out: list[FoundStatement] = []
    for block_start, block_end in body:
        for start, end in sentences(flat, block_start, block_end):
            while start < end and flat[start] in " \"'\u201c\u00ab":
                start += 1  # the opening mark of a speech given whole in quotation marks
            while end > start and flat[end - 1] in " .\"'\u201d\u00bb":
                end -= 1
            if not _KEY_CLAIM.search(flat[start:end]):
                continue
            if any(s < end and start < e for s, e in taken):
                continue  # already found as quoted or reported words
            out.append(
                FoundStatement(
                    text=text[start:end],
                    speaker=person.name,
                    speaker_iso2=person.iso2,
                    speaker_as_written=phrase_text,
                    verb=None,
                    start=start,
                    end=end,
                )
            )
    return out
