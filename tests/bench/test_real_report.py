"""The real-text scorer (bench.real_report) on invented documents, and the
committed labels of tests/corpus/real checked against their schema (the texts are not here)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from bench import real_report as rr
from desktop_app.ingest.gazetteer import load_gazetteer
from desktop_app.ingest.records import (
    Extraction,
    FoundItem,
    FoundMeeting,
    FoundParty,
    FoundPerson,
    FoundStatement,
)

MIN_DOCUMENTS = 40
MIN_OUTLETS = 15


def test_committed_labels_follow_the_schema() -> None:
    labels = rr.load_labels()  # raises LabelError naming the first bad file
    assert labels, "tests/corpus/real holds no label"
    assert len({lb["id"] for lb in labels}) == len(labels)
    for label in labels:
        assert label["url"].startswith(("http://", "https://")), label["id"]
        facts = label["facts"]
        assert all(isinstance(p, str) for p in facts["parties"]), label["id"]
        for person in facts["participants"]:
            assert person["role"] in ("co_chair", "chair", "head_of_delegation", "participant",
                                      "host"), (label["id"], person)  # fmt: skip


def test_committed_labels_cover_enough_documents_outlets_and_both_languages() -> None:
    labels = rr.load_labels()
    assert len(labels) >= MIN_DOCUMENTS
    assert len({lb["outlet"] for lb in labels}) >= MIN_OUTLETS
    assert {lb["lang"] for lb in labels} == {"fr", "en"}
    groups = [lb["group"] for lb in labels if lb["group"]]
    assert any(groups.count(g) >= 2 for g in groups), "no meeting reported by two documents"


def _label(**facts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "meeting": {"title": "T", "format": "bilateral", "date": None, "city": None},
        "participants": [],
        "parties": [],
        "commitments": [],
        "next_steps": [],
        "statements": [],
    }
    base.update(facts)
    return {
        "id": "x",
        "url": "https://example.org/x",
        "found_by": "invented",
        "outlet": "Nobody",
        "lang": "en",
        "kind": "article",
        "published": None,
        "group": None,
        "facts": base,
    }


def test_check_label_names_what_is_wrong() -> None:
    assert rr.check_label(_label(), "x") == []
    assert rr.check_label(_label(), "y")  # id is not the file name
    bad = _label(participants=[{"name": "A B"}])  # no role
    assert any("participants" in p for p in rr.check_label(bad, "x"))
    bad = _label(commitments=[{"text": "build a road", "due": "June 2026"}])
    assert any("due" in p for p in rr.check_label(bad, "x"))
    wrong_lang = dict(_label(), lang="pt")
    assert any("lang" in p for p in rr.check_label(wrong_lang, "x"))


def test_load_labels_stops_on_a_bad_file_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text(json.dumps(dict(_label(), id="good")), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(rr.LabelError, match="bad.json"):
        rr.load_labels(tmp_path)


def test_covered_by_matches_a_paraphrase_by_meaning_not_by_letters() -> None:
    sentence = (
        "The ministers agreed to further strengthen the coordination of their actions at the "
        "United Nations and on other multilateral platforms."
    )
    assert rr.covered_by("strengthen coordination at UN and multilateral platforms", sentence)
    # Another organisation named in the label: not the same commitment.
    assert not rr.covered_by("strengthen coordination within the African Union", sentence)
    assert not rr.covered_by("build a railway between the two capitals", sentence)


def test_not_a_person_catches_titles_states_and_caption_fragments() -> None:
    for name in ("Affairs Sergei Lavrov", "High Representative", "Islamic Republic", "Mali",
                 "Abuja", "Faso H", "Sergey Lavrov’s", "Chairperson"):  # fmt: skip
        assert rr.not_a_person(name), name
    # Honorifics, a state's adjective, a possessive before the name, places and documents.
    for name in ("Sheikh Sabah", "Prince Saud Al-Faisal", "Mr", "Dr", "EAM Jaishankar",
                 "Russian", "Japan's Takeshi Iwaya", "Bole International Airport",
                 "Joint Statement"):  # fmt: skip
        assert rr.not_a_person(name), name
    for name in ("Sergei Lavrov", "Efua Mensah", "Paulo Rangel", "Rui A. Figueiredo", "Lammy",
                 "S Jaishankar", "Saud Al-Faisal"):  # fmt: skip
        assert not rr.not_a_person(name), name


def test_no_labelled_person_is_counted_as_a_title_or_fragment() -> None:
    """The check counts junk persons: every person a reader labelled must pass it."""
    for folder in (rr.LABELS, HELDOUT):
        for label in rr.load_labels(folder):
            facts = label["facts"]
            names = [p["name"] for p in facts["participants"]]
            names += [s["speaker"] for s in facts["statements"] if "speaker" in s]
            assert not [n for n in names if rr.not_a_person(n)], label["id"]


def _invented_extraction() -> Extraction:
    gaz = load_gazetteer()
    ng, gh = gaz.entity("NG"), gaz.entity("GH")
    assert ng is not None and gh is not None

    def person(name: str, iso2: str | None) -> FoundPerson:
        return FoundPerson(name, iso2, "participant", None, None, (), 0, 1)

    def item(kind: str, text: str, due: dt.date | None = None) -> FoundItem:
        return FoundItem(kind, text, None, (), due, "month" if due else None, 0, 1)

    meeting = FoundMeeting(
        "Talks", "bilateral", None, dt.date(2025, 12, 23), None, "day", "Abuja", "abuja", "NG",
        None, (FoundParty(ng, 0, 1), FoundParty(gh, 0, 1)), 0, 1,
    )  # fmt: skip
    return Extraction(
        text="",
        noise_removed=(),
        language="en",
        title="Talks",
        source_kind="article",
        meeting=meeting,
        participants=(person("Musa Danladi", "NG"), person("Efua Mensah", None)),
        items=(
            item("commitment", "The two sides will harmonise customs procedures at the border."),
            item("next_step", "A joint committee will meet by June 2026.", dt.date(2026, 6, 1)),
            # A principle the parties state is labelled and scored with their commitments.
            item("principle", "The two sides reaffirmed the sovereignty of the Gulf states."),
        ),
        statements=(
            FoundStatement(
                "No corridor should take three days to cross.",
                "Efua Mensah",
                "GH",
                None,
                "said",
                0,
                1,
            ),
        ),  # fmt: skip
    )


def test_score_document_counts_each_field() -> None:
    facts = _label(
        meeting={"title": "T", "format": "bilateral", "date": "2025-12-23", "city": "Abuja"},
        participants=[
            {"name": "Musa Danladi", "country_iso2": "NG", "role": "co_chair"},
            {"name": "Efua Mensah", "country_iso2": "GH", "role": "co_chair"},
        ],
        parties=["NG", "GH", "ECOWAS"],
        commitments=[
            {"text": "harmonise customs at the border"},
            {"text": "sovereignty of the Gulf states"},
        ],
        next_steps=[{"text": "joint committee meets", "due": "2026-07"}],
        statements=[{"speaker": "Musa Danladi", "text": "a corridor must not take three days"}],
    )["facts"]
    scores = {name: rr.Score() for name in rr.FIELDS}
    rr.score_document(_invented_extraction(), facts, scores, "doc")

    def counts(name: str) -> tuple[int, int, int]:
        return scores[name].tp, scores[name].fp, scores[name].fn

    assert counts("date") == (1, 0, 0)
    assert counts("place") == (1, 0, 0)
    assert counts("participants") == (1, 1, 1)  # Mensah found without her state
    assert counts("parties") == (2, 0, 1)  # ECOWAS missed
    # The principle found; the step's deadline is wrong: a miss and an extra.
    assert counts("commitments") == (2, 1, 1)
    assert counts("statements") == (0, 1, 1)  # the right words, the wrong speaker
    assert scores["parties"].f1 == pytest.approx(0.8)


def test_an_institutions_words_are_labelled_with_its_state_and_scored_so() -> None:
    """ "The ministry said …": the label names the state it speaks for; a person found for
    those words, or the institution found for a person's words, is a wrong speaker."""
    said = "Nigeria will reopen the border post at Seme next month."
    by_state = FoundStatement(said, "Nigeria", "NG", "the ministry", "said", 0, 1,
                              "reported", speaker_entity="NG")  # fmt: skip
    by_person = FoundStatement(said, "Musa Danladi", "NG", None, "said", 0, 1)
    institution = _label(statements=[{"institution": "NG", "text": "reopen Seme border post"}])
    person = _label(statements=[{"speaker": "Musa Danladi", "text": "reopen Seme border post"}])

    def counts(facts: dict[str, Any], found: FoundStatement) -> tuple[int, int, int]:
        x = _invented_extraction()
        scores = {name: rr.Score() for name in rr.FIELDS}
        rr.score_document(replace(x, statements=(found,)), facts, scores, "doc")
        return scores["statements"].tp, scores["statements"].fp, scores["statements"].fn

    assert counts(institution["facts"], by_state) == (1, 0, 0)
    assert counts(institution["facts"], by_person) == (0, 1, 1)
    assert counts(person["facts"], by_state) == (0, 1, 1)
    assert counts(person["facts"], by_person) == (1, 0, 0)


