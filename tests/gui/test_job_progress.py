"""Tagging a large selection from the keyboard: the window shows a progress dialog with
Cancel while a worker writes; Cancel leaves nothing written, and Ctrl+Z undoes the whole."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.store import bulk, contact_store
from netdesk.ui.job_progress import JobProgress
from netdesk.ui.main_window import MainWindow

COUNT = 300


@pytest.fixture
def window(make_window) -> MainWindow:
    window: MainWindow = make_window()
    with database.atomic():
        bulk.insert_contacts(
            (ContactData(given_name=f"P{i:03d}"), "2026-01-01") for i in range(COUNT)
        )
    window.reload_everything()
    window.context.contacts.jobs.threshold = 100
    dialogs: Any = window.dialogs  # the tests' FakeDialogs
    dialogs.text_answer = "Alumni"
    return window


def _tagged() -> int:
    return int(database.execute_sql("SELECT COUNT(*) FROM contact_tag").fetchone()[0])


def _tag_everyone(qtbot: QtBot, window: MainWindow) -> list[JobProgress]:
    shown: list[JobProgress] = []
    window.context.contacts.jobs.started.connect(
        lambda _job: shown.extend(window.findChildren(JobProgress))
    )
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.selected_ids()) == COUNT)
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    return shown


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.context.contacts.jobs.busy(), timeout=30_000)


def test_tagging_many_shows_progress_and_undoes_as_one(qtbot: QtBot, window: MainWindow) -> None:
    shown = _tag_everyone(qtbot, window)
    (dialog,) = shown
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: not window.findChildren(JobProgress))
    assert _tagged() == COUNT
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, window)
    assert _tagged() == 0
    assert window.context.undo_stack.index() == 0


def test_cancel_in_the_dialog_tags_nobody(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    load = contact_store.load_contacts

    def held(ids: list[int]) -> dict[int, ContactData]:
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)  # the worker waits here until Cancel was pressed
        return load(ids)

    monkeypatch.setattr(contact_store, "load_contacts", held)
    (dialog,) = _tag_everyone(qtbot, window)
    (cancel,) = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # until the worker has rolled back
    assert dialog.label.text() == "Cancelling…"
    gate.set()
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: not window.findChildren(JobProgress))
    assert _tagged() == 0
    assert window.context.undo_stack.count() == 0


def test_a_waited_job_with_a_bar_leaves_no_dialog_behind(qtbot: QtBot) -> None:
    """The bar follows the work; once it is done nothing shows again (a dialog polled after
    it closed came back as a window-modal dialog over the window)."""
    import time

    from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

    from netdesk.ui.job_progress import wait_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done = [0]

    def op(_cancel: threading.Event) -> int:
        for step in range(1, 6):
            time.sleep(0.05)
            done[0] = step
        return done[0]

    outcome = wait_with_progress(parent, "Job", "Working…", op, total=5, done=lambda: done[0])
    assert (outcome.done, outcome.result) == (True, 5)
    qtbot.wait(400)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert QApplication.activeModalWidget() is None
    assert not [w for w in shown if w.isVisible()]
