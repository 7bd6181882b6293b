"""Sentence splitting around abbreviations: a title's dot never ends a sentence, a time's or an
acronym's dot ends one when a new sentence follows, a lower-case word always continues."""

from __future__ import annotations

import pytest

from desktop_app.ingest.structure import sentences


def _split(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time closing a sentence, in English and in French copy
        (
            "The ministers met at 3 p.m. The talks lasted two hours.",
            ["The ministers met at 3 p.m.", "The talks lasted two hours."],
        ),
        (
            "Les ministres se sont vus à 10 a.m. Ils ont parlé du port.",
            ["Les ministres se sont vus à 10 a.m.", "Ils ont parlé du port."],
        ),
        # a time inside a sentence: a lower-case word, a time zone or a weekday goes on
        (
            "The talks began at 9 a.m. on Tuesday in Rabat.",
            ["The talks began at 9 a.m. on Tuesday in Rabat."],
        ),
        ("They met at 4 p.m. GMT in Rabat.", ["They met at 4 p.m. GMT in Rabat."]),
        ("They met at 4 p.m. Monday in Rabat.", ["They met at 4 p.m. Monday in Rabat."]),
        # an acronym closing a sentence, and one before a noun that goes on
        (
            "Rabat signed a deal with the U.S. The minister welcomed it.",
            ["Rabat signed a deal with the U.S.", "The minister welcomed it."],
        ),
        ("The U.S. Secretary of State arrived.", ["The U.S. Secretary of State arrived."]),
        (
            "They spoke of ports, roads, etc. The minister then left.",
            ["They spoke of ports, roads, etc.", "The minister then left."],
        ),
        # titles and numbers before a name: never a sentence end
        ("Il a reçu M. Diallo à Dakar.", ["Il a reçu M. Diallo à Dakar."]),
        ("They flew to St. Petersburg on Monday.", ["They flew to St. Petersburg on Monday."]),
        ("Resolution No. 12 was adopted.", ["Resolution No. 12 was adopted."]),
    ],
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_a_lower_case_word_after_a_dot_continues_the_sentence() -> None:
    assert _split("The approx. two hundred delegates met.") == [
        "The approx. two hundred delegates met."
    ]