def test_a_statement_label_names_a_person_or_an_institution_never_both() -> None:
    def problems(*statements: dict[str, Any]) -> list[str]:
        return rr.check_label(_label(statements=list(statements)), "x")

    assert problems({"institution": "NG", "text": "t"}) == []
    assert problems({"institution": "AU", "text": "t"}) == []
    assert problems({"speaker": "Musa Danladi", "text": "t"}) == []
    assert problems({"text": "t"})
    assert problems({"speaker": "Musa Danladi", "institution": "NG", "text": "t"})
    assert problems({"institution": "the Nigerian ministry", "text": "t"})


DOC = """Abuja, 23 December 2025 – The foreign ministers of Nigeria and Ghana met in Abuja.
The two ministers agreed to harmonise customs procedures at the Seme-Krake corridor.
"""
OTHER = """Accra, 14 March 2026 – The foreign ministers of Ghana and Togo met in Accra.
The two ministers agreed to build a joint border post at Aflao.
"""


def test_evaluate_scores_saved_texts_and_counts_meetings_of_a_group(tmp_path: Path) -> None:
    labels, texts = tmp_path / "labels", tmp_path / "texts"
    labels.mkdir()
    texts.mkdir()
    for doc_id, group in (("a", "g1"), ("b", "g1"), ("c", None)):
        label = dict(_label(), id=doc_id, group=group)
        (labels / f"{doc_id}.json").write_text(json.dumps(label), encoding="utf-8")
    (texts / "a.txt").write_text(DOC, encoding="utf-8")
    (texts / "b.txt").write_text(OTHER, encoding="utf-8")
    report = rr.evaluate(texts, labels)
    assert report.scored == ["a", "b"]
    assert report.absent == ["c"]  # labelled, but its text was not saved
    # Two meetings on other days in other cities: the group check must see two, not one.
    assert report.groups == {"g1": (2, 2)}
    assert rr.meetings_made([texts / "a.txt", texts / "a.txt"]) == 1


