"""Large writes on a worker thread: progress, Cancel, all or nothing, one undo step.

Tagging, deleting or snoozing thousands of contacts, merging many duplicates, applying
a large import, and undoing or redoing any of these take longer than a frame. They run
through one ``BulkRunner``: a write over fewer than ``threshold`` items runs at once on
the GUI thread (it finishes within a frame), a larger one as a ``Task`` on a pool
thread, inside one transaction of that thread's connection. The window shows a
``BulkJob`` as a progress dialog with Cancel (``runner.started``); the work calls
``check(done)`` between pieces, which reports progress and, once Cancel was pressed,
raises ``JobCancelledError``: the transaction rolls back and nothing was written.

Readers on the GUI thread keep reading the last committed state meanwhile (WAL); the
change is announced once, after the commit. ``JobCommand`` makes the job one undo step
whose undo and redo are jobs too; a cancelled undo (or redo) puts the undo stack back
where it was, since the data did not move either.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from netdesk.db.connection import database
from netdesk.services.background import Task

# Reports how many items are done; raises JobCancelledError once the job is cancelled.
Check = Callable[[int], None]
# The write itself: runs inside one transaction, calls ``check`` between pieces.
Work = Callable[[Check], None]
# Called on the GUI thread with True once the write is committed, False if it was not.
Done = Callable[[bool], object]
# The transaction a job's work runs in.
Transaction = Callable[[], AbstractContextManager[object]]

# Items (contacts, merges, import rows) from which a write goes to a worker. Below it
# the write is a few small statements: a worker, and a dialog, would cost more.
BACKGROUND_FROM = 100
# How many items a job writes between two looks at Cancel (and two progress reports).
PIECE = 250


class JobCancelledError(Exception):
    """Cancel was pressed: the job's transaction rolls back."""


class BulkJob(QObject):
    """One write running on a worker.

    Signals:
        progress: items done so far (of ``total``), on the GUI thread.
        finished: True once committed; False when cancelled or failed (nothing written).
    """

    progress = Signal(int)
    finished = Signal(bool)
    _moved = Signal(int)  # emitted on the worker, delivered to ``_on_moved`` here

    def __init__(self, text: str, total: int, parent: QObject) -> None:
        super().__init__(parent)
        self.text = text
        self.total = total
        self.done = 0
        self.committed = False
        self.ended = False  # finished was emitted: late progress reports are dropped
        self.error: Exception | None = None
        self.task: Task[None] | None = None
        self._moved.connect(self._on_moved)

    def cancel(self) -> None:
        """Ask the worker to stop and roll back (it stops at its next ``check``)."""
        if self.task is not None:
            self.task.cancel()

    @property
    def cancelled(self) -> bool:
        return self.task is not None and self.task.cancelled

    @Slot(int)
    def _on_moved(self, done: int) -> None:
        if self.ended:
            return
        self.done = done
        self.progress.emit(done)


@dataclass
class _Request:
    text: str
    total: int
    work: Work
    done: Done
    transaction: Transaction
    failed: Callable[[Exception], object] | None


