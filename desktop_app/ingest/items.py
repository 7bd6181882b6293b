"""Commitments, positions, principles and next steps: from headed lists and from prose."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.ingest.dates import MONTHS, DateHit, due_date, find_dates
from desktop_app.ingest.normalize import key, strip_accents
from desktop_app.ingest.statements import participle_speaker, told_words
from desktop_app.ingest.structure import Line, sentences
from desktop_app.ingest.themes import theme_and_more, themes_of


@dataclass(frozen=True)
class Item:
    kind: str  # "commitment" | "position" | "principle" | "next_step"
    start: int
    end: int
    theme: str | None
    also_themes: tuple[str, ...]
    due_on: dt.date | None = None
    due_precision: str | None = None
    # The list's intro an item needs to be read ("Russia is ready to provide:" before
    # "- all-round assistance in defence"): its span, told before the item's own text.
    lead: tuple[int, int] | None = None


_PRINCIPLES = re.compile(r"\bprincipes?\b|\bprinciples?\b", re.IGNORECASE)
_NEXT = re.compile(
    r"prochaines? etapes?|next steps?|perspectives|suites?\b|way forward|follow-?up|calendrier|"
    r"timeline|feuille de route|roadmap|a venir|upcoming|going forward|echeances?",
    re.IGNORECASE,
)
# Lists that are not agreements: who attended, key figures, related links.
_NOT_COMMITMENTS = re.compile(
    r"^(?:les |la |the )?(?:participants?|delegations?|composition|liste des|list of|attendees|"
    r"chiffres|figures|key facts|sommaire|contents|en savoir plus|sur le meme sujet|related|"
    r"lire aussi|read also|contexte|background)\b|ont pris part|took part|attended|"
    r"participated|ont participe|"
    r"etaient presents|were present",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r"\bcondamn\w*|\bcondemn\w*|\bdenonc\w*|\bdenounc\w*|\bdeplor\w*|"
    r"\brejet\w*|\breject\w*|"
    # "strongly oppose any unilateral action", "expressed strong opposition to", "the firm
    # position of the GCC countries against terrorism": a stance against something.
    r"\boppos(?:e|ed|es|ing)\s+(?:any|all|every|the|toute?s?|les?|la)\b|"
    r"\bopposition\s+(?:\w+\s+)?(?:to|a|au|aux)\b|"
    r"\b(?:firm|ferme)\s+(?:position|opposition|stance)\s+(?:[\w']+\s+){0,4}?(?:against|contre)\b|"
    r"\b(?:reaffirm|reiterat|reiter|exprim|express|renouvel)\w*\s+(?:leur|son|their|its|full)\s+"
    r"(?:[\w']+\s+)?(?:soutien|appui|solidarite|support|solidarity)",
    re.IGNORECASE,
)
# Approval of something done or said ("the ministers welcomed the signing of …", "ont salué
# la qualité des relations", "se félicitent de"): a courtesy, not an undertaking nor a stance
# the parties are held to, so not an item (tests/corpus/real/README.md) unless the sentence
# also undertakes or condemns something.
_COURTESY = re.compile(
    r"\bwelcom\w*|\bsalu(?:ent|e|es|ee|ees|ons|ant|aient|ait)\b|\b(?:se |s')?felicit\w*|"
    r"\bcongratulat\w*|\bcommend(?:ed|s|ing)?\b|\bhail(?:ed|s|ing)?\b",
    re.IGNORECASE,
)
_COMMIT = re.compile(
    r"\b(?:se sont |s')(?:\w+ment\s+)?engag(?:e|ent|ee|ees|es)\s+(?:\w+ment\s+)?a\b|"
    r"\bconv(?:iennent|enu|enus|enue|enues)\s+(?:\w+ment\s+)?(?:de|d'|que|qu')|"
    r"\bs'accord(?:ent|e)\s+(?:a|sur|pour)\b|\bse sont accorde(?:e?s)?\s+(?:a|sur|pour)\b|"
    r"\b(?:ont )?decid(?:ent|e|ee|es|ees)\s+(?:de|d')|\bprevoient\s+(?:de|d')|"
    r"\bentend(?:ent)?\s+\w+er\b|"
    r"\bs'attacher(?:ont|a)\s+a\b|\bresolvent\s+(?:de|d')|"
    # "agreed on the importance of": a shared view, not an undertaking.
    r"\bagreed\s+(?:to|on(?! the (?:importance|significance))|that)\b|\bagree\s+to\b|"
    r"\b(?:committed|commit|commits)\s+(?:themselves\s+)?to\b|"
    r"\bpledged?\s+to\b|\bundert(?:ook|ake)\s+to\b|\bdecided\s+to\b|\bresolved\s+to\b|"
    r"\bvow(?:ed|s)?\s+to\b|"
    # "reached an agreement to", "se sont mis d'accord pour", "sont tombés d'accord sur",
    # "sont parvenus à un accord", "ont annoncé la création de": an agreement told as news.
    r"\breached (?:an? |the )?(?:\w+ )?(?:agreement|deal|understanding|consensus) (?:to|on)\b|"
    r"\b(?:se sont mis|sont tombes?|se sont mises|sont tombees?) d'accord (?:pour|sur)\b|"
    r"\bsont parvenue?s? a (?:un|une) (?:accord|entente|consensus)\b|"
    r"\b(?:ont|a) annonce (?:la creation|la mise en place|le lancement|l'ouverture)\b|"
    r"\bannounced (?:the )?(?:creation|establishment|launch|setting up|opening) of\b|"
    r"\b(?:said|announced|indicated)\s+(?:that\s+)?(?:they|both|the two \w+)\s+would\b|"
    # "called for the strengthening of", "ont appelé à": what the sides ask to be done.
    r"\bcalled for\b|\bcall(?:s)? for the\b|\bont appele (?:a|au|aux|a l')\b|"
    # "ont en outre appelé, à la fin des travaux, à redoubler": a clause between the call and
    # its object; "le communiqué final a appelé à": the meeting's own text calls.
    r"\bont (?:\w+ ){1,2}appele,? (?:[^,;]{0,80}, )?(?:a|au|aux)\b|"
    r"\b(?:communique|declaration)\b[^.;]{0,80}?\ba appele (?:a|au|aux)\b|"
    r"\badvocated (?:for|the)\b|\bont plaide (?:pour|en faveur)\b|"
    # "confirmed their common commitment to", "expressed a shared commitment to", "leur
    # volonté d'accompagner", "leur engagement commun en faveur de": a pledge told as a noun.
    r"\b(?:their|its|his|her|a|our|leur|leurs|notre|nos|sa|son|\w+'s|mutual|shared|common)\s+"
    r"(?:\w+\s+)?(?:willingness|readiness|determination|intention|"
    r"commitment|resolve|volonte|engagement|disponibilite|disposition)\s+(?:\w+\s+)?"
    r"(?:to|of|a|de|d'|en faveur)\b|"
    # "expressed mutual interest in continuing", "expressing commitment to": told by the verb.
    r"\b(?:expressed|expressing|shared|sharing|reaffirmed|reiterated)\s+(?:\w+\s+)?"
    r"(?:interest|commitment|willingness|readiness|intention|determination)\s+(?:in|to|of)\b|"
    # "it is our goal to make the Union stronger", "notre objectif est de".
    r"\b(?:our|their|notre|leur)\s+(?:\w+\s+)?(?:goal|aim|objective|objectif|but)\s+"
    r"(?:is\s+|est\s+|remains\s+|reste\s+)?(?:to|de|d')\b|"
    # "Moscow is ready to provide", "would be willing to", "se dit prête à".
    r"\b(?:is|are|was|were|be|remains?|stands?)\s+(?:\w+\s+)?(?:ready|willing|prepared|"
    r"determined)\s+to\b|"
    r"\b(?:est|sont|se dit|se disent|reste|restent)\s+(?:\w+\s+)?(?:pret|prete|prets|pretes|"
    r"dispose|disposee|disposes|disposees|determine|determinee|determines|determinees)\s+a\b|"
    r"\bpledged\b|\bcommitting (?:themselves )?to\b|\bpromised\b|\bont promis\b|"
    r"\bil a ete convenu\b|\bit was agreed\b|\bont acte\b|"
    # "La réunion s'est soldée par l'adoption de la Déclaration", "the talks ended with the
    # signing of": a text the meeting itself produced.
    r"\b(?:soldee?s? par|conclue?s? par|achevee?s? par|couronnee?s? par|ended with|"
    r"concluded with|culminated in|crowned (?:by|with))"
    r" (?:l'adoption|la signature|the adoption|the signing)\b|"
    # "underscored the need for a strengthened framework", "ont souligné la nécessité de"
    r"\b(?:underscored|underlined|stressed|emphasi[sz]ed|highlighted|discussed|asserted|affirmed|"
    r"souligne|insiste sur|rappele|affirme) (?:the|la|l') ?(?:need|necessity|necessite|urgence|"
    r"urgency) (?:for|to|of|de|d')",
    re.IGNORECASE,
)
# An agreement signed or a text adopted at the meeting, when a party is the subject ("the two
# ministers signed the framework agreement", "Russia and the CAR signed an agreement").
_SIGNED = re.compile(
    r"\b(?:signed|have signed|ont signe|a signe|signent|adopted|ont adopte|a adopte|approved|"
    r"endorsed|ont approuve|a approuve|ont enterine|ont valide)\b|"
    # "Le sommet a encouragé vivement les États membres à mieux partager", "urged the parties
    # to": what the meeting asks of its members (a person's exhortation is a statement).
    r"\b(?:encourag\w*|exhort\w*|urged?|invite[sd]?)\s+(?:\w+ment\s+|strongly\s+)?"
    r"(?:les|the|all|member|etats|states|parties|countries|pays|governments|gouvernements)\s+"
    r"[^.;]{0,60}?\s(?:a|to)\s+\w+",
    re.IGNORECASE,
)
# A text to be signed at the meeting, told in the passive ("Following the talks will be inked
# the plan", "un plan de concertation sera ratifié par les deux ministres").
_TO_BE_SIGNED = re.compile(
    r"\b(?:will be|shall be|sera|seront)\s+(?:\w+ment\s+)?(?:signed|inked|ratified|adopted|"
    r"concluded|signee?s?|ratifiee?s?|adoptee?s?|paraphee?s?)\b",
    re.IGNORECASE,
)
# What the texts signed or adopted at the meeting hold, told as news: "Les accords portent sur
# le commerce, l'industrie …", "Le premier de ces accords a trait à …", "The agreements cover
# …", "Le communiqué parle aussi de la création d'un comité …".
_TEXT_HOLDS = re.compile(
    r"^(?:[^,]{0,60},\s*)?(?:les|ces|le premier de ces|la premiere de ces|l'un de ces|the|these|"
    r"the first of these)\s+(?:\w+\s+)?(?:accords?|conventions?|agreements?|memorandums?|"
    r"memoranda|protocoles?|protocols?)\b[^.;]{0,40}?\b(?:portent sur|porte sur|a trait a|"
    r"ont trait a|concernent|cover|covers|relate to|relates to)\b|"
    r"^(?:[^,]{0,60},\s*)?(?:le|the|la)\s+(?:communique|declaration)\s+(?:final\s+|conjoint\s+|"
    r"joint\s+|finale\s+)?(?:parle|fait etat|annonce|prevoit|provides for|announces)\s+"
    r"(?:aussi\s+|egalement\s+|also\s+)?(?:de\s+|d')?(?:la|le|l'|the)\s*(?:creation|mise en place|"
    r"lancement|establishment|creation|setting up|launch)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\bwill\s+(?!be\s+held\b)\w+|\b\w{3,}(?:eront|iront|dront|vront)\b|"
    # "les deux pays vont créer", "the two countries are to set up": a future told otherwise.
    r"\bvont\s+(?:\w+ment\s+)?\w+(?:er|ir|re)\b|\bare to\s+(?!be held\b)\w+",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\bse tiendr(?:a|ont)\b|\bwill be held\b|\baur(?:a|ont) lieu\b|\bwill take place\b|"
    r"\bse reunir(?:a|ont)\b",
    re.IGNORECASE,
)
# The subject may follow a clause of purpose or time: "Dans le but de …, les deux Ministres
# ont signé", "In this context, the Ministers underlined".
_LEAD_CLAUSE = r"^(?:[^,]{3,90},\s*)?"
_PARTY_SUBJECT = re.compile(
    # "we" / "nous": the speaking side, in a statement or remarks written in the first person.
    rf"{_LEAD_CLAUSE}(?:ils|elles|they|both|we|nous)\b|"
    rf"{_LEAD_CLAUSE}(?:[\w'-]+\s+){{0,3}}?(?:parties|pays|etats|ministres|delegations|"
    r"gouvernements|dirigeants|chefs d'etat|sides|countries|states|ministers|leaders|governments|"
    r"delegations|sommet|summit|conference|conseil|council)\b"
    rf"|{_LEAD_CLAUSE}(?:the|les|la|le|l')\s*[A-Z]",
    re.IGNORECASE,
)
_NEXT_PROSE = re.compile(
    r"\b(?:prochaine?s?|next|seconde?|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|"
    r"huitieme|neuvieme|dixieme|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:e|eme|th|st|nd|rd))\s+(?:[\w-]+\s+){0,2}?(?:session|reunion|"
    r"sommet|meeting|summit|rencontre|edition|round|dialogue|forum|conference|consultation)s?\b|"
    r"\bse (?:reuniront|reunira|retrouveront|retrouvera)\b|\bwill meet again\b|"
    r"\bwill (?:hold|convene) (?:the|their|a) next\b",
    re.IGNORECASE,
)
# A meeting placed later in time, which needs no future tense: "the Quad Leaders' Summit in
# India later this year", "un sommet l'année prochaine".
_LATER_MEETING = re.compile(
    r"\b(?:session|reunion|sommet|meeting|summit|rencontre|conference|forum)s?\b[^.;]{0,40}?"
    r"\b(?:later (?:this|in the) year|next year|early next|l'annee prochaine|plus tard cette annee|"
    r"d'ici la fin de l'annee)\b",
    re.IGNORECASE,
)
# A meeting still to come, told without a future tense ("the Summit due to take place in
# February", "preparations for its next session are under way", "a annoncé la tenue de la
# commission mixte", "will be held annually").
_MEETING_WORD = (
    r"(?:session|reunion|sommet|meeting|summit|rencontre|forum|conference|consultations?|"
    r"commission mixte|joint commission|dialogue)s?"
)
_SCHEDULED = re.compile(
    rf"\b{_MEETING_WORD}\b[^.;,]{{0,80}}?\b(?:(?:(?:is|are) )?due to (?:take place|be held|open)|"
    r"(?:is|are) (?:going )?to be held|(?:is|are) scheduled|(?:is|are) planned|"
    r"(?:est|sont) (?:prevue?s?|programmee?s?)|(?:are|is) (?:under ?way|being prepared))\b|"
    rf"\b(?:la tenue|the holding)\b[^.;,]{{0,60}}?\b{_MEETING_WORD}\b|"
    r"\b(?:held|se tiendr\w+|organisee?s?) (?:on an annual basis|annually|every year|chaque annee|"
    r"tous les ans|regulierement)\b",
    re.IGNORECASE,
)
# "As part of the preparations for the summit due to be held in June, the ministers
# discussed …": the meeting to come is the purpose of this one, not a step it set.
_PURPOSE_LEAD = re.compile(
    r"(?:as part of|in preparation for|in view of|ahead of|en vue d|dans le cadre d|"
    r"en prevision d|en preparation d)",
    re.IGNORECASE,
)
_PRINCIPLE_PROSE = re.compile(
    r"\b(?:attachement|attachment|adherence|fidelite)\s+(?:aux?|to the|to)\s+principes?\b|"
    r"\bprinciples? of\b|\bimportance (?:of respecting|du respect)|"
    r"\b(?:respect(?:ing)? (?:for |of |de |du )?(?:the |la |l')?)(?:sovereignty|souverainete)|"
    r"\bterritorial integrity\b|\bintegrite territoriale\b|\bnon-ingerence\b|"
    r"\bnon-interference\b",
    re.IGNORECASE,
)
# A stance the sides state as their own ("stressed the importance of combating foreign
# interference", "ont souligné l'importance de la poursuite de", "son attachement à la paix"):
# a principle of the meeting when the sides are the subject (one person's is his statement).
_STANCE = re.compile(
    r"\b(?:stressed|underlined|underscored|emphasi[sz]ed|highlighted|reaffirmed|reiterated|"
    r"affirmed|recalled|souligne|soulignent|souligner|insiste sur|reaffirme|reaffirment|"
    r"reaffirmer|rappele|affirme|axe sur|mis l'accent sur|agreed on|agree on)\s+(?:\w+\s+)?"
    r"(?:the|la|l'|leur|their)\s*(?:\w+\s+)?(?:importance|significance|primacy|primaute)\s+(?:of|de|du|des|d')|"
    r"\b(?:their|its|our|leur|son|sa|notre)\s+(?:\w+\s+)?(?:attachment|attachement)\s+"
    r"(?:to|a|au|aux)\b",
    re.IGNORECASE,
)
# The sides together or the meeting's body or text as a subject: "ont souligné", "the
# session affirmed", "their joint communiqué stressed" (not one minister).
_BODY = re.compile(
    r"\b(?:ont|have)\s+(?:\w+\s+)?\w+|\b\w+(?:ent)\s+(?:leur|l'|la)\b|"
    r"^(?:[^,]{3,90},\s*)?(?:[\w'-]+\s+){0,5}?(?:session|conference|council|conseil|sommet|summit|"
    r"communique|declaration|statement|meeting|rencontre|reunion)\b",
    re.IGNORECASE,
)
# Someone's reported words ("X a déclaré que…", "X said that…") are a statement's business;
# so is one side's wish told by its minister ("X said Kenya would like to buy …").
_REPORTED = re.compile(
    r"\b(?:a|ont)\s+(?:declare|assure|affirme|estime|indique|souligne|annonce)\s+(?:que|qu')|"
    r"\b(?:said|stated|told \w+|added)\s+that\b|"
    r"\b(?:said|stated|added)\s+(?:that\s+)?(?-i:[A-Z])[\w-]+\s+(?:would like|wishe[sd]|wants|"
    r"wanted|hopes|hoped|was keen|is keen)\s+to\b",
    re.IGNORECASE,
)


# Preamble clauses of a resolution or joint statement ("Acknowledging …", "Rappelant …"): the
# considerations the decisions rest on, not decisions.
_PREAMBLE = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*|[-•]\s*)?(?:acknowledging|noting|recalling|sharing|considering|"
    r"recogni[sz]ing|bearing in mind|conscious|convinced|mindful|deeply|guided|taking note|"
    r"welcoming|reaffirming|expressing|stressing|underlining|emphasi[sz]ing|determined|"
    r"desirous|aware|rappelant|notant|considerant|reconnaissant|conscients?|convaincus?|"
    r"prenant (?:acte|note)|partageant|saluant|soulignant|reaffirmant|exprimant|guides|"
    r"desireux|determines|tenant compte|vu|ayant a l'esprit)\b",
    re.IGNORECASE,
)
# A sentence that announces the decisions below it ("The Ministers decided as follows:",
# "nous avons décidé de prendre plusieurs décisions") is not one of them.
_LEAD_IN = re.compile(
    r"(?:as follows|ce qui suit|(?:the following|les (?:\w+ )?suivantes?|plusieurs|several|"
    r"a number of)(?:\s+[\w-]+)?)\s*:?\s*$|:\s*$",
    re.IGNORECASE,
)
# Words that make a date a deadline ("by 30 June 2026", "avant le 31 décembre"), not the
# date of something already done ("the agreement of 3 May 2024").
_DEADLINE = re.compile(
    r"\b(?:by|before|no later than|not later than|until|till|ahead of|d'ici (?:le |au |a )?|"
    r"a partir (?:du |de la |de l')?|a compter (?:du |de la |de l')?|as of|as from|"
    r"with effect from|effective|"
    r"avant (?:le |la |l')?|au plus tard (?:le )?|jusqu'(?:au|a|en)|des)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# The meeting's own programme ("will arrive in Moscow", "se rendront à Moscou", "ils
# rencontreront leur homologue", "les consultations dureront deux jours"): not an agreement.
_LOGISTICS = re.compile(
    r"\b(?:arriver(?:a|ont)|se rendr(?:a|ont)|effectuer(?:a|ont)\s+(?:\w+\s+){0,4}?visite|"
    r"rencontrer(?:a|ont)\s+(?:leur|son|sa|ses)\s+homologue|durer(?:a|ont)|"
    r"will bring together|will also see|will see a series|aborder(?:a|ont)|"
    r"will (?:arrive|travel|fly|last|pay (?:a|an) (?:\w+ )?visit|meet (?:their|his|her) "
    r"counterparts?)|"
    # the programme of talks to come ("les participants discuteront de", "will discuss")
    r"discuter(?:a|ont)|examiner(?:a|ont)|evoquer(?:a|ont)|echanger(?:a|ont)|debattr(?:a|ont)|"
    r"passer(?:a|ont) en revue|deliberer(?:a|ont)|"
    r"se (?:pencher|focaliser|concentrer)(?:a|ont) (?:\w+ment )?sur|"
    r"(?:will|would|shall) (?:also )?(?:discuss|review|examine|exchange (?:views|opinions)|"
    r"consider|debate|deliberate|talk about|focus on|seek (?:\w+ )?ideas)|"
    # who will attend and when the programme ends: "X and Y will participate in the meetings",
    # "will also be present on the second day", "the programme on Friday will end at noon".
    r"(?:will|shall) (?:also )?(?:participate|take part) in|will (?:also )?attend|"
    r"will (?:also )?be (?:also )?present|participer(?:a|ont) a|prendr(?:a|ont) part|"
    r"(?:sera|seront) (?:egalement )?presente?s?|"
    r"(?:programme|program)\b[^.;]{0,40}\bwill (?:end|start|begin|close|conclude)|"
    # the announced meeting's own theme: "will be held under the theme", "sous le thème"
    r"under the (?:theme|motto)|sous le (?:theme|signe))\b",
    re.IGNORECASE,
)
# A meeting's agenda or what it is expected to yield, told before or by a journalist ("the
# talks will focus on", "the key topic of the meeting will be", "are expected to sign", "les
# discussions porteront sur", "devraient signer"): nothing is undertaken yet.
_AGENDA = re.compile(
    r"\b(?:talks|discussions|meeting|consultations|visit|negotiations|summit|session|"
    r"entretiens?|reunion|echanges|rencontre|negociations|sommet|visite)\b[^.;]{0,40}?\b"
    r"(?:will|would|should|is to|are to)\s+(?:\w+\s+)?(?:focus|centre|center|concentrate|"
    r"cover|touch on|be devoted|be dedicated)\b|"
    r"\bporter(?:a|ont|ait|aient)\s+(?:\w+ment\s+)?sur\b|"
    r"\b(?:sera|seront|serait|seraient)\s+(?:\w+ment\s+)?(?:consacree?s?|axee?s?|centree?s?)\s+"
    r"(?:a|au|aux|sur)\b|"
    r"\b(?:is|are|was|were) (?:also )?(?:expected|set|slated) to\b|"
    r"\bdevrai(?:t|ent)\s+(?:\w+\s+)?\w+|"
    # "we will come back to this in April", "nous y reviendrons": a topic put off, no pledge.
    r"\b(?:come|get|return)\s+back\s+to\s+(?:this|it|that|these|the (?:issue|topic|matter|"
    r"subject|question)s?)\b|\bwill return to (?:this|it|that)\b|\by reviendr\w+|"
    r"\breviendr\w+ sur (?:ce|cette|ces) (?:sujet|question|point|dossier)s?\b",
    re.IGNORECASE,
)
# The topics of talks to come ("the key topic of the meeting will be", "au menu"), when told in
# the future: "was a key topic, with the leaders committing to" reports a meeting held.
_TOPIC = re.compile(
    r"\b(?:key|main|central|principal|major) (?:topic|theme|issue|subject|item)s?\b|"
    r"\b(?:on|top|tops|at the top of) the agenda\b|\bordre du jour\b|\bau menu\b|"
    r"\bau programme\b|\bon the table\b",
    re.IGNORECASE,
)
_PRESS = re.compile(
    r"\b(?:conference|point|briefing) de presse\b|\b(?:press|news) (?:conference|briefing)\b|"
    r"\bphoto (?:de famille|de groupe)\b|\b(?:family|group) photo\b",
    re.IGNORECASE,
)
# A journalist's guess or an earlier time, not this meeting's undertaking: "is likely to be
# welcomed", "could well prove", "has pledged in the past", "had agreed", "eight weeks ago",
# "avaient convenu", "il y a deux ans".
_NUMBER_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|"
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs)"
)
_BACKGROUND = re.compile(
    r"\b(?:is|are|was|were|seems?|appears?) (?:\w+ly )?(?:likely|unlikely|bound) to\b|"
    r"\bcould well\b|\bmight\b|\bpourrai(?:t|ent)\s+bien\b|\brisque(?:nt)? de\b|"
    r"\bin the past\b|\bpar le passe\b|"
    r"\bhad (?:\w+ly )?(?:already )?(?:agreed|pledged|committed|decided|promised|undertaken|vowed|"
    r"resolved)\b|"
    r"\b(?:avai(?:t|ent)|s'etai(?:t|ent)) (?:\w+ment )?(?:deja )?(?:convenu|decide|engage\w*|"
    r"promis|resolu)\b|"
    rf"\b{_NUMBER_WORD}\s+(?:days?|weeks?|months?|years?)\s+ago\b|"
    rf"\bil y a\s+{_NUMBER_WORD}\s+(?:jours?|semaines?|mois|ans|annees?)\b|"
    # "We look back on 30 years of cooperation", "have agreed to hold summits since 2008".
    r"\blook(?:s|ing)? back (?:on|at)\b|"
    r"\b(?:have|has|ont|a) (?:\w+ )?(?:agreed|pledged|committed|decided|held|convenu|decide)\b"
    r"[^.;]{0,80}\b(?:since|depuis) (?:19|20)\d\d\b",
    re.IGNORECASE,
)
# An agreement told at the end of its sentence: "X should hold four meetings a year, the
# ministers agreed at their meeting in Avignon".
_AGREED_AFTER = re.compile(
    r",\s+(?:[\w'-]+\s+){0,4}?(?:ministers|sides|leaders|parties|countries|delegations|"
    r"governments|ministres|dirigeants|pays|delegations|gouvernements)\s+(?:have\s+|ont\s+)?"
    r"(?:agreed|decided|convenu|decide)\b(?!\s+(?:to|on|that|upon|sur|de|d'|que|qu'))[^,;]{0,100}$|"
    # the French order: "…, ont convenu les deux ministres"
    r",\s+(?:ont|a)\s+(?:convenu|decide)\s+(?:les|leurs)\s+(?:[\w'-]+\s+){0,3}?(?:ministres|"
    r"dirigeants|pays|parties|delegations|gouvernements)\b[^,;]{0,100}$",
    re.IGNORECASE,
)
# Sentences that are not this meeting's agreements: who attended or spoke, what happened at
# another time ("the day before", "last week", "60 days ago"), words said by someone named at
# the end ("…, Lavrov stressed": a statement's business; "…, the ministry said" still reports
# the meeting's outcome).
_NOT_AGREED = re.compile(
    r"\b(?:participated in|took part in|attended|were delivered by|ont pris part|ont participe|"
    r"etaient presents|were present)\b|"
    r"\b(?:last (?:week|month|year)|the day before|the previous day|earlier this (?:week|month|"
    r"year)|la veille|la semaine derniere|le mois dernier|l'an dernier|l'annee derniere|"
    r"\d+ (?:days|weeks|months|years) ago|il y a \d+ (?:jours|semaines|mois|ans)|"
    r"as you (?:may )?(?:recall|remember|know)|pour rappel|rappelons que|for the record)\b|"
    # "Selon lui, la Russie est prête à …": one person's words (his view of a state's plans),
    # unless they tell what the sides agreed ("Selon lui, les deux pays sont convenus de").
    r"^(?:selon|d'apres|according to) (?:lui|elle|him|her),? (?![^,]{0,40}\b(?:les deux|both|"
    r"the two|parties|sides|ministres|ministers|dirigeants|leaders)\b)|"
    # "En amont de cette rencontre, la France a organisé …": what was done before the meeting.
    r"^(?:en amont de|ahead of|prior to|in the run-up to|avant) (?:cette|la|this|the) "
    r"(?:rencontre|reunion|meeting|visite|visit|sommet|summit|session)\b|"
    r",\s+(?![^,]*\b(?:ministry|ministere|statement|communique|agency|sources?|service|office|"
    r"department|government|gouvernement)\b)[^,]{3,90}\s+"
    r"(?:said|stressed|noted|added|underlined|emphasi[sz]ed|told \w+|"
    r"a declare|a souligne|a indique|a affirme|a precise|a ajoute)$",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|no later than|d'ici|avant|au plus tard|jusqu'|end of|fin|within|"
    r"in the next|over the next|dans les|sous|dans un delai de|au cours des)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:since|depuis)\s+(?:the\s+|le\s+|l')?$", re.IGNORECASE)
# "…, and that senior officials will meet …": two next steps in one sentence.
_SECOND_THAT = re.compile(r",?\s+(?:and|et)\s+(?:that|que|qu')\s*", re.IGNORECASE)


# Where one sentence may hold two agreements: a comma, "and", "but" ("the centre will be
# opened in A, the academy will be founded in B, and …"; "agreed to X and committed to Y";
# "ont acté X mais une période de transition sera accordée").
_CLAUSE_BREAK = re.compile(
    r";\s+(?:(?:and|et)\s+)?|,\s+(?:(?:and|et|but|mais)\s+)?|\s+(?:and|et|but|mais)\s+"
)
# A decision told in the past that opens a clause of its own: "approved a budget …;
# established a committee …; and approved the resumption of …".
_DONE = re.compile(
    r"(?:approved|established|adopted|signed|created|set up|launched|endorsed|"
    r"(?:ont |a )?(?:adopte|approuve|cree|signe|mis en place|lance|etabli))\b"
)
# A clause with its own subject and verb to come ("the SCO centre will be founded", "une
# période de transition sera accordée").
_SUBJECT_START = (
    r"(?:(?:the|a|an|le|la|les|un|une|des|du|their|its|leur|leurs|sa|son|ses|this|these|"
    r"ce|cet|cette|ces|each|both|chaque)\b|l'|[A-Z])"
)
_OWN_FUTURE = re.compile(
    rf"(?-i:{_SUBJECT_START})(?:[\w'-]*\s+){{0,10}}?(?:will|shall|sera|seront)\s+\w+|"
    rf"(?-i:{_SUBJECT_START})(?:[\w'-]*\s+){{0,10}}?\w{{3,}}(?:eront|iront|dront|vront)\b",
    re.IGNORECASE,
)
# A warning, not an undertaking: "if Russia does not agree to a ceasefire, there will be
# more pressure", "si la junte ne rétablit pas l'ordre, des sanctions seront prises".
_THREAT = re.compile(
    r"\b(?:if|unless|si|s'il|s'ils)\b[^,;]{0,80}?\b(?:not|n't|no longer|pas|plus|jamais)\b",
    re.IGNORECASE,
)


# "Following an informal meeting in Riga, X promised …", "À l'issue des entretiens, les deux
# ministres sont convenus …": when the undertaking was made, before its subject.
_AFTER_MEETING = re.compile(
    r"(?:after|following|at the end of|at the close of|a l'issue d[eu]s?|apres|au terme d[eu]s?|"
    r"a la fin d[eu]s?)\s[^,;]{0,80}?\b(?:meeting|talks|session|consultations|discussions|"
    r"lunch|dinner|call|visit|summit|conference|reunion|rencontre|entretiens?|travaux|seance|"
    r"dejeuner|diner|visite|sommet|conference)s?\b[^,;]{0,60},\s*"
)
_CALL = re.compile(r"\b(?:called|call|calls|appele|appellent)\s+(for|a)\b")
_ARTICLE = r"(?:the|an?|la|le|les|l'|une?|des)\b"


def clauses(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    """``flat[start:end]`` cut where a second agreement begins: a clause with its own
    committing verb ("… and committed to …") or its own subject and future, after a first
    part that holds an agreement of its own."""
    parts: list[tuple[int, int]] = []
    begin = start
    for brk in _CLAUSE_BREAK.finditer(flat, start, end):
        left, right = key(flat[begin : brk.start()]), key(flat[brk.end() : end])
        if len(left.split()) < 4 or len(right.split()) < 4:
            continue
        # The future is read on the text with its case, where a capital starts a name.
        opens = _COMMIT.match(right) is not None or bool(_OWN_FUTURE.match(flat, brk.end(), end))
        call = _CALL.search(left)
        # "called for X, and for Y": a second object of the same call.
        opens = opens or bool(call and re.match(rf"{call.group(1)} {_ARTICLE}", right))
        done = bool(_SIGNED.search(left) or _DONE.search(left))
        opens = opens or bool(_DONE.match(right) and done)
        holds = bool(_COMMIT.search(left) or _FUTURE.search(left) or done)
        if opens and holds:
            parts.append((begin, brk.start()))
            begin = brk.end()
    parts.append((begin, end))
    return parts


# A list item that is a scrap, not an agreement of its own: codes of a page's language menu
# ("en-GB1 ru-RU1"), or three words or fewer in lower case and without a verb, the end of a
# sentence the copy cut into a list ("in three areas: defence and security; the economy").
# A web page's navigation copied as a list ("1. Skip to content", "2. Skip to main menu",
# "Aller au contenu principal"): links, not agreements.
_NAVIGATION = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:skip to|jump to|go to|back to|aller (?:au|a la|aux)|passer au|"
    r"retour (?:au|a la|a l')|revenir (?:au|a la))\b",
    re.IGNORECASE,
)
_FRAGMENT = re.compile(
    r"^\W*(?:(?:\S*\d\S*\s*){1,3}|"
    r"(?!.*\b(?:will|shall|agreed|decided|signed|\w+ront|\w+ra|convien\w*|s'engag\w*)\b)"
    r"[a-z]\S*(?:\s+\S+){0,2})\W*$"
)


_GLOSS = re.compile(r"\s*\[[^\]]{0,200}\]")
_QUOTE_MARK = re.compile('["\u00ab\u00bb\u201c\u201d\u201e]')


def tells_agreement(words: str) -> bool:
    """Whether reported words say the sides agreed or committed to something."""
    folded = key(words)
    return bool(_COMMIT.search(folded) or _AGREED_AFTER.search(folded))


def to_come(words: str) -> bool:
    """Whether ``words`` tell something still to be done ("the ministers will approve the
    draft") without saying the sides agreed to it: in an announcement, the programme."""
    folded = key(words)
    return bool(_FUTURE.search(folded) or _PLAN.search(folded)) and not tells_agreement(words)


# A month named without its year after a word of time ("in November", "au mois d'octobre",
# "at the end of February", "d'ici juin"): the next such month from the meeting on. English
# "May" counts only when capitalised, since "may" is mostly the verb; other three-letter
# abbreviations ("mar", "dec") are words too.
_MONTH_AHEAD = re.compile(
    r"\b(?:in|by|until|before|early|late|mid-?|(?:the )?(?:end|beginning|start) of|"
    r"en|au mois (?:de |d')|(?:a |d'ici )?(?:la )?(?:fin|debut|mi-?)\s*(?:de |d')?|"
    r"d'ici|avant|courant|des)\s*(?P<month>(?:"
    + "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
    + r"|mai|(?-i:May)))\b(?!\s*,?\s*(?:\d|de l'annee|of))",
    re.IGNORECASE,
)
# The rest of the meeting's own year: "within the year", "dans l'année", "au cours de
# l'année", "au dernier trimestre", "in the fourth quarter", "this fall".
_WITHIN_YEAR = re.compile(
    r"\b(?:within the (?:current )?year|(?:dans|au cours de) l'annee(?! (?:prochaine|suivante|"
    r"\d))|(?:au|durant le|pendant le|dans le|d'ici le) (?:dernier|quatrieme|troisieme) "
    r"trimestre(?! (?:de |d')?(?:l'annee )?\d)|in the (?:last|fourth|third) quarter(?! of \d)|"
    r"later this year|this (?:fall|autumn|summer|winter)|cet (?:automne|ete|hiver)|"
    # "d'ici la fin de l'année", "before the end of the year": the meeting's own year.
    r"(?:d'ici|avant) (?:la )?fin (?:de l'annee|de cette annee|d'annee)(?! (?:prochaine|suivante|"
    r"\d))|(?:by|before) (?:the )?end of (?:the|this) (?:current )?year)\b",
    re.IGNORECASE,
)


_COUNT = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "nine": 9, "twelve": 12, "eighteen": 18, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "neuf": 9, "douze": 12, "dix-huit": 18,
}  # fmt: skip
# A span counted from the meeting's day: "within six months", "in the next two years",
# "dans un délai de six mois", "d'ici deux ans", "sous trois mois": due by that month.
_WITHIN_SPAN = re.compile(
    r"\b(?:within|in the next|over the next|dans les|d'ici|sous|dans un delai de|"
    r"au cours des|dans les prochains)\s+(?P<n>\d{1,2}|"
    + "|".join(sorted(_COUNT, key=len, reverse=True))
    + r")\s+(?P<unit>months?|mois|years?|ans|annees)\b",
    re.IGNORECASE,
)


