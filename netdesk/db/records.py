"""Peewee records: the stored form of the network.

Every synchronisable record has a stable ``uid`` (a UUID, the vCard/iCalendar UID),
a ``revision`` bumped on each write and ``updated_at``; deletions are soft
(``deleted_at``) and become ``Tombstone`` rows when purged, so sync can tell a
deleted contact from one it has never seen. Denormalised columns on ``Contact``
(``sort_key``, ``org_name``, ``tags_text``, ``last_contact``, ``next_due``...) are
kept by the services so the 100,000-row table sorts and pages from indexes alone.
"""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    BlobField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from netdesk.db.connection import database


def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class BaseRecord(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SyncedRecord(BaseRecord):
    uid = TextField(unique=True, default=new_uid)
    revision = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)


class Organization(SyncedRecord):
    name = TextField()
    name_key = TextField(index=True)


class Contact(SyncedRecord):
    given_name = TextField(default="")
    family_name = TextField(default="")
    display_name = TextField(default="")
    display_name_set = BooleanField(default=False)
    nickname = TextField(default="")
    organization = ForeignKeyField(Organization, null=True, on_delete="SET NULL")
    job_title = TextField(default="")
    department = TextField(default="")
    circle = TextField(default="")
    how_met = TextField(default="")
    can_help_with = TextField(default="")
    location = TextField(default="")
    birthday_year = IntegerField(null=True)
    birthday_month = IntegerField(null=True)
    birthday_day = IntegerField(null=True)
    notes = TextField(default="")
    photo = BlobField(null=True)
    cadence_days = IntegerField(null=True)
    snoozed_until = DateField(null=True)
    favourite = BooleanField(default=False)
    archived = BooleanField(default=False)
    # Denormalised for the table: see the module docstring.
    sort_key = TextField(default="")
    sort_script = IntegerField(default=0)
    org_name = TextField(default="")
    org_sort = TextField(default="")
    tags_text = TextField(default="")
    primary_email = TextField(default="")
    primary_phone = TextField(default="")
    last_contact = DateTimeField(null=True)
    next_due = DateField(null=True)


class ContactEmail(BaseRecord):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    value = TextField()
    value_key = TextField(index=True)
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactPhone(BaseRecord):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    value = TextField()
    value_key = TextField(index=True)
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactAddress(BaseRecord):
    contact = ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE")
    value = TextField()
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactLink(BaseRecord):
    contact = ForeignKeyField(Contact, backref="links", on_delete="CASCADE")
    url = TextField()
    url_key = TextField(index=True)
    kind = TextField(default="website")
    position = IntegerField(default=0)


class Tag(BaseRecord):
    name = TextField()
    name_key = TextField(unique=True)


class ContactTag(BaseRecord):
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", index=True)

    class Meta:
        primary_key = CompositeKey("contact", "tag")


class Event(SyncedRecord):
    name = TextField()
    date = DateField()
    place = TextField(default="")
    kind = TextField(default="other")
    notes = TextField(default="")


class Interaction(SyncedRecord):
    # Floating local wall-clock time, as the user entered it (iCalendar "floating").
    happened_at = DateTimeField(index=True)
    kind = TextField(default="other")
    direction = TextField(default="mutual")
    summary = TextField(default="")
    notes = TextField(default="")
    event = ForeignKeyField(Event, null=True, on_delete="SET NULL", backref="interactions")
    # Schema 7: an interaction captured from an export (see ``store.capture``): the stable
    # key of what it was read from, its source ("whatsapp:Chat.txt") and message count.
    capture_key = TextField(null=True)
    capture_source = TextField(default="")
    capture_count = IntegerField(null=True)


class Participant(BaseRecord):
    interaction = ForeignKeyField(Interaction, backref="participants", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="participations", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("contact", "interaction")


class Ask(SyncedRecord):
    """Something exactly asked of a contact, or offered to one (``is_offer``)."""

    contact = ForeignKeyField(Contact, backref="asks", on_delete="CASCADE")
    is_offer = BooleanField(default=False)
    kind = TextField(default="other")
    what = TextField()
    asked_on = DateField()
    status = TextField(default="open")
    outcome = TextField(default="")
    # Schema 6: when to chase an open ask (it then makes the contact due), and the day
    # it was closed (where its outcome sits on the timeline).
    follow_up = DateField(null=True)
    closed_on = DateField(null=True)


class Introduction(SyncedRecord):
    """``introducer`` (None: me) introduced ``first`` to ``second`` (None: me)."""

    introducer = ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="+")
    first = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")
    second = ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="+")
    introduced_on = DateField()
    note = TextField(default="")


class PastOrganization(BaseRecord):
    """An organisation a contact used to work at (schema 3)."""

    contact = ForeignKeyField(Contact, backref="past_organizations", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, on_delete="CASCADE", index=True)
    left_on = DateField()

    class Meta:
        primary_key = CompositeKey("contact", "organization")


class Tombstone(BaseRecord):
    entity = TextField()
    uid = TextField()
    deleted_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("entity", "uid"), True),)


ALL_RECORDS: list[type[BaseRecord]] = [
    Organization,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactLink,
    Tag,
    ContactTag,
    Event,
    Interaction,
    Participant,
    Ask,
    Introduction,
    PastOrganization,
    Tombstone,
]
