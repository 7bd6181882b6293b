"""Defects seen in the window by a user walking it: the notes editor after a delete, a theme
change, Qt's own words in French, the notes table's and the import window's columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from desktop_app.services import editing
from desktop_app.services.store import Store
from desktop_app.ui.context import AppContext
from desktop_app.ui.editing.menus import selected_ids
from desktop_app.ui.main_window import MainWindow


def _accept_box(window: MainWindow, qtbot: QtBot) -> None:
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, QMessageBox))
    box = window.editing.last_dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    window.ctx.runner.drain()


def test_del_on_a_commitment_moves_the_notes_editor_off_it(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The notes editor kept the deleted commitment as its target: a note typed then was
    refused (or attached to a record that no longer exists)."""
    window = make_window(store)
    window.show_section("commitments")
    table = window.pages.tracker.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 2)
    table.setFocus()
    table.selectRow(0)
    victim = selected_ids(table)[0]
    notes = window.detail.notes
    qtbot.waitUntil(lambda: notes.target == ("commitment", victim))
    window.editing.delete_action.trigger()  # Del
    _accept_box(window, qtbot)
    qtbot.waitUntil(lambda: not editing.exists(store, "commitment", victim))
    # the row that took its place is selected: the detail and the notes editor are on it
    qtbot.waitUntil(lambda: bool(selected_ids(table)) and selected_ids(table)[0] != victim)
    following = selected_ids(table)[0]
    qtbot.waitUntil(lambda: notes.target == ("commitment", following))
    assert window.focusWidget() is table  # Del again deletes the next one
    window.detail.tabs.setCurrentIndex(1)
    notes.body.setPlainText("Suivi avec le ministère")
    notes.save()
    window.ctx.runner.drain()
    from desktop_app.services import annotations

    qtbot.waitUntil(
        lambda: (
            [
                n.body
                for n in annotations.list_annotations(
                    store, target_kind="commitment", target_id=following
                )
            ]
            == ["Suivi avec le ministère"]
        )
    )


def test_a_record_gone_from_the_detail_leaves_the_notes_editor_empty(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Del on the meeting in view: the pane says it is gone, and the notes editor no longer
    offers to write on it."""
    window = make_window(store)
    qtbot.waitUntil(lambda: window.pages.meeting_model.rowCount() > 0)
    meeting_id = window.pages.meeting_model.ids()[0]
    window.open_item("meeting", meeting_id)
    notes = window.detail.notes
    qtbot.waitUntil(lambda: notes.target == ("meeting", meeting_id))
    window.detail.browser.setFocus()
    window.editing.delete_action.trigger()
    _accept_box(window, qtbot)
    qtbot.waitUntil(lambda: window.detail.current is None)
    assert notes.target is None
    assert not notes.body.isEnabled() and not notes.save_button.isEnabled()
    assert notes.model.rowCount() == 0
    window.ctx.undo_stack.undo()  # Ctrl+Z: the meeting back, and the editor on it once shown
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: editing.exists(store, "meeting", meeting_id))
    window.open_item("meeting", meeting_id)
    qtbot.waitUntil(lambda: notes.target == ("meeting", meeting_id))
    assert notes.body.isEnabled()


def test_a_new_main_theme_leaves_no_copy_of_itself_or_the_old_one_among_the_others(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """F2 on "trade (also education)", theme set to education: stored as "education (also
    education)"; set then to security, education silently stayed as a second theme."""
    from desktop_app.services import browse
    from desktop_app.ui.editing.dialogs import RecordEditDialog

    item = next(
        c
        for m in browse.list_meetings(store)
        for c in browse.get_meeting(store, m.id).commitments
        if c.also_themes and c.theme
    )
    first, second = item.also_themes[0], "security" if item.theme != "security" else "energy"
    window = make_window(store)

    def retheme(theme: str) -> None:
        window.editing.last_dialog = None
        window.editing.edit("commitment", item.id)
        window.ctx.runner.drain()
        qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, RecordEditDialog))
        dialog = window.editing.last_dialog
        dialog.set_value("theme", theme)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        window.ctx.runner.drain()

    def themes() -> tuple[str | None, tuple[str, ...]]:
        view = browse.get_commitment(store, item.id)
        return view.theme, view.also_themes

    retheme(first)
    qtbot.waitUntil(lambda: themes()[0] == first)
    assert themes() == (first, tuple(t for t in item.also_themes if t != first))
    retheme(second)
    qtbot.waitUntil(lambda: themes()[0] == second)
    assert first not in themes()[1] and item.theme not in themes()[1]
    for _ in range(2):  # Ctrl+Z twice: the themes as imported
        window.ctx.undo_stack.undo()
        window.ctx.runner.drain()
    qtbot.waitUntil(lambda: themes() == (item.theme, item.also_themes))


