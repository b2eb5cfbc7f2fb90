"""Reading and matching a large contact file off the GUI thread.

The worker only reads: it parses the file and plans the import against the database
through its own SQLite connection (peewee keeps one per thread). Writing stays on the
GUI thread, in one short transaction, after the user has seen the preview.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.io.cancel import ImportCancelledError, cancellable, checked
from netdesk.io.reader import ParseResult
from netdesk.services.importer import PlanItem, plan_import

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
        try:
            with cancellable(self._cancel.is_set):
                outcome = read_and_plan(self.path, self.region)
        except Exception as error:  # whatever it is, the dialog waiting for ``done`` must end
            outcome = ReadOutcome(error=failure_message(self.path, error))
        finally:
            if not database.is_closed():
                # This thread's own connection; the GUI thread's stays open.
                database.close()
        # Also when cancelled: ``done`` is what ends this thread's event loop.
        self.done.emit(outcome)


def failure_message(path: Path, error: Exception) -> str:
    """One line for an unexpected failure while reading and planning ``path``."""
    return f"{path.name} could not be read: {type(error).__name__}: {error}"


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


def start_reader(
    path: Path,
    region: str,
    parent: QObject,
    on_done: Callable[[ReadOutcome], object],
    on_finished: Callable[[], object],
) -> tuple[QThread, ImportReader]:
    """Read and plan ``path`` on a new thread. ``on_done`` gets the outcome (on that
    thread), ``on_finished`` is called once it has stopped. Both are connected before the
    thread starts: a small file can be read before a caller could connect them after.
    The caller keeps the reader referenced until the thread has finished."""
    thread = QThread(parent)
    reader = ImportReader(path, region)
    reader.moveToThread(thread)
    thread.started.connect(reader.run)
    reader.done.connect(on_done)
    reader.done.connect(thread.quit)
    thread.finished.connect(on_finished)
    thread.finished.connect(reader.deleteLater)
    thread.start()
    return thread, reader
