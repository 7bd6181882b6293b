"""Issue 16, the window as a daily tool: language in place, multi-select, fresh views, keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.app import WindowHost
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings


@pytest.fixture
def host(
    store: Store, qapp: QApplication, make_settings: Callable[[], AppSettings]
) -> Iterator[WindowHost]:
    settings = make_settings()
    settings.language = "en"
    host = WindowHost(qapp, store, settings)
    yield host
    window = host.window
    if window is not None and shiboken6.isValid(window):
        window.close()
        window.ctx.runner.drain()
        shiboken6.delete(window)
    install_language(qapp, "en")


def _settle(window: MainWindow, qtbot: object) -> None:
    for _ in range(4):
        window.ctx.runner.drain()
        QApplication.processEvents()


def test_language_switches_in_place_keeping_page_filters_and_selection(
    host: WindowHost, store: Store, qapp: QApplication, qtbot: object
) -> None:
    first = host.open()
    first.show()
    _settle(first, qtbot)
    russia = next(a for a in browse.list_actors(store) if a.iso2 == "RU")
    first.show_section("meetings")
    first.facets.select_actor(russia.id)
    _settle(first, qtbot)
    ids = first.pages.meeting_model.ids()
    assert len(ids) >= 2
    first.pages.meetings.selectRow(0)
    first.pages.meetings.selectionModel().select(
        first.pages.meeting_model.index(1, 0),
        first.pages.meetings.selectionModel().SelectionFlag.Select
        | first.pages.meetings.selectionModel().SelectionFlag.Rows,
    )
    _settle(first, qtbot)
    chosen = first.selected_meeting_ids()
    assert len(chosen) == 2
    first.open_item("meeting", chosen[0])
    _settle(first, qtbot)
    first.detail.notes.body.setPlainText("half-written thought")
    # The application quits when its last window closes (outside tests, where no event loop
    # runs): the new window must be visible when the old one closes.
    alone: list[bool] = []

    class CloseWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is first and event.type() == QEvent.Type.Close:
                others = [
                    w for w in QApplication.topLevelWidgets() if w is not first and w.isVisible()
                ]
                alone.append(not any(isinstance(w, MainWindow) for w in others))
            return False

    watch = CloseWatch()
    first.installEventFilter(watch)

    first.actions_.languages["fr"].trigger()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: host.window is not first and host.window is not None and host.window.isVisible()
    )
    new = host.window
    assert new is not None
    _settle(new, qtbot)
    assert alone == [False], "the application was left without a window: it quits"
    assert new.sidebar.item(0).text() == "Réunions"
    assert new.current_section() == "meetings"
    assert new.facets.facets().actor_id == russia.id
    assert new.facets.actor.currentData() == russia.id
    assert new.pages.meeting_model.ids() == ids
    assert sorted(new.selected_meeting_ids()) == sorted(chosen)
    assert new.detail.current == ("meeting", chosen[0])
    assert new.detail.notes.body.toPlainText() == "half-written thought"
    assert new.store_location == str(store.path)
