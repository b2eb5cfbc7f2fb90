"""Backups before large changes, started ahead of the change on a thread."""

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from netdesk.db.backup import BackupError
from netdesk.domain.contact_data import ContactData
from netdesk.services.contacts import ContactService
from netdesk.store import contact_store


class FakeBackup:
    """Stands in for pre_change_backup: writes a file, optionally held until released."""

    def __init__(self, folder: Path, hold: bool = False, error: str = "") -> None:
        self.folder = folder / "backups"
        self.folder.mkdir(exist_ok=True)
        self.calls: list[str] = []
        self.done: list[Path] = []
        self.release = threading.Event()
        if not hold:
            self.release.set()
        self.error = error

    def __call__(self, reason: str) -> Path:
        self.calls.append(reason)
        assert self.release.wait(10)
        if self.error:
            raise BackupError(self.error)
        path = self.folder / f"pre-{reason}-{len(self.calls)}.sqlite3"
        path.write_bytes(b"copy")
        self.done.append(path)
        return path


def test_checkpoint_waits_for_the_prepared_backup(contacts: ContactService, tmp_path: Path) -> None:
    backup = FakeBackup(tmp_path, hold=True)
    contacts.before_risky_change = backup
    contacts.prepare_checkpoint("import")
    contacts.prepare_checkpoint("import")  # already running for the same reason: kept
    timer = threading.Timer(0.2, backup.release.set)
    timer.start()
    contacts.checkpoint("import")
    # It returned because the copy was written, not before.
    assert [p.exists() for p in backup.done] == [True]
    assert backup.calls == ["import"]
    timer.join()


def test_a_write_after_the_backup_began_needs_a_new_one(
    contacts: ContactService, tmp_path: Path
) -> None:
    backup = FakeBackup(tmp_path)
    contacts.before_risky_change = backup
    contacts.prepare_checkpoint("import")
    contact_store.save_contact(ContactData(given_name="Late"))
    contacts.checkpoint("import")
    assert backup.calls == ["import", "import"]
    # Only the one that holds the late write is kept.
    assert [p.exists() for p in backup.done] == [False, True]


def test_a_write_before_preparing_again_starts_a_new_backup(
    contacts: ContactService, tmp_path: Path
) -> None:
    backup = FakeBackup(tmp_path)
    contacts.before_risky_change = backup
    contacts.prepare_checkpoint("import")
    contacts.add(ContactData(given_name="Typed meanwhile"))
    contacts.prepare_checkpoint("import")
    contacts.checkpoint("import")
    assert backup.calls == ["import", "import"]
    # The first one no longer protects anything: removed once its thread has written it
    # (the two threads may finish in either order).
    assert _eventually(lambda: len(backup.done) == 2 and len(_files(backup)) == 1)


def test_a_failed_backup_stops_the_change(contacts: ContactService, tmp_path: Path) -> None:
    contacts.before_risky_change = FakeBackup(tmp_path, error="The disk is full.")
    contacts.prepare_checkpoint("import")
    with pytest.raises(BackupError, match="disk is full"):
        contacts.checkpoint("import")


def test_a_discarded_backup_is_removed_once_written(
    contacts: ContactService, tmp_path: Path
) -> None:
    backup = FakeBackup(tmp_path, hold=True)
    contacts.before_risky_change = backup
    contacts.prepare_checkpoint("import")
    contacts.discard_checkpoint()  # while it is still copying
    backup.release.set()
    # Its thread removes it once written.
    assert _eventually(lambda: len(backup.done) == 1 and _files(backup) == [])
    contacts.prepare_checkpoint("import")
    contacts.finish_checkpoints()  # closing: waits, and removes a backup of nothing
    assert len(backup.done) == 2
    assert _files(backup) == []


def test_without_a_prepared_backup_checkpoint_takes_one(
    contacts: ContactService, tmp_path: Path
) -> None:
    backup = FakeBackup(tmp_path)
    contacts.before_risky_change = backup
    contacts.checkpoint("merge")
    assert backup.calls == ["merge"]
    contacts.prepare_checkpoint("import")
    contacts.checkpoint("merge")  # prepared for something else: dropped, a new one taken
    assert sorted(backup.calls) == ["import", "merge", "merge"]
    # The dropped one is removed by its thread once written.
    assert _eventually(lambda: len(backup.done) == 3 and len(_files(backup)) == 2)
    assert all("merge" in p.name for p in _files(backup))


def _files(backup: FakeBackup) -> list[Path]:
    return list(backup.folder.iterdir())


def _eventually(check: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + 10
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True
