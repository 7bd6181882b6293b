"""Themes of commitments (security, energy, trade…) from French and English keywords."""

from __future__ import annotations

import re

from desktop_app.ingest.normalize import key

# Stems and phrases, matched on lower-case text without accents. Order breaks ties.
THEME_WORDS: dict[str, tuple[str, ...]] = {
    "security": (
        r"securit\w*", r"defen[cs]e\w*", r"milit\w*", r"armee\w*", r"armed", r"armes?",
        r"terror\w*", r"forces?", r"combatt\w*", r"jihad\w*", r"insurg\w*", r"renseignement\w*",
        r"intelligence", r"policier\w*", r"police", r"antiterror\w*", r"counter-?terror\w*",
        r"troupes?", r"troops?", r"extremis\w*", r"securi\w*", r"patrouill\w*", r"patrols?",
        r"pirat\w*", r"piracy", r"frontali\w*", r"frontieres?", r"borders?", r"officiers?",
        r"officers?",
    ),
    "diplomacy": (
        r"diplomat\w*", r"instances? internationales?", r"organisations? internationales?",
        r"international organi[sz]ations?", r"international (?:fora|forums?|bodies)",
        r"nations unies",
        r"united nations", r"multilateral\w*", r"enceintes?", r"ambassades?", r"embass\w*",
        r"consula\w*", r"concertation", r"coordination (?:politique|diplomatique)", r"visas?",
        r"political dialogue", r"dialogue politique", r"coordination", r"mediation\w*",
    ),
    "economy": (
        r"econom\w*", r"investiss\w*", r"invest\w*", r"financ\w*", r"banques?", r"banks?",
        r"budget\w*", r"fonds", r"funds?", r"monnaie\w*", r"monetai\w*", r"currenc\w*",
        r"dettes?", r"debts?", r"fiscal\w*", r"industri\w*", r"minier\w*", r"mining", r"mines",
    ),
    "energy": (
        r"energ\w*", r"electri\w*", r"nucleai\w*", r"nuclear", r"petrol\w*", r"oil", r"gaz",
        r"gas", r"solaire\w*", r"solar", r"hydrocarbur\w*", r"renouvelable\w*", r"renewable\w*",
        r"centrales?", r"power plants?", r"hydroelectri\w*", r"uranium", r"gazoducs?",
        r"oleoducs?", r"pipelines?", r"interconnect\w*", r"barrages?", r"dams?", r"carburants?",
        r"fuel",
    ),
    "infrastructure": (
        r"infrastructur\w*", r"routes?", r"roads?", r"routier\w*", r"ferroviair\w*", r"rail\w*",
        r"chemins? de fer", r"ports?", r"ponts?", r"bridges?", r"aeroports?", r"airports?",
        r"corridors?", r"transport\w*", r"aerien\w*", r"maritime", r"liaisons?", r"links?",
        r"lignes?", r"lines?",
    ),
    "trade": (
        r"commerc\w*", r"trade", r"trading", r"exportation\w*", r"exports?", r"importation\w*",
        r"douan\w*", r"dedouan\w*", r"customs", r"marchandises?", r"goods", r"tarif\w*",
        r"tariffs?", r"libre-echange", r"free trade",
        r"interentreprises", r"business\w*", r"marches?", r"markets?",
    ),
    "education": (
        r"educat\w*", r"academi\w*", r"universit\w*", r"etudiant\w*", r"students?",
        r"bourses? d'etudes", r"scholarships?", r"ecoles?", r"schools?", r"enseignement\w*",
        r"teaching",
    ),
    "health": (r"sante", r"health\w*", r"medic\w*", r"vaccin\w*", r"hopita\w*", r"hospital\w*",
               r"epidemi\w*", r"pandemi\w*", r"paludisme", r"malaria"),
    "agriculture": (r"agricol\w*", r"agricult\w*", r"alimentaire\w*", r"food", r"elevage",
                    r"livestock", r"irrigation", r"engrais", r"fertili[sz]er\w*", r"cereal\w*",
                    r"grains?", r"cattle", r"betail", r"transhumance", r"pastora\w*",
                    r"eleveurs?", r"herders?", r"farmers?", r"agriculteurs?"),
    "communication": (r"medias?", r"media", r"audiovisuel\w*", r"broadcast\w*", r"presse",
                      r"information", r"communication"),
    "humanitarian": (r"humanitai\w*", r"refugi\w*", r"refugees?", r"deplaces", r"displaced"),
    "technology": (r"numerique\w*", r"digital", r"technolog\w*", r"spatia\w*", r"satellit\w*",
                   r"cyber\w*", r"telecom\w*"),
    "culture": (r"cultur\w*", r"patrimoine", r"heritage", r"sport\w*", r"touris\w*"),
}  # fmt: skip
# A word that shows up in passing in another theme's commitment: it counts half.
_WEAK = {r"information", r"communication", r"forces?", r"fonds", r"marches?", r"markets?",
         r"ports?", r"routes?", r"transport\w*", r"gas", r"gaz", r"financ\w*", r"visas?",
         r"frontali\w*", r"frontieres?", r"borders?", r"liaisons?", r"links?", r"lignes?",
         r"lines?", r"maritime", r"cattle", r"officiers?", r"officers?"}  # fmt: skip
# Words that say how, not what: they decide only when nothing else does.
_FAINT = {r"coordination"}


def _weight(word: str) -> float:
    return 0.3 if word in _FAINT else 0.5 if word in _WEAK else 1.0


# One pattern per theme and weight: a dozen scans of a commitment rather than two hundred.
_PATTERNS = {
    theme: [
        (re.compile(r"\b(?:" + "|".join(w for w in words if _weight(w) == weight) + r")\b"), weight)
        for weight in sorted({_weight(w) for w in words})
    ]
    for theme, words in THEME_WORDS.items()
}


def themes_of(text: str) -> list[str]:
    """The themes ``text`` speaks of, strongest first (ties: the one named first)."""
    flat = key(text)
    scores: dict[str, tuple[float, int]] = {}
    for theme, patterns in _PATTERNS.items():
        total = 0.0
        first = len(flat)
        for pattern, weight in patterns:
            for match in pattern.finditer(flat):
                total += weight
                first = min(first, match.start())
        if total:
            scores[theme] = (total, first)
    ranked = sorted(scores, key=lambda t: (-scores[t][0], scores[t][1]))
    if ranked:
        best = scores[ranked[0]][0]
        # A further theme needs a word of its own, not a passing weak one.
        return [ranked[0]] + [t for t in ranked[1:] if scores[t][0] >= 1.0 and best > 0]
    return []


def theme_and_more(text: str, fallback: str | None) -> tuple[str | None, tuple[str, ...]]:
    found = themes_of(text)
    if not found:
        return fallback, ()
    return found[0], tuple(found[1:])
