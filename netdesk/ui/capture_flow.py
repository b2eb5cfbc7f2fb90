"""File → Capture Conversations… and dropped exports: read in the background, preview,
write as one undo step. Also the removal of what was captured from one source."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from netdesk.translation import Context, fill
from netdesk.ui.bidi import isolate

if TYPE_CHECKING:
    from netdesk.services.capture import CapturePlan
    from netdesk.ui.window_parts import WindowParts

_POLL_MS = 200


class Capture(Context):
    """The translation context of this module: lupdate reads ``Capture.tr(...)`` calls."""


def is_capture_source(path: Path) -> bool:
    """A folder, or a file a capture format recognises (by content)."""
    from netdesk.io.capture.registry import FORMATS

    if path.is_dir():
        return True
    try:
        return FORMATS.detect(path) is not None
    except OSError:
        return False


def open_paths(window: WindowParts, paths: list[str]) -> None:
    """Dropped or opened files: conversations to the capture, the rest to the import."""
    captured = [p for p in paths if is_capture_source(Path(p))]
    rest = [p for p in paths if p not in captured]
    if rest:
        from netdesk.ui.import_flow import run_import

        run_import(window, rest)
    if captured:
        run_capture(window, captured)


def run_capture(window: WindowParts, paths: list[str] | None = None) -> None:
    if paths is None:
        paths = window.dialogs.open_files(
            window.widget,
            Capture.tr("Capture Conversations"),
            window.settings.last_directory,
            Capture.tr(
                "Calendars, mail and chat exports (*.ics *.mbox *.eml *.emlx *.txt *.zip "
                "*.csv *.json);;All files (*)"
            ),
        )
    if not paths:
        return
    window.settings.last_directory = str(Path(paths[0]).parent)
    _capture(window, [Path(p) for p in paths])


def capture_account_calendars(window: WindowParts) -> None:
    """The calendars of the sync accounts, read now (never written to)."""
    from netdesk.sync.accounts import PasswordStore, load_accounts
    from netdesk.sync.capture import caldav_source

    store = PasswordStore()
    accounts = [a for a in load_accounts(window.context.data_dir, store) if a.enabled]
    title = Capture.tr("Capture from Calendar Accounts")
    if not accounts:
        text = Capture.tr("No sync account is set up: add one with Network → Sync Account….")
        window.dialogs.inform(window.widget, title, text)
        return
    sources = []
    for account in accounts:
        password = store.get(account) or window.dialogs.ask_password(
            window.widget, title, fill(Capture.tr("Password for %1:"), isolate(account.label))
        )
        if password:
            sources.append(caldav_source(account, password))
    if sources:
        _capture(window, [], tuple(sources))


def _capture(window: WindowParts, chosen: list[Path], accounts: tuple[object, ...] = ()) -> None:
    plan = read_in_background(window, chosen, keep_text=False, accounts=accounts)
    if plan is None:
        return
    if not any(source.read.conversations for source in plan.sources):
        errors = [s.error for s in plan.sources if s.error]
        window.dialogs.warn(
            window.widget,
            Capture.tr("Nothing to Capture"),
            "\n".join(errors) or Capture.tr("These files hold no conversation with anyone."),
        )
        return
    from netdesk.ui.capture_dialog import CapturePreviewDialog

    dialog = CapturePreviewDialog(plan, window.widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    choices = dialog.choices()
    if dialog.keep_text():
        # The preview read no text (a mailbox's would not fit in memory); now it is kept.
        plan = read_in_background(window, chosen, keep_text=True, accounts=accounts)
        if plan is None:
            return
    _apply(window, plan, choices)


def _apply(window: WindowParts, plan: CapturePlan, choices: object) -> None:
    from netdesk.services.capture import CaptureChoices
    from netdesk.services.storage import BackupError, DiskFullError

    assert isinstance(choices, CaptureChoices)
    plan.sources = [s for s in plan.sources if not s.error]
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = window.context.capture.apply(plan, choices)
    except (BackupError, DiskFullError) as error:
        window.dialogs.warn(
            window.widget,
            Capture.tr("Capture Stopped"),
            fill(Capture.tr("Nothing was captured: %1"), str(error)),
        )
        return
    finally:
        QApplication.restoreOverrideCursor()
    window.show_message(
        fill(
            Capture.tr("Captured %1 conversations; %2 new contacts"),
            str(sum(report.added)),
            str(len(report.created)),
        ),
        8000,
    )


def read_in_background(
    window: WindowParts, paths: list[Path], keep_text: bool, accounts: tuple[object, ...] = ()
) -> CapturePlan | None:
    """Read and match ``paths`` on a worker behind a progress dialog; None if cancelled
    (the readers see the flag within a moment) or if reading failed (the user is told)."""
    from netdesk.io.capture.registry import CaptureSource
    from netdesk.services.background import Task
    from netdesk.services.capture import Progress, run_with_cancel

    progress = Progress()
    capture = window.context.capture
    dialog = QProgressDialog(Capture.tr("Reading…"), Capture.tr("Cancel"), 0, 0, window.widget)
    dialog.setWindowTitle(Capture.tr("Capture Conversations"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    timer = QTimer(dialog)

    def show_progress() -> None:
        if progress.source:
            text = Capture.tr("Reading %1… %2 items")
            dialog.setLabelText(fill(text, isolate(progress.source), str(progress.items)))

    timer.timeout.connect(show_progress)
    timer.start(_POLL_MS)
    outcome: list[CapturePlan] = []
    errors: list[Exception] = []

    sources = tuple(a for a in accounts if isinstance(a, CaptureSource))

    def op(cancel: threading.Event) -> CapturePlan:
        plan = lambda: capture.plan(paths, keep_text, progress, accounts=sources)  # noqa: E731
        return run_with_cancel(plan, cancel)

    task = Task(op, parent=window.widget, success=outcome.append, failure=errors.append,
                finished=dialog.reset).run_in_background()  # fmt: skip
    dialog.exec()
    timer.stop()
    dialog.close()
    if errors and not isinstance(errors[0], _cancelled()):
        window.dialogs.warn(window.widget, Capture.tr("Cannot Capture"), str(errors[0]))
    if not outcome:
        task.cancel()
        return None
    return outcome[0]


def _cancelled() -> type[Exception]:
    from netdesk.io.cancel import ImportCancelledError

    return ImportCancelledError


def remove_captured(window: WindowParts) -> None:
    """Ask which source to take off the timelines, then do it (undoable)."""
    capture = window.context.capture
    sources = capture.sources()
    if not sources:
        window.dialogs.inform(
            window.widget,
            Capture.tr("Remove Captured Conversations"),
            Capture.tr("Nothing has been captured yet."),
        )
        return
    labels = [
        fill(Capture.tr("%1 (%2 conversations)"), isolate(source.partition(":")[2]), str(n))
        for source, n in sources
    ]
    chosen = window.dialogs.pick(
        window.widget,
        Capture.tr("Remove Captured Conversations"),
        Capture.tr("Take off the timelines everything captured from:"),
        labels,
    )
    if chosen is None:
        return
    removed = capture.remove_source(sources[chosen][0])
    window.show_message(fill(Capture.tr("Removed %1 conversations"), str(removed)), 5000)