class BulkRunner(QObject):
    """Runs bulk writes: small ones at once, large ones as a ``BulkJob`` on a worker.

    One at a time, in order: a write asked for while a job runs (an undo pressed twice,
    a timer's write) waits for it, so no two writers take turns on half-done data.

    Signals:
        started: a ``BulkJob`` has started on a worker (the window shows its progress).
        idle: the last job has ended and none waits.
    """

    started = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, threshold: int = BACKGROUND_FROM) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self.current: BulkJob | None = None
        self._waiting: deque[_Request] = deque()

    def busy(self) -> bool:
        """A job is running on a worker (or waiting for one)."""
        return self.current is not None or bool(self._waiting)

    def run(
        self,
        text: str,
        total: int,
        work: Work,
        done: Done,
        *,
        transaction: Transaction = database.atomic,
        failed: Callable[[Exception], object] | None = None,
    ) -> BulkJob | None:
        """Write ``total`` items with ``work`` in one ``transaction``, then call ``done``.

        Under ``threshold`` items, all of it happens before this returns (and None is
        returned); otherwise it returns the job at once and ``done`` comes later. An
        error of the work (nothing written) goes to ``failed`` instead of ``done`` if
        given, else it is raised (on the GUI thread, after ``done(False)``). While a job
        runs, the write waits for it (None is returned).
        """
        request = _Request(text, total, work, done, transaction, failed)
        if self.current is not None:
            self._waiting.append(request)
            return None
        if total < self.threshold:
            self._run_here(request)
            return None
        return self._start(request)

    def _run_here(self, request: _Request) -> None:
        try:
            with request.transaction():
                request.work(_no_check)
        except Exception as error:
            if request.failed is None:
                raise
            request.failed(error)
            return
        request.done(True)

    def _start(self, request: _Request) -> BulkJob:
        job = BulkJob(request.text, request.total, self)
        total, work, transaction = request.total, request.work, request.transaction

        def op(cancel: threading.Event) -> None:
            def check(count: int) -> None:
                if cancel.is_set():
                    raise JobCancelledError
                with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                    job._moved.emit(count)

            try:
                with transaction():
                    work(check)
                    check(total)  # a Cancel during the last piece still rolls back
            except JobCancelledError:
                return
            job.committed = True

        def keep_error(error: Exception) -> None:
            job.error = error

        self.current = job
        job.task = Task(
            op, parent=self, failure=keep_error, finished=lambda: self._end(job, request)
        )
        self.started.emit(job)
        job.task.run_in_background()
        return job

    def _end(self, job: BulkJob, request: _Request) -> None:
        self.current = None
        error = None if job.cancelled else job.error
        job.ended = True
        job.finished.emit(job.committed)
        job.deleteLater()
        try:
            if error is not None and request.failed is not None:
                request.failed(error)
            else:
                request.done(job.committed)
                if error is not None:
                    raise error
        finally:
            self._next()

    def _next(self) -> None:
        """Start what waited for the job that ended, in order."""
        while self.current is None and self._waiting:
            request = self._waiting.popleft()
            if request.total < self.threshold:
                self._run_here(request)
            else:
                self._start(request)
        if not self.busy():
            self.idle.emit()


def _no_check(_count: int) -> None:
    pass


def in_pieces(ids: list[int], check: Check, write: Callable[[list[int]], object]) -> None:
    """``write`` the ids a piece at a time, reporting and looking at Cancel in between."""
    for start in range(0, len(ids), PIECE):
        write(ids[start : start + PIECE])
        check(min(start + PIECE, len(ids)))


class JobCommand(QUndoCommand):
    """One undo step whose redo and undo run through the runner.

    The first ``redo`` is the job that already ran (it is pushed once that committed).
    ``after_redo``/``after_undo`` announce the change on the GUI thread after the commit.
    """

    def __init__(
        self,
        text: str,
        runner: BulkRunner,
        stack: QUndoStack,
        total: int,
        redo: tuple[Work, Callable[[], None]],
        undo: tuple[Work, Callable[[], None]],
    ) -> None:
        super().__init__(text)
        self._runner, self._stack, self._total = runner, stack, total
        self._redo, self._undo = redo, undo
        # The next redo or undo only moves the stack: the data is already there.
        self._skip = True

    def redo(self) -> None:
        self._run(self._redo, back=self._stack.undo)

    def undo(self) -> None:
        self._run(self._undo, back=self._stack.redo)

    def _run(self, step: tuple[Work, Callable[[], None]], back: Callable[[], None]) -> None:
        if self._skip:
            self._skip = False
            return
        work, announce = step

        def done(committed: bool) -> None:
            if committed:
                announce()
            else:
                # Nothing changed: the stack steps back without running the work again.
                self._skip = True
                back()

        self._runner.run(self.text(), self._total, work, done)
