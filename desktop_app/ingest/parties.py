"""Which states and organisations are the meeting's parties, and which are only talked about."""

from __future__ import annotations

import re

from desktop_app.ingest import meeting as meeting_rules
from desktop_app.ingest.gazetteer import Entity, Gazetteer
from desktop_app.ingest.people import People
from desktop_app.ingest.records import FoundParty
from desktop_app.ingest.structure import sentences

# One capitalised name of a list ("the Democratic Republic of Congo").
_ITEM = r"(?:the\s+|la\s+|le\s+|l')?(?-i:[A-Z][\w'-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'-]*){0,3})"
# A state named as what is discussed ("the war in Ukraine", "un cessez-le-feu en Ukraine",
# "support for Ukraine", "files like Syria", "relations with the EU") is a topic, not a side.
_TOPIC_BEFORE = re.compile(
    r"(?:\b(?:war|guerre|crisis|crise|conflict|conflit|situation|issue|question|dossier|files?|"
    r"support|soutien|aid|aide|ceasefire|cease-fire|cessez-le-feu|reconstruction|sanctions?|"
    r"aggression|invasion|occupation|(?-i:relations?|relationship)|situations)\s+"
    r"(?:in|en|like|comme|on|of|de|du|des|d'|with|avec|to|a|au|aux|for|pour|against|contre|"
    r"sur)?\s*|\b(?:about|on|regarding|concerning|concernant|sur|against|contre|relating to|"
    r"related to|relatifs? a|relatives? a)\s+|"
    # a place: "Baku, capital of Azerbaijan", a mission "to the UN", "auprès de l'ONU"
    r"\b(?:capital|capitale|city|ville)\s+(?:of|de|du|d')\s*|\baupres\s+(?:de|du|des|d')\s*|"
    r"\b(?:mission|ambassador|envoy|representative|embassy)s?\s+(?:to|at|in)\s+)"
    # the next items of a list that opened on a topic ("in Haiti, Sudan, and the DRC")
    rf"(?:{_ITEM},\s+)*(?:(?:{_ITEM},?\s+)?(?:and|et)\s+)?(?:the\s+|la\s+|le\s+|l')?$",
    re.IGNORECASE,
)
_TOPIC_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:crisis|issue|question|war|conflict|file|reforms?|reformes?)\b",
    re.IGNORECASE,
)
# "the G20 Hangzhou Summit", "the Third UN Ocean Conference": an event named after a body
# (words between the two), not the body at this meeting.
_EVENT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){1,3}(?:Summit|Conference|Forum|Convention|Sommet|Conference)\b"
    # a news outlet named after a state ("Pakistan Point News", "Ghana News Agency")
    r"|\s+(?:[A-Z][\w-]*\s+){0,2}(?:News|Times|Post|Daily|Tribune|Observer|Herald|Agency|"
    r"Radio|Television|TV)\b"
)
# "on the sidelines of the G20", "en marge du sommet de l'UA": the frame of the meeting, not a
# side of it.
_SIDELINES = re.compile(
    r"\b(?:on (?:the )?(?:sidelines|margins?)|en marge)\s+(?:of|de|du|des|d')\s*"
    r"(?:the\s+|la\s+|l')?"
    r"(?:[\w'-]+\s+){0,8}$",
    re.IGNORECASE,
)
_SIDELINES_OF = re.compile(
    r"\b(?:on (?:the )?(?:sidelines|margins?)|en marge) (?:of|de|du|des|d')", re.I
)
# "attended by the foreign ministers of Brazil, India …", "en présence des ministres du Mali et
# du Niger", "with the participation of": the states named there sent someone.
_ATTENDANCE = re.compile(
    r"\b(?:attended by|in the presence of|with the participation of|en presence (?:de|du|des|d')|"
    # "Ont également participé à la discussion les ministres …": the list follows the verb
    r"avec la participation (?:de|du|des|d')|(?-i:Ont) (?:egalement |aussi )?(?:pris part|"
    r"participe))",
    re.IGNORECASE,
)
# "les ministres des Affaires étrangères italien, allemand et britannique": a demonym after
# an office names the state that sent its holder.
_OFFICE = re.compile(r"ministr|chef|delegation|representa|envoy|envoye", re.IGNORECASE)
# "Russia and the Central African Republic signed an agreement": a state that signs is a side.
_SIGNS = re.compile(
    r"[^.;:\n]{0,60}?\b(?:signed|have signed|ont signe|a signe|signent|sign)\b", re.IGNORECASE
)
# "his counterparts from the Central African Republic, Cameroon, Libya", "les ministres … de
# pays comme la Tunisie, l'Algérie": an office, then the list of the states that hold it.
_OFFICE_LIST = re.compile(
    r"\b(?:counterparts?|homologues?|ministers?|ministres?|delegations?|representatives?|"
    r"representants?|heads of state|chefs d'etat|presidents|leaders|dirigeants)\b",
    re.IGNORECASE,
)
_LIST_GLUE = re.compile(
    r"\s*(?:,|\band\b|\bet\b|ainsi que|as well as)\s*(?:(?:and|et)\s+)?"
    r"(?:the\s+|la\s+|le\s+|les\s+|l'|du\s+|de\s+la\s+|de\s+l'|des\s+|d'|of\s+the\s+|of\s+)?",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"[^.;:\n]{0,120}?\b(?:from|of|de|du|des|d'|comme|such as|like|including)\b",
    re.IGNORECASE,
)
_FIRST_OF_LIST = re.compile(
    r"[^.;:\n]{0,120}?\b(?:from|of|de|du|des|d'|comme|such as|like|including)\s*"
    r"(?:the\s+|la\s+|le\s+|les\s+|l')?$",
    re.IGNORECASE,
)
# "Au titre des invités spéciaux ayant pris part au Sommet: …", "Special guests: …": the
# guests of an attendance list take part, but their states are not parties to the meeting.
_GUESTS = re.compile(
    r"\b(?:invites? speciaux|invitees? speciales?|special guests|invited guests|"
    r"en qualite d'observateurs?|as observers?)\b",
    re.IGNORECASE,
)
# Where such a list ends: a blank line or the next numbered paragraph.
_LIST_END = re.compile(r"\n\s*\n|\n\s*\d+[.)]\s|(?<=\s)\d+[.)]\s+(?=[A-Z])")
# An attendance list: this many member states with someone named make an organisation's own
# meeting one of its members too (a summit's communiqué lists each head of state).
ATTENDANCE_LIST = 3


