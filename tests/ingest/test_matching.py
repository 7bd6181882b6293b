"""The item matcher: measured on the labelled pairs, and each veto on its own."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from desktop_app.ingest.match_report import list_tally, load_pairs, main, tally
from desktop_app.ingest.matching import (
    DIFFERENT,
    MAYBE,
    SAME,
    Entry,
    align,
    best_assignment,
    compare,
)

PAIRS = Path(__file__).parents[1] / "corpus" / "pairs"


@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl"])
def test_automatic_merges_are_precise_on_the_labelled_pairs(name: str) -> None:
    result = tally(load_pairs(PAIRS / name))["all"]
    precision, recall = result.precision, result.recall
    assert precision is not None and precision >= 0.98, result.misses
    # Recall is reported by `make match-report`; this floor only catches a matcher broken.
    assert recall is not None and recall >= 0.75, result.misses


def test_the_labelled_set_is_large_and_balanced() -> None:
    pairs = load_pairs(PAIRS / "dev.jsonl") + load_pairs(PAIRS / "heldout.jsonl")
    assert len(pairs) >= 200
    assert {p["langs"] for p in pairs if p["same"]} == {"fr-fr", "en-en", "fr-en"}
    near = {p["type"] for p in pairs if not p["same"]}
    assert {"party", "deadline", "number", "negation", "same-meeting"} <= near
    keys = {(p["a"], p["b"], p.get("speaker_a"), p.get("speaker_b")) for p in pairs}
    assert len(keys) == len(pairs)


def test_the_report_prints_each_group(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(PAIRS / "heldout.jsonl")]) == 0
    out = capsys.readouterr().out
    for group in ("all", "langs fr-en", "type party", "prec", "recall", "F1"):
        assert group in out


def test_a_bad_pairs_file_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": "x", "b": "y", "same": true, "langs": "fr-fr"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="has no 'type'"):
        load_pairs(bad)


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("La Russie livrera des hélicoptères", "La Chine livrera des hélicoptères", "party"),
        ("Un sommet à Lomé en 2026", "Un sommet à Lomé en 2027", "number"),
        ("Signature en mai 2026", "Signature en juillet 2026", "number"),
        ("The parties will sign the pact", "The parties will not sign the pact", "negation"),
        ("Levée de l'embargo", "Durcissement de l'embargo", "opposite"),
    ],
)
def test_near_misses_are_never_merged_by_themselves(a: str, b: str, why: str) -> None:
    verdict = compare(a, b)
    assert verdict.decision != SAME
    assert why in verdict.veto


def test_two_speakers_never_make_one_statement() -> None:
    same_words = "Le Sahel mérite la paix"
    assert compare(same_words, same_words, speaker_a="7", speaker_b="7").decision == SAME
    assert compare(same_words, same_words, speaker_a="7", speaker_b="9").decision == DIFFERENT
    assert compare(same_words, same_words, speaker_a="", speaker_b="").decision == DIFFERENT


def test_ordinals_in_words_are_the_same_number() -> None:
    verdict = compare("Une seconde réunion à Lomé en 2026", "La deuxième réunion à Lomé en 2026")
    assert verdict.decision == SAME and verdict.score == 1.0


def test_the_meetings_own_parties_do_not_veto() -> None:
    """One outlet names the giver, the other the receiver: both are the meeting's parties."""
    a = "Appui turc à la formation des armées de l'AES"
    b = "Soutien à la formation des armées de la Confédération des États du Sahel"
    c = "Soutien turc à la formation des armées de la Mauritanie"
    assert compare(a, c, context_parties=frozenset({"TR", "AES"})).veto == "different party"
    assert compare(a, b.replace("Soutien", "Soutien du Qatar")).decision == MAYBE
    verdict = compare(
        a, b.replace("Soutien", "Soutien du Qatar"), context_parties=frozenset({"QA", "AES"})
    )
    assert verdict.veto == "different party"  # Turkey is no party of that meeting
    assert compare(a, b, context_parties=frozenset({"TR", "AES"})).decision == SAME


@pytest.mark.parametrize("name", ["lists-dev.jsonl", "lists-heldout.jsonl"])
def test_list_alignment_adds_recall_without_wrong_merges(name: str) -> None:
    scenarios = load_pairs(PAIRS / name)
    alone = list_tally(scenarios, use_list=False)
    aligned = list_tally(scenarios, use_list=True)
    assert aligned.precision is not None and aligned.precision >= 0.98, aligned.misses
    assert (aligned.recall or 0) > (alone.recall or 0)


def test_align_takes_a_clear_counterpart_and_leaves_a_doubtful_one() -> None:
    existing = [
        Entry(10, "Coopération dans le domaine de la pêche artisanale", "commitment"),
        Entry(11, "Construction d'un pont sur le fleuve", "commitment"),
    ]
    clear = align([Entry(0, "Appui à la pêche", "commitment")], existing)
    assert clear[0][0] == 10 and clear[0][1].decision == SAME and clear[0][1].basis == "list"
    # Two existing items as close as each other: no clear counterpart, nothing merged.
    rivals = [
        *existing,
        Entry(12, "Coopération dans le domaine de la pêche industrielle", "commitment"),
    ]
    doubtful = align([Entry(0, "Appui à la pêche", "commitment")], rivals)
    assert all(v.decision != SAME for _, v in doubtful.values())
    # Another kind is never a counterpart.
    assert align([Entry(0, "Appui à la pêche", "principle")], existing) == {}


def test_align_pairs_close_rivals_by_the_whole_list() -> None:
    """Each new item is nearly as close to the other's counterpart (0.54 / 0.44 here): the
    pairing of the whole list that scores most is clearly better than any other, so both
    are merged, where comparing each item with its runner-up alone left both to review."""
    existing = [
        Entry(20, "Aide à l'équipement des armées sahéliennes", "commitment"),
        Entry(21, "Formation des personnels de défense et de sécurité", "commitment"),
    ]
    new = [
        Entry(0, "Facilitation d'acquisition d'équipements militaires performants", "commitment"),
        Entry(1, "Formations adaptées pour les forces combattantes sahéliennes", "commitment"),
    ]
    found = align(new, existing)
    assert {i: (e, v.decision, v.basis) for i, (e, v) in found.items()} == {
        0: (20, SAME, "list"),
        1: (21, SAME, "list"),
    }
    # Without the list, the words alone leave both to the analyst.
    alone = align(new, existing, use_list=False)
    assert all(v.decision == MAYBE for _, v in alone.values())


def test_best_assignment_is_the_best_one_to_one_pairing() -> None:
    """Checked against every pairing of small random lists (rectangular both ways)."""
    rng = random.Random(14)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = {
            (i, j): round(rng.random(), 2)
            for i in range(rows)
            for j in range(cols)
            if rng.random() < 0.6
        }
        total, pairs = best_assignment(weights)
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
        assert all(p in weights for p in pairs)
        assert total == pytest.approx(sum(weights[p] for p in pairs))
        best = 0.0
        for perm in itertools.permutations(range(max(rows, cols)), rows):
            best = max(best, sum(weights.get((i, j), 0.0) for i, j in enumerate(perm)))
        assert total == pytest.approx(best)


def test_a_french_verb_matches_its_noun_through_either_stem() -> None:
    """French Snowball keeps "-ent" on "financent"; the English stem takes it off."""
    a, b = "Les deux pays financent l'hôpital de Kayes", "Financement de l'hôpital de Kayes"
    assert compare(a, b).decision == SAME
    assert compare(a, "Inauguration de l'hôpital de Kayes").decision != SAME
