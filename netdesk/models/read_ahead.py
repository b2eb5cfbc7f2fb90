"""Every id of a long name-query result, read on a worker once typing pauses.

The table shows the first rows of a result; Ctrl+End, a long selection or a look-up further
down needs the rest. Read ahead, they cost the GUI thread nothing when asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from netdesk.services.background import Latest, Task
from netdesk.services.queries import ContactQuery, RowIds

# The pause in typing after which the rest is read: on each keystroke the worker would read
# every id of a large network, taking the interpreter from the GUI thread meanwhile.
READ_AHEAD_AFTER_MS = 400

Rest = tuple[list[int], dict[int, int]]  # ids in order, and each one's row


class ReadAhead(QObject):
    """The rest of one query's result, once ``schedule``d; ``drop`` forgets it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._rest: Rest | None = None
        self._stamp = 0
        self._query = ContactQuery()
        self._latest = Latest()
        self._timer = QTimer(self, singleShot=True, interval=READ_AHEAD_AFTER_MS)
        self._timer.timeout.connect(self._read)

    def schedule(self, query: ContactQuery) -> None:
        """Read ``query``'s ids once nothing has dropped them for a moment."""
        self._query = query
        self._timer.start()

    def drop(self) -> None:
        """Forget what was read or is being read (a new query, a change to contacts)."""
        self._timer.stop()
        self._latest.cancel()
        self._rest = None
        self._stamp += 1

    def take(self) -> Rest | None:
        """What was read, once; None if nothing (yet)."""
        rest, self._rest = self._rest, None
        return rest

    @property
    def ready(self) -> bool:
        return self._rest is not None

    def _read(self) -> None:
        stamp, reader = self._stamp, RowIds(self._query)
        Task(
            lambda _cancel: reader.run(),
            parent=self,
            success=lambda rest: self._arrived(stamp, rest),
            latest=self._latest,
            interrupt=reader.cancel,
        ).run_in_background()

    def _arrived(self, stamp: int, rest: Rest | None) -> None:
        if rest is not None and stamp == self._stamp:
            self._rest = rest
