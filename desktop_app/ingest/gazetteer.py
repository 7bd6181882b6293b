"""The actor gazetteer (resources/gazetteer.json): states, organisations, cities, people."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop_app.ingest.normalize import fold, key, strip_accents
from desktop_app.resources import resource_path

GAZETTEER = "gazetteer.json"
# Towns of 15,000 people or more (GeoNames, built by packaging/make_world_cities.py): read
# only where a text says a meeting is held in a place, since many are also common words.
WORLD_CITIES = "world-cities.json"


def flatten(text: str) -> str:
    """Folded, accents removed, case kept; exactly as long as ``text`` (offsets carry over)."""
    return strip_accents(fold(text))


@dataclass(frozen=True)
class Entity:
    """A state or an organisation the gazetteer knows."""

    key: str  # the ISO code of a state, the first acronym (or name) of an organisation
    kind: str  # "state" | "organisation"
    name: str
    iso2: str | None
    names_fr: tuple[str, ...]
    names_en: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    members: tuple[str, ...] = ()

    @property
    def english(self) -> str:
        return self.names_en[0] if self.names_en else self.name

    @property
    def short(self) -> str:
        return self.acronyms[0] if self.acronyms else self.name

    def aliases(self) -> list[tuple[str, str | None]]:
        seen = {key(self.name)}
        out: list[tuple[str, str | None]] = []
        for names, lang in ((self.acronyms, None), (self.names_fr, "fr"), (self.names_en, "en")):
            for n in names:
                if key(n) not in seen:
                    seen.add(key(n))
                    out.append((n, lang))
        return out


@dataclass(frozen=True)
class City:
    name_fr: str
    name_en: str
    iso2: str
    # The city whose area this place lies in ("Sirius" at Sochi): one meeting place to
    # the meeting identity, whichever name a report gives.
    area: str | None = None

    @property
    def identity(self) -> str:
        """The key that is the same for every name of this place and of its area."""
        return key(self.area or self.name_en)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...]
    iso2: str | None
    title_fr: str | None = None
    title_en: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Entity
    demonym: bool  # "malien", "Russian": an adjective, not the actor named


@dataclass
class Gazetteer:
    entities: dict[str, Entity]
    cities: dict[str, City]
    people: list[KnownPerson]
    demonyms: dict[str, str] = field(default_factory=dict)  # flat lower form -> entity key
    english_demonyms: frozenset[str] = frozenset()
    # A state's capital: the first city of its own entry (the shipped file lists it first).
    capitals: dict[str, City] = field(default_factory=dict)
    _names: re.Pattern[str] | None = None
    _demonyms: re.Pattern[str] | None = None
    _cities: re.Pattern[str] | None = None
    _by_name: dict[str, str] = field(default_factory=dict)
    # mentions() by (text, start, end): several rules ask one text about the same span.
    _mentions_read: dict[tuple[str, int, int], list[Mention]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _mentions_lock: threading.Lock = field(
        default_factory=threading.Lock, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        names: dict[str, str] = {}
        for entity in self.entities.values():
            for n in (entity.name, *entity.names_fr, *entity.names_en, *entity.acronyms):
                names.setdefault(flatten(n), entity.key)
                self._by_name.setdefault(key(n), entity.key)
            # "Confédération des États du Sahel (AES)" is also written without its acronym.
            bare = re.sub(r"\s*\([^)]*\)\s*$", "", entity.name)
            names.setdefault(flatten(bare), entity.key)
        self._name_keys = names
        self._names = _alternation(names, case_sensitive=True)
        self._demonyms = _alternation(self.demonyms, case_sensitive=False)
        self._cities = _alternation(
            {flatten(n): k for k, c in self.cities.items() for n in (c.name_fr, c.name_en)},
            case_sensitive=True,
        )

    # --- lookups ----------------------------------------------------------------------

    def entity(self, entity_key: str) -> Entity | None:
        return self.entities.get(entity_key)

    def find_name(self, text: str) -> Entity | None:
        """The state or organisation called exactly ``text`` (any language, acronym)."""
        k = self._by_name.get(key(text)) or self._by_name.get(
            key(re.sub(r"\s*\([^)]*\)\s*$", "", text))
        )
        return self.entities.get(k) if k else None

    def state(self, iso2: str | None) -> Entity | None:
        return self.entities.get(iso2 or "")

    def city(self, name: str) -> City | None:
        return self.cities.get(key(name))

    def place(self, name: str) -> City | None:
        """The city called ``name``: the gazetteer's, else a town of the world list (for a
        name a text puts as a meeting's place: "held in Münster", "LODZ, 2 December")."""
        return self.city(name) or world_city(name)

    def demonym(self, word: str) -> Entity | None:
        k = self.demonyms.get(flatten(word).lower())
        return self.entities.get(k) if k else None

    def capital_of(self, demonym: str) -> City | None:
        """The capital of the state an adjective names: "mauritanienne", "Nigerien"."""
        entity = self.demonym(demonym)
        return self.capitals.get(entity.iso2 or "") if entity is not None else None

    def mentions(self, flat: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """States and organisations named in ``flat[start:end]``, and demonyms, in order."""
        span = (flat, start, len(flat) if end is None else end)
        found = self._mentions_read.get(span)
        if found is None:
            found = self._read_mentions(*span)
            with self._mentions_lock:  # imports may run on several threads
                while len(self._mentions_read) >= _MENTIONS_KEPT:  # the oldest span goes
                    del self._mentions_read[next(iter(self._mentions_read))]
                self._mentions_read[span] = found
        return list(found)

    def _read_mentions(self, flat: str, start: int, end: int) -> list[Mention]:
        found: list[Mention] = []
        assert self._names is not None and self._demonyms is not None
        for match in self._longest_names(flat, start, end):
            found.append(Mention(match.start(), match.end(), self._entity_of(match), False))
        taken = [(m.start, m.end) for m in found]
        for match in self._demonyms.finditer(flat, start, end):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            word = match.group(0)
            ent = self.entities[self.demonyms[word.lower()]]
            # "la République Tunisienne", "République togolaise": the state's own name.
            republic = _REPUBLIC_BEFORE.search(flat, max(start, match.start() - 12), match.start())
            if republic is not None and ent.kind == "state":
                found.append(Mention(republic.start(), match.end(), ent, False))
                continue
            # An English demonym is capitalised; a capitalised French one is a name ("Suisse").
            if word[0].isupper() and flatten(word).lower() not in self.english_demonyms:
                continue
            found.append(Mention(match.start(), match.end(), ent, True))
        return sorted(found, key=lambda m: m.start)

    def _longest_names(self, flat: str, start: int, end: int) -> list[re.Match[str]]:
        """Names left to right, a longer one that starts inside a match taken instead:
        "Republic of Guinea Bissau" is Guinea-Bissau, not the Republic of Guinea."""
        assert self._names is not None
        out: list[re.Match[str]] = []
        pos = start
        while (match := self._names.search(flat, pos, end)) is not None:
            for word in re.finditer(r"(?<=\s)\S", flat[match.start() : match.end()]):
                longer = self._names.match(flat, match.start() + word.start(), end)
                if longer is not None and longer.end() > match.end():
                    match = longer
                    break
            out.append(match)
            pos = match.end()
        return out

    def city_mentions(
        self, flat: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, City]]:
        assert self._cities is not None
        end = len(flat) if end is None else end
        out = []
        for match in self._cities.finditer(flat, start, end):
            city = self.city(match.group(0))
            if city is not None:
                out.append((match.start(), match.end(), city))
        return out

    def _entity_of(self, match: re.Match[str]) -> Entity:
        found = match.group(0)
        if found not in self._name_keys:  # "Guinea Bissau" for "Guinea-Bissau"
            found = next(
                n for n in self._name_keys if n.replace("-", " ") == found.replace("-", " ")
            )
        return self.entities[self._name_keys[found]]

    def people_matching(self, name: str) -> list[KnownPerson]:
        k = key(name)
        return [p for p in self.people if k in {key(p.name), *(key(a) for a in p.aliases)}]


