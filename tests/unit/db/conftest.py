from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from netdesk.db.connection import DB_FILENAME, close_database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / DB_FILENAME


@pytest.fixture
def db(db_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(db_path)
    yield database
    close_database()
