"""A database written at schema version 10 gains the participant indexes of search.

``tests/data/db/netdesk-v10.sqlite3`` was made once by NetDesk at schema version 10 (main
at e002900: ``python -m netdesk.sample --contacts 12``): 12 contacts, 183 interactions;
interaction 29 "تهنئة بالوظيفة الجديدة" with contacts 3 (حمزة الخطيب) and 7. It is never
regenerated.
"""

import shutil
import sqlite3
from pathlib import Path

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.domain.search_query import parse
from netdesk.store.search import search

V10 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v10.sqlite3"


def _indexes(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' "
        "AND sql IS NOT NULL"
    )
    return {r[0] for r in rows}


def test_v10_file_is_what_the_test_says() -> None:
    with sqlite3.connect(f"file:{V10}?mode=ro&immutable=1", uri=True) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 10
        assert _indexes(raw) == {
            "participant_interaction_id",
            "participant_contact_id",
            "participant_contact_time",
        }


def test_v10_gains_the_covering_index_and_loses_the_repeated_ones(qapp, tmp_path) -> None:
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V10, copy)
    open_database(copy)
    try:
        assert schema_version(database) == SCHEMA_VERSION >= 11
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert _indexes(database.connection()) == {"participant_interaction_contact"}
        # The walk of the timeline reads participants from the index alone.
        plan = " ".join(
            str(r[3])
            for r in database.execute_sql(
                "EXPLAIN QUERY PLAN SELECT contact_id FROM participant WHERE interaction_id = 29"
            )
        )
        assert "COVERING INDEX participant_interaction_contact" in plan
        found = search(parse("بالوظيفة"), limit=10)
        assert {3, 7} <= {h.contact_id for h in found}
    finally:
        close_database()
