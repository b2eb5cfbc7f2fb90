"""The shared connection: a large write's WAL checkpoint runs on a thread of its own."""

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from netdesk.db import connection
from netdesk.db.connection import checkpoint_later, wait_for_checkpoint


def _in_main_file(path: Path) -> int:
    """Rows of ``t`` the database file itself holds, ignoring the WAL."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True) as reader:
        return int(reader.execute("SELECT COUNT(*) FROM t").fetchone()[0])


def _fill(db: SqliteDatabase, rows: int) -> None:
    with db.atomic():
        db.cursor().executemany("INSERT INTO t (x) VALUES (?)", [("x" * 500,)] * rows)


@pytest.fixture
def table(db: SqliteDatabase, db_path: Path) -> SqliteDatabase:
    db.execute_sql("CREATE TABLE t (x TEXT)")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA wal_autocheckpoint = 10")
    return db


def test_commit_leaves_the_checkpoint_to_a_thread(
    table: SqliteDatabase, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr(connection, "_start_checkpoint", started.append)
    with checkpoint_later():
        _fill(table, 1000)
    assert started == [str(db_path)]
    # Committed, readable, but not yet copied into the database file.
    assert table.execute_sql("SELECT COUNT(*) FROM t").fetchone()[0] == 1000
    assert _in_main_file(db_path) == 0
    assert table.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 10

    monkeypatch.undo()
    connection._start_checkpoint(str(db_path))
    wait_for_checkpoint()
    assert _in_main_file(db_path) == 1000
    # Without the context, SQLite's own checkpoint runs as before.
    _fill(table, 100)
    assert _in_main_file(db_path) == 1100


def test_failed_write_starts_no_checkpoint(
    table: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr(connection, "_start_checkpoint", started.append)

    def write() -> None:
        table.execute_sql("INSERT INTO t (x) VALUES ('y')")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"), checkpoint_later(), table.atomic():
        write()
    assert started == []
    assert table.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 10
    assert table.execute_sql("SELECT COUNT(*) FROM t").fetchone()[0] == 0


def test_closing_waits_for_the_checkpoint(table: SqliteDatabase, db_path: Path) -> None:
    with checkpoint_later():
        _fill(table, 1000)
    connection.close_database()
    assert connection._checkpointer is not None
    assert not connection._checkpointer.is_alive()
    assert _in_main_file(db_path) == 1000


def test_an_empty_file_is_never_made_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(sqlite3.DatabaseError, match="is empty"):
        connection.open_database(path)
    assert path.read_bytes() == b""
