"""People in a text: names, posts and countries, merged by name; speaker phrases taken apart."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.ingest.gazetteer import Gazetteer, KnownPerson, flatten
from desktop_app.ingest.normalize import key

# Flattened text keeps letters that do not decompose (ı, ø, ł): any word letter may follow.
# A double name's dash may be set off by a space on one side ("JALLOW –TAMBAJANG").
# A given name's hyphen may be a non-breaking one, or broken by a line's end ("Jean- Marie").
_UP = r"[A-Z][^\W\d_]*(?:(?:['\u2010\u2011-]|\s-(?=[A-Z])|-\s(?=[A-Z]))[^\W\d_]+)*"
_PARTICLE = r"(?:de|da|di|van|von|ben|bin|el|al|ould|ag|dos|le|la|ibn|abu)"
# A middle initial may follow the first name ("Rui A. Figueiredo").
NAME = rf"{_UP}(?:\s+[A-Z]\.(?=\s+[A-Z]))?(?:\s+(?:{_PARTICLE}(?:\s+|-))?{_UP}){{0,4}}"
TITLES = (
    r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Prof\.?|S\.E\.|H\.E\.|H\.\s?H\.|HH|Eng\.|Engr\.|"
    r"Amb\.|Sheikh|Sheikha|Shaikh|Sayyid|Prince|Princess|"
    r"(?:His|Her) (?:Royal )?(?:Highness|Excellency)|"
    r"(?:le |la |the )?(?:president|presidente|premier ministre|prime minister|ministre|minister|"
    r"foreign minister|general|colonel|capitaine|captain|commandant|ambassadeur|ambassador|"
    r"secretary|secretaire d'Etat|secretary of state|senateur|senator))"
)
_TITLED = re.compile(rf"^(?i:{TITLES}\s+)+({NAME})$")
_BARE_NAME = re.compile(rf"^({NAME})$")
_TRAILING_NAME = re.compile(rf"\s({NAME})$")
POSTS = {
    "ministre": "minister", "minister": "minister", "chef de la diplomatie": "minister",
    "cheffe de la diplomatie": "minister", "top diplomat": "minister",
    "foreign minister": "minister", "president": "president", "presidente": "president",
    "chef de l'etat": "president", "head of state": "president",
    "premier ministre": "prime minister",
    "prime minister": "prime minister", "ambassadeur": "ambassador", "ambassador": "ambassador",
    "porte-parole": "spokesperson", "spokesperson": "spokesperson", "spokesman": "spokesperson",
    "envoye": "envoy", "envoy": "envoy", "secretaire general": "secretary general",
    "secretary general": "secretary general", "secretary-general": "secretary general",
    "homologue": "minister", "counterpart": "minister", "cabinet secretary": "minister",
    "secretary of state": "minister", "secretaire d'etat": "minister",
    "foreign secretary": "minister", "chef du gouvernement": "prime minister",
    "head of government": "prime minister",
    "chef de la delegation": "head of delegation",
    "head of the delegation": "head of delegation",
}  # fmt: skip
POST_WORDS = _POST = re.compile(
    r"\b(" + "|".join(sorted((re.escape(p) for p in POSTS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# Words that start a capitalised run but are not names.
NOT_NAMES = _NOT_NAMES = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier",
    "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "january", "february", "april", "june", "july", "august", "september", "october",
    "november", "december", "officials", "sources",
    # a capitalised preposition opening a sentence or a title ("On August 5", "In Moscow")
    "on", "in", "at", "after", "before", "during", "upon", "with", "while", "following",
    # the names of ministries, which follow "ministre"/"minister" capitalised
    "affaires", "foreign", "defense", "defence", "integration", "cooperation", "economie",
    "economy", "interieur", "interior", "justice", "commerce", "sante", "health", "education",
    "external", "finances", "finance", "energie", "energy", "transports", "transport",
    "agriculture", "communication", "mines", "securite", "security", "europe", "relations",
    "etat", "state", "trade", "culture", "sports", "home", "development", "developpement",
    "le", "la", "les", "l'", "un", "une", "des", "the", "a", "an", "ce", "cette", "selon",
    "pour", "et", "and", "il", "elle", "he", "she", "they", "ils", "elles", "nous", "we",
}  # fmt: skip
# The words of a portfolio between an office and its holder's name ("Minister of Foreign
# Affairs and Trade Péter X", "ministre des Affaires étrangères et de la Coopération Y").
PORTFOLIO_WORDS = {
    "of", "for", "and", "&", "de", "des", "du", "la", "l'", "et", "the", "affairs", "affaires",
    "etrangeres", "foreign", "trade", "international", "cooperation", "expatriates",
    "european", "europe", "europeenne", "integration", "africaine", "african", "external",
    "exterieures", "relations", "commerce", "development", "developpement", "diaspora",
    "state", "etat", "regional", "francophonie", "sahel", "worship", "emigrants",
}  # fmt: skip
# Words of offices, states and bodies: a capitalised run holding one is a title ("High
# Representative"), a state ("Islamic Republic") or a body ("European Commission", "African
# Integration"), never a person's name.
_NOT_PERSON_WORDS = {
    "representative", "representant", "representante", "republic", "republique", "commission",
    "integration", "secretary", "secretaire", "minister", "ministre", "ministry", "ministere",
    "union", "organisation", "organization", "league", "ligue", "council", "conseil", "cabinet",
    "affairs", "affaires", "department", "departement", "agency", "agence", "government",
    "gouvernement", "embassy", "ambassade", "nations", "federation", "kingdom", "royaume",
    "emirates", "emirats", "states", "etats", "community", "communaute", "parliament",
    "parlement", "assembly", "assemblee", "presidency", "presidence", "committee", "comite",
    "bank", "banque", "fund", "fonds", "office", "bureau", "press", "service", "photo",
    "reuters", "afp", "ap", "tass", "xinhua", "court", "cour", "army", "armee", "forces",
    "minister's", "spokesperson", "porte-parole", "cooperation", "development", "developpement",
    "chairperson", "chairman", "chairwoman", "conference", "tourism", "tourisme", "arts",
    "chief", "summit", "sommet", "forum", "alliance", "confederation", "partnership",
    # regions and points of the compass ("West Africa", "Afrique de l'Est"), relief ("Secours")
    "africa", "afrique", "asia", "asie", "america", "amerique", "west", "ouest", "east", "est",
    "north", "nord", "south", "sud", "gulf", "golfe", "middle", "secours",
    # a place's kind ("Russia's Sirius Federal Territory", "China's Qingdao City")
    "city", "territory", "territoire", "province", "region", "district", "county", "island",
    "islands", "chairmanship",
    # the words of a ministry's name in an all-capitals heading ("AFFAIRES ÉTRANGÈRES DU …")
    "etrangeres", "exterieures", "foreign", "commonwealth",
    # offices held under a minister ("Diplomatic Adviser", "Assistant Minister"), the other side
    # ("Turkish Counterpart"), forms of address left inside a run ("Highness Sheikh …")
    "adviser", "advisor", "advisors", "advisers", "conseiller", "conseillere", "counsellor",
    "assistant", "director", "directeur", "directrice", "counterpart", "counterparts",
    "homologue", "homologues", "highness", "majesty", "excellency", "excellence",
    # places and buildings, bodies, the document itself ("Al Bateen Executive Airport",
    # "International Organisations", "Joint Statement") and a headline's verb ("… Meets …")
    "airport", "aeroport", "palace", "palais", "hotel", "university", "universite", "institute",
    "institut", "headquarters", "authority", "autorite", "organisations", "organizations",
    "statement", "declaration", "communique", "joint", "conjointe", "conjoint", "meets",
    "receives", "welcomes", "holds", "hosts", "talks", "president", "presidente", "interim",
}  # fmt: skip
# Forms of address and titles of rank written before a name: they are not part of it
# ("Sheikh Abdullah bin Zayed", "H.H. Prince Faisal", "Dr. Anwar Gargash", "Mme Diallo").
_HONORIFICS = {
    "sheikh", "sheikha", "shaikh", "shaikha", "sayyid", "sayyida", "prince", "princess", "emir",
    "king", "queen", "his", "her", "royal", "highness", "majesty", "excellency", "h.h", "hh",
    "h.e", "s.e", "s.e.m", "se", "sem", "dr", "mr", "mrs", "ms", "m", "mme", "mlle", "eng", "engr",
    "prof",
    "pr", "amb",
    "sir", "dame", "monsieur", "madame", "docteur", "professeur", "son", "sa", "excellence",
    # Malaysia's and Brunei's titles of honour ("Datuk Seri X", "Dato' Y")
    "datuk", "dato", "dato'", "datin", "seri",
}  # fmt: skip
# Of these, the ones after which a single word is a given name ("Sheikh Abdullah", "Prince
# Faisal"): the person is known by it, not by a surname.
_GIVEN_NAME_HONORIFICS = {
    "sheikh", "sheikha", "shaikh", "shaikha", "sayyid", "sayyida", "prince", "princess", "emir",
    "king", "queen",
}  # fmt: skip
# An Arabic name with a nasab ("Faisal bin Farhan"): shortened to the given name in the text.
_NASAB = {"bin", "bint", "ibn", "ben", "ould"}
# Capitalised words of a title that end a name's run ("Remarks by Kaja Kallas After the …").
_TRAILING_TITLE_WORDS = {
    "after",
    "before",
    "upon",
    "during",
    "with",
    "at",
    "on",
    "in",
    "and",
    "for",
}


_POSSESSIVE = re.compile(r"['\u2019]s$")
# "Japan's Takeshi Iwaya", "ASEAN's X": a state's (or body's) possessive before a name says
# whose the person is; it is no part of the name.
_OWNER = re.compile(r"^([A-Z][^\s'\u2019]*(?:\s+[A-Z][^\s'\u2019]*){0,3})['\u2019]s\s+(?=[A-Z])")
# Offices written as their initials before a name ("EAM Jaishankar", "FM Wang", "PM Mr X",
# "HRVP Kallas"): External Affairs Minister, Foreign Minister, Prime Minister, Deputy Prime
# Minister, Secretary-General, High Representative/Vice-President, Cabinet Secretary, Foreign
# Secretary, Minister of State, Vice-President, President.
OFFICE_INITIALS = frozenset(
    {"EAM", "FM", "FMs", "PM", "DPM", "SG", "UNSG", "HRVP", "CS", "FS", "MoS", "VP", "Pres"}
)
# A typographic or non-breaking hyphen, or one a line's end split ("Jean- Marie"); a dash set
# off by a space before it ("JALLOW –NDIAYE") is kept as written.
_NAME_DASH = re.compile(r"(?<=[^\W\d_])(?:[\u2010-\u2014]|-\s)(?=[^\W\d_])")


# The words of an office that may run into the name after it in a capitalised run.
_OFFICE_IN_RUN = frozenset(
    {"minister", "ministers", "ministre", "ministres", "secretary", "secretaire", "president",
     "presidente", "ambassador", "ambassadeur", "chancellor", "chancelier", "representative",
     "commissioner", "envoy", "spokesperson", "spokesman"}
)  # fmt: skip


def strip_honorifics(name: str) -> tuple[str, str | None]:
    """ "H.H. Sheikh Abdullah bin Zayed" -> ("Abdullah bin Zayed", "sheikh"): the forms of
    address before a name dropped (one word is always left), with the last one dropped."""
    words = name.split()
    last = None
    while len(words) > 1 and (word := key(words[0]).rstrip(".")) in _HONORIFICS:
        last = word
        words.pop(0)
    return " ".join(words), last


def drop_offices(name: str) -> str:
    """ "Foreign Minister Brende" -> "Brende": the office's words before a name dropped."""
    words = name.split()
    while len(words) > 1 and (
        (k := key(words[0]).rstrip(".")) in _NOT_PERSON_WORDS
        or k in _NOT_NAMES
        or k in _TITLE_WORDS
        or k in _HONORIFICS
    ):
        words.pop(0)
    return " ".join(words)


