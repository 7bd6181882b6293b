"""The shared sample article yields exactly its expected records (and nothing more)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.ingest.normalize import key
from desktop_app.services import browse, importing
from desktop_app.services.store import Store
from domain.views import CommitmentView, MeetingDetail, StatementView

SAMPLE = "aes-russia-2025-04-03.fr.txt"
EXPECTED = "aes-russia-2025-04-03.expected.json"


def _names(store: Store, actor_id: int) -> set[str]:
    actor = browse.get_actor(store, actor_id)
    return {key(actor.name), *(key(a) for a in actor.aliases)}


def _one(items: list[Any], text: str, what: str) -> Any:
    matches = [i for i in items if key(i.text) == key(text)]
    assert len(matches) == 1, f"{what} {text!r}: found {len(matches)} in {[i.text for i in items]}"
    return matches[0]


def check_against_expected(store: Store, detail: MeetingDetail, expected: dict[str, Any]) -> None:
    """Every field the expected JSON lists, and no extra statement/commitment/principle/step."""
    meeting = expected["meeting"]
    s = detail.summary
    assert str(s.starts_on) == meeting["date"]
    assert key(s.city or "") == key(meeting["city"])
    assert s.country_iso2 == meeting["country_iso2"]
    assert key(s.format) == key(meeting["format"])
    assert s.session_number == meeting["session_number"]
    assert key(detail.recurrence or "") == key(meeting["recurrence"])

    assert len(detail.parties) == len(meeting["parties"])
    for party in meeting["parties"]:
        assert any(key(party) in _names(store, p.id) for p in detail.parties), party

    assert len(detail.participants) == len(meeting["participants"])
    for person in meeting["participants"]:
        found = [p for p in detail.participants if key(p.actor.name) == key(person["name"])]
        assert len(found) == 1, person["name"]
        assert found[0].country_iso2 == person["country_iso2"], person["name"]
        assert found[0].role == person["role"].replace("-", "_"), person["name"]
        if "note" in person:
            assert key(found[0].note or "") == key(person["note"]), person["name"]

    commitments = list(detail.commitments)
    assert len(commitments) == len(expected["commitments"]), [c.text for c in commitments]
    for item in expected["commitments"]:
        found = _one(commitments, item["text"], "commitment")
        assert found.theme == item["theme"], item["text"]
        assert found.kind == item.get("kind", "commitment"), item["text"]
        if "also_themes" in item:
            assert set(found.also_themes) == set(item["also_themes"]), item["text"]

    principles = list(detail.principles)
    assert len(principles) == len(expected["principles"]), [p.text for p in principles]
    for text in expected["principles"]:
        _one(principles, text, "principle")

    steps = list(detail.next_steps)
    assert len(steps) == len(expected["next_steps"]), [n.text for n in steps]
    for item in expected["next_steps"]:
        found = _one(steps, item["text"], "next step")
        if "due" in item:
            assert found.due_precision == item["due_precision"]
            shown = {"year": str(found.due_on.year), "month": str(found.due_on)[:7]}.get(
                found.due_precision, str(found.due_on)
            )
            assert shown == item["due"]

    statements = list(detail.statements)
    assert len(statements) == len(expected["statements"]), [st.text for st in statements]
    for item in expected["statements"]:
        found = _one(statements, item["text"], "statement")
        assert found.speaker is not None and key(found.speaker.name) == key(item["speaker"])
        if "speaker_as_written" in item:
            assert key(found.speaker_as_written or "") == key(item["speaker_as_written"])
        if "country_iso2" in item:
            assert found.speaker_country_iso2 == item["country_iso2"]
    for words in expected["not_statements"]:
        assert all(key(words) != key(st.text) for st in statements), words
    items: list[CommitmentView | StatementView] = [*commitments, *principles, *steps, *statements]
    for item in items:
        assert item.anchor is not None, item.text


@pytest.mark.samples
def test_the_sample_yields_exactly_the_expected_records(
    samples: Path, empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = json.loads((samples / EXPECTED).read_text(encoding="utf-8"))
    [outcome] = importing.import_files(empty_store, [samples / SAMPLE])
    assert outcome.status == "imported", outcome.message
    assert outcome.meeting_id is not None and outcome.source_id is not None

    source = browse.get_source(empty_store, outcome.source_id)
    assert source.summary.language == expected["source"]["language"]
    for noise in expected["source"]["noise_removed"]:
        assert noise not in source.text

    detail = browse.get_meeting(empty_store, outcome.meeting_id, include_candidates=True)
    assert detail.summary.review_state == "candidate"
    check_against_expected(empty_store, detail, expected)
    items: tuple[CommitmentView | StatementView, ...] = (*detail.commitments, *detail.statements)
    for item in items:
        anchor = item.anchor
        assert anchor is not None
        assert source.text[anchor.start : anchor.end] == anchor.exact
        assert source.text[: anchor.start].endswith(anchor.prefix)

    # What a user sees: `chancery show meeting ID --all --json` prints the same records.
    empty_store.close()
    assert main(["show", "meeting", str(outcome.meeting_id), "--all", "--json",
                 "--db", str(empty_store.path)]) == 0  # fmt: skip
    shown = json.loads(capsys.readouterr().out)
    assert len(shown["statements"]) == len(expected["statements"])
    assert {p["actor"]["name"] for p in shown["participants"]} == {
        p["name"] for p in expected["meeting"]["participants"]
    }


@pytest.mark.samples
def test_the_sample_joins_the_demo_meeting_it_reports(samples: Path, store: Store) -> None:
    before = browse.count_meetings(store)
    [outcome] = importing.import_files(store, [samples / SAMPLE], confirm=True)
    assert outcome.status == "imported"
    assert browse.count_meetings(store) == before
    detail = browse.get_meeting(store, outcome.meeting_id or 0)
    assert len(detail.sources) == 2
    ours = [s for s in detail.statements if outcome.source_id in {x.id for x in s.sources}]
    assert len(ours) == 5
    # Two of them are the demo's own in other words (same speaker): they are not added
    # again, the demo's statement gains this source (issue 14).
    added = [s for s in ours if s.anchor and s.anchor.source_id == outcome.source_id]
    assert len(added) == 3
    [again] = importing.import_files(store, [samples / SAMPLE])
    assert again.status == "duplicate" and "already" in again.message


@pytest.mark.samples
def test_the_sample_corroborates_the_demo_meeting_instead_of_copying_it(
    samples: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: the sample article reports the demo's AES–Russia meeting in other words."""
    db = str(store.path)
    store.close()
    assert main(["import", str(samples / SAMPLE), "--db", db]) == 0
    message = capsys.readouterr().out
    assert "corroborations" in message
    meeting_id = int(message.split("existing meeting ")[1].split()[0])

    assert main(["show", "meeting", str(meeting_id), "--json", "--db", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    source_ids = [s["id"] for s in shown["sources"]]
    assert len(source_ids) == 2
    # What the reader sees: the meeting's own lists, not a second copy of them. The article's
    # third next step is new to the demo: it waits in the review queue (shown with --all).
    assert (len(shown["commitments"]), len(shown["principles"]), len(shown["next_steps"])) == (
        8,
        3,
        2,
    )
    for item in shown["commitments"] + shown["principles"] + shown["next_steps"]:
        assert [s["id"] for s in item["sources"]] == source_ids, item["text"]

    assert main(["show", "meeting", str(meeting_id), "--all", "--json", "--db", db]) == 0
    everything = json.loads(capsys.readouterr().out)
    lists = [everything[k] for k in ("commitments", "principles", "next_steps")]
    assert [len(x) for x in lists] == [8, 3, 3], [[i["text"] for i in x] for x in lists]
    # Every commitment is reported by both sources: none is left as "probably the same as #N"
    # (issue 14: "Facilitation d'acquisition…", "Formations adaptées…" and "Condamnation
    # unanime du terrorisme sponsorisé" are the demo's items in the article's words).
    for item in everything["commitments"]:
        assert [s["id"] for s in item["sources"]] == source_ids, item["text"]
    texts = [key(i["text"]) for i in everything["commitments"]]
    assert key("Coopération énergétique, incluant le nucléaire civil") not in texts
    [new_step] = [i for i in everything["next_steps"] if len(i["sources"]) == 1]
    assert key(new_step["text"]).startswith("l'intensification")
    assert [s["id"] for s in new_step["sources"]] == source_ids[1:]
    assert main(["review", "--db", db]) == 0
    assert "probably the same as #" not in capsys.readouterr().out

    # Accepted, the new step joins the meeting's own list: 8, 3 and 3.
    assert main(["review", "accept", "commitment", str(new_step["id"]), "--db", db]) == 0
    capsys.readouterr()
    assert main(["show", "meeting", str(meeting_id), "--json", "--db", db]) == 0
    accepted = json.loads(capsys.readouterr().out)
    counts = [len(accepted[k]) for k in ("commitments", "principles", "next_steps")]
    assert counts == [8, 3, 3]
