"""The GUI-side sync controller: off-thread runs, progress, failures with retry."""

from __future__ import annotations

import threading
from pathlib import Path

from netdesk.sync.accounts import PasswordStore, new_account, save_accounts
from netdesk.sync.engine import SyncOptions
from netdesk.sync.errors import AuthFailed, ServerUnreachable
from netdesk.sync.qt_runner import SyncController
from netdesk.sync.report import Progress, SyncReport


def _setup(tmp_path: Path) -> PasswordStore:
    account = new_account("https://dav.example.com", "sara")
    account.addressbook_url = "/book/"
    save_accounts(tmp_path, [account])
    store = PasswordStore(use_keyring=False)
    store.set(account, "pw")
    return store


def test_sync_runs_off_the_gui_thread_and_reports(qtbot, tmp_path: Path) -> None:
    threads: list[threading.Thread] = []

    def runner(account, password: str, progress: Progress, options: SyncOptions) -> SyncReport:
        threads.append(threading.current_thread())
        progress("Sending contacts", 1, 2)
        return SyncReport(pulled=2)

    controller = SyncController(tmp_path, _setup(tmp_path), runner=runner)
    with (
        qtbot.wait_signal(controller.progress) as progress,
        qtbot.wait_signal(controller.finished) as finished,
    ):
        controller.sync_now()
    assert progress.args == ["Sending contacts", 1, 2]
    assert finished.args[0].pulled == 2
    assert threads[0] is not threading.main_thread()
    assert not controller.busy


def test_unreachable_server_retries_a_wrong_password_does_not(qtbot, tmp_path: Path) -> None:
    errors = [ServerUnreachable("Cannot reach dav.example.com."), AuthFailed("Rejected.")]

    def runner(account, password: str, progress: Progress, options: SyncOptions) -> SyncReport:
        raise errors.pop(0)

    controller = SyncController(tmp_path, _setup(tmp_path), runner=runner)
    with qtbot.wait_signal(controller.failed) as failed:
        controller.sync_now()
    assert failed.args == ["Cannot reach dav.example.com.", True]
    with qtbot.wait_signal(controller.failed) as failed:
        controller.sync_now()
    assert failed.args == ["Rejected.", False]
    controller.stop_auto()
    controller.wait()


def test_missing_password_is_asked_for(qtbot, tmp_path: Path) -> None:
    _setup(tmp_path)
    controller = SyncController(tmp_path, PasswordStore(use_keyring=False))
    with qtbot.wait_signal(controller.password_needed) as needed:
        controller.sync_now()
    assert needed.args[0].username == "sara"
