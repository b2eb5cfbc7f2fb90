"""Two NetDesk data folders and a phone edit the same people offline, twice, and converge."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.db.records import Ask, Contact
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.store.contact_store import load_contact, save_contact, set_deleted
from netdesk.store.ledger_store import add_ask, set_ask_status
from netdesk.sync.records import SyncConflict

from .phone import Phone, set_line
from .radicale_server import PASSWORD, USER, DavServer, Side

pytestmark = pytest.mark.slow


def _edit(side: Side, uid: str, **values: object) -> None:
    with side.use():
        data = load_contact(Contact.get(Contact.uid == uid).id)
        for name, value in values.items():
            setattr(data, name, value)
        save_contact(data, data.id)


def _people(side: Side) -> dict[str, ContactData]:
    with side.use():
        live = Contact.select().where(Contact.deleted_at.is_null())
        return {c.uid: load_contact(c.id) for c in live}


def _everyone_syncs(phone: Phone, *sides: Side) -> None:
    # Twice round: what one machine merged reaches the ones that synced before it.
    for _ in range(2):
        phone.sync()
        for side in sides:
            report = side.sync()
            assert not [w for w in report.warnings if "skipped" in w], report.warnings


def _converged(server: DavServer, phone: Phone, a: Side, b: Side) -> dict[str, ContactData]:
    people_a, people_b = _people(a), _people(b)
    assert set(people_a) == set(people_b)
    for uid, data in people_a.items():
        other = people_b[uid]
        other.id = data.id
        assert other == data, uid
    names = sorted(d.best_name() for d in people_a.values())
    assert len(names) == len(set(names)), names  # zero duplicates
    assert phone.names() == names
    with server.client() as client:
        assert len(client.changes(a.account.addressbook_url, "", {}).changed) == len(names)
    for side in (a, b):
        with side.use():
            assert SyncConflict.select().count() == 0  # different fields: nothing lost
    return people_a


def test_two_desks_and_a_phone_converge_with_no_duplicate_and_no_lost_edit(
    server: DavServer, side_a: Side, side_b: Side
) -> None:
    phone = Phone(server.url, side_a.account.addressbook_url, (USER, PASSWORD))
    with side_a.use():
        ids = {
            name: save_contact(ContactData(given_name=name, family_name=family, job_title=title))
            for name, family, title in (
                ("Mona", "Hassan", "CTO"),
                ("Omar", "Said", "Engineer"),
                ("Hana", "Aziz", "Designer"),
            )
        }
        uid = {name: Contact.get_by_id(i).uid for name, i in ids.items()}
        ask_uid = Ask.get_by_id(add_ask(ids["Mona"], "Referral to Nile Labs")).uid
    _everyone_syncs(phone, side_a, side_b)
    _converged(server, phone, side_a, side_b)

    # Offline: everyone edits the same people, different fields.
    _edit(side_a, uid["Mona"], job_title="CEO")
    _edit(side_a, uid["Omar"], notes="Met at PyCon Cairo")
    with side_a.use():
        save_contact(ContactData(given_name="Zaid", family_name="Nour"))
    _edit(side_b, uid["Mona"], location="Alexandria")
    with side_b.use():
        set_deleted([Contact.get(Contact.uid == uid["Hana"]).id], True)
        set_ask_status(Ask.get(Ask.uid == ask_uid).id, "done", "Introduced", dt.date(2024, 9, 1))
    phone.edit(uid["Mona"], set_line("TEL;TYPE=CELL", "+20 100 000 0000"))
    phone.edit(uid["Omar"], set_line("NICKNAME", "Omi"))
    phone.add("phone-layla", "Layla", "Fares")
    _everyone_syncs(phone, side_b, side_a)
    people = _converged(server, phone, side_a, side_b)
    mona, omar = people[uid["Mona"]], people[uid["Omar"]]
    assert (mona.job_title, mona.location) == ("CEO", "Alexandria")
    assert [p.value for p in mona.phones] == ["+20 100 000 0000"]
    assert (omar.notes, omar.nickname) == ("Met at PyCon Cairo", "Omi")
    assert uid["Hana"] not in people
    assert sorted(d.best_name() for d in people.values()) == [
        "Layla Fares",
        "Mona Hassan",
        "Omar Said",
        "Zaid Nour",
    ]

    # Offline again, editing what the others created.
    zaid = next(u for u, d in people.items() if d.given_name == "Zaid")
    _edit(side_a, "phone-layla", organization="Cairo Angels")
    _edit(side_b, uid["Omar"], location="Giza")
    _edit(side_b, uid["Mona"], emails=[Labeled("mona@nile.example", "work")])
    phone.edit(zaid, set_line("TITLE", "Investor"))
    phone.edit(uid["Mona"], set_line("NOTE", "Prefers mornings"))
    _everyone_syncs(phone, side_a, side_b)
    people = _converged(server, phone, side_a, side_b)
    mona = people[uid["Mona"]]
    assert (people["phone-layla"].organization, people[zaid].job_title) == (
        "Cairo Angels",
        "Investor",
    )
    assert (people[uid["Omar"]].location, people[uid["Omar"]].nickname) == ("Giza", "Omi")
    assert ([e.value for e in mona.emails], mona.notes, mona.job_title) == (
        ["mona@nile.example"],
        "Prefers mornings",
        "CEO",
    )
    for side in (side_a, side_b):
        with side.use():
            ask = Ask.get(Ask.uid == ask_uid)
            assert (ask.status, ask.outcome) == ("done", "Introduced")
            assert Ask.select().count() == 1
