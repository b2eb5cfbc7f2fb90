from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from netdesk.db.connection import DB_FILENAME, close_database, open_database
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SqliteDatabase]:
    database = open_database(tmp_path / DB_FILENAME)
    yield database
    close_database()


@pytest.fixture
def undo_stack(qapp: QApplication) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def contacts(db: SqliteDatabase, undo_stack: QUndoStack) -> ContactService:
    return ContactService(undo_stack, region="EG")


@pytest.fixture
def interactions(contacts: ContactService) -> InteractionService:
    return InteractionService(contacts)