def relative_due(flat: str, start: int, end: int, reference: dt.date | None) -> DateHit | None:
    """A deadline told from the meeting's day: a month without its year ("in November",
    "au mois d'octobre": the next such month, to the month) or the rest of its year ("within
    the year", "au dernier trimestre": to the year)."""
    if reference is None:
        return None
    # The patterns are written without accents: read the span so ("au mois de février",
    # "d'ici la fin de l'année"), one character for one so that offsets still hold.
    plain = _plain(flat[start:end])
    month = _MONTH_AHEAD.search(plain)
    if month is not None:
        number = MONTHS[key(month.group("month")).lower()]
        year = reference.year + (number < reference.month)
        day = dt.date(year, number, 1)
        return DateHit(start + month.start("month"), start + month.end(), day, "month")
    span = _WITHIN_SPAN.search(plain)
    if span is not None:
        count = _COUNT.get(key(span.group("n")).lower()) or int(span.group("n"))
        months = reference.month - 1 + count * (12 if span.group("unit")[0] in "yYaA" else 1)
        day = dt.date(reference.year + months // 12, months % 12 + 1, 1)
        return DateHit(start + span.start("n"), start + span.end(), day, "month")
    rest = _WITHIN_YEAR.search(plain)
    if rest is not None:
        day = dt.date(reference.year, 1, 1)
        return DateHit(start + rest.start(), start + rest.end(), day, "year")
    return None


def _plain(words: str) -> str:
    """``words`` without accents and with straight apostrophes, one character for one."""
    return strip_accents(words).replace("\u2019", "'")


_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if m != "may"), key=len, reverse=True))
# A day and month without a year ("le 19 avril", "on October 8", "8 October"): a step's day
# is the next such day from the meeting on. A year after it is read as a full date instead.
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES}|(?-i:May))|"
    rf"(?P<m2>{_MONTH_NAMES}|(?-i:May))\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\s*,?\s*\d)",
    re.IGNORECASE,
)


