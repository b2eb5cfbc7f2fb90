"""Preferences → Sync Account…: a server URL (or an e-mail address), a user name, a password.

NetDesk finds the rest (``sync.bootstrap``: DNS SRV/TXT records, the well-known
addresses). Two answers need the user: a server whose certificate nobody vouches for
(trust it by its fingerprint, or not) and collections kept on another host of the same
account (allow that host, or not); both are asked through ``ui.dialogs``, then the
search runs again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

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
from netdesk.sync.tls import UntrustedCertificate
from netdesk.translation import Context, fill
from netdesk.ui.bidi import isolate
from netdesk.ui.dialogs import Dialogs
from netdesk.ui.sizing import fit_to_content


class Trust(Context):
    """The question before trusting a certificate, from this dialog or an automatic sync."""


def ask_trust(dialogs: Dialogs, parent: QWidget, error: UntrustedCertificate) -> bool:
    """The user's yes to a certificate nobody vouches for, shown by its fingerprint."""
    first = (
        Trust.tr(
            "The certificate of %1 changed since you trusted it. That happens when the "
            "server gets a new certificate, and when someone is listening in between."
        )
        if error.trusted_before
        else Trust.tr(
            "%1 presented a certificate this computer does not trust, as a server with "
            "a self-signed certificate does."
        )
    )
    advice = Trust.tr(
        "Trust it only if its SHA-256 fingerprint is the one your server's administrator gives you:"
    )
    text = f"{fill(first, isolate(error.host))}\n\n{advice}\n{isolate(error.fingerprint)}"
    return dialogs.confirm(
        parent, Trust.tr("Untrusted Certificate"), text, Trust.tr("Trust This Certificate")
    )


@dataclass(frozen=True, slots=True)
class _Search:
    entered: str
    user: str
    password: str
    insecure: bool
    extra_hosts: tuple[str, ...]
    pins: dict[str, str]


def _find(search: _Search, cancel: threading.Event) -> tuple[str, list[Collection]]:
    """Discovery, on a worker thread: a slow or dead server must not freeze the window."""
    from netdesk.sync.bootstrap import DnsResolver, locate
    from netdesk.sync.dav import DavClient

    def client_for(url: str) -> DavClient:
        return DavClient(
            url,
            search.user,
            search.password,
            allow_insecure=search.insecure,
            extra_hosts=search.extra_hosts,
            pins=search.pins,
            cancel=cancel,
        )

    return locate(search.entered, DnsResolver(), client_for)


class SyncAccountDialog(QDialog):
    def __init__(
        self,
        account: SyncAccount | None,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync Account"))
        self.account = account
        self.dialogs = dialogs or Dialogs()
        self.collections: list[Collection] = []
        self.found_url = ""
        self.extra_hosts: list[str] = list(account.extra_hosts) if account else []
        self.trusted: dict[str, str] = dict(account.trusted_certificates) if account else {}
        self.url = QLineEdit(account.url if account else "")
        self.url.setPlaceholderText(self.tr("https://dav.example.com/ or you@example.com"))
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
        self._finding: Task[tuple[str, list[Collection]]] | None = None
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
        search = _Search(
            self.url.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self.insecure.isChecked(),
            tuple(self.extra_hosts),
            dict(self.trusted),
        )
        self._finding = Task(
            lambda cancel: _find(search, cancel),
            parent=self,
            success=self._on_found,
            failure=self._on_error,
        ).run_in_background()

    def _on_found(self, found: tuple[str, list[Collection]]) -> None:
        self.found_url = found[0]
        self.show_collections(found[1])

    def _on_error(self, error: Exception) -> None:
        from netdesk.sync.errors import OtherHost, SyncError

        if not isinstance(error, SyncError):
            raise error
        if isinstance(error, UntrustedCertificate) and error.fingerprint:
            self._on_failed(self.tr("Not connected: the server's certificate is not trusted."))
            if ask_trust(self.dialogs, self, error):
                self.trusted[error.host] = error.fingerprint
                self._on_find()
            return
        if isinstance(error, OtherHost):
            self._on_failed(self.tr("Not connected: the other server was not allowed."))
            if self._ask_host(error.host):
                self.extra_hosts.append(error.host)
                self._on_find()
            return
        self._on_failed(str(error))

    def _ask_host(self, host: str) -> bool:
        where = self.tr("This account keeps its address books and calendars on another server:")
        question = self.tr("Allow NetDesk to send your user name and password there too?")
        text = f"{where}\n{isolate(host)}\n\n{question}"
        return self.dialogs.confirm(
            self, self.tr("Another Server"), text, fill(self.tr("Allow %1"), isolate(host))
        )

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
        url = self.found_url or self.url.text().strip()
        account = self.account or new_account(url, self.user.text().strip())
        account.url = url
        account.username = self.user.text().strip()
        account.allow_insecure = self.insecure.isChecked()
        account.extra_hosts = tuple(self.extra_hosts)
        account.trusted_certificates = dict(self.trusted)
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
