"""Who took part and in what role: role phrases, appositions and hosts ("coprésidée par X")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop_app.ingest.gazetteer import Gazetteer, KnownPerson, Mention, flatten
from desktop_app.ingest.normalize import key
from desktop_app.ingest.people import (
    NAME,
    NOT_NAMES,
    PORTFOLIO_WORDS,
    POST_WORDS,
    POSTS,
    TITLES,
    People,
    Person,
    drop_offices,
    strip_descriptors,
    strip_honorifics,
)
from desktop_app.ingest.structure import sentences

# Role phrases: the people named right after them, with their role at the meeting.
ROLE_TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(p, re.IGNORECASE))
    for role, p in (
        ("co_chair", r"\bco-?presid(?:e|ee|es|ees|ait|aient|aient)\s+(?:conjointement\s+)?par\s+"),
        ("co_chair", r"\bco-?chaired\s+by\s+"),
        ("co_chair", r"\bsous la co-?presidence (?:de|du|des|d')\s*"),
        ("co_chair", r"\bsous la presidence conjointe (?:de|du|des|d')\s*"),
        ("co_chair", r"\bunder the joint chair(?:manship)? of\s+"),
        ("co_chair", r"\bunder the co-?chair(?:manship)?\s+of\s+"),
        ("chair", r"(?<!co-)(?<!co)\bpresid(?:e|ee|es|ees)\s+par\s+"),
        ("chair", r"(?<!co-)(?<!co)\bchaired\s+by\s+"),
        ("chair", r"\bsous la presidence (?:de|du|des|d')\s*"),
        ("chair", r"\bunder the chair(?:manship)?\s+of\s+"),
        ("host", r"\ba l'invitation (?:de|du|d')\s*"),
        ("host", r"\bat the invitation of\s+"),
        ("host", r"\bhosted\s+by\s+"),
        # "…, host Frank Weber said": the office written before the name, as wires do
        ("host", r"(?<![\w-])(?-i:host)\s+(?=[A-Z])"),
        # "The host of the meeting … is X"
        (
            "host",
            r"\bthe host of the (?:meeting|talks|summit|conference)\b[^.;,]{0,80}?\s(?:is|was)\s+",
        ),
        ("host", r"\baccueilli(?:e|s|es)?\s+par\s+"),
        ("host", r"\brecu(?:e|s|es)?\s+par\s+"),
        ("host", r"\b(?:received|welcomed)\s+by\s+"),
        (
            "head_of_delegation",
            r"\bdelegations?\s+(?:[\w-]+\s+){0,3}?(?:conduite|dirigee|menee)s?\s+par\s+",
        ),
        ("head_of_delegation", r"\bdelegations?\s+(?:[\w-]+\s+){0,3}?(?:led|headed)\s+by\s+"),
        ("participant", r"\baux cotes (?:de|du|des|d')\s*"),
        ("participant", r"\ben presence (?:de|du|des|d')\s*"),
        ("participant", r"\bin the presence of\s+"),
        # "Étaient présents : …", "The participants were …"
        ("participant", r"\betaient (?:egalement )?presente?s?\s*:?\s*(?:a la reunion\s*:?\s*)?"),
        ("participant", r"\b(?:the )?participants (?:were|included)\s*:?\s*"),
        ("participant", r"\balongside\s+"),
        ("participant", r"\b(?:with |avec )?(?:the|la) participation (?:of|de|du|des|d')\s*"),
        ("participant", r"\b(?:was|were|is|are|et)?\s*attended by\s+"),
        # "Attending the meeting were X, …", "Also present were …", "Ont assisté à l'entretien"
        (
            "participant",
            r"\b(?:(?:also\s+)?attending the (?:meeting|talks|session)|also (?:attending|"
            r"present))\s+(?:were|was)\s+",
        ),
        (
            "participant",
            r"\bont (?:egalement |aussi )?assiste a (?:la reunion|l'entretien|"
            r"la rencontre|l'audience|la seance)\s*:?\s*",
        ),
        # "à laquelle assistaient également les coprésidents du Groupe de Minsk, A, B et C"
        ("participant", r"\bassist(?:ait|aient)\s+(?:egalement\s+|aussi\s+)?"),
    )
)


@dataclass(frozen=True)
class NamedPerson:
    name: str
    start: int
    end: int
    iso2: str | None
    post: str | None
    note: str | None


_NAME_AT = re.compile(NAME)
_TITLE_AT = re.compile(rf"(?:(?i:{TITLES})\s+)+")
_PAREN = re.compile(r"\s*\(([^()]{1,160})\)")
_APPOSITION = re.compile(
    # "X, SCO Secretary General", "Y, deputy Prime Minister and Foreign Minister of …"
    # "X, UAE's Ambassador to the US", "X, Diplomatic Adviser to the President": a state's
    # possessive or a capitalised qualifier may come before the office
    r",\s+(?:le |la |l'|the )?((?:(?-i:[A-Z]{2,6})\s+|(?-i:[A-Z][\w-]*)'s\s+)?"
    r"(?:(?-i:[A-Z][a-z-]+)\s+){0,2}?(?:(?:deputy|vice|first|acting|high|haut|"
    r"haute|assistant)[ -])?(?:ministre|minister|foreign minister|president|"
    r"adviser|advisor|conseiller|conseillere|chairman|chairperson|leader|"
    r"presidente|"
    r"premier ministre|prime minister|ambassadeur|ambassador|secretaire|secretary|chef|head|"
    r"cabinet secretary|"
    r"representant|representative|envoye|envoy|porte-parole|spokesperson|directeur|director|"
    r"commissaire|commissioner)[^,.;()]{0,120})",
    re.IGNORECASE,
)
# ", chargé de la Diaspora … de l'Union des Comores": the office goes on after a comma; so
# does a second office ("X, Deputy Prime Minister, Minister of Foreign Affairs of Laos").
_OFFICE_GOES_ON = re.compile(
    r",\s+((?:charge|chargee|in charge|responsible|(?i:minister|ministre)\s+(?:of|for|des|de|du)\b)"
    r"[^,.;()]{0,120})"
)
_COUNTRY_AFTER = re.compile(
    r"\s+(?:du|de la|de l'|des|d'|of the|of|from the|from|pour le|pour la|pour l'|pour|for the|"
    r"for)\s*(?<=\s|')"
)
_NAME_AFTER_APPOSITION = re.compile(rf",\s+{NAME}\s*,")
# An office with an article ("A, le ministre nigérien …, B") may describe the name after it;
# one without ("A, Foreign Minister of Belarus, B, …") is A's, in a list of names and offices.
_DETERMINED = re.compile(r",\s+(?:le |la |l'|the )", re.IGNORECASE)
# "le ministre nigérien des Affaires étrangères, Hamidou Issoufou, …"
_PORTFOLIO_COMMA = r",\s(?=(?:[A-Z][\w-]+\s+){1,3}(?:and|et)\s)"
DESCRIBED_NAME = re.compile(
    r"(?:\b(?i:le|la|the|son|sa|his|her|leur|their)|[A-Z][\w-]*'s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:(?:vice-)?(?:ministre|minister|foreign minister|"
    r"homologue|counterpart|president|presidente|premier ministre|prime minister|"
    r"chef de la diplomatie|secretary of state|secretaire d'etat|foreign secretary|secretary|"
    r"high representative|chef du gouvernement|head of government|"
    # a portfolio listed with commas ("for Foreign, Commonwealth and Development Affairs")
    rf"ambassadeur|ambassador))\b(?:[^,.;:()]|{_PORTFOLIO_COMMA}){{0,80}},\s+"
    # a form of address before the name ("the ROK Minister of Foreign Affairs, Mr. Kim X,")
    rf"(?:(?:Mr|Mrs|Ms|Dr|Mme|M|H\.\s?E|S\.\s?E)\.?\s+)*({NAME})(?=\s*,)"
)
# "Gambian Foreign Minister Musa Jallow", "le Premier ministre camerounais, Paul Essomba",
# "his Senegalese counterpart Aissatou Fall": a post, a country, then the name.
POST_THEN_NAME = re.compile(
    r"(?i:\b(?:ministre|minister|president|presidente|premier ministre|prime minister|"
    r"secretary-general|secretary general|secretaire generale?|high representative|"
    r"haut representant|haute representante|foreign policy chief|"
    r"counterpart|homologue|chef de l'etat|chef(?:fe)? de la diplomatie|secretary of state|"
    r"secretaire d'etat|foreign secretary|chef du gouvernement|head of government|"
    r"ambassadeur|ambassador))"
    r"((?:\s+(?:[a-z][\w'-]*|Affaires|Foreign|Affairs|External|Etrangeres|Policy|Security|"
    r"Responsible|Responsable)){0,5}?)"
    # the ministry's own capitalised words belong to the post, not to the name
    # nor is a second office ("Deputy Prime Minister and Minister of Foreign Affairs X")
    r",?\s+(?!(?:Affaires|Foreign|Affairs|External|Etrangeres|Exterieures|Policy|Security|"
    r"Minister|Ministre|Deputy|Prime|Premier|Secretary|Responsible|Responsable)\b)"
    # a form of address with its stop between the post and the name ("Foreign Minister Dr. X")
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng|Mme|M)\.\s+)?"
    rf"({NAME})"
)
# "Ahmed Ould Salem, a accueilli …", "Kenya's president hosted …": the host
HOSTS = re.compile(
    # "X, Minister of Foreign Affairs, on Tuesday received Y": an office and a day between
    rf"({NAME})\s*(?:,[^,.;()]{{1,120}},)?,?\s+(?:on\s+[A-Z]\w+\s+|(?:today|yesterday)\s+)?"
    r"(?:(?:therefore|also|then|later|again|thus|donc|aussi|ensuite|egalement)\s+)?"
    r"(?:a accueilli|accueille|a recu|recoit|hosted|received|welcomed)\b"
    r"(?!\s+(?:by|par)\b)"
)
# "Tesfaye Bekele leading his country's delegation"
LEADS_DELEGATION = re.compile(
    rf"({NAME})\s*,?\s+(?:leading|heading|who led|who headed|qui conduisait|qui dirigeait|"
    r"a la tete de)\s+(?:[\w']+\s+){0,3}?delegation"
)
_PORTFOLIO_WORD = re.compile(r"([\w&'-]+)\s+")
_DESCRIPTOR = re.compile(
    r"(?:(?:son|sa|leur|his|her|their|the|le|la|l')\s*)?(?:(?i:vice|deputy|assistant)[ -])?"
    r"(?i:homologue|counterpart|ministre|minister|"
    r"president|presidente|premier ministre|prime minister|chef de l'etat|chef d'etat)"
    r"(?:\s+(?:[a-z'-]+|des Affaires etrangeres|of Foreign Affairs)){0,4}?,?\s+(?=[A-Z])"
)
# "co-chaired by the EU High Representative, Helena Varga, and the Secretary-General of the
# League, Karim Nassar": an office in the reader's words, a comma, then the person holding it.
_OFFICE_THEN_NAME = re.compile(
    r"(?:the|le|la|les|l'|son|sa|ses|his|her|their|leurs)\s*(?P<office>[^,.;:()\n]{2,90}?)\s*,"
    r"\s+(?=[A-Z])"
)
_OFFICE_WORDS = re.compile(
    r"\b(?:representative|representant|representante|secretary|secretaire|commissioner|"
    r"commissaire|chair|chairperson|chairman|president|presidente|minister|ministre|"
    r"ambassador|ambassadeur|envoy|envoye|head|chef|spokesperson|porte-parole|"
    r"co-?presidents?|co-?chairs?|presidents|ministers|ministres|representatives|representants)\b",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"\s*(?:[,;]\s*(?:et\s+|and\s+|ainsi qu(?:e\s+|')|as well as\s+|along with\s+|"
    r"together with\s+)?|\s+et\s+|\s+and\s+)"
    r"(?:par\s+|by\s+|de\s+|d')?"
)


def names_after(
    text: str, flat: str, pos: int, limit: int, gazetteer: Gazetteer
) -> list[NamedPerson]:
    """The list of people named from ``pos`` ("A et B (note)", "A, ministre ... du Mali, and B")."""
    found: list[NamedPerson] = []
    while pos < limit:
        iso2: str | None = None
        post: str | None = None
        descriptor = _DESCRIPTOR.match(flat, pos, limit)
        if descriptor:
            # "son homologue malien Oumar Keïta": the post and country come first.
            for mention in gazetteer.mentions(flat, descriptor.start(), descriptor.end()):
                iso2 = iso2 or mention.entity.iso2
            post_match = POST_WORDS.search(descriptor.group(0))
            post = POSTS.get(post_match.group(1).lower()) if post_match else None
            pos = descriptor.end()
            # "Minister of Foreign Affairs and Trade Péter X": past the portfolio's words
            while (word := _PORTFOLIO_WORD.match(flat, pos, limit)) and (
                key(word.group(1)) in PORTFOLIO_WORDS
            ):
                pos = word.end()
        pos, iso2, post = _office_first(flat, pos, limit, gazetteer, iso2, post)
        title = _TITLE_AT.match(flat, pos, limit)
        if title:
            pos = title.end()
        # a name ends at its line's end ("… et Stéphane Séjourné" above a caption's next line)
        match = _NAME_AT.match(flat, pos, _line_end(flat, pos, limit))
        if not match or match.group(0).split()[0].lower() in NOT_NAMES:
            break
        name, stripped_iso2 = strip_descriptors(match.group(0), gazetteer)
        iso2 = iso2 or stripped_iso2
        name_start = match.end() - len(name)
        if gazetteer.find_name(name) is not None or gazetteer.city(name) is not None:
            break
        iso2, note, end = _country_and_note(text, flat, match.end(), limit, gazetteer, iso2)
        apposition = _APPOSITION.match(flat, end, limit)
        if (
            apposition
            and _DETERMINED.match(flat, apposition.start())
            and _NAME_AFTER_APPOSITION.match(flat, apposition.end(), limit)
        ):
            # "A, le ministre nigérien …, B, a …": the description is B's, and B is the
            # subject of the sentence, not one more name of this list.
            found.append(
                NamedPerson(
                    text[name_start : match.end()], name_start, match.end(), iso2, post, note
                )
            )
            break
        if apposition:
            words = apposition.group(1)
            post_match = POST_WORDS.search(words)
            post = POSTS.get(post_match.group(1).lower()) if post_match else None
            iso2, end = _office_country(flat, apposition, limit, gazetteer, iso2)
        found.append(
            NamedPerson(text[name_start : match.end()], name_start, match.end(), iso2, post, note)
        )
        separator = _SEPARATOR.match(flat, end, limit)
        if not separator:
            break
        pos = separator.end()
    return found


def _line_end(flat: str, pos: int, limit: int) -> int:
    newline = flat.find("\n", pos, limit)
    return limit if newline < 0 else newline


def _office_country(
    flat: str, apposition: re.Match[str], limit: int, gazetteer: Gazetteer, iso2: str | None
) -> tuple[str | None, int]:
    """The state an apposed office names, read on past ", chargé de …"; and where it ends."""
    end = apposition.end()
    spans = [(apposition.start(1), apposition.end(1))]
    more = _OFFICE_GOES_ON.match(flat, end, limit)
    if more is not None:
        spans.append((more.start(1), more.end(1)))
    for start, stop in spans:
        for mention in gazetteer.mentions(flat, start, stop):
            if mention.entity.iso2 and iso2 is None:
                iso2 = mention.entity.iso2
                end = max(end, stop) if stop > apposition.end() else end
    return iso2, end


def _office_first(
    flat: str, pos: int, limit: int, gazetteer: Gazetteer, iso2: str | None, post: str | None
) -> tuple[int, str | None, str | None]:
    """ "the EU High Representative, Helena Varga": past the office, with its country and post."""
    office = _OFFICE_THEN_NAME.match(flat, pos, limit)
    if office is None or not _OFFICE_WORDS.search(office.group("office")):
        return pos, iso2, post
    for mention in gazetteer.mentions(flat, office.start("office"), office.end("office")):
        iso2 = iso2 or mention.entity.iso2
    return office.end(), iso2, post or _post_of(office.group("office"))


def _country_and_note(
    text: str, flat: str, end: int, limit: int, gazetteer: Gazetteer, iso2: str | None
) -> tuple[str | None, str | None, int]:
    """After a name: "du Mali" or "(Niger)" gives the country, "(représentant …)" a note."""
    note = None
    country = _COUNTRY_AFTER.match(flat, end, limit)
    if country:
        after: Mention | None = next(
            iter(gazetteer.mentions(flat, country.end(), min(limit, country.end() + 60))), None
        )
        if after is not None and after.start == country.end() and not after.demonym:
            iso2 = iso2 or after.entity.iso2
            end = after.end
    paren = _PAREN.match(flat, end, limit)
    if paren:
        inside = text[paren.start(1) : paren.end(1)]
        entity = gazetteer.find_name(inside)
        if entity is not None and entity.iso2:
            iso2 = entity.iso2
        else:
            note = english_note(inside, gazetteer)
        end = paren.end()
    return iso2, note, end


_REPRESENTS = re.compile(
    r"^(representant|representing|au titre de|en qualite de|as|au nom de|on behalf of|"
    r"pour le compte de)\s+(.+)$",
    re.IGNORECASE,
)
_PRESIDENCY = re.compile(
    r"^(?:la |the )?(?:presidence|presidency)\s*(tournante|en exercice|rotating|current)?\s*"
    r"(?:de l'|du|de la|des|de|d'|of the|of)\s*(.+)$",
    re.IGNORECASE,
)
_PRESIDENCY_EN = {"tournante": "rotating", "en exercice": "current"}


def english_note(note: str, gazetteer: Gazetteer) -> str:
    """A participant's note in the store's English vocabulary where it is a known formula."""
    match = _REPRESENTS.match(flatten(note.strip()))
    if not match:
        return note.strip()
    verb = match.group(1).lower()
    lead = (
        "on behalf of"
        if verb in ("au nom de", "on behalf of", "pour le compte de")
        else "represents"
    )
    what = note.strip()[match.start(2) :].strip()
    presidency = _PRESIDENCY.match(flatten(what))
    if presidency:
        kind = (presidency.group(1) or "").lower()
        kind = _PRESIDENCY_EN.get(kind, kind)
        holder = _english_entity(what[presidency.start(2) :], gazetteer)
        what = " ".join(w for w in ("the", kind, "presidency of", holder) if w)
    else:
        what = _english_entity(what, gazetteer)
    return f"{lead} {what}"


def _english_entity(text: str, gazetteer: Gazetteer) -> str:
    entity = gazetteer.find_name(text.strip())
    if entity is None:
        return text.strip()
    if entity.kind == "organisation":
        return f"the {entity.short}" if entity.acronyms else entity.english
    return entity.english


_APPOSED = re.compile(
    rf"({NAME})(?=,\s+(?:le |la |l'|the )?(?i:(?:(?:deputy|vice|first|acting)[ -])?"
    r"(?:ministre|minister|foreign minister|president|"
    r"presidente|premier ministre|prime minister|ambassadeur|ambassador|secretaire|secretary|"
    r"chef de la|head of))\b)"
)
# The attendance list of a summit communiqué: "H.E. Adama Barrow, President of the Republic of
# The Gambia", "S. E. M. Patrice TALON, Président de la République du Bénin", one after the
# other on lines or in one run of text. The honorific marks each name.
_HONORIFIC = r"(?:H\.\s?E\.|S\.\s?E\.)"
HONOURED = re.compile(
    rf"{_HONORIFIC}\s*(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.|Pr\.|General|Gen\.|Amb\.|"
    # "H. E. Muhammadu Buhari (GCFR), President of …": an order's initials after the name
    rf"Generale?|Marshal|Marechal)\s*)*({NAME})(?:\s*\([^()]{{1,20}}\))?,\s+"
    # the guests after the heads: a former head of state, an envoy, a body's commissioner
    r"((?:(?:vice|deputy|interim|former|ancien|ancienne)[ -])?(?:president|presidente|"
    r"prime minister|premier ministre|minister|ministre|chairman|chairperson|"
    r"president de la commission|secretary|secretaire|vice-president|king|roi|emir|"
    r"special representative|representant special|representante speciale|commissioner|"
    r"commissaire|[\w ]{0,40}commissioner)\b[^\n;]{0,160}?)"
    rf"(?=\s*(?:{_HONORIFIC}|\n|;|$|\.\s))",
    re.IGNORECASE,
)
_NAME_COUNTRY = re.compile(rf"({NAME})\s*\(([^()]{{2,40}})\)")


def find_people(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """People in role phrases, in appositions ("X, ministre … du Mali") and known by name.

    One rule after the other, in this order: the first to name someone sets their country."""
    for rule in (
        _respective, _respective_of, _owner_then_name, _role_phrases, _represented, _described,
        _post_of_state_then_name,
        _post_then_name, _hosts, _leads_delegation, _apposed, _name_country, _honoured,
        _honoured_lines,
        _demonym_then_name,
    ):  # fmt: skip
        rule(text, flat, people, gaz)
    named = people.known_in_text(flat)
    for known, start, end in named:
        if people.find(known.name) is None and _only_in_passing(flat, known, start, named, gaz):
            continue
        people.add(known.name, (start, end))
    people.merge_partial_names()


# "a lu un message de Vladimir Poutine", "the readiness of President Putin": a person the text
# names once, as the owner of something, is spoken of, not present.
_OWNER_BEFORE = re.compile(
    r"\b(?:de|du|d'|of|des)\s+(?:(?:[Pp]resident|[Pp]residente|M\.|Mr\.?)\s+)?"
    r"(?:(?:the|la|le)\s+)?(?:[A-Z][\w-]*\s+){0,4}$"
)


def _only_in_passing(
    flat: str,
    known: KnownPerson,
    start: int,
    named: list[tuple[KnownPerson, int, int]],
    gaz: Gazetteer,
) -> bool:
    if sum(1 for k, _, _ in named if k is known) > 1:
        return False
    owner = _OWNER_BEFORE.search(flat, max(0, start - 60), start)
    # "Minister … of the Republic of Burkina Faso Karamoko Traoré": the state of his post
    return owner is not None and not gaz.mentions(flat, owner.start(), start)


def _role_phrases(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "coprésidée par A et B", "hosted by X": the names after a role phrase."""
    for role, trigger in ROLE_TRIGGERS:
        for match in trigger.finditer(flat):
            limit = _clause_end(flat, match.end())
            for named in names_after(text, flat, match.end(), limit, gaz):
                person = people.add(named.name, (named.start, named.end), iso2=named.iso2,
                                    post=named.post, role=role, note=named.note)  # fmt: skip
                if person is not None:
                    person.listed = True