def is_person_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised run can be a person's name: not a title, state, body or place."""
    words = [key(w) for w in name.split()]
    initials = [re.fullmatch(r"[A-Z]\.", w) is not None for w in name.split()]
    if not words or any(w in _NOT_PERSON_WORDS for w in words):
        return False
    # "S Jaishankar": one initial, without its stop, before a surname (India's way of writing
    # a given name); several lone letters are a broken honorific ("S. E. M.", "H E").
    leading = len(words) > 1 and re.fullmatch(r"[A-Z]", name.split()[0]) is not None
    if any(
        len(w) == 1 and not (0 < i < len(words) - 1 and initials[i]) and not (i == 0 and leading)
        for i, w in enumerate(words)
    ) or (leading and len(words[1]) < 3):
        return False  # a lone letter is a broken honorific ("S. E. M."), not a middle initial
    if words[0] in _NOT_NAMES:
        return False
    return gazetteer.find_name(name) is None and gazetteer.city(name) is None


# A speaker described by his work rather than his office is a source, not a participant.
_OUTSIDERS = re.compile(
    r"\b(?:chercheur|chercheuse|analyste|expert|experte|professeur|universitaire|journaliste|"
    r"researcher|analyst|expert|professor|scholar|journalist|observateur|observer|editorialiste)\b",
    re.IGNORECASE,
)


