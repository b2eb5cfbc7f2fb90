"""The one helper for background work: delivery, errors, superseding, connections, cancel."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject

from netdesk.services import background
from netdesk.services.background import Latest, Task


class Recorder:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[Exception] = []
        self.threads: list[threading.Thread] = []
        self.finished = 0

    def success(self, result: object) -> None:
        self.threads.append(threading.current_thread())
        self.results.append(result)

    def failure(self, error: Exception) -> None:
        self.threads.append(threading.current_thread())
        self.errors.append(error)

    def done(self) -> None:
        self.finished += 1


def run(op, parent, rec: Recorder, **kwargs) -> Task[object]:
    return Task(
        op, parent=parent, success=rec.success, failure=rec.failure, finished=rec.done, **kwargs
    ).run_in_background()


def test_result_is_delivered_on_the_gui_thread(qtbot):
    parent, rec = QObject(), Recorder()
    workers: list[threading.Thread] = []

    def op(cancel: threading.Event) -> int:
        workers.append(threading.current_thread())
        return 42

    run(op, parent, rec)
    qtbot.wait_until(lambda: rec.finished == 1)
    assert rec.results == [42]
    assert workers[0] is not threading.main_thread()
    assert rec.threads == [threading.main_thread()]


def test_an_error_is_reported_on_the_gui_thread(qtbot):
    parent, rec = QObject(), Recorder()

    def op(cancel: threading.Event) -> int:
        raise ValueError("bad file")

    run(op, parent, rec)
    qtbot.wait_until(lambda: rec.finished == 1)
    assert rec.results == []
    assert [str(e) for e in rec.errors] == ["bad file"]
    assert rec.threads == [threading.main_thread()]


def test_an_error_without_a_failure_handler_is_raised_on_the_gui_thread(qtbot):
    parent = QObject()
    done: list[bool] = []

    def op(cancel: threading.Event) -> int:
        raise KeyError("lost")

    with qtbot.capture_exceptions() as raised:
        Task(op, parent=parent, finished=lambda: done.append(True)).run_in_background()
        qtbot.wait_until(lambda: done == [True])
    assert [type(e[1]) for e in raised] == [KeyError]


def test_a_superseded_result_is_dropped(qtbot):
    parent, rec = QObject(), Recorder()
    latest = Latest()
    release, started = threading.Event(), threading.Event()
    seen_cancel: list[bool] = []

    def slow(cancel: threading.Event) -> str:
        started.set()
        release.wait(10)
        seen_cancel.append(cancel.is_set())
        return "old"

    first = run(slow, parent, rec, latest=latest)
    assert started.wait(10)
    run(lambda cancel: "new", parent, rec, latest=latest)
    qtbot.wait_until(lambda: rec.finished == 1)
    release.set()
    qtbot.wait_until(lambda: rec.finished == 2)
    assert rec.results == ["new"]
    assert seen_cancel == [True]  # the newer task cancelled the older one
    assert first.cancelled


@pytest.mark.parametrize("fails", [False, True])
def test_cancel_stops_the_work_and_drops_its_result(qtbot, fails):
    parent, rec = QObject(), Recorder()
    started = threading.Event()
    interrupted: list[bool] = []

    def op(cancel: threading.Event) -> str:
        started.set()
        # Work that looks at its flag; without cancel it would run for a minute.
        if cancel.wait(60) and fails:
            raise InterruptedError("stopped")
        return "stopped"

    task = run(op, parent, rec, interrupt=lambda: interrupted.append(True))
    assert started.wait(10)
    task.cancel()
    qtbot.wait_until(lambda: rec.finished == 1, timeout=1000)
    assert task.is_done()
    assert (rec.results, rec.errors) == ([], [])
    assert interrupted == [True]


def test_nothing_is_delivered_once_the_parent_is_gone(qtbot):
    parent, rec = QObject(), Recorder()
    release = threading.Event()
    task = run(lambda cancel: release.wait(10), parent, rec)
    shiboken6.delete(parent)
    release.set()
    assert task.wait(10)
    qtbot.wait_until(lambda: task not in background._pending)
    assert (rec.results, rec.finished) == ([], 0)


@pytest.mark.parametrize("fails", [False, True])
def test_the_workers_connection_is_closed(qtbot, db, monkeypatch, fails):
    from netdesk.db.connection import database

    closed: list[int] = []
    close = database._close

    def spy(connection) -> None:
        closed.append(threading.get_ident())
        close(connection)

    monkeypatch.setattr(database, "_close", spy)
    parent, rec = QObject(), Recorder()
    worker: list[int] = []

    def op(cancel: threading.Event) -> int:
        worker.append(threading.get_ident())
        (count,) = database.execute_sql("SELECT COUNT(*) FROM contact").fetchone()
        if fails:
            raise RuntimeError("after reading")
        return int(count)

    run(op, parent, rec)
    qtbot.wait_until(lambda: rec.finished == 1)
    assert closed == worker and worker[0] != threading.get_ident()
    assert not database.is_closed()  # the GUI thread's own connection stays open
    assert (rec.results, len(rec.errors)) == (([], 1) if fails else ([0], 0))


def test_shutdown_cancels_and_waits_for_running_tasks(qtbot):
    parent, rec = QObject(), Recorder()
    started = threading.Event()

    def op(cancel: threading.Event) -> bool:
        started.set()
        return cancel.wait(60)  # stops only when cancelled

    task = run(op, parent, rec)
    assert started.wait(10)
    assert background.shutdown(5000)
    assert task.is_done() and task.cancelled
    qtbot.wait_until(lambda: rec.finished == 1)
    assert rec.results == []


# Where threads may still be made by hand: the helper itself, and two Qt-free threads that
# are joined and deliver nothing to the GUI (see the module docstring of the helper).
_OWN_THREADS = {"services/background.py", "services/checkpoints.py", "db/connection.py"}
_THREAD_NAMES = {"Thread", "QThread", "QThreadPool", "QRunnable", "moveToThread"}


def _thread_names(path) -> set[str]:
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.ImportFrom):
            found.update(alias.name for alias in node.names)
    return found


def test_background_work_goes_through_the_helper():
    from pathlib import Path

    import netdesk

    package = Path(netdesk.__file__).parent
    offenders = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package).as_posix()
        names = _thread_names(path)
        if where not in _OWN_THREADS and names & _THREAD_NAMES:
            offenders.append(f"{where}: {sorted(names & _THREAD_NAMES)}")
        # A nested event loop waiting for a worker: a Task's callbacks end the wait instead.
        if where.startswith(("ui/", "models/")) and "QEventLoop" in names:
            offenders.append(f"{where}: QEventLoop")
    assert offenders == []


def test_a_transaction_left_open_is_reported_and_the_task_ends(qtbot, db):
    from netdesk.db.connection import database

    parent, rec = QObject(), Recorder()

    def op(cancel: threading.Event) -> int:
        database.atomic().__enter__()  # a bug: never left, so never committed
        database.execute_sql("INSERT INTO tag (name, name_key) VALUES ('half-done', 'half-done')")
        return 1

    run(op, parent, rec)
    qtbot.wait_until(lambda: rec.finished == 1)
    assert rec.results == []
    assert [str(e) for e in rec.errors] == [
        "a background task left a transaction open; it was rolled back"
    ]
    assert database.execute_sql("SELECT COUNT(*) FROM tag").fetchone() == (0,)


def test_closing_the_context_stops_its_tasks_before_the_database(qtbot, tmp_path):
    """A count still running when its database closes would read the next one opened."""
    from netdesk.services.context import create_context

    context = create_context(tmp_path / "data")
    parent, rec = QObject(), Recorder()
    started = threading.Event()

    def op(cancel: threading.Event) -> bool:
        started.set()
        return cancel.wait(60)

    task = run(op, parent, rec)
    assert started.wait(10)
    context.close()
    assert task.is_done() and task.cancelled


def test_a_task_cancelled_while_queued_never_starts(qtbot):
    parent, rec = QObject(), Recorder()
    ran: list[int] = []
    gate = threading.Event()
    # Fill every pool thread so the next task waits in the queue.
    blockers = [
        run(lambda cancel: gate.wait(60), parent, Recorder())
        for _ in range(background.pool().maxThreadCount())
    ]
    queued = run(lambda cancel: ran.append(1), parent, rec)
    queued.cancel()
    gate.set()
    assert all(b.wait(10) for b in blockers)
    assert queued.wait(10)
    qtbot.wait_until(lambda: rec.finished == 1)
    assert ran == []
