"""Sync in the window: Sync Now, the account dialog, progress and faults in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel

from netdesk.sync.accounts import PasswordStore, SyncAccount, load_accounts, save_accounts
from netdesk.sync.qt_runner import SyncController

if TYPE_CHECKING:
    from netdesk.sync.report import SyncReport
    from netdesk.ui.main_window import MainWindow


class SyncUi(QObject):
    def __init__(self, window: MainWindow, passwords: PasswordStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.passwords = passwords or PasswordStore()
        self.controller = SyncController(window.context.data_dir, self.passwords, parent=self)
        self.label = QLabel()
        window.statusBar().addWidget(self.label)
        self.sync_now = QAction(self.tr("S&ync Now"), window)
        self.sync_now.setShortcut("F5")
        self.sync_now.triggered.connect(lambda _c=False: self.controller.sync_now())
        self.accounts = QAction(self.tr("Sync &Account…"), window)
        self.accounts.triggered.connect(lambda _c=False: self.edit_account())
        menu = window.network_actions.menu
        menu.addSeparator()
        menu.addAction(self.sync_now)
        menu.addAction(self.accounts)
        self.controller.started.connect(
            lambda label: self.label.setText(self.tr("Syncing with %1…").replace("%1", label))
        )
        self.controller.progress.connect(self._on_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)
        self.controller.password_needed.connect(self._on_password_needed)
        self._update()

    def start(self) -> None:
        accounts = [a for a in load_accounts(self.window.context.data_dir) if a.enabled]
        if accounts:
            self.controller.start_auto(min(a.interval_minutes for a in accounts) or 5)

    def shutdown(self) -> None:
        self.controller.stop_auto()
        self.controller.wait()

    def _update(self) -> None:
        self.sync_now.setEnabled(bool(load_accounts(self.window.context.data_dir)))

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.label.setText(f"{stage} {done}/{total}" if total else stage)

    def _on_finished(self, report: SyncReport) -> None:
        self.label.setText(report.summary())
        if report.changed_local:
            # Sync wrote to the database below the services: re-read everything, and drop
            # undo steps that may refer to rows the server changed.
            self.window.context.undo_stack.clear()
            self.window.reload_everything()

    def _on_failed(self, message: str, retrying: bool) -> None:
        text = message + (" " + self.tr("NetDesk will try again.") if retrying else "")
        self.label.setText(text)
        self.label.setToolTip(text)

    def _on_password_needed(self, account: SyncAccount) -> None:
        why = "" if self.passwords.persistent else (self.passwords.why_not_kept or "")
        prompt = self.tr("Password for %1:").replace("%1", account.label)
        password = self.window.dialogs.ask_password(
            self.window, self.tr("Sync"), (why + "\n\n" if why else "") + prompt
        )
        if password:
            self.passwords.set(account, password)
            self.controller.sync_now()

    def edit_account(self) -> None:
        from netdesk.ui.sync_account_dialog import SyncAccountDialog

        data_dir = self.window.context.data_dir
        accounts = load_accounts(data_dir)
        dialog = SyncAccountDialog(accounts[0] if accounts else None, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        account = dialog.result_account()
        others = [a for a in accounts if a.id != account.id]
        save_accounts(data_dir, [account, *others])
        if dialog.password.text() and not self.passwords.set(account, dialog.password.text()):
            self.window.dialogs.inform(
                self.window, self.tr("Sync"), self.passwords.why_not_kept or ""
            )
        self._update()
        self.start()