def day_ahead(flat: str, start: int, end: int, reference: dt.date | None) -> DateHit | None:
    """A day named by its day and month only, placed on or after ``reference``."""
    if reference is None:
        return None
    for hit in _DAY_MONTH.finditer(_plain(flat[start:end])):
        month = MONTHS[(hit.group("m1") or hit.group("m2")).lower()]
        day = int(hit.group("d1") or hit.group("d2"))
        try:
            when = dt.date(reference.year, month, day)
            if when < reference:
                when = dt.date(reference.year + 1, month, day)
        except ValueError:
            continue  # "31 February": no such day
        return DateHit(start + hit.start(), start + hit.end(), when, "day")
    return None


def due_of(flat: str, start: int, end: int, reference: dt.date | None) -> DateHit | None:
    """A next step's date: a written date, else one told from the meeting's day."""
    return (
        due_date(flat, start, end, reference)
        or day_ahead(flat, start, end, reference)
        or relative_due(flat, start, end, reference)
    )


def deadline(flat: str, start: int, end: int, reference: dt.date | None) -> DateHit | None:
    """A date in ``flat[start:end]`` that a commitment is due by: after a deadline word first
    ("the plan of 2018 by 2027"), else a month or year (never a bare day, which more often
    dates something already done, nor a year naming a text: "the 2030 Agenda")."""
    hits = [
        hit
        for hit in find_dates(flat, start, end)
        # "which has not met since 2020": a past date, no deadline
        if not _SINCE.search(flat, max(start, hit.start - 12), hit.start)
    ]
    for hit in hits:
        if _DEADLINE.search(flat, max(start, hit.start - 25), hit.start):
            return hit
    for hit in hits:
        if hit.precision != "day" and not _names_a_text(flat, start, hit):
            return hit
    due = due_date(flat, start, end, reference)
    if due is not None and any(due.start == hit.start for hit in hits):
        due = None  # a date read above and left: not the deadline
    due = due or _month_to_come(flat, start, end, reference)
    if due is not None and due.precision != "day":
        return None if _SINCE.search(flat, max(start, due.start - 12), due.start) else due
    return None