@dataclass
class Person:
    """A person the document speaks of; ``name`` None for one known only by description."""

    name: str
    iso2: str | None = None
    post: str | None = None
    role: str = "participant"
    note: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    # not a participant: a source described by their work ("un analyste"), or someone the text
    # only speaks of (roles.mark_in_passing)
    outsider: bool = False
    known: KnownPerson | None = None
    # named in a role phrase or attendance list ("attended by X"): at the meeting
    listed: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class SpeakerPhrase:
    as_written: str
    name: str | None  # a full or partial name ("Lavrov")
    iso2: str | None
    post: str | None
    pronoun: bool
    outsider: bool


_ROLE_RANK = {"co_chair": 5, "chair": 4, "host": 3, "head_of_delegation": 2, "participant": 1}


class People:
    """The people found in one document, merged by name; resolves partial names and titles."""

    def __init__(self, gazetteer: Gazetteer, known: list[KnownPerson]) -> None:
        self.gazetteer = gazetteer
        self.known = known
        self.index = _known_index(tuple(known))
        self.people: list[Person] = []

    def add(
        self,
        name: str,
        span: tuple[int, int],
        *,
        iso2: str | None = None,
        post: str | None = None,
        role: str = "participant",
        note: str | None = None,
        outsider: bool = False,
    ) -> Person | None:
        """The person called ``name``, added or completed; None for a title, state or body."""
        name = _POSSESSIVE.sub("", name)  # "Sergey Lavrov’s statement": Sergey Lavrov
        owner = _OWNER.match(name)
        if owner and (entity := self.gazetteer.find_name(owner.group(1))) is not None:
            # the possessive right before the name is nearer than any state found around it
            iso2 = entity.iso2 or iso2
            span = (span[0] + owner.end(), span[1])
            name = name[owner.end() :]
        words = name.split()
        while len(words) > 1 and words[0].rstrip(".") in OFFICE_INITIALS:
            words.pop(0)
        if len(words) < len(name.split()):
            name = " ".join(words)
            span = (span[1] - len(name), span[1])
        bare, honorific = strip_honorifics(name)
        if bare != name:
            span = (span[1] - len(bare), span[1])
            name = bare
        if honorific in _GIVEN_NAME_HONORIFICS and len(name.split()) == 1:
            given = self.by_given_name(name)
            if given is not None:
                name = given.name
        # "Jean–Marie", "Jean‑Marie", "Jean- Marie": the name's own hyphen
        name = _NAME_DASH.sub("-", name)
        words = name.split()
        # "Weimar Triangle Foreign Ministers Frank-Walter Steinmeier": a run that takes in the
        # office before a name is cut after its last office word (two words at least left)
        office = [i for i, w in enumerate(words) if key(w) in _OFFICE_IN_RUN]
        if office and office[-1] <= len(words) - 3:
            words = words[office[-1] + 1 :]
            name = " ".join(words)
            span = (span[1] - len(name), span[1])
        while len(words) > 2 and key(words[-1]) in _TRAILING_TITLE_WORDS:
            words.pop()
            span = (span[0], span[0] + len(" ".join(words)))
        name = " ".join(words)
        person = self.find(name)
        if person is None and not is_person_name(name, self.gazetteer):
            return None
        if person is None:
            known = self._known(name)
            full = known.name if known is not None else name
            person = Person(name=full, known=known)
            self.people.append(person)
        if known_iso := (person.known.iso2 if person.known else None):
            person.iso2 = person.iso2 or known_iso
        # The first country stated for a person is the one near their name: keep it.
        person.iso2 = person.iso2 or iso2
        person.post = post or person.post
        if _ROLE_RANK[role] > _ROLE_RANK[person.role]:
            person.role = role
        person.note = note or person.note
        person.outsider = person.outsider or outsider
        person.spans.append(span)
        return person

    def _known(self, name: str) -> KnownPerson | None:
        k = key(name)
        if k in self.index.by_name:
            return self.index.by_name[k]
        # "Ahmed Bola Tinubu" is "Bola Ahmed Tinubu": one person's names in another order
        if len(name.split()) > 2 and (words := _word_set(name)) in self.index.by_words:
            return self.index.by_words[words]
        if len(name.split()) == 1:
            matches = self.index.by_surname.get(k, [])
            if len(matches) == 1:
                return matches[0]
        return None

    def find(self, name: str) -> Person | None:
        """The person called ``name``, or known by that surname alone ("M. Lavrov")."""
        k = key(name)
        words = _word_set(name)
        for person in self.people:
            names = {key(person.name)}
            if person.known is not None:
                names.update(key(a) for a in person.known.aliases)
            if k in names or (len(words) > 2 and words in {_word_set(n) for n in names}):
                return person
        if 1 < len(name.split()) <= 3 and _PARTICLE_AT.match(k):
            # "Le Drian", "Al Nahyan", "bin Farhan": the end of one person's longer name
            tails = [p for p in self.people if _ends_with(p, k)]
            if len(tails) == 1:
                return tails[0]
        if len(name.split()) == 1:
            matches = [p for p in self.people if key(p.surname) == k]
            if len(matches) == 1:
                return matches[0]
            if not matches:
                # "Sheikh Abdullah", later "Abdullah": an Arabic name with a nasab is
                # shortened to the given name
                given = [
                    p for p in self.people
                    if key(p.name.split()[0]) == k and _NASAB & set(key(p.name).split())
                ]  # fmt: skip
                if len(given) == 1:
                    return given[0]
        return None

    def merge_partial_names(self) -> None:
        """A one-word person found before the full name that completes it ("welcomed by
        Sheikh Abdullah" before "Abdullah bin Zayed Al Nahyan", "M. Diop" before "Abdoulaye
        Diop") is that person: their mentions and role go to the full name."""
        for partial in [p for p in self.people if p.known is None and _partial(p.name)]:
            others = [p for p in self.people if p is not partial]
            k = key(partial.name)
            full = [p for p in others if _ends_with(p, k)]
            if not full:
                full = [
                    p for p in others
                    if key(p.name.split()[0]) == k and _NASAB & set(key(p.name).split())
                ]  # fmt: skip
            if len(full) != 1:
                continue
            person = full[0]
            person.spans = sorted([*person.spans, *partial.spans])
            if _ROLE_RANK[partial.role] > _ROLE_RANK[person.role]:
                person.role = partial.role
            person.iso2 = person.iso2 or partial.iso2
            person.post = person.post or partial.post
            self.people.remove(partial)

    def by_given_name(self, word: str) -> Person | None:
        """The one person whose given name is ``word`` ("Prince Faisal": Faisal bin Farhan)."""
        k = key(word)
        matches = [p for p in self.people if len(p.name.split()) > 1
                   and key(p.name.split()[0]) == k]  # fmt: skip
        return matches[0] if len(matches) == 1 else None

    def by_description(self, iso2: str | None, post: str | None) -> Person | None:
        """ "le ministre malien": the one person of that country (and post) in the document."""
        if iso2 is None:
            return None
        same = [p for p in self.people if p.iso2 == iso2 and not p.outsider]
        if post and len(same) > 1:
            fitting = [p for p in same if p.post == post or _known_post(p) == post]
            same = fitting or same
        return same[0] if len(same) == 1 else None

    def known_in_text(self, flat: str) -> list[tuple[KnownPerson, int, int]]:
        """Known people named in full anywhere in the text."""
        if self.index.pattern is None:
            return []
        return [
            (self.index.by_flat[m.group(0)], m.start(), m.end())
            for m in self.index.pattern.finditer(flat)
        ]


