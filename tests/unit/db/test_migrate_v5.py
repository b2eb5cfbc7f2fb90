"""A database written at schema version 5 gains the asks' follow-up and closing dates.

``tests/data/db/netdesk-v5.sqlite3`` was made once by NetDesk at schema version 5 (before
asks had dates to chase or close them): منى سالم with an open ask and Karim Nabil, every
60 days, with an ask done ("Sent back with comments"). It is never regenerated.
"""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.services.contacts import ContactService
from netdesk.services.network import NetworkService
from netdesk.store import ledger_store
from netdesk.store.contact_query import ContactQuery

V5 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v5.sqlite3"


def test_v5_file_is_what_the_test_says() -> None:
    with sqlite3.connect(f"file:{V5}?mode=ro", uri=True) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 5
        columns = {r[1] for r in raw.execute('PRAGMA table_info("ask")')}
        assert "follow_up" not in columns and "closed_on" not in columns


def test_v5_asks_upgrade_and_an_ask_follow_up_makes_a_contact_due(qapp, tmp_path) -> None:
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V5, copy)
    open_database(copy)
    try:
        assert schema_version(database) == SCHEMA_VERSION >= 6
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = ContactService(QUndoStack())
        network = NetworkService(contacts)
        (mona,) = contacts.query_ids(ContactQuery(text="منى"))
        (karim,) = contacts.query_ids(ContactQuery(text="karim"))
        (open_ask,) = ledger_store.asks_for(mona)
        assert (open_ask.status, open_ask.follow_up, open_ask.closed_on) == ("open", None, None)
        (done,) = ledger_store.asks_for(karim)
        # Closed before the upgrade: dated by its last write, with its outcome kept.
        assert done.outcome == "Sent back with comments"
        assert done.closed_on is not None and done.closed_on <= dt.date.today()
        # Mona has no cadence: never due, until an ask of hers is to be chased.
        today = dt.date.today()
        assert contacts.rows([mona])[mona].next_due is None
        fields = open_ask.fields()
        network.edit_ask(
            open_ask,
            ledger_store.AskFields(mona, fields.what, fields.kind, False, fields.asked_on, today),
        )
        assert contacts.rows([mona])[mona].next_due == today
        assert mona in contacts.query_ids(ContactQuery(due_by=today))
        network.set_ask_status(ledger_store.asks_for(mona)[0], "done", "Referred me")
        assert contacts.rows([mona])[mona].next_due is None
    finally:
        contacts.undo_stack.clear()
        close_database()
