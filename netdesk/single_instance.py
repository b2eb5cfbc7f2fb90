"""One NetDesk per data directory: a lock file, and a local socket to wake the first one.

Two processes writing one SQLite file would each keep their own view and caches of the
network; the second start therefore asks the running instance to come to the front and
quits. The lock is a ``QLockFile`` (the PID inside lets a lock left by a crash be taken
over); the wake-up goes through a ``QLocalServer`` whose name is derived from the data
directory, so instances with different data directories never meet.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from netdesk.io.atomic import make_private
from netdesk.paths import LOCK_FILENAME as LOCK_FILENAME
from netdesk.paths import secure_data_dir

ACTIVATE = b"activate\n"
# ``open`` + a JSON list of absolute paths: files given to a second start (a double-click on
# a contact file, "Open With", a drop on the launcher) go to the window already running.
OPEN = b"open "
ACK = b"ok\n"
# A line longer than this is not ours; it is dropped rather than buffered without end.
MAX_MESSAGE = 1 << 20
# Qt writes a lock file's owner right after creating it; older and still unreadable is junk.
_UNPARSEABLE_GRACE_SECONDS = 2.0

_log = logging.getLogger(__name__)


def server_name(data_dir: Path) -> str:
    """The local server name for ``data_dir``: short, because Unix socket paths are limited."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()
    return f"netdesk-{digest[:16]}"


def _ownerless(lock: QLockFile) -> bool:
    """A lock file that names no process (empty or garbage) and is not being written now.

    Qt takes over a lock whose process is gone, but one it cannot parse it treats as held
    forever. ``removeStaleLockFile`` still refuses while a live NetDesk holds the file's
    native lock; the age keeps clear of a lock another start is writing this instant.
    """
    pid = lock.getLockInfo()[0]
    try:
        age = time.time() - os.stat(lock.fileName()).st_mtime
    except OSError:
        return False
    return pid <= 0 and age > _UNPARSEABLE_GRACE_SECONDS


class SingleInstance(QObject):
    """Holds the data directory's lock and answers later instances.

    Signals:
        activation_requested: Another start on the same data directory asked this one
            to show its window.
        files_received: Another start was given these files (absolute paths) to import;
            emitted after ``activation_requested``.
    """

    activation_requested = Signal()
    files_received = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._data_dir: Path | None = None

    @property
    def server(self) -> QLocalServer | None:
        """The listening server while the lock is held (``None`` if listening failed)."""
        return self._server

    def acquire(self, data_dir: Path) -> bool:
        """Take the lock for ``data_dir``; ``False`` when a live process holds it.

        A lock whose owner has died (same host, PID gone) is taken over.

        Raises:
            OSError: The lock file cannot be created at all (a read-only or foreign
                folder), which is not the same as another instance running.
        """
        data_dir = Path(data_dir)
        if self._lock is not None:
            if self._data_dir == data_dir.resolve():
                return True
            raise RuntimeError("This SingleInstance already holds another data directory.")
        secure_data_dir(data_dir)
        lock = QLockFile(str(data_dir / LOCK_FILENAME))
        # Only a dead owner makes a lock stale: NetDesk holds it for days.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                raise OSError(f"Cannot create the lock file {lock.fileName()}.")
            if not (_ownerless(lock) and lock.removeStaleLockFile() and lock.tryLock(0)):
                return False
        self._lock = lock
        # QLockFile makes the file with the umask's mode; the data folder is private.
        make_private(Path(lock.fileName()))
        self._data_dir = data_dir.resolve()
        self._listen(server_name(data_dir))
        return True

    def release(self) -> None:
        """Stop answering and give the lock up; safe to call when nothing is held."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._data_dir = None

    def notify_running(
        self, data_dir: Path, timeout_ms: int = 1000, files: Sequence[str] = ()
    ) -> bool:
        """Ask the instance holding ``data_dir`` to activate (and import ``files``);
        ``True`` once it acknowledged.

        Runs a local event loop rather than blocking, so it also works when the running
        instance lives in this very thread (as in tests).
        """
        socket = QLocalSocket()
        loop = QEventLoop()
        reply = bytearray()
        done = False

        def finish() -> None:
            nonlocal done
            done = True
            loop.quit()

        def on_ready_read() -> None:
            reply.extend(socket.readAll().data())
            if reply.endswith(b"\n"):
                finish()

        message = ACTIVATE
        if files:
            paths = [str(Path(f).absolute()) for f in files]
            message = OPEN + json.dumps(paths).encode("utf-8") + b"\n"
        socket.connected.connect(lambda: socket.write(message))
        socket.readyRead.connect(on_ready_read)
        socket.errorOccurred.connect(lambda _error: finish())
        socket.disconnected.connect(finish)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(finish)
        timer.start(timeout_ms)
        socket.connectToServer(server_name(data_dir))
        if not done:
            loop.exec()
        timer.stop()
        if socket.isOpen():  # the answer may have come together with the disconnect
            reply.extend(socket.readAll().data())
        socket.abort()
        return bytes(reply) == ACK

    def _listen(self, name: str) -> None:
        # Holding the lock proves no live instance owns the name, but a crashed one may
        # have left its socket file behind for listen() to trip over.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if server.listen(name):
            self._server = server
        else:
            _log.warning("Cannot listen on %s: %s", name, server.errorString())
            server.deleteLater()

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            # Data already waiting still raises readyRead once we return to the loop.
            socket.readyRead.connect(lambda socket=socket: self._on_ready_read(socket))

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_MESSAGE).data())
        files = _files_in(line)
        if line == ACTIVATE or files is not None:
            socket.write(ACK)
            socket.flush()
            self.activation_requested.emit()
            if files:
                self.files_received.emit(files)
        socket.disconnectFromServer()


def _files_in(line: bytes) -> list[str] | None:
    """The paths of an ``open`` message, or ``None`` when ``line`` is not one."""
    if not line.startswith(OPEN):
        return None
    try:
        paths = json.loads(line[len(OPEN) :].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        return None
    return [p for p in paths if Path(p).is_absolute()]
