import sqlite3

import pytest

from netdesk.db.connection import DB_FILENAME
from netdesk.db.migrations import SCHEMA_VERSION
from netdesk.domain.contact_data import ContactData
from netdesk.services.context import create_context
from netdesk.ui.startup import (
    StartupCancelledError,
    back_up_on_start,
    claim_folder,
    ensure_healthy,
)

from .conftest import FakeDialogs


def make_data(folder, names=("Amal",)):
    ctx = create_context(folder)
    for name in names:
        ctx.contacts.add(ContactData(given_name=name))
    ctx.close()
    return folder / DB_FILENAME


def names_in(db):
    with sqlite3.connect(db) as con:
        return sorted(r[0] for r in con.execute("SELECT display_name FROM contact"))


def test_second_start_hands_over(qtbot, tmp_path):
    dialogs = FakeDialogs()
    first = claim_folder(tmp_path, dialogs)
    with qtbot.wait_signal(first.activation_requested), pytest.raises(StartupCancelledError):
        claim_folder(tmp_path, dialogs)
    assert dialogs.messages == []
    other = claim_folder(tmp_path / "elsewhere", dialogs)  # another folder is allowed
    other.release()
    first.release()
    claim_folder(tmp_path, dialogs).release()


def test_corrupt_database_restores_latest_backup(qapp, tmp_path):
    db = make_data(tmp_path, ("Amal", "Badr"))
    back_up_on_start(tmp_path, FakeDialogs())
    data = bytearray(db.read_bytes())
    data[4096 : 4096 + 64] = b"\xde\xad\xbe\xef" * 16
    db.write_bytes(bytes(data))
    dialogs = FakeDialogs()
    dialogs.choice = 0
    assert ensure_healthy(tmp_path, dialogs, lambda: None) == tmp_path
    assert dialogs.offered[0] == "Restore the Latest Backup"
    assert names_in(db) == ["Amal", "Badr"]
    kept = list((tmp_path / "backups").glob("pre-restore-*"))
    assert len(kept) == 1


def test_corrupt_without_backup_never_overwritten(qapp, tmp_path):
    db = tmp_path / DB_FILENAME
    db.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    before = db.read_bytes()
    dialogs = FakeDialogs()
    dialogs.choice = 1  # Quit
    with pytest.raises(StartupCancelledError):
        ensure_healthy(tmp_path, dialogs, lambda: None)
    assert dialogs.offered == ["Open Another Data Folder…", "Quit"]
    assert db.read_bytes() == before


def test_newer_database_offers_another_folder(qapp, tmp_path):
    db = make_data(tmp_path / "new")
    with sqlite3.connect(db) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    other = tmp_path / "other"
    dialogs = FakeDialogs()
    dialogs.choice = 0  # Open another folder
    assert ensure_healthy(tmp_path / "new", dialogs, lambda: other) == other
    assert "newer" in dialogs.messages[0][1]


def test_daily_backup_once(qapp, tmp_path):
    make_data(tmp_path)
    back_up_on_start(tmp_path, FakeDialogs())
    back_up_on_start(tmp_path, FakeDialogs())
    assert len(list((tmp_path / "backups").glob("daily-*"))) == 1


def test_import_and_merge_back_up_first(qapp, tmp_path):
    ctx = create_context(tmp_path)
    a = ctx.contacts.add(ContactData(given_name="A"))
    b = ctx.contacts.add(ContactData(given_name="B"))
    ctx.importer.apply(ctx.importer.plan([ContactData(given_name="C")]))
    ctx.contacts.merge(a, [b])
    ctx.close()
    kinds = sorted(p.name.split("-")[1] for p in (tmp_path / "backups").glob("pre-*"))
    assert kinds == ["import", "merge"]


def test_back_up_now_and_restore_from_menu(make_window, tmp_path):
    window = make_window()
    svc = window.context.contacts
    svc.add(ContactData(given_name="Before"))
    window.dialogs.save_path = str(tmp_path / "manual.sqlite3")
    window.actions_.backup.trigger()
    assert (tmp_path / "manual.sqlite3").exists()
    svc.add(ContactData(given_name="After"))
    assert window.contacts.rowCount() == 2
    window.dialogs.files = [str(tmp_path / "manual.sqlite3")]
    window.actions_.restore.trigger()
    assert window.contacts.rowCount() == 1
    assert window.contacts.index(0, 0).data() == "Before"
    svc.add(ContactData(given_name="Still works"))
    assert window.contacts.rowCount() == 2
