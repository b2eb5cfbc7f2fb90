"""The start-up checks shared by the window and every command, on real files."""

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from netdesk.db import preflight
from netdesk.db.connection import DB_FILENAME, close_database, database, open_database
from netdesk.db.health import Status, wal_path
from netdesk.db.preflight import (
    check_data_folder,
    remove_stale_temp_files,
    restore_blocker,
)
from netdesk.db.records import Contact


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    open_database(folder / DB_FILENAME)
    try:
        with database.atomic():
            for name in ("Ada", "Bob"):
                Contact.create(display_name=name, sort_key=name.lower())
    finally:
        close_database()
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_healthy_and_missing(data: Path, tmp_path: Path) -> None:
    assert check_data_folder(data).status is Status.OK
    assert check_data_folder(data, thorough=True).status is Status.OK
    assert check_data_folder(tmp_path / "new" / "deeper").status is Status.MISSING
    assert not (tmp_path / "new").exists()


def test_zero_byte_database_is_not_a_new_one(data: Path) -> None:
    (data / DB_FILENAME).write_bytes(b"")
    result = check_data_folder(data)
    assert result.status is Status.NOT_A_DATABASE
    assert "empty" in result.message
    assert (data / DB_FILENAME).read_bytes() == b""
    assert restore_blocker(data, result) is None


def test_foreign_wal_is_reported_and_never_replayed(data: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    try:
        connection.execute("PRAGMA journal_mode=WAL").fetchall()
        connection.execute("PRAGMA wal_autocheckpoint=0").fetchall()
        connection.execute("CREATE TABLE junk(x)")
        connection.executemany("INSERT INTO junk VALUES (?)", [("x" * 300,)] * 100)
        connection.commit()
        shutil.copyfile(wal_path(other), wal_path(data / DB_FILENAME))
    finally:
        connection.close()
    before = snapshot(data)
    for thorough in (False, True):
        result = check_data_folder(data, thorough=thorough)
        assert result.status is Status.CORRUPT
        assert "belongs to another database" in result.message
    after = snapshot(data)
    assert {k: after[k] for k in before} == before


def test_another_programs_database_is_not_ours(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DB_FILENAME) as connection:
        connection.execute("CREATE TABLE photos(id)")
    assert check_data_folder(tmp_path).status is Status.NOT_A_DATABASE
    (tmp_path / DB_FILENAME).unlink()
    # No tables at all holds nothing: a first start killed before its schema was written.
    sqlite3.connect(tmp_path / DB_FILENAME).execute("PRAGMA user_version=0").close()
    assert check_data_folder(tmp_path).status is Status.OK


def test_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("x")
    result = check_data_folder(tmp_path / "data")
    assert result.status is Status.UNREADABLE
    assert "is a file, not a folder" in result.message
    assert check_data_folder(tmp_path / "data" / "below").status is Status.UNREADABLE


def test_read_only_database_and_folder(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = data / DB_FILENAME
    real_access = os.access
    denied: set[Path] = {db}
    monkeypatch.setattr(
        os, "access", lambda p, mode: Path(p) not in denied and real_access(p, mode)
    )
    assert check_data_folder(data).status is Status.READ_ONLY
    denied = {data}
    result = check_data_folder(data)
    assert result.status is Status.READ_ONLY
    assert "cannot write in the folder" in result.message


def test_restore_is_possible_only_where_it_can_work(data: Path) -> None:
    db = data / DB_FILENAME
    db.write_bytes(b"garbage" * 100)
    assert restore_blocker(data, check_data_folder(data)) is None
    db.unlink()
    db.mkdir()
    result = check_data_folder(data)
    assert result.status is Status.UNREADABLE
    assert restore_blocker(data, result) == result.message


def test_stale_temp_files_go_and_hot_journals_stay(data: Path) -> None:
    backups = data / "backups"
    backups.mkdir()
    old = time.time() - 2 * preflight.STALE_TEMP_SECONDS
    stale = [
        data / ".netdesk-a1.tmp",
        backups / ".netdesk-b2.tmp",
        backups / ".netdesk-b2.tmp-journal",
    ]
    orphan = backups / ".netdesk-c3.tmp-journal"  # its copy is already gone
    fresh = backups / ".netdesk-d4.tmp"  # a backup being written right now
    hot = [data / f"{DB_FILENAME}-journal", backups / "daily-20260101-100000.sqlite3-journal"]
    (backups / "daily-20260101-100000.sqlite3").write_bytes(b"")
    for path in [*stale, orphan, fresh, *hot]:
        path.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
        os.utime(path, (old, old))
    os.utime(fresh)
    removed = remove_stale_temp_files(data)
    assert sorted(removed) == sorted([*stale, orphan])
    assert fresh.exists()
    assert all(path.exists() for path in hot)


KILLED_MID_WRITE = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE").fetchall()
connection.execute("PRAGMA cache_size=1")
connection.execute("BEGIN")
connection.execute("UPDATE contact SET display_name = 'Ghost', notes = ?", ("x" * 400_000,))
os._exit(0)  # killed before the commit: a hot -journal stays behind
"""


def test_a_write_cut_short_is_rolled_back_not_called_unreadable(data: Path) -> None:
    import subprocess
    import sys

    db = data / DB_FILENAME
    subprocess.run([sys.executable, "-c", KILLED_MID_WRITE, str(db)], check=True, timeout=60)
    journal = db.with_name(db.name + "-journal")
    assert journal.stat().st_size > 0
    assert check_data_folder(data).status is Status.OK
    uri = f"{db.resolve().as_uri()}?mode=ro"
    with sqlite3.connect(uri, uri=True) as connection:
        names = [r[0] for r in connection.execute("SELECT display_name FROM contact")]
    assert sorted(names) == ["Ada", "Bob"]
