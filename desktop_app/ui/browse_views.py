"""The centre lists: meetings, actors, sources, tags, search results, and the empty state."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.html_delegate import HitDelegate
from desktop_app.ui.models.lazy import ID_ROLE, ROW_ROLE


class SayingTable(QTableView):
    """A table that says in one sentence why it is empty (an empty grid looked broken)."""

    empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """What the list says when it has no row (the filters match nothing)."""
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        # A lazy model not read yet is not empty: it says nothing until it has read.
        if self.empty_text and model.rowCount() == 0 and getattr(model, "loaded", True):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()


class ItemTable(SayingTable):
    """A read-only table: arrows move, Enter opens (``activated_id``), selection previews."""

    selected_id = Signal(int)
    activated_id = Signal(int)

    def __init__(
        self,
        model: QAbstractItemModel,
        name: str,
        parent: QWidget | None = None,
        multi: bool = False,
    ):
        """``multi``: Shift/Ctrl-click and Ctrl+A select several rows (a brief of them)."""
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # arrows move in the list; Tab goes on to the detail
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.selectionModel().selectionChanged.connect(self._on_selection_selectionChanged)
        self.activated.connect(self._on_self_activated)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_selectionChanged(self, *_: object) -> None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return
        # Several rows: the detail previews the one the user last clicked or moved to.
        current = self.currentIndex()
        chosen = (
            current
            if current.isValid()
            and self.selectionModel().isRowSelected(current.row(), QModelIndex())
            else rows[0]
        )
        item_id = chosen.siblingAtColumn(0).data(ID_ROLE)
        if item_id is not None:
            self.selected_id.emit(int(item_id))

    def selected_ids(self) -> list[int]:
        """The selected rows' ids, in the order the list shows them."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        return [int(r.data(ID_ROLE)) for r in rows if r.data(ID_ROLE) is not None]

    @Slot(QModelIndex)
    def _on_self_activated(self, index: QModelIndex) -> None:
        self.activated_id.emit(int(index.data(ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_self_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def select_id(self, item_id: int) -> bool:
        model = self.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == item_id:
                self.selectRow(row)
                self.scrollTo(model.index(row, 0))
                return True
        return False


class SearchResultsView(QListView):
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Search results"))
        self.setItemDelegate(HitDelegate(self))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.selectionModel().selectionChanged.connect(self._on_selection_selectionChanged)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_selectionChanged(self, *_: object) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            self.hit_activated.emit(rows[0].data(ROW_ROLE))


class EmptyState(QWidget):
    """What a new user sees in an empty store: two ways to begin."""

    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("<h2>Your store is empty</h2>"), self)
        text = QLabel(
            self.tr(
                "Import a communiqué, an article or a note (Ctrl+I, or drop files on the "
                "window), or load the demo dossier to see how Chancery works."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = text
        self.import_button = QPushButton(self.tr("Import documents…"), self)
        self.demo_button = QPushButton(self.tr("Load the demo dossier"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.import_button, self.demo_button):
            # The wrapped sentence takes the page's width: aligned in the layout, it got the
            # height of a narrower wrap and its first and last lines were cut off.
            alignment = Qt.AlignmentFlag(0) if widget is text else Qt.AlignmentFlag.AlignHCenter
            layout.addWidget(widget, 0, alignment)
        layout.addStretch(2)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
