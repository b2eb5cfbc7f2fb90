"""The read-only health check: every status from a real file, and nothing ever written."""

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.db.health import CheckResult, Status, check_database, wal_path
from netdesk.db.migrations import SCHEMA_VERSION
from netdesk.db.records import Contact

PAGE = 4096


def make_db(path: Path, contacts: int = 3) -> Path:
    """A migrated NetDesk database, closed again (so it is a WAL-format file without -wal)."""
    open_database(path)
    try:
        with Contact._meta.database.atomic():
            for i in range(contacts):
                Contact.create(display_name=f"C{i}", sort_key=f"c{i}", notes="n" * 200)
    finally:
        close_database()
    return path


def rollback_db(path: Path) -> Path:
    """A plain rollback-journal database, as a locked-out reader would meet it."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return make_db(tmp_path / DB_FILENAME)


@pytest.fixture
def big(tmp_path: Path) -> Path:
    # Enough contacts that the middle of the file is a b-tree page.
    return make_db(tmp_path / DB_FILENAME, contacts=300)


def test_healthy_database_is_ok(good: Path) -> None:
    result = check_database(good)
    assert result == CheckResult(Status.OK, result.message, SCHEMA_VERSION)
    assert result.ok
    assert "\n" not in result.message


def test_path_with_uri_characters_and_arabic(tmp_path: Path) -> None:
    # The read-only connection goes through a file: URI; these must not break it.
    folder = tmp_path / "شبكتي ?#%20 &x=1"
    folder.mkdir()
    path = make_db(folder / DB_FILENAME)
    assert check_database(path).status is Status.OK
    assert check_database(folder / "absent.sqlite3").status is Status.MISSING


def test_missing_file_is_reported_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    result = check_database(path)
    assert result.status is Status.MISSING
    assert result.schema_version is None
    assert list(tmp_path.iterdir()) == []


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.write_bytes(bytes(range(256)) * 32)
    assert check_database(path).status is Status.NOT_A_DATABASE


def test_magic_string_followed_by_junk_is_not_a_database(tmp_path: Path) -> None:
    # Passes the header sniff; SQLite itself rejects the impossible page size.
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * (PAGE - 16))
    assert check_database(path).status is Status.NOT_A_DATABASE


def test_empty_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.touch()
    result = check_database(path)
    assert result.status is Status.NOT_A_DATABASE
    assert "empty" in result.message


def test_truncated_database_is_corrupt(big: Path) -> None:
    data = big.read_bytes()
    big.write_bytes(data[: len(data) // 2])
    result = check_database(big)
    assert result.status is Status.CORRUPT
    assert "\n" not in result.message


def test_garbage_over_a_middle_page_is_corrupt(big: Path) -> None:
    data = bytearray(big.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : (middle + 1) * PAGE] = b"\xde\xad\xbe\xef" * (PAGE // 4)
    big.write_bytes(bytes(data))
    result = check_database(big)
    assert result.status is Status.CORRUPT
    assert "\n" not in result.message


def test_folder_in_place_of_the_file_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / DB_FILENAME
    path.mkdir()
    assert check_database(path).status is Status.UNREADABLE


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission_is_unreadable(good: Path) -> None:
    good.chmod(0)
    try:
        assert check_database(good).status is Status.UNREADABLE
    finally:
        good.chmod(0o600)


def test_exclusive_lock_held_elsewhere_is_locked(tmp_path: Path) -> None:
    path = rollback_db(tmp_path / DB_FILENAME)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = check_database(path, timeout=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.status is Status.LOCKED
    assert check_database(path).status is Status.OK


def test_newer_schema_is_too_new(good: Path) -> None:
    connection = sqlite3.connect(good)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    result = check_database(good)
    assert result.status is Status.TOO_NEW
    assert result.schema_version == SCHEMA_VERSION + 1
    assert "newer NetDesk" in result.message


def test_open_database_with_live_writer_is_ok(tmp_path: Path) -> None:
    # The app holds the database in WAL mode with uncheckpointed changes.
    path = tmp_path / DB_FILENAME
    open_database(path)
    try:
        Contact._meta.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
        Contact.create(display_name="Only in the WAL", sort_key="only")
        assert wal_path(path).stat().st_size > 0
        assert check_database(path).status is Status.OK
    finally:
        close_database()


def _corrupt_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : middle * PAGE + 64] = b"\x00" * 64
    path.write_bytes(bytes(data))


def _too_new(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


def _as_rollback(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()


@pytest.fixture(params=["wal", "rollback", "corrupt", "too-new"])
def any_db(request: pytest.FixtureRequest, big: Path) -> Path:
    spoil: dict[str, Callable[[Path], None]] = {
        "wal": lambda _: None,
        "rollback": _as_rollback,
        "corrupt": _corrupt_middle,
        "too-new": _too_new,
    }
    spoil[request.param](big)
    return big


def test_check_never_writes(any_db: Path) -> None:
    before_files = sorted(os.listdir(any_db.parent))
    before = (any_db.read_bytes(), any_db.stat().st_mtime_ns)
    check_database(any_db)
    assert (any_db.read_bytes(), any_db.stat().st_mtime_ns) == before
    # No -wal, -shm or -journal left beside the file either.
    assert sorted(os.listdir(any_db.parent)) == before_files


def test_damage_reported_in_bytes_that_are_not_utf8_is_still_damage(tmp_path: Path) -> None:
    # A damaged schema names a column with a byte that is not UTF-8, and the check's
    # message quotes it: the check must report the damage, not fail to read its message.
    path = tmp_path / DB_FILENAME
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, ab TEXT)")
    connection.execute("INSERT INTO t (ab) VALUES (NULL)")
    connection.commit()
    connection.execute("PRAGMA writable_schema=ON")
    sql = b"CREATE TABLE t (id INTEGER PRIMARY KEY, \xffb TEXT NOT NULL)"
    connection.execute(f"UPDATE sqlite_master SET sql = CAST(X'{sql.hex()}' AS TEXT)")
    connection.commit()
    connection.close()
    result = check_database(path)
    assert result.status is Status.CORRUPT
    assert "NULL value in t.\ufffdb" in result.message
