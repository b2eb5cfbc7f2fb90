"""Bulk-writing helpers not covered by the drift tests in tests/unit/test_sample.py."""

import pytest
from peewee import SqliteDatabase

from netdesk.domain.contact_data import ContactData
from netdesk.store import contact_store
from netdesk.store.bulk import insert_contacts
from netdesk.store.bulk_indexes import _over_new_contacts, deferred_search_merges
from netdesk.store.contact_query import ContactQuery, query_ids


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


def test_bulk_insert_leaves_the_schema_and_fills_name_prefixes(db: SqliteDatabase) -> None:
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    before = db.execute_sql(schema).fetchall()
    # Enough contacts for the one-pass prefixes (fewer are left to the trigger).
    people = [(ContactData(given_name=f"Person{i}"), "2025-01-01 00:00:00") for i in range(150)]
    with db.atomic():
        ids = insert_contacts(
            [(ContactData(given_name="Rana", family_name="Ezzat"), "2025-01-01 00:00:00"), *people]
        )
    assert db.execute_sql(schema).fetchall() == before
    prefixes = "SELECT prefix FROM contact_prefix WHERE contact_id = ? ORDER BY prefix"
    assert [r[0] for r in db.execute_sql(prefixes, ids[:1])] == ["e", "ez", "r", "ra"]
    # And the trigger, back in place, serves the next writer.
    cid = contact_store.save_contact(ContactData(given_name="Omar"))
    assert [r[0] for r in db.execute_sql(prefixes, (cid,))] == ["o", "om"]


def test_a_trigger_of_another_form_is_left_to_fire() -> None:
    assert (
        _over_new_contacts(
            'CREATE TRIGGER "t" AFTER INSERT ON "contact" BEGIN DELETE FROM x; '
            'INSERT INTO y SELECT NEW."id" FROM "search_position" p WHERE 1; END'
        )
        is None
    )
    assert _over_new_contacts('CREATE TRIGGER "t" AFTER INSERT ON "contact" BEGIN END') is None