# "the 2030 Agenda", "the 2018 action plan", "le plan d'action de 2018" is told by the article
# before the year and a word after it: the year names a text, it is no deadline.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its|their|la|le|les|l'|leur|sa|son)\s*$", re.IGNORECASE)


def _names_a_text(flat: str, start: int, hit: DateHit) -> bool:
    # "the December 2017 OSCE Ministerial Council": a meeting's date, when it is to come.
    after = flat[hit.end : hit.end + 60]
    return bool(
        _ARTICLE_BEFORE.search(flat, max(start, hit.start - 8), hit.start)
        and re.match(r"\s+[^\W\d]", after)
        and not _MEETING_AFTER.match(after)
    )


_MEETING_AFTER = re.compile(
    rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_MEETING_WORD}|council|conseil|ministerial|ministerielle)\b",
    re.IGNORECASE,
)


def _month_to_come(flat: str, start: int, end: int, reference: dt.date | None) -> DateHit | None:
    """A deadline told from the meeting's day, when the commitment looks ahead to it: a
    future verb or a deadline word ("will visit in October", "by November"), since "the plan
    adopted in March" names a month gone by."""
    due = relative_due(flat, start, end, reference)
    if due is None or due.precision != "month":
        return due
    ahead = _FUTURE.search(flat, start, end) or _DEADLINE_BEFORE.search(
        flat, max(start, due.start - 20), due.start
    )
    return due if ahead else None


