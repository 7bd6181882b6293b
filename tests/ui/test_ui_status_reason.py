"""The tracker changes a status with its reason; the detail pane says "from → to" and why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from desktop_app.services import browse
from desktop_app.services.store import Store
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.status_dialog import StatusDialog


def test_status_change_with_reason_in_french(
    store: Store, make_window: Callable[..., MainWindow]
) -> None:
    item = next(c for c in browse.list_commitments(store) if c.status == "announced")
    window = make_window(store, "fr")
    dialog = StatusDialog(item, window)
    assert dialog.status() == "announced"
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("fulfilled"))
    dialog.reason_edit.setText("Livraison constatée")
    dialog.done(QDialog.DialogCode.Accepted)
    window.pages.tracker.set_status(item.id, dialog.status(), dialog.reason())
    window.ctx.runner.drain()
    window.detail.show_commitment(item.id)
    window.ctx.runner.drain()
    text = window.detail.browser.toPlainText()
    assert "annoncé → réalisé" in text, text
    assert "raison : Livraison constatée" in text
    window.ctx.undo_stack.undo()
    window.ctx.runner.drain()
    assert browse.get_commitment(store, item.id).status == "announced"
    window.detail.show_commitment(item.id)
    window.ctx.runner.drain()
    # Undo takes the change back whole, its status-history row with it (the change set stays
    # in the edit history, marked undone).
    after = window.detail.browser.toPlainText()
    assert "annoncé → réalisé" not in after and "Livraison constatée" not in after, after
