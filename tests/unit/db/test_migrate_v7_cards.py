"""A database written at schema version 7 gains the business-card step.

``tests/data/db/netdesk-v7-cards.sqlite3`` was made once by NetDesk at schema version 7 (main
at the merge of issue 20, before business cards): Omar Nasr (Delta Engineering Ltd,
omar@delta.example) and منى سالم (+20 100 123 4567). It is never regenerated.
"""

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.services.contacts import ContactService
from netdesk.store.contact_query import ContactQuery

V7 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v7-cards.sqlite3"


def test_v7_file_is_what_the_test_says() -> None:
    with sqlite3.connect(f"file:{V7}?mode=ro", uri=True) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 7
        columns = {r[1] for r in raw.execute('PRAGMA table_info("contact")')}
        assert "second_name" not in columns and "card_image" not in columns
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "owner" not in tables


def test_v7_gains_second_names_card_images_and_me(qapp, tmp_path) -> None:
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V7, copy)
    open_database(copy)
    try:
        assert schema_version(database) == SCHEMA_VERSION >= 9
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = ContactService(QUndoStack())
        (omar,) = contacts.query_ids(ContactQuery(text="omar"))
        data = contacts.get(omar)
        assert (data.second_name, data.card_image, contacts.owner()) == ("", None, None)
        data.second_name = "عمر نصر"
        data.card_image = b"\xff\xd8card"
        contacts.update(omar, data)
        # Search finds the name in the other script, Arabic folded as everywhere.
        assert contacts.query_ids(ContactQuery(text="عمر")) == [omar]
        assert contacts.get(omar).card_image == b"\xff\xd8card"
        contacts.set_owner(omar)
        assert contacts.owner() == omar
        contacts.delete([omar])
        assert contacts.owner() is None  # me in the trash is nobody
        contacts.undo_stack.undo()
        assert contacts.owner() == omar
        contacts.undo_stack.undo()
        contacts.undo_stack.undo()
        assert contacts.owner() is None
    finally:
        close_database()
