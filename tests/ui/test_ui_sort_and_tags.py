"""The sort arrow matches the order read; tags renamed and merged; tagged notes say their item."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import annotations as notes_api
from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.labels import sort_key
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.commitments import STATUS, THEME


def _column(window: MainWindow, column: int) -> list[str]:
    model = window.pages.tracker.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("column", [STATUS, THEME])
def test_the_order_read_is_the_order_the_arrow_says(
    store: Store, make_window: Callable[..., MainWindow], language: str, column: int
) -> None:
    window = make_window(store, language)
    table = window.pages.tracker.table
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.sortByColumn(column, order)
        window.ctx.runner.drain()
        # (a theme cell names the main theme first, then the others: sorted by the first)
        shown = [sort_key(w.split(", ")[0]) for w in _column(window, column)]
        expected = sorted(shown, reverse=order == Qt.SortOrder.DescendingOrder)
        assert shown == expected, (language, column, order)
        header = table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, order)


def test_a_column_that_cannot_sort_keeps_the_arrow_where_the_order_is(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(store)
    table = window.pages.tracker.table
    table.sortByColumn(STATUS, Qt.SortOrder.DescendingOrder)
    window.ctx.runner.drain()
    table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # Parties
    header = table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        STATUS,
        Qt.SortOrder.DescendingOrder,
    )


def test_tags_renamed_and_merged_in_the_window_and_undone(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    meeting = browse.list_meetings(store)[0]
    item = browse.list_commitments(store)[0]
    notes_api.add_annotation(store, "meeting", meeting.id, "Sur la réunion", tags=["energie"])
    notes_api.add_annotation(store, "commitment", item.id, "Sur l'engagement", tags=["Énergie"])
    window = make_window(store, "fr")
    actions = window.pages.tag_actions
    actions.rename("energie", "énergie civile")
    window.ctx.runner.drain()
    tags = dict(notes_api.list_tags(store))
    assert "énergie civile" in tags and "energie" not in tags
    actions.merge(["Énergie"], "énergie civile")
    window.ctx.runner.drain()
    assert dict(notes_api.list_tags(store)).get("énergie civile") == 2
    assert "énergie civile" in window.pages.tag_names()
    window.ctx.undo_stack.undo()
    window.ctx.runner.drain()
    assert dict(notes_api.list_tags(store)).get("Énergie") == 1
    # The notes under a tag say what each is on.
    row = window.pages.tag_names().index("énergie civile")
    window.pages.tag_table.selectRow(row)
    window.ctx.runner.drain()
    model = window.pages.tag_notes_model
    on = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert on == [f"réunion : {meeting.title}"], on
