"""A diplomat's walk through the window by keys alone: each step found awkward, now reachable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.services import importing, review
from desktop_app.services.store import Store
from desktop_app.ui.editing.dialogs import field_help
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

COMMUNIQUE = (
    "Ouagadougou, 18 novembre 2026 — Les ministres des Affaires étrangères du Burkina Faso, "
    "du Mali et du Niger se sont réunis à Ouagadougou. Les ministres se sont engagés à mettre "
    "en service le passeport biométrique confédéral d'ici au 31 mars 2027.\n"
)


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key where the user's focus is, as a keyboard sends it."""
    window.activateWindow()
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)
    window.ctx.runner.drain()


def test_ctrl_6_then_a_accepts_the_first_candidate(
    empty_store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "communique.txt"
    path.write_text(COMMUNIQUE, encoding="utf-8")
    importing.import_files(empty_store, [path])
    before = len(review.list_candidates(empty_store))
    window = make_window(empty_store)
    no = Qt.KeyboardModifier.NoModifier
    _press(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    table = window.pages.review.table
    qtbot.waitUntil(lambda: table.model().rowCount() == before)
    # the list itself has the keys, not the page around it: A accepts at once
    assert QApplication.focusWidget() is table
    _press(qtbot, window, Qt.Key.Key_Down, no)
    _press(qtbot, window, Qt.Key.Key_A, no)
    qtbot.waitUntil(lambda: len(review.list_candidates(empty_store)) == before - 1)


def test_each_section_key_puts_the_keys_in_its_list(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    pages = window.pages
    ctrl = Qt.KeyboardModifier.ControlModifier
    _press(qtbot, window, Qt.Key.Key_2, ctrl)
    assert QApplication.focusWidget() is pages.tracker.table
    _press(qtbot, window, Qt.Key.Key_8, ctrl)
    assert QApplication.focusWidget() is pages.tag_table
    _press(qtbot, window, Qt.Key.Key_7, ctrl)
    assert pages.briefs_panel is not None
    assert QApplication.focusWidget() is pages.briefs_panel.table
    _press(qtbot, window, Qt.Key.Key_1, ctrl)
    assert QApplication.focusWidget() is pages.meetings


def test_empty_store_says_its_whole_sentence_and_enter_imports(
    empty_store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(empty_store)
    window.resize(1280, 800)
    _press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    empty = window.pages.empty
    qtbot.waitUntil(lambda: window.pages.currentWidget() is empty)
    text = empty.text
    # every wrapped line of the sentence fits in the label's height
    assert text.height() >= text.heightForWidth(text.width())
    # the keys go to "Import documents…": Space (a button's key) opens the file chooser
    assert QApplication.focusWidget() is empty.import_button


def test_no_two_actions_of_the_window_share_a_key(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Qt runs neither action of an ambiguous key: Ctrl+Shift+E was both "edit the record"
    and "export the meetings shown", and did nothing."""
    window = make_window(store)
    owners: dict[str, list[str]] = {}
    for act in window.findChildren(QAction):
        if act.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in act.shortcuts():
            owners.setdefault(key.toString(), []).append(act.text())
    shared = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert not shared, shared


def test_ctrl_shift_e_opens_the_brief_of_the_meetings_shown(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from desktop_app.ui.briefs.composer import BriefComposer

    window = make_window(store)
    _press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages.meeting_model.rowCount() > 0)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _press(qtbot, window, Qt.Key.Key_E, shift_ctrl)
    qtbot.waitUntil(lambda: bool(window.findChildren(BriefComposer)))
    composer = window.findChildren(BriefComposer)[0]
    assert list(composer.meeting_ids) == list(window.pages.meeting_model.ids())
    composer.reject()


def test_edit_dialog_hints_are_in_the_windows_language(qapp: QApplication) -> None:
    """F2's dialog in French showed "2025-12-31, or 2025-12 / 2025" (the services' English)."""
    from desktop_app.services.edit_fields import FIELDS
    from desktop_app.ui.editing.dialogs import RecordEditDialog
    from desktop_app.ui.i18n import install_language

    install_language(qapp, "fr")
    try:
        dialog = RecordEditDialog("commitment", "engagement", {})
        due = dialog.editors["due"]
        assert isinstance(due, QLineEdit)
        assert due.placeholderText() == "2025-12-31, ou 2025-12 / 2025"
        untranslated = [
            f"{kind}.{f.name}: {f.help}"
            for kind, fields in FIELDS.items()
            for f in fields
            if f.help and field_help(f) == f.help
        ]
        assert not untranslated, untranslated
        dialog.deleteLater()
    finally:
        install_language(qapp, "en")


def test_every_edit_hint_is_listed_for_lupdate() -> None:
    """`make translations` (lupdate -no-obsolete) dropped the hints it could not see in the code."""
    from desktop_app.services.edit_fields import FIELDS
    from desktop_app.ui.editing import dialogs

    listed = set(dialogs._HELPS)
    unlisted = {f.help for fields in FIELDS.values() for f in fields if f.help} - listed
    assert not unlisted, unlisted


def test_down_from_the_search_field_goes_into_the_results(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    window.search_box.setText("energetique")  # typed
    window.search.run_now()
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: window.pages.search_model.rowCount() > 0)
    _press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert QApplication.focusWidget() is window.pages.search
    assert window.pages.search.currentIndex().row() == 0


def test_esc_from_a_search_puts_the_keys_back_in_the_review_list(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(store)
    _press(qtbot, window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.search_box.setText("energetique")
    window.search.run_now()
    window.ctx.runner.drain()
    _press(qtbot, window, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert window.pages.current_key() == "review"
    assert QApplication.focusWidget() is window.pages.review.table


def test_a_status_change_in_the_tracker_keeps_its_commitment_in_view(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    """The review queue, reloaded after the change while hidden, put its candidate in the
    detail pane in place of the commitment just tracked."""
    from desktop_app.services import browse
    from desktop_app.ui.models.commitments import STATUS

    path = tmp_path / "communique.txt"
    path.write_text(COMMUNIQUE, encoding="utf-8")
    importing.import_files(store, [path])
    window = make_window(store)
    ctrl = Qt.KeyboardModifier.ControlModifier
    _press(qtbot, window, Qt.Key.Key_6, ctrl)  # the queue, once: it selects a candidate
    qtbot.waitUntil(lambda: window.pages.review.current() is not None)
    _press(qtbot, window, Qt.Key.Key_2, ctrl)
    model = window.pages.tracker.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    _press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    tracked = window.pages.tracker.current_row()
    assert tracked is not None
    commitment_id = tracked.id
    qtbot.waitUntil(lambda: window.detail.current == ("commitment", commitment_id))
    row = model.row_of(commitment_id)
    new = "in_progress" if model.index(row, STATUS).data() != "in_progress" else "fulfilled"
    assert model.setData(model.index(row, STATUS), new)
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: browse.get_commitment(store, commitment_id).status == new)
    window.ctx.runner.drain()
    assert window.detail.current == ("commitment", commitment_id)


def test_a_theme_corrected_to_an_also_theme_is_said_once(qapp: QApplication, store: Store) -> None:
    """A food-security fund read as "security" and corrected to "agriculture", which
    extraction had also found, showed "Themes: agriculture, agriculture"."""
    import dataclasses

    from desktop_app.services import browse
    from desktop_app.ui.detail_html import commitment_html

    meeting = browse.list_meetings(store)[0]
    item = browse.get_meeting(store, meeting.id).commitments[0]
    item = dataclasses.replace(item, theme="agriculture", also_themes=("agriculture", "trade"))
    page = commitment_html(item, [])
    assert "Themes: agriculture, trade<" in page


def test_ctrl_1_then_ctrl_e_composes_the_brief_of_the_row_in_focus(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Ctrl+1 drew the first meeting as the current row, but nothing was selected, and
    Ctrl+E answered "Select meetings in the list first"."""
    from desktop_app.ui.briefs.composer import BriefComposer

    window = make_window(store)
    ctrl = Qt.KeyboardModifier.ControlModifier
    _press(qtbot, window, Qt.Key.Key_2, ctrl)
    _press(qtbot, window, Qt.Key.Key_1, ctrl)
    meetings = window.pages.meetings
    qtbot.waitUntil(lambda: window.pages.meeting_model.rowCount() > 0)
    assert QApplication.focusWidget() is meetings
    first = window.pages.meeting_model.ids()[meetings.currentIndex().row()]
    _press(qtbot, window, Qt.Key.Key_E, ctrl)
    qtbot.waitUntil(lambda: bool(window.findChildren(BriefComposer)))
    composer = window.findChildren(BriefComposer)[0]
    assert list(composer.meeting_ids) == [first]
    composer.reject()


def test_tab_leaves_the_brief_composers_text_areas(qtbot: QtBot, store: Store) -> None:
    """Tab in "Purpose" typed a tab into the note and never reached the next field."""
    from desktop_app.services import browse
    from desktop_app.ui.briefs.composer import BriefComposer

    composer = BriefComposer(store, [browse.list_meetings(store)[0].id])
    qtbot.addWidget(composer)
    composer.show()
    composer.activateWindow()
    composer.purpose_edit.setFocus()
    qtbot.keyClick(composer.purpose_edit, Qt.Key.Key_Tab)
    assert composer.focusWidget() is composer.audience_edit
    assert composer.purpose_edit.toPlainText() == ""
    composer.points_edit.setFocus()
    qtbot.keyClick(composer.points_edit, Qt.Key.Key_Tab)
    assert composer.focusWidget() is not composer.points_edit
    assert "\t" not in composer.points_edit.toPlainText()
    composer.wait_idle()


def test_a_long_value_in_the_edit_dialog_shows_its_beginning(qapp: QApplication) -> None:
    """F2 on a meeting showed "nisterial meeting: … (Ouagadougou)": the field scrolled to
    its end."""
    from desktop_app.ui.editing.dialogs import RecordEditDialog

    title = "Ministerial meeting: Burkina Faso – Mali – Niger – AES (Ouagadougou) " * 2
    dialog = RecordEditDialog("meeting", "meeting", {"title": title})
    field = dialog.editors["title"]
    assert isinstance(field, QLineEdit)
    assert field.cursorPosition() == 0
    dialog.deleteLater()


def test_enter_on_a_brief_opens_it(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Briefs list opened a PDF on double-click only; Enter did nothing."""
    from PySide6.QtCore import QUrl

    from desktop_app.services import briefs, browse
    from desktop_app.ui.briefs import panel as panel_module

    opened: list[str] = []

    class Desktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # noqa: N802 - Qt's name
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(panel_module, "QDesktopServices", Desktop)
    meeting = browse.list_meetings(store)[0].id
    briefs.export_brief(store, briefs.BriefRequest(meeting_ids=(meeting,)), tmp_path / "n.pdf")
    panel = panel_module.BriefsPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.brief_count() == 1, timeout=10000)
    panel.select_row(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == [str(tmp_path / "n.pdf")]
    panel.wait_idle()


def test_every_demo_meetings_format_is_said_in_english(qapp: QApplication, store: Store) -> None:
    """The Liptako-Gourma charter's format showed "signature d'un traité" in the English
    window and brief: the demo stored a French wording the vocabulary did not know."""
    from desktop_app.briefing.labels import stored_format
    from desktop_app.services import browse
    from desktop_app.ui.labels import format_label

    unknown = [m.format for m in browse.list_meetings(store) if stored_format(m.format) is None]
    assert not unknown, unknown
    charter = next(m for m in browse.list_meetings(store) if "Liptako" in m.title)
    assert format_label(charter.format) == "treaty signing"


def test_the_filters_all_entries_are_not_cut_at_1280_pixels(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """In French the tag filter read "Toutes les étiquette": its field was too narrow."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    window = make_window(store, "fr")
    window.resize(1280, 800)
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: window.facets.tag.width() > 0)
    cut = []
    for combo in (
        window.facets.actor,
        window.facets.theme,
        window.facets.status,
        window.facets.tag,
    ):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        if combo.fontMetrics().horizontalAdvance(combo.itemText(0)) > field.width():
            cut.append(combo.itemText(0))
    assert not cut, cut


def test_after_a_merge_the_kept_actor_is_in_view(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Merging the actor in view left "This record is no longer in the store" in the detail
    pane, and its notes editor still on the actor merged away."""
    from desktop_app.services import browse

    window = make_window(store)
    people = [a for a in browse.list_actors(store) if a.kind == "person"]
    keep, other = people[0].id, people[1].id
    window.open_item("actor", other)
    window.ctx.runner.drain()
    window.editing.merge_pair("actor", keep, other)
    window.editing.last_dialog.accept()  # "Merge actor … into …? Ctrl+Z undoes it." Yes
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: window.detail.current == ("actor", keep))
    assert window.detail.notes.target == ("actor", keep)
    window.actions_.undo.trigger()  # the other comes back; nothing asks for the kept one
    window.ctx.runner.drain()
    assert any(a.id == other for a in browse.list_actors(store))


def test_the_review_queue_says_principle_and_next_step_in_its_kind_column(
    qapp: QApplication,
) -> None:
    """Every item of a communiqué was "commitment" in the Kind column, its principle and its
    next step too (only the Detail column said which)."""
    from desktop_app.services.review import Candidate
    from desktop_app.ui.review_panel import CandidateListModel

    def item(kind: str) -> Candidate:
        return Candidate("commitment", 1, 1, "Réunion", "…", kind, None, (("kind", kind),))

    model = CandidateListModel()
    said = [model.display(item(k), 0) for k in ("commitment", "principle", "next_step")]
    assert said == ["commitment", "principle", "next step"]


def test_after_a_change_of_language_the_keys_stay_in_the_sections_list(
    store: Store, qapp: QApplication, make_settings: Callable[[], AppSettings], qtbot: QtBot
) -> None:
    """Settings ▸ Language moved the keys from the commitments list to the search field."""
    import shiboken6

    from desktop_app.ui.app import WindowHost
    from desktop_app.ui.i18n import install_language

    settings = make_settings()
    settings.language = "en"
    host = WindowHost(qapp, store, settings)
    first = host.open()
    first.show()
    first.ctx.runner.drain()
    _press(qtbot, first, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert first.focusWidget() is first.pages.tracker.table
    first.actions_.languages["fr"].trigger()
    qtbot.waitUntil(lambda: host.window is not first and host.window is not None)
    new = host.window
    assert new is not None
    new.ctx.runner.drain()
    try:
        assert new.current_section() == "commitments"
        assert new.focusWidget() is new.pages.tracker.table
    finally:
        new.close()
        new.ctx.runner.drain()
        shiboken6.delete(new)
        install_language(qapp, "en")
