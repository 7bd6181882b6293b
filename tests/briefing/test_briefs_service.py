"""The briefs service: selection, marking, follow-up, notes, records and changes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from briefpdf import AES_RUSSIA, TODAY
from sqlalchemy import select

from db import models as m
from desktop_app.services import annotations as notes_api
from desktop_app.services import briefs, tracking
from desktop_app.services.briefs import BriefError, BriefRequest
from desktop_app.services.classification import ClassificationError, load_levels
from desktop_app.services.store import Store


def _mark(store: Store, commitment_id: int, level: str) -> None:
    with store.write() as session:
        session.get_one(m.Commitment, commitment_id).classification = level


def _first_commitment(store: Store) -> int:
    with store.read() as session:
        return min(
            c.id
            for c in session.get_one(m.Meeting, AES_RUSSIA).commitments
            if c.kind == "commitment"
        )


def test_banner_is_the_highest_level_contained(store: Store) -> None:
    assert briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,))).marking.keyword == (
        "UNCLASSIFIED"
    )
    _mark(store, _first_commitment(store), "CONFIDENTIAL")
    note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,)))
    assert note.marking.keyword == "CONFIDENTIAL"
    higher = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), classification="secret"))
    assert higher.marking.keyword == "SECRET"


def test_exporting_below_an_items_level_is_refused_naming_it(store: Store, tmp_path: Path) -> None:
    item = _first_commitment(store)
    _mark(store, item, "CONFIDENTIAL")
    out = tmp_path / "note.pdf"
    with pytest.raises(BriefError) as caught:
        briefs.export_brief(
            store, BriefRequest(meeting_ids=(AES_RUSSIA,), classification="RESTRICTED"), out
        )
    message = str(caught.value)
    assert f"Commitment {item}" in message and "CONFIDENTIAL" in message
    assert "RESTRICTED" in message
    assert not out.exists() and briefs.list_briefs(store) == []


def test_a_note_marked_higher_than_the_export_is_refused_too(store: Store) -> None:
    note = notes_api.add_annotation(
        store,
        "meeting",
        AES_RUSSIA,
        "Source sensible",
        include_in_brief=True,
        classification="SECRET",
    )
    with pytest.raises(BriefError, match=f"Note {note.id}"):
        briefs.collect(
            store, BriefRequest(meeting_ids=(AES_RUSSIA,), classification="CONFIDENTIAL")
        )
    # Leaving the note out makes the lower marking possible.
    kept = briefs.collect(
        store,
        BriefRequest(meeting_ids=(AES_RUSSIA,), classification="CONFIDENTIAL", annotation_ids=()),
    )
    assert kept.notes == ()


def test_a_ministrys_own_levels_replace_the_defaults(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "levels.json"
    settings.write_text(
        json.dumps(
            {
                "levels": [
                    {"keyword": "PUBLIC", "en": "PUBLIC", "fr": "PUBLIC"},
                    {
                        "keyword": "INTERNE",
                        "en": "INTERNAL",
                        "fr": "USAGE INTERNE",
                        "color": "#884400",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("CHANCERY_CLASSIFICATION_FILE", str(settings))
    assert [lv.keyword for lv in load_levels()] == ["PUBLIC", "INTERNE"]
    note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), classification="interne"))
    assert note.marking.text("fr") == "USAGE INTERNE"
    with pytest.raises(ClassificationError, match="SECRET"):
        briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), classification="SECRET"))
    settings.write_text("{not json", encoding="utf-8")
    with pytest.raises(ClassificationError, match="levels.json"):
        load_levels()


def test_follow_up_is_in_date_order_with_overdue_and_due_soon(store: Store) -> None:
    note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), today=TODAY))
    dates = [f.due_on for f in note.follow_up]
    assert dates == sorted(d for d in dates if d) and len(dates) == 2
    states = {f.text: f.state for f in note.follow_up}
    assert states["un mécanisme de suivi de la mise en œuvre des engagements pris"] == "overdue"
    soon = briefs.collect(
        store, BriefRequest(meeting_ids=(AES_RUSSIA,), today=dt.date(2026, 12, 10))
    )
    assert "due_soon" in {f.state for f in soon.follow_up}


def test_reader_notes_marked_for_briefs_go_in_by_default(store: Store) -> None:
    extra = notes_api.add_annotation(store, "meeting", AES_RUSSIA, "Pas pour la note")
    note = briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,)))
    bodies = [n.body for n in note.notes]
    assert len(bodies) == 1 and bodies[0].startswith("À suivre")
    chosen = briefs.collect(
        store, BriefRequest(meeting_ids=(AES_RUSSIA,), annotation_ids=(extra.id,))
    )
    assert [n.body for n in chosen.notes] == ["Pas pour la note"]
    choices = briefs.annotation_choices(store, BriefRequest(meeting_ids=(AES_RUSSIA,)))
    assert {c.annotation.id: c.checked for c in choices}[extra.id] is False


def test_changes_since_the_last_brief_on_the_same_subject(store: Store, tmp_path: Path) -> None:
    request = BriefRequest(meeting_ids=(AES_RUSSIA,), today=TODAY)
    first = briefs.export_brief(store, request, tmp_path / "a.pdf")
    assert briefs.collect(store, request).changes.empty
    item = _first_commitment(store)
    tracking.set_commitment_tracking(store, item, status="fulfilled")
    with store.write() as session:
        session.add(
            m.Commitment(meeting_id=AES_RUSSIA, text="Ouvrir une ambassade", kind="commitment")
        )
    changes = briefs.collect(store, request).changes
    assert changes.previous_reference == first.reference
    assert changes.new_commitments == ("Ouvrir une ambassade",)
    assert [(s.old, s.new) for s in changes.status_changes] == [("in_progress", "fulfilled")]
    assert briefs.changes_since(store, first.id) == changes
    # Another subject has no earlier brief.
    assert briefs.collect(store, BriefRequest(meeting_ids=(4,))).changes.first


def test_an_actors_brief_lists_new_meetings(store: Store, tmp_path: Path) -> None:
    request = BriefRequest(actor_ids=(_actor(store, "Russie"),), today=TODAY)
    first = briefs.export_brief(store, request, tmp_path / "a.pdf")
    assert set(first.meeting_ids) >= {AES_RUSSIA}
    with store.write() as session:
        meeting = m.Meeting(title="Deuxième session AES–Russie", format="consultations")
        meeting.participations.append(m.Participation(actor_id=request.actor_ids[0]))
        session.add(meeting)
    assert briefs.collect(store, request).changes.new_meetings == ("Deuxième session AES–Russie",)


def _actor(store: Store, name: str) -> int:
    with store.read() as session:
        return session.scalars(select(m.Actor.id).where(m.Actor.name == name)).one()


def test_export_records_the_brief_and_a_failed_write_records_nothing(
    store: Store, tmp_path: Path
) -> None:
    view = briefs.export_brief(
        store, BriefRequest(meeting_ids=(AES_RUSSIA,), audience="Cabinet"), tmp_path / "n.pdf"
    )
    assert view.pages == 2 and view.audience == "Cabinet"
    assert briefs.verify_file(view) is None
    assert [b.id for b in briefs.list_briefs(store)] == [view.id]
    with pytest.raises(BriefError, match="does not exist"):
        briefs.export_brief(
            store, BriefRequest(meeting_ids=(AES_RUSSIA,)), tmp_path / "no" / "n.pdf"
        )
    assert len(briefs.list_briefs(store)) == 1
    (tmp_path / "n.pdf").write_bytes(b"changed")
    assert "has changed" in (briefs.verify_file(view) or "")


def test_nothing_selected_or_unknown_ids_are_refused(store: Store) -> None:
    with pytest.raises(BriefError, match="at least one meeting"):
        briefs.collect(store, BriefRequest())
    with pytest.raises(briefs.browse.NotFound, match="999"):
        briefs.collect(store, BriefRequest(meeting_ids=(999,)))
    with pytest.raises(BriefError, match="French"):
        briefs.collect(store, BriefRequest(meeting_ids=(AES_RUSSIA,), language="de"))


def test_the_benchmark_entry_point_builds_a_note_for_n_meetings(
    store: Store, tmp_path: Path
) -> None:
    pages = briefs.build_note_for_meetings(store, range(1, 8), tmp_path / "all.pdf")
    assert pages >= 3 and (tmp_path / "all.pdf").stat().st_size > 10_000
    assert briefs.list_briefs(store) == []


def test_meeting_details_match_browse_get_meeting(store: Store) -> None:
    ids = briefs.browse.meeting_ids(store)
    assert briefs.meeting_details(store, ids) == [briefs.browse.get_meeting(store, i) for i in ids]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"levels": [{"keyword": "PUBLIC", "color": "reddish"}]}', '"color" is "reddish"'),
        ('{"levels": [{"en": "PUBLIC"}]}', '"keyword" is missing'),
        ('{"levels": [{"keyword": "A"}, {"keyword": 7}]}', 'level 2: the field "keyword"'),
        ('{"levels": []}', 'field "levels"'),
        ('{"levels": ["PUBLIC"]}', "level 1, is not an object"),
        ("{not json", "is not valid JSON"),
        ('{"levels": [{"keyword": "A"}, {"keyword": "a"}]}', "keyword A twice"),
    ],
)
def test_a_bad_classification_file_is_one_sentence_naming_the_file_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, words: str
) -> None:
    settings = tmp_path / "classification.json"
    settings.write_text(content, encoding="utf-8")
    monkeypatch.setenv("CHANCERY_CLASSIFICATION_FILE", str(settings))
    with pytest.raises(ClassificationError) as caught:
        load_levels()
    message = str(caught.value)
    assert words in message and str(settings) in message and "\n" not in message


def test_a_colour_name_reportlab_reads_is_kept_as_hex(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "classification.json"
    settings.write_text('{"levels": [{"keyword": "PUBLIC", "color": "red"}]}', encoding="utf-8")
    monkeypatch.setenv("CHANCERY_CLASSIFICATION_FILE", str(settings))
    assert [lv.color for lv in load_levels()] == ["#ff0000"]
    briefs.export_brief(store, BriefRequest(meeting_ids=(AES_RUSSIA,)), tmp_path / "n.pdf")
    assert (tmp_path / "n.pdf").stat().st_size > 1000


def test_characters_no_font_has_are_said_before_the_layout_and_the_brief_is_made(
    store: Store, tmp_path: Path
) -> None:
    request = BriefRequest(
        meeting_ids=(AES_RUSSIA,), language="en", talking_points=("Meet in 北京 🙂 🙂",)
    )
    found = briefs.unprintable_characters(store, request)
    assert [(r.char, r.where) for r in found] == [
        ("北", "Talking points"),
        ("京", "Talking points"),
        ("🙂", "Talking points"),
        ("🙂", "Talking points"),
    ]
    sentences = briefs.warnings_text(found)
    assert len(sentences) == 3 and "U+1F642" in sentences[2] and "Talking points" in sentences[2]
    said: list[list[briefs.Replacement]] = []
    stages: list[str] = []

    def layout(note: briefs.NoteContent) -> briefs.BuiltPdf:
        stages.append("layout")
        return briefs.build(note)

    def warn(replaced: list[briefs.Replacement]) -> None:
        said.append(replaced)
        stages.append("warn")

    view = briefs.export_brief(
        store,
        request,
        tmp_path / "n.pdf",
        warn=warn,
        layout=layout,
    )
    assert stages == ["warn", "layout"] and said == [found]
    assert view.replaced == tuple(found)
    assert (
        briefs.unprintable_characters(store, BriefRequest(meeting_ids=(AES_RUSSIA,), language="en"))
        == []
    )