# A surname of several words opens on a particle ("Le Drian", "Al Nahyan", "bin Saud"); two
# capitalised names ("Awa Sissoko") are a given name and a surname, not the end of another name.
_PARTICLE_AT = re.compile(rf"{_PARTICLE}\s", re.IGNORECASE)


def _partial(name: str) -> bool:
    """Whether ``name`` can be the end of a longer name: a surname, "Le Drian", "bin Saud"."""
    words = name.split()
    return len(words) == 1 or (len(words) <= 3 and _PARTICLE_AT.match(key(name)) is not None)


def _ends_with(person: Person, k: str) -> bool:
    """Whether ``k`` (a key) is the last word or words of a longer name of ``person``."""
    names = [person.name, *(person.known.aliases if person.known else ())]
    return any(key(n).endswith(" " + k) for n in names)


def _word_set(name: str) -> frozenset[str]:
    return frozenset(key(name).split())


@dataclass(frozen=True)
class _KnownIndex:
    by_name: dict[str, KnownPerson]
    by_words: dict[frozenset[str], KnownPerson]
    by_surname: dict[str, list[KnownPerson]]
    by_flat: dict[str, KnownPerson]
    pattern: re.Pattern[str] | None


@lru_cache(maxsize=8)
def _known_index(known: tuple[KnownPerson, ...]) -> _KnownIndex:
    """Lookups of the known people, built once per batch (the list is the same for each file)."""
    by_name: dict[str, KnownPerson] = {}
    by_words: dict[frozenset[str], KnownPerson] = {}
    by_surname: dict[str, list[KnownPerson]] = {}
    by_flat: dict[str, KnownPerson] = {}
    for person in known:
        for name in (person.name, *person.aliases):
            by_name.setdefault(key(name), person)
            by_words.setdefault(_word_set(name), person)
            by_flat.setdefault(flatten(name), person)
        by_surname.setdefault(key(person.surname), []).append(person)
    names = sorted(by_flat, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        if names
        else None
    )
    return _KnownIndex(by_name, by_words, by_surname, by_flat, pattern)


