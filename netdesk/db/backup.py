"""Snapshots of the database: daily, before risky changes, on request; and restoring one.

Every snapshot goes through SQLite's online backup API from a read-only connection, so
it is consistent even while the app writes in WAL mode, and it is written to a hidden
temporary file in the destination folder, switched to a rollback journal (one
self-contained file), checked, synced and only then renamed into place. A crash at any
moment therefore leaves either the previous file or the complete new one.

Automatic snapshots live in ``<data_dir>/backups/`` and are named
``<kind>-YYYYMMDD-HHMMSS[-N].sqlite3`` (kind ``daily``, ``manual`` or ``pre-<reason>``).
Rotation only ever deletes files that match the daily or pre-change pattern.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from netdesk.db.connection import DB_FILENAME
from netdesk.db.health import (
    Status,
    check_database,
    connect_readonly,
    shm_path,
    wal_path,
)
from netdesk.db.migrations import SCHEMA_VERSION
from netdesk.db.preflight import CORE_TABLES, check_netdesk_database
from netdesk.io.atomic import PRIVATE_DIR, copy_into_stream, is_stream, private_temp, resolve_target
from netdesk.io.atomic import discard as _discard
from netdesk.io.atomic import fsync_dir as _fsync_dir
from netdesk.io.atomic import fsync_path as _fsync
from netdesk.paths import BACKUP_DIRNAME as BACKUP_DIRNAME

BACKUP_SUFFIX = ".sqlite3"
DAILY_KEEP = 14
PRE_CHANGE_KEEP = 10

_NAME = re.compile(
    r"^(?P<kind>daily|manual|pre-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*))"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?\.sqlite3$"
)
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6


class BackupError(Exception):
    """A backup or restore could not be done; ``str()`` is one line for the user."""


class BackupKind(enum.Enum):
    DAILY = "daily"
    PRE_CHANGE = "pre-change"
    MANUAL = "manual"


@dataclass(frozen=True)
class BackupInfo:
    """One snapshot in the backups folder.

    Attributes:
        path: The snapshot file.
        kind: Daily, pre-change or manual (any other ``.sqlite3`` file there counts as manual).
        created: Local time from the file name, or the modification time for other names.
        size: Bytes on disk.
        schema_version: ``PRAGMA user_version``, or ``None`` when the file cannot be read.
        contact_count: Live (not deleted) contacts, or ``None`` when unreadable.
        reason: For pre-change snapshots, what was about to happen (``"import"``...).
    """

    path: Path
    kind: BackupKind
    created: dt.datetime
    size: int
    schema_version: int | None
    contact_count: int | None
    reason: str | None = None


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def snapshot(source_db_path: Path, dest: Path) -> Path:
    """Copy the database at ``source_db_path`` to the single file ``dest``, atomically.

    Safe while another connection (the running app) reads or writes the source.

    Raises:
        BackupError: The source is missing or unreadable, or the copy could not be written.
    """
    source, dest = Path(source_db_path), Path(dest)
    if not source.is_file():
        raise BackupError(f"There is no database at {source} to back up.")
    found = check_netdesk_database(source)
    if found.status not in (Status.OK, Status.TOO_NEW):
        # An empty or foreign file copies "fine" into an empty backup that then
        # pushes the good ones out of the rotation.
        raise BackupError(f"Nothing was backed up: {found.message}")
    if dest.exists() and dest.resolve() == source.resolve():
        raise BackupError("A backup cannot overwrite the database it copies.")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    except OSError as exc:
        raise BackupError(f"Could not create the folder {dest.parent}: {_reason(exc)}.") from exc
    temp = _copy_to_temp(source, dest.parent)
    try:
        os.replace(temp, dest)
    except OSError as exc:
        raise BackupError(f"Could not write the backup {dest}: {_reason(exc)}.") from exc
    finally:
        _discard(temp)
    _fsync_dir(dest.parent)
    return dest


def backup_to(data_dir: Path, dest: Path) -> Path:
    """Snapshot the live database to a file the user chose, or stream it into a FIFO or
    device such as ``/dev/stdout``; returns the path written.

    Raises:
        BackupError: ``dest`` is one of NetDesk's own files (the database, its side
            files, a backup), a folder, or the copy could not be written.
    """
    from netdesk.paths import refuse_data_files, secure_data_dir

    data_dir, dest = Path(data_dir), Path(dest)
    source = data_dir / DB_FILENAME
    try:
        secure_data_dir(data_dir)
        refuse_data_files(dest, data_dir)
        if not is_stream(dest):
            snapshot(source, resolve_target(dest))
            return dest
    except OSError as exc:
        raise BackupError(f"Cannot write the backup to {dest}: {exc.strerror or exc}.") from exc
    if not source.is_file():
        raise BackupError(f"There is no database at {source} to back up.")
    folder = backups_dir(data_dir)
    folder.mkdir(exist_ok=True, mode=PRIVATE_DIR)
    # The consistent copy is made beside the database first; a stream cannot be renamed.
    temp = _copy_to_temp(source, folder)
    try:
        copy_into_stream(temp, dest)
    except OSError as exc:
        raise BackupError(f"Cannot write the backup to {dest}: {_reason(exc)}.") from exc
    finally:
        _discard(temp)
    return dest


def daily_backup(data_dir: Path, today: dt.date | None = None) -> Path | None:
    """Take today's daily snapshot unless one exists; ``None`` when skipped or no database."""
    source = Path(data_dir) / DB_FILENAME
    if not source.is_file():
        return None
    now = dt.datetime.now()
    day = today or now.date()
    prefix = f"daily-{day:%Y%m%d}-"
    folder = backups_dir(data_dir)
    if folder.is_dir() and any(
        name.startswith(prefix) and _NAME.match(name) for name in os.listdir(folder)
    ):
        return None
    if _peek(source)[1] == 0 and _last_good(folder) is not None:
        return None  # an emptied network is no reason to take a daily "backup"
    created = snapshot(source, _free_name(folder, "daily", dt.datetime.combine(day, now.time())))
    _rotate(folder, "daily", DAILY_KEEP)
    return created


