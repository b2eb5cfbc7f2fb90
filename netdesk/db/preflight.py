"""The checks before anything opens a data folder: the same for the window and every command.

Only a *missing* database is new. Anything else in its place — an empty file, another
program's database, a ``-wal`` that turns an intact file into something else, a file or
folder that cannot be written — is reported and left exactly as it is, because opening it
read-write would let SQLite turn it into a fresh, empty NetDesk database or replay a
foreign ``-wal`` into it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from netdesk.db.connection import DB_FILENAME
from netdesk.db.health import (
    CheckResult,
    Status,
    check_database,
    connect_readonly,
    wal_path,
)
from netdesk.io.atomic import TEMP_PREFIX, TEMP_SUFFIX

# Tables present since schema 1; a file without them is not a NetDesk database.
CORE_TABLES = frozenset({"contact", "organization", "interaction", "tombstone"})
_WAL_HEADER_SIZE = 32
# A read-only connection met a hot journal it may not roll back.
_SQLITE_READONLY_ROLLBACK = 776
# Hidden temp files of backups, restores and exports (``private_temp`` names).
TEMP_GLOB = f"{TEMP_PREFIX}*{TEMP_SUFFIX}"
# A temp file untouched this long belongs to no running copy: writing one takes seconds.
STALE_TEMP_SECONDS = 15 * 60


def check_data_folder(
    data_dir: Path, *, thorough: bool = False, timeout: float = 1.0
) -> CheckResult:
    """Can NetDesk open ``data_dir`` and write to it without harming what is there?

    Creates nothing, and writes only to finish SQLite's own crash recovery (a hot
    journal, see :func:`_roll_back_interrupted_write`). ``thorough`` also reads every
    page of the database (see :func:`check_database`).

    Returns:
        ``Status.MISSING`` for a folder or database that does not exist yet (a first
        start), ``Status.OK`` for a healthy NetDesk database, otherwise what is wrong.
    """
    data_dir = Path(data_dir)
    folder = _check_folder(data_dir)
    if folder is not None:
        return folder
    db = data_dir / DB_FILENAME
    _roll_back_interrupted_write(db)
    result = check_netdesk_database(db, thorough=thorough, timeout=timeout)
    if result.status is not Status.OK:
        return result
    if not os.access(db, os.W_OK):
        return CheckResult(
            Status.READ_ONLY,
            f"{db} is read-only; NetDesk needs to write to it (change its permissions).",
            result.schema_version,
        )
    return result


def _roll_back_interrupted_write(db: Path) -> None:
    """Let SQLite roll back a write that a crash interrupted, as its next open would.

    A hot ``-journal`` holds the pages as they were before that write. A read-only
    connection cannot put them back and reports the file unreadable; a read-write open
    does it first thing (SQLite's own crash recovery: the file returns to its last
    commit). The journal must never simply be deleted: that is how such a file is
    corrupted. This is the one write the checks make.
    """
    journal = db.with_name(db.name + "-journal")
    try:
        if journal.stat().st_size == 0 or not db.is_file():
            return  # an empty journal is not hot; without its file, nothing to recover
        if not os.access(db.parent, os.W_OK | os.X_OK):
            return
        with contextlib.closing(connect_readonly(db, timeout=0.5)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return
    except OSError:
        return
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) != _SQLITE_READONLY_ROLLBACK:
            return
    with (
        contextlib.suppress(sqlite3.Error),
        contextlib.closing(sqlite3.connect(db, timeout=1.0)) as connection,
    ):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def check_netdesk_database(
    db: Path, *, thorough: bool = False, timeout: float = 1.0
) -> CheckResult:
    """:func:`check_database`, and is it NetDesk's, with no foreign ``-wal`` beside it?"""
    db = Path(db)
    result = check_database(db, timeout, thorough=thorough)
    bad = (Status.CORRUPT, Status.NOT_A_DATABASE)
    if result.status in bad and _wal_is_foreign(db, thorough=thorough):
        return _foreign_wal(db)
    if result.status is not Status.OK:
        return result
    return _content(db, timeout, thorough=thorough) or result


