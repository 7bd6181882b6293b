"""The main window's frame: title, menus, sidebar and search field, shown before the store opens.

Only PySide6 and light modules are imported here (no SQLAlchemy, no services), so ``chancery``
shows a window the user can already type in within a few hundred milliseconds. ui.app then
imports the rest and opens the store off the GUI thread, and MainWindow.attach puts the
store's pages into this same window. Its strings keep the "MainWindow" translation context.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontDatabase,
    QFontInfo,
    QResizeEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.actions import build_actions, shortcuts_text
from desktop_app.ui.labels import SECTIONS, section_label
from desktop_app.ui.settings import APPLICATION, ORGANIZATION, AppSettings

PREFERRED_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans")
SIDEBAR_STYLE = "QListWidget::item { padding: 5px 8px; }"
# As services.store.resolve_store_path, which cannot be imported here (it needs SQLAlchemy);
# tests/ui/test_cold_start.py checks that the two agree.
ENV_STORE = "CHANCERY_DB"
STORE_FILE = "chancery.db"


def qt_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    choose_font(app)
    return app


def choose_font(app: QApplication) -> str:
    """A font that has the glyphs we draw (é, œ, —, «»); Qt shows empty boxes otherwise."""
    families = set(QFontDatabase.families())
    for family in PREFERRED_FONTS:
        if family in families:
            font = QFont(family, app.font().pointSize())
            app.setFont(font)
            break
    return QFontInfo(app.font()).family()


def store_file_name(explicit: str | os.PathLike[str] | None = None) -> str:
    """The file name of the store ``--db``, CHANCERY_DB or the default names (for the title)."""
    chosen = os.fspath(explicit) if explicit else os.environ.get(ENV_STORE)
    return Path(chosen).expanduser().name if chosen else STORE_FILE


class TopBar(QWidget):
    """The search field and the facets: one row when the window is wide enough, else the
    facets under the search field (so the window can be as narrow as half a 1920 screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(6, 6, 6, 2)

    def _items(self) -> list[QWidget]:
        items = (self.box.itemAt(i) for i in range(self.box.count()))
        found = (item.widget() for item in items if item is not None)
        return [w for w in found if w is not None and not w.isHidden()]

    def one_row_width(self) -> int:
        margins = self.box.contentsMargins()
        items = self._items()
        return (
            sum(max(w.minimumWidth(), w.minimumSizeHint().width()) for w in items)
            + self.box.spacing() * max(0, len(items) - 1)
            + margins.left()
            + margins.right()
        )

    def minimumSizeHint(self) -> QSize:
        # As narrow as the widest item alone (two rows): resizeEvent picks the layout.
        margins = self.box.contentsMargins()
        widest = max(
            (max(w.minimumWidth(), w.minimumSizeHint().width()) for w in self._items()),
            default=0,
        )
        hint = super().minimumSizeHint()
        return QSize(widest + margins.left() + margins.right(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self.one_row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)


class WindowFrame(QMainWindow):
    """Everything of the main window that needs no store, usable at once.

    Until MainWindow.attach, the centre shows "Opening <store>…" for the section chosen, the
    actions that need the store are disabled, and what the user types in the search field
    stays there, to be searched once the store is open.
    """

    def __init__(self, settings: AppSettings, store_name: str) -> None:
        super().__init__()
        self.settings = settings
        self.store_name = store_name
        self.store_location = store_name  # the full path once the store is open (About)
        self.ready = False  # True once the store's pages are in
        self.setObjectName("ChanceryMainWindow")
        self.set_store_title(store_name)
        self.undo_group = QUndoGroup(self)  # Undo/Redo follow the context's stack once in
        self._section_before_search = "meetings"
        # top: search, and the facets once the store is open
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Search everything (Ctrl+F)…")
        )
        self.search_box.setAccessibleName(QCoreApplication.translate("MainWindow", "Search"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(220)
        self.top = TopBar(self)
        self.top_layout = self.top.box
        self.top_layout.addWidget(self.search_box, 1)
        self.facet_slot = QWidget(self.top)
        self.top_layout.addWidget(self.facet_slot, 3)
        # sidebar; "Opening…" where the pages and the detail pane will be
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(section_label(k)) for k in SECTIONS
        )
        self.sidebar.setMinimumWidth(widest + 36)
        for key in SECTIONS:
            item = QListWidgetItem(section_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.opening = QLabel(self)
        self.opening.setObjectName("openingState")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setWordWrap(True)
        self.opening.setMargin(24)
        self.opening_detail = QWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.sidebar, self.opening, self.opening_detail):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.actions_ = build_actions(self, self.menuBar(), self.undo_group)
        self.actions_.languages[settings.language].setChecked(True)
        a = self.actions_
        self.store_actions: list[QAction] = [
            a.new_store,
            a.open_store,
            a.recent_menu.menuAction(),
            a.import_files,
            a.export_brief,
            a.export_shown,
            a.backups,
            a.load_demo,
            a.new_note,
            *a.languages.values(),
        ]
        for act in self.store_actions:
            act.setEnabled(False)
        # For the whole life of the window
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self._on_find_triggered)
        a.shortcuts_help.triggered.connect(self._on_shortcuts_triggered)
        a.about.triggered.connect(self._on_about_triggered)
        # Until the store is open (end_frame disconnects them; MainWindow wires its own)
        self._frame_slots: list[tuple[Any, Callable[..., None]]] = [
            (self.sidebar.currentRowChanged, self._frame_row_changed),
            (self.search_box.textChanged, self._frame_text_changed),
            (a.leave_search.triggered, self.search_box.clear),
            *((act.triggered, self._frame_section_triggered) for act in a.sections),
        ]
        for signal, slot in self._frame_slots:
            signal.connect(slot)
        self._restore_frame()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opening {0}…").format(store_name)
        )

    def set_store_title(self, name: str, demo: bool = False) -> None:
        title = QCoreApplication.translate("MainWindow", "Chancery — {0}").format(name)
        if demo:
            title += " " + QCoreApplication.translate("MainWindow", "(demo dossier)")
        self.setWindowTitle(title)

    def end_frame(self) -> None:
        """The store is open: the frame's own slots go, the store's actions come."""
        for signal, slot in self._frame_slots:
            signal.disconnect(slot)
        self._frame_slots = []
        for act in self.store_actions:
            act.setEnabled(True)
        self.statusBar().clearMessage()

    def replace_placeholders(self, facets: QWidget, pages: QWidget, detail: QWidget) -> None:
        """Put the store's widgets where the frame's placeholders were, sizes kept."""
        sizes = self.splitter.sizes()
        self.top_layout.replaceWidget(self.facet_slot, facets)
        self.splitter.replaceWidget(1, pages)
        self.splitter.replaceWidget(2, detail)
        for old in (self.facet_slot, self.opening, self.opening_detail):
            old.hide()
            old.deleteLater()
        if all(sizes):
            self.splitter.setSizes(sizes)

    # layout and settings
    def _restore_frame(self) -> None:
        s = self.settings
        if s.geometry is not None:
            self.restoreGeometry(s.geometry)
        else:
            self.resize(1280, 800)
        if s.window_state is not None:
            self.restoreState(s.window_state)
        sizes = s.splitter_sizes
        self.reset_splitter(sizes if len(sizes) == 3 and all(sizes) else None)
        last = s.last_view if s.last_view in SECTIONS else "meetings"
        self.sidebar.setCurrentRow(SECTIONS.index(last))
        self._show_opening()

    def reset_splitter(self, sizes: list[int] | None = None) -> None:
        """The saved sizes, or a sidebar just wide enough and the rest shared by list and detail."""
        if sizes is None:
            sidebar = self.sidebar.minimumWidth() + 10
            # The list a little wider than the detail: the tracker's columns that matter
            # (text, due, status, score, evidence) fit at 1280 px.
            rest = max(600, self.width() - sidebar)
            sizes = [sidebar, rest * 56 // 100, rest - rest * 56 // 100]
        self.splitter.setSizes(sizes)

    def save_layout(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter_sizes = self.splitter.sizes()
        s.last_view = self.current_section()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        event.accept()

    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return SECTIONS[row] if 0 <= row < len(SECTIONS) else "meetings"

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # while the store opens
    def _show_opening(self) -> None:
        query = self.search_box.text().strip()
        lines = [
            section_label("search" if query else self.current_section()),
            QCoreApplication.translate("MainWindow", "Opening {0}…").format(self.store_name),
        ]
        if query:
            lines.append(
                QCoreApplication.translate("MainWindow", "Your search runs as soon as it is open.")
            )
        heading, *rest = (html.escape(line) for line in lines)
        self.opening.setText(f"<b>{heading}</b><br><br>" + "<br>".join(rest))

    @Slot(int)
    def _frame_row_changed(self, _row: int) -> None:
        if self.search_box.text():
            self.search_box.blockSignals(True)  # choosing a section leaves the search
            self.search_box.clear()
            self.search_box.blockSignals(False)
        self._show_opening()

    @Slot(str)
    def _frame_text_changed(self, text: str) -> None:
        if text.strip():
            self._section_before_search = self.current_section()
        self._show_opening()

    @Slot()
    def _frame_section_triggered(self) -> None:
        act = self.sender()
        if isinstance(act, QAction):
            self.sidebar.setCurrentRow(int(act.data()))

    # menus that need no store
    @Slot()
    def _on_find_triggered(self) -> None:
        self.focus_search()

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        QMessageBox.information(
            self,
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            shortcuts_text(),
        )

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Chancery"),
            QCoreApplication.translate(
                "MainWindow", "Chancery: meetings, commitments and notes, offline.\nStore: {0}"
            ).format(self.store_location),
        )
