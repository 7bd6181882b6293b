"""Text normalisation: the stored text (NFC, clean lines) and a same-length copy to match on."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy

# Folding maps one character to one character, so an offset found in the folded copy is an
# offset in the stored text: matching sees one kind of apostrophe, quote, dash and space.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
    }
)

# Inserts that publishers put between paragraphs: never part of the article.
NOISE_LINES = re.compile(
    r"^\s*(?:la suite après la publicité|la suite après cette publicité|publicité|"
    r"advertisement|advertising|sponsored content|contenu sponsorisé|"
    r"story continues below(?: this)? advertisement|continue reading below|"
    r"(?:à )?lire aussi\b.*|read more\b.*|read also\b.*|see also\b.*|voir aussi\b.*|"
    r"abonnez-vous\b.*|subscribe\b.*|newsletter|partager|share( this)?( article)?|"
    r"inscrivez-vous\b.*|sign up\b.*|cookies?\b.*)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanText:
    text: str
    noise_removed: tuple[str, ...]
    # UTF-8 that had been read as cp1252 or Latin-1 ("rÃ©union") and was repaired by ftfy:
    # the analyst is told, since a repair may be wrong where the text was damaged further.
    mojibake_repaired: bool = False


def fold(text: str) -> str:
    """One apostrophe, one quote mark, one dash and one space kind; same length as ``text``."""
    return text.translate(_FOLD)


def _base_letter(c: str) -> str:
    base = [x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x)]
    return base[0] if len(base) == 1 else c


# Latin letters with diacritics, to their base letter: one translate() instead of NFD per call.
_ACCENTS = {i: _base_letter(chr(i)) for i in range(0xC0, 0x250) if _base_letter(chr(i)) != chr(i)}
# Letters with a stroke have no decomposition: "Łódź" is written "Lodz" too.
_ACCENTS.update({ord(a): b for a, b in zip("ŁłØøĐđĦħı", "LlOoDdHhi", strict=True)})
_LATIN = "\u024f"


def strip_accents(text: str) -> str:
    """Accents removed, one character for one (letters with no base letter are kept)."""
    out = text.translate(_ACCENTS)
    if out.isascii() or max(out) <= _LATIN:
        return out
    return "".join(_base_letter(c) if not c.isascii() else c for c in out)


def key(text: str) -> str:
    """A comparison key: folded, lower case, accents removed, spaces and edges trimmed."""
    folded = strip_accents(fold(text)).lower()
    folded = re.sub(r"\s+", " ", folded)
    return folded.strip(" \t\n.,;:!?\"'()-")


def clean(raw: str) -> CleanText:
    """The text Chancery stores: NFC, one newline kind, no control characters, no ad inserts."""
    repaired = ftfy.fix_encoding(raw) if ftfy.is_bad(raw) else raw
    text = unicodedata.normalize("NFC", repaired)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    text = text.replace("\u200b", "").replace("\u00ad", "")
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line.strip() and NOISE_LINES.match(fold(line)):
            removed.append(line.strip())
            continue
        kept.append(line)
    # Collapse runs of blank lines: readers of HTML and PDF leave many.
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return CleanText(joined, tuple(removed), repaired != raw)