def test_main_says_what_to_do_when_the_folder_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert rr.main([str(tmp_path / "nowhere")]) == 2
    assert "REAL=DIR" in capsys.readouterr().out


def test_same_name_ignores_dashes_and_case_and_knows_the_gazetteers_spellings() -> None:
    assert rr.same_name("Nana Addo Dankwa Akufo-Addo", "Nana Addo Dankwa AkufoAddo")
    assert rr.same_name("Fatumatta Jallow-Tambajang", "Fatumatta JALLOW –TAMBAJANG")
    assert rr.same_name("Sergueï Lavrov", "Sergey Lavrov")  # one person in the gazetteer
    assert not rr.same_name("Ibrahim Traoré", "Karamoko Jean-Marie Traoré")


def test_covered_by_finds_a_labelled_party_written_in_another_case() -> None:
    sentence = (
        "Ils ont exprimé leur volonté d'accompagner les initiatives régionales de prévention "
        "des conflits sous l'égide de l'Union Africaine."
    )
    assert rr.covered_by("soutenir initiatives régionales de prévention des conflits, UA", sentence)
    assert not rr.covered_by("soutenir initiatives régionales de prévention, CEDEAO", sentence)


def test_unreachable_labels_names_paraphrases_no_sentence_says() -> None:
    facts = _label(
        commitments=[
            {"text": "harmonise customs at the border"},
            {"text": "launch a space agency"},
        ],
        statements=[{"speaker": "Efua Mensah", "text": "corridor three days to cross"}],
    )["facts"]
    text = (
        "Abuja, 23 December 2025 - The ministers agreed to harmonise customs procedures at the "
        'border. "No corridor should take three days to cross," said Efua Mensah.'
    )
    assert rr.unreachable_labels(facts, text) == ["launch a space agency"]


