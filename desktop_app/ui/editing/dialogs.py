"""The edit dialog of a record (built from the services' field list), the history of a record,
and the chooser of the record another is merged into."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.edit_fields import FIELDS, Field
from desktop_app.ui.labels import kind_label, role_label, status_label, theme_label
from domain.vocabulary import CommitmentKind, values_of


def field_label(name: str) -> str:
    """The field's name in the window's language."""
    labels = {
        "title": QCoreApplication.translate("EditFields", "Title"),
        "date": QCoreApplication.translate("EditFields", "Date"),
        "end_date": QCoreApplication.translate("EditFields", "End date"),
        "precision": QCoreApplication.translate("EditFields", "Date precision"),
        "place": QCoreApplication.translate("EditFields", "Place (city)"),
        "country": QCoreApplication.translate("EditFields", "Country (two letters)"),
        "format": QCoreApplication.translate("EditFields", "Format"),
        "session": QCoreApplication.translate("EditFields", "Session number"),
        "recurrence": QCoreApplication.translate("EditFields", "Recurrence"),
        "summary": QCoreApplication.translate("EditFields", "Summary"),
        "parties": QCoreApplication.translate("EditFields", "Parties"),
        "person": QCoreApplication.translate("EditFields", "Person"),
        "role": QCoreApplication.translate("EditFields", "Role"),
        "office": QCoreApplication.translate("EditFields", "Office"),
        "note": QCoreApplication.translate("EditFields", "Note"),
        "text": QCoreApplication.translate("EditFields", "Text"),
        "kind": QCoreApplication.translate("EditFields", "Kind"),
        "theme": QCoreApplication.translate("EditFields", "Theme"),
        "also_themes": QCoreApplication.translate("EditFields", "Other themes"),
        "committed_by": QCoreApplication.translate("EditFields", "Committed by"),
        "due": QCoreApplication.translate("EditFields", "Due date"),
        "due_precision": QCoreApplication.translate("EditFields", "Due date precision"),
        "status": QCoreApplication.translate("EditFields", "Status"),
        "evidence": QCoreApplication.translate("EditFields", "Evidence"),
        "speaker": QCoreApplication.translate("EditFields", "Speaker"),
        "as_written": QCoreApplication.translate("EditFields", "Speaker as written"),
        "speech": QCoreApplication.translate("EditFields", "Quoted or reported"),
        "verb": QCoreApplication.translate("EditFields", "Verb"),
        "name": QCoreApplication.translate("EditFields", "Name"),
        "aliases": QCoreApplication.translate("EditFields", "Aliases (separated by ;)"),
        "affiliation": QCoreApplication.translate("EditFields", "Belongs to"),
        "outlet": QCoreApplication.translate("EditFields", "Outlet"),
        "address": QCoreApplication.translate("EditFields", "Address (where it was found)"),
        "reliability": QCoreApplication.translate("EditFields", "Reliability"),
        "language": QCoreApplication.translate("EditFields", "Language"),
    }
    return labels.get(name, name)


# The services' hints (FIELDS' help, in English for the command line), listed so that lupdate
# finds them; field_help says them in the window's language.
_HELPS = (
    QT_TRANSLATE_NOOP("EditFields", "1997-07-03, or 1997-07 / 1997"),
    QT_TRANSLATE_NOOP("EditFields", "two letters: ML, FR…"),
    QT_TRANSLATE_NOOP("EditFields", "names or actor:ID, separated by commas"),
    QT_TRANSLATE_NOOP("EditFields", "the post the person holds (kept on the actor)"),
    QT_TRANSLATE_NOOP("EditFields", "the person's country (kept on the actor)"),
    QT_TRANSLATE_NOOP("EditFields", "names or actor:ID, comma-separated"),
    QT_TRANSLATE_NOOP("EditFields", "2025-12-31, or 2025-12 / 2025"),
    QT_TRANSLATE_NOOP("EditFields", "separated by semicolons"),
    QT_TRANSLATE_NOOP("EditFields", "the day it was published: 2025-04-03"),
    QT_TRANSLATE_NOOP("EditFields", "where it was found: https://…"),
    QT_TRANSLATE_NOOP("EditFields", "themes separated by commas: energy, trade"),
)


def field_help(f: Field) -> str:
    """The field's hint (placeholder and tooltip) in the window's language."""
    return QCoreApplication.translate("EditFields", f.help) if f.help else ""


def choice_label(field: str, key: str) -> str:
    if field == "status":
        return status_label(key)
    if field in ("theme", "also_themes"):
        return theme_label(key)
    if field == "role":
        return role_label(key)
    if field == "kind" and key in values_of(CommitmentKind):
        return kind_label(key)
    words = {
        "day": QCoreApplication.translate("EditFields", "day"),
        "month": QCoreApplication.translate("EditFields", "month"),
        "year": QCoreApplication.translate("EditFields", "year"),
        "quote": QCoreApplication.translate("EditFields", "quoted words (« … »)"),
        "reported": QCoreApplication.translate("EditFields", "reported speech (X said that …)"),
    }
    return words.get(key, key.replace("_", " "))


class RecordEditDialog(QDialog):
    """Every field of one record: Tab moves, Ctrl+Enter saves, Esc cancels.

    ``validate`` (the changed values → None, or what is wrong) runs before the dialog closes:
    a bad value keeps it open with the sentence shown above the buttons."""

    def __init__(
        self,
        kind: str,
        title: str,
        values: Mapping[str, str],
        validate: Callable[[dict[str, str]], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.initial = dict(values)
        self.validate = validate
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in FIELDS[kind]:
            editor = self._editor(f, values.get(f.name, ""))
            editor.setAccessibleName(field_label(f.name))
            self.editors[f.name] = editor
            label = QLabel(field_label(f.name) + ("*" if f.required else ""), self)
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        hint = QLabel(self.tr("Ctrl+Enter saves, Esc cancels; every change can be undone."), self)
        hint.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._shortcuts = []
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self.save)
            self._shortcuts.append(shortcut)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        theme = self.editors.get("theme")
        if isinstance(theme, QComboBox) and "also_themes" in self.editors:
            theme.currentIndexChanged.connect(self._on_theme_currentIndexChanged)
            self._on_theme_currentIndexChanged()

    @Slot()
    def _on_theme_currentIndexChanged(self) -> None:
        """The main theme cannot be one of the others too: its box there is off and unticked."""
        others = self.editors["also_themes"]
        assert isinstance(others, QListWidget)
        main = self.value("theme")
        for position in range(others.count()):
            item = others.item(position)
            is_main = item.data(Qt.ItemDataRole.UserRole) == main
            if is_main:
                item.setCheckState(Qt.CheckState.Unchecked)
            flags = item.flags() | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if is_main else flags)

    def _editor(self, f: Field, value: str) -> QWidget:
        if f.kind == "choices":
            return self._ticks(f, value)
        if f.kind == "choice":
            box = QComboBox(self)
            if not f.required:
                box.addItem(self.tr("(none)"), "")
            for key in f.choices:
                box.addItem(choice_label(f.name, key), key)
            index = box.findData(value)
            if index < 0 and value:  # a value from before the vocabulary: keep it shown
                box.addItem(value, value)
                index = box.count() - 1
            box.setCurrentIndex(max(index, 0))
            return box
        if f.kind == "longtext":
            area = QPlainTextEdit(self)
            area.setPlainText(value)
            area.setTabChangesFocus(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setMaximumHeight(90)
            return area
        line = QLineEdit(self)
        line.setText(value)
        line.setCursorPosition(0)  # a long title shows its beginning, not its last words
        if f.help:
            line.setPlaceholderText(field_help(f))
            line.setToolTip(field_help(f))
        return line

    def _ticks(self, f: Field, value: str) -> QListWidget:
        """Several keys of the vocabulary, each a box to tick (Space ticks the current one)."""
        ticks = QListWidget(self)
        ticks.setFlow(QListWidget.Flow.LeftToRight)
        ticks.setWrapping(True)
        ticks.setResizeMode(QListWidget.ResizeMode.Adjust)
        ticks.setSpacing(2)
        chosen = set(_keys(value))
        for key in f.choices:
            item = QListWidgetItem(choice_label(f.name, key), ticks)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        ticks.setCurrentRow(0)
        if f.help:
            ticks.setToolTip(field_help(f))
        # Four rows of boxes, the whole vocabulary at the dialog's width (else it scrolls).
        row = ticks.sizeHintForRow(0) + 2 * ticks.spacing()
        ticks.setFixedHeight(4 * row + 2 * ticks.frameWidth() + 2)
        return ticks

    def value(self, name: str) -> str:
        editor = self.editors[name]
        if isinstance(editor, QListWidget):  # as typed on the command line: "energy, trade"
            return ", ".join(
                str(editor.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(editor.count())
                if editor.item(i).checkState() == Qt.CheckState.Checked
            )
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_value(self, name: str, value: str) -> None:
        """Type a value as the user would (tests; a passage's text)."""
        editor = self.editors[name]
        if isinstance(editor, QListWidget):
            wanted = set(_keys(value))
            for i in range(editor.count()):
                item = editor.item(i)
                ticked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(value)

    def changed_values(self) -> dict[str, str]:
        out = {}
        for name in self.editors:
            value, initial = self.value(name), self.initial.get(name, "")
            if isinstance(self.editors[name], QListWidget):
                if set(_keys(value)) != set(_keys(initial)):  # the order ticked says nothing
                    out[name] = value
            elif value.strip() != initial.strip():
                out[name] = value
        return out

    @Slot()
    def save(self) -> None:
        changed = self.changed_values()
        problem = self.validate(changed) if (self.validate and changed) else None
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


def _keys(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


class HistoryDialog(QDialog):
    """What was changed in a record, when, and what it was before (the import's reading too)."""

    def __init__(self, title: str, entries: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 360)
        self.table = QTableWidget(len(entries), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Action"), self.tr("Field"), self.tr("Before"),
             self.tr("After")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Recorded changes"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 170, 130, 190)):
            self.table.setColumnWidth(column, width)
        for row, entry in enumerate(entries):
            change = entry.change
            action = action_label(entry.action) + (self.tr(" (undone)") if entry.undone else "")
            if change.op == "update":
                field = _field_of_column(change.record_kind, change.field)
                before, after = _short(change.old_value), _short(change.new_value)
            elif change.op == "insert":
                field, before, after = change.record_kind, "", self.tr("added")
            else:
                field, before, after = (
                    change.record_kind,
                    _short(change.old_value),
                    self.tr("deleted"),
                )
            cells = (entry.changed_at.strftime("%Y-%m-%d %H:%M"), action, field, before, after)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text or ""))
                item.setToolTip(entry.label if column == 1 else str(text or ""))
                self.table.setItem(row, column, item)
        empty = QLabel(self.tr("No change recorded: the record is as it was imported."), self)
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def action_label(action: str) -> str:
    labels = {
        "edit": QCoreApplication.translate("EditFields", "edit"),
        "add": QCoreApplication.translate("EditFields", "addition"),
        "delete": QCoreApplication.translate("EditFields", "deletion"),
        "merge": QCoreApplication.translate("EditFields", "merge"),
        "review": QCoreApplication.translate("EditFields", "review"),
        "remove_demo": QCoreApplication.translate("EditFields", "demo dossier removed"),
    }
    return labels.get(action, action)


def _field_of_column(table: str, column: str | None) -> str:
    """The field's name as the edit dialog shows it ("city" of a meeting: "Place (city)")."""
    kind = "note" if table == "annotation" else table
    for f in FIELDS.get(kind, ()):
        if f.column == column:
            return field_label(f.name)
    return column or ""


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        value = value.get("text") or value.get("title") or value.get("name") or value
    text = str(value)
    return text if len(text) <= 120 else text[:119] + "…"


class MergeDialog(QDialog):
    """Choose the record to merge into: type to filter, arrows to choose, Enter to merge."""

    def __init__(
        self, title: str, choices: Sequence[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Records to merge into"))
        for record_id, label in choices:
            item = QListWidgetItem(f"#{record_id}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        note = QLabel(
            self.tr(
                "The record chosen is kept; the other's references, sources and notes move to "
                "it and it is deleted. Ctrl+Z undoes the merge."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._on_filter_textChanged)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(self._on_list_itemActivated)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    @Slot(str)
    def _on_filter_textChanged(self, text: str) -> None:
        folded = text.casefold()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = folded not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    @Slot(QListWidgetItem)
    def _on_list_itemActivated(self, _item: QListWidgetItem) -> None:
        self.accept()
