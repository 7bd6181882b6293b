"""The window's actions and menus, with their shortcuts (built once, wired by the window)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from desktop_app.ui.labels import SECTIONS, section_label
from desktop_app.ui.settings import LANGUAGES


@dataclass
class WindowActions:
    new_store: QAction
    open_store: QAction
    recent_menu: QMenu
    import_files: QAction
    export_brief: QAction
    export_shown: QAction
    backups: QAction
    load_demo: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_note: QAction
    find: QAction
    leave_search: QAction
    languages: dict[str, QAction]
    sections: list[QAction]
    shortcuts_help: QAction
    about: QAction


def build_actions(
    window: QMainWindow, menubar: QMenuBar, stack: QUndoGroup | QUndoStack | None = None
) -> WindowActions:
    """The actions and menus; Undo and Redo follow ``stack`` (a group: its active stack),
    by default the window's context's."""
    if stack is None:
        stack = window.ctx.undo_stack  # type: ignore[attr-defined]

    def action(text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    undo = stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    languages = {}
    group = QActionGroup(window)
    for code, name in zip(LANGUAGES, ("English", "Français"), strict=True):
        act = QAction(name, window)
        act.setCheckable(True)
        act.setData(code)
        group.addAction(act)
        languages[code] = act
    actions = WindowActions(
        new_store=action(QCoreApplication.translate("MainWindow", "&New store…"), "Ctrl+Shift+N"),
        open_store=action(QCoreApplication.translate("MainWindow", "&Open store…"), "Ctrl+O"),
        recent_menu=QMenu(QCoreApplication.translate("MainWindow", "&Recent stores"), window),
        import_files=action(QCoreApplication.translate("MainWindow", "&Import…"), "Ctrl+I"),
        export_brief=action(
            QCoreApplication.translate("MainWindow", "&Export brief of the selected meetings…"),
            "Ctrl+E",
        ),
        export_shown=action(
            QCoreApplication.translate("MainWindow", "Export brief of the meetings &shown…"),
            "Ctrl+Shift+E",
        ),
        backups=action(QCoreApplication.translate("MainWindow", "&Backups…")),
        load_demo=action(QCoreApplication.translate("MainWindow", "Load the &demo dossier")),
        # Named, not StandardKey.Quit: that one is empty on Windows and offscreen; Qt reads
        # Ctrl as Cmd on macOS.
        quit=action(QCoreApplication.translate("MainWindow", "&Quit"), "Ctrl+Q"),
        undo=undo,
        redo=redo,
        new_note=action(QCoreApplication.translate("MainWindow", "&New note"), "Ctrl+N"),
        find=action(QCoreApplication.translate("MainWindow", "&Find"), "Ctrl+F"),
        leave_search=action(QCoreApplication.translate("MainWindow", "Leave search"), "Esc"),
        languages=languages,
        sections=[],
        shortcuts_help=action(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")),
        about=action(QCoreApplication.translate("MainWindow", "&About Chancery")),
    )
    file_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.new_store)
    file_menu.addAction(actions.open_store)
    file_menu.addMenu(actions.recent_menu)
    file_menu.addSeparator()
    for act in (
        actions.import_files,
        actions.export_brief,
        actions.export_shown,
        actions.backups,
        actions.load_demo,
    ):
        file_menu.addAction(act)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for act in (actions.undo, actions.redo):
        edit_menu.addAction(act)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.new_note)
    edit_menu.addAction(actions.find)
    window.addAction(actions.leave_search)
    view_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for number, key in enumerate(SECTIONS):
        act = action(section_label(key), f"Ctrl+{number + 1}")
        act.setData(number)
        view_menu.addAction(act)
        actions.sections.append(act)
    settings_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    for act in languages.values():
        language_menu.addAction(act)
    help_menu = menubar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.shortcuts_help)
    help_menu.addAction(actions.about)
    return actions


# The keys the Help ▸ Keyboard shortcuts dialog lists, in its order; the README's "Keyboard"
# table lists exactly these rows in English (tests/packaging/test_shortcuts.py checks both).
_ROWS = (
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "search (Esc leaves the search)")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("MainWindow", "new note on the item in view")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "open another store (File ▸ Recent stores)")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("MainWindow", "create a new, empty store")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("MainWindow", "import documents (or drop files on the window)")),
    (
        "Ctrl+E",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "export a brief of the selected meetings (Shift/Ctrl-click or Ctrl+A select several)",
        ),
    ),
    (
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("MainWindow", "export a brief of every meeting the list shows"),
    ),
    (
        "Ctrl+S / Ctrl+P",
        QT_TRANSLATE_NOOP("MainWindow", "in the brief composer: save as PDF / print"),
    ),
    ("Ctrl+S / Ctrl+Enter", QT_TRANSLATE_NOOP("MainWindow", "in the note editor: save the note")),
    (
        "Ctrl+Down / Ctrl+Up",
        QT_TRANSLATE_NOOP(
            "MainWindow", "in the detail pane: next / previous link (Enter follows it)"
        ),
    ),
    ("Alt+Down", QT_TRANSLATE_NOOP("MainWindow", "in a date field: open the calendar")),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("MainWindow", "undo / redo notes, tags, statuses and reviews"),
    ),
    ("Ctrl+1 … Ctrl+8", QT_TRANSLATE_NOOP("MainWindow", "go to a section of the sidebar")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Arrows, Enter"),
        QT_TRANSLATE_NOOP("MainWindow", "move in a list, open the item"),
    ),
    (
        "F2 / Del",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "edit / delete the record in view "
            "(Ctrl+Shift+M merges, Ctrl+Shift+H shows its history)",
        ),
    ),
    ("A / E / R", QT_TRANSLATE_NOOP("MainWindow", "accept, edit, reject in the review queue")),
    (
        "Ctrl+L",
        QT_TRANSLATE_NOOP(
            "MainWindow", "lock an encrypted store now (its passphrase is asked again)"
        ),
    ),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "quit")),
)
# QT_TRANSLATE_NOOP (which lupdate looks for) returns its text, typed as object.
SHORTCUTS: tuple[tuple[str, str], ...] = tuple((str(keys), str(text)) for keys, text in _ROWS)


def shortcuts_text() -> str:
    """SHORTCUTS as a table in the interface's language."""
    rows = "".join(
        f"<tr><td><b>{QCoreApplication.translate('MainWindow', keys)}</b>&nbsp;&nbsp;</td>"
        f"<td>{QCoreApplication.translate('MainWindow', text)}</td></tr>"
        for keys, text in SHORTCUTS
    )
    return f"<table>{rows}</table>"