def test_each_document_is_read_with_its_labels_url_and_publication_date(tmp_path: Path) -> None:
    """As `chancery import --published DAY --address URL` would: "on Thursday" in a text
    published on Friday 4 April 2025 is 3 April."""
    labels, texts = tmp_path / "labels", tmp_path / "texts"
    labels.mkdir()
    texts.mkdir()
    label = dict(_label(), id="w", published="2025-04-04", url="https://x.example/a")
    label["facts"]["meeting"] = dict(label["facts"]["meeting"], date="2025-04-03")
    (labels / "w.json").write_text(json.dumps(label), encoding="utf-8")
    (texts / "w.txt").write_text(
        "The foreign ministers of Russia and Mali met in Moscow on Thursday.", encoding="utf-8"
    )
    report = rr.evaluate(texts, labels, groups=False)
    assert (report.scores["date"].tp, report.scores["date"].fp) == (1, 0)
    raw = rr.read_document(texts / "w.txt")
    assert rr.document_metadata({"url": "https://x.example/2025/04/02/a"}, raw) == (
        None, "https://x.example/2025/04/02/a",
    )  # fmt: skip


def test_main_scores_against_the_labels_folder_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--labels DIR` (make extraction-report LABELS=DIR) reads the labels of DIR, not those
    of tests/corpus/real: the one document labelled there is scored, with its own date."""
    labels, texts = tmp_path / "held", tmp_path / "texts"
    labels.mkdir()
    texts.mkdir()
    label = dict(_label(), id="held-one")
    label["facts"]["meeting"] = dict(label["facts"]["meeting"], date="2025-12-23", city="Abuja")
    (labels / "held-one.json").write_text(json.dumps(label), encoding="utf-8")
    (texts / "held-one.txt").write_text(DOC, encoding="utf-8")
    assert rr.main([str(texts), "--labels", str(labels), "--no-groups"]) == 0
    out = capsys.readouterr().out
    assert f"Extraction on 1 real documents of {texts} (labels: {labels})" in out
    date = next(line for line in out.splitlines() if line.startswith("date "))
    assert date.split()[-3:] == ["1", "0", "0"]  # tp fp fn: the held-out label was read
    # Without the option the committed labels are read: none of them has this text.
    assert rr.main([str(texts), "--no-groups"]) == 0
    out = capsys.readouterr().out
    assert f"(labels: {rr.LABELS})" in out and "Extraction on 0 real documents" in out


def test_main_says_what_to_do_when_the_labels_folder_holds_no_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "empty").mkdir()
    for labels in (tmp_path / "empty", tmp_path / "nowhere"):
        assert rr.main([str(tmp_path / "texts"), "--labels", str(labels)]) == 2
        assert "LABELS=tests/corpus/real-heldout" in capsys.readouterr().out


HELDOUT = rr.LABELS.parent / "real-heldout"


def test_heldout_labels_follow_the_schema_and_share_nothing_with_the_tuning_set() -> None:
    """The held-out set measures generalisation only while it is other documents from
    other outlets than those the rules were tuned on."""
    held, tuned = rr.load_labels(HELDOUT), rr.load_labels()
    assert len(held) >= 40
    # nor a meeting the rules were tuned on, told by another outlet
    assert not {lb["group"] for lb in held if lb["group"]} & {lb["group"] for lb in tuned}
    assert {lb["lang"] for lb in held} == {"fr", "en"}
    assert not {lb["id"] for lb in held} & {lb["id"] for lb in tuned}
    assert not {lb["url"] for lb in held} & {lb["url"] for lb in tuned}
    new_outlets = {lb["outlet"] for lb in held} - {lb["outlet"] for lb in tuned}
    assert len(new_outlets) >= 12
    groups = [lb["group"] for lb in held if lb["group"]]
    assert sum(1 for g in set(groups) if groups.count(g) >= 2) >= 3
    assert sum(1 for lb in held if lb["kind"] == "announcement") >= 2
