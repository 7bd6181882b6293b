"""Search as you type: off the GUI thread, stale answers dropped, words marked and escaped."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.labels import theme_label
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search import SearchController, html_hits


def test_newer_keystroke_drops_the_older_query(ctx: AppContext) -> None:
    controller = SearchController(ctx)
    delivered: list[str] = []
    controller.results.connect(lambda query, hits: delivered.append(query))
    controller.set_text("Moscou")
    controller.run_now()  # running in a worker…
    controller.set_text("energetique")  # …when the user types on
    controller.run_now()
    ctx.runner.drain()
    assert delivered == ["energetique"]
    controller.set_text("")
    ctx.runner.drain()
    assert delivered == ["energetique"]


def test_hits_are_html_safe_with_words_in_bold(store: Store) -> None:
    meeting = browse.list_meetings(store)[0]
    notes_api.add_annotation(store, "meeting", meeting.id, "<script>x</script> & énergie")
    hits = [h for h in html_hits(store, "energie") if h.kind == "annotation"]
    assert hits
    assert "&lt;script&gt;" in hits[0].snippet and "<script>" not in hits[0].snippet
    assert "<b>énergie</b>" in hits[0].snippet


def test_search_box_escape_and_facets(store: Store, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(store)
    window.actions_.find.trigger()
    assert window.focusWidget() is window.search_box
    window.search_box.setText("AES")
    window.search.run_now()
    window.ctx.runner.drain()
    kinds = {h.kind for h in window.pages.search_model.rows()}
    assert len(kinds) > 1, kinds  # across kinds
    everything = window.pages.search_model.rowCount()
    # a status facet keeps only the commitments with that status
    window.facets.status.setCurrentIndex(window.facets.status.findData("in_progress"))
    window.ctx.runner.drain()  # the facets apply on a worker, then the search runs again
    window.search.run_now()
    window.ctx.runner.drain()
    rows = window.pages.search_model.rows()
    assert 0 < len(rows) < everything
    assert {h.kind for h in rows} == {"commitment"}
    for hit in rows:
        assert browse.get_commitment(store, hit.id).status == "in_progress"
    window.leave_search()
    assert window.search_box.text() == ""
    assert window.pages.current_key() != "search"


def test_facets_filter_the_lists(store: Store, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(store)
    all_meetings = window.pages.meeting_model.rowCount()
    russia = next(a for a in browse.list_actors(store) if a.iso2 == "RU")
    window.facets.select_actor(russia.id)
    window.ctx.runner.drain()
    shown = window.pages.meeting_model.rowCount()
    assert 0 < shown < all_meetings
    window.facets.theme.setCurrentIndex(window.facets.theme.findData("energy"))
    window.ctx.runner.drain()
    model = window.pages.tracker.model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        assert "energy" in model.index(row, 2).data()


def test_sorting_a_list_runs_in_the_database(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.ui.models.lazy import ROW_ROLE

    window = make_window(store)
    table = window.pages.meetings
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    window.ctx.runner.drain()
    model = window.pages.meeting_model

    def shown() -> list[str]:  # the titles (the list writes "demo · " before the demo's)
        return [model.index(row, 1).data(ROW_ROLE).title for row in range(model.rowCount())]

    titles = shown()
    assert titles == [m.title for m in browse.list_meetings(store, sort="title", descending=False)]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    window.ctx.runner.drain()
    assert shown() == titles[::-1]


def test_the_tracker_chart_counts_what_the_list_shows(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(store)
    tracker = window.pages.tracker
    window.show_section("commitments")
    window.ctx.runner.drain()
    model = tracker.model
    shown = model.rowCount()
    assert shown > 0 and sum(sum(c.values()) for _label, c in tracker.chart.rows) == shown
    labels = [label for label, _c in tracker.chart.rows]
    assert theme_label("energy") in labels and None not in labels  # themes by their label
    tracker.chart_by.setCurrentIndex(tracker.chart_by.findData("partner"))
    window.ctx.runner.drain()
    partners = [label for label, _c in tracker.chart.rows]
    assert "Russia" in partners or "Russie" in partners
    window.facets.theme.setCurrentIndex(window.facets.theme.findData("energy"))
    window.ctx.runner.drain()
    assert model.rowCount() < shown


def test_a_failed_list_read_is_said_and_the_other_lists_still_load(
    store: Store, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services.store import StoreError
    from desktop_app.ui import filtering

    window = make_window(store)
    window.pages.actor_model.set_rows([])
    errors: list[str] = []
    window.ctx.error.connect(errors.append)

    def broken(*_args: object) -> list[int]:
        raise StoreError("The store is busy; try again.")

    monkeypatch.setattr(filtering, "meeting_ids_for", broken)
    window.reload_all()
    window.ctx.runner.drain()
    assert any("busy" in e for e in errors)
    assert window.pages.actor_model.rowCount() > 0