def list_items(flat: str, lines: list[Line], meeting_date: dt.date | None) -> list[Item]:
    """Items of bullet, numbered and ✓ lists, their kind from the heading or intro above them."""
    found: list[Item] = []
    heading = ""
    intro = ""
    previous_kind = ""
    for index, line in enumerate(lines):
        body = flat[line.start : line.end]
        if line.kind == "heading" and index == 0:
            continue  # the document's title says what it is about, not what a list is
        if line.kind == "heading":
            heading, intro = body, ""
        elif line.kind == "intro":
            intro = body
        elif line.kind == "para":
            # A paragraph ends the list context unless it is the list's own intro.
            if previous_kind == "item":
                intro = ""
        elif line.kind == "item":
            context = f"{heading} {intro}"
            if _NOT_COMMITMENTS.search(key(intro or heading)):
                previous_kind = line.kind
                continue
            item = _list_item(flat, line, heading, intro, context, meeting_date)
            if item is not None:
                found.append(item)
        previous_kind = line.kind
    return found


def _list_item(
    flat: str, line: Line, heading: str, intro: str, context: str, meeting_date: dt.date | None
) -> Item | None:
    body = flat[line.start : line.end]
    # An item in lower case goes on with its intro's sentence: "Russia is ready to provide:
    # - all-round assistance in defence; - the economy" are the intro's undertaking applied
    # to each.
    lead = _committing_intro(flat, line, intro) if body[:1].islower() else None
    if lead is not None and not _NOT_AGREED.search(key(body)) and len(body.split()) <= 12:
        theme, more = theme_and_more(f"{flat[lead[0] : lead[1]]} {body}", None)
        due = _ahead(deadline(flat, line.start, line.end, meeting_date), meeting_date)
        return Item(
            "commitment", line.start, line.end, theme, more, due.day if due else None,
            due.precision if due else None, lead,
        )  # fmt: skip
    if (
        len(body.split()) < 2
        or _NOT_AGREED.search(key(body))
        or (_REPORTED.search(body) and not tells_agreement(body))
        or _FRAGMENT.match(body)
        or _NAVIGATION.match(key(body))
    ):
        return None  # who attended, or a scrap ("en-GB ru-RU", "the economy")
    folded_context = key(context)
    fallbacks = themes_of(heading) or themes_of(intro)
    fallback = fallbacks[0] if fallbacks else None
    theme, more = theme_and_more(body, fallback)
    if _PRINCIPLES.search(key(intro)) or (not intro and _PRINCIPLES.search(key(heading))):
        return Item("principle", line.start, line.end, theme, more)
    if _NEXT.search(folded_context):
        due = due_of(flat, line.start, line.end, meeting_date)
        return Item(
            "next_step",
            line.start,
            line.end,
            theme,
            more,
            due.day if due else None,
            due.precision if due else None,
        )
    if _PREAMBLE.match(key(body)) or _courtesy_only(key(body)):
        return None
    kind = "position" if _POSITION.search(key(body)) else "commitment"
    due = (
        _ahead(deadline(flat, line.start, line.end, meeting_date), meeting_date)
        if kind == "commitment"
        else None
    )
    return Item(
        kind, line.start, line.end, theme, more, due.day if due else None,
        due.precision if due else None,
    )  # fmt: skip


