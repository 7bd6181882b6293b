"""Issue 16, the window as a daily tool: language in place, multi-select, fresh views, keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.app import WindowHost
from desktop_app.ui.briefs.composer import BriefComposer
from desktop_app.ui.date_field import END, START, DateError, parse_user_date
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
    if host.store is not store:  # a store the window opened (File ▸ Open store)
        host.store.close()
    install_language(qapp, "en")


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    for _ in range(4):
        window.ctx.runner.drain()
        QApplication.processEvents()


def test_language_switches_in_place_keeping_page_filters_and_selection(
    host: WindowHost, store: Store, qapp: QApplication, qtbot: QtBot
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
    qtbot.waitUntil(
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


def _composed(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, ...]]:
    opened: list[tuple[int, ...]] = []

    def capture(dialog: QDialog) -> None:
        assert isinstance(dialog, BriefComposer)
        opened.append(tuple(dialog.meeting_ids))
        shiboken6.delete(dialog)

    monkeypatch.setattr(window, "_open_dialog", capture)
    return opened


def test_a_brief_of_several_meetings_from_the_keyboard(
    store: Store,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store)
    _settle(window, qtbot)
    opened = _composed(window, monkeypatch)
    window.show_section("meetings")
    table = window.pages.meetings
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    ids = window.pages.meeting_model.ids()
    assert window.selected_meeting_ids() == ids[:3]
    qtbot.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.selected_meeting_ids() == ids
    qtbot.keyClick(table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [tuple(ids[:3]), tuple(ids)]


def test_a_brief_never_covers_a_meeting_the_filters_hide(
    store: Store,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store)
    _settle(window, qtbot)
    opened = _composed(window, monkeypatch)
    russia = next(a for a in browse.list_actors(store) if a.iso2 == "RU")
    hidden = next(
        m.id for m in browse.list_meetings(store) if all("Russie" not in p for p in m.parties)
    )
    window.open_item("meeting", hidden)
    window.facets.select_actor(russia.id)
    _settle(window, qtbot)
    shown = window.pages.meeting_model.ids()
    assert hidden not in shown and shown
    window.pages.meetings.clearSelection()
    window.actions_.export_brief.trigger()
    assert opened == []  # nothing selected: said in the status bar, nothing composed
    assert "Ctrl+Shift+E" in window.statusBar().currentMessage()
    window.actions_.export_shown.trigger()
    assert opened == [tuple(shown)]


# 5. every view shows the store as it is after each change, undo included


def test_undoing_a_note_edit_puts_the_old_text_back_in_the_editor(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meeting = browse.list_meetings(store)[0].id
    window.open_item("meeting", meeting)
    _settle(window, qtbot)
    notes = window.detail.notes
    notes.new_note()
    notes.body.setPlainText("first text")
    notes.save()
    _settle(window, qtbot)
    notes.select_note(notes.model.rows()[0].id)
    notes.body.setPlainText("second text")
    notes.save()
    _settle(window, qtbot)
    window.actions_.undo.trigger()
    _settle(window, qtbot)
    assert notes.body.toPlainText() == "first text"
    window.actions_.redo.trigger()
    _settle(window, qtbot)
    assert notes.body.toPlainText() == "second text"


def test_the_detail_pane_drops_an_item_the_filters_hide(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    _settle(window, qtbot)
    russia = next(a for a in browse.list_actors(store) if a.iso2 == "RU")
    hidden = next(
        m.id for m in browse.list_meetings(store) if all("Russie" not in p for p in m.parties)
    )
    window.open_item("meeting", hidden)
    _settle(window, qtbot)
    assert window.detail.current == ("meeting", hidden)
    window.facets.select_actor(russia.id)
    _settle(window, qtbot)
    assert window.detail.current is None
    assert "hidden by the filters" in window.detail.browser.toPlainText()


def test_a_source_opened_from_search_is_the_item_in_view(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    meeting = browse.list_meetings(store)[0].id
    window.open_item("meeting", meeting)
    _settle(window, qtbot)
    source = browse.list_sources(store)[-1]
    window.open_item("source", source.id)
    _settle(window, qtbot)
    assert window.detail.current == ("source", source.id)
    assert source.title in window.detail.browser.toPlainText()
    assert window.detail.notes.target == ("source", source.id)


def test_a_reviewed_candidate_no_longer_says_to_review(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop_app.services import review
    from tests.ui.test_ui_undo import _candidate

    candidate = _candidate(store, tmp_path)
    window = make_window(store)
    _settle(window, qtbot)
    window.detail.show_candidate(candidate)
    assert "To review" in window.detail.browser.toPlainText()
    for other in review.list_candidates(store):
        review.accept(store, other.kind, other.id)
    window.ctx.changed.emit(candidate.kind, candidate.id)
    _settle(window, qtbot)
    assert "To review" not in window.detail.browser.toPlainText()
    assert "left the review queue" in window.detail.browser.toPlainText()


def test_a_recovered_draft_opens_its_own_meeting(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from desktop_app.services import annotations as notes_api

    meetings = browse.list_meetings(store)
    drafted, other = meetings[1], meetings[0]
    notes_api.save_draft(store, "meeting", drafted.id, "draft on the second meeting")
    window = make_window(store)
    window.open_item("meeting", other.id)
    _settle(window, qtbot)
    notes = window.detail.notes
    notes.offer_drafts(notes_api.list_drafts(store))
    notes.restore_button.click()
    _settle(window, qtbot)
    assert window.detail.current == ("meeting", drafted.id)
    assert notes.target == ("meeting", drafted.id)
    assert drafted.title in notes.header.text()
    assert notes.body.toPlainText() == "draft on the second meeting"


# 3. dates typed the user's way; 4. the keyboard


@pytest.mark.parametrize(
    ("typed", "side", "day"),
    [
        ("3/4/2025", START, dt.date(2025, 4, 3)),
        ("03.04.25", START, dt.date(2025, 4, 3)),
        ("3 avril 2025", START, dt.date(2025, 4, 3)),
        ("1er févr. 2026", START, dt.date(2026, 2, 1)),
        ("3 April 2025", START, dt.date(2025, 4, 3)),
        ("April 3, 2025", START, dt.date(2025, 4, 3)),
        ("2025-04-03", START, dt.date(2025, 4, 3)),
        ("avril 2025", END, dt.date(2025, 4, 30)),
        ("2026", START, dt.date(2026, 1, 1)),
        ("2026", END, dt.date(2026, 12, 31)),
        ("  ", START, None),
    ],
)
def test_dates_are_read_the_users_way(typed: str, side: str, day: dt.date | None) -> None:
    assert parse_user_date(typed, side) == day


@pytest.mark.parametrize("typed", ["2631122026", "31/02/2025", "3 brumaire 2025", "13/13/2025"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(DateError):
        parse_user_date(typed)


def test_a_typed_date_filters_or_says_why_not(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    _settle(window, qtbot)
    every = window.pages.meeting_model.ids()
    field = window.facets.date_from
    field.line.setFocus()
    field.line.setText("2631122026")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert field.date() is None
    assert window.pages.meeting_model.ids() == every
    assert "is not a date" in window.statusBar().currentMessage()
    assert "3/4/2025" in window.statusBar().currentMessage()
    field.line.setText("3 avril 2025")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert field.date() == dt.date(2025, 4, 3)
    assert field.line.text() == "3 Apr 2025"  # shown as understood
    assert "is not a date" not in window.statusBar().currentMessage()
    since = {
        m.id
        for m in browse.list_meetings(store)
        if m.starts_on is not None and m.starts_on >= dt.date(2025, 4, 3)
    }
    assert set(window.pages.meeting_model.ids()) == since and since != set(every)


def test_the_calendar_opens_on_today(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    field = window.facets.date_to
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.menu.isVisible()
    today = dt.date.today()
    assert field.calendar.selectedDate() == QDate(today.year, today.month, today.day)
    qtbot.keyClick(field.calendar, Qt.Key.Key_Escape)


def test_the_tracker_filters_by_due_date(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from domain.views import CommitmentFilter

    window = make_window(store)
    window.show_section("commitments")
    _settle(window, qtbot)
    every = window.pages.tracker.model.ids()
    tracker = window.pages.tracker
    for field in (tracker.due_from, tracker.due_to):
        field.line.setText("2026")
        field.line.editingFinished.emit()
    _settle(window, qtbot)
    due = {
        c.id
        for c in browse.list_commitments(store, CommitmentFilter())
        if c.due_on is not None and c.due_on.year == 2026
    }
    assert due and set(tracker.model.ids()) == due
    assert set(every) > due


def test_tab_leaves_the_date_fields(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    window.activateWindow()
    qtbot.waitActive(window)
    window.facets.date_from.line.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.facets.date_to.line
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.facets.tag


def _key(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """A key press where the focus is, as a keyboard-only user would type it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    mods = modifier if modifier is not None else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, key, mods)


