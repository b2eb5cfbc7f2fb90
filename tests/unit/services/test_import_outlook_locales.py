"""Two people in a German Outlook export are two contacts: "SMTP" (the e-mail type
column) is not an address they share."""

import pytest
from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, open_database
from netdesk.io.reader import read_contacts
from netdesk.services.contacts import ContactService
from netdesk.services.importer import Action, ImportService
from tests.unit.io._paths import DATA


@pytest.fixture
def importer(qapp, tmp_path):
    open_database(tmp_path / "db.sqlite3")
    yield ImportService(ContactService(QUndoStack(), region="DE"))
    close_database()


def test_german_outlook_rows_are_not_merged_on_smtp(importer):
    data = (DATA / "outlook_german_cp1252.csv").read_bytes()
    plan = importer.plan(read_contacts(data, "Kontakte.CSV").contacts)
    assert [item.action for item in plan] == [Action.ADD, Action.ADD]
    assert [item.incoming.family_name for item in plan] == ["Becker", "Schäfer"]
