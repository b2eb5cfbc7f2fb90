"""A database written at schema version 6 gains the captured interactions' columns.

``tests/data/db/netdesk-v6.sqlite3`` was made once by NetDesk at schema version 6 (before
capture), with ``python -m netdesk.sample --contacts 30``: 30 contacts and 245
interactions logged by hand. It is never regenerated.
"""

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.services.capture import CaptureService
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService

V6 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v6.sqlite3"
CHAT = Path(__file__).resolve().parents[2] / "data" / "capture" / "whatsapp-ar-ios-group.txt"


def test_v6_file_is_what_the_test_says() -> None:
    with sqlite3.connect(f"file:{V6}?mode=ro", uri=True) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 6
        columns = {r[1] for r in raw.execute('PRAGMA table_info("interaction")')}
        assert "capture_key" not in columns
        assert raw.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 245


def test_v6_upgrades_and_captures(qapp, tmp_path) -> None:
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V6, copy)
    open_database(copy)
    contacts = ContactService(QUndoStack())
    try:
        assert schema_version(database) == SCHEMA_VERSION >= 7
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Interactions logged by hand have no key, no source and no count.
        assert (
            database.execute_sql(
                "SELECT COUNT(*) FROM interaction WHERE capture_key IS NULL "
                "AND capture_source = '' AND capture_count IS NULL"
            ).fetchone()[0]
            == 245
        )
        capture = CaptureService(InteractionService(contacts))
        plan = capture.plan([CHAT])
        people = plan.sources[0].read.people
        capture.apply(plan, capture_choices_adding_everyone(len(people)))
        assert (
            database.execute_sql(
                "SELECT COUNT(*) FROM interaction WHERE capture_source != ''"
            ).fetchone()[0]
            == 2
        )
    finally:
        contacts.undo_stack.clear()
        close_database()


def capture_choices_adding_everyone(count: int):
    from netdesk.services.capture import CaptureChoices

    return CaptureChoices(add={(0, p) for p in range(count)})
