"""Change a commitment's status with the reason for it (kept in its status history)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.ui.labels import STATUSES, status_label
from domain.views import CommitmentView

REASON_MAX = 500  # services.tracking.REASON_MAX (not imported: no service at the first screen)


class StatusDialog(QDialog):
    """The new status and, optionally, why: "Set status…" in the Commitments tracker."""

    def __init__(self, item: CommitmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change status"))
        self.text = QLabel(item.text[:200], self)
        self.text.setWordWrap(True)
        self.status_box = QComboBox(self)
        for key in STATUSES:
            self.status_box.addItem(status_label(key), key)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(item.status)))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(REASON_MAX)
        self.reason_edit.setPlaceholderText(self.tr("optional: why the status changes"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout(self)
        form.addRow(self.text)
        form.addRow(self.tr("&Status"), self.status_box)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def status(self) -> str:
        return str(self.status_box.currentData())

    def reason(self) -> str:
        return self.reason_edit.text().strip()
