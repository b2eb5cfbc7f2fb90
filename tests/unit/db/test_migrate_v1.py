"""A database written by the first schema version opens in this one with everything intact.

``tests/data/db/netdesk-v1.sqlite3`` was made once by NetDesk at schema version 1 (a
bilingual network: contacts with every kind of detail, an interaction with two people,
an ask and an event) and is never regenerated.
"""

import shutil
from pathlib import Path

from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.domain.dates import PartialDate
from netdesk.services.contacts import ContactService
from netdesk.store import interaction_store, ledger_store
from netdesk.store.contact_query import ContactQuery

V1 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v1.sqlite3"


def test_v1_database_upgrades_intact(qapp, tmp_path):
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V1, copy)
    open_database(copy)
    try:
        assert schema_version(database) == SCHEMA_VERSION
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        contacts = ContactService(QUndoStack())
        ids = contacts.query_ids(ContactQuery())
        assert len(ids) == 3
        ahmed = contacts.get(contacts.query_ids(ContactQuery(text="احمد"))[0])
        assert ahmed.organization == "فودافون مصر"
        assert ahmed.birthday == PartialDate(4, 15)
        assert [u.label for u in ahmed.urls] == ["linkedin"]
        assert sorted(ahmed.tags) == ["Mentors", "القاهرة"]
        assert ahmed.cadence_days == 30
        timeline = interaction_store.timeline(ahmed.id or 0)
        assert [t.summary for t in timeline] == ["PyCon Egypt", "قهوة ونصائح"]
        sara = contacts.query_ids(ContactQuery(text="sara"))[0]
        # Step 5 indexed the word starts of the names already there.
        assert contacts.query_ids(ContactQuery(text="sa")) == [sara]
        assert ahmed.id in contacts.query_ids(ContactQuery(text="اح"))
        assert [a.what for a in ledger_store.open_asks()] == ["Referral for the PM role"]
        assert contacts.rows([sara])[sara].favourite
        # And it takes new writes after the upgrade.
        contacts.add_tag([sara], "Upgraded")
        assert "Upgraded" in contacts.get(sara).tags
    finally:
        close_database()