def _committing_intro(flat: str, line: Line, intro: str) -> tuple[int, int] | None:
    """The span of the intro line above ``line`` when it is itself an undertaking ("ready to
    provide", "agreed to") cut short by its list, so its items are the things undertaken."""
    if not intro or _PREAMBLE.match(key(intro)) or not _COMMIT.search(key(intro)):
        return None
    start = flat.rfind(intro, 0, line.start)
    if start < 0:
        return None
    end = start + len(intro)
    while end > start and flat[end - 1] in ": ":
        end -= 1
    # The intro's last sentence: "… relations. Russia is ready to provide:"; an undertaking
    # to do something ("ready to provide", "agreed to"), not a list of topics ("agreed on
    # three areas:").
    last = sentences(flat, start, end)[-1]
    if not _UNDERTAKING.search(key(flat[last[0] : last[1]])):
        return None
    return last


_UNDERTAKING = re.compile(
    r"\b(?:agreed|agree|ready|willing|prepared|readiness|willingness|determination|committed|"
    r"pledged?|undert(?:ook|ake)|decided|resolved|engag\w*|pret\w*|dispose\w*|decid\w*|"
    r"conv\w+|volonte|disponibilite)\s+(?:\w+\s+)?(?:to|a|de|d')\s*\w+",
    re.IGNORECASE,
)


_LABEL = re.compile(
    r"(?:prochaines? etapes?|next steps?|suites? prevues?|suite a donner|way forward|"
    r"follow-up)\s*:\s*",
    re.IGNORECASE,
)


_DATELINE = re.compile(r"[A-Z][^\n,]{1,40},[^\n]{0,40}?\d[^\n]{0,24}?\s-\s")


