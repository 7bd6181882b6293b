"""The list of earlier briefs: filled from the store, "What changed" after a status change."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.services import briefs, tracking
from desktop_app.services.store import Store
from desktop_app.ui.briefs.panel import BriefsPanel
from tests.qt_cells import cell_text

AES_RUSSIA = 5


def test_panel_lists_briefs_and_says_what_changed(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    panel = BriefsPanel(store)
    panel.show_dialogs = False
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.empty_label.isVisible() or panel.brief_count() == 0)
    assert panel.brief_count() == 0
    view = briefs.export_brief(
        store, briefs.BriefRequest(meeting_ids=(AES_RUSSIA,)), tmp_path / "n.pdf"
    )
    panel.refresh()
    qtbot.waitUntil(lambda: panel.brief_count() == 1, timeout=10000)
    assert cell_text(panel.table, 0, 1) == view.reference
    panel.select_row(0)
    assert panel.open_button.isEnabled() and panel.changes_button.isEnabled()
    commitment = briefs.browse.get_meeting(store, AES_RUSSIA).commitments[0]
    tracking.set_commitment_tracking(store, commitment.id, status="lapsed")
    with qtbot.waitSignal(panel.changes_ready, timeout=10000) as got:
        panel.changes_button.click()
    assert commitment.text in got.args[0] and "lapsed" in got.args[0]
