"""A bulk write's progress: a window-modal dialog that keeps repainting and offers Cancel.

The write runs on a worker (``services.bulk_jobs``); the dialog only follows it. Being
modal to the window, it also keeps the user from starting another write meanwhile.
Cancel asks the worker to stop: its transaction rolls back, nothing is written, and the
dialog stays up ("Cancelling…") until the rollback is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from netdesk.services.background import Task
from netdesk.services.bulk_jobs import BulkJob, BulkRunner


class JobProgress(QProgressDialog):
    """Follows one ``BulkJob`` from start to end."""

    def __init__(self, job: BulkJob, parent: QWidget) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("jobProgress")
        self.setWindowTitle(self.tr("Working"))
        self.setLabelText(job.text + "…")
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, max(1, job.total))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Hidden only when the job ends, not when the bar is full or Cancel is pressed.
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setValue(0)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        self.canceled.connect(self._on_cancel)

    def _on_progress(self, done: int) -> None:
        if not self.wasCanceled():
            self.setValue(min(done, self.maximum()))

    def _on_cancel(self) -> None:
        self.job.cancel()
        self.setLabelText(self.tr("Cancelling…"))
        self.setCancelButton(None)
        self.show()  # Cancel hid the dialog; the rollback is still to come

    def _on_finished(self, _committed: bool) -> None:
        self.canceled.disconnect(self._on_cancel)
        self.hide()
        self.deleteLater()
        # Back to the window, so its shortcuts (Ctrl+Z) work at once.
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()


def show_job_progress(runner: BulkRunner, parent: QWidget) -> None:
    """Show every job ``runner`` starts on a worker in a dialog over ``parent``."""

    def started(job: BulkJob) -> None:
        JobProgress(job, parent).show()

    runner.started.connect(started)


T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    """How a ``wait_with_progress`` ended: its result, its error, or neither (cancelled)."""

    result: T | None = None
    error: Exception | None = None
    done: bool = False


def wait_with_progress(
    parent: QWidget, title: str, label: str, op: Callable[[threading.Event], T]
) -> Outcome[T]:
    """Run ``op`` on a worker behind a window-modal dialog that offers Cancel, and wait
    for it (the dialog's own loop): a read or an export the user waits for anyway, but
    that must not freeze the window meanwhile. Cancel drops the result (``op`` may look
    at the flag to stop early)."""
    progress = QProgressDialog(
        label, QCoreApplication.translate("JobProgress", "Cancel"), 0, 0, parent
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    outcome: Outcome[T] = Outcome()

    def succeeded(result: T) -> None:
        outcome.result, outcome.done = result, True

    def failed(error: Exception) -> None:
        outcome.error, outcome.done = error, True

    # The dialog's exec() is the loop: the task's end hides it (reset), and so does Cancel.
    task = Task(op, parent=parent, success=succeeded, failure=failed, finished=progress.reset)
    task.run_in_background()
    progress.exec()
    progress.close()
    if not outcome.done:
        task.cancel()
    return outcome
