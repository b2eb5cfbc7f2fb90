"""The one database object, unbound until start-up opens a file."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

DB_FILENAME = "netdesk.sqlite3"

# WAL lets the GUI read while an import writes; foreign keys keep child rows honest;
# busy_timeout turns a brief lock into a short wait instead of an error.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -16000,
    "temp_store": "memory",
}

database = SqliteDatabase(None, pragmas=PRAGMAS)

_checkpointer: threading.Thread | None = None


def open_database(path: Path | str) -> SqliteDatabase:
    """Bind the shared database object to ``path``, connect it and bring the schema up to date.

    Raises:
        sqlite3.DatabaseError: ``path`` is an empty file. SQLite would make it a new
            database; NetDesk never does (only a missing database is new), whoever calls.
    """
    from netdesk.db.migrations import migrate

    if Path(path).is_file() and Path(path).stat().st_size == 0:
        raise sqlite3.DatabaseError(f"{path} is empty, not a NetDesk database")
    close_database()
    database.init(str(path), pragmas=PRAGMAS)
    database.connect()
    migrate(database)
    return database


def close_database() -> None:
    """Close this thread's connection, once a checkpoint on a thread has finished."""
    wait_for_checkpoint()
    if not database.is_closed():
        database.close()


@contextlib.contextmanager
def checkpoint_later() -> Iterator[None]:
    """Commit the large transaction inside without SQLite's automatic WAL checkpoint, then
    copy the WAL into the database file on a thread of its own.

    After an import of 10,000 contacts into 100,000 the checkpoint writes ~140 MB back
    (0.45 s), and the automatic one does it inside the commit, on the user's time. The
    committed data is as safe in the WAL as in the main file (``synchronous=normal``
    syncs at checkpoints either way); readers and writers carry on meanwhile.
    """
    (previous,) = database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA wal_autocheckpoint = {int(previous)}")
    _start_checkpoint(database.database)


def _start_checkpoint(path: str) -> None:
    # A plain thread, not services.background: db/ holds no Qt, nothing is delivered to
    # the GUI, and whoever needs the copy done joins it (``wait_for_checkpoint``).
    global _checkpointer
    if _checkpointer is not None and _checkpointer.is_alive():
        return  # it copies what it can; the next automatic checkpoint does the rest
    _checkpointer = threading.Thread(
        target=_checkpoint, args=(path,), name="netdesk-checkpoint", daemon=True
    )
    _checkpointer.start()


def _checkpoint(path: str) -> None:
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=5.0)) as connection:
            # PASSIVE never waits for, nor blocks, the app's readers and writer.
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error:
        pass  # the WAL stays valid; the next automatic checkpoint copies it


def wait_for_checkpoint() -> None:
    """Block until a checkpoint started by ``checkpoint_later`` is done."""
    if _checkpointer is not None and _checkpointer is not threading.current_thread():
        _checkpointer.join()


# https://sqlite.org/rescode.html#full
SQLITE_FULL = 13


class DiskFullError(Exception):
    """The disk (or the database's size limit) is full; the transaction wrote nothing."""

    def __init__(self) -> None:
        super().__init__("the disk is full; nothing was written (free some space and try again)")


def _is_disk_full(error: BaseException | None) -> bool:
    """Whether ``error`` or an error it wraps or follows is SQLite's SQLITE_FULL."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        for candidate in (error, *error.args):
            if isinstance(candidate, sqlite3.Error) and (
                getattr(candidate, "sqlite_errorcode", None) == SQLITE_FULL
                or "database or disk is full" in str(candidate)
            ):
                return True
        error = error.__cause__ or error.__context__
    return False


def _roll_back_if_open() -> None:
    """Roll back, unless SQLite has already done it: on SQLITE_FULL, SQLITE_IOERR and a
    few others it may end the transaction itself (https://sqlite.org/lang_transaction.html,
    "Response To Errors Within A Transaction"), and a ROLLBACK then fails with "cannot
    rollback - no transaction is active", which used to replace the real error."""
    if database.connection().in_transaction:
        with contextlib.suppress(DatabaseError, sqlite3.Error):
            database.rollback()


@contextlib.contextmanager
def write_transaction(lock: str = "IMMEDIATE") -> Iterator[None]:
    """One all-or-nothing transaction whose failure is reported as itself.

    Inside, ``database.atomic()`` blocks are savepoints as usual; inside another
    transaction this is one too. A full disk, while writing or at commit, raises
    ``DiskFullError`` once everything is rolled back.
    """
    if database.transaction_depth():
        with database.atomic():
            yield
        return
    transaction = database.transaction(lock)
    transaction.__enter__()  # BEGIN; pushed so that nested atomic() blocks are savepoints
    try:
        yield
    except BaseException as error:
        database.pop_transaction()
        _roll_back_if_open()
        if _is_disk_full(error):
            raise DiskFullError() from error
        raise
    database.pop_transaction()
    try:
        database.commit()
    except Exception as error:
        _roll_back_if_open()
        if _is_disk_full(error):
            raise DiskFullError() from error
        raise