def pre_change_backup(data_dir: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Snapshot the database before a migration, import, merge or restore.

    Args:
        data_dir: The data directory holding the live database.
        reason: A short word for the file name, such as ``"import"``.
        now: The time for the file name; the current local time by default.

    Raises:
        BackupError: There is no database, or the snapshot failed.
    """
    return _pre_change(data_dir, reason, now or dt.datetime.now())


def _pre_change(data_dir: Path, reason: str, now: dt.datetime, spare: Path | None = None) -> Path:
    slug = "-".join(re.findall(r"[a-z0-9]+", reason.lower()))[:40].strip("-") or "change"
    folder = backups_dir(data_dir)
    created = snapshot(Path(data_dir) / DB_FILENAME, _free_name(folder, f"pre-{slug}", now))
    _rotate(folder, "pre-", PRE_CHANGE_KEEP, spare)
    return created


def manual_backup(data_dir: Path, now: dt.datetime | None = None) -> Path:
    """Snapshot the database into the backups folder; never rotated away."""
    from netdesk.paths import secure_data_dir

    try:
        secure_data_dir(data_dir)
    except OSError as exc:
        raise BackupError(f"Cannot use the folder {data_dir}: {_reason(exc)}.") from exc
    dest = _free_name(backups_dir(data_dir), "manual", now or dt.datetime.now())
    return snapshot(Path(data_dir) / DB_FILENAME, dest)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every ``.sqlite3`` file in the backups folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[tuple[tuple[dt.datetime, int, str], BackupInfo]] = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        if path.name.startswith(".") or not path.is_file():
            continue
        kind, created, seq, reason = _parse_name(path)
        version, contacts = _peek(path)
        info = BackupInfo(path, kind, created, path.stat().st_size, version, contacts, reason)
        found.append(((created, seq, path.name), info))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _, info in found]


def latest_good_backup(data_dir: Path) -> Path | None:
    """The newest snapshot that passes :func:`check_database` and holds NetDesk's tables.

    One with contacts in it wins over newer empty ones: after the database was lost, the
    newest backups may well be of an empty network.
    """
    usable = [
        info
        for info in list_backups(data_dir)
        if info.contact_count is not None and check_database(info.path).status is Status.OK
    ]
    best = [info for info in usable if info.contact_count] or usable
    return best[0].path if best else None


def backup_before_migration(data_dir: Path) -> Path | None:
    """Snapshot the live database if opening it will upgrade its schema.

    Call before ``open_database``. Nothing is done for a missing, empty, unreadable or
    current database: the start-up health check deals with the unreadable ones.
    """
    source = Path(data_dir) / DB_FILENAME
    if not source.is_file():
        return None
    # The version only: counting the contacts too cost 7 ms of every start at 100,000.
    version, _ = _peek(source, count=False)
    if version is None or not 0 < version < SCHEMA_VERSION:
        return None
    return pre_change_backup(data_dir, "migration")


def _copy_to_temp(source: Path, folder: Path) -> Path:
    """Back ``source`` up into a verified, synced, self-contained temp file in ``folder``."""
    try:
        temp = private_temp(folder)
    except OSError as exc:
        raise BackupError(f"Could not write in {folder}: {_reason(exc)}.") from exc
    try:
        with (
            contextlib.closing(connect_readonly(source, timeout=5.0)) as src,
            contextlib.closing(sqlite3.connect(temp)) as dst,
        ):
            # One step: the whole copy comes from a single read transaction.
            src.backup(dst, pages=-1)
            # One self-contained file: the copy must not need a -wal to be read.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        _fsync(temp)
        result = check_database(temp)
        if result.status is not Status.OK:
            raise BackupError(f"The copy of {source} failed its check: {result.message}")
    except sqlite3.Error as exc:
        _discard(temp)
        raise BackupError(f"Could not copy {source}: {exc}.") from exc
    except OSError as exc:
        _discard(temp)
        raise BackupError(f"Could not write in {folder}: {_reason(exc)}.") from exc
    except BaseException:
        _discard(temp)
        raise
    return temp


def _peek(path: Path, *, count: bool = True) -> tuple[int | None, int | None]:
    """Schema version and live contact count; the count is ``None`` without NetDesk tables
    (or when not asked for)."""
    try:
        with contextlib.closing(connect_readonly(path, timeout=0.2)) as connection:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if not count:
                return version, None
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables >= CORE_TABLES:
                return version, None
            row = connection.execute(
                "SELECT count(*) FROM contact WHERE deleted_at IS NULL"
            ).fetchone()
            return version, int(row[0])
    except (sqlite3.Error, OSError):
        return None, None


def _parse_name(path: Path) -> tuple[BackupKind, dt.datetime, int, str | None]:
    match = _NAME.match(path.name)
    if match is None:
        return BackupKind.MANUAL, dt.datetime.fromtimestamp(path.stat().st_mtime), 0, None
    created = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT)
    seq = int(match["seq"] or 1)
    if match["reason"]:
        return BackupKind.PRE_CHANGE, created, seq, match["reason"]
    return BackupKind(match["kind"]), created, seq, None


def _free_name(folder: Path, kind: str, when: dt.datetime) -> Path:
    base = f"{kind}-{when.strftime(_STAMP_FORMAT)}"
    candidate = folder / f"{base}{BACKUP_SUFFIX}"
    seq = 2
    while candidate.exists():
        candidate = folder / f"{base}-{seq}{BACKUP_SUFFIX}"
        seq += 1
    return candidate


def _rotate(folder: Path, kind_prefix: str, keep: int, spare: Path | None = None) -> None:
    """Delete all but the newest ``keep`` snapshots whose kind starts with ``kind_prefix``.

    ``spare`` (the backup being restored) is never deleted, even when it is old.
    """
    ours = sorted(
        (_parse_name(path)[1:3], path)
        for path in folder.glob(f"{kind_prefix}*{BACKUP_SUFFIX}")
        if _NAME.match(path.name)
    )
    doomed = [path for _, path in ours[: max(len(ours) - keep, 0)]]
    if not doomed:
        return
    # The newest backup with contacts in it stays, however old: rotating it out for
    # backups of an empty database would lose the network.
    spared = {p.resolve() for p in (spare, _last_good(folder)) if p is not None}
    for path in doomed:
        if path.resolve() in spared:
            continue
        for side in (path, wal_path(path), shm_path(path)):
            with contextlib.suppress(OSError):
                side.unlink(missing_ok=True)


def _last_good(folder: Path) -> Path | None:
    """The newest backup in ``folder`` holding at least one contact."""
    if not folder.is_dir():
        return None
    named = [
        (_parse_name(path)[1:3], path)
        for path in folder.glob(f"*{BACKUP_SUFFIX}")
        if not path.name.startswith(".") and path.is_file()
    ]
    for _, path in sorted(named, reverse=True):
        if _peek(path)[1]:
            return path
    return None


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
