"""Sync in the window: Sync Now, the account dialog, progress and faults in the status bar.

The sync machinery (an HTTP client, iCalendar, the keyring) is imported only once an
account exists or the user opens the account dialog: most people never sync, and nobody
should wait for it at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel

from netdesk.translation import fill
from netdesk.ui.bidi import isolate
from netdesk.ui.menus import MenuKey

if TYPE_CHECKING:
    from netdesk.sync.accounts import PasswordStore, SyncAccount
    from netdesk.sync.qt_runner import SyncController
    from netdesk.sync.report import SyncReport
    from netdesk.sync.tls import UntrustedCertificate
    from netdesk.ui.main_window import MainWindow

ACCOUNTS_FILE = "sync-accounts.json"  # netdesk.sync.accounts.ACCOUNTS_FILE, without importing it


class SyncUi(QObject):
    """Signals:
    calendars_captured: the capture after a sync ended, with the meetings it added (0 when
        nothing was new, -1 when the calendars could not be read or written).
    """

    calendars_captured = Signal(int)

    def __init__(self, window: MainWindow, passwords: PasswordStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._passwords = passwords
        self._controller: SyncController | None = None
        self.label = QLabel()
        window.statusBar().addWidget(self.label)
        self.sync_now = QAction(self.tr("S&ync Now"), window)
        self.sync_now.setShortcut("F5")
        self.sync_now.triggered.connect(lambda _c=False: self.controller.sync_now())
        self.cancel = QAction(self.tr("Ca&ncel Sync"), window)
        self.cancel.setEnabled(False)
        self.cancel.triggered.connect(lambda _c=False: self.controller.cancel())
        self.accounts = QAction(self.tr("Sync &Account…"), window)
        self.accounts.triggered.connect(lambda _c=False: self.edit_account())
        menu = window.menus[MenuKey.NETWORK]
        menu.addSeparator()
        menu.addAction(self.sync_now)
        menu.addAction(self.cancel)
        menu.addAction(self.accounts)
        self._update()

    @property
    def passwords(self) -> PasswordStore:
        if self._passwords is None:
            from netdesk.sync.accounts import PasswordStore

            self._passwords = PasswordStore()
        return self._passwords

    @property
    def controller(self) -> SyncController:
        if self._controller is None:
            from netdesk.sync.qt_runner import SyncController

            controller = SyncController(self.window.context.data_dir, self.passwords, parent=self)
            controller.started.connect(self._on_started)
            controller.progress.connect(self._on_progress)
            controller.finished.connect(self._on_finished)
            controller.failed.connect(self._on_failed)
            controller.password_needed.connect(self._on_password_needed)
            controller.mass_deletion.connect(self._on_mass_deletion)
            controller.cancelled.connect(self._on_cancelled)
            controller.untrusted.connect(self._on_untrusted)
            self._controller = controller
        return self._controller

    def _has_accounts(self) -> bool:
        return (self.window.context.data_dir / ACCOUNTS_FILE).exists()

    def _on_started(self, label: str) -> None:
        self.cancel.setEnabled(True)
        self.label.setText(fill(self.tr("Syncing with %1…"), isolate(label)))

    def start(self) -> None:
        if not self._has_accounts():
            return
        from netdesk.sync.accounts import load_accounts

        data_dir = self.window.context.data_dir
        accounts = [a for a in load_accounts(data_dir, self.passwords) if a.enabled]
        if accounts:
            self.controller.start_auto(min(a.interval_minutes for a in accounts) or 5)

    def start_later(self) -> None:
        """Start automatic sync once the window has painted."""
        QTimer.singleShot(0, self.start)

    def shutdown(self) -> None:
        if self._controller is not None:
            self._controller.stop_auto()
            # Closing does not wait for a slow server: a cancelled sync keeps nothing
            # half-done, and the next start syncs again.
            self._controller.cancel()
            self._controller.wait()

    def _update(self) -> None:
        self.sync_now.setEnabled(self._has_accounts())

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.label.setText(f"{stage} {done}/{total}" if total else stage)

    def _on_finished(self, report: SyncReport) -> None:
        self.cancel.setEnabled(False)  # "started" enables it again for the next account
        self.label.setText(report.summary())
        if report.changed_local:
            # Sync wrote to the database below the services: re-read everything, and drop
            # undo steps that may refer to rows the server changed.
            self.window.context.undo_stack.clear()
            self.window.reload_everything()
        self.capture_calendars()

    def capture_calendars(self) -> None:
        """With each sync, the past meetings on the accounts' calendars join the timelines
        of the people they match (read on a worker; nothing asked, nobody added, nothing
        written when nothing is new). File → Capture from Calendar Accounts… shows the
        preview instead."""
        from netdesk.services.background import Task
        from netdesk.sync.accounts import load_accounts
        from netdesk.sync.capture import caldav_source

        accounts = load_accounts(self.window.context.data_dir, self.passwords)
        sources = tuple(
            caldav_source(account, password)
            for account in accounts
            if account.enabled and (password := self.passwords.get(account))
        )
        if not sources:
            return
        capture = self.window.context.capture
        Task(
            lambda cancel: capture.plan([], accounts=sources),
            parent=self,
            success=self._apply_captured,
            # A calendar that cannot be read now is read again with the next sync.
            failure=lambda error: self.calendars_captured.emit(-1),
        ).run_in_background()

    def _apply_captured(self, plan: object) -> None:
        from netdesk.services.capture import CapturePlan
        from netdesk.services.storage import BackupError, DiskFullError

        assert isinstance(plan, CapturePlan)
        try:
            report = self.window.context.capture.apply_if_new(plan)
        except (BackupError, DiskFullError):
            self.calendars_captured.emit(-1)  # nothing was written; the next sync tries again
            return
        added = sum(report.added)
        self.calendars_captured.emit(added)
        if added:
            self.label.setText(
                self.tr("%n meeting(s) from the calendars added to timelines", "", added)
            )

    def _on_cancelled(self) -> None:
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Sync cancelled."))

    def _on_mass_deletion(self, account: SyncAccount, message: str) -> None:
        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Sync stopped: it would delete many records."))
        self.label.setToolTip(message)
        advice = self.tr("Apply these deletions? If the server lost its data, keep everything.")
        question = f"{message}\n\n{advice}"
        if self.window.dialogs.confirm(
            self.window, self.tr("Sync"), question, self.tr("Apply Deletions")
        ):
            self.controller.allow_mass_delete(account)
            self.controller.sync_now()
        else:
            self.label.setText(self.tr("Sync paused: nothing was deleted. Sync Now asks again."))

    def _on_untrusted(self, account: SyncAccount, error: UntrustedCertificate) -> None:
        from netdesk.ui.sync_account_dialog import ask_trust

        self.cancel.setEnabled(False)
        self.label.setText(self.tr("Sync stopped: the server's certificate is not trusted."))
        self.label.setToolTip(str(error))
        if ask_trust(self.window.dialogs, self.window, error):
            self.controller.trust(account, error)

    def _on_failed(self, message: str, retrying: bool) -> None:
        self.cancel.setEnabled(False)
        text = message + (" " + self.tr("NetDesk will try again.") if retrying else "")
        self.label.setText(text)
        self.label.setToolTip(text)

    def _on_password_needed(self, account: SyncAccount) -> None:
        why = "" if self.passwords.persistent else (self.passwords.why_not_kept or "")
        prompt = fill(self.tr("Password for %1:"), isolate(account.label))
        password = self.window.dialogs.ask_password(
            self.window, self.tr("Sync"), (why + "\n\n" if why else "") + prompt
        )
        if password:
            self.passwords.set(account, password)
            self.controller.sync_now()

    def edit_account(self) -> None:
        from netdesk.sync.accounts import load_accounts, save_accounts
        from netdesk.ui.sync_account_dialog import SyncAccountDialog

        data_dir = self.window.context.data_dir
        accounts = load_accounts(data_dir, self.passwords)
        dialog = SyncAccountDialog(
            accounts[0] if accounts else None, self.window, self.window.dialogs
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        account = dialog.result_account()
        others = [a for a in accounts if a.id != account.id]
        save_accounts(data_dir, [account, *others], self.passwords)
        if dialog.password.text() and not self.passwords.set(account, dialog.password.text()):
            self.window.dialogs.inform(
                self.window, self.tr("Sync"), self.passwords.why_not_kept or ""
            )
        self._update()
        self.start()
