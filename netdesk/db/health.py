"""Is a database file safe to open? A read-only look that never changes what it inspects.

Start-up asks this before anything opens the live database, and restore asks it of a
backup before trusting it. The check opens its own read-only ``sqlite3`` connection, so
it works whether or not the shared peewee database is bound, and it never creates the
file: SQLite would happily turn a mistyped path into an empty database.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from netdesk.db.migrations import SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
# Byte 18 of the header is the file format "write version": 2 means WAL.
_WAL_FORMAT = 2

# Primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class Status(enum.Enum):
    OK = "ok"
    MISSING = "missing"  # no file yet: a first start
    NOT_A_DATABASE = "not-a-database"
    CORRUPT = "corrupt"
    LOCKED = "locked"
    UNREADABLE = "unreadable"  # permissions, a folder in the way, an I/O error
    READ_ONLY = "read-only"  # readable, but NetDesk could not save changes
    TOO_NEW = "too-new"


@dataclass(frozen=True)
class CheckResult:
    """The outcome of :func:`check_database`.

    Attributes:
        status: What was found.
        message: One line for a dialog or the command line.
        schema_version: ``PRAGMA user_version`` when it could be read, else ``None``.
    """

    status: Status
    message: str
    schema_version: int | None = None

    @property
    def ok(self) -> bool:
        return self.status is Status.OK


def readonly_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only without leaving files behind.

    A read-only connection to a WAL database creates ``-wal`` and ``-shm`` files when
    they are missing and cannot remove them again. Without a ``-wal`` file the main file
    holds every committed page, so it is read as immutable instead; callers that could
    race a writer compare the file before and after (see :func:`file_stamp`).
    """
    uri = path.resolve().as_uri()
    if _is_wal_format(path) and not wal_path(path).exists():
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro"


def connect_readonly(path: Path, timeout: float = 1.0) -> sqlite3.Connection:
    """Open ``path`` through :func:`readonly_uri`; ``timeout`` is the busy wait in seconds.

    Text comes back even when it is not UTF-8: a damaged file's names, and the checks'
    messages that quote them, must still be reported rather than fail to decode.
    """
    connection = sqlite3.connect(readonly_uri(path), uri=True, timeout=timeout)
    connection.text_factory = _lenient_text
    return connection


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def file_stamp(path: Path) -> tuple[int, int]:
    """Size and modification time, to notice a writer that slipped in during a read."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def check_database(path: Path, timeout: float = 1.0, *, thorough: bool = True) -> CheckResult:
    """Inspect the database at ``path`` without creating or modifying anything.

    Args:
        path: The database file.
        timeout: Seconds to wait for another program's lock before reporting LOCKED.
        thorough: Run ``PRAGMA quick_check`` over every page (about a second per 500 MB);
            otherwise read the header, the version and the schema only, which is what
            start-up can afford before the first paint.

    Returns:
        The status, a one-line message and the schema version when readable.
    """
    path = Path(path)
    try:
        if not path.exists():
            return CheckResult(Status.MISSING, f"There is no database at {path} yet.")
        if path.is_dir():
            return CheckResult(
                Status.UNREADABLE, f"{path} is a folder where the database file should be."
            )
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        return CheckResult(Status.UNREADABLE, f"{path} cannot be read: {_reason(exc)}.")
    if not header:
        return CheckResult(Status.NOT_A_DATABASE, f"{path} is empty, not a NetDesk database.")
    if not header.startswith(SQLITE_MAGIC):
        return CheckResult(Status.NOT_A_DATABASE, f"{path} is not a NetDesk database.")

    immutable = "immutable=1" in readonly_uri(path)
    try:
        before = file_stamp(path)
    except OSError as exc:
        return CheckResult(Status.UNREADABLE, f"{path} cannot be read: {_reason(exc)}.")
    result = _inspect(path, timeout, thorough)
    if result.status is Status.CORRUPT and immutable and _changed_since(path, before):
        # A writer opened the file while we read it as immutable: look again properly.
        result = _inspect(path, timeout, thorough)
    return result


def _inspect(path: Path, timeout: float, thorough: bool = True) -> CheckResult:
    try:
        connection = connect_readonly(path, timeout)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if thorough:
                problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
            else:
                # Reading the schema touches the first pages; a truncated or overwritten
                # start of file fails here. Deeper damage waits for the thorough check.
                connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                problems = ["ok"]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return _from_sqlite_error(path, exc)
    except OSError as exc:
        return CheckResult(Status.UNREADABLE, f"{path} cannot be read: {_reason(exc)}.")
    except ValueError as exc:  # text or numbers a healthy file never holds
        return CheckResult(Status.CORRUPT, f"{path} is damaged ({exc}).")
    if problems != ["ok"]:
        detail = " ".join(" ".join(problems).split())
        return CheckResult(Status.CORRUPT, f"{path} is damaged ({detail}).", version)
    if version > SCHEMA_VERSION:
        return CheckResult(
            Status.TOO_NEW,
            f"{path} was saved by a newer NetDesk (schema {version}; this one knows "
            f"{SCHEMA_VERSION}). Update NetDesk to open it.",
            version,
        )
    return CheckResult(Status.OK, f"{path} is in good health.", version)


def _changed_since(path: Path, before: tuple[int, int]) -> bool:
    try:
        return file_stamp(path) != before or wal_path(path).exists()
    except OSError:
        return True


def _from_sqlite_error(path: Path, exc: sqlite3.Error) -> CheckResult:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == _SQLITE_NOTADB:
        return CheckResult(Status.NOT_A_DATABASE, f"{path} is not a NetDesk database.")
    if code == _SQLITE_CORRUPT:
        return CheckResult(Status.CORRUPT, f"{path} is damaged (database disk image is malformed).")
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return CheckResult(
            Status.LOCKED,
            f"{path} is locked by another program; close it and try again.",
        )
    return CheckResult(Status.UNREADABLE, f"{path} cannot be read: {exc}.")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _is_wal_format(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError:
        return False
    return len(header) > 18 and header.startswith(SQLITE_MAGIC) and header[18] == _WAL_FORMAT
