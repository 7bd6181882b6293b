"""The review queue's Merge / Keep both for an item probably the same as one already there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.services import browse, corroboration, importing
from desktop_app.services.store import Store
from desktop_app.ui.main_window import MainWindow

FIRST = """Lomé, 9 juin 2025 — Le Togo et le Ghana ont tenu à Lomé la deuxième session de leur \
commission mixte.

Prochaines étapes
- Tenue de la troisième session à Accra en 2026."""

SECOND = """Lomé, 9 juin 2025 – Le Togo et le Ghana ont achevé à Lomé la deuxième session de \
leur commission mixte.

Prochaines étapes
- Troisième session à Accra en 2027."""


def _flagged(store: Store, tmp_path: Path) -> corroboration.DuplicateView:
    for name, text, confirm in (("a.txt", FIRST, True), ("b.txt", SECOND, False)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [outcome] = importing.import_files(store, [path], confirm=confirm)
        assert outcome.status == "imported", outcome.message
    [double] = corroboration.probable_duplicates(store)
    return double


def test_merge_from_the_review_queue_and_undo(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow]
) -> None:
    double = _flagged(store, tmp_path)
    window = make_window(store)
    window.show_section("review")
    window.ctx.runner.drain()
    panel = window.pages.review
    row = next(
        r
        for r, item in enumerate(panel.model.rows())
        if (item.kind, item.id) == ("commitment", double.id)
    )
    panel.table.setFocus()
    panel.table.selectRow(row)
    assert panel.merge_button.isEnabled() and panel.keep_both_button.isEnabled()
    shown = panel.model.index(row, 2).data()
    assert f"#{double.same_as_id}" in shown
    panel.merge_current()  # what the M shortcut and the Merge button call
    window.ctx.runner.drain()
    assert corroboration.probable_duplicates(store) == []
    assert len(browse.get_commitment(store, double.same_as_id).sources) == 2
    window.actions_.undo.trigger()
    window.ctx.runner.drain()
    assert corroboration.probable_duplicates(store) == [double]
    assert len(browse.get_commitment(store, double.same_as_id).sources) == 1


def test_keep_both_is_disabled_for_an_ordinary_candidate(
    tmp_path: Path, store: Store, make_window: Callable[..., MainWindow]
) -> None:
    double = _flagged(store, tmp_path)
    window = make_window(store)
    window.show_section("review")
    window.ctx.runner.drain()
    panel = window.pages.review
    for r in range(panel.model.rowCount()):
        item = panel.model.row_at(r)
        assert item is not None
        panel.table.selectRow(r)
        flagged = (item.kind, item.id) == ("commitment", double.id)
        assert panel.keep_both_button.isEnabled() == flagged
    panel.table.selectRow(
        next(r for r, item in enumerate(panel.model.rows()) if item.id == double.id
             and item.kind == "commitment")
    )  # fmt: skip
    panel.keep_both_current()
    window.ctx.runner.drain()
    assert browse.get_commitment(store, double.id).review_state == "confirmed"
