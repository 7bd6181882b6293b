"""The brief composer: live preview, refusal shown in the dialog, Save as PDF recorded."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db import models as m
from desktop_app.services import briefs
from desktop_app.services.store import Store
from desktop_app.ui.briefs.composer import BriefComposer

AES_RUSSIA = 5


@pytest.fixture
def composer(qtbot: QtBot, store: Store) -> BriefComposer:
    dialog = BriefComposer(store, [AES_RUSSIA])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() == 2, timeout=20000)
    return dialog


def test_preview_shows_the_pages_and_follows_the_fields(
    qtbot: QtBot, composer: BriefComposer, tmp_path: Path
) -> None:
    assert composer.save_button.isEnabled() and composer.print_button.isEnabled()
    # The demo note marked for briefs is offered, checked; suggestions fill the talking points.
    assert composer.notes_list.count() == 1
    assert composer.notes_list.item(0).checkState() == Qt.CheckState.Checked
    assert composer.points_edit.toPlainText().strip()
    composer.title_edit.setText('<img src="/etc/hostname"/> Sahel & Russie')
    composer.language_box.setCurrentIndex(composer.language_box.findData("en"))
    composer.refresh_preview()
    composer.wait_idle()
    qtbot.waitUntil(lambda: "Sahel & Russie" in _preview_text(composer), timeout=20000)
    assert '<img src="/etc/hostname"/>' in _preview_text(composer)
    assert "Talking points" in _preview_text(composer)
    request = composer.request()
    assert request.language == "en" and request.title.startswith("<img")
    grab = composer.grab()
    assert not grab.isNull()
    assert grab.save(str(tmp_path / "brief-composer.png"))  # for a person to open


def _preview_text(composer: BriefComposer) -> str:
    if composer._pdf is None:
        return ""
    reader = pypdf.PdfReader(io.BytesIO(composer._pdf))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_a_refused_marking_is_said_and_blocks_saving(
    qtbot: QtBot,
    store: Store,
    composer: BriefComposer,
) -> None:
    with store.write() as session:
        item = session.get_one(m.Meeting, AES_RUSSIA).commitments[0]
        item.classification = "CONFIDENTIAL"
    composer.classification_box.setCurrentIndex(composer.classification_box.findData("RESTRICTED"))
    qtbot.waitUntil(lambda: composer.problem_label.isVisible(), timeout=20000)
    assert "CONFIDENTIAL" in composer.problem_label.text()
    assert not composer.save_button.isEnabled()
    composer.classification_box.setCurrentIndex(composer.classification_box.findData("SECRET"))
    qtbot.waitUntil(lambda: composer.save_button.isEnabled(), timeout=20000)
    assert not composer.problem_label.isVisible()


def test_save_as_pdf_writes_and_records_the_note(
    qtbot: QtBot,
    store: Store,
    composer: BriefComposer,
    tmp_path: Path,
) -> None:
    composer.language_box.setCurrentIndex(composer.language_box.findData("fr"))
    composer.prepared_for_edit.setText("Dupont&Fils")
    composer.draft_check.setChecked(True)
    out = tmp_path / "note.pdf"
    with qtbot.waitSignal(composer.saved, timeout=20000) as saved:
        composer.save_to(str(out))
    view = saved.args[0]
    assert out.exists() and view.file_name == str(out.resolve())
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Dupont&Fils" in text and "PROJET" in text
    assert [b.id for b in briefs.list_briefs(store)] == [view.id]


def test_an_emoji_is_a_warning_in_the_composer_and_the_note_still_saves(
    qtbot: QtBot,
    composer: BriefComposer,
    tmp_path: Path,
) -> None:
    assert not composer.warning_label.isVisible()
    composer.language_box.setCurrentIndex(composer.language_box.findData("en"))
    composer.points_edit.setPlainText("Cheers \U0001f642")
    composer.refresh_preview()
    qtbot.waitUntil(lambda: composer.warning_label.isVisible(), timeout=20000)
    assert "U+1F642" in composer.warning_label.text()
    assert "Talking points" in composer.warning_label.text()
    assert composer.save_button.isEnabled() and not composer.problem_label.isVisible()
    out = tmp_path / "note.pdf"
    with qtbot.waitSignal(composer.saved, timeout=30000):
        composer.save_to(str(out))
    assert "Cheers \ufffd" in " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)


def test_printing_sends_every_page_to_the_printer(
    qtbot: QtBot,
    composer: BriefComposer,
    tmp_path: Path,
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui.briefs.render import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages: list[int] = []

    def going_on(done: int, total: int) -> bool:
        pages.append(done)
        return True

    assert composer._pdf is not None
    assert print_pdf(composer._pdf, printer, going_on)
    assert pages == [0, 1]
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 2


def test_a_long_preview_is_one_widget_that_paints_only_the_pages_in_view(
    qtbot: QtBot,
    composer: BriefComposer,
) -> None:
    from PySide6.QtCore import QRect

    from desktop_app.ui.briefs.render import page_images

    assert composer._pdf is not None
    page = page_images(composer._pdf, 72, range(1))[0]
    composer._show_pages([page] * 40)
    view = composer.pages_view
    assert composer.page_count() == 40 and view.height() > 40 * page.height()
    # A screenful (the first page and the top of the second) draws two pages, not forty.
    assert view.pages_in(QRect(0, 0, view.width(), page.height() + 100)) == [0, 1]
    last = view.page_rect(39)
    assert view.pages_in(QRect(0, last.bottom() - 10, view.width(), 10)) == [39]
    assert not composer.grab().isNull()
    composer._show_pages([page])
    assert composer.page_count() == 1 and view.height() < 2 * page.height()


def test_rendered_pages_keep_their_colours() -> None:
    from PySide6.QtGui import QColor, QImage
    from reportlab.pdfgen import canvas

    from desktop_app.ui.briefs.render import page_images

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(200, 100))
    page.setFillColorRGB(1, 0, 0)
    page.rect(0, 0, 100, 100, stroke=0, fill=1)
    page.setFillColorRGB(0, 0, 1)
    page.rect(100, 0, 100, 100, stroke=0, fill=1)
    page.save()
    image = page_images(out.getvalue(), 72)[0]
    # Qt's own pixel layout (no conversion when shown), with red left and blue right.
    assert image.format() == QImage.Format.Format_RGB32 or sys.byteorder == "big"
    assert (image.width(), image.height()) == (200, 100)
    assert QColor(image.pixel(50, 50)).name() == "#ff0000"
    assert QColor(image.pixel(150, 50)).name() == "#0000ff"
