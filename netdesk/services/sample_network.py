"""A sample network to explore, in a folder of its own beside the user's data.

"Explore a Sample Network" on the welcome page opens it; "Leave Sample" closes it and
removes the folder, so made-up people never mix with the user's own: it is a separate
database, never the user's with rows to clean up afterwards.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import peewee
from PySide6.QtCore import QObject

from netdesk.services.context import AppContext, create_context

SAMPLE_FOLDER = "sample-network"
# Enough for every view to have people in it (due, favourites, several circles).
SAMPLE_CONTACTS = 160


class SampleError(Exception):
    """The sample network could not be made; the message says why."""


def sample_folder(data_dir: Path) -> Path:
    return data_dir / SAMPLE_FOLDER


def open_sample(data_dir: Path, parent: QObject | None = None) -> AppContext:
    """A new sample network in ``data_dir``'s sample folder, opened.

    Any database must be closed first: there is one open database at a time.

    Raises:
        SampleError: it could not be made (a full disk, a read-only folder); nothing of it
            is left open or on disk.
    """
    from netdesk.db.connection import close_database
    from netdesk.sample import generate

    remove_sample(data_dir)
    try:
        context = create_context(sample_folder(data_dir), parent)
    except (OSError, sqlite3.Error, peewee.DatabaseError) as error:
        close_database()
        remove_sample(data_dir)
        raise SampleError(str(error)) from error
    try:
        generate(SAMPLE_CONTACTS, seed=17)
    except (OSError, sqlite3.Error, peewee.DatabaseError) as error:
        context.close()
        remove_sample(data_dir)
        raise SampleError(str(error)) from error
    return context


def remove_sample(data_dir: Path) -> None:
    """Delete the sample folder, if any (also one left behind by a crash)."""
    shutil.rmtree(sample_folder(data_dir), ignore_errors=True)
