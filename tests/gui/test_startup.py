import sqlite3

import pytest

from netdesk.db.connection import DB_FILENAME
from netdesk.db.migrations import SCHEMA_VERSION
from netdesk.domain.contact_data import ContactData
from netdesk.domain.text import isolate
from netdesk.services.context import create_context
from netdesk.ui.actions import ActionKey
from netdesk.ui.startup import (
    StartupCancelledError,
    back_up_on_start,
    claim_folder,
    ensure_healthy,
    open_data_folder,
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
    assert ensure_healthy(tmp_path, dialogs, lambda: None, thorough=True) == tmp_path
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


def test_opening_a_folder_moves_the_lock_to_the_folder_picked_instead(qtbot, tmp_path):
    """The start-up sequence run_gui and the self-test share."""
    db = make_data(tmp_path / "new")
    with sqlite3.connect(db) as con:
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    other = tmp_path / "other"
    make_data(other)
    dialogs = FakeDialogs()
    dialogs.choice = 0  # Open another folder
    lock, folder = open_data_folder(tmp_path / "new", dialogs, lambda: other, daily=True)
    try:
        assert folder == other
        # The first folder is free again; the one picked is held and backed up.
        claim_folder(tmp_path / "new", dialogs).release()
        with qtbot.wait_signal(lock.activation_requested), pytest.raises(StartupCancelledError):
            claim_folder(other, dialogs)
        assert len(list((other / "backups").glob("daily-*"))) == 1
    finally:
        lock.release()


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
    window.actions_[ActionKey.BACKUP].trigger()
    assert (tmp_path / "manual.sqlite3").exists()
    svc.add(ContactData(given_name="After"))
    assert window.contacts.rowCount() == 2
    window.dialogs.files = [str(tmp_path / "manual.sqlite3")]
    window.actions_[ActionKey.RESTORE].trigger()
    assert window.contacts.rowCount() == 1
    assert window.contacts.index(0, 0).data() == isolate("Before")
    svc.add(ContactData(given_name="Still works"))
    assert window.contacts.rowCount() == 2


def test_after_start_backs_up_and_finds_damage(qtbot, make_window, tmp_path):
    from netdesk.ui.startup import AfterStart

    window = make_window()
    data = window.context.data_dir
    window.context.contacts.add(ContactData(given_name="Amal"))
    checker = AfterStart(window)
    warnings: list[str] = []
    checker.warning.connect(window.show_warning)
    checker.warning.connect(warnings.append)
    with qtbot.wait_signal(checker.finished, timeout=20_000):
        checker.start(data)
    assert warnings == []
    assert len(list((data / "backups").glob("daily-*"))) == 1

    other = tmp_path / "damaged"
    db = make_data(other, ("A", "B", "C"))
    back_up_on_start(other, FakeDialogs())  # today's backup, made while it was healthy
    raw = bytearray(db.read_bytes())
    raw[4096 : 4096 + 64] = b"\xde\xad\xbe\xef" * 16
    db.write_bytes(bytes(raw))
    # The fast check at start-up lets the window open; the thorough one finds the damage.
    assert ensure_healthy(other, FakeDialogs(), lambda: None) == other
    with qtbot.wait_signal(checker.finished, timeout=20_000):
        checker.start(other)
    assert len(warnings) == 1
    assert "is damaged" in warnings[0]
    assert "Use File → Restore from Backup; the latest good one is daily-" in warnings[0]
    qtbot.wait_until(lambda: window.dialogs.messages[-1][1] == warnings[0])


# --- issue 14: only what can work is offered; damage is reported once ------------------


def test_a_zero_byte_database_is_restored_not_replaced(qapp, tmp_path):
    db = make_data(tmp_path, ("Amal", "Badr"))
    back_up_on_start(tmp_path, FakeDialogs())
    db.write_bytes(b"")
    dialogs = FakeDialogs()
    dialogs.choice = 0
    assert ensure_healthy(tmp_path, dialogs, lambda: None) == tmp_path
    assert dialogs.offered[0] == "Restore the Latest Backup"
    assert "is empty" in dialogs.messages[0][1]
    assert names_in(db) == ["Amal", "Badr"]
    (kept,) = (tmp_path / "backups").glob("pre-restore-*")
    assert kept.read_bytes() == b""


def test_restore_is_not_offered_where_it_cannot_work(qapp, tmp_path):
    db = make_data(tmp_path, ("Amal",))
    back_up_on_start(tmp_path, FakeDialogs())
    db.unlink()
    db.mkdir()
    dialogs = FakeDialogs()
    dialogs.choice = 1  # Quit: before, "Restore" came back after every failed attempt
    with pytest.raises(StartupCancelledError):
        ensure_healthy(tmp_path, dialogs, lambda: None)
    assert dialogs.offered == ["Open Another Data Folder…", "Quit"]
    assert "is a folder where the database file should be" in dialogs.messages[0][1]
    assert "Restoring a backup cannot help until this is fixed." in dialogs.messages[0][1]
    assert db.is_dir()


def test_a_foreign_wal_is_caught_before_the_window(qapp, tmp_path):
    db = make_data(tmp_path / "data", ("Amal",))
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA journal_mode=WAL").fetchall()
    connection.execute("PRAGMA wal_autocheckpoint=0").fetchall()
    connection.execute("CREATE TABLE junk(x)")
    connection.commit()
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(other.with_name("other.sqlite3-wal").read_bytes())
    connection.close()
    before = db.read_bytes()
    dialogs = FakeDialogs()
    with pytest.raises(StartupCancelledError):
        ensure_healthy(tmp_path / "data", dialogs, lambda: None)
    assert "belongs to another database" in dialogs.messages[0][1]
    assert db.read_bytes() == before


def test_claiming_the_folder_clears_stale_temp_files(qapp, tmp_path):
    import os

    old = [tmp_path / ".netdesk-x1.tmp", tmp_path / "backups" / ".netdesk-x2.tmp"]
    (tmp_path / "backups").mkdir()
    hot = tmp_path / f"{DB_FILENAME}-journal"
    for path in [*old, hot]:
        path.write_bytes(b"partial")
        os.utime(path, (1, 1))
    claim_folder(tmp_path, FakeDialogs()).release()
    assert not any(path.exists() for path in old)
    assert hot.exists()  # SQLite rolls the database back with it


def test_a_damaged_table_is_one_warning_not_a_traceback_per_cell(qtbot, tmp_path):
    from netdesk.settings import Settings
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.startup import AfterStart, DamageReport

    data = tmp_path / "data"
    db = make_data(data, [f"Person {i:03}" for i in range(300)])
    with sqlite3.connect(db) as con:
        (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name='contact'").fetchone()
    con.close()
    raw = bytearray(db.read_bytes())
    raw[(root - 1) * 4096 : root * 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(raw))
    assert ensure_healthy(data, FakeDialogs(), lambda: None) == data  # the quick check passes
    context = create_context(data)
    dialogs = FakeDialogs()
    window = MainWindow(context, Settings(data), "en", dialogs=dialogs)
    qtbot.addWidget(window)
    damage = DamageReport.attach(window, AfterStart(window), data)
    try:
        with qtbot.wait_signal(damage.warning, timeout=10_000):
            window.show()
        qtbot.wait_exposed(window)
        window.table.viewport().repaint()
        qtbot.wait(50)  # painting again must not warn again (nor raise: pytest-qt would fail)
    finally:
        damage.uninstall()
    assert len(dialogs.messages) == 1
    assert "is damaged" in dialogs.messages[0][1]
    window.close()
    context.close()