def _described(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "le ministre nigérien des Affaires étrangères, Hamidou Issoufou, …"."""
    for match in DESCRIBED_NAME.finditer(flat):
        name, iso2 = strip_descriptors(match.group(1), gaz)
        if gaz.find_name(name) is not None:
            continue
        described = flat[match.start() : match.start(1)]
        for mention in gaz.mentions(described):
            iso2 = iso2 or mention.entity.iso2
        post = _post_of(described)
        start = match.end(1) - len(name)
        people.add(text[start : match.end(1)], (start, match.end(1)), iso2=iso2, post=post)


# Where one entry of a list of people ends: a comma, "and", a sentence's end ("U.S." is not).
# "and" between two offices of one person ("Laos Deputy Prime Minister and Foreign Minister,
# X") does not end the entry.
_ENTRY_END = re.compile(
    r",|\b(?:and|et)\b(?!\s+(?:[A-Z][\w-]*\s+){0,2}(?i:minister|ministre)\b)|;|\n|"
    r"(?:(?<=[a-z0-9)])|(?<=[A-Z]{2}))\.\s"
)


def _names_a_state_at(flat: str, start: int, gaz: Gazetteer) -> bool:
    first = next(iter(gaz.mentions(flat, start, min(len(flat), start + 60))), None)
    return first is not None and first.start == start and not first.demonym


def _post_then_name(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "Gambian Foreign Minister Musa Jallow"."""
    for match in POST_THEN_NAME.finditer(flat):
        name, iso2 = strip_descriptors(match.group(2), gaz)
        if gaz.find_name(name) is not None or gaz.city(name) is not None:
            continue
        if name.split()[0].lower() in NOT_NAMES or "\n" in match.group(2):
            continue  # a title's last word and the next line's first are no name
        if _names_a_state_at(flat, match.start(2), gaz):
            continue  # "ministre des Affaires étrangères de la Côte d'Ivoire"
        # The state right after the name ("Foreign Minister B of US, Foreign Minister C of
        # China"), else the nearest before the post within its own list entry ("Japanese
        # Foreign Minister A, US Secretary of State B": US is B's).
        limit = min(len(flat), match.end(2) + 80)
        iso2 = iso2 or _country_and_note(text, flat, match.end(2), limit, gaz, None)[0]
        between = gaz.mentions(flat, match.start(1), match.end(1))
        if iso2 is None and between:
            # "la cheffe de la diplomatie européenne X": the post's own adjective says whose
            # (a body's, without a state), not a state named before it
            start, owner = match.end(2) - len(name), between[0].entity.iso2
            people.add(text[start : match.end(2)], (start, match.end(2)), iso2=owner,
                       post=_post_of(flat[match.start() : match.start(2)]))  # fmt: skip
            continue
        window = max(0, match.start() - 50)
        for end in _ENTRY_END.finditer(flat, window):  # its lookahead reads past the post
            if end.start() >= match.start():
                break
            window = end.end()
        before = [
            m.entity.iso2 for m in gaz.mentions(flat, window, match.start(2)) if m.entity.iso2
        ]
        iso2 = iso2 or (before[-1] if before else None)
        start = match.end(2) - len(name)
        people.add(text[start : match.end(2)], (start, match.end(2)), iso2=iso2,
                   post=_post_of(flat[match.start() : match.start(2)]))  # fmt: skip


# "Foreign Minister of the Republic of Tajikistan Sirojiddin Aslov": a post, its state, the name.
_POST_OF_BEFORE = re.compile(
    r"(?i:\b(?:minister|ministre|secretary of state|president|presidente|prime minister|"
    r"premier ministre|ambassador|ambassadeur))[\w ',]{0,100}?\s(?:of|de|du|des|d')\s+"
    r"(?:the\s+|la\s+|l')?$"
)
# "… Minister of Foreign Affairs of Ethiopia, Demeke Mekonnen said": a comma may set it off.
_NAME_AFTER_STATE = re.compile(rf",?\s+({NAME})")


def _post_of_state_then_name(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for mention in gaz.mentions(flat):
        if mention.demonym or not mention.entity.iso2:
            continue
        if not _POST_OF_BEFORE.search(flat, max(0, mention.start - 120), mention.start):
            continue
        after = _NAME_AFTER_STATE.match(flat, mention.end)
        if after is None or after.group(1).split()[0].lower() in NOT_NAMES:
            continue
        if "\n" in after.group(0) or len(after.group(1).split()) < 2:
            continue  # the next line's first word ("As you may recall") is no name
        name = after.group(1)
        if gaz.find_name(name) is None and gaz.city(name) is None:
            people.add(text[after.start(1) : after.end(1)], (after.start(1), after.end(1)),
                       iso2=mention.entity.iso2)  # fmt: skip


# "les ministres des affaires étrangères azerbaïdjanais Elmar Mammadyarov, turc Mevlut
# Cavusoglu et géorgien Mikheil Janelidze": each name after its (French, lower-case) demonym.
_DEMONYM_NAME = re.compile(rf"(?<![\w-])([a-z][a-z-]+)\s+({NAME})")
_POSTS_BEFORE = re.compile(
    r"\b(?:ministres?|presidents?|chefs? d'etat|chefs? de la diplomatie|homologues?)\b[^.;:]*$"
)


def _demonym_then_name(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for match in _DEMONYM_NAME.finditer(flat):
        entity = gaz.demonym(match.group(1))
        if entity is None or not entity.iso2 or "\n" in match.group(0):
            continue
        if not _POSTS_BEFORE.search(flat, max(0, match.start() - 160), match.start()):
            continue
        name = match.group(2)
        if len(name.split()) < 2 or gaz.find_name(name) is not None or gaz.city(name):
            continue
        people.add(text[match.start(2) : match.end(2)], match.span(2), iso2=entity.iso2)


def _hosts(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "Ahmed Ould Salem a accueilli …"."""
    for match in HOSTS.finditer(flat):
        name, iso2 = strip_descriptors(match.group(1), gaz)
        name = drop_offices(name)
        start = match.end(1) - len(name)
        if gaz.find_name(name) is None and name.split()[0].lower() not in NOT_NAMES:
            people.add(text[start : match.end(1)], (start, match.end(1)), iso2=iso2, role="host")


def _leads_delegation(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "Tesfaye Bekele leading his country's delegation"."""
    for match in LEADS_DELEGATION.finditer(flat):
        name, iso2 = strip_descriptors(match.group(1), gaz)
        start = match.end(1) - len(name)
        before = flat[max(0, match.start(1) - 30) : match.start(1)]
        if iso2 is None:
            for mention in gaz.mentions(before):
                iso2 = mention.entity.iso2 or iso2
        if gaz.find_name(name) is None and name.split()[0].lower() not in ("the", "le", "la"):
            people.add(text[start : match.end(1)], (start, match.end(1)), iso2=iso2,
                       role="head_of_delegation")  # fmt: skip


def _apposed(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "X, ministre des Affaires étrangères du Mali, …"."""
    for match in _APPOSED.finditer(flat):
        if match.group(1).split()[0].lower() in ("le", "la", "les", "the", "selon", "pour"):
            continue
        limit = _clause_end(flat, match.start())
        for named in names_after(text, flat, match.start(), limit, gaz)[:1]:
            if gaz.find_name(named.name) is None:
                people.add(named.name, (named.start, named.end), iso2=named.iso2, post=named.post)


def _name_country(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "X (Niger)", "Anna Kowalska of Poland, …": the state of a person named in a list."""
    for match in _NAME_COUNTRY.finditer(flat):
        # "X (Pologne, à droite)": a caption's note may follow the state
        entity = gaz.find_name(match.group(2).split(",")[0])
        if entity is None or not entity.iso2 or entity.kind != "state":
            continue
        person = people.find(match.group(1))
        if person is not None:
            person.iso2 = person.iso2 or entity.iso2
            continue
        # someone not found yet: a name of two words at least (one is a place: "Narva
        # (Estonia)"), after its forms of address
        name, _ = strip_descriptors(match.group(1), gaz)
        if len(strip_honorifics(name)[0].split()) >= 2:
            start = match.end(1) - len(name)
            people.add(text[start : match.end(1)], (start, match.end(1)), iso2=entity.iso2)
    for link in _OF_STATE.finditer(flat):
        if not flat[flat.rfind(" ", 0, link.start()) + 1].isupper():
            continue  # "the ministers of Mali": no name before "of"
        # the name that ends right before "of", searched in a short window (cheap, so first)
        before = _NAME_BEFORE.search(flat, max(0, link.start() - 80), link.start())
        if before is None:
            continue
        name, _ = strip_descriptors(before.group(1), gaz)
        if len(strip_honorifics(name)[0].split()) < 2:
            continue
        after = next(iter(gaz.mentions(flat, link.end(), min(len(flat), link.end() + 60))), None)
        if after is None or after.start != link.end() or after.demonym:
            continue
        if after.entity.kind != "state" or not _ENTRY_ENDS.match(flat, after.end):
            continue
        start = before.end(1) - len(name)
        person = people.add(text[start : before.end(1)], (start, before.end(1)),
                            iso2=after.entity.iso2)  # fmt: skip
        if person is not None:
            person.iso2 = person.iso2 or after.entity.iso2


# "Anna Kowalska of Poland, Jan Novak of the Czech Republic and …": a name, its state, and the
# end of that entry of a list.
_OF_STATE = re.compile(r"(?<=[^\W\d_]),?\s+(?:of|from|du|de la|de l'|d')\s*(?:the\s+)?(?<=\s|')")
_NAME_BEFORE = re.compile(rf"(?<![\w-])({NAME})$")
_ENTRY_ENDS = re.compile(r"\s*(?:[,;.)]|\band\b|\bet\b|$)")


# "ses homologues français et polonais A et B", "his French and Polish counterparts, A and B":
# each state of the list, in its order, is the state of the name in the same place.
_RESPECTIVE = re.compile(
    r"\b(?:(?:homologues|ministres|ministers|counterparts)\s+(?P<fr>[a-z][\w-]+(?:(?:\s*,\s*|"
    r"\s+et\s+)[a-z][\w-]+)+)|(?:his|her|their|the)\s+(?P<en>[A-Z][\w-]+(?:(?:\s*,\s*|"
    r"\s+and\s+)[A-Z][\w-]+)+)\s+(?:counterparts|ministers|foreign ministers))"
    r"(?:\s+(?:des|of)\s+(?:Affaires etrangeres|Foreign Affairs))?,?\s+(?=[A-Z])"
)


# "the foreign ministers of Russia and Turkey, A and B", "les ministres des Affaires étrangères
# du Mali et du Niger, A et B": the states named after the office, in order, then the names.
_OFFICES_OF = re.compile(
    r"\b(?:ministers|counterparts|ministres|homologues|chefs de la diplomatie)"
    r"(?:\s+(?:of|for|des)\s+(?:Foreign Affairs|Affaires etrangeres))?\s+(?:of|from|de|du|des|d')"
    r"\s*(?:the\s+|la\s+|le\s+|l')?",
    re.IGNORECASE,
)
_STATES_GLUE = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+and\s+|\s+et\s+)"
    r"(?:the\s+|la\s+|le\s+|l'|du\s+|de\s+la\s+|de\s+l'|des\s+|d')?"
)
_BEFORE_NAMES = re.compile(r",?\s+(?=[A-Z])")


def _respective_of(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for match in _OFFICES_OF.finditer(flat):
        mentions = gaz.mentions(flat, match.end(), min(len(flat), match.end() + 200))
        if not mentions or mentions[0].start != match.end():
            continue
        states = [mentions[0]]
        for mention in mentions[1:]:
            glue = _STATES_GLUE.match(flat, states[-1].end, mention.start)
            if glue is None or glue.end() != mention.start:
                break
            states.append(mention)
        if len(states) < 2 or any(m.demonym or not m.entity.iso2 for m in states):
            continue
        lead = _BEFORE_NAMES.match(flat, states[-1].end)
        if lead is None:
            continue
        named = names_after(text, flat, lead.end(), _clause_end(flat, lead.end()), gaz)
        if len(named) != len(states):
            continue
        for one, state in zip(named, states, strict=True):
            people.add(one.name, (one.start, one.end), iso2=state.entity.iso2, post="minister")


# "Japan's Takeshi Iwaya", "Australia's Penny Wong": a state's possessive, then the name.
_OWNER_NAME = re.compile(rf"['\u2019]s\s+({NAME})")


def _owner_then_name(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for mention in gaz.mentions(flat):
        if mention.demonym or not mention.entity.iso2:
            continue
        after = _OWNER_NAME.match(flat, mention.end)
        if after is None or "\n" in after.group(0) or not 2 <= len(after.group(1).split()) <= 4:
            continue
        name = after.group(1)
        # "Lao PDR's ASEAN Chairmanship": a body or state inside the run is no person's name
        if not gaz.mentions(flat, *after.span(1)) and gaz.city(name) is None:
            people.add(text[after.start(1) : after.end(1)], after.span(1),
                       iso2=mention.entity.iso2)  # fmt: skip


def _respective(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for match in _RESPECTIVE.finditer(flat):
        words = re.split(r"\s*,\s*|\s+(?:et|and)\s+", match.group("fr") or match.group("en"))
        states = [gaz.demonym(w) for w in words]
        if not all(e is not None and e.iso2 for e in states):
            continue
        named = names_after(text, flat, match.end(), _clause_end(flat, match.end()), gaz)
        if len(named) != len(states):
            continue
        for one, state in zip(named, states, strict=True):
            assert state is not None
            people.add(one.name, (one.start, one.end), iso2=state.iso2, post=one.post)


# "Hungary is represented by Minister … X", "while Warsaw is represented by Y": the person
# speaks for the state (or the capital) that is the subject.
_REPRESENTED = re.compile(
    r"(?:^|[.;,:]\s*|\b(?:while|whereas|and|tandis que|et)\s+)(?P<who>(?:the\s+|la\s+|le\s+|l')?"
    r"[A-Z][\w' -]{1,40}?)\s+(?:is|was|will be|are|were|est|etait|sera|sont)\s+"
    r"represent(?:ed|e|ee|es|ees)\s+(?:by|par)\s+",
    re.MULTILINE,
)


def _represented(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for match in _REPRESENTED.finditer(flat):
        who = re.sub(r"^(?:the|la|le|l')\s*", "", match.group("who"), flags=re.I)
        entity = gaz.find_name(who)
        city = gaz.city(who)
        iso2 = entity.iso2 if entity is not None else city.iso2 if city is not None else None
        if iso2 is None:
            continue
        for one in names_after(text, flat, match.end(), _clause_end(flat, match.end()), gaz)[:1]:
            people.add(one.name, (one.start, one.end), iso2=iso2, post=one.post)


# An attendance list set out one line per person, the office on the line below: "His
# Excellency Mr X" / "Minister of Foreign Affairs of the Kingdom of Bahrain".
_HONOURED_LINE = re.compile(
    r"^[ \t]*(?:(?i:and|et)\s+)?(?i:His|Her|Son|Sa)\s+(?i:Royal\s+)?(?i:Excellency|Highness|"
    r"Excellence|Altesse)\s+(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sheikh|Sheikha|Shaikh|Sayyid|Prince|"
    r"Princess|Eng|Engr|Amb)\.?\s+)*"
    rf"(?P<name>{NAME})[ \t]*\n\s*(?P<office>(?i:(?:deputy |vice |first )?(?:prime )?(?:minister|"
    r"ministre|foreign minister|secretary|secretaire|president|presidente|ambassador|"
    r"ambassadeur|chairman|chairperson))\b[^\n]{0,160})$",
    re.MULTILINE,
)


def _honoured_lines(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    for match in _HONOURED_LINE.finditer(flat):
        office = match.span("office")
        iso2 = next((m.entity.iso2 for m in gaz.mentions(flat, *office) if m.entity.iso2), None)
        person = people.add(text[match.start("name") : match.end("name")], match.span("name"),
                            iso2=iso2, post=_post_of(match.group("office")))  # fmt: skip
        if person is not None:
            person.listed = True


def _honoured(text: str, flat: str, people: People, gaz: Gazetteer) -> None:
    """ "H.E. Adama Barrow, President of the Republic of The Gambia"."""
    for match in HONOURED.finditer(flat):
        name, iso2 = strip_descriptors(match.group(1), gaz)
        if name.split()[0].lower() in NOT_NAMES:
            continue
        for mention in gaz.mentions(flat, match.start(2), match.end(2)):
            if mention.entity.iso2:
                iso2 = iso2 or mention.entity.iso2
                break
        start = match.end(1) - len(name)
        person = people.add(text[start : match.end(1)], (start, match.end(1)), iso2=iso2,
                            post=_post_of(match.group(2)))  # fmt: skip
        if person is not None:
            person.listed = True  # an attendance list


def _post_of(words: str) -> str | None:
    match = POST_WORDS.search(words)
    return POSTS.get(match.group(1).lower()) if match else None


def _clause_end(flat: str, start: int) -> int:
    """Where the list of names after a role phrase stops: the end of its sentence."""
    for s, e in sentences(flat, max(0, start - 1), min(len(flat), start + 600)):
        if s <= start < e:
            return e
    newline = flat.find("\n", start)
    return newline if newline >= 0 else len(flat)


# A head of state or government, by the words before the name or by the known person's title.
_HEAD_BEFORE = re.compile(
    r"\b(?:president|presidente|leader|chef de l'etat|head of state|premier ministre|"
    # not the office of the entry before in a list ("Adviser to the President, and X")
    r"prime minister|chef du gouvernement)\b(?:(?!,\s*(?:and|et)\b)[^.;:\n]){0,40}$",
    re.IGNORECASE,
)
# "à l'issue d'un entretien avec le président nigérien X", "received by President X": a
# meeting with them, unless the sentence puts it at another time ("a phone call with X last
# week", "the upcoming meeting between President X and President Y").
_MET_BEFORE = re.compile(
    r"\b(?:entretien|entretenu|entretenue|rencontre|rencontree?|met|meeting|talks|call|audience|"
    r"received|recue?|accueillie?|visite|visit)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
# "President X attended the summit", "le président X a ouvert les travaux": the subject of
# what happened at the meeting.
_ACTED_AFTER = re.compile(
    r"\s*(?:,[^,.;]{0,80},\s*)?(?:(?:has|have|had|a|ont|also|aussi|egalement|then|ensuite)\s+)*"
    r"(?:attended|took part|participated|participe|pris part|met|rencontre|received|recu|"
    r"hosted|accueilli|chaired|preside|opened|ouvert|led|conduit|dirige|held|tenu|welcomed|"
    r"addressed|delivered|signed|signe|spoke|pris la parole)\b",
    re.IGNORECASE,
)
_OTHER_TIME = re.compile(
    r"\b(?:last|next|upcoming|previous|earlier|ago|prevue?|prochaine?|derniere?|precedente?|"
    r"passee?|a venir)\b",
    re.IGNORECASE,
)
_HONORIFIC_BEFORE = re.compile(
    r"(?:H\.\s?E\.|S\.\s?E\.|His Excellency|Her Excellency|Son Excellence)[^,;\n]{0,25}$"
)


def mark_in_passing(flat: str, people: People, speakers: set[str]) -> None:
    """A head of state or government the text names once, in no role phrase nor attendance
    list, saying nothing, is spoken of ("President X's efforts", "the meeting between
    President X and President Y", "a message from the head of state, X"): not a participant,
    and their state no party. A single word that no full name of the text completes ("M.
    Gennad", a truncated "Af", a town "Golikro accueille …") is too little to record anyone."""
    for person in people.people:
        if len(person.name.split()) == 1 and person.known is None:
            person.outsider = True
            continue
        if person.role != "participant" or person.outsider or person.name in speakers:
            continue
        start = person.spans[0][0]
        before = flat[max(0, start - 60) : start]
        title = (person.known.title_en or "") if person.known else ""
        # the words before the name, not an office given after it ("X, President of Y" in an
        # attendance list), say how the text speaks of them
        if not (_HEAD_BEFORE.search(before) or re.search(r"\bpresident\b", title, re.I)):
            continue
        if _HONORIFIC_BEFORE.search(before):
            continue
        sentence = next((flat[s:e] for s, e in sentences(flat, max(0, start - 300),
                         min(len(flat), start + 300)) if s <= start < e), before)  # fmt: skip
        acted = _ACTED_AFTER.match(flat, person.spans[0][1])
        if (_MET_BEFORE.search(before) or acted) and not _OTHER_TIME.search(sentence):
            continue
        if _times_named(flat, person, people) <= 1:
            person.outsider = True
    for person in people.people:
        if person.outsider or person.role != "participant" or person.listed:
            continue
        if person.name in speakers:
            continue
        mentions = _mentions(flat, person, people)
        if mentions and all(_in_background(flat, start, end) for start, end in mentions):
            person.outsider = True


# What puts a person named after it in the background of the report, not at the meeting: the
# results of another meeting, someone's leadership or greetings, a past or former time, what
# someone recalled ("the outcome of the recent meeting between President X and …", "under the
# wise leadership of X", "the passing of X", "a rappelé … l'appel des deux présidents, X").
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:outcomes?|results?|resultats?|bilan|conclusions?|greetings?|salutations|passing|"
    r"death|deces|mort|funeral|obseques|memory|memoire|legacy|heritage|patronage|directives|"
    # a ruler's "wise leadership", not "under the leadership of" the head of a delegation
    r"wise leadership|sage direction)\s+(?:of|de|du|des|d')\b|\b(?:defunt|previous|precedente?|"
    r"recent|recente|earlier|last (?:week|month|year)|ago|l'an dernier|le mois dernier|"
    r"recalled|recalling|rappele|rappelant|a rappele|brought together|had met|had held|"
    r"avait rencontre|avaient)\b",
    re.IGNORECASE,
)
# "X's government has said", "the policy of President X": someone else's acts, not presence.
_OWNED_AFTER = re.compile(
    r"(?:'s)?\s+(?:government|administration|policy|policies|regime|decision|plan|initiative|"
    r"proposal|message|letter|envoy|cabinet)\b",
    re.IGNORECASE,
)
_OWNED_BEFORE = re.compile(
    r"\b(?:gouvernement|administration|politique|regime|initiative|proposition|message|"
    r"lettre|envoye|government|policy|regime|initiative|proposal|letter|envoy)\s+(?:de|du|d'|of)"
    r"\s+(?:(?:the\s+|le\s+|la\s+)?(?:[Pp]resident|[Pp]residente|M\.|Mr\.?|[Pp]rime [Mm]inister|"
    r"[Pp]remier [Mm]inistre)\s+)?$"
)


def _in_background(flat: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` speaks of the person, not of them at the meeting:
    in the background of the report or as the owner of a policy."""
    spans = sentences(flat, max(0, start - 400), min(len(flat), end + 200))
    sentence = next((s for s, e in spans if s <= start < e), max(0, start - 200))
    before = flat[sentence:start]
    if _OWNED_AFTER.match(flat, end) or _OWNED_BEFORE.search(before):
        return True
    return bool(_BACKGROUND_BEFORE.search(before))


def _mentions(flat: str, person: Person, people: People) -> list[tuple[int, int]]:
    """Where the text names ``person``: the full name, the surname, and the given name of an
    Arabic name with a nasab; not inside another person's name."""
    names = {person.name, *(person.known.aliases if person.known else ())}
    words = {flatten(n.split()[-1]) for n in names if n.split()}
    if " bin " in f" {key(person.name)} " or " ibn " in f" {key(person.name)} ":
        words.add(flatten(person.name.split()[0]))
    others = [sp for o in people.people if o is not person for sp in o.spans]
    found = []
    for word in words | {flatten(n) for n in names}:
        at = flat.find(word)
        while at >= 0 and word:
            end = at + len(word)
            whole = (at == 0 or not _WORD_CHAR.match(flat[at - 1])) and (
                end == len(flat) or not _WORD_CHAR.match(flat[end])
            )
            if whole and not any(s <= at < e for s, e in others):
                found.append((at, end))
            at = flat.find(word, at + 1)
    return found


_WORD_CHAR = re.compile(r"[\w-]")


def _given(name: str) -> str:
    """The word before the surname ("Marie" of "Karamoko Jean-Marie Traoré")."""
    return key(re.split(r"[\s-]+", name.strip())[-2])


def _times_named(flat: str, person: Person, people: People) -> int:
    """How often the text names ``person`` by surname, not counting another person of the same
    surname ("Karamoko Traoré" is not "Ibrahim Traoré")."""
    names = {person.name, *(person.known.aliases if person.known else ())}
    surnames = {flatten(n.split()[-1]) for n in names if n.split()}
    others = {
        _given(o.name)
        for o in people.people
        if o is not person and len(o.name.split()) > 1 and flatten(o.surname) in surnames
    } - {_given(n) for n in names if len(n.split()) > 1}
    count = 0
    for surname in surnames:
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", flat, re.I):
            before = re.search(r"([\w'-]+)\s+$", flat[max(0, match.start() - 40) : match.start()])
            if before is None or _given(before.group(1) + " x") not in others:
                count += 1
    return count


# "À Kampala, elle a rencontré X, ministre des Finances": someone met at the meeting's city.
_MET = re.compile(
    r"\b(?:(?:entretiens?|entretenue?s?|echanges?|discussions?|rencontre|reunie?s?|audience|"
    r"talks|meeting|met)\b[^.;]{0,40}?\b(?:avec|with)|(?:a|ont|avait) rencontre|"
    r"rencontree|recue? par|received by|welcomed by|hosted by|accueillie? par)\b",
    re.IGNORECASE,
)
# "la ministre sénégalaise a ensuite …", "le chef de la diplomatie algérienne a annoncé", "the
# Senegalese minister said": a description of someone named before, without their name.
_DESCRIBED_FR = re.compile(
    r"\b(?i:le|la)\s+(?:ministre|chef(?:fe)? de la diplomatie)\s+([a-z][\w-]+)(?!\s*,?\s*[A-Z])"
)
_DESCRIBED_EN = re.compile(
    r"\b(?i:the)\s+([A-Z][\w-]+)\s+(?i:(?:foreign\s+)?minister|top diplomat)(?!\s*,?\s*[A-Z])"
)


def _body_official(flat: str, person: Person, gaz: Gazetteer) -> bool:
    """Whether the office written before or after the name is a body's ("SCO Secretary
    General", "EU Commissioner X")."""
    start, end = person.spans[0]
    lead = flat.rfind(",", 0, start)
    spans = [(max(lead + 1, start - 40), start)]
    apposition = _APPOSITION.match(flat, end)
    if apposition is not None:
        spans.append(apposition.span(1))
    return any(
        m.entity.iso2 is None and not m.demonym for s, e in spans for m in gaz.mentions(flat, s, e)
    )


def states_from_context(
    flat: str, people: People, gaz: Gazetteer, city: str | None, host_iso2: str | None
) -> None:
    """The states a text gives only by context: the officials met in the meeting's city whose
    office names no state hold office there; the one minister without a state whom "la
    ministre sénégalaise" describes is of that state."""
    stateless = [p for p in people.people if p.iso2 is None and not p.outsider]
    if city and host_iso2:
        needle = flatten(city)
        for person in stateless:
            start = person.spans[0][0]
            for s, e in sentences(flat, max(0, start - 400), min(len(flat), start + 200)):
                if not s <= start < e or needle not in flat[s:e]:
                    continue
                met = list(_MET.finditer(flat, s, start))
                # the person is the one met, not the visitor: a meeting word right before; and
                # holds no office of a body ("the EU High Representative, X")
                if met and not any(
                    m.entity.iso2 is None for m in gaz.mentions(flat, met[-1].end(), start)
                ):
                    person.iso2 = host_iso2
    for pattern in (_DESCRIBED_FR, _DESCRIBED_EN):
        for match in pattern.finditer(flat):
            # "the Senegalese minister", "the UAE top diplomat"
            state = gaz.demonym(match.group(1)) or gaz.find_name(match.group(1))
            if state is None or not state.iso2:
                continue
            if any(
                p.iso2 == state.iso2 and not p.outsider and p.post in ("minister", None)
                and p.spans[0][0] < match.start()
                for p in people.people
            ):  # fmt: skip
                continue  # the description is of someone whose state is already known
            ministers = [
                p for p in people.people
                if p.iso2 is None and not p.outsider and p.post in ("minister", None)
                and p.spans[0][0] < match.start()
            ]  # fmt: skip
            if len(ministers) == 1:
                ministers[0].iso2 = state.iso2
    # The host of a meeting in their own country, and the officials an attendance list names
    # without a state ("Minister of State", "Chairman of the National … Authority"), hold
    # office where it is held (the host's side writes the readout).
    hosts = {p.iso2 for p in people.people if p.role == "host" and p.iso2 and not p.outsider}
    side = host_iso2 or (next(iter(hosts)) if len(hosts) == 1 else None)
    if side is None:
        return
    # beside the host's own people, or at a meeting of two states (not at a summit, where the
    # stateless are a body's officials)
    present = {p.iso2 for p in people.people if p.iso2 and not p.outsider}
    beside = side in hosts or (side in present and len(present) <= 2)
    for person in people.people:
        if (
            person.iso2 is None
            and not person.outsider
            and (person.role == "host" or (person.listed and beside))
            and not _body_official(flat, person, gaz)
        ):
            person.iso2 = side


# Country-code domains that sites of anywhere use for their letters (.tv, .io, .fm …): they say
# nothing of where the site is.
_GENERIC_DOMAINS = frozenset(
    {"ai", "cc", "co", "fm", "gg", "io", "ly", "me", "tv", "ws", "to", "nu", "eu", "su"}
)
_DOMAIN_STATE = {"uk": "GB"}
# The offices of a government a national outlet writes without the state's name (a president
# is named with his state, and a body's president is not the site's).
_STATE_POSTS = frozenset({"minister", "prime minister", "spokesperson"})


def home_state(address: str | None, gaz: Gazetteer) -> str | None:
    """The state of the site a document was published on, by its country-code domain
    ("reporters.dz", "mofa.go.jp", "diplo.de"); None for a generic one (".com", ".tv")."""
    if not address:
        return None
    host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
    label = host.rsplit(".", 1)[-1].lower()
    if len(label) != 2 or label in _GENERIC_DOMAINS:
        return None
    state = gaz.state(_DOMAIN_STATE.get(label, label.upper()))
    return state.iso2 if state is not None and state.kind == "state" else None


def states_from_home(flat: str, people: People, gaz: Gazetteer, home: str | None) -> None:
    """A national outlet or ministry writes its own officials' offices without the state ("the
    Minister of Foreign Affairs, X" on a site of Algeria): an official found by a state's office
    that no text names the state of is the site's."""
    if home is None:
        return
    for person in people.people:
        if (
            person.iso2 is None
            and not person.outsider
            and person.post in _STATE_POSTS
            and not _body_official(flat, person, gaz)
        ):
            person.iso2 = home