def _type(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def test_the_readmes_tasks_by_keyboard_alone(
    store: Store,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.services import annotations as notes_api

    window = make_window(store)
    window.activateWindow()
    qtbot.waitActive(window)
    _settle(window, qtbot)
    opened = _composed(window, monkeypatch)
    ctrl = Qt.KeyboardModifier.ControlModifier
    russia = next(m for m in browse.list_meetings(store) if "AES–Russie" in m.title)

    # 1. Meetings ▸ the AES–Russia consultation ▸ a commitment's passage
    _key(qtbot, Qt.Key.Key_1, ctrl)
    assert QApplication.focusWidget() is window.pages.meetings
    _key(qtbot, Qt.Key.Key_Home)
    for _ in range(window.pages.meeting_model.row_of(russia.id)):
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert window.detail.current == ("meeting", russia.id)
    for _ in range(6):  # Tab reaches the detail in a few steps: the list, then the detail
        _key(qtbot, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.detail.browser:
            break
    assert QApplication.focusWidget() is window.detail.browser
    for _ in range(40):  # link by link, to the first "passage"
        _key(qtbot, Qt.Key.Key_Down, ctrl)
        if window.detail.browser.textCursor().charFormat().anchorHref().startswith("passage:"):
            break
    href = window.detail.browser.textCursor().charFormat().anchorHref()
    assert href.startswith("passage:"), href
    _key(qtbot, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert window.detail.source.highlighted_text()
    # Tab leaves the detail in one step, however many links it has
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.detail.browser

    # 2. Ctrl+F, energetique, Enter: the hits; Down and the hit opens
    _key(qtbot, Qt.Key.Key_F, ctrl)
    _type(qtbot, "energetique")
    _key(qtbot, Qt.Key.Key_Return)
    _settle(window, qtbot)
    assert window.pages.current_key() == "search"
    assert window.pages.search_model.rowCount() > 0
    assert QApplication.focusWidget() is window.pages.search
    _key(qtbot, Qt.Key.Key_Escape)
    assert window.pages.current_key() != "search"

    # a note: Ctrl+N, text, Tab to the tags, Ctrl+S saves
    window.open_item("meeting", russia.id)
    _settle(window, qtbot)
    before = len(notes_api.list_annotations(store, target_kind="meeting", target_id=russia.id))
    _key(qtbot, Qt.Key.Key_N, ctrl)
    assert QApplication.focusWidget() is window.detail.notes.body
    _type(qtbot, "Ask about the energy clause")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.detail.notes.tags
    _type(qtbot, "energy")
    _key(qtbot, Qt.Key.Key_S, ctrl)
    _settle(window, qtbot)
    saved = notes_api.list_annotations(store, target_kind="meeting", target_id=russia.id)
    assert len(saved) == before + 1
    assert any(n.body == "Ask about the energy clause" and "energy" in n.tags for n in saved)
    window.detail.notes.body.setFocus()
    _type(qtbot, "A second thought")
    _key(qtbot, Qt.Key.Key_Return, ctrl)
    _settle(window, qtbot)
    assert len(notes_api.list_annotations(store, target_kind="meeting", target_id=russia.id)) == (
        before + 2
    )

    # 3. Ctrl+E on the meeting selected in the list
    _key(qtbot, Qt.Key.Key_1, ctrl)
    assert russia.id in window.selected_meeting_ids()
    _key(qtbot, Qt.Key.Key_E, ctrl)
    assert opened and russia.id in opened[-1]


# 6. layout


def _at(window: MainWindow, width: int, height: int, qtbot: QtBot) -> None:
    window.resize(width, height)
    window.reset_splitter()
    _settle(window, qtbot)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_trackers_columns_that_matter_fit_at_1280(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, language: str
) -> None:
    from desktop_app.ui.models.commitments import DUE, EVIDENCE, SCORE, STATUS, TEXT

    window = make_window(store, language)
    _at(window, 1280, 800, qtbot)
    window.show_section("commitments")
    _settle(window, qtbot)
    table = window.pages.tracker.table
    header = table.horizontalHeader()
    for column in (TEXT, DUE, STATUS, SCORE, EVIDENCE):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()
    assert header.sectionSize(TEXT) >= 160


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_window_is_usable_at_960_by_600(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, language: str
) -> None:
    window = make_window(store, language)
    assert window.minimumSizeHint().width() <= 960
    _at(window, 960, 600, qtbot)
    assert window.width() == 960
    window.open_item("meeting", browse.list_meetings(store)[0].id)
    _settle(window, qtbot)
    assert window.detail.width() >= 300
    assert window.pages.width() >= 300
    assert window.detail.browser.height() >= 120
    # the facets went under the search field, each fully visible
    assert window.facets.geometry().top() > window.search_box.geometry().top()
    assert window.facets.tag.geometry().right() <= window.facets.width()


# 8. stores


def test_new_and_open_store_from_the_file_menu(
    host: WindowHost,
    store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = host.open()
    first.show()
    _settle(first, qtbot)
    assert "(demo dossier)" in first.windowTitle() and store.path.name in first.windowTitle()
    assert "demo" in first.store_label.text() and store.path.name in first.store_label.text()
    row = first.pages.meeting_model.row_of(browse.list_meetings(store)[0].id)
    assert first.pages.meeting_model.index(row, 1).data().startswith("demo · ")

    fresh = tmp_path / "sahel.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(fresh), ""))
    first.actions_.new_store.trigger()
    second = host.window
    assert second is not None and second is not first and second.isVisible()
    _settle(second, qtbot)
    assert host.store.path == fresh.resolve()
    assert "sahel.db" in second.windowTitle() and "demo" not in second.windowTitle()
    assert "sahel.db" in second.store_label.text()
    assert second.pages.meeting_model.ids() == []  # a new store is empty
    assert second.pages.current_key() == "empty"

    # Recent stores: the first one is there, and opens again
    second.actions_.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in second.actions_.recent_menu.actions()]
    assert str(store.path) in entries
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(store.path), ""))
    store.close()  # the fixture's handle: the window opens the file itself
    second.actions_.open_store.trigger()  # a file or a server (ui/open_store_dialog.py)
    second.open_store_dialog.choose_button.click()
    second.open_store_dialog.accept()
    third = host.window
    assert third is not None and third is not second
    _settle(third, qtbot)
    assert host.store.path == store.path.resolve()
    assert len(third.pages.meeting_model.ids()) == 7


# 12. the passage view


@pytest.mark.parametrize("shown_before", [True, False])
def test_the_passage_view_opens_at_the_highlighted_passage(
    qapp: QApplication, qtbot: QtBot, shown_before: bool
) -> None:
    """Behind the Notes tab (as when a meeting opens), then brought to the front."""
    from PySide6.QtWidgets import QLabel, QTabWidget

    from desktop_app.ui.source_view import SourceViewer
    from domain.views import SourceSummary, SourceView

    text = "\n".join(
        f"Paragraph {i}: " + "the parties agreed to meet again " * 6 for i in range(200)
    )
    summary = SourceSummary(
        1, "Long", "communique", "fr", None, None, "high", None, dt.datetime.now()
    )
    start = text.index("Paragraph 120:")
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    viewer = SourceViewer()
    tabs.addTab(viewer, "Source passage")
    tabs.addTab(QLabel("notes"), "Notes")
    tabs.setCurrentIndex(1)
    tabs.resize(500, 400)
    if shown_before:
        tabs.show()
        QApplication.processEvents()
    viewer.show_source(SourceView(summary, text, ()), start, start + 40)
    tabs.setCurrentIndex(0)
    tabs.show()
    for _ in range(3):
        QApplication.processEvents()
    view = viewer.text
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    y = view.cursorRect(cursor).center().y()
    height = view.viewport().height()
    assert height * 0.25 < y < height * 0.75, (y, height)  # in the middle, context around
    assert viewer.highlighted_text() == text[start : start + 40]


# 13. briefs


def test_open_brief_shows_it_in_chancery_when_no_viewer_answers(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from desktop_app.services import briefs
    from desktop_app.ui.briefs.panel import BriefsPanel
    from desktop_app.ui.briefs.viewer import PdfViewer

    meeting = browse.list_meetings(store)[0].id
    briefs.export_brief(store, briefs.BriefRequest(meeting_ids=(meeting,)), tmp_path / "n.pdf")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)  # no viewer here
    panel = BriefsPanel(store)
    qtbot.addWidget(panel)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.brief_count() == 1, timeout=10000)
    panel.select_row(0)
    panel.open_button.click()
    viewers = panel.findChildren(PdfViewer)
    assert len(viewers) == 1 and viewers[0].isVisible()
    assert viewers[0].page_count() >= 1
    assert "n.pdf" in viewers[0].windowTitle()
    viewers[0].reject()


def test_the_composer_remembers_prepared_for_and_by(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from desktop_app.services import briefs
    from desktop_app.ui.briefs.composer import BriefComposer

    meeting = browse.list_meetings(store)[0].id
    request = briefs.BriefRequest(
        meeting_ids=(meeting,), prepared_for="The Minister", prepared_by="Sahel desk"
    )
    briefs.export_brief(store, request, tmp_path / "first.pdf")
    composer = BriefComposer(store, [meeting])
    qtbot.addWidget(composer)
    qtbot.waitUntil(lambda: composer.prepared_by_edit.text() != "", timeout=20000)
    assert composer.prepared_for_edit.text() == "The Minister"
    assert composer.prepared_by_edit.text() == "Sahel desk"
    qtbot.waitUntil(lambda: composer.page_count() > 0, timeout=20000)
    composer.wait_idle()
    composer.close()


def test_filters_that_match_nothing_say_so(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    _settle(window, qtbot)
    window.facets.date_from.line.setText("2030")
    window.facets.date_from.line.editingFinished.emit()
    _settle(window, qtbot)
    assert window.pages.meeting_model.ids() == []
    assert window.pages.current_key() == "meetings"  # not the "store is empty" page
    assert "No meeting matches these filters" in window.pages.meetings.empty_text
    window.pages.meetings.grab()  # paints the sentence (it must not fail)
