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

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from netdesk.services.background import Task
from netdesk.services.bulk_jobs import BulkJob, BulkRunner


class JobProgress(QDialog):
    """Follows one ``BulkJob`` from start to end.

    Not a ``QProgressDialog``: a modal one runs the event loop inside ``setValue``, where
    the job's end could delete the dialog under its own call.
    """

    def __init__(self, job: BulkJob, parent: QWidget) -> None:
        super().__init__(parent)
        self.job = job
        self.setObjectName("jobProgress")
        self.setWindowTitle(self.tr("Working"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(job.text + "…")
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, job.total))
        self.bar.setValue(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)

    def _on_progress(self, done: int) -> None:
        self.bar.setValue(min(done, self.bar.maximum()))

    def reject(self) -> None:
        """Cancel, Escape or the close button: stop the job; the dialog stays up
        ("Cancelling…") until its transaction has rolled back."""
        if self.job.cancelled:
            return
        self.job.cancel()
        self.label.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)

    def _on_finished(self, _committed: bool) -> None:
        self.job.progress.disconnect(self._on_progress)
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
    parent: QWidget,
    title: str,
    label: str,
    op: Callable[[threading.Event], T],
    *,
    total: int = 0,
    done: Callable[[], int] | None = None,
) -> Outcome[T]:
    """Run ``op`` on a worker behind a window-modal dialog that offers Cancel, and wait
    for it (the dialog's own loop): a read or an export the user waits for anyway, but
    that must not freeze the window meanwhile. Cancel drops the result (``op`` may look
    at the flag to stop early). With ``total`` and ``done`` (read from the GUI thread as
    ``op`` goes) the bar shows how far it got; without them it is busy."""
    progress = QProgressDialog(
        label, QCoreApplication.translate("JobProgress", "Cancel"), 0, total, parent
    )
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setMinimumWidth(360)
    # Reaching the end must not close the dialog before ``op`` has returned.
    progress.setAutoReset(False)
    # Polls ``done``; stopped before the dialog closes, or its setValue would show it again.
    timer = QTimer(progress, interval=100)
    if done is not None and total:
        timer.timeout.connect(lambda: progress.setValue(min(done(), total)))
        timer.start()
    outcome: Outcome[T] = Outcome()

    def succeeded(result: T) -> None:
        outcome.result, outcome.done = result, True

    def failed(error: Exception) -> None:
        outcome.error, outcome.done = error, True

    # The dialog's exec() is the loop: the task's end hides it (reset), and so does Cancel.
    def ended() -> None:
        if shiboken6.isValid(progress):  # a cancelled task ends after its dialog is gone
            progress.reset()

    task = Task(op, parent=parent, success=succeeded, failure=failed, finished=ended)
    task.run_in_background()
    progress.exec()
    timer.stop()
    progress.close()
    progress.deleteLater()
    if not outcome.done:
        task.cancel()
    return outcome
