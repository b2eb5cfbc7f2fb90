"""Bulk-writing helpers not covered by the drift tests in tests/unit/test_sample.py."""

import pytest
from peewee import SqliteDatabase

from netdesk.domain.contact_data import ContactData
from netdesk.services import contact_store
from netdesk.services.bulk import deferred_search_merges
from netdesk.services.contact_query import ContactQuery, query_ids


def _automerge(db: SqliteDatabase) -> int | None:
    row = db.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'automerge'").fetchone()
    return None if row is None else int(row[0])


def test_search_merges_are_deferred_and_the_setting_restored(db: SqliteDatabase) -> None:
    assert _automerge(db) is None  # FTS5's default, 4
    with db.atomic(), deferred_search_merges():
        assert _automerge(db) == 0
        cid = contact_store.save_contact(ContactData(given_name="Yasmin", family_name="Fathy"))
    assert _automerge(db) == 4
    assert query_ids(ContactQuery(text="yasmin fat")) == [cid]

    db.execute_sql("INSERT INTO contact_fts(contact_fts, rank) VALUES ('automerge', 8)")
    with db.atomic(), deferred_search_merges():
        pass
    assert _automerge(db) == 8


def test_a_failed_write_restores_the_setting_with_the_rollback(db: SqliteDatabase) -> None:
    def write() -> None:
        contact_store.save_contact(ContactData(given_name="Gone"))
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"), db.atomic(), deferred_search_merges():
        write()
    assert _automerge(db) is None
    assert query_ids(ContactQuery(text="gone")) == []
