"""The passphrase dialog, opening an encrypted store with it, the idle lock, and the settings'
encrypt / change passphrase / decrypt actions.

Wiring (desktop_app/ui/app.py): ``open_store_for_window`` calls ``open_store_interactive``;
the main window makes one ``SecurityController(store, window)`` and adds its ``menu()``.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import encryption
from desktop_app.services.startup import open_user_store
from desktop_app.services.store import Store, StoreError, resolve_store_path
from desktop_app.ui.settings import APPLICATION, ORGANIZATION

UNLOCK = "unlock"  # the current passphrase, to open the store
NEW = "new"  # a new passphrase, typed twice (encrypt)
CHANGE = "change"  # the current one, then a new one typed twice (rekey)
CURRENT = "current"  # the current one, to confirm (decrypt)

LOCK_KEY = "security/lock_minutes"  # only the idle time is kept in settings, never a key
DEFAULT_LOCK_MINUTES = 10
_IDLE_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)

# The controllers not stopped yet (weakly: a controller deleted with its window drops out).
_live: weakref.WeakSet[SecurityController] = weakref.WeakSet()


def idle_locks_counting() -> list[SecurityController]:
    """The controllers whose idle lock is counting down now (their windows are open)."""
    return [c for c in list(_live) if shiboken6.isValid(c) and c.timer.isActive()]


# check(current, new) -> None to accept, or the sentence to show and ask again.
Check = Callable[[str | None, str | None], str | None]


class PassphraseDialog(QDialog):
    """Asks for a passphrase (and a new one, typed twice); ``check`` decides if it is right."""

    def __init__(
        self,
        mode: str,
        store_path: Path,
        parent: QWidget | None = None,
        *,
        check: Check | None = None,
        cancel_text: str | None = None,
        title: str | None = None,
        intro: str | None = None,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self._check = check
        self._values: tuple[str | None, str | None] = (None, None)
        titles = {
            UNLOCK: self.tr("Unlock the store"),
            NEW: self.tr("Encrypt the store"),
            CHANGE: self.tr("Change the passphrase"),
            CURRENT: self.tr("Decrypt the store"),
        }
        intros = {
            UNLOCK: self.tr("{name} is encrypted. Type its passphrase to open it."),
            NEW: self.tr(
                "Choose a passphrase for {name}. The store and its backups will be unreadable "
                "without it."
            ),
            CHANGE: self.tr("Type the current passphrase of {name}, then the new one twice."),
            CURRENT: self.tr(
                "{name} and its backups will be stored unencrypted: anyone with the files can "
                "read them. Type the passphrase to confirm."
            ),
        }
        self.setWindowTitle(title or titles[mode])
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(intro or intros[mode].format(name=store_path.name))
        label.setWordWrap(True)
        label.setToolTip(str(store_path))
        layout.addWidget(label)

        form = QFormLayout()
        self.current = self._field()
        self.new = self._field()
        self.confirm = self._field()
        if mode in (UNLOCK, CHANGE, CURRENT):
            form.addRow(
                self.tr("Passphrase:") if mode != CHANGE else self.tr("Current:"), self.current
            )
        if mode in (NEW, CHANGE):
            form.addRow(self.tr("New passphrase:"), self.new)
            form.addRow(self.tr("Type it again:"), self.confirm)
        layout.addLayout(form)
        if mode in (NEW, CHANGE):
            advice = QLabel(
                self.tr(
                    "At least {n} characters; several unrelated words are best. Nobody, "
                    "Chancery included, can recover a forgotten passphrase."
                ).format(n=encryption.MIN_NEW_LENGTH)
            )
            advice.setWordWrap(True)
            layout.addWidget(advice)
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.toggled.connect(self._show)
        layout.addWidget(self.show_box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_texts = {
            UNLOCK: self.tr("Unlock"),
            NEW: self.tr("Encrypt"),
            CHANGE: self.tr("Change"),
            CURRENT: self.tr("Decrypt"),
        }
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or ok_texts[mode])
        if cancel_text:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current if mode != NEW else self.new).setFocus()

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        # No input method, no drag out: the text lives in this field only.
        field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        field.setDragEnabled(False)
        field.textEdited.connect(lambda _text: self.error.hide())
        return field

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        for field in (self.current, self.new, self.confirm):
            field.setEchoMode(mode)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _collect(self) -> tuple[str | None, str | None] | None:
        current = self.current.text() if self.mode in (UNLOCK, CHANGE, CURRENT) else None
        new = self.new.text() if self.mode in (NEW, CHANGE) else None
        if current is not None and not current:
            self.show_error(self.tr("Type the passphrase."))
            return None
        if new is not None:
            try:
                encryption.check_new_passphrase(new)
            except StoreError as exc:
                self.show_error(str(exc))
                return None
            if new != self.confirm.text():
                self.show_error(self.tr("The two new passphrases differ; type them again."))
                self.confirm.clear()
                self.confirm.setFocus()
                return None
        return current, new

    def accept(self) -> None:
        values = self._collect()
        if values is None:
            return
        if self._check is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self._check(*values)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if problem is not None:
                self.show_error(problem)
                self.current.clear()
                (self.current if self.mode != NEW else self.new).setFocus()
                return
        self._values = values
        self._wipe()
        super().accept()

    def reject(self) -> None:
        self._wipe()
        super().reject()

    def _wipe(self) -> None:
        for field in (self.current, self.new, self.confirm):
            field.clear()

    def values(self) -> tuple[str | None, str | None]:
        """(current, new) as accepted; handed over once, then forgotten by the dialog."""
        values, self._values = self._values, (None, None)
        return values


def ask_and_open(
    path: Path,
    parent: QWidget | None,
    *,
    cancel_text: str | None = None,
    defer_check: bool = False,
) -> Store | None:
    """Ask for the passphrase until it opens ``path`` (None if the user gives up).

    A wrong passphrase is said in the dialog, which stays open; any other StoreError closes
    it and is raised for the caller to show.
    """
    opened: list[Store] = []
    failures: list[StoreError] = []

    def check(current: str | None, _new: str | None) -> str | None:
        try:
            opened.append(open_user_store(path, passphrase=current, defer_check=defer_check))
        except encryption.WrongPassphrase:
            return QApplication.translate(
                "PassphraseDialog", "That passphrase does not open the store; try again."
            )
        except StoreError as exc:
            failures.append(exc)
        return None

    dialog = PassphraseDialog(UNLOCK, path, parent, check=check, cancel_text=cancel_text)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.values()  # drop them
    dialog.deleteLater()
    if failures:
        raise failures[0]
    return opened[0] if accepted and opened else None


def open_store_interactive(
    path: str | os.PathLike[str] | None, parent: QWidget | None, *, defer_check: bool = False
) -> Store | None:
    """The window's way to open its store: a plain one directly, an encrypted one with the
    passphrase from CHANCERY_PASSPHRASE or the dialog. StoreError is raised for other faults;
    None means the user cancelled. ``defer_check``: see startup.open_user_store."""
    target = resolve_store_path(path).expanduser().resolve()
    pending = encryption.pending_conversion(target)
    if pending is not None:
        if not offer_conversion(pending, parent):
            return None
        return open_store_interactive(target, parent, defer_check=defer_check)
    if not encryption.is_encrypted(target):
        return open_user_store(target, defer_check=defer_check)
    env = os.environ.get(encryption.ENV_PASSPHRASE)
    if env:
        try:
            return open_user_store(target, passphrase=env, defer_check=defer_check)
        except encryption.WrongPassphrase:
            pass  # ask in the dialog instead
    return ask_and_open(target, parent, defer_check=defer_check)


def offer_conversion(pending: encryption.ConversionInterrupted, parent: QWidget | None) -> bool:
    """An encrypt, rekey or decrypt of the store was interrupted: offer to finish or undo it
    (with the passphrases it was started with). True once it is done, False if the user
    gives up (the store stays unopened, nothing changed)."""
    path = pending.path
    operation = pending.operation
    names = {
        encryption.ENCRYPT: QApplication.translate("ConversionDialog", "encryption"),
        encryption.REKEY: QApplication.translate("ConversionDialog", "change of passphrase"),
        encryption.DECRYPT: QApplication.translate("ConversionDialog", "decryption"),
    }
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QApplication.translate("ConversionDialog", "Interrupted change of the store")
    )
    box.setText(
        QApplication.translate(
            "ConversionDialog",
            "The {what} of {name} started {when} was interrupted. Finish it, or undo it, "
            "with the same passphrase as then; until then the store cannot be opened.",
        ).format(what=names[operation], name=path.name, when=pending.started)
    )
    finish = box.addButton(
        QApplication.translate("ConversionDialog", "Finish it"), QMessageBox.ButtonRole.AcceptRole
    )
    undo = box.addButton(
        QApplication.translate("ConversionDialog", "Undo it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(finish)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked not in (finish, undo):
        return False
    rollback = clicked is undo
    results: list[encryption.CryptoResult] = []
    failures: list[StoreError] = []

    def check(current: str | None, new: str | None) -> str | None:
        try:
            if operation == encryption.ENCRYPT:
                # One field: the passphrase the encryption was given.
                results.append(encryption.encrypt(path, current or "", rollback=rollback))
            elif operation == encryption.REKEY:
                results.append(encryption.rekey(path, current or "", new or "", rollback=rollback))
            else:
                results.append(encryption.decrypt(path, current or "", rollback=rollback))
        except encryption.WrongPassphrase:
            return QApplication.translate(
                "ConversionDialog",
                "That is not the passphrase the interrupted change was started with; "
                "type that one.",
            )
        except StoreError as exc:
            failures.append(exc)
        return None

    mode = CHANGE if operation == encryption.REKEY else CURRENT
    intros = {
        encryption.ENCRYPT: QApplication.translate(
            "ConversionDialog", "Type the passphrase that was chosen to encrypt {name}."
        ),
        encryption.REKEY: QApplication.translate(
            "ConversionDialog",
            "Type the current passphrase of {name}, then the new one that was chosen, twice.",
        ),
        encryption.DECRYPT: QApplication.translate(
            "ConversionDialog", "Type the passphrase of {name}."
        ),
    }
    dialog = PassphraseDialog(
        mode,
        path,
        parent,
        check=check,
        title=QApplication.translate("ConversionDialog", "Undo the interrupted change")
        if rollback
        else QApplication.translate("ConversionDialog", "Finish the change"),
        intro=intros[operation].format(name=path.name),
        ok_text=QApplication.translate("ConversionDialog", "Undo")
        if rollback
        else QApplication.translate("ConversionDialog", "Finish"),
    )
    dialog.exec()
    dialog.values()  # drop them
    dialog.deleteLater()
    if failures:
        QMessageBox.warning(
            parent,
            QApplication.translate("ConversionDialog", "The change is not finished"),
            str(failures[0]),
        )
        return False
    if not results:
        return False
    QMessageBox.information(
        parent,
        QApplication.translate("ConversionDialog", "Done"),
        describe_result(results[0], undone=rollback),
    )
    return True


def describe_result(result: encryption.CryptoResult, *, undone: bool = False) -> str:
    """What an encrypt, rekey or decrypt did, file by file kind, in the window's language."""
    if result.left:
        head = QApplication.translate(
            "ConversionDialog",
            "{name} was converted, but some of its files were not (listed below).",
        )
    elif undone:
        head = QApplication.translate(
            "ConversionDialog", "The interrupted change was undone: {name} is as it was before."
        )
    elif result.encrypted:
        head = QApplication.translate(
            "ConversionDialog", "{name} is encrypted, and so are its backups."
        )
    else:
        head = QApplication.translate(
            "ConversionDialog", "{name} is decrypted, and so are its backups."
        )
    lines = [
        head.format(name=result.path.name),
        QApplication.translate("ConversionDialog", "Records: {n}. Backups converted: {m}.").format(
            n=result.records, m=result.backups
        ),
    ]
    kinds = (
        (
            result.sealed,
            QApplication.translate(
                "ConversionDialog", "Sealed under the passphrase, as they could not be converted:"
            ),
        ),
        (
            result.unsealed,
            QApplication.translate("ConversionDialog", "Unsealed, back as they were:"),
        ),
        (
            result.removed,
            QApplication.translate("ConversionDialog", "Leftovers overwritten, then deleted:"),
        ),
        (
            result.left,
            QApplication.translate(
                "ConversionDialog",
                "Not converted (damaged, or under another passphrase), left as they are:",
            ),
        ),
        (
            result.foreign,
            QApplication.translate(
                "ConversionDialog", "Not Chancery's, left alone in the backups folder:"
            ),
        ),
    )
    for files, label in kinds:
        if files:
            lines.append(f"{label} {', '.join(f.name for f in files)}")
    return "\n".join(lines)


