"""The one database object, unbound until start-up opens a file."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

DB_FILENAME = "netdesk.sqlite3"

# WAL lets the GUI read while an import writes; foreign keys keep child rows honest;
# busy_timeout turns a brief lock into a short wait instead of an error.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 5000,
    "cache_size": -16000,
    "temp_store": "memory",
}

database = SqliteDatabase(None, pragmas=PRAGMAS)


def open_database(path: Path | str) -> SqliteDatabase:
    """Bind the shared database object to ``path``, connect it and bring the schema up to date."""
    from netdesk.db.migrations import migrate

    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=PRAGMAS)
    database.connect()
    migrate(database)
    return database


def close_database() -> None:
    if not database.is_closed():
        database.close()
