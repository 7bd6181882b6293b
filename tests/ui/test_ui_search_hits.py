"""Each search hit says its meeting and date; its words read at 4.5:1 or better."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.html_delegate import MIN_CONTRAST, contrast, hit_colours
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search import html_hits


def test_every_hit_in_a_meeting_names_it_and_its_date(store: Store) -> None:
    titles = {m.id: m for m in browse.list_meetings(store)}
    hits = html_hits(store, "Moscou")
    kinds = {h.kind for h in hits}
    assert {"source", "commitment"} <= kinds or {"source", "meeting"} <= kinds, kinds
    for hit in hits:
        if hit.meeting_id is None:
            continue
        meeting = titles[hit.meeting_id]
        assert hit.meeting_title == meeting.title
        assert hit.meeting_date == meeting.starts_on


def test_the_results_list_shows_meeting_and_date(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(store)
    window.search_box.setText("Moscou")
    window.search.run_now()
    window.ctx.runner.drain()
    model = window.pages.search_model
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    source_rows = [t for t in texts if t.startswith("source")]
    assert source_rows and all("Meeting: " in t for t in source_rows), texts
    assert any("Apr 2025" in t for t in source_rows), source_rows


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("selected", [False, True])
def test_the_kind_label_and_snippet_read_at_4_5_to_1(
    store: Store, make_window: Callable[..., MainWindow], dark: bool, selected: bool
) -> None:
    window = make_window(store)
    view = window.pages.search
    option = QStyleOptionViewItem()
    option.palette = QPalette(view.palette())
    if dark:  # a dark desktop theme: light text on a dark base
        option.palette.setColor(QPalette.ColorRole.Base, QColor("#232629"))
        option.palette.setColor(QPalette.ColorRole.Text, QColor("#eff0f1"))
    # Fusion's own selection colour: white on it is 3.7:1
    option.palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    option.palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    background, kind, muted = hit_colours(option)
    assert contrast(kind, background) >= MIN_CONTRAST
    assert contrast(muted, background) >= MIN_CONTRAST