class SecurityController(QObject):
    """The settings' encryption actions and the idle lock, on the window's one Store object.

    ``before_close`` runs before the store is closed (let running tasks finish);
    ``after_reopen`` runs once it is open again (refresh the views). The Store object stays
    the same throughout (Store.lock / Store.adopt), so every view keeps its reference.

    Its idle lock lasts as long as its window is open: the window's Close event ``stop()``s
    it (no countdown, no application-wide filter), so a closed window's idle lock can
    never lock a store, or ask for a passphrase, from behind a newer window.
    """

    locked = Signal()
    unlocked = Signal()
    store_changed = Signal(str)  # the message after an encrypt / rekey / decrypt

    def __init__(
        self,
        store: Store,
        window: QWidget,
        *,
        before_close: Callable[[], None] | None = None,
        after_reopen: Callable[[], None] | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self._before_close = before_close or (lambda: None)
        self._after_reopen = after_reopen or (lambda: None)
        self._settings = settings or QSettings(ORGANIZATION, APPLICATION)
        self._locking = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)

        self.encrypt_action = QAction(self.tr("Encrypt the store…"), self)
        self.encrypt_action.triggered.connect(self.encrypt)
        self.change_action = QAction(self.tr("Change the passphrase…"), self)
        self.change_action.triggered.connect(self.change_passphrase)
        self.decrypt_action = QAction(self.tr("Decrypt the store…"), self)
        self.decrypt_action.triggered.connect(self.decrypt)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        self.lock_time_action = QAction(self.tr("Lock after inactivity…"), self)
        self.lock_time_action.triggered.connect(self.choose_lock_time)

        # An application-wide filter sends every Qt event through Python (and its GIL): it is
        # installed only while an idle lock is counting down, i.e. for an encrypted store.
        self._filtering = False
        self._stopped = False
        _live.add(self)
        # The window's own events only (not its children's): its Close ends the controller.
        window.installEventFilter(self)
        self._update()

    # settings
    @property
    def lock_minutes(self) -> int:
        try:
            return max(0, int(str(self._settings.value(LOCK_KEY, DEFAULT_LOCK_MINUTES))))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES

    @lock_minutes.setter
    def lock_minutes(self, minutes: int) -> None:
        self._settings.setValue(LOCK_KEY, max(0, int(minutes)))
        self._update()

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(self.tr("Security"), parent or self.window)
        for action in (self.encrypt_action, self.change_action, self.decrypt_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.lock_time_action)
        return menu

    def stop(self) -> None:
        """End the idle lock for good (its window closes): the countdown and every event filter
        go and the actions are disabled. The controller itself goes with its window (a
        deleteLater here crashed in ~QObject when the pending delete ran)."""
        if self._stopped:
            return
        self._stopped = True
        _live.discard(self)
        self.timer.stop()
        self._watch_input(False)
        self.window.removeEventFilter(self)
        for action in (
            self.encrypt_action,
            self.change_action,
            self.decrypt_action,
            self.lock_action,
            self.lock_time_action,
        ):
            action.setEnabled(False)

    def is_stopped(self) -> bool:
        return self._stopped

    def _update(self) -> None:
        if self._stopped:
            return
        encrypted = self.store.encrypted and not self.store.locked
        self.encrypt_action.setEnabled(not encrypted and not self.store.locked)
        self.change_action.setEnabled(encrypted)
        self.decrypt_action.setEnabled(encrypted)
        self.lock_action.setEnabled(encrypted)
        minutes = self.lock_minutes
        if encrypted and minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()
        self._watch_input(self.timer.isActive())

    def _watch_input(self, wanted: bool) -> None:
        app = QApplication.instance()
        if app is None or wanted == self._filtering:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted

    def is_watching_input(self) -> bool:
        return self._filtering

    # idle lock
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Stopped before the window's closeEvent runs: that may wait in a dialog (a failed
        # exit backup), and the countdown must not lock the store meanwhile. Every window
        # here accepts its close (MainWindow.closeEvent always does).
        if event.type() == QEvent.Type.Close and watched is self.window:
            self.stop()
        elif event.type() in _IDLE_EVENTS and self.timer.isActive():
            self.timer.start()  # any input restarts the countdown
        return False

    def lock_now(self) -> None:
        """Close the store, hide the window, and ask for the passphrase until it reopens."""
        if self._stopped or self._locking or not self.store.encrypted or self.store.locked:
            return
        self._locking = True
        self.timer.stop()
        try:
            self._before_close()
            path = self.store.path
            self.store.lock()
            self.window.hide()
            self.locked.emit()
            while True:
                try:
                    reopened = ask_and_open(path, None, cancel_text=self.tr("Quit Chancery"))
                except StoreError as exc:
                    QMessageBox.critical(None, self.tr("Chancery cannot open the store"), str(exc))
                    reopened = None
                if reopened is None:
                    QApplication.quit()
                    return
                self.store.adopt(reopened)
                break
            self.window.show()
            self._after_reopen()
            self.unlocked.emit()
        finally:
            self._locking = False
            self._update()

    def choose_lock_time(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Lock after inactivity"),
            self.tr("Lock an encrypted store after this many minutes without use (0: never):"),
            self.lock_minutes,
            0,
            24 * 60,
        )
        if ok:
            self.lock_minutes = minutes

    # encrypt / change / decrypt
    def _run_change(self, mode: str) -> None:
        results: list[encryption.CryptoResult] = []
        failures: list[StoreError] = []

        def check(current: str | None, new: str | None) -> str | None:
            old = current if mode != NEW else None
            self._before_close()
            try:
                results.append(encryption.change_open_store(self.store, old, new))
            except encryption.WrongPassphrase:
                return self.tr("That is not the current passphrase; try again.")
            except StoreError as exc:
                failures.append(exc)
            finally:
                self._after_reopen()
            return None

        dialog = PassphraseDialog(mode, self.store.path, self.window, check=check)
        dialog.exec()
        dialog.values()
        dialog.deleteLater()
        self._update()
        if failures:
            QMessageBox.warning(self.window, self.tr("Nothing was changed"), str(failures[0]))
        elif results:
            text = describe_result(results[0])
            self.store_changed.emit(text)
            QMessageBox.information(self.window, self.tr("Done"), text)

    def encrypt(self) -> None:
        self._run_change(NEW)

    def change_passphrase(self) -> None:
        self._run_change(CHANGE)

    def decrypt(self) -> None:
        self._run_change(CURRENT)