_MENTIONS_KEPT = 64  # spans of mentions() kept (a document asks about 5 to 20)

_REPUBLIC_BEFORE = re.compile(r"\b[Rr]epublique\s+$")

# "Muenster" for "Münster", "Duesseldorf" for "Düsseldorf": the German way of writing an
# umlaut without it.
_UMLAUT_SPELLED = re.compile(r"(?<=[a-z])([aou])e")


def world_city(name: str) -> City | None:
    """The most populous town of the world list called ``name`` (any accents), if any."""
    towns = _world_cities()
    k = key(name)
    # "La Celle Saint-Cloud" for "La Celle-Saint-Cloud": a compound town name written with
    # a space where the list has a hyphen.
    row = towns.get(k) or towns.get(_UMLAUT_SPELLED.sub(r"\1", k))
    spaces = [i for i, c in enumerate(k) if c == " "][:3]
    for i in spaces if row is None else ():
        row = towns.get(k[:i] + "-" + k[i + 1 :]) or towns.get(k.replace(" ", "-"))
        if row is not None:
            break
    if row is None:
        return None
    town, iso2 = row.rsplit("|", 1)
    return City(town, town, iso2)


@lru_cache(maxsize=1)
def _world_cities() -> dict[str, str]:
    # Read once per process, on the first name looked up in it (about 30,000 towns); the
    # names are single-spaced already, so the key needs no more than folding and case.
    data = json.loads(resource_path(WORLD_CITIES).read_text(encoding="utf-8"))
    towns: dict[str, str] = {}
    for row in data["cities"]:
        town = strip_accents(fold(row[: row.rindex("|")])).lower()
        towns.setdefault(town.strip(" \t\n.,;:!?\"'()-"), row)
    return towns


