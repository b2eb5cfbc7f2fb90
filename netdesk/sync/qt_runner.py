"""Sync from the GUI: on demand and every few minutes, always off the GUI thread.

The worker thread gets its own SQLite connection from peewee (connections are per
thread; the background task closes it), so the GUI keeps reading while a sync writes. Cancel
sets the running sync's flag, which its socket reads look at several times a second.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from netdesk.services.background import Task
from netdesk.sync.accounts import PasswordStore, SyncAccount, load_accounts, trust_certificate
from netdesk.sync.engine import Backoff, SyncOptions, sync_account
from netdesk.sync.errors import Cancelled, MassDeletion, SyncError
from netdesk.sync.report import Progress, SyncReport
from netdesk.sync.tls import UntrustedCertificate

Runner = Callable[[SyncAccount, str, Progress, SyncOptions], SyncReport]


def _run_engine(
    account: SyncAccount, password: str, progress: Progress, options: SyncOptions
) -> SyncReport:
    return sync_account(account, password, progress=progress, options=options)


class _Relay(QObject):
    """Carries the worker's progress to the GUI thread (queued, since it lives there)."""

    progress = Signal(str, int, int)


class SyncController(QObject):
    """Runs the sync of every enabled account, one at a time.

    Signals:
        started(str): an account's sync began; its label.
        progress(str, int, int): stage, done, total; for the status bar.
        finished(object): the ``SyncReport`` of a sync that succeeded.
        failed(str, bool): one-line message, and whether a retry was scheduled.
        password_needed(object): the ``SyncAccount`` has no password this session; ask
            the user (saying ``passwords.why_not_kept``), call ``passwords.set``, then
            ``sync_now``.
        mass_deletion(object, str): the ``SyncAccount``'s sync stopped before deleting
            many records; the one-line message. Ask the user; on yes, call
            ``allow_mass_delete`` with the account, then ``sync_now``.
        cancelled(): the running sync stopped after ``cancel``; nothing half-done kept.
        untrusted(object, object): the ``SyncAccount``'s server presented a certificate
            nobody vouches for (``tls.UntrustedCertificate``); ask the user, and on yes
            call ``trust`` with both.
    """

    started = Signal(str)
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(str, bool)
    password_needed = Signal(object)
    mass_deletion = Signal(object, str)
    cancelled = Signal()
    untrusted = Signal(object, object)

    def __init__(
        self,
        data_dir: Path,
        passwords: PasswordStore,
        parent: QObject | None = None,
        *,
        runner: Runner = _run_engine,
    ) -> None:
        super().__init__(parent)
        self.data_dir, self.passwords, self._runner = data_dir, passwords, runner
        self.backoff = Backoff()
        self._task: Task[SyncReport] | None = None
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._queue: list[SyncAccount] = []
        self._busy = False
        self._auto_minutes = 0
        self._running: tuple[SyncAccount, SyncOptions] | None = None
        self._allowed: set[str] = set()  # account ids whose next sync may delete many

    @property
    def busy(self) -> bool:
        return self._busy

    def start_auto(self, minutes: int = 5) -> None:
        """Sync now and then every ``minutes`` while the app runs."""
        self._auto_minutes = minutes
        self.sync_now()

    def stop_auto(self) -> None:
        self._auto_minutes = 0
        self._timer.stop()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running sync ends (at shutdown, before closing the database)."""
        return self._task is None or self._task.wait(msecs / 1000)

    def trust(self, account: SyncAccount, error: UntrustedCertificate) -> None:
        """Pin the certificate ``error`` names for ``account`` (the user said yes), and sync."""
        trust_certificate(self.data_dir, account.id, error.host, error.fingerprint)
        self.sync_now()

    def allow_mass_delete(self, account: SyncAccount) -> None:
        """Let the next sync of ``account`` apply the deletions the guard stopped."""
        self._allowed.add(account.id)

    @Slot()
    def cancel(self) -> None:
        """Stop the running sync (within a second) and the accounts queued after it."""
        self._queue.clear()
        if self._running is not None:
            self._running[1].cancel.set()

    @Slot()
    def sync_now(self) -> None:
        if self._busy:
            return
        try:
            self._queue = [a for a in load_accounts(self.data_dir, self.passwords) if a.enabled]
        except SyncError as exc:
            self.failed.emit(str(exc), False)
            return
        self._next()

    def _next(self) -> None:
        while self._queue:
            account = self._queue.pop(0)
            password = self.passwords.get(account)
            if password is None:
                self.password_needed.emit(account)
                continue
            self._busy = True
            options = SyncOptions(allow_mass_delete=account.id in self._allowed)
            self._allowed.discard(account.id)
            self._running = (account, options)
            self.started.emit(account.label)
            self._task = Task(
                self._work(account, password, options),
                parent=self,
                success=self._on_done,
                failure=self._on_failure,
            ).run_in_background()
            return
        self._busy = False
        self._running = None
        if self._auto_minutes and not self._timer.isActive():
            self._timer.start(self._auto_minutes * 60_000)

    def _work(
        self, account: SyncAccount, password: str, options: SyncOptions
    ) -> Callable[[threading.Event], SyncReport]:
        """The sync, for a worker thread; ``options.cancel`` is its flag (see ``cancel``)."""
        runner, progress = self._runner, self._relay.progress.emit
        return lambda _: runner(account, password, progress, options)

    def _on_failure(self, error: Exception) -> None:
        if isinstance(error, SyncError):
            self._on_error(error)
            return
        # Unforeseen: the next sync may start; the error goes to sys.excepthook.
        self._queue.clear()
        self._busy = False
        self._running = None
        raise error

    def _on_done(self, report: SyncReport) -> None:
        self.backoff.succeeded()
        self.finished.emit(report)
        self._next()

    def _on_error(self, error: SyncError) -> None:
        account = self._running[0] if self._running is not None else None
        self._queue.clear()
        self._busy = False
        self._running = None
        if isinstance(error, Cancelled):
            if self._auto_minutes:
                self._timer.start(self._auto_minutes * 60_000)  # "not now", not "never"
            self.cancelled.emit()
            return
        if isinstance(error, UntrustedCertificate) and error.fingerprint and account is not None:
            # No retry either: only the user can say whether this certificate is theirs.
            self.untrusted.emit(account, error)
            return
        if isinstance(error, MassDeletion) and account is not None:
            # No retry: the same sync would stop again. The user answers; until then the
            # automatic sync waits.
            self.mass_deletion.emit(account, str(error))
            return
        delay = self.backoff.next_delay(error)
        if delay is not None:
            self._timer.start(int(delay * 1000))
        self.failed.emit(str(error), delay is not None)
