"""A database written at schema version 7 gains the job search (step 8).

``tests/data/db/netdesk-v7.sqlite3`` was made once by NetDesk at schema version 7 (main at
c4b4b55, with captured conversations, before the job search): Sara Ali at Careem (a
"gave" coffee on 20 Nov 2026), عمر فاروق at Fawry who used to be at Careem (left 30 Jun
2025; an open ask, follow-up 1 Dec 2026), and Layla Haddad at Instabug, introduced to
Sara. It is never regenerated.
"""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtGui import QUndoStack

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.services.jobs import JobService, OpeningFields, Relation, Stage
from netdesk.services.network import NetworkService

V7 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v7.sqlite3"


def test_v7_file_is_what_the_test_says() -> None:
    with sqlite3.connect(f"file:{V7}?mode=ro", uri=True) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 7
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "opening" not in tables and "job_target" not in tables


def test_v7_upgrades_and_the_job_search_works_on_it(qapp, tmp_path) -> None:
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V7, copy)
    open_database(copy)
    try:
        assert schema_version(database) == SCHEMA_VERSION >= 8
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        contacts = ContactService(QUndoStack())
        network = NetworkService(contacts)
        jobs = JobService(InteractionService(contacts), network, clock=lambda: dt.date(2026, 12, 2))
        careem = contacts.organization_named("Careem")
        assert careem is not None
        paths = jobs.paths(careem)
        names = [(p.person.display_name, p.relation) for p in paths]
        assert names == [
            ("Sara Ali", Relation.CURRENT),
            ("عمر فاروق", Relation.FORMER),
            ("Layla Haddad", Relation.CONNECTED),
        ]
        assert paths[0].strength.facts.gave == 1
        oid = jobs.add_opening(OpeningFields("Careem", "Data Scientist"))
        jobs.ask_for_referral(oid, paths[0].id, "Refer me", dt.date(2026, 12, 9))
        entry = jobs.opening(oid)
        assert entry is not None and entry.stage == Stage.REFERRAL
        kinds = [(i.kind, i.display_name) for i in jobs.today()]
        assert ("follow_up", "عمر فاروق") in kinds
    finally:
        contacts.undo_stack.clear()
        close_database()
