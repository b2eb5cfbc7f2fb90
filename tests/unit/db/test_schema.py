"""The migrated schema, its version and the guarantees the services rely on."""

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from netdesk.db.connection import close_database, database, open_database
from netdesk.db.migrations import SCHEMA_VERSION, SchemaTooNewError, migrate, schema_version
from netdesk.db.records import (
    ALL_RECORDS,
    BaseRecord,
    Contact,
    ContactEmail,
    ContactPhone,
    Interaction,
    Participant,
)


def _columns(db: SqliteDatabase, table: str) -> dict[str, tuple[str, bool]]:
    rows = db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
    # (cid, name, type, notnull, default, pk)
    return {r[1]: (r[2], bool(r[3])) for r in rows}


def test_fresh_database_reaches_current_version(db: SqliteDatabase) -> None:
    assert SCHEMA_VERSION >= 1
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_wal_and_foreign_keys_are_on(db: SqliteDatabase) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("record", ALL_RECORDS, ids=lambda r: r.__name__)
def test_record_fields_exist_in_migrated_schema(
    db: SqliteDatabase, record: type[BaseRecord]
) -> None:
    columns = _columns(db, record._meta.table_name)
    assert columns, f"no table {record._meta.table_name}"
    for field in record._meta.sorted_fields:
        assert field.column_name in columns, f"{record.__name__}.{field.name} missing"
        _, notnull = columns[field.column_name]
        # A NOT NULL column behind a nullable field would reject the record's own None.
        if field.null:
            assert not notnull, f"{record.__name__}.{field.name} is NOT NULL in the schema"
    # A column the record does not know would be left at NULL/default by every insert.
    assert set(columns) == {f.column_name for f in record._meta.sorted_fields}


def test_contact_fts_table_exists(db: SqliteDatabase) -> None:
    db.execute_sql("INSERT INTO contact_fts(rowid, body) VALUES (7, 'مدرسه الامل')")
    hits = db.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'مدرس'")
    assert [r[0] for r in hits] == [7]


def test_migrating_again_is_a_no_op(db: SqliteDatabase) -> None:
    before = db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert migrate(db) == SCHEMA_VERSION
    after = db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    assert after == before
    assert schema_version(db) == SCHEMA_VERSION


def test_reopening_migrated_file_keeps_schema(db_path: Path, db: SqliteDatabase) -> None:
    close_database()
    open_database(db_path)
    assert schema_version(database) == SCHEMA_VERSION


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with sqlite3.connect(path) as raw:
        # As a newer NetDesk would leave it: WAL, its own tables, a higher version.
        raw.execute("PRAGMA journal_mode = wal")
        raw.execute("CREATE TABLE future (x)")
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer NetDesk"):
        open_database(path)
    close_database()
    with sqlite3.connect(path) as raw:
        version = raw.execute("PRAGMA user_version").fetchone()[0]
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master")]
    raw.close()
    assert version == SCHEMA_VERSION + 1
    assert tables == ["future"]
    assert path.read_bytes() == before


def test_deleting_contact_cascades(db: SqliteDatabase) -> None:
    keep = Contact.create(display_name="Keep")
    gone = Contact.create(display_name="Gone")
    for c in (keep, gone):
        ContactEmail.create(contact=c, value="x@y.com", value_key="x@y.com")
        ContactPhone.create(contact=c, value="0100", value_key="0100")
    shared = Interaction.create(happened_at="2024-01-01 10:00:00")
    Participant.create(interaction=shared, contact=keep)
    Participant.create(interaction=shared, contact=gone)

    db.execute_sql("DELETE FROM contact WHERE id = ?", (gone.id,))

    for child in (ContactEmail, ContactPhone, Participant):
        assert [r.contact_id for r in child.select()] == [keep.id]
    assert Interaction.select().count() == 1


def test_restart_keeps_data(db_path: Path, db: SqliteDatabase) -> None:
    cid = Contact.create(display_name="مريم منصور", sort_key="مريم منصور").id
    ContactEmail.create(contact=cid, value="mariam@example.com", value_key="mariam@example.com")
    close_database()
    assert database.is_closed()
    open_database(db_path)
    assert Contact.get_by_id(cid).display_name == "مريم منصور"
    assert [e.value for e in ContactEmail.select()] == ["mariam@example.com"]