def _alternation(names: dict[str, str], *, case_sensitive: bool) -> re.Pattern[str]:
    ordered = sorted((n for n in names if n), key=len, reverse=True)
    # A hyphen in a name may be written as a space ("Guinea Bissau", "Guinée Bissau").
    body = "|".join(re.escape(n).replace(r"\-", "[- ]") for n in ordered) or "(?!x)x"
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


def _french_forms(word: str) -> list[str]:
    forms = [word]
    if not word.endswith(("s", "x")):
        forms.append(word + "s")
    return forms


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The shipped gazetteer (cached: it is read once per process)."""
    data = json.loads(Path(path or resource_path(GAZETTEER)).read_text(encoding="utf-8"))
    entities: dict[str, Entity] = {}
    demonyms: dict[str, str] = {}
    english: set[str] = set()
    cities: dict[str, City] = {}
    capitals: dict[str, City] = {}
    for raw in data["states"]:
        entity = Entity(
            key=raw["iso2"],
            kind="state",
            name=raw["name"],
            iso2=raw["iso2"],
            names_fr=tuple(raw["fr"]),
            names_en=tuple(raw["en"]),
        )
        entities[entity.key] = entity
        for fr, en in raw.get("cities", []):
            city = City(fr, en, raw["iso2"])
            cities[key(fr)] = city
            cities[key(en)] = city
            capitals.setdefault(entity.key, city)
        _add_demonyms(demonyms, english, raw, entity.key)
    for raw in data["organisations"]:
        acronyms = tuple(raw.get("acronyms", []))
        # An organisation's key is its first acronym that is no state's code: the African
        # Union's French "UA" would otherwise hide Ukraine.
        free = [a for a in acronyms if a not in entities]
        entity = Entity(
            key=free[0] if free else raw["name"],
            kind="organisation",
            name=raw["name"],
            iso2=None,
            names_fr=tuple(raw["fr"]),
            names_en=tuple(raw["en"]),
            acronyms=acronyms,
            members=tuple(raw.get("members", [])),
        )
        entities[entity.key] = entity
        _add_demonyms(demonyms, english, raw, entity.key)
    # More cities by state's code (capitals, usual venues), the states' own entries first:
    # a place may lie in a state the gazetteer does not list as an actor.
    for iso2, pairs in data.get("cities", {}).items():
        for fr, en, *area in pairs:
            city = City(fr, en, iso2, area[0] if area else None)
            cities.setdefault(key(fr), city)
            cities.setdefault(key(en), city)
    people = [
        KnownPerson(
            name=p["name"],
            aliases=tuple(p.get("aliases", [])),
            iso2=p.get("iso2"),
            title_fr=p.get("title_fr"),
            title_en=p.get("title_en"),
        )
        for p in data.get("people", [])
    ]
    return Gazetteer(
        entities=entities,
        cities=cities,
        people=people,
        demonyms=demonyms,
        english_demonyms=frozenset(english),
        capitals=capitals,
    )


def _add_demonyms(
    demonyms: dict[str, str], english: set[str], raw: dict[str, list[str]], entity_key: str
) -> None:
    for word in raw.get("demonyms_fr", []):
        for form in _french_forms(word):
            demonyms.setdefault(flatten(form).lower(), entity_key)
    for word in raw.get("demonyms_en", []):
        form = flatten(word).lower()
        demonyms.setdefault(form, entity_key)
        english.add(form)
