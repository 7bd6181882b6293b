"""The brief composer: live preview, refusal shown in the dialog, Save as PDF recorded."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from db import models as m
from desktop_app.services import briefs
from desktop_app.services.store import Store
from desktop_app.ui.briefs.composer import BriefComposer

AES_RUSSIA = 5


@pytest.fixture
def composer(qtbot, store: Store) -> BriefComposer:  # type: ignore[no-untyped-def]
    dialog = BriefComposer(store, [AES_RUSSIA])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() == 2, timeout=20000)
    return dialog


def test_preview_shows_the_pages_and_follows_the_fields(
    qtbot, composer: BriefComposer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
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
    qtbot,
    store: Store,
    composer: BriefComposer,  # type: ignore[no-untyped-def]
) -> None:
    with store.write() as session:
        item = session.get(m.Meeting, AES_RUSSIA).commitments[0]  # type: ignore[union-attr]
        item.classification = "CONFIDENTIAL"
    composer.classification_box.setCurrentIndex(composer.classification_box.findData("RESTRICTED"))
    qtbot.waitUntil(lambda: composer.problem_label.isVisible(), timeout=20000)
    assert "CONFIDENTIAL" in composer.problem_label.text()
    assert not composer.save_button.isEnabled()
    composer.classification_box.setCurrentIndex(composer.classification_box.findData("SECRET"))
    qtbot.waitUntil(lambda: composer.save_button.isEnabled(), timeout=20000)
    assert not composer.problem_label.isVisible()


def test_save_as_pdf_writes_and_records_the_note(
    qtbot,
    store: Store,
    composer: BriefComposer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
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


def test_printing_sends_every_page_to_the_printer(
    qtbot,
    composer: BriefComposer,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui.briefs.render import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages: list[int] = []
    assert composer._pdf is not None
    assert print_pdf(composer._pdf, printer, lambda done, total: pages.append(done) or True)
    assert pages == [0, 1]
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 2
