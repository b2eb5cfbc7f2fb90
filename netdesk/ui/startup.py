"""Before the main window: one writer per data folder, a healthy database, backups.

A database that is corrupt, locked, unreadable or from a newer NetDesk is never
replaced silently: the user chooses to restore a backup, open another folder or quit.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import peewee
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from netdesk.services.background import Task
from netdesk.services.storage import (
    Status,
    check_data_folder,
    remove_stale_temp_files,
    restore_blocker,
)
from netdesk.single_instance import SingleInstance
from netdesk.translation import Context, fill
from netdesk.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.main_window import MainWindow


class Startup(Context):
    """The translation context of this module: lupdate reads ``Startup.tr(...)`` calls."""


class StartupCancelledError(Exception):
    """The user chose to quit, or another NetDesk already has this folder."""


def claim_folder(data_dir: Path, dialogs: Dialogs, files: Sequence[str] = ()) -> SingleInstance:
    """Take the data folder's lock, or hand over (with ``files`` to import) to the NetDesk
    that holds it."""
    instance = SingleInstance()
    try:
        if instance.acquire(data_dir):
            # Only now: a temp file of the copy that held the folder might still be in use.
            remove_stale_temp_files(data_dir)
            return instance
    except OSError as error:
        dialogs.warn(
            None,
            "NetDesk",
            fill(
                Startup.tr("NetDesk cannot use the folder %1: %2"),
                str(data_dir),
                error.strerror or str(error),
            ),
        )
        raise StartupCancelledError from error
    if not instance.notify_running(data_dir, files=files):
        dialogs.warn(
            None,
            "NetDesk",
            fill(
                Startup.tr(
                    "Another NetDesk is using %1 and did not answer. Close it, then start NetDesk "
                    "again."
                ),
                str(data_dir),
            ),
        )
    raise StartupCancelledError


def ensure_healthy(
    data_dir: Path,
    dialogs: Dialogs,
    pick_folder: Callable[[], Path | None],
    *,
    thorough: bool = False,
) -> Path:
    """Check the database; on trouble let the user restore, switch folders or quit.

    Start-up checks the header, version and schema only (``thorough`` False): reading
    every page of a large database would delay the window by seconds, so ``AfterStart``
    does that once the window is up.

    Returns the data folder to open (possibly another one the user picked).
    """
    from netdesk.services.storage import BackupError, latest_good_backup, restore

    while True:
        result = check_data_folder(data_dir, thorough=thorough)
        if result.status in (Status.OK, Status.MISSING):
            return data_dir
        # Offered only where it can work: over a folder or an unreadable file it would
        # fail, and the same question would come back forever.
        blocker = restore_blocker(data_dir, result)
        backup = (
            latest_good_backup(data_dir)
            if result.status is not Status.TOO_NEW and blocker is None
            else None
        )
        options = []
        if backup is not None:
            options.append(Startup.tr("Restore the Latest Backup"))
        options += [Startup.tr("Open Another Data Folder…"), Startup.tr("Quit")]
        text = result.message
        if backup is not None:
            text += "\n\n" + fill(
                Startup.tr("The latest good backup is %1. The current file is kept beside it."),
                backup.name,
            )
        elif blocker is not None:
            text += "\n\n" + _why_no_restore(blocker, result.message)
        choice = dialogs.choose(None, Startup.tr("NetDesk Cannot Open Your Data"), text, options)
        if choice is None or options[choice] == Startup.tr("Quit"):
            raise StartupCancelledError
        if options[choice] == Startup.tr("Open Another Data Folder…"):
            other = pick_folder()
            if other is None:
                raise StartupCancelledError
            data_dir = other
            continue
        assert backup is not None
        try:
            restore(data_dir, backup)
        except BackupError as error:
            dialogs.warn(None, "NetDesk", str(error))


def _why_no_restore(blocker: str, message: str) -> str:
    if blocker == message:
        return Startup.tr("Restoring a backup cannot help until this is fixed.")
    return fill(Startup.tr("A backup cannot be restored here: %1"), blocker)


def back_up_on_start(data_dir: Path, dialogs: Dialogs, *, daily: bool = True) -> None:
    """Before a schema upgrade always, and once a day (unless ``AfterStart`` does it).

    A failed daily backup warns but does not block.
    """
    from netdesk.services.storage import BackupError, backup_before_migration, daily_backup

    try:
        backup_before_migration(data_dir)
    except BackupError as error:
        # Upgrading without a copy of the old file is the one risk we do not take.
        dialogs.warn(
            None,
            "NetDesk",
            fill(
                Startup.tr("NetDesk needs to upgrade your data but could not back it up first: %1"),
                str(error),
            ),
        )
        raise StartupCancelledError from error
    if not daily:
        return
    try:
        daily_backup(data_dir)
    except BackupError as error:
        dialogs.warn(
            None,
            "NetDesk",
            fill(Startup.tr("Today's automatic backup failed: %1"), str(error)),
        )


def application() -> QApplication:
    """The one QApplication, named for settings and the desktop, with the app's icon."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from netdesk import APP_NAME, ORG_NAME, __version__
    from netdesk.resources import resource_path

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setDesktopFileName("netdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "netdesk.svg"))))
    return app


def open_data_folder(
    data_dir: Path,
    dialogs: Dialogs,
    pick_folder: Callable[[], Path | None],
    files: Sequence[str] = (),
    *,
    daily: bool,
) -> tuple[SingleInstance, Path]:
    """Claim the folder, check its database (the user may pick another folder), back it up.

    Returns the lock held and the folder to open.

    Raises:
        StartupCancelledError: the user quit, or another NetDesk has the folder.
    """
    lock = claim_folder(data_dir, dialogs, files)
    healthy = ensure_healthy(data_dir, dialogs, pick_folder)
    if healthy != data_dir:
        lock.release()
        data_dir = healthy
        lock = claim_folder(data_dir, dialogs, files)
    back_up_on_start(data_dir, dialogs, daily=daily)
    return lock, data_dir


class AfterStart(QObject):
    """Once the window is up: today's backup, then a check of every page of the database.

    Both read through connections of their own on a worker thread, so the window stays
    responsive; at 100,000 contacts they take several seconds. ``warning`` and
    ``finished`` are sent on the GUI thread.

    Signals:
        warning: a one-line message for the user (a failed backup, damage found).
    """

    warning = Signal(str)
    finished = Signal()

    def start(self, data_dir: Path) -> Task[list[str]]:
        return Task(
            lambda cancel: self._check(data_dir),
            parent=self,
            success=self._report,
            finished=self.finished.emit,
        ).run_in_background()

    @staticmethod
    def _check(data_dir: Path) -> list[str]:
        """The warnings for the user; runs on a worker thread."""
        from netdesk.services.storage import BackupError, daily_backup

        warnings = []
        try:
            daily_backup(data_dir)
        except BackupError as error:
            warnings.append(fill(Startup.tr("Today's automatic backup failed: %1"), str(error)))
        result = check_data_folder(data_dir, timeout=5.0, thorough=True)
        if result.status is Status.CORRUPT:
            warnings.append(damage_warning(data_dir, result.message))
        return warnings

    def _report(self, warnings: list[str]) -> None:
        for text in warnings:
            self.warning.emit(text)


def damage_warning(data_dir: Path, message: str) -> str:
    """``message`` about damage found after start-up, and the way out."""
    from netdesk.services.storage import latest_good_backup

    backup = latest_good_backup(data_dir)
    hint = (
        fill(Startup.tr("Use File → Restore from Backup; the latest good one is %1."), backup.name)
        if backup
        else Startup.tr("Export your contacts now and keep the file safe.")
    )
    return message + " " + hint


class DamageReport(QObject):
    """One warning per damage, whoever finds it first: a model reading rows or ``AfterStart``.

    Signals:
        warning: a one-line message for the user, never the same one twice.
    """

    warning = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._shown: set[str] = set()
        self._read_failed = False
        self._previous_hook: Callable[..., object] | None = None

    @classmethod
    def attach(cls, window: MainWindow, after_start: AfterStart, data_dir: Path) -> DamageReport:
        """Warn in ``window`` about damage that its table, a slot or ``after_start`` meets."""
        report = cls(data_dir, window)
        report.warning.connect(window.show_warning)
        after_start.warning.connect(report.pass_on)
        # Queued: the table finds damage while painting, no place for a dialog.
        window.contacts.database_failed.connect(
            report.on_read_failed, Qt.ConnectionType.QueuedConnection
        )
        report.install()
        return report

    def install(self) -> None:
        """Route database errors that escape a slot (a card, a timeline) here as well.

        Each would otherwise print a traceback and leave the user guessing; the first
        is reported, the rest are the same damage.
        """
        previous = self._previous_hook = sys.excepthook

        def hook(
            kind: type[BaseException], error: BaseException, trace: TracebackType | None
        ) -> None:
            if issubclass(kind, (sqlite3.DatabaseError, peewee.DatabaseError)):
                QTimer.singleShot(0, self, lambda: self.on_read_failed(str(error)))
            else:
                previous(kind, error, trace)

        sys.excepthook = hook

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def pass_on(self, text: str) -> None:
        if text not in self._shown:
            self._shown.add(text)
            self.warning.emit(text)

    def on_read_failed(self, error: str) -> None:
        """Reading the database failed: find out why, once, and say what to do."""
        if self._read_failed:
            return
        self._read_failed = True
        result = check_data_folder(self._data_dir, timeout=5.0, thorough=True)
        if result.ok:  # it went away (another program held a lock, a disk came back)
            message = fill(Startup.tr("NetDesk could not read your data: %1"), error)
            self.pass_on(message)
        else:
            self.pass_on(damage_warning(self._data_dir, result.message))
