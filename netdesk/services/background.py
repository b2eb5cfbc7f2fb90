"""One way to run work off the GUI thread (the shape of Anki's ``QueryOp``).

``Task(op, parent=..., success=...).run_in_background()`` runs ``op(cancel)`` on a pool
thread and calls ``success(result)`` (or ``failure(error)``) on the thread of ``parent``,
the GUI thread. The caller never touches threads:

- the worker's peewee connection (peewee opens one per thread) is closed when ``op``
  returns, so pool threads do not keep connections open between tasks;
- ``op`` receives a ``threading.Event`` that ``cancel()`` sets; long loops look at it
  (``interrupt`` may stop a blocking call, e.g. ``sqlite3.Connection.interrupt``);
- a task run through a ``Latest`` is superseded by the next one run through it: the
  older one is cancelled and its result dropped;
- after ``cancel()`` neither result nor error is delivered (``finished`` still is), and
  nothing at all once ``parent`` is deleted.

Two threads below the GUI stay plain ``threading.Thread``: ``db.connection``'s WAL
checkpoint and ``services.checkpoints``' pre-change backup. Their layers hold no Qt, and
nothing is delivered to the GUI: whoever needs their end joins them.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from netdesk.db.connection import database

T = TypeVar("T")

# Tasks waiting for delivery: their relays must live until the queued call arrives.
_pending: set[Task[Any]] = set()
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The pool every task runs on: threads are reused, so a task per keystroke is cheap."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        # Long tasks (a health check, a sync) must not hold up short ones (a count).
        _pool.setMaxThreadCount(max(8, QThreadPool.globalInstance().maxThreadCount()))
    return _pool


def shutdown(msecs: int = 10_000) -> bool:
    """Cancel every task not yet delivered and wait up to ``msecs`` for the running ones.

    Called when the app quits, before the database closes: a worker must not be left
    running Python while the interpreter shuts down. False if one is still running.
    """
    for task in list(_pending):
        task.cancel()
    return _pool is None or bool(_pool.waitForDone(msecs))


class _Relay(QObject):
    """Lives on the GUI thread; the worker's emit is queued to it."""

    done = Signal()

    def __init__(self, deliver: Callable[[], None]) -> None:
        super().__init__()
        self._deliver = deliver
        # A bound slot of this QObject: the worker's emit is queued to this object's thread.
        self.done.connect(self._on_done)

    @Slot()
    def _on_done(self) -> None:
        self.deleteLater()  # on this thread, once the worker is done with it
        self._deliver()


class Latest:
    """The newest of a stream of tasks (a count per keystroke): running one through it
    cancels the one before, whose result is then dropped."""

    def __init__(self) -> None:
        self.current: Task[Any] | None = None

    def replace(self, task: Task[Any] | None) -> None:
        if self.current is not None:
            self.current.cancel()
        self.current = task

    def cancel(self) -> None:
        """Cancel the current task, if any; nothing is current afterwards."""
        self.replace(None)


class Task(Generic[T]):
    """``op`` run in the background, its result delivered on ``parent``'s thread.

    Args:
        op: the work; called on a pool thread with the cancel flag. Must not touch widgets.
        parent: a QObject on the GUI thread; its deletion drops the delivery.
        success: called with ``op``'s result, unless cancelled or superseded.
        failure: called with an ``Exception`` that ``op`` raised (unless cancelled or
            superseded); without it the error is raised again on the GUI thread (so
            ``sys.excepthook`` sees it).
        finished: called last, on the GUI thread, whatever the outcome (also when
            cancelled, superseded or failed), unless ``parent`` is gone.
        latest: the stream this task supersedes the previous task of.
        interrupt: called (from the thread calling ``cancel``) to cut a blocking call short.
    """

    def __init__(
        self,
        op: Callable[[threading.Event], T],
        *,
        parent: QObject,
        success: Callable[[T], object] | None = None,
        failure: Callable[[Exception], object] | None = None,
        finished: Callable[[], object] | None = None,
        latest: Latest | None = None,
        interrupt: Callable[[], object] | None = None,
    ) -> None:
        self._op, self._parent = op, parent
        self._success, self._failure, self._finished = success, failure, finished
        self._latest, self._interrupt = latest, interrupt
        self.cancel_flag = threading.Event()
        self._returned = threading.Event()
        self._result: T | None = None
        self._error: Exception | None = None
        self._relay = _Relay(self._deliver)

    def run_in_background(self) -> Task[T]:
        """Start ``op`` on the pool; call on the GUI thread."""
        if self._latest is not None:
            self._latest.replace(self)
        _pending.add(self)
        pool().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Drop the result and ask ``op`` to stop (it stops where it looks at the flag)."""
        self.cancel_flag.set()
        if self._interrupt is not None:
            self._interrupt()

    @property
    def cancelled(self) -> bool:
        return self.cancel_flag.is_set()

    def is_done(self) -> bool:
        """``op`` has returned (its result may not be delivered yet)."""
        return self._returned.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``op`` has returned; False on timeout."""
        return self._returned.wait(timeout)

    def _work(self) -> None:
        try:
            # Cancelled while queued (superseded, or its database closed): never started.
            if not self.cancel_flag.is_set():
                self._result = self._op(self.cancel_flag)
        except Exception as error:  # delivered to the GUI thread, see ``failure``
            self._error = error
        try:
            left_open = _close_connection()
        except Exception as error:  # the task still ends, and says why
            left_open = error
        self._error = self._error or left_open
        self._returned.set()
        with contextlib.suppress(RuntimeError):  # the relay went away with the app
            self._relay.done.emit()

    def _deliver(self) -> None:
        _pending.discard(self)
        if not shiboken6.isValid(self._parent):
            return
        superseded = self._latest is not None and self._latest.current is not self
        if self._latest is not None and not superseded:
            self._latest.current = None
        try:
            if self.cancelled or superseded:
                pass  # whoever cancelled no longer wants the result, nor the error
            elif self._error is not None:
                if self._failure is None:
                    raise self._error
                self._failure(self._error)
            elif self._success is not None:
                self._success(cast(T, self._result))
        finally:
            if self._finished is not None:
                self._finished()


def to_gui_thread(objects: list[QObject]) -> None:
    """Hand Qt objects an ``op`` made (documents laid out on the worker) to the GUI thread,
    which uses and deletes them once the result is delivered; call from inside ``op``."""
    app = QCoreApplication.instance()
    if app is not None:
        for made in objects:
            made.moveToThread(app.thread())


def _close_connection() -> Exception | None:
    """Close this thread's connection (the GUI thread's stays open); a transaction ``op``
    left open is rolled back first, or the next task on this pool thread would inherit it."""
    if database.is_closed():
        return None
    error = None
    if database.in_transaction():
        error = RuntimeError("a background task left a transaction open; it was rolled back")
        database.connection().rollback()
        database._state.transactions.clear()  # peewee's own stack of the open ``atomic``s
    database.close()
    return error


class _Runnable(QRunnable):
    def __init__(self, task: Task[T]) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._work()
