"""Reading and matching a large contact file off the GUI thread.

The worker only reads: it parses the file and plans the import against the database
through its own SQLite connection (peewee keeps one per thread). Writing stays on the
GUI thread, in one short transaction, after the user has seen the preview.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from netdesk.domain.contact_data import ContactData
from netdesk.io.cancel import ImportCancelledError, cancellable, checked
from netdesk.io.reader import ParseResult
from netdesk.services.importer import PlanItem, plan_import
from netdesk.services.storage import close_thread_connection

# Files smaller than this are read on the GUI thread: it takes less than a blink.
LARGE_FILE_BYTES = 512 * 1024


@dataclass
class ReadOutcome:
    result: ParseResult | None = None
    plan: list[PlanItem] | None = None
    error: str = ""
    cancelled: bool = False


class _CheckedContacts(list[ContactData]):
    """The contacts to plan, looking at the cancel flag as the planner walks them."""

    def __iter__(self) -> Iterator[ContactData]:
        return checked(super().__iter__(), 256)


class ImportReader(QObject):
    """Signals:
    done: a ``ReadOutcome`` once the file is read and planned, failed or was
        cancelled; the thread quits on it.
    """

    done = Signal(object)

    def __init__(self, path: Path, region: str) -> None:
        super().__init__()
        self.path = path
        self.region = region
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the read to stop; the parsers look at the flag as they go."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        with cancellable(self._cancel.is_set):
            outcome = read_and_plan(self.path, self.region)
        close_thread_connection()
        self.done.emit(outcome)


def read_and_plan(path: Path, region: str) -> ReadOutcome:
    from netdesk.io.errors import ImportFormatError
    from netdesk.io.reader import read_contacts_file

    try:
        result = read_contacts_file(path)
        if result.format == "csv" and result.table is not None:
            # The column mapping needs the user; plan after it, on the GUI thread.
            return ReadOutcome(result=result)
        plan = plan_import(_CheckedContacts(result.contacts), region)
    except ImportFormatError as error:
        return ReadOutcome(error=str(error))
    except ImportCancelledError:
        return ReadOutcome(cancelled=True)
    return ReadOutcome(result=result, plan=plan)


def start_reader(path: Path, region: str, parent: QObject) -> tuple[QThread, ImportReader]:
    thread = QThread(parent)
    reader = ImportReader(path, region)
    reader.moveToThread(thread)
    thread.started.connect(reader.run)
    reader.done.connect(thread.quit)
    thread.finished.connect(reader.deleteLater)
    thread.start()
    return thread, reader
