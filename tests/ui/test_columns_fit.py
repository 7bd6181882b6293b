"""The tracker's and the review queue's columns read whole at 1280x800, in French and English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.services import browse, importing, review
from desktop_app.services.store import Store
from desktop_app.ui.detail_html import candidate_html, commitment_html
from desktop_app.ui.main_window import MainWindow

# Our own words: a communiqué that gives the review queue a meeting and a commitment.
COMMUNIQUE = (
    "Niamey, 12 mars 2026 — Les ministres de l'Énergie du Burkina Faso, du Mali et du Niger "
    "se sont réunis à Niamey. Les trois pays se sont engagés à interconnecter leurs réseaux "
    "électriques d'ici à 2028 et à lancer une étude commune sur l'énergie solaire avant la "
    "fin de l'année.\n"
)


def _settle(window: MainWindow) -> None:
    for _ in range(4):
        window.ctx.runner.drain()
        QApplication.processEvents()


def _at_1280(window: MainWindow, section: str) -> None:
    window.resize(1280, 800)
    window.reset_splitter()
    window.show_section(section)
    _settle(window)


def _fits(table: QTableView, column: int, text: str) -> bool:
    """The text is drawn whole in the column (the delegate's margins counted)."""
    return table.fontMetrics().horizontalAdvance(text) + 8 <= table.columnWidth(column)


def _in_view(table: QTableView, column: int) -> bool:
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= table.viewport().width()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_due_cell_and_header_of_the_tracker_reads_whole_at_1280(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, language: str
) -> None:
    from desktop_app.ui.models.commitments import DUE, EVIDENCE, SCORE, STATUS, TEXT

    window = make_window(store, language)
    _at_1280(window, "commitments")
    table = window.pages.tracker.table
    model = table.model()
    dues = [model.index(r, DUE).data() or "" for r in range(model.rowCount())]
    assert any("—" in d for d in dues), dues  # the demo has overdue and due-soon rows
    for due in dues:
        assert _fits(table, DUE, due), (due, table.columnWidth(DUE))
    for column in (TEXT, DUE, STATUS, SCORE, EVIDENCE):
        assert _in_view(table, column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert _fits(table, column, title), title
        # the header's tooltip says in full what a short header names
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip and len(tip) >= len(title)
    assert table.columnWidth(TEXT) >= 160
    # an elided cell's tooltip gives it whole: the due date with its month in full
    late = next(r for r, d in enumerate(dues) if "—" in d)
    tip = model.index(late, DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert len(tip) >= len(dues[late])


def test_the_detail_says_overdue_once_in_french(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    make_window(store, "fr")  # installs the French translation
    ids = browse.commitment_ids(store)
    rows = browse.commitment_rows(store, ids).values()
    late = next(c for c in rows if c.due_state() == "overdue")
    html = commitment_html(late, [])
    line = html[html.index('class="due-overdue"') :].split("</span>")[0]
    assert line.count("échéance") <= 1, line


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_review_queue_reads_at_1280_one_line_a_row(
    store: Store,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
) -> None:
    path = tmp_path / "niamey.txt"
    path.write_text(COMMUNIQUE, encoding="utf-8")
    importing.import_files(store, [path])
    window = make_window(store, language)
    _at_1280(window, "review")
    table = window.pages.review.table
    model = table.model()
    assert model.rowCount() >= 2
    for column in range(model.columnCount()):
        assert _in_view(table, column), column
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert _fits(table, column, title), title
    # one line, cut with "…" rather than two lines cut mid-word; the tooltip has it whole
    assert not table.wordWrap()
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    assert table.columnWidth(1) >= 200  # the candidate's own text has the most room
    text = model.index(1, 1).data()
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == text


def test_a_meeting_to_review_does_not_name_itself_twice(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "niamey.txt"
    path.write_text(COMMUNIQUE, encoding="utf-8")
    importing.import_files(store, [path])
    meeting = next(c for c in review.list_candidates(store) if c.kind == "meeting")
    assert candidate_html(meeting).count(meeting.text) == 1


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_review_queue_fits_at_960_by_600(
    store: Store,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
) -> None:
    """Its buttons and columns inside the page, nothing behind a horizontal scroll bar."""
    path = tmp_path / "niamey.txt"
    path.write_text(COMMUNIQUE, encoding="utf-8")
    importing.import_files(store, [path])
    window = make_window(store, language)
    window.resize(960, 600)
    window.reset_splitter()
    window.show_section("review")
    _settle(window)
    area = window.pages.review_area
    panel = window.pages.review
    assert not area.horizontalScrollBar().isVisible()
    assert panel.width() <= area.viewport().width()
    for button in (panel.accept_button, panel.reject_button, panel.keep_both_button):
        assert button.geometry().right() <= panel.width(), button.text()
    table = panel.table
    for column in range(table.model().columnCount()):
        assert _in_view(table, column), column


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_trackers_legend_and_the_passage_title_read_whole_at_960_by_600(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, language: str
) -> None:
    """The legend has its own row under the chart's buttons (beside them it was cut off), the
    chart scrolls rather than clips, and a source's title has the passage pane's whole width
    (beside the note button, it was one word a line)."""
    window = make_window(store, language)
    window.resize(960, 600)
    window.reset_splitter()
    window.show_section("commitments")
    _settle(window)
    tracker = window.pages.tracker
    legend = tracker.legend
    assert legend.geometry().top() > tracker.status_button.geometry().bottom()
    assert legend.height() >= legend.heightForWidth(legend.width())  # every line shown
    # the chart's every row and its legend drawn (a short pane scrolls it, never clips it)
    chart = tracker.chart
    assert chart.rows and chart.height() >= chart.sizeHint().height()
    tracker.table.selectRow(0)
    _settle(window)
    current = window.detail.current
    assert current is not None
    window.detail.show_passage(f"commitment:{current[1]}")
    _settle(window)
    source = window.detail.source
    assert source.title.width() >= source.width() - 12
    assert source.note_button.geometry().top() >= source.text.geometry().bottom()


def test_a_meeting_to_review_shows_the_document_it_was_read_from(
    store: Store, make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    """It has no one passage: its whole document is shown to check the date and place
    against, instead of "This item has no source passage"."""
    path = tmp_path / "niamey.txt"
    path.write_text(COMMUNIQUE, encoding="utf-8")
    importing.import_files(store, [path])
    window = make_window(store)
    window.show_section("review")
    _settle(window)
    panel = window.pages.review
    row = next(r for r, c in enumerate(panel.model.rows()) if c.kind == "meeting")
    panel.table.selectRow(row)
    _settle(window)
    source = window.detail.source
    qtbot.waitUntil(lambda: "Niamey, 12 mars 2026" in source.text.toPlainText())
    assert window.detail.current == ("candidate", panel.model.rows()[row].id)
    assert window.detail.notes.target == ("meeting", panel.model.rows()[row].id)


@pytest.mark.parametrize(
    ("language", "tag", "full"),
    [("en", "[step] ", "[next step] "), ("fr", "[étape] ", "[prochaine étape] ")],
)
def test_a_next_step_is_tagged_in_a_word_in_the_trackers_text_column(
    store: Store,
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    language: str,
    tag: str,
    full: str,
) -> None:
    """ "[prochaine étape] " took most of the 160 px text column; the tooltip says it in full."""
    from desktop_app.ui.models.commitments import TEXT

    window = make_window(store, language)
    _at_1280(window, "commitments")
    model = window.pages.tracker.table.model()
    texts = [model.index(r, TEXT) for r in range(model.rowCount())]
    step = next(i for i in texts if i.data(Qt.ItemDataRole.ToolTipRole).startswith(full))
    assert step.data().startswith(tag)
