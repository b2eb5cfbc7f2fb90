"""A pre-change backup taken on a thread, ahead of the change it protects.

Copying and checking a 100,000-contact database takes about two seconds. An import
starts its backup when the file is chosen, so the copy is made while the file is read
and planned and while the user reads the preview; the import waits for it (if still
running) before committing, and refuses to commit if it failed. The copy is made
through its own read-only connection, so it holds the database as it was when the copy
began, whatever the app writes later.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from netdesk.db.connection import database

# What a backup is judged against: see ``write_generation``.
Generation = tuple[int, int]


def write_generation() -> Generation:
    """Where this thread's connection stands in the history of writes.

    ``PRAGMA data_version`` moves when another connection commits, ``total_changes``
    when this one writes; equal values at two moments mean nothing was written between.
    """
    (version,) = database.execute_sql("PRAGMA data_version").fetchone()
    return int(version), int(database.connection().total_changes)


class PendingSnapshot:
    """``take(reason)`` running on a thread; started as the database stood at ``generation``."""

    def __init__(self, take: Callable[[str], object], reason: str, generation: Generation) -> None:
        self.reason = reason
        self.generation = generation
        self._take = take
        self._lock = threading.Lock()
        self._result: object = None
        self._error: Exception | None = None
        self._discarded = False
        self._finished = False
        # A plain thread, not services.background: nothing goes to the GUI thread; the
        # change it protects joins it (``wait``) on whatever thread commits.
        self._thread = threading.Thread(target=self._run, name="netdesk-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._take(self.reason)
        except Exception as error:  # handed to whoever waits: a BackupError stops the change
            with self._lock:
                self._error = error
                self._finished = True
            return
        with self._lock:
            self._result = result
            self._finished = True
            discarded = self._discarded
        if discarded:
            _remove(result)

    def wait(self) -> Exception | None:
        """Block until the backup is done; return its error, if any."""
        self._thread.join()
        return self._error

    def running(self) -> bool:
        return self._thread.is_alive()

    def discard(self) -> None:
        """The change will not happen: remove the backup once it is written."""
        with self._lock:
            self._discarded = True
            finished, result = self._finished, self._result
        if finished:
            _remove(result)  # else the thread removes it when it is done


def _remove(result: object) -> None:
    if isinstance(result, Path):
        with contextlib.suppress(OSError):
            result.unlink(missing_ok=True)
