"""Every file NetDesk writes: whole or not at all, private to the user, never through a link.

A file is written to a temporary file made with ``mkstemp`` in the target's folder (an
unpredictable name opened with ``O_EXCL``: a planted link or file there is never
followed), synced, and renamed over the target, so a full disk or a crash leaves the
previous file, never half of the new one. Files are created 0600: exports and PDFs hold
the user's network, and a replaced file becomes 0600 too.

A FIFO, a character device or an open descriptor (``/dev/stdout``, ``/dev/fd/N``) is not
a name to replace: the data is written into it as a stream.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

PRIVATE_DIR = 0o700
TEMP_PREFIX = ".netdesk-"
TEMP_SUFFIX = ".tmp"

# Names that stand for a descriptor this process already has open.
_DESCRIPTOR_NAMES = ("/dev/stdout", "/dev/stderr")


def write_text(target: Path, text: str) -> None:
    """:func:`write_bytes` of ``text`` in UTF-8 (line ends are kept as they are)."""
    write_bytes(target, text.encode("utf-8"))


def write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target``: atomically for a file, as a stream into a FIFO or device.

    A link to a file is followed to that file (a link owned by another user is refused),
    and the file is replaced there, so the link stays a link.

    Raises:
        OSError: nothing was written; a previous file is left as it was. ``strerror`` is
            one line for the user (``IsADirectoryError`` for a folder).
    """
    target = Path(target)
    if is_stream(target):
        _write_stream(target, data)
        return
    real = resolve_target(target)
    temp = private_temp(real.parent)
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, real)
    except BaseException:
        discard(temp)
        raise
    fsync_dir(real.parent)


def copy_into_stream(source: Path, target: Path) -> None:
    """Copy the file ``source`` into the FIFO or device ``target`` (see :func:`is_stream`)."""
    with open(source, "rb") as data, _open_stream(target) as handle:
        shutil.copyfileobj(data, handle)


def is_stream(target: Path) -> bool:
    """Whether ``target`` is written into rather than replaced: a FIFO, a character
    device, or a name for an open descriptor such as ``/dev/stdout``."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return True
    name = os.path.abspath(target)
    descriptor_dirs = ("/dev/fd/", "/proc/self/fd/", f"/proc/{os.getpid()}/fd/")
    return name in _DESCRIPTOR_NAMES or name.startswith(descriptor_dirs)


def resolve_target(target: Path) -> Path:
    """The real path a file write to ``target`` should replace.

    Raises:
        IsADirectoryError: ``target`` is a folder.
        PermissionError: ``target`` is a link owned by another user (a link planted in a
            shared folder must not redirect the user's file), or a block device or socket.
    """
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return Path(os.path.realpath(target))
    if stat.S_ISLNK(info.st_mode) and info.st_uid not in (_euid(), 0):
        raise PermissionError(errno.EPERM, "it is a link owned by another user", str(target))
    real = Path(os.path.realpath(target))
    with contextlib.suppress(FileNotFoundError):
        mode = os.stat(real).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder", str(target))
        if not stat.S_ISREG(mode):
            raise PermissionError(errno.EPERM, "it is not a regular file", str(target))
    return real


def private_temp(folder: Path) -> Path:
    """A new, empty 0600 file in ``folder`` with an unpredictable name (``O_EXCL``)."""
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(handle)
    return Path(name)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and missing parents) and make it 0700 if it is wider.

    Parents that already exist are left alone: they are not NetDesk's.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(folder)


def make_private(path: Path) -> None:
    """Take the group's and others' permissions off ``path`` (POSIX; links are skipped).

    Failing is not an error: a folder the user does not own stays as it is.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or not info.st_mode & 0o077:
            return
        os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; Windows cannot open a directory to sync it."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _write_stream(target: Path, data: bytes) -> None:
    with _open_stream(target) as handle:
        handle.write(data)


def _open_stream(target: Path) -> BinaryIO:
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0)
    if stat.S_ISREG(os.stat(target).st_mode):
        # /dev/stdout redirected to a file: add to it as the shell's `>>` or `>` left it.
        flags |= os.O_APPEND
    return open(os.open(target, flags), "wb")


def _euid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else -1
