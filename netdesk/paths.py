"""Where NetDesk keeps its data."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from netdesk import APP_NAME, ORG_NAME

ENV_DATA_DIR = "NETDESK_DATA_DIR"
# What NetDesk keeps in the data folder besides the database (``db.connection``); named
# here so that guarding and securing the folder imports neither Qt nor the sync code.
BACKUP_DIRNAME = "backups"
LOCK_FILENAME = "netdesk.lock"
SETTINGS_FILENAME = "settings.ini"
ACCOUNTS_FILE = "sync-accounts.json"


def default_data_dir() -> Path:
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, ORG_NAME))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` first, then ``$NETDESK_DATA_DIR``, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


class ProtectedPathError(PermissionError):
    """An output path that is one of NetDesk's own files; ``strerror`` says which."""


def data_files(data_dir: Path) -> list[Path]:
    """The files NetDesk keeps directly in ``data_dir`` (the backups folder aside)."""
    from netdesk.db.connection import DB_FILENAME

    database = Path(data_dir) / DB_FILENAME
    sides = [database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal")]
    others = [data_dir / name for name in (LOCK_FILENAME, SETTINGS_FILENAME, ACCOUNTS_FILE)]
    return [database, *sides, *others]


def backups_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIRNAME


def refuse_data_files(target: Path, data_dir: Path) -> None:
    """Refuse an output path that is the database, its ``-wal``/``-shm``/``-journal``,
    the lock, the settings, or anything in the backups folder.

    Links and hard links count: an existing file is compared by device and inode, a new
    name by its real folder and its name (ignoring case, for case-insensitive disks).

    Raises:
        ProtectedPathError: ``target`` is one of them.
    """
    target = Path(target)
    for own in data_files(data_dir):
        if _same_file(target, own):
            _refuse(target, f"it is NetDesk's own {own.name}; choose another file")
    backups = backups_folder(data_dir)
    if not backups.is_dir():
        return
    real_parent = Path(os.path.realpath(target)).parent
    if any(_same_dir(folder, backups) for folder in (real_parent, *real_parent.parents)):
        _refuse(target, "it is in NetDesk's backups folder; choose another folder")
    if target.exists() and any(_same_file(target, kept) for kept in backups.iterdir()):
        _refuse(target, "it is one of NetDesk's backups; choose another file")


def write_output(target: Path, data: bytes, data_dir: Path) -> None:
    """Write an export, PDF or backup the user asked for: never over NetDesk's own files,
    whole or not at all (see :mod:`netdesk.io.atomic`).

    Raises:
        OSError: nothing was written; ``strerror`` is one line for the user.
    """
    from netdesk.io.atomic import write_bytes

    refuse_data_files(target, data_dir)
    write_bytes(target, data)


def secure_data_dir(data_dir: Path) -> None:
    """Create ``data_dir`` if needed and make it and NetDesk's files in it private
    (folder 0700, files 0600 on POSIX), fixing folders made world-readable before.

    SQLite gives a new ``-wal`` and ``-shm`` the mode of the database file, and Qt keeps
    the mode of an existing settings file, so private stays private once set.
    """
    from netdesk.io.atomic import make_private, make_private_dir

    make_private_dir(Path(data_dir))
    for own in data_files(data_dir):
        make_private(own)
    backups = backups_folder(data_dir)
    if backups.is_dir():
        make_private(backups)
        for kept in backups.iterdir():
            make_private(kept)


def _same_file(target: Path, own: Path) -> bool:
    try:
        return os.path.samefile(target, own)
    except OSError:
        pass  # one of them does not exist (yet): compare where a new file would go
    real = Path(os.path.realpath(target))
    return real.name.casefold() == own.name.casefold() and _same_dir(real.parent, own.parent)


def _same_dir(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _refuse(target: Path, why: str) -> None:
    raise ProtectedPathError(errno.EPERM, why, str(target))