def prose_items(
    flat: str,
    blocks: list[tuple[int, int]],
    said: list[tuple[int, int]],
    meeting_date: dt.date | None,
    names_party: Callable[[int], bool] | None = None,
) -> list[Item]:
    """Commitments, positions, principles and next steps said in sentences, outside quotes."""
    found: list[Item] = []
    for block_start, block_end in blocks:
        label = _LABEL.match(flat, block_start, block_end)
        if label:
            # "Prochaine étape : un forum … en avril 2026."
            end = block_end
            while end > label.end() and flat[end - 1] in ". ":
                end -= 1
            due = due_of(flat, label.end(), end, meeting_date)
            theme, more = theme_and_more(flat[label.end() : end], None)
            found.append(
                Item(
                    "next_step",
                    label.end(),
                    end,
                    theme,
                    more,
                    due.day if due else None,
                    due.precision if due else None,
                )  # fmt: skip
            )
            continue
        dateline = _DATELINE.match(flat, block_start, block_end)
        if dateline:
            block_start = dateline.end()  # "Moscou, 3 avril 2025 - " is not part of a commitment
        for start, end in sentences(flat, block_start, block_end):
            items = _sentence_items(flat, start, end, said, meeting_date, names_party)
            found.extend(items)
            if any(item.kind == "commitment" for item in items):
                found.extend(_follow_up(flat, start, end, meeting_date))
    # A web page repeats its lead as a summary: one sentence said twice is one item.
    # So is a meeting to come told in the lead and again in a quotation, on the same day.
    seen: set[tuple[str, str]] = set()
    unique = []
    for item in found:
        day = f"{item.due_on}" if item.kind == "next_step" and item.due_precision == "day" else None
        if (item.kind, key(flat[item.start : item.end])) not in seen and (
            day is None or ("day", day) not in seen
        ):
            unique.append(item)
        seen.add((item.kind, key(flat[item.start : item.end])))
        if day is not None:
            seen.add(("day", day))
    return unique


def _sentence_items(
    flat: str,
    start: int,
    end: int,
    said: list[tuple[int, int]],
    meeting_date: dt.date | None,
    names_party: Callable[[int], bool] | None,
) -> list[Item]:
    sentence = flat[start:end]
    if not sentence.strip() or _PREAMBLE.match(key(sentence)):
        return []
    if _someones_words(flat, start, end):
        return []
    # A sentence that carries someone's words is a statement, unless, read whole, it tells
    # what the sides agreed ('the ministers … noting that they "agreed that …"', 'the
    # ministers stated their "willingness to …"'), the sides being its subject.
    quoting = _carries_words(flat, start, end, said, meeting_date)
    if quoting and not tells_agreement(_QUOTE_MARK.sub("", sentence)):
        return []
    # Words in square brackets are an editor's gloss ("the consensus reached [at the summit
    # in November last year]"), not the sentence's own time; quotation marks do not cut a
    # pledge from its owner (their "willingness to …").
    folded = key(_QUOTE_MARK.sub("", _GLOSS.sub("", sentence)))
    if _LEAD_IN.search(folded) or _LOGISTICS.search(folded) or _NOT_AGREED.search(folded):
        return []
    if _THREAT.search(folded) or _told_of_before(flat, start, end, folded, meeting_date):
        return []
    while end > start and flat[end - 1] in ". ":
        end -= 1
    # "Ghana will fund…": a sentence whose subject is a state or organisation.
    # Symbols before the first word (an emoji of a social-media copy) are not the subject.
    party = _party_subject(re.sub(r"^[^\w\"\u00ab\u201c]+", "", sentence)) or bool(
        names_party and names_party(start)
    )
    kind = _prose_kind(folded, party)
    if kind is None or (
        quoting and not _SIDES.search(folded) and not _states_pledge(flat, start, end, names_party)
    ):
        return []
    start, end = _agreed_words(flat, start, end) if kind == "commitment" else (start, end)
    parts = clauses(flat, start, end) if kind in ("commitment", "next_step") else [(start, end)]
    if kind == "next_step" and len(parts) == 1:
        second = _SECOND_THAT.search(flat, start, end)
        if second is not None and second.start() > start:
            parts = [(start, second.start()), (second.end(), end)]
    out = []
    for s, e in parts:
        theme, more = theme_and_more(flat[s:e], None)
        if kind == "next_step":
            due = due_of(flat, s, e, meeting_date)
        elif kind == "commitment":
            due = deadline(flat, s, e, meeting_date)
            if due is not None and _before_meeting(due, meeting_date):
                if not _COMMIT.search(key(flat[s:e])):
                    continue  # "signed a memorandum in October 2007": background
                due = None  # "agreed to implement the roadmap adopted in 2019": no deadline
        else:
            due = None
        out.append(
            Item(kind, s, e, theme, more, due.day if due else None, due.precision if due else None)
        )
    return out


def _someones_words(flat: str, start: int, end: int) -> bool:
    """Whether ``flat[start:end]`` tells someone's words: "X said that …" unless they tell what
    the sides agreed, "X briefed Y on …, affirming that Sweden is ready to …" unless X is the
    sides."""
    sentence = flat[start:end]
    if _REPORTED.search(sentence) and not tells_agreement(sentence):
        return True
    speaker = participle_speaker(flat, start, end)
    return speaker is not None and not _SIDES.match(speaker)


def _agreed_words(flat: str, start: int, end: int) -> tuple[int, int]:
    """``flat[start:end]`` without who tells it nor when it was agreed ("…, X said on
    Thursday", "In a statement, X said that after the talks, …"): what was agreed. (A next
    step keeps its teller: the own corpus labels a meeting announced with who announced it.)"""
    start, end = told_words(flat, start, end)
    lead = _AFTER_MEETING.match(flat[start:end].lower())
    return (start + lead.end(), end) if lead is not None else (start, end)


# A relative clause that tells the event the agreement goes on with ("…, which will be
# followed by a visit", "…, qui se poursuivra avec la visite", "…, qui sera suivi d'une
# réunion"): a meeting to come, not a description of the thing agreed.
_FOLLOW_UP = re.compile(
    r",\s*(?:qui|which)\s+(?P<step>(?:se poursuivra|sera suivie?|seront suivie?s|"
    r"will (?:be followed|continue|be continued|be pursued))\s+(?:avec|par|with|by|d'|de)\s*"
    r"(?:la |le |l'|une? |a |an |the )?(?:[\w-]+\s+){0,2}?(?:visite|visit|reunion|"
    r"r\u00e9union|meeting|rencontre|sommet|summit|session|conference|conf\u00e9rence|"
    r"consultations?|talks|entretiens?)\b[^;]*)",
    re.IGNORECASE,
)


def _follow_up(flat: str, start: int, end: int, meeting_date: dt.date | None) -> list[Item]:
    """The event an agreement goes on with, told in its relative clause ("…, qui se poursuivra
    avec la visite du ministre à Paris le 19 avril"): the agreement stays whole, and the event
    is a step of its own, with its day."""
    follow = _FOLLOW_UP.search(flat, start, end)
    if follow is None:
        return []
    step = follow.start("step")
    while end > step and flat[end - 1] in ". ":
        end -= 1
    due = due_of(flat, step, end, meeting_date)
    theme, more = theme_and_more(flat[step:end], None)
    day, precision = (due.day, due.precision) if due else (None, None)
    return [Item("next_step", step, end, theme, more, day, precision)]


def _carries_words(
    flat: str, start: int, end: int, said: list[tuple[int, int]], meeting_date: dt.date | None
) -> bool:
    """Whether the sentence carries someone's words, other than the next meeting announced
    with its day (the meeting's step, whoever tells it)."""
    quoting = any(s < end and start < e for s, e in said)
    return quoting and not _dated_step(flat, start, end, meeting_date)


def _dated_step(flat: str, start: int, end: int, meeting_date: dt.date | None) -> bool:
    """Whether a sentence someone said announces the next meeting with its date ("The next
    round will be held in Moscow on 8 October, the minister said"): a step the meeting set,
    whoever tells it."""
    folded = key(_QUOTE_MARK.sub("", flat[start:end]))
    return (
        bool(_NEXT_PROSE.search(folded))
        and bool(_HELD.search(folded) or _FUTURE.search(folded))
        and due_of(flat, start, end, meeting_date) is not None
    )