def restore_blocker(data_dir: Path, result: CheckResult) -> str | None:
    """Why restoring a backup over the database found by ``result`` cannot work, or ``None``.

    A restore keeps the current file's bytes first, then renames the backup over it: that
    needs a readable regular file (or none) in a writable folder.
    """
    if result.status in (Status.CORRUPT, Status.NOT_A_DATABASE, Status.TOO_NEW, Status.OK):
        if os.access(data_dir, os.W_OK | os.X_OK):
            return None
        return f"NetDesk cannot write in the folder {data_dir}."
    if result.status is Status.MISSING:
        return None
    return result.message


def remove_stale_temp_files(data_dir: Path, now: float | None = None) -> list[Path]:
    """Delete temp files a killed NetDesk left in the data and backups folders.

    Only NetDesk's own hidden temp copies that nobody has touched for a while go, with
    the journal SQLite kept beside them: a temp copy is never the user's data, and its
    ``-journal`` cannot be hot once the copy itself is gone. A ``-journal`` beside the
    database or a finished backup is never touched — SQLite needs a hot journal to roll
    the file back to its last commit when it is next opened.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in (Path(data_dir), Path(data_dir) / "backups"):
        with contextlib.suppress(OSError):
            for temp in folder.glob(TEMP_GLOB):
                if _stale(temp, now) and _unlink(temp):
                    removed.append(temp)
            for side in folder.glob(TEMP_GLOB + "-*"):
                owner = side.with_name(side.name.rsplit("-", 1)[0])
                if not owner.exists() and _stale(side, now) and _unlink(side):
                    removed.append(side)
    return removed


def _stale(path: Path, now: float) -> bool:
    try:
        return path.is_file() and now - path.stat().st_mtime > STALE_TEMP_SECONDS
    except OSError:
        return False


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except OSError:
        return False
    return True


def _check_folder(data_dir: Path) -> CheckResult | None:
    """A folder that is a file, or that NetDesk cannot create or write in."""
    existing = data_dir
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        return CheckResult(Status.UNREADABLE, f"{existing} is a file, not a folder.")
    if not os.access(existing, os.W_OK | os.X_OK):
        what = "write in" if existing == data_dir else "create"
        return CheckResult(
            Status.READ_ONLY, f"NetDesk cannot {what} the folder {data_dir}: permission denied."
        )
    return None


def _content(db: Path, timeout: float, *, thorough: bool) -> CheckResult | None:
    """Another program's database (no NetDesk tables) is not ours to turn into one.

    A file with no tables at all holds nothing to lose: a first start killed early leaves
    one, and opening it simply creates the schema.
    """
    try:
        with contextlib.closing(connect_readonly(db, timeout)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except sqlite3.Error as exc:
        return CheckResult(Status.UNREADABLE, f"{db} cannot be read: {exc}.")
    if not tables or tables >= CORE_TABLES:
        return None
    if _wal_is_foreign(db, thorough=thorough):
        return _foreign_wal(db)
    return CheckResult(
        Status.NOT_A_DATABASE, f"{db} is another program's database, not a NetDesk one."
    )


def _wal_is_foreign(db: Path, *, thorough: bool) -> bool:
    """The main file alone is a healthy NetDesk database, but not once its ``-wal`` is applied.

    A ``-wal`` of our own only ever adds commits to our own file; one that breaks it or
    replaces its tables was copied there from another database. (A WAL without frames,
    at most its 32-byte header, changes nothing.)
    """
    try:
        if wal_path(db).stat().st_size <= _WAL_HEADER_SIZE:
            return False
        uri = db.resolve().as_uri() + "?mode=ro&immutable=1"
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=0.2)) as connection:
            if thorough and connection.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                return False
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
    except (sqlite3.Error, OSError, ValueError):
        return False
    return tables >= CORE_TABLES


def _foreign_wal(db: Path) -> CheckResult:
    return CheckResult(
        Status.CORRUPT,
        f"{wal_path(db)} belongs to another database and would damage {db}; move the "
        f"-wal file out of the folder (keep it), then try again.",
    )