def is_topic(flat: str, start: int, end: int, clause_start: int) -> bool:
    """Whether the mention at ``start:end`` names what is discussed, not who discusses it."""
    before = flat[max(clause_start, start - 120) : start]
    return bool(
        _TOPIC_BEFORE.search(before)
        or _SIDELINES.search(before)
        or _TOPIC_AFTER.match(flat, end, min(len(flat), end + 20))
        or _EVENT_AFTER.match(flat, end, min(len(flat), end + 60))
    )


def _mentioned(
    masked: str, spans: list[tuple[int, int]], gaz: Gazetteer
) -> list[tuple[Entity, int, int]]:
    found = []
    for entity, start, end in meeting_rules.parties_in(masked, spans, gaz):
        clause = next((s for s, e in spans if s <= start < e), 0)
        if not is_topic(masked, start, end, clause):
            found.append((entity, start, end))
    return found


def _attending(masked: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[FoundParty]:
    """States named in an attendance phrase ("was also attended by ministers from X, Y")."""
    out = []
    for start, end in spans:
        for match in _ATTENDANCE.finditer(masked, start, end):
            stop = next(
                (e for s, e in sentences(masked, start, end) if s <= match.start() < e), end
            )
            for mention in gaz.mentions(masked, match.end(), stop):
                if is_topic(masked, mention.start, mention.end, match.end()):
                    continue
                if mention.demonym and not _OFFICE.search(masked, match.end(), mention.start):
                    continue
                out.append(FoundParty(mention.entity, mention.start, mention.end))
    return out


def _office_lists(masked: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[FoundParty]:
    """The states listed as holders of an office ("his counterparts from X, Y and Z")."""
    out: list[FoundParty] = []
    for start, end in spans:
        for office in _OFFICE_LIST.finditer(masked, start, end):
            lead_in = _LEAD_IN.match(masked, office.end(), end)
            if lead_in is None:
                continue  # no "from", "of", "comme" after the office: no list of states
            # only the stretch after the office is searched (the gazetteer's scan is costly)
            stop = min(end, lead_in.end() + 400)
            after = [
                m
                for m in gaz.mentions(masked, lead_in.end(), stop)
                if m.entity.iso2 and not m.demonym
            ]
            if not after or not _FIRST_OF_LIST.match(masked[office.end() : after[0].start]):
                continue
            if is_topic(masked, after[0].start, after[0].end, office.end()):
                continue
            listed = [after[0]]
            for mention in after[1:]:
                glue = _LIST_GLUE.match(masked, listed[-1].end, mention.start)
                if glue is None or glue.end() != mention.start:
                    break
                listed.append(mention)
            if len(listed) > 1:  # "the minister of Mali" is one person's office, not a list
                out += [FoundParty(m.entity, m.start, m.end) for m in listed]
    return out


def meeting_parties(
    masked: str,
    para_spans: list[tuple[int, int]],
    people: People,
    gaz: Gazetteer,
    host_iso2: str | None,
    host_span: tuple[int, int],
) -> list[FoundParty]:
    """The parties: the sides the lead names, the states named as attending, the states of the
    people who took part and the host state; an organisation speaks for its members unless
    the text lists them as attending."""
    mentioned = lead = _mentioned(masked, para_spans[:1], gaz)
    if len(mentioned) < 2:
        # Past the lead, a body named is a side; a state is one only when someone of it took
        # part (below): one named in a later paragraph alone is background or a topic.
        later = _mentioned(masked, para_spans, gaz)
        mentioned = [
            *lead,
            *(
                m for m in later
                if m not in lead and (m[0].iso2 is None or _SIGNS.match(masked, m[2]))
            ),
        ]  # fmt: skip
    found = [FoundParty(e, s, en) for e, s, en in mentioned]
    attending = _attending(masked, para_spans, gaz) + _office_lists(masked, para_spans, gaz)
    by_people: list[FoundParty] = []
    for person in people.people:
        state = gaz.state(person.iso2)
        if state is not None and not person.outsider:
            s, e = person.spans[0]
            by_people.append(FoundParty(state, s, e))
    found += attending + by_people
    host = gaz.state(host_iso2)
    # A meeting on the sidelines of another is held where that one is: its host is no side;
    # nor is the state of a city where a body has its seat and the meeting is held there ("dans
    # les locaux de la mission française auprès de l'ONU").
    if para_spans and _SIDELINES_OF.search(masked, *para_spans[0]):
        host = None
    if host is not None and _at_a_body(masked, gaz):
        host = None
    if host is not None and found:
        found.append(FoundParty(host, host_span[0], host_span[1]))
    guests = []
    for marker in _GUESTS.finditer(masked):
        stop = _LIST_END.search(masked, marker.end())
        guests.append((marker.start(), stop.start() if stop else len(masked)))
    found = _unique([p for p in found if not any(s <= p.start < e for s, e in guests)])
    # The organisations that are sides, not those only named as attending ("ainsi que la
    # cheffe de la diplomatie européenne"): France is no less a party for the EU's presence.
    members = {m for e, _, _ in mentioned for m in e.members}
    if not members:
        return found
    # Facing an outside state (the AES and Russia, met in Moscow), an organisation speaks for
    # its members. Among themselves (an ECOWAS summit), the members are parties only when the
    # text lists who attended; a chair or a member named in passing is the organisation's.
    # The sides: the host and the states the lead's first sentence names (not the guests an
    # attendance list names further on).
    first = next(iter(sentences(masked, *para_spans[0])), (0, 0)) if para_spans else (0, 0)
    sides = [FoundParty(e, s, en) for e, s, en in lead if first[0] <= s < first[1]]
    if host is not None:
        sides.append(FoundParty(host, *host_span))
    outside = any(p.entity.kind == "state" and p.entity.key not in members for p in sides)
    attended = {p.entity.key for p in attending}
    listed = {p.entity.key for p in [*attending, *by_people] if p.entity.key in members}
    if outside or len(listed) < ATTENDANCE_LIST:
        # States the text says attended in their own right stay ("attended by the foreign
        # ministers of China, France, Germany": France beside the EU), unless they are all the
        # members of an organisation ("his counterparts from Mali, Burkina Faso and Niger").
        whole = {m for p in found if set(p.entity.members) <= attended for m in p.entity.members}
        return [p for p in found if p.entity.key not in members - (attended - whole)]
    return found


_AT_A_BODY = re.compile(
    r"\b(?:(?:permanent\s+)?missions?|headquarters|siege|seat)\b[^.;\n]{0,40}?"
    r"\b(?:to|at|of|aupres de|aupres du|aupres des)\s+(?:the\s+|l'|la\s+)?",
    re.IGNORECASE,
)


def _at_a_body(masked: str, gaz: Gazetteer) -> bool:
    """Whether the text puts the meeting at a body's seat or at a mission to a body."""
    for match in _AT_A_BODY.finditer(masked):
        first = next(
            iter(gaz.mentions(masked, match.end(), min(len(masked), match.end() + 40))), None
        )
        if first is not None and first.start == match.end() and first.entity.kind == "organisation":
            return True
    return False


def _unique(found: list[FoundParty]) -> list[FoundParty]:
    seen: set[str] = set()
    out = []
    for party in found:
        if party.entity.key not in seen:
            seen.add(party.entity.key)
            out.append(party)
    return out
