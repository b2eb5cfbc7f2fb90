"""Reading and matching a large contact file off the GUI thread.

The worker only reads: it parses the file and plans the import against the database
through its own SQLite connection (peewee keeps one per thread; the background task
closes it). Writing stays on the GUI thread, in one short transaction, after the user
has seen the preview.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from netdesk.domain.contact_data import ContactData
from netdesk.io.cancel import ImportCancelledError, cancellable, checked
from netdesk.io.reader import ParseResult
from netdesk.services.background import Task
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
    done: Callable[[ReadOutcome], object],
    finished: Callable[[], object],
) -> Task[ReadOutcome]:
    """Read and plan ``path`` in the background; ``done`` gets the outcome (on the GUI
    thread) unless the task is cancelled (the parsers look at its flag as they go),
    ``finished`` comes last, whatever happened."""

    def read(cancel: threading.Event) -> ReadOutcome:
        try:
            with cancellable(cancel.is_set):
                return read_and_plan(path, region)
        except Exception as error:  # whatever it is, the user is told, in one line
            return ReadOutcome(error=failure_message(path, error))

    return Task(read, parent=parent, success=done, finished=finished).run_in_background()
