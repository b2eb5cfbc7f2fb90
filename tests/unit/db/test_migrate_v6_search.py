"""A database written at schema version 6 gains the search index of issue 18.

``tests/data/db/netdesk-v6-search.sqlite3`` was made once by NetDesk at schema version 6 (main
at 7307d07): أحمد سالم (can help with "Interview prep", tagged Mentor) and Lina Haddad
(lina@example.org) with a timeline entry "Helped with a visa letter" on 2 Oct 2025. It
is never regenerated.
"""

import shutil
import sqlite3
from pathlib import Path

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, schema_version
from netdesk.domain.search_query import parse
from netdesk.store.search import ensure_indexed, search
from netdesk.store.search_index import catch_up, pending

V6 = Path(__file__).resolve().parents[2] / "data" / "db" / "netdesk-v6-search.sqlite3"


def test_v6_file_is_what_the_test_says() -> None:
    with sqlite3.connect(f"file:{V6}?mode=ro", uri=True) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 6
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
        assert "search_fts" not in tables


def test_v6_upgrade_queues_everything_and_search_finds_the_timeline(tmp_path: Path) -> None:
    copy = tmp_path / "netdesk.sqlite3"
    shutil.copyfile(V6, copy)
    open_database(copy)
    try:
        assert schema_version(database) == SCHEMA_VERSION
        assert pending() == 3  # two contacts and one interaction
        catch_up()
        ensure_indexed()
        assert [h.score for h in search(parse("visa"))] == [20]
        assert len(search(parse("ahmed"))) == 1  # أحمد, by the transliterated name
        assert len(search(parse("lina@example"))) == 1
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()