def _known_post(person: Person) -> str | None:
    if person.known is None:
        return None
    title = key(person.known.title_fr or person.known.title_en or "")
    match = _POST.search(title)
    return POSTS.get(match.group(1).lower()) if match else None


_COUNTRY_SUFFIX = re.compile(
    r"\s+(?:du|de la|de l'|des|d'|of|from|for|pour)\s+(?:the\s+|le\s+|la\s+|l')?[A-Z].*$"
)


def strip_descriptors(name: str, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """ "Kenyan President Daniel Mwangi" -> ("Daniel Mwangi", "KE"): demonyms and posts dropped."""
    words = name.split()
    iso2 = None
    # "Foreign Minister of the Republic of Kazakhstan Yerlan Idrisov": the state runs into the
    # name it precedes.
    for size in (3, 2, 1):
        entity = gazetteer.find_name(" ".join(words[:size]))
        if entity is not None and len(words) - size >= 2:
            iso2, words = entity.iso2, words[size:]
            break
    while len(words) > 2:
        word = words[0]
        entity = gazetteer.demonym(word)
        if entity is not None:
            iso2 = iso2 or entity.iso2
        elif (
            not re.fullmatch(rf"(?i:{TITLES})", word)
            and word.lower() not in _TITLE_WORDS
            and key(word) not in _NOT_NAMES
            and key(word) != "of"
        ):
            break  # "Minister of Foreign Affairs Pavel Orlov": the office's words go too
        words.pop(0)
    return " ".join(words), iso2


_TITLE_WORDS = {
    "prime", "foreign", "vice", "deputy", "defence", "defense", "interior", "premier",
    # "Son Excellence Monsieur X", "Son Excellence Docteur X", "His Excellency Dr X": forms of
    # address before the name.
    "son", "sa", "his", "her", "excellence", "excellency", "monsieur", "madame", "docteur",
    "doctor", "sir",
    # offices written before a name ("High Representative Federica Mogherini", "SCO
    # Secretary-General X", "EU Foreign Policy Chief X")
    "high", "haut", "haute", "representative", "representant", "representante", "secretary",
    "secretary-general", "general", "generale", "chief", "commissioner", "policy",
}  # fmt: skip


def parse_speaker(phrase: str, gazetteer: Gazetteer) -> SpeakerPhrase | None:
    """A speaker phrase ("le ministre malien", "M. Lavrov", "X du Niger") taken apart."""
    original = phrase.strip(" ,;:")
    if not original:
        return None
    text = flatten(original)
    lowered = text.lower()
    if lowered in ("il", "elle", "he", "she", "ils", "elles", "they"):
        return SpeakerPhrase(original, None, None, None, True, False)
    outsider = bool(_OUTSIDERS.search(text))
    iso2 = None
    for mention in gazetteer.mentions(text):
        if mention.entity.iso2:
            iso2 = mention.entity.iso2
            break
    post_match = _POST.search(text)
    post = POSTS.get(post_match.group(1).lower()) if post_match else None
    # "X, ministre … du Mali", "Senegal's foreign minister, Fatou Diallo", "X (Niger)":
    # the part that is a name is the speaker; the others say who they are.
    offset = 0
    for part in re.split(r"(,|\s\(|\)|\s-\s)", text):
        start = offset
        offset += len(part)
        if part in (",", " (", ")", " - ") or not part.strip():
            continue
        lead = len(part) - len(part.lstrip())
        bare = _COUNTRY_SUFFIX.sub("", part.strip()).strip()
        bare, stripped_iso2 = strip_descriptors(bare, gazetteer)
        iso2 = iso2 or stripped_iso2
        shift = start + lead + (len(part.strip()) - len(part.strip().lstrip()))
        begin = text.find(bare, shift) if bare else -1
        name_text = original[begin : begin + len(bare)] if begin >= 0 else bare
        titled = _TITLED.match(bare)
        if titled:
            name = (
                original[begin + titled.start(1) : begin + titled.end(1)]
                if begin >= 0
                else titled.group(1)
            )
            return SpeakerPhrase(original, name, iso2, post, False, outsider)
        words = bare.split()
        is_name = bool(words) and words[0].lower() not in _NOT_NAMES and _BARE_NAME.match(bare)
        if is_name and gazetteer.find_name(bare) is None and gazetteer.city(bare) is None:
            return SpeakerPhrase(original, name_text, iso2, post, False, outsider)
        # "le ministre nigérien Issa Maïga": a description, then the name.
        trailing = _TRAILING_NAME.search(bare)
        if trailing and begin >= 0 and not bare[: trailing.start(1)].strip()[:1].isupper():
            name = trailing.group(1)
            if gazetteer.find_name(name) is None and gazetteer.city(name) is None:
                at = begin + trailing.start(1)
                return SpeakerPhrase(
                    original, original[at : at + len(name)], iso2, post, False, outsider
                )
    # Mali's foreign minister / Nigeria's minister
    possessive = re.match(r"^(.+?)'s\s", text)
    if possessive and iso2 is None:
        entity = gazetteer.find_name(possessive.group(1))
        iso2 = entity.iso2 if entity else None
    if post is not None and iso2 is not None:
        return SpeakerPhrase(original, None, iso2, post, False, outsider)
    return None
