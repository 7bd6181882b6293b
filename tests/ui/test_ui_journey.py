"""A user's path through the window, then a restart: the note, the status and the layout stay."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.main_window import MainWindow


def _aes_russia(store: Store) -> int:
    return next(m.id for m in browse.list_meetings(store) if "AES–Russie" in m.title)


def test_search_open_passage_note_undo_redo_status_restart(
    tmp_path: Path, make_window: Callable[..., MainWindow]
) -> None:
    store = Store.open(tmp_path / "journey.db")
    from desktop_app.services.demo import load_demo

    load_demo(store)
    window = make_window(store)
    run = window.ctx.runner.drain

    # search, accent-blind, as the user types
    window.search_box.setFocus()
    window.search_box.setText("energetique")
    window.search.run_now()
    run()
    assert window.pages.current_key() == "search"
    hits = window.pages.search_model.rows()
    assert hits, "energetique finds énergétique"
    assert any("<b>énergétique</b>" in h.snippet.lower() for h in hits)

    # open the AES–Russia meeting the hit belongs to
    meeting_id = _aes_russia(store)
    hit = next(h for h in hits if h.meeting_id == meeting_id)
    window.pages.search.setCurrentIndex(window.pages.search_model.index(hits.index(hit), 0))
    run()
    window.open_item("meeting", meeting_id)
    run()
    assert window.detail.meeting is not None and window.detail.meeting.id == meeting_id
    assert "Moscou" in window.detail.browser.toPlainText()

    # show a commitment's passage, highlighted inside the full source text
    commitment = window.detail.meeting.commitments[0]
    assert window.detail.show_passage(f"commitment:{commitment.id}")
    run()
    assert commitment.anchor is not None
    assert window.detail.source.highlighted_text() == commitment.anchor.exact
    assert commitment.anchor.exact in window.detail.source.text.toPlainText()

    # add a note on the meeting, undo, redo
    window.open_item("meeting", meeting_id)
    run()
    notes = window.detail.notes
    before = len(notes_api.list_annotations(store, target_kind="meeting", target_id=meeting_id))
    notes.body.setPlainText("Suivre la coopération énergétique (nucléaire civil).")
    notes.tags.setText("énergie, suivi")
    notes.save()
    run()
    live = notes_api.list_annotations(store, target_kind="meeting", target_id=meeting_id)
    assert len(live) == before + 1
    window.actions_.undo.trigger()
    run()
    after_undo = notes_api.list_annotations(store, target_kind="meeting", target_id=meeting_id)
    assert len(after_undo) == before
    window.actions_.redo.trigger()
    run()
    live = notes_api.list_annotations(store, target_kind="meeting", target_id=meeting_id)
    assert any(n.body.startswith("Suivre la coopération") for n in live)
    assert notes.model.rowCount() == before + 1

    # change a commitment's status in the tracker, in place
    window.show_section("commitments")
    run()
    model = window.pages.tracker.model
    row = model.row_of(commitment.id)
    from desktop_app.ui.models.commitments import STATUS

    assert model.setData(model.index(row, STATUS), "fulfilled")
    run()
    assert browse.get_commitment(store, commitment.id).status == "fulfilled"
    assert model.index(row, STATUS).data() == "fulfilled"
    # a size the offscreen screen (800×600) holds, so the restored geometry is not clamped
    window.resize(790, 560)
    window.splitter.setSizes([120, 330, 330])
    sizes = window.splitter.sizes()
    geometry = window.geometry()
    window.close()
    run()
    store.close()

    # start again on the same store and settings
    store = Store.open(tmp_path / "journey.db")
    again = make_window(store)
    again.ctx.runner.drain()
    assert again.current_section() == "commitments"
    assert again.geometry().size() == geometry.size()
    assert again.splitter.sizes() == sizes
    assert browse.get_commitment(store, commitment.id).status == "fulfilled"
    kept = notes_api.list_annotations(store, target_kind="meeting", target_id=meeting_id)
    assert any(n.body.startswith("Suivre la coopération") for n in kept)
    assert "énergie" in next(n for n in kept if n.body.startswith("Suivre")).tags
    store.close()
