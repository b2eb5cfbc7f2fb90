"""Events, asks and introductions read and written as flat fields by uid, for sync."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from netdesk.db.records import Ask, Contact, Event, Interaction
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.store import synced_ledger as ledger
from netdesk.store.contact_store import save_contact
from netdesk.store.interaction_store import add_interaction, save_interaction_by_uid
from netdesk.store.ledger_store import add_ask, create_event


@pytest.mark.usefixtures("db")
def test_an_unchanged_write_keeps_the_revision_and_a_change_bumps_it() -> None:
    mona = save_contact(ContactData(given_name="Mona"))
    ask = add_ask(mona, "Intro to Sara", follow_up=dt.date(2024, 6, 1))
    uid = Ask.get_by_id(ask).uid
    local = ledger.record(ledger.ASK, uid)
    assert local is not None
    assert local.fields["contact"] == Contact.get_by_id(mona).uid
    assert ledger.write(ledger.ASK, uid, local.fields) == local.revision
    changed = {**local.fields, "status": "done", "outcome": "Yes", "closed_on": "2024-06-02"}
    assert ledger.write(ledger.ASK, uid, changed) == local.revision + 1
    got = Ask.get_by_id(ask)
    assert (got.status, got.outcome, got.closed_on) == ("done", "Yes", dt.date(2024, 6, 2))
    assert Contact.get_by_id(mona).next_due is None  # a closed ask no longer makes her due


@pytest.mark.usefixtures("db")
def test_a_record_naming_someone_unknown_is_not_written() -> None:
    fields = {f: "" for f in ledger.ASK_FIELDS} | {"contact": "nobody", "asked_on": "2024-01-01"}
    assert ledger.write(ledger.ASK, "ask-1", fields) is None
    assert Ask.select().count() == 0


@pytest.mark.usefixtures("db")
def test_an_interaction_keeps_its_event_when_the_pulled_one_names_none_known() -> None:
    mona = save_contact(ContactData(given_name="Mona"))
    event = create_event("Meetup", dt.date(2024, 1, 1))
    interaction = add_interaction(InteractionData(dt.datetime(2024, 1, 1, 9)), [mona], event)
    uid = Interaction.get_by_id(interaction).uid
    data = InteractionData(dt.datetime(2024, 1, 1, 9), summary="edited elsewhere")
    save_interaction_by_uid(uid, data, [mona], event_uid="not-here")
    assert Interaction.get_by_id(interaction).event_id == event
    other = create_event("Dinner", dt.date(2024, 1, 1))
    save_interaction_by_uid(uid, data, [mona], event_uid=Event.get_by_id(other).uid)
    assert Interaction.get_by_id(interaction).event_id == other


def test_an_empty_network_has_no_records(db: SqliteDatabase) -> None:
    assert ledger.records(ledger.EVENT) == {}
    assert ledger.records(ledger.INTRODUCTION) == {}