def _dialog_words(qapp: QApplication) -> list[str]:
    """What Qt's own dialogs show: the file chooser's labels and buttons, a message box's
    buttons, a text field's context menu."""
    chooser = QFileDialog(None, "", str(Path.home()))
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)  # as on a Linux desktop
    chooser.setFileMode(QFileDialog.FileMode.ExistingFiles)
    words = [label.text() for label in chooser.findChildren(QLabel) if label.text()]
    words += [button.text() for button in chooser.findChildren(QPushButton)]
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    words += [button.text() for button in box.buttons()]
    field = QLineEdit()
    menu = field.createStandardContextMenu()
    words += [act.text().split("\t")[0] for act in menu.actions() if act.text()]
    for widget in (chooser, box, field, menu):
        widget.deleteLater()
    return words


def test_qts_own_dialogs_speak_french_in_a_french_window_and_after_a_switch(
    qapp: QApplication,
) -> None:
    """The file chooser said "Look in:" and "Files of type:" in a French window: Qt's French
    catalogue lacks them. Every word of the chooser, the buttons of a message box and a text
    field's menu are French, also after switching to English and back."""
    from desktop_app.ui.i18n import install_language

    english = {"&Look in:", "Files of &type:", "&Open", "Cancel", "&Yes", "&Copy", "Select All"}
    try:
        install_language(qapp, "fr")
        words = _dialog_words(qapp)
        assert not english & set(words), words
        assert {"&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "Annuler", "&Oui"} <= set(words)
        install_language(qapp, "en")
        assert {"&Look in:", "Files of &type:", "Cancel", "&Yes"} <= set(_dialog_words(qapp))
        install_language(qapp, "fr")
        assert not english & set(_dialog_words(qapp))
    finally:
        install_language(qapp, "en")


def _fits(table: QAbstractItemView, row: int, column: int) -> bool:
    """Whether the cell's whole text shows: wrapped at the column's width (less the cell's
    margins), its lines fit the row's height."""
    assert isinstance(table, QTableView)
    text = str(table.model().index(row, column).data())
    width = table.columnWidth(column) - 8
    needed = table.fontMetrics().boundingRect(
        QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
    )
    return needed.height() <= table.rowHeight(row) and needed.width() <= width + 1


def test_the_notes_list_shows_a_note_and_its_date_whole(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The notes list cut a note after four words and the date of saving in two lines."""
    from desktop_app.services import annotations

    meeting_id = browse_first_meeting(store)
    body = (
        "Vérifier avec l'ambassade à Bamako la date exacte de la prochaine session de la "
        "commission mixte, et qui la préside."
    )
    annotations.add_annotation(store, "meeting", meeting_id, body, tags=["suivi"])
    window = make_window(store, "fr")
    window.resize(1280, 800)
    window.open_item("meeting", meeting_id)
    notes = window.detail.notes
    qtbot.waitUntil(lambda: notes.model.rowCount() == 1)
    window.detail.tabs.setCurrentWidget(notes)
    qtbot.wait(10)  # the rows laid out
    assert _fits(notes.table, 0, 0), notes.table.rowHeight(0)
    saved = str(notes.model.index(0, 2).data())
    assert notes.table.columnWidth(2) >= notes.table.fontMetrics().horizontalAdvance(saved)
    assert notes.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == body
    # no empty box under the buttons while no saved note is open
    assert notes.history.isHidden()
    notes.select_note(notes.model.rows()[0].id)
    assert not notes.history.isHidden()


def browse_first_meeting(store: Store) -> int:
    from desktop_app.services import browse

    return browse.list_meetings(store)[0].id


def test_the_import_window_shows_each_result_sentence_whole(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot
) -> None:
    """The Details column cut "… importé comme nouvelle rencontre 8 « Ministerial consul…"."""
    import shutil

    from desktop_app.services import offload
    from desktop_app.ui.import_dialog import DETAILS, ImportDialog

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    paths = []
    for name in ("en-02-readout-numbered.txt", "en-04-prose.txt"):
        shutil.copyfile(corpus / name, tmp_path / name)
        paths.append(tmp_path / name)
    pool = offload.HelperPool(idle_seconds=0)
    try:
        dialog = ImportDialog(ctx, paths)
        dialog.task.pool = pool
        qtbot.addWidget(dialog)
        dialog.resize(860, 480)
        dialog.show()
        qtbot.waitUntil(lambda: all(f is not None for f in dialog.found), timeout=60_000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.started and not dialog.running, timeout=60_000)
        for row in range(len(paths)):
            sentence = str(dialog.table.model().index(row, DETAILS).data())
            assert "\u2026" not in sentence
            assert _fits(dialog.table, row, DETAILS), sentence
        width = dialog.table.columnWidth(DETAILS)
        dialog.resize(700, 480)  # narrower: the sentences wrap anew, still whole
        qtbot.waitUntil(lambda: dialog.table.columnWidth(DETAILS) < width)
        qtbot.waitUntil(lambda: all(_fits(dialog.table, r, DETAILS) for r in range(len(paths))))
        assert dialog.table.columnWidth(DETAILS) >= 180  # not squeezed by the other columns
        dialog.close()
    finally:
        pool.shutdown()


def test_empty_lists_say_why_in_the_windows_language(
    empty_store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """On an empty store the commitments list, the tags and a meeting's notes showed a blank
    grid; each says in a sentence why it is empty and what fills it, in French here."""
    from desktop_app.ui.browse_views import SayingTable

    window = make_window(empty_store, "fr")
    pages = window.pages
    window.show_section("commitments")
    qtbot.waitUntil(lambda: pages.tracker.model.loaded)
    tracker = pages.tracker.table
    assert isinstance(tracker, SayingTable)
    assert tracker.empty_text.startswith("Aucun engagement ne correspond")
    assert pages.tag_table.empty_text.startswith("Aucune étiquette pour l’instant")
    assert pages.tag_notes.empty_text == "Choisissez une étiquette ci-dessus pour voir ses notes."
    assert pages.actors.empty_text.startswith("Aucun acteur")
    assert pages.sources.empty_text.startswith("Aucune source")
    notes = window.detail.notes
    assert isinstance(notes.table, SayingTable) and not notes.table.empty_text
    notes.set_target("source", 1, "Communiqué")
    assert notes.table.empty_text.startswith("Aucune note pour l’instant")
    notes.clear_target()
    assert not notes.table.empty_text  # the header says what to do instead


def test_an_actor_in_view_shows_no_passage_of_the_item_seen_before(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """From a commitment to an actor, the Source passage tab kept the commitment's
    highlighted passage, read as the actor's."""
    from desktop_app.services import browse

    window = make_window(store)
    item = next(
        c
        for m in browse.list_meetings(store)
        for c in browse.get_meeting(store, m.id).commitments
        if c.anchor is not None
    )
    window.open_item("commitment", item.id)
    source = window.detail.source
    qtbot.waitUntil(lambda: source.source is not None)
    actor = browse.list_actors(store)[0]
    window.open_item("actor", actor.id)
    qtbot.waitUntil(lambda: window.detail.current == ("actor", actor.id) and source.source is None)
    assert not source.text.toPlainText()
    window.open_item("commitment", item.id)  # back: its passage again
    qtbot.waitUntil(lambda: source.source is not None)


def test_a_source_in_view_names_its_meetings_by_their_titles(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """The source's detail linked to "Meeting: 7": a number the reader cannot place."""
    from desktop_app.services import browse

    window = make_window(store)
    source = next(
        s for s in browse.list_sources(store) if browse.get_source(store, s.id).meeting_ids
    )
    view = browse.get_source(store, source.id)
    window.open_item("source", source.id)
    qtbot.waitUntil(lambda: window.detail.current == ("source", source.id))
    title = browse.get_meeting(store, view.meeting_ids[0]).summary.title
    qtbot.waitUntil(lambda: title in window.detail.browser.toPlainText())


def test_the_brief_composer_cuts_a_long_note_at_a_word_with_an_ellipsis(
    qtbot: QtBot, store: Store
) -> None:
    """The reader's notes showed "… la composition du mécanisme de s — Première session":
    a word cut short, read as a typing error."""
    from desktop_app.ui.briefs.composer import BriefComposer

    dialog = BriefComposer(store, [5])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.notes_list.count() == 1, timeout=20000)
    item = dialog.notes_list.item(0)
    note, _, target = item.text().partition(" — ")
    body = item.toolTip()
    assert len(body) > 90  # the demo's note is long: it is cut
    assert note.endswith("…")
    words = note.removesuffix("…").split()
    assert words == body.split()[: len(words)]  # whole words only
    assert "\n" not in item.text() and target
    dialog.wait_idle()
    dialog.close()


def test_a_helper_crash_is_said_in_the_windows_language(
    tmp_path: Path, ctx: AppContext, qtbot: QtBot, qapp: QApplication
) -> None:
    """In a French window the import said "… n’a pas été importé : the helper process that
    reads and lays out documents stopped unexpectedly (A process in the process pool …)"."""
    import shutil

    from desktop_app.services import offload
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.import_dialog import DETAILS, ImportDialog
    from tests.ui import import_fakes

    crash = tmp_path / "crash-communique.txt"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "corpus" / "fr-03-prose.txt", crash)
    pool = offload.HelperPool(idle_seconds=0)
    install_language(qapp, "fr")
    try:
        dialog = ImportDialog(ctx, [crash])
        qtbot.addWidget(dialog)
        dialog.task.pool = pool
        dialog.task.read = import_fakes.crash_on_crash_files
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
        said = str(dialog.table.model().index(0, DETAILS).data())
        assert said.startswith("crash-communique.txt n’a pas été importé : le processus"), said
        assert "process pool" not in said and "helper" not in said
    finally:
        install_language(qapp, "en")
        pool.shutdown()


def test_a_reload_keeps_the_meetings_selected(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """Any store change reloads the lists, and the meetings chosen for a brief were
    forgotten (Ctrl+E then said to select meetings first)."""
    window = make_window(store)
    window.show_section("meetings")
    table = window.pages.meetings
    qtbot.waitUntil(lambda: table.model().rowCount() > 3)
    table.setFocus()
    chosen = table.selectionModel()
    flags = chosen.SelectionFlag
    for row in (0, 1, 3):
        chosen.select(table.model().index(row, 0), flags.Select | flags.Rows)
    before = selected_ids(table)
    assert len(before) == 3
    window.pages.meeting_model.reload()
    window.ctx.runner.drain()
    qtbot.waitUntil(lambda: table.model().rowCount() > 3)
    assert selected_ids(table) == before
