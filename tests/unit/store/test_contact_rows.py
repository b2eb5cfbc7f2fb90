"""The one contact <-> row mapping, and single saves going through the bulk writer."""

import dataclasses
import datetime as dt

import pytest
from peewee import SqliteDatabase

from netdesk.db.records import Contact
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.store import contact_store
from netdesk.store.contact_query import ContactQuery, query_ids
from netdesk.store.contact_rows import CHILD_COLUMNS, COLUMN_NAMES, CONTACT_TABLE

# Stored in child tables (or, for interactions, not part of a contact's own rows).
_CHILD_FIELDS = {"emails", "phones", "addresses", "urls", "tags", "interactions"}


def _columns(db: SqliteDatabase, table: str) -> list[str]:
    return [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")')]


def test_every_contact_column_is_mapped_once(db: SqliteDatabase) -> None:
    """A column added by a migration must get an entry in CONTACT_TABLE."""
    assert sorted(COLUMN_NAMES) == sorted(_columns(db, "contact"))
    assert len(set(COLUMN_NAMES)) == len(COLUMN_NAMES)
    for table, columns in CHILD_COLUMNS.items():
        assert set(columns.split()) <= set(_columns(db, table)), table


def test_every_own_field_is_read_back() -> None:
    """A ContactData field without a column would be silently lost on save."""
    read = {c.field for c in CONTACT_TABLE if c.field}
    own = {f.name for f in dataclasses.fields(ContactData)} - _CHILD_FIELDS
    assert read == own


def _everything() -> ContactData:
    return ContactData(
        uid="4b7f0c1e-0000-4000-8000-000000000001",
        given_name=" Nour ",
        family_name="الشريف",
        display_name="Dr. Nour",
        nickname=" Nono ",
        organization=" Cairo University ",
        job_title=" Lecturer ",
        department="Physics",
        circle="colleague",
        how_met="conference",
        can_help_with="grants",
        location="Giza",
        birthday=PartialDate(2, 29, 1992),
        notes="line one\nسطر",
        photo=b"\x89PNG" * 4,
        cadence_days=45,
        favourite=True,
        emails=[Labeled("Nour@X.com", "work"), Labeled("nour@x.com")],
        phones=[Labeled("+20 100 123 4567", "mobile")],
        addresses=[Labeled(" 1 Tahrir Sq. ", "work")],
        urls=[Labeled("linkedin.com/in/nour")],
        tags=["Physics", "Alumni"],
    )


def test_a_saved_contact_reads_back_as_written(db: SqliteDatabase) -> None:
    cid = contact_store.save_contact(_everything(), region="EG")
    back = contact_store.load_contact(cid)
    assert back == ContactData(
        id=cid,
        uid="4b7f0c1e-0000-4000-8000-000000000001",
        given_name="Nour",
        family_name="الشريف",
        display_name="Dr. Nour",
        nickname="Nono",
        organization="Cairo University",
        job_title="Lecturer",
        department="Physics",
        circle="colleague",
        how_met="conference",
        can_help_with="grants",
        location="Giza",
        birthday=PartialDate(2, 29, 1992),
        notes="line one\nسطر",
        photo=b"\x89PNG" * 4,
        cadence_days=45,
        favourite=True,
        emails=[Labeled("Nour@X.com", "work")],
        phones=[Labeled("+20 100 123 4567", "mobile")],
        addresses=[Labeled("1 Tahrir Sq.", "work")],
        urls=[Labeled("https://linkedin.com/in/nour", "linkedin")],
        tags=["Alumni", "Physics"],
    )
    # A display name equal to the given and family names is not kept as typed.
    plain = contact_store.save_contact(ContactData(given_name="A", display_name="A"))
    assert contact_store.load_contact(plain).display_name == ""


def test_single_saves_leave_the_schema_alone(db: SqliteDatabase) -> None:
    """One contact lets the name-prefix trigger fire: dropping and re-creating it would
    make every other connection re-read the schema."""
    version = "PRAGMA schema_version"
    before = db.execute_sql(version).fetchone()[0]
    cid = contact_store.save_contact(ContactData(given_name="Rana", family_name="Ezzat"))
    contact_store.save_contact(ContactData(given_name="Rania"), cid)
    assert db.execute_sql(version).fetchone()[0] == before
    assert query_ids(ContactQuery(text="ran")) == [cid]


def test_an_edit_keeps_what_the_store_owns(db: SqliteDatabase) -> None:
    cid = contact_store.save_contact(ContactData(given_name="Omar", organization="Acme"))
    created = Contact.get_by_id(cid).created_at
    contact_store.set_snooze([cid], dt.date(2030, 1, 1))
    contact_store.set_deleted([cid], True)
    contact_store.save_contact(ContactData(given_name="Omar", organization="Globex"), cid)
    record = Contact.get_by_id(cid)
    assert (record.revision, record.created_at, record.snoozed_until) == (
        3,
        created,
        dt.date(2030, 1, 1),
    )
    # Still in the trash, so still out of search.
    assert record.deleted_at is not None
    assert query_ids(ContactQuery(text="omar")) == []
    acme = [org for org, _left in contact_store.past_organizations(cid)]
    assert len(acme) == 1 and acme[0] != record.organization_id
    with pytest.raises(Contact.DoesNotExist):
        contact_store.save_contact(ContactData(given_name="Nobody"), 999)
