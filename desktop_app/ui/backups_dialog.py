"""File ▸ Backups…: the store's backups, backing up now, and restoring one after a confirmation.

A restore does not need the store to be reopened: the service copies the backup into the
store file through SQLite's backup API (one transaction) and empties the engine's pool, so
the same Store object reads the restored data from its next session on. The dialog then
emits ``restored`` and asks its parent window to reload its views (``reload_all``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import backup
from desktop_app.services.backup import BackupInfo
from desktop_app.services.store import Store, StoreError
from desktop_app.ui.record_table import record_table, selected_row
from desktop_app.ui.workers import TaskRunner


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} kB"


class BackupsDialog(QDialog):
    """Lists the store's backups (newest first); Back up now; Restore… (asks first)."""

    restored = Signal(str)  # the path of the backup put back

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.backups: list[BackupInfo] = []
        # The window's runner when there is one, so a restore waits for queued writes.
        ctx = getattr(parent, "ctx", None)
        self.runner: TaskRunner = getattr(ctx, "runner", None) or TaskRunner(self)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)

        intro = QLabel(
            self.tr(
                "Backups of {name}, kept in {folder}. Chancery backs up after changes (at "
                "most every {minutes} minutes), when it closes, before an upgrade and before "
                "a restore; it keeps the last {last}, one a day for {days} days and one a week "
                "for {weeks} weeks."
            ).format(
                name=store.path.name,
                folder=backup.backups_dir(store),
                minutes=int(backup.AUTO_INTERVAL.total_seconds() // 60),
                last=backup.KEEP_LAST,
                days=backup.KEEP_DAYS,
                weeks=backup.KEEP_WEEKS,
            )
        )
        intro.setWordWrap(True)

        self.table = record_table([self.tr("Taken"), self.tr("Why"), self.tr("Size")], self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self._show_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def _reason(self, reason: str) -> str:
        return {
            "auto": self.tr("after changes"),
            "exit": self.tr("on closing"),
            "manual": self.tr("by hand"),
            "pre-upgrade": self.tr("before an upgrade"),
            "pre-restore": self.tr("before a restore"),
        }.get(reason, reason)

    def refresh(self) -> None:
        self.backups = backup.list_backups(self.store)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            when = QTableWidgetItem(f"{info.taken_at.astimezone():%Y-%m-%d %H:%M:%S}")
            when.setToolTip(str(info.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(self._reason(info.reason)))
            self.table.setItem(row, 2, QTableWidgetItem(_size(info.size)))
        if not self.backups:
            self.status.setText(self.tr("No backups yet: “Back up now” takes the first."))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        row = selected_row(self.table)
        return self.backups[row] if row is not None else None

    def _set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    @Slot()
    def _update_buttons(self) -> None:
        self._set_busy(False)

    @Slot()
    def back_up_now(self) -> None:
        self._set_busy(True)
        self.status.setText(self.tr("Backing up…"))
        store = self.store
        self.runner.read(lambda: backup.backup_now(store), self._on_backed_up, self._on_failed)

    def _on_backed_up(self, info: BackupInfo) -> None:
        self.refresh()
        self.status.setText(self.tr("Backed up and checked: {name}.").format(name=info.path.name))

    def _on_failed(self, message: str) -> None:
        self.refresh()
        self.status.setText(message)

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Asks before anything is replaced (tests replace this method)."""
        when = f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}"
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace everything in {name} with the backup from {when}? What was written "
                "since then will be replaced. The store as it is now is backed up first, so "
                "you can come back to it from this list."
            ).format(name=self.store.path.name, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        self._set_busy(True)
        self.status.setText(self.tr("Restoring…"))
        store, path = self.store, info.path
        # On the write thread: after every write already queued, before any later one.
        self.runner.write(
            lambda: backup.restore_backup(store, path),
            lambda safety: self._on_restored(path, safety),
            self._on_failed,
        )

    def _on_restored(self, path: Path, safety: BackupInfo | None) -> None:
        restored = next((b for b in self.backups if b.path == path), None)
        self.refresh()
        when = f"{restored.taken_at.astimezone():%Y-%m-%d %H:%M}" if restored else path.name
        message = self.tr("Restored the backup from {when}.").format(when=when)
        if safety is not None:
            message += " " + self.tr(
                "The store as it was just before is kept: it is the backup “before a restore” "
                "at the top of the list."
            )
        self.status.setText(message)
        self.restored.emit(str(path))
        parent: Any = self.parent()
        if hasattr(parent, "reload_all"):
            parent.reload_all()

    @Slot()
    def _show_folder(self) -> None:
        folder = backup.backups_dir(self.store)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_newest_backup(error: Exception, parent: QWidget | None = None) -> bool:
    """After opening failed on a damaged store: offer its newest good backup.

    For ``open_store_for_window``: when ``error`` is a StoreDamaged naming a backup, the
    user is told what happened and asked; True means the backup was restored into the
    store's place and the store can be opened again. The damaged file stays where it was
    moved.
    """
    info: BackupInfo | None = getattr(error, "backup", None)
    path: Path | None = getattr(error, "path", None)
    if info is None or path is None:
        return False
    title = QCoreApplication.translate("BackupsDialog", "The store was damaged")
    question = QCoreApplication.translate(
        "BackupsDialog", "Restore the backup from {when} now?"
    ).format(when=f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}")
    answer = QMessageBox.question(
        parent,
        title,
        f"{error}\n\n{question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        backup.restore_into(path, info.path)
    except StoreError as exc:
        QMessageBox.critical(parent, title, str(exc))
        return False
    return True
