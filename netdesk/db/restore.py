"""Restoring a backup over the live database, so that a crash leaves the old or the new one.

The app's own connection must be closed first; the caller reopens afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

# backup.py's private helpers are shared on purpose: one way to copy snapshots.
from netdesk.db.backup import (
    _SQLITE_BUSY,
    _SQLITE_LOCKED,
    BackupError,
    _copy_to_temp,
    _free_name,
    _peek,
    _pre_change,
    _reason,
    backups_dir,
)
from netdesk.db.connection import DB_FILENAME
from netdesk.db.health import Status, check_database, shm_path, wal_path
from netdesk.io.atomic import discard, fsync_dir, fsync_path, make_private_dir, private_temp


def restore(data_dir: Path, backup_file: Path) -> Path:
    """Replace the live database with ``backup_file``; return the live database path.

    The app's own connection must be closed first (``close_database()``) and reopened
    afterwards with ``open_database``, which also upgrades an older backup. The current
    database is first kept as a ``pre-restore`` snapshot.

    Raises:
        BackupError: The backup is unusable, the database is still open, or a file
            operation failed; in every case the live database is left as it was.
    """
    data_dir, backup_file = Path(data_dir), Path(backup_file)
    live = data_dir / DB_FILENAME
    if backup_file.exists() and live.exists() and backup_file.resolve() == live.resolve():
        raise BackupError("That is the current database; choose a backup file instead.")
    _require_restorable(backup_file)
    data_dir.mkdir(parents=True, exist_ok=True)
    temp = _copy_to_temp(backup_file, data_dir)
    try:
        if live.exists():
            _keep_current(data_dir, spare=backup_file)
        _settle(live)
        os.replace(temp, live)
    except OSError as exc:
        raise BackupError(
            f"Could not replace the database: {_reason(exc)}. Nothing was changed."
        ) from exc
    finally:
        discard(temp)
    fsync_dir(data_dir)
    return live


def _require_restorable(backup_file: Path) -> None:
    result = check_database(backup_file)
    if result.status is Status.MISSING:
        raise BackupError(f"The backup {backup_file} does not exist.")
    if result.status is not Status.OK:
        raise BackupError(f"Cannot restore: {result.message}")
    if _peek(backup_file)[1] is None:
        raise BackupError(f"Cannot restore: {backup_file} is not a NetDesk database.")


def _keep_current(data_dir: Path, spare: Path) -> None:
    try:
        _pre_change(data_dir, "restore", dt.datetime.now(), spare)
    except BackupError as snapshot_error:
        # A damaged database cannot go through the backup API; keep its raw bytes instead.
        live = data_dir / DB_FILENAME
        dest = _free_name(backups_dir(data_dir), "pre-restore", dt.datetime.now())
        try:
            make_private_dir(dest.parent)
            for src, dst in ((live, dest), (wal_path(live), wal_path(dest))):
                if src.exists():
                    _raw_copy(src, dst)
        except OSError as exc:
            raise BackupError(
                f"Could not keep a copy of the current database ({snapshot_error}); "
                "nothing was restored."
            ) from exc


def _settle(live: Path) -> None:
    """Fold the live database's WAL into it and remove its side files before replacing it.

    A ``-wal`` left beside the new file would be replayed into it and corrupt it.
    """
    wal, shm = wal_path(live), shm_path(live)
    if live.exists() and (wal.exists() or shm.exists()):
        try:
            connection = sqlite3.connect(live, timeout=0.5, isolation_level=None)
            try:
                connection.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                connection.close()
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED):
                raise BackupError(
                    "The database is still open in NetDesk or another program; "
                    "close it before restoring."
                ) from exc
            # Otherwise it is damaged; _keep_current already kept its bytes and WAL.
    for side in (wal, shm):
        side.unlink(missing_ok=True)


def _raw_copy(src: Path, dst: Path) -> None:
    temp = private_temp(dst.parent)
    try:
        shutil.copyfile(src, temp)
        fsync_path(temp)
        os.replace(temp, dst)
    finally:
        discard(temp)