# Two named places or actors as the joint subject of a future act ("Athens and Valletta will
# set up", "Athènes et La Valette vont créer"): capitals stand for their states.
_NAMED_PAIR = re.compile(
    r"^(?:[^,]{3,90},\s*)?(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+\s+(?:and|et)\s+"
    r"(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+\s+(?:will|shall|are to|vont|\w+ront)\b"
)


def _party_subject(sentence: str) -> bool:
    """Whether the sentence's subject is the sides, a state or organisation, or two named
    actors together."""
    return bool(_PARTY_SUBJECT.search(sentence) or _NAMED_PAIR.match(sentence))


# "At their previous meeting, …", "Lors de leur dernière rencontre, …": another meeting's
# decisions, told as background.
_EARLIER_MEETING = re.compile(
    r"^(?:at|during|lors d[eu]|au cours d[eu]|a l'occasion d[eu])\s+(?:the|their|its|la|leur|"
    r"sa|son|le)\s+(?:previous|last|earlier|former|precedente?|derniere?)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_MONTH_LEAD = re.compile(
    r"^(?:in|en|au mois (?:de |d'))\s*(?:"
    + "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
    + r"|mai|(?-i:May))\s*,",
    re.IGNORECASE,
)
_TIME_LEAD = re.compile(
    r"(?:in|at|during|on|en|lors d[eu]|au cours d[eu]|au|le|a)\b[^,;]{0,80},", re.IGNORECASE
)


def _told_of_before(
    flat: str, start: int, end: int, folded: str, meeting_date: dt.date | None
) -> bool:
    """Whether the sentence's lead places it at another meeting or before this one ("In 2019,
    the two countries agreed …", "At the summit in June 2022, the leaders agreed …")."""
    if _EARLIER_MEETING.match(folded):
        return True
    if _MONTH_LEAD.match(folded) and not (_FUTURE.search(folded) or _HELD.search(folded)):
        return True  # "In September, the officials agreed to …": a month before, told past
    lead = _TIME_LEAD.match(flat, start, end)
    # A date before the meeting has digits (a year, a day): only then are dates read.
    return (
        lead is not None
        and bool(_DIGIT.search(flat, start, lead.end()))
        and any(_before_meeting(hit, meeting_date) for hit in find_dates(flat, start, lead.end()))
    )


def _ahead(due: DateHit | None, meeting_date: dt.date | None) -> DateHit | None:
    """``due`` unless it falls before the meeting: a deadline lies ahead."""
    return None if due is not None and _before_meeting(due, meeting_date) else due


def _before_meeting(due: DateHit, meeting_date: dt.date | None) -> bool:
    """Whether a date falls before the meeting, at its own precision (2024 is not before
    12 March 2024)."""
    if meeting_date is None:
        return False
    if due.precision == "year":
        return due.day.year < meeting_date.year
    if due.precision == "month":
        return (due.day.year, due.day.month) < (meeting_date.year, meeting_date.month)
    return due.day < meeting_date


# The sides as the subject, in the first words of a sentence (after a lead clause).
_SIDES = re.compile(
    rf"{_LEAD_CLAUSE}(?:[\w'-]+\s+){{0,4}}?(?:they|ils|elles|both|we|nous|parties|sides|"
    r"ministers|ministres|leaders|dirigeants|delegations|countries|pays|states|etats|"
    r"governments|gouvernements)\b|"
    # "The joint declaration said: \"We renew …\"": the meeting's own text, quoted.
    r"^(?:the |la |le |l')?(?:[\w-]+\s+){0,2}?(?:declaration|statement|communique)\s+"
    r"(?:said|says|reads|stated|states|indique|souligne|precise|affirme)\b",
    re.IGNORECASE,
)
# A plan told in the present ("we are expecting this week to adopt a package", "nous
# comptons signer", "they intend to launch"): the sides' own step to come.
_PLAN = re.compile(
    r"\b(?:expect(?:s|ing)?|intend(?:s|ing)?|plan(?:s|ning)?|aim(?:s|ing)?|comptent|"
    r"comptons|envisagent|envisageons)\b[^.;]{0,25}?\b(?:to|de|d')?\s*(?:adopt|sign|approve|"
    r"launch|conclude|finali[sz]e|hold|open|adopter|signer|approuver|lancer|conclure|tenir|"
    r"ouvrir)\b",
    re.IGNORECASE,
)
# "Russia's readiness to support", "la volonté du Mali de": a pledge a state owns.
_OWNED_PLEDGE = re.compile(
    r"\b([A-Z][\w-]+)['\u2019]s\s+(?:\w+\s+)?(?:readiness|willingness|commitment|resolve|"
    r"determination)\b|\b(?:volonte|disponibilite|engagement|determination)\s+(?:du|de la|de l'|"
    r"des|de|d')\s*([A-Z][\w-]+)"
)


def _states_pledge(
    flat: str, start: int, end: int, names_party: Callable[[int], bool] | None
) -> bool:
    """Whether ``flat[start:end]`` tells a pledge owned by a state or organisation."""
    if names_party is None:
        return False
    return any(
        names_party(m.start(1) if m.group(1) else m.start(2))
        for m in _OWNED_PLEDGE.finditer(flat, start, end)
    )


_RELATIVE = re.compile(r",\s*(?:which|who|qui|lequel|laquelle|lesquels|lesquelles)\b[^,;]*")


def _prose_kind(folded: str, party: bool) -> str | None:
    kind = _kind_of_words(folded, party)
    if kind == "next_step" and _PRESS.search(folded) and not _COMMIT.search(folded):
        return None  # "la conférence de presse est prévue le lendemain": the day's programme
    if kind in (None, "next_step"):
        return kind  # a meeting to come ("is expected to take place in May") is still a step
    agenda = bool(_AGENDA.search(folded) or (_TOPIC.search(folded) and _FUTURE.search(folded)))
    # "Les deux pays devraient rouvrir la frontière, ont convenu les ministres": agreed.
    agenda = agenda and not _AGREED_AFTER.search(folded)
    return None if agenda or _BACKGROUND.search(folded) else kind


def _kind_of_words(folded: str, party: bool) -> str | None:
    future = _FUTURE.search(folded) or _HELD.search(folded)
    if _NEXT_PROSE.search(folded) and (
        future or _COMMIT.search(folded) or "prochain" in folded or "next" in folded
    ):
        return "next_step"
    # A meeting placed "later this year" with no verb in the future ("reconfirmed the summit
    # in India later this year"); "X will host a forum later this year" is X's undertaking.
    later = bool(_LATER_MEETING.search(folded) and not future)
    if (_SCHEDULED.search(folded) or later) and not _PURPOSE_LEAD.match(folded):
        return "next_step"
    if _courtesy_only(folded):
        return None
    if _PRINCIPLE_PROSE.search(folded):
        return "principle"
    if _POSITION.search(folded) and party:
        return "position"  # "condemned the coups and reaffirmed their attachment to": a position
    if _STANCE.search(folded) and party and (_SIDES.search(folded) or _BODY.search(folded)):
        return "principle"
    if _COMMIT.search(folded) or _AGREED_AFTER.search(folded):
        return "commitment"
    # The future of a relative clause ("the summit, which will take place in the autumn")
    # tells of the thing named, not of what the sides undertake.
    main = _RELATIVE.sub("", folded)
    if (_FUTURE.search(main) or _PLAN.search(main) or _SIGNED.search(folded)) and party:
        return "commitment"
    if _TO_BE_SIGNED.search(main) or _TEXT_HOLDS.search(folded):
        return "commitment"
    return None


def _courtesy_only(folded: str) -> bool:
    """Whether ``folded`` approves of something and neither undertakes nor condemns anything."""
    return bool(
        _COURTESY.search(folded)
        and not (_COMMIT.search(folded) or _AGREED_AFTER.search(folded) or _POSITION.search(folded))
    )


def item_text(text: str, item: Item) -> str:
    """What ``item`` says, in the stored text: its own words, after its intro if it needs one
    ("Russia is ready to provide: all-round assistance in defence")."""
    own = text[item.start : item.end]
    if item.lead is None:
        return own
    return f"{text[item.lead[0] : item.lead[1]]}: {own}"
