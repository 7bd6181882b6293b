"""Names of states, organisations and offices in the note's language (Babel; our gazetteer)."""

from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.briefing import labels
from desktop_app.ingest.gazetteer import Entity, Gazetteer, load_gazetteer
from desktop_app.ingest.normalize import key
from domain.views import ActorRef

# "…de la Fédération de Russie", "…du Mali", "…des Comores", "…de l'Union africaine".
_OF_FR = re.compile(r"^(?:de la|de l'|de l’|du|des|de)\s*(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return load_gazetteer()


def actor(language: str, ref: ActorRef) -> str:
    """A party as the note's language names it: a state by Babel's territory name (Russie →
    Russia), an organisation the gazetteer knows by its name in that language, anyone else
    (a person, an unknown body) as stored."""
    if ref.kind == "state" and ref.iso2:
        return labels.country(language, ref.iso2) or ref.name
    if ref.kind == "organisation":
        entity = _gazetteer().find_name(ref.name)
        if entity is not None and entity.kind == "organisation":
            return _organisation(language, entity, ref.name)
    return ref.name


def place(language: str, city: str | None, iso2: str | None) -> str:
    """ "Moscow, Russia" / "Moscou, Russie": a city the gazetteer knows in the note's
    language, and its country's name."""
    known = _gazetteer().city(city) if city else None
    if known is not None and (known.iso2 == iso2 or not iso2):
        city = known.name_en if language == "en" else known.name_fr
    return ", ".join(x for x in (city, labels.country(language, iso2)) if x)


def actors(language: str, refs: tuple[ActorRef, ...] | list[ActorRef]) -> str:
    return ", ".join(actor(language, r) for r in refs)


def _organisation(language: str, entity: Entity, stored: str) -> str:
    names = entity.names_en if language == "en" else entity.names_fr
    if not names:
        return stored
    if key(stored) in {key(n) for n in names}:
        return stored  # already in this language, as the user keeps it
    if language == "fr" and key(stored) == key(entity.name):
        return stored  # the gazetteer's own (French) name
    # The gazetteer lists an organisation's French acronym first and its English one last
    # (CEDEAO, ECOWAS); an acronym shown in the stored name is shown in the note's.
    shown = [a for a in entity.acronyms if f"({a})" in stored]
    acronym = (entity.acronyms[-1] if language == "en" else entity.acronyms[0]) if shown else ""
    return f"{names[0]} ({acronym})" if acronym else names[0]


@lru_cache(maxsize=1)
def _offices() -> tuple[tuple[str, str, str], ...]:
    """(folded French, French, English) of each office the gazetteer names, longest first."""
    pairs = {
        (key(p.title_fr), p.title_fr, p.title_en)
        for p in _gazetteer().people
        if p.title_fr and p.title_en
    }
    return tuple(sorted(pairs, key=lambda t: len(t[0]), reverse=True))


def office(language: str, title: str | None) -> str | None:
    """A speaker's office in the note's language where our vocabulary knows it: "Ministre
    des Affaires étrangères de la Fédération de Russie" → "Minister of Foreign Affairs of
    Russia". A title it does not know, whole, is kept as written (never half translated)."""
    if not title or language != "en":
        return title
    folded = key(title)
    for french, _fr, english in _offices():
        if folded == french:
            return english
        if folded.startswith(french + " "):
            rest = title.strip()[len(_fr) :].strip()
            of = _OF_FR.match(rest)
            entity = _gazetteer().find_name(of.group(1)) if of else None
            if entity is None:
                return title
            if entity.kind == "state" and entity.iso2:
                return f"{english} of {labels.country('en', entity.iso2) or entity.english}"
            return f"{english} of the {entity.english}"
    return title
