"""Bulk writes on a worker: each large one runs off the GUI thread with progress, Cancel
leaves all or nothing, and it stays one undo step whose undo and redo are jobs too."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.services.bulk_jobs import BulkJob, BulkRunner, Check
from netdesk.services.contacts import ContactService
from netdesk.services.importer import ImportService
from netdesk.store import bulk, contact_store
from netdesk.store.contact_query import ContactQuery

COUNT = 600  # three pieces of a job


@pytest.fixture
def people(contacts: ContactService) -> list[int]:
    # Everything below this goes to a worker: the tests drive the worker path.
    contacts.jobs.threshold = 2
    with database.atomic():
        return bulk.insert_contacts(
            (ContactData(given_name=f"P{i}", emails=[Labeled(f"p{i}@x.org")]), "2026-01-01")
            for i in range(COUNT)
        )


def _jobs(runner: BulkRunner) -> list[BulkJob]:
    started: list[BulkJob] = []
    runner.started.connect(started.append)
    return started


def _idle(qtbot: QtBot, contacts: ContactService) -> None:
    qtbot.waitUntil(lambda: not contacts.jobs.busy(), timeout=30_000)


def _cancel_each(runner: BulkRunner) -> None:
    """Press Cancel the moment any job starts: its worker stops at its first look."""
    runner.started.connect(lambda job: job.cancel())


def _tags(ids: list[int]) -> dict[int, list[str]]:
    return {cid: data.tags for cid, data in contact_store.load_contacts(ids).items()}


def _live(contacts: ContactService) -> int:
    return len(contacts.query_ids(ContactQuery()))


# The runner itself ---------------------------------------------------------------------


def test_a_small_write_is_done_before_run_returns(contacts: ContactService) -> None:
    done: list[bool] = []
    job = contacts.jobs.run("small", 3, lambda check: None, done.append)
    assert job is None
    assert done == [True]


def test_a_large_write_runs_on_a_worker_and_reports_progress(
    qtbot: QtBot, contacts: ContactService
) -> None:
    contacts.jobs.threshold = 2
    threads: list[threading.Thread] = []
    progress: list[int] = []
    done: list[bool] = []

    def work(check: Check) -> None:
        threads.append(threading.current_thread())
        for n in range(1, 4):
            database.execute_sql("INSERT INTO tag(name, name_key) VALUES (?, ?)", (n, n))
            check(n)

    job = contacts.jobs.run("three tags", 3, work, done.append)
    assert job is not None
    job.progress.connect(progress.append)
    assert done == []  # not yet: the worker writes
    with qtbot.wait_signal(job.finished) as finished:
        pass
    assert finished.args == [True]
    assert done == [True]
    assert threads and threads[0] is not threading.main_thread()
    assert progress and progress[-1] == 3
    assert database.execute_sql("SELECT COUNT(*) FROM tag").fetchone()[0] == 3


def test_cancel_in_the_middle_rolls_everything_back(qtbot: QtBot, contacts: ContactService) -> None:
    contacts.jobs.threshold = 2
    gate = threading.Event()
    done: list[bool] = []

    def work(check: Check) -> None:
        database.execute_sql("INSERT INTO tag(name, name_key) VALUES ('a', 'a')")
        check(1)
        gate.wait(10)  # the test presses Cancel here
        database.execute_sql("INSERT INTO tag(name, name_key) VALUES ('b', 'b')")
        check(2)

    job = contacts.jobs.run("two tags", 2, work, done.append)
    assert job is not None
    qtbot.waitUntil(lambda: job.done == 1)
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: done == [False])
    assert database.execute_sql("SELECT COUNT(*) FROM tag").fetchone()[0] == 0


def test_a_write_asked_for_during_a_job_waits_for_it(
    qtbot: QtBot, contacts: ContactService
) -> None:
    contacts.jobs.threshold = 2
    gate = threading.Event()
    order: list[str] = []

    def slow(check: Check) -> None:
        gate.wait(10)
        order.append("slow")

    contacts.jobs.run("slow", 5, slow, lambda _ok: None)
    contacts.jobs.run("small", 1, lambda check: order.append("small"), lambda _ok: None)
    assert order == []  # the small one did not jump the queue
    gate.set()
    _idle(qtbot, contacts)
    assert order == ["slow", "small"]


# Each bulk action ----------------------------------------------------------------------


def test_tagging_many_is_one_undo_step_on_workers(
    qtbot: QtBot, contacts: ContactService, people: list[int]
) -> None:
    jobs = _jobs(contacts.jobs)
    contacts.add_tag(people, "Alumni")
    _idle(qtbot, contacts)
    assert len(jobs) == 1
    assert all(t == ["Alumni"] for t in _tags(people).values())
    assert contacts.undo_stack.count() == 1
    contacts.undo_stack.undo()
    _idle(qtbot, contacts)
    assert len(jobs) == 2
    assert all(t == [] for t in _tags(people).values())
    contacts.undo_stack.redo()
    _idle(qtbot, contacts)
    assert len(jobs) == 3
    assert all(t == ["Alumni"] for t in _tags(people).values())


@pytest.mark.parametrize(
    "act",
    [
        lambda c, ids: c.add_tag(ids, "Alumni"),
        lambda c, ids: c.set_circle(ids, "mentor"),
        lambda c, ids: c.snooze(ids, dt.date(2030, 1, 1)),
        lambda c, ids: c.delete(ids),
        lambda c, ids: c.merge_groups([(ids[0], ids[1:])]),
    ],
    ids=["tag", "circle", "snooze", "delete", "merge"],
)
def test_cancelled_action_writes_nothing_and_leaves_no_undo_step(
    qtbot: QtBot,
    contacts: ContactService,
    people: list[int],
    act: Callable[[ContactService, list[int]], None],
) -> None:
    before = contact_store.load_contacts(people)
    changes: list[object] = []
    contacts.changed.connect(changes.append)
    _cancel_each(contacts.jobs)
    act(contacts, people)
    _idle(qtbot, contacts)
    assert contact_store.load_contacts(people) == before
    assert _live(contacts) == COUNT
    assert contacts.undo_stack.count() == 0
    assert changes == []  # nothing to announce


@pytest.mark.parametrize(
    ("act", "check"),
    [
        (
            lambda c, ids: c.set_circle(ids, "mentor"),
            lambda c, ids: (
                {d.circle for d in contact_store.load_contacts(ids).values()} == {"mentor"}
            ),
        ),
        (
            lambda c, ids: c.snooze(ids, dt.date(2030, 1, 1)),
            lambda c, ids: set(contact_store.snoozed(ids).values()) == {dt.date(2030, 1, 1)},
        ),
        (lambda c, ids: c.delete(ids), lambda c, ids: _live(c) == 0),
        (lambda c, ids: c.merge_groups([(ids[0], ids[1:])]), lambda c, ids: _live(c) == 1),
    ],
    ids=["circle", "snooze", "delete", "merge"],
)
def test_cancelled_undo_leaves_the_action_in_place_and_undoable(
    qtbot: QtBot,
    contacts: ContactService,
    people: list[int],
    act: Callable[[ContactService, list[int]], None],
    check: Callable[[ContactService, list[int]], bool],
) -> None:
    before = contact_store.load_contacts(people)
    act(contacts, people)
    _idle(qtbot, contacts)
    assert check(contacts, people)
    _cancel_each(contacts.jobs)
    contacts.undo_stack.undo()
    _idle(qtbot, contacts)
    assert check(contacts, people)  # all of it is still there
    assert contacts.undo_stack.canUndo() and not contacts.undo_stack.canRedo()
    contacts.jobs.started.disconnect()
    contacts.undo_stack.undo()
    _idle(qtbot, contacts)
    after = contact_store.load_contacts(people)
    assert {cid: (d.circle, d.tags) for cid, d in after.items()} == {
        cid: (d.circle, d.tags) for cid, d in before.items()
    }
    assert _live(contacts) == COUNT


def test_import_on_a_worker_cancelled_imports_nothing(
    qtbot: QtBot, contacts: ContactService, people: list[int]
) -> None:
    importer = ImportService(contacts)
    plan = importer.plan([ContactData(given_name=f"New {i}") for i in range(300)])
    outcome: list[object] = []
    _cancel_each(contacts.jobs)
    importer.apply_in_background(
        plan, ("", [], None), "x.vcf", None, lambda r, e: outcome.append((r, e))
    )
    _idle(qtbot, contacts)
    assert outcome == [(None, None)]
    assert _live(contacts) == COUNT
    assert contacts.undo_stack.count() == 0


def test_import_on_a_worker_is_one_undo_step(
    qtbot: QtBot, contacts: ContactService, people: list[int]
) -> None:
    importer = ImportService(contacts)
    incoming = [ContactData(given_name=f"New {i}") for i in range(300)]
    incoming.append(ContactData(given_name="P1", emails=[Labeled("p1@x.org")], job_title="CTO"))
    plan = importer.plan(incoming)
    outcome: list[object] = []
    jobs = _jobs(contacts.jobs)
    importer.apply_in_background(
        plan, ("", ["Summit"], None), "x.vcf", None, lambda r, e: outcome.append(r)
    )
    _idle(qtbot, contacts)
    assert len(jobs) == 1
    (report,) = outcome
    assert (report.added, report.merged) == (300, 1)  # type: ignore[attr-defined]
    assert _live(contacts) == COUNT + 300
    assert contacts.undo_stack.count() == 1
    contacts.undo_stack.undo()
    _idle(qtbot, contacts)
    assert len(jobs) == 2
    assert _live(contacts) == COUNT
    assert contacts.get(people[1]).job_title == ""
