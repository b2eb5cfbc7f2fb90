"""A bulk write's progress: a window-modal dialog that keeps repainting and offers Cancel.

The write runs on a worker (``services.bulk_jobs``); the dialog only follows it. Being
modal to the window, it also keeps the user from starting another write meanwhile.
Cancel asks the worker to stop: its transaction rolls back, nothing is written, and the
dialog stays up ("Cancelling…") until the rollback is done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

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
