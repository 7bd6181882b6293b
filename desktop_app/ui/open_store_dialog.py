"""File ▸ Open store…: a store file on this computer, or a team store on a PostgreSQL server.

The server's password, if typed, goes in a field of its own that never shows it; it is set
into the URL only when the store is opened, and the window, its title, its recent stores and
its messages show the URL without it (Store.display_name, Store.address).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.store import StoreError, server_address

EXAMPLE_URL = "postgresql+psycopg://analyst@db.example.org/chancery"


class OpenStoreDialog(QDialog):
    """Choose a file or type a server's address; ``target()`` is what to open."""

    def __init__(
        self, folder: str, current_address: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openStoreDialog")
        self.setWindowTitle(self.tr("Open store"))
        self.folder = folder
        self._target = ""
        self.file_choice = QRadioButton(self.tr("A store &file on this computer"), self)
        self.server_choice = QRadioButton(self.tr("A &team store on a PostgreSQL server"), self)
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Store file"))
        self.path.setPlaceholderText(str(Path(folder) / "chancery.db"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.address = QLineEdit(self)
        self.address.setAccessibleName(self.tr("Server address"))
        self.address.setPlaceholderText(EXAMPLE_URL)
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from ~/.pgpass if left empty"))
        hint = QLabel(
            self.tr(
                "TLS and a client certificate are parameters of the address: "
                "?sslmode=verify-full&sslrootcert=…&sslcert=…&sslkey=…. The password is never "
                "shown nor kept."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("openStoreProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        self.problem.hide()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        server_form = QFormLayout()
        server_form.addRow(self.tr("Server &address:"), self.address)
        server_form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addSpacing(8)
        layout.addWidget(self.server_choice)
        layout.addLayout(server_form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.file_choice.toggled.connect(self._on_choice_toggled)
        self.path.textEdited.connect(lambda _text: self.file_choice.setChecked(True))
        self.address.textEdited.connect(lambda _text: self.server_choice.setChecked(True))
        if current_address:
            self.address.setText(current_address)
            self.server_choice.setChecked(True)
        else:
            self.file_choice.setChecked(True)
        self._on_choice_toggled()
        self.resize(560, self.sizeHint().height())

    def target(self) -> str:
        """The file or the URL (with the password typed, if any) to open; '' until accepted."""
        return self._target

    def _on_choice_toggled(self, _checked: bool = False) -> None:
        on_file = self.file_choice.isChecked()
        self.path.setEnabled(on_file)
        self.choose_button.setEnabled(on_file)
        self.address.setEnabled(not on_file)
        self.password.setEnabled(not on_file)
        self.problem.hide()

    def _on_choose_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open store"),
            self.folder,
            self.tr("Chancery stores (*.db);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self.file_choice.setChecked(True)

    def problem_with(self) -> tuple[str, str]:
        """(what to open, '') or ('', the one sentence saying what is wrong)."""
        if self.file_choice.isChecked():
            name = self.path.text().strip()
            if not name:
                return "", self.tr("Choose the store's file, or type its path.")
            if not Path(name).expanduser().is_file():
                return "", self.tr(
                    "{0} is not a file: choose a store that exists, or make one with "
                    "File ▸ New store."
                ).format(name)
            return str(Path(name).expanduser()), ""
        url = self.address.text().strip()
        if not url:
            return "", self.tr("Type the server's address, such as {0}.").format(EXAMPLE_URL)
        try:
            return server_address(url, self.password.text()), ""
        except StoreError:
            # The service's sentence is in English; the URL it may quote is not repeated.
            return "", self.tr(
                "This is not an address Chancery can open: write it as "
                "postgresql+psycopg://user@host/database (psycopg 3, with the database's name)."
            )

    def accept(self) -> None:
        target, problem = self.problem_with()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            # Grown to hold the sentence, never squeezing the lines above it.
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return
        self._target = target
        super().accept()
