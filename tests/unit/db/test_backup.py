"""Snapshots, rotation, listing and restore, on real files."""

import datetime as dt
import os
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from netdesk.db import backup
from netdesk.db.backup import (
    BackupError,
    BackupKind,
    backup_before_migration,
    backups_dir,
    daily_backup,
    latest_good_backup,
    list_backups,
    manual_backup,
    pre_change_backup,
    snapshot,
)
from netdesk.db.connection import DB_FILENAME, close_database, database, open_database
from netdesk.db.health import Status, check_database, shm_path, wal_path
from netdesk.db.migrations import SCHEMA_VERSION
from netdesk.db.records import Contact
from netdesk.db.restore import restore

NOON = dt.datetime(2026, 11, 26, 12, 0, 0)


def add_contacts(*names: str) -> None:
    with database.atomic():
        for name in names:
            Contact.create(display_name=name, sort_key=name.lower())


def make_db(path: Path, *names: str) -> Path:
    open_database(path)
    try:
        add_contacts(*names)
    finally:
        close_database()
    return path


def names_in(path: Path) -> list[str]:
    """Read a file standalone, exactly as someone copying it elsewhere would."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT display_name FROM contact ORDER BY display_name")
        return [row[0] for row in rows]
    finally:
        connection.close()


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    make_db(folder / DB_FILENAME, "Ada", "Bob", "Cy")
    return folder


@pytest.fixture
def live(data: Path) -> Path:
    return data / DB_FILENAME


# --- snapshot ---------------------------------------------------------------


def test_snapshot_of_open_database_is_one_standalone_file(live: Path, tmp_path: Path) -> None:
    open_database(live)
    try:
        database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        add_contacts("Dee")  # only in the -wal so far
        assert wal_path(live).stat().st_size > 0
        copy = snapshot(live, tmp_path / "out" / "copy.sqlite3")
    finally:
        close_database()
    assert copy == tmp_path / "out" / "copy.sqlite3"
    assert os.listdir(copy.parent) == ["copy.sqlite3"]
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert names_in(copy) == ["Ada", "Bob", "Cy", "Dee"]
    assert check_database(copy).status is Status.OK
    assert os.listdir(copy.parent) == ["copy.sqlite3"]


def test_snapshot_while_another_connection_writes(live: Path, tmp_path: Path) -> None:
    started, stop = threading.Event(), threading.Event()
    written: list[int] = []

    def writer() -> None:
        connection = sqlite3.connect(live, timeout=5)
        connection.execute("PRAGMA journal_mode = wal")
        i = 0
        while not stop.is_set():
            connection.execute("INSERT INTO tag (name, name_key) VALUES (?, ?)", (i, str(i)))
            connection.commit()
            i += 1
            started.set()
        connection.close()
        written.append(i)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert started.wait(5)
        copies = [snapshot(live, tmp_path / f"copy{n}.sqlite3") for n in range(3)]
    finally:
        stop.set()
        thread.join(5)
    for copy in copies:
        assert check_database(copy).status is Status.OK
        connection = sqlite3.connect(copy)
        (tags,) = connection.execute("SELECT count(*) FROM tag").fetchone()
        connection.close()
        assert 1 <= tags <= written[0]
        assert names_in(copy) == ["Ada", "Bob", "Cy"]


def test_snapshot_without_source_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database") as err:
        snapshot(tmp_path / "nothing.sqlite3", tmp_path / "copy.sqlite3")
    assert "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_snapshot_keeps_old_copy_and_leaves_no_temp(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "copy.sqlite3"
    dest.write_bytes(b"previous backup")

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(BackupError, match="no space left"):
        snapshot(live, dest)
    assert dest.read_bytes() == b"previous backup"
    assert temp_files(tmp_path) == []


def test_damaged_database_never_becomes_a_backup(tmp_path: Path) -> None:
    # Otherwise a damaged database would push the good dailies out, one day at a time.
    data = tmp_path / "data"
    data.mkdir()
    live = make_db(data / DB_FILENAME, *(f"Person {i:03}" for i in range(300)))
    good = daily_backup(data, today=dt.date(2026, 1, 1))
    content = bytearray(live.read_bytes())
    middle = len(content) // 4096 // 2
    content[middle * 4096 : (middle + 1) * 4096] = b"\xde\xad\xbe\xef" * 1024
    live.write_bytes(bytes(content))
    # Refused while copying (a damaged page on the way) or by the check of the copy,
    # depending on which page the damage hit.
    with pytest.raises(BackupError, match=r"failed its check|malformed"):
        daily_backup(data, today=dt.date(2026, 1, 2))
    assert [i.path for i in list_backups(data)] == [good]
    assert temp_files(data) == []


# --- automatic backups and rotation -----------------------------------------


def test_daily_backup_once_per_day(data: Path) -> None:
    day = dt.date(2026, 11, 26)
    first = daily_backup(data, today=day)
    assert first is not None
    assert first.parent == backups_dir(data)
    assert first.name.startswith("daily-20261126-")
    assert daily_backup(data, today=day) is None
    second = daily_backup(data, today=day + dt.timedelta(days=1))
    assert second is not None
    assert second.name.startswith("daily-20261127-")
    assert names_in(second) == ["Ada", "Bob", "Cy"]


def test_daily_backup_without_database_does_nothing(tmp_path: Path) -> None:
    assert daily_backup(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_rotation_keeps_fourteen_dailies_and_ten_pre_change(data: Path) -> None:
    folder = backups_dir(data)
    folder.mkdir()
    keep = [folder / "notes.txt", folder / "my-own-copy.sqlite3", folder / "daily-old.sqlite3"]
    for path in keep:
        path.write_text("not ours to delete")
    start = dt.date(2026, 1, 1)
    for n in range(16):
        daily_backup(data, today=start + dt.timedelta(days=n))
    for n in range(12):
        reason = "import" if n % 2 else "merge"
        pre_change_backup(data, reason, now=NOON + dt.timedelta(minutes=n))
    infos = list_backups(data)
    dailies = [i for i in infos if i.kind is BackupKind.DAILY]
    pre = [i for i in infos if i.kind is BackupKind.PRE_CHANGE]
    assert [i.created.date() for i in dailies] == [
        start + dt.timedelta(days=n) for n in range(15, 1, -1)
    ]
    assert [i.created for i in pre] == [NOON + dt.timedelta(minutes=n) for n in range(11, 1, -1)]
    assert all(path.exists() for path in keep)


def test_pre_change_backup_names_reason_and_time(data: Path) -> None:
    first = pre_change_backup(data, "import", now=dt.datetime(2026, 11, 26, 19, 30, 12))
    assert first.name == "pre-import-20261126-193012.sqlite3"
    same_second = pre_change_backup(data, "Import", now=dt.datetime(2026, 11, 26, 19, 30, 12))
    assert same_second.name == "pre-import-20261126-193012-2.sqlite3"
    odd = pre_change_backup(data, "Merge contacts!/..", now=NOON)
    assert odd.name == "pre-merge-contacts-20261126-120000.sqlite3"
    assert [i.path for i in list_backups(data)][:2] == [same_second, first]


def test_pre_change_backup_without_database_raises(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        pre_change_backup(tmp_path, "import")


def test_list_backups_describes_each_file(data: Path) -> None:
    daily = daily_backup(data, today=dt.date(2026, 11, 20))
    open_database(data / DB_FILENAME)
    add_contacts("Dee")
    Contact.update(deleted_at=NOON).where(Contact.display_name == "Ada").execute()
    close_database()
    pre = pre_change_backup(data, "merge", now=NOON)
    manual = manual_backup(data, now=NOON + dt.timedelta(hours=1))
    junk = backups_dir(data) / "junk.sqlite3"
    junk.write_bytes(b"nonsense" * 100)
    os.utime(junk, (0, 0))
    (backups_dir(data) / ".netdesk-leftover.tmp").write_bytes(b"")

    infos = list_backups(data)
    assert [(i.path, i.kind) for i in infos] == [
        (manual, BackupKind.MANUAL),
        (pre, BackupKind.PRE_CHANGE),
        (daily, BackupKind.DAILY),
        (junk, BackupKind.MANUAL),
    ]
    assert [i.contact_count for i in infos] == [3, 3, 3, None]
    assert [i.schema_version for i in infos] == [SCHEMA_VERSION] * 3 + [None]
    assert infos[1].reason == "merge"
    assert infos[1].created == NOON
    assert infos[0].size == manual.stat().st_size
    assert list_backups(data / "elsewhere") == []


def test_latest_good_backup_skips_damaged_ones(data: Path) -> None:
    assert latest_good_backup(data) is None
    older = pre_change_backup(data, "import", now=NOON)
    newer = pre_change_backup(data, "merge", now=NOON + dt.timedelta(hours=1))
    assert latest_good_backup(data) == newer
    content = bytearray(newer.read_bytes())
    content[len(content) // 2 :] = b"\xde" * (len(content) - len(content) // 2)
    newer.write_bytes(bytes(content))
    assert latest_good_backup(data) == older


def test_backup_before_migration_only_for_older_schemas(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert backup_before_migration(data) is None  # current version
    assert not backups_dir(data).exists()
    monkeypatch.setattr(backup, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    made = backup_before_migration(data)
    assert made is not None
    assert made.name.startswith("pre-migration-")
    assert names_in(made) == ["Ada", "Bob", "Cy"]


def test_backup_before_migration_ignores_missing_and_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    assert backup_before_migration(tmp_path) is None
    (tmp_path / DB_FILENAME).touch()
    assert backup_before_migration(tmp_path) is None
    assert sorted(os.listdir(tmp_path)) == [DB_FILENAME]


# --- restore ----------------------------------------------------------------


@pytest.fixture
def older(data: Path) -> Path:
    """A backup holding Ada, Bob and Cy, taken before Dee was added to the live data."""
    made = manual_backup(data, now=NOON)
    make_db(data / DB_FILENAME, "Dee")
    return made


def test_restore_replaces_live_and_keeps_the_current_one(data: Path, older: Path) -> None:
    live = restore(data, older)
    assert live == data / DB_FILENAME
    assert names_in(live) == ["Ada", "Bob", "Cy"]
    assert not wal_path(live).exists()
    assert not shm_path(live).exists()
    kept = [i for i in list_backups(data) if i.reason == "restore"]
    assert len(kept) == 1
    assert names_in(kept[0].path) == ["Ada", "Bob", "Cy", "Dee"]
    assert temp_files(data) == []
    open_database(live)  # the app reopens it afterwards
    try:
        assert Contact.select().count() == 3
    finally:
        close_database()


def test_restore_after_a_crash_folds_and_removes_the_stale_wal(
    data: Path, older: Path, tmp_path: Path
) -> None:
    # The image a crashed app leaves: main file plus a -wal holding a commit.
    open_database(tmp_path / "crashed.sqlite3")
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    add_contacts("Eve")
    shutil.copyfile(tmp_path / "crashed.sqlite3", data / DB_FILENAME)
    shutil.copyfile(wal_path(tmp_path / "crashed.sqlite3"), wal_path(data / DB_FILENAME))
    close_database()

    live = restore(data, older)
    assert names_in(live) == ["Ada", "Bob", "Cy"]
    assert not wal_path(live).exists()
    kept = next(i.path for i in list_backups(data) if i.reason == "restore")
    assert names_in(kept) == ["Eve"]


def test_restore_refuses_while_the_database_is_open(data: Path, older: Path) -> None:
    open_database(data / DB_FILENAME)
    try:
        with pytest.raises(BackupError, match="still open"):
            restore(data, older)
        assert Contact.select().count() == 4
    finally:
        close_database()
    assert temp_files(data) == []


def test_restore_refuses_newer_schema(data: Path, older: Path) -> None:
    connection = sqlite3.connect(older)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="newer NetDesk") as err:
        restore(data, older)
    assert "\n" not in str(err.value)
    assert names_in(data / DB_FILENAME) == ["Ada", "Bob", "Cy", "Dee"]
    assert not [i for i in list_backups(data) if i.reason == "restore"]


@pytest.mark.parametrize("kind", ["missing", "random", "foreign", "truncated", "live"])
def test_restore_refuses_unusable_files(data: Path, older: Path, kind: str) -> None:
    target = data / "candidate.sqlite3"
    if kind == "random":
        target.write_bytes(os.urandom(8192))
    elif kind == "foreign":
        connection = sqlite3.connect(target)
        connection.execute("CREATE TABLE recipes (name)")
        connection.close()
    elif kind == "truncated":
        content = older.read_bytes()
        target.write_bytes(content[: len(content) // 2])
    elif kind == "live":
        target = data / DB_FILENAME
    before = (data / DB_FILENAME).read_bytes()
    with pytest.raises(BackupError) as err:
        restore(data, target)
    assert "\n" not in str(err.value)
    assert (data / DB_FILENAME).read_bytes() == before
    assert temp_files(data) == []


def test_restore_interrupted_at_the_switch_leaves_live_intact(
    data: Path, older: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = data / DB_FILENAME
    real_replace = os.replace

    def crash_on_live(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == live:
            raise OSError(5, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_live)
    with pytest.raises(BackupError, match="Nothing was changed"):
        restore(data, older)
    assert check_database(live).status is Status.OK
    assert names_in(live) == ["Ada", "Bob", "Cy", "Dee"]
    assert temp_files(data) == []


def test_restore_over_a_damaged_database_keeps_its_raw_bytes(data: Path, older: Path) -> None:
    live = data / DB_FILENAME
    damaged = b"SQLite format 3\x00" + os.urandom(4080)
    live.write_bytes(damaged)
    restore(data, older)
    assert names_in(live) == ["Ada", "Bob", "Cy"]
    kept = [p for p in backups_dir(data).iterdir() if p.name.startswith("pre-restore-")]
    assert [p.read_bytes() for p in kept] == [damaged]


def test_restore_into_an_empty_data_dir(older: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    live = restore(fresh, older)
    assert names_in(live) == ["Ada", "Bob", "Cy"]
    assert sorted(os.listdir(fresh)) == [DB_FILENAME]


def test_restoring_the_oldest_pre_change_backup_does_not_rotate_it_away(data: Path) -> None:
    oldest = pre_change_backup(data, "import", now=NOON)
    for n in range(1, 10):
        pre_change_backup(data, "merge", now=NOON + dt.timedelta(minutes=n))
    make_db(data / DB_FILENAME, "Dee")
    restore(data, oldest)
    assert oldest.exists()
    assert names_in(data / DB_FILENAME) == ["Ada", "Bob", "Cy"]
    assert sum(1 for i in list_backups(data) if i.kind is BackupKind.PRE_CHANGE) == 11


def test_restore_creates_a_missing_data_dir(older: Path, tmp_path: Path) -> None:
    live = restore(tmp_path / "new" / "place", older)
    assert names_in(live) == ["Ada", "Bob", "Cy"]


# --- an empty or foreign database never pushes the good backups out ----------


def test_snapshot_refuses_an_empty_or_foreign_file(data: Path, tmp_path: Path) -> None:
    live = data / DB_FILENAME
    live.write_bytes(b"")
    with pytest.raises(BackupError, match="empty"):
        snapshot(live, tmp_path / "copy.sqlite3")
    with pytest.raises(BackupError, match="empty"):
        daily_backup(data, today=dt.date(2026, 1, 1))
    live.unlink()
    with sqlite3.connect(live) as connection:
        connection.execute("CREATE TABLE photos(id)")
    with pytest.raises(BackupError, match="another program"):
        manual_backup(data)
    assert not (tmp_path / "copy.sqlite3").exists()
    assert list_backups(data) == []


def test_an_emptied_network_is_not_the_backup_to_restore(data: Path) -> None:
    daily = daily_backup(data, today=dt.date(2026, 1, 1))
    (data / DB_FILENAME).unlink()
    make_db(data / DB_FILENAME)  # the network is gone: an empty database in its place
    assert daily_backup(data, today=dt.date(2026, 1, 2)) is None
    manual = manual_backup(data, now=NOON)  # asked for explicitly, so it is made
    assert names_in(manual) == []
    assert latest_good_backup(data) == daily


def test_rotation_spares_the_newest_good_pre_change_backup(data: Path) -> None:
    good = pre_change_backup(data, "import", now=NOON)
    (data / DB_FILENAME).unlink()
    make_db(data / DB_FILENAME)
    for n in range(1, 16):
        pre_change_backup(data, "merge", now=NOON + dt.timedelta(hours=n))
    infos = list_backups(data)
    assert good in {i.path for i in infos}
    assert len(infos) == 11  # ten newest and the good one
    assert latest_good_backup(data) == good
