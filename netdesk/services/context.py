"""Everything a window or a command needs, built once at start-up and passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QUndoStack

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.paths import secure_data_dir
from netdesk.services import background
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.services.network import NetworkService

if TYPE_CHECKING:
    from netdesk.services.capture import CaptureService
    from netdesk.services.importer import ImportService
    from netdesk.services.jobs import JobService


@dataclass
class AppContext:
    data_dir: Path
    undo_stack: QUndoStack
    contacts: ContactService
    interactions: InteractionService
    network: NetworkService
    _importer: ImportService | None = field(default=None, repr=False)
    _jobs: JobService | None = field(default=None, repr=False)
    _capture: CaptureService | None = field(default=None, repr=False)

    @property
    def importer(self) -> ImportService:
        # Made on first use: the importer brings matching and bulk writing, which the
        # window's first paint does not need.
        if self._importer is None:
            from netdesk.services.importer import ImportService

            self._importer = ImportService(self.contacts, parent=self.contacts.parent())
        return self._importer

    @property
    def jobs(self) -> JobService:
        # Made on first use, like the importer: the job board is opened now and then.
        if self._jobs is None:
            from netdesk.services.jobs import JobService

            self._jobs = JobService(self.interactions, self.network, parent=self.contacts.parent())
        return self._jobs

    @property
    def capture(self) -> CaptureService:
        # Made on first use, as the importer: the capture formats load with it.
        if self._capture is None:
            from netdesk.services.capture import CaptureService

            self._capture = CaptureService(self.interactions, parent=self.contacts.parent())
        return self._capture

    @property
    def database_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    def restore_database(self, backup: Path) -> None:
        """Replace the database with ``backup`` (kept as a backup first by ``restore``);
        the database is open again afterwards, the old one if the restore failed."""
        from netdesk.db.restore import restore

        self.close()
        try:
            restore(self.data_dir, backup)
        finally:
            open_database(self.database_path)

    def close(self) -> None:
        # No task may outlive the database it reads: the next one opened (a sample network,
        # the user's own again, a test's) would be read by a count meant for this one.
        background.shutdown()
        # Undo commands hold closures over the services; drop them while Qt is alive.
        self.undo_stack.clear()
        self.contacts.finish_checkpoints()
        close_database()


def create_context(data_dir: Path, parent: QObject | None = None) -> AppContext:
    secure_data_dir(data_dir)
    open_database(data_dir / DB_FILENAME)
    # SQLite has just made a new database, -wal and -shm with the umask's mode.
    secure_data_dir(data_dir)
    stack = QUndoStack(parent)
    region = QLocale.system().territoryToCode(QLocale.system().territory())
    contacts = ContactService(stack, region=region, parent=parent)
    from netdesk.settings import Settings

    contacts.cadence_defaults = Settings(data_dir).cadence_defaults()

    def snapshot_before(reason: str) -> object:
        from netdesk.db.backup import pre_change_backup

        return pre_change_backup(data_dir, reason)

    contacts.before_risky_change = snapshot_before
    interactions = InteractionService(contacts, parent=parent)
    network = NetworkService(contacts, parent=parent)
    return AppContext(data_dir, stack, contacts, interactions, network)
