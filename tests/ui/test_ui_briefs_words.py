"""The briefs list and the composer speak the interface's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.services import briefs
from desktop_app.services.store import Store
from desktop_app.ui.briefs.composer import BriefComposer
from desktop_app.ui.briefs.panel import BriefsPanel
from desktop_app.ui.i18n import install_language
from tests.qt_cells import cell_text

AES_RUSSIA = 5


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_composer_starts_in_the_interface_language(
    qtbot: QtBot, qapp: QApplication, store: Store, language: str
) -> None:
    install_language(qapp, language)
    try:
        dialog = BriefComposer(store, [AES_RUSSIA])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.points_edit.toPlainText() != "", timeout=20000)
        dialog.wait_idle()
    finally:
        install_language(qapp, "en")
    assert dialog.request().language == language
    expected = briefs.collect(
        store, briefs.BriefRequest(meeting_ids=(AES_RUSSIA,), language=language)
    ).talking_points
    # (the text box keeps no-break spaces as plain ones)
    shown = dialog.points_edit.toPlainText().replace("\u00a0", " ")
    assert shown == "\n".join(expected).replace("\u00a0", " ")


def test_the_briefs_list_says_level_date_and_language_in_french(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    briefs.export_brief(
        store,
        briefs.BriefRequest(meeting_ids=(AES_RUSSIA,), classification="RESTRICTED"),
        tmp_path / "n.pdf",
    )
    install_language(qapp, "fr")
    try:
        panel = BriefsPanel(store)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: panel.brief_count() == 1, timeout=10000)
        cells = [cell_text(panel.table, 0, c) for c in range(panel.table.columnCount())]
    finally:
        install_language(qapp, "en")
    assert cells[3] == "DIFFUSION RESTREINTE"
    assert cells[4] == "français"
    assert not re.match(r"\d{4}-\d\d-\d\d", cells[0]), cells[0]


def test_the_composer_asks_for_a_decision_and_an_approval_block(qtbot: QtBot, store: Store) -> None:
    dialog = BriefComposer(store, [AES_RUSSIA])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.decision_edit.isEnabled()
    assert dialog.request().decision == "" and not dialog.request().sign_off
    dialog.decision_check.setChecked(True)
    assert dialog.decision_edit.isEnabled()
    dialog.decision_edit.setPlainText("Approve the second session.")
    dialog.sign_off_check.setChecked(True)
    request = dialog.request()
    assert request.decision == "Approve the second session." and request.sign_off
    dialog.decision_check.setChecked(False)  # unticked: the text stays, the section goes
    assert dialog.request().decision == ""
    dialog.wait_idle()
