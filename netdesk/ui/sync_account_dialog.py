"""Preferences → Sync Account…: a server URL, a user name, a password; NetDesk finds the rest."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.services.background import Task
from netdesk.sync.accounts import SyncAccount, new_account
from netdesk.sync.discovery import Collection
from netdesk.ui.sizing import fit_to_content


def _find(
    url: str, user: str, password: str, insecure: bool, cancel: threading.Event
) -> list[Collection]:
    """Discovery, on a worker thread: a slow or dead server must not freeze the window."""
    from netdesk.sync.dav import DavClient
    from netdesk.sync.discovery import discover

    with DavClient(url, user, password, allow_insecure=insecure, cancel=cancel) as client:
        return discover(client)


class SyncAccountDialog(QDialog):
    def __init__(self, account: SyncAccount | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Account"))
        self.account = account
        self.collections: list[Collection] = []
        self.url = QLineEdit(account.url if account else "")
        self.url.setPlaceholderText("https://dav.example.com/")
        self.user = QLineEdit(account.username if account else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.insecure = QCheckBox(self.tr("Allow plain http (only on a network you trust)"))
        self.insecure.setChecked(bool(account and account.allow_insecure))
        self.find_button = QPushButton(self.tr("Find Address Books and Calendars"))
        self.find_button.clicked.connect(self._on_find)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.books = QComboBox()
        self.calendars = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.url)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.insecure)
        form.addRow("", self.find_button)
        form.addRow("", self.status)
        form.addRow(self.tr("Address book:"), self.books)
        form.addRow(self.tr("Calendar:"), self.calendars)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._finding: Task[list[Collection]] | None = None
        fit_to_content(self, QSize(520, 320))

    def _take_credentials(self) -> None:
        """Move a ``user:password@`` typed into the address into their own fields.

        The address is saved and shown in messages; the password must be in neither.
        """
        from netdesk.sync.accounts import split_credentials

        url, user, password = split_credentials(self.url.text())
        if url == self.url.text().strip():
            return
        self.url.setText(url)
        if user and not self.user.text().strip():
            self.user.setText(user)
        if password and not self.password.text():
            self.password.setText(password)

    def _on_find(self) -> None:
        self._take_credentials()
        if not self.url.text().strip() or not self.user.text().strip():
            self.status.setText(self.tr("Enter the server address and your user name."))
            return
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Looking for address books and calendars…"))
        args = (
            self.url.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self.insecure.isChecked(),
        )
        self._finding = Task(
            lambda cancel: _find(*args, cancel),
            parent=self,
            success=self.show_collections,
            failure=self._on_error,
        ).run_in_background()

    def _on_error(self, error: Exception) -> None:
        from netdesk.sync.errors import SyncError

        if not isinstance(error, SyncError):
            raise error
        self._on_failed(str(error))

    def _on_failed(self, message: str) -> None:
        self.find_button.setEnabled(True)
        self.status.setText(message)

    def show_collections(self, collections: list[Collection]) -> None:
        self.find_button.setEnabled(True)
        self.collections = collections
        self.books.clear()
        self.calendars.clear()
        for c in collections:
            if c.kind == "addressbook":
                self.books.addItem(c.name or c.url, c.url)
            elif {"VJOURNAL", "VTODO"} & set(c.components):
                self.calendars.addItem(c.name or c.url, c.url)
        self.calendars.addItem(self.tr("(do not sync the timeline)"), "")
        books = self.books.count()
        self.status.setText(
            self.tr("Found %n address book(s).", "", books)
            if books
            else self.tr("This server offers no address book to this user.")
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(books > 0)

    def result_account(self) -> SyncAccount:
        from netdesk.sync.accounts import choose

        self._take_credentials()
        account = self.account or new_account(self.url.text().strip(), self.user.text().strip())
        account.url = self.url.text().strip()
        account.username = self.user.text().strip()
        account.allow_insecure = self.insecure.isChecked()
        by_url = {c.url: c for c in self.collections}
        return choose(
            account,
            by_url.get(str(self.books.currentData())),
            by_url.get(str(self.calendars.currentData())),
        )

    def done(self, result: int) -> None:
        if self._finding is not None:
            self._finding.cancel()  # a silent server must not hold the dialog open
        super().done(result)
