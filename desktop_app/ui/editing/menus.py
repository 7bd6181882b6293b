"""The editing context menus: of the detail pane, the lists, the tracker, the review queue
and the source view (new records from the selected passage)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from desktop_app.services.edit_fields import KIND_ALIASES
from desktop_app.services.merging import MERGEABLE
from desktop_app.ui.models.lazy import ID_ROLE

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

EDITABLE = ("meeting", "participation", "commitment", "statement", "actor", "source")
FROM_PASSAGE = ("commitment", "principle", "next_step", "statement")


class ContextMenus:
    """Mixed into the EditingController, whose actions the menus call."""

    window: MainWindow
    edit: Any
    delete: Any
    merge_into: Any
    merge_pair: Any
    show_history: Any
    add_new: Any
    add_from_passage: Any

    def _tables(self) -> list[tuple[str, QAbstractItemView]]:
        pages = self.window.pages
        return [
            ("meeting", pages.meetings),
            ("actor", pages.actors),
            ("source", pages.sources),
            ("commitment", pages.tracker.table),
        ]

    def menu_for(self, parent: QWidget, kind: str, ids: list[int]) -> QMenu:
        menu = QMenu(parent)
        kind = KIND_ALIASES.get(kind, kind)
        record_id = ids[0]
        if kind in EDITABLE:
            menu.addAction(
                QCoreApplication.translate("Editing", "Edit…"), lambda: self.edit(kind, record_id)
            )
        if kind in MERGEABLE:
            if len(ids) == 2:
                menu.addAction(
                    QCoreApplication.translate("Editing", "Merge these two"),
                    lambda: self.merge_pair(kind, ids[0], ids[1]),
                )
            menu.addAction(
                QCoreApplication.translate("Editing", "Merge into…"),
                lambda: self.merge_into(kind, record_id),
            )
        menu.addAction(
            QCoreApplication.translate("Editing", "History…"),
            lambda: self.show_history(kind, record_id),
        )
        if kind == "meeting":
            menu.addSeparator()
            adds = {
                "participation": QCoreApplication.translate("Editing", "Add participant…"),
                "commitment": QCoreApplication.translate("Editing", "Add commitment…"),
                "principle": QCoreApplication.translate("Editing", "Add principle…"),
                "next_step": QCoreApplication.translate("Editing", "Add next step…"),
                "statement": QCoreApplication.translate("Editing", "Add statement…"),
            }
            for new_kind, text in adds.items():
                menu.addAction(text, functools.partial(self.add_new, new_kind, record_id))
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("Editing", "Delete…"), lambda: self.delete(kind, record_id)
        )
        return menu

    def _install_context_menus(self) -> None:
        for kind, table in self._tables():
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            if kind in MERGEABLE:
                table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            table.customContextMenuRequested.connect(
                lambda pos, k=kind, t=table: self._on_table_menu(k, t, pos)
            )
        review = self.window.pages.review
        review.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        review.table.customContextMenuRequested.connect(self._on_review_menu)
        review.editor = self.edit  # E opens the whole record, not only its text
        detail = self.window.detail
        detail.edit_requested.connect(self._on_detail_edit_requested)
        detail.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        detail.browser.customContextMenuRequested.connect(self._on_browser_menu)
        source = detail.source.text
        source.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        source.customContextMenuRequested.connect(self._on_source_menu)

    def _on_table_menu(self, kind: str, table: QAbstractItemView, pos: QPoint) -> None:
        ids = selected_ids(table)
        if ids:
            self.menu_for(table, kind, ids).popup(table.viewport().mapToGlobal(pos))

    @Slot(QPoint)
    def _on_review_menu(self, pos: QPoint) -> None:
        review = self.window.pages.review
        item = review.current()
        if item is not None:
            menu = self.menu_for(review.table, str(item.kind), [int(item.id)])
            menu.popup(review.table.viewport().mapToGlobal(pos))

    @Slot(str, int)
    def _on_detail_edit_requested(self, kind: str, record_id: int) -> None:
        self.edit(kind, record_id)

    @Slot(QPoint)
    def _on_browser_menu(self, pos: QPoint) -> None:
        detail = self.window.detail
        menu = detail.browser.createStandardContextMenu(pos)
        record = detail.record_at(detail.browser.anchorAt(pos)) or detail.current
        if record is not None and record[0] in EDITABLE:
            menu.addSeparator()
            for act in self.menu_for(menu, record[0], [record[1]]).actions():
                menu.addAction(act)
        menu.popup(detail.browser.viewport().mapToGlobal(pos))

    def source_menu(self) -> QMenu:
        """The source view's menu: copy…, then new records from the selected passage."""
        viewer = self.window.detail.source
        menu = viewer.text.createStandardContextMenu()
        selected = viewer.selected_range()
        if viewer.source is not None:
            source_id = viewer.source.summary.id
            menu.addSeparator()
            labels = {
                "commitment": QCoreApplication.translate(
                    "Editing", "New commitment from selection"
                ),
                "principle": QCoreApplication.translate("Editing", "New principle from selection"),
                "next_step": QCoreApplication.translate("Editing", "New next step from selection"),
                "statement": QCoreApplication.translate("Editing", "New statement from selection"),
            }
            for kind in FROM_PASSAGE:
                act = menu.addAction(labels[kind])
                act.setEnabled(selected is not None)
                if selected is not None:
                    start, end = selected
                    act.triggered.connect(
                        lambda _c=False, k=kind, a=start, b=end: self.add_from_passage(
                            k, source_id, a, b
                        )
                    )
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("Editing", "Edit source…"),
                lambda: self.edit("source", source_id),
            )
        return menu

    @Slot(QPoint)
    def _on_source_menu(self, pos: QPoint) -> None:
        text = self.window.detail.source.text
        self.source_menu().popup(text.viewport().mapToGlobal(pos))


def selected_ids(table: QAbstractItemView) -> list[int]:
    rows = sorted(table.selectionModel().selectedRows(), key=lambda index: index.row())
    return [int(index.data(ID_ROLE)) for index in rows if index.data(ID_ROLE) is not None]
