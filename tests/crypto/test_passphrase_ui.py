"""The passphrase dialog, opening an encrypted store from the window, the idle lock, and the
settings' encrypt / change / decrypt actions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from cryptohelp import PASSPHRASE, leaks
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.services import encryption, searching, store_lock
from desktop_app.services.store import Store
from desktop_app.ui import passphrase_dialog as ui
from desktop_app.ui.app import choose_font

NEW = "a brand new passphrase"


@pytest.fixture
def typing(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[list[Callable[[ui.PassphraseDialog], None]]]:
    """Scripted users: each dialog.exec() runs the next script instead of waiting."""
    scripts: list[Callable[[ui.PassphraseDialog], None]] = []
    seen: list[ui.PassphraseDialog] = []

    def fake_exec(dialog: ui.PassphraseDialog) -> int:
        seen.append(dialog)
        scripts.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ui.PassphraseDialog, "exec", fake_exec)
    yield scripts
    assert not scripts, "a scripted dialog never appeared"


def _type(current: str | None = None, new: str | None = None, confirm: str | None = None):
    def script(dialog: ui.PassphraseDialog) -> None:
        if current is not None:
            dialog.current.setText(current)
        if new is not None:
            dialog.new.setText(new)
            dialog.confirm.setText(new if confirm is None else confirm)
        dialog.accept()

    return script


def test_new_passphrase_dialog_checks_what_is_typed(qapp: QApplication, tmp_path: Path) -> None:
    choose_font(qapp)
    dialog = ui.PassphraseDialog(ui.NEW, tmp_path / "dossier.db")
    dialog.new.setText("short")
    dialog.confirm.setText("short")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "at least" in dialog.error.text() and not dialog.error.isHidden()
    dialog.new.setText(NEW)
    dialog.confirm.setText(NEW + "x")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.confirm.setText(NEW)
    dialog.show()
    dialog.grab().save(str(tmp_path / "new-passphrase.png"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.new.text() == "" and dialog.confirm.text() == ""  # wiped
    assert dialog.values() == (None, NEW)
    assert dialog.values() == (None, None)  # handed over once


def test_the_window_opens_an_encrypted_store_after_a_wrong_try(
    qapp: QApplication, encrypted_store: Store, typing: list, tmp_path: Path
) -> None:
    encrypted_store.close()
    path = encrypted_store.path
    errors: list[str] = []

    def wrong_then_right(dialog: ui.PassphraseDialog) -> None:
        dialog.current.setText("not the passphrase")
        dialog.accept()
        errors.append(dialog.error.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.show()
        dialog.grab().save(str(tmp_path / "unlock-wrong.png"))
        dialog.current.setText(PASSPHRASE)
        dialog.accept()

    typing.append(wrong_then_right)
    store = ui.open_store_interactive(str(path), None)
    try:
        assert store is not None and store.encrypted
        assert errors and "does not open" in errors[0]
        assert searching.search(store, "watermelon")
    finally:
        if store is not None:
            store.close()
        store_lock.release(path)


def test_cancelling_the_dialog_opens_nothing(
    qapp: QApplication, encrypted_store: Store, typing: list
) -> None:
    encrypted_store.close()
    typing.append(lambda dialog: dialog.reject())
    assert ui.open_store_interactive(str(encrypted_store.path), None) is None
    store_lock.release(encrypted_store.path)


def test_a_plain_store_opens_without_a_dialog(
    qapp: QApplication, plain_path: Path, typing: list
) -> None:
    store = ui.open_store_interactive(str(plain_path), None)
    assert store is not None and not store.encrypted
    store.close()
    store_lock.release(plain_path)


def _controller(store: Store, tmp_path: Path) -> tuple[ui.SecurityController, QWidget, list[str]]:
    window = QWidget()
    calls: list[str] = []
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = ui.SecurityController(
        store,
        window,
        before_close=lambda: calls.append("before"),
        after_reopen=lambda: calls.append("after"),
        settings=settings,
    )
    return controller, window, calls


def test_settings_actions_encrypt_change_and_decrypt_the_open_store(
    qapp: QApplication,
    plain_path: Path,
    typing: list,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ui.QMessageBox, "information", lambda *a: None)
    store = Store.open(plain_path)
    controller, window, calls = _controller(store, tmp_path)
    assert controller.encrypt_action.isEnabled() and not controller.decrypt_action.isEnabled()
    assert not controller.is_watching_input()  # a plain store has no idle lock

    typing.append(_type(new=PASSPHRASE))
    controller.encrypt_action.trigger()
    assert store.encrypted and encryption.is_encrypted(plain_path) and leaks(plain_path) == []
    assert calls == ["before", "after"]
    assert controller.is_watching_input() == (controller.lock_minutes > 0)
    assert controller.change_action.isEnabled() and not controller.encrypt_action.isEnabled()

    def wrong_then_right(dialog: ui.PassphraseDialog) -> None:
        _type(current="not the passphrase", new=NEW)(dialog)
        assert "not the current passphrase" in dialog.error.text()
        _type(current=PASSPHRASE, new=NEW)(dialog)

    typing.append(wrong_then_right)
    controller.change_action.trigger()
    assert store.encrypted and searching.search(store, "watermelon")
    with pytest.raises(encryption.WrongPassphrase):
        Store.open(plain_path, passphrase=PASSPHRASE)

    typing.append(_type(current=NEW))
    controller.decrypt_action.trigger()
    assert not store.encrypted and not encryption.is_encrypted(plain_path)
    assert searching.search(store, "watermelon")
    store.close()
    shiboken6.delete(window)  # with its controller: nothing of it is left for later tests


def test_idle_lock_closes_the_store_and_asks_again(
    qapp: QApplication,
    encrypted_store: Store,
    typing: list,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = encrypted_store
    controller, window, calls = _controller(store, tmp_path)
    window.show()
    controller.lock_minutes = 5
    assert controller.timer.isActive() and controller.timer.interval() == 5 * 60_000
    assert controller.is_watching_input()  # input restarts the countdown
    seen: dict[str, bool] = {}

    def while_locked(dialog: ui.PassphraseDialog) -> None:
        seen["locked"] = store.locked
        seen["hidden"] = window.isHidden()
        seen["refused"] = _refused(store)
        _type(current=PASSPHRASE)(dialog)

    typing.append(while_locked)
    controller.timer.timeout.emit()  # the idle time is up
    assert seen == {"locked": True, "hidden": True, "refused": True}
    assert not store.locked and not window.isHidden()
    assert searching.search(store, "watermelon")
    assert calls == ["before", "after"]

    # Giving up at the lock screen quits instead of showing the store.
    quits: list[bool] = []
    monkeypatch.setattr(ui.QApplication, "quit", lambda: quits.append(True))
    typing.append(lambda dialog: dialog.reject())
    controller.lock_now()
    assert quits == [True] and store.locked
    controller.lock_minutes = 0
    assert not controller.timer.isActive()
    # No countdown, no application-wide filter: every Qt event would go through Python.
    assert not controller.is_watching_input()
    window.close()


def test_closing_the_window_ends_its_idle_lock(
    qapp: QApplication, encrypted_store: Store, typing: list, tmp_path: Path
) -> None:
    # A closed window's countdown once kept running (with its application-wide filter): ten
    # minutes later it locked a store nobody used and waited in a passphrase dialog.
    store = encrypted_store
    controller, window, calls = _controller(store, tmp_path)
    window.show()
    controller.lock_minutes = 5
    assert controller.timer.isActive() and controller.is_watching_input()
    assert ui.idle_locks_counting() == [controller]
    window.close()
    assert not controller.timer.isActive() and not controller.is_watching_input()
    assert controller.is_stopped() and ui.idle_locks_counting() == []
    assert not controller.lock_action.isEnabled()
    controller.lock_minutes = 5  # nothing restarts it
    controller.lock_now()  # neither the shortcut nor a late timeout locks anything
    assert not controller.timer.isActive() and not store.locked and calls == []
    assert searching.search(store, "watermelon")
    shiboken6.delete(window)
    assert not shiboken6.isValid(controller)  # it goes with its window
    assert ui.idle_locks_counting() == []


def _refused(store: Store) -> bool:
    try:
        searching.search(store, "watermelon")
    except encryption.StoreError:
        return True
    return False


def test_wired_into_the_main_window_lock_and_unlock(
    qapp: QApplication, encrypted_store: Store, typing: list, tmp_path: Path
) -> None:
    # The wiring the lead adds to the window (see passphrase_dialog's docstring).
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import AppSettings

    install_language(qapp, "en")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(encrypted_store, AppSettings(settings))
    window = MainWindow(ctx)
    controller = ui.SecurityController(
        ctx.store,
        window,
        before_close=ctx.runner.drain,
        after_reopen=window.reload_all,
        settings=settings,
    )
    menu = window.menuBar().addMenu(controller.menu(window))
    assert menu is not None
    window.show()
    ctx.runner.drain()
    typing.append(_type(current=PASSPHRASE))
    controller.lock_action.trigger()
    ctx.runner.drain()
    assert window.isVisible() and not encrypted_store.locked
    window.grab().save(str(tmp_path / "window-after-unlock.png"))
    assert searching.search(ctx.store, "watermelon")
    assert controller.timer.isActive() and controller.is_watching_input()
    window.close()
    ctx.runner.drain()
    # The closed window's idle lock is over, whoever still holds the window object.
    assert not controller.timer.isActive() and not controller.is_watching_input()
    assert controller.is_stopped() and ui.idle_locks_counting() == []
    shiboken6.delete(window)  # as WindowHost does: the window does not outlive the test
    assert not shiboken6.isValid(controller)


def _interrupt_encrypt(path: Path) -> None:
    """An encrypt stopped after its journal and the first backup (as if the process died)."""
    from desktop_app.services import backup

    with Store.open(path) as store:
        backup.backup_now(store)
        backup.backup_now(store)

    class Killed(BaseException):
        pass

    def stop(stage: str) -> None:
        if stage == "backup swapped":
            raise Killed

    original = encryption._checkpoint
    encryption._checkpoint = stop
    try:
        with pytest.raises(Killed):
            encryption.encrypt(path, PASSPHRASE)
    finally:
        encryption._checkpoint = original
        store_lock.release(path)
    assert encryption.pending_conversion(path) is not None


@pytest.mark.parametrize("choice", ["finish", "undo"])
def test_an_interrupted_encrypt_is_offered_at_open(
    qapp: QApplication,
    plain_path: Path,
    typing: list,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    from desktop_app.services import backup

    _interrupt_encrypt(plain_path)
    shown: list[str] = []
    monkeypatch.setattr(ui.QMessageBox, "information", lambda _p, _t, text: shown.append(text))

    def choose(box: ui.QMessageBox) -> int:
        shown.append(box.text())
        wanted = QApplication.translate(
            "ConversionDialog", "Finish it" if choice == "finish" else "Undo it"
        )
        for button in box.buttons():
            if button.text() == wanted:
                button.click()
        return 0

    monkeypatch.setattr(ui.QMessageBox, "exec", choose)
    errors: list[str] = []

    def wrong_then_right(dialog: ui.PassphraseDialog) -> None:
        assert dialog.mode == ui.CURRENT and dialog.new.isHidden()
        dialog.current.setText(NEW)  # not the passphrase the encrypt was started with
        dialog.accept()
        errors.append(dialog.error.text())
        dialog.current.setText(PASSPHRASE)
        dialog.accept()

    typing.append(wrong_then_right)
    if choice == "finish":
        typing.append(_type(current=PASSPHRASE))  # then unlocked as any encrypted store
    store = ui.open_store_interactive(str(plain_path), None)
    try:
        assert store is not None and store.encrypted == (choice == "finish")
        assert "was interrupted" in shown[0] and "dossier.db" in shown[0]
        assert errors and "interrupted change was started with" in errors[0]
        assert encryption.pending_conversion(plain_path) is None
        key = PASSPHRASE if choice == "finish" else None
        for info in backup.list_backups(plain_path):
            assert encryption._opens_with(info.path, key)
        assert "Backups converted: 2" in shown[1]
        assert searching.search(store, "watermelon")
    finally:
        if store is not None:
            store.close()
        store_lock.release(plain_path)


def test_giving_up_on_an_interrupted_encrypt_opens_nothing(
    qapp: QApplication, plain_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _interrupt_encrypt(plain_path)
    monkeypatch.setattr(ui.QMessageBox, "exec", lambda box: 0)
    assert ui.open_store_interactive(str(plain_path), None) is None
    assert encryption.pending_conversion(plain_path) is not None
