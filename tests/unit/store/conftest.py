from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from netdesk.db.connection import DB_FILENAME, close_database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(tmp_path / DB_FILENAME)
    yield database
    close_database()
