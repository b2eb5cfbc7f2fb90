"""Events, asks and introductions travel between two NetDesk data folders through a real server."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.db.records import Ask, Contact, Event, Interaction, Introduction
from netdesk.domain.contact_data import ContactData, InteractionData, Labeled
from netdesk.domain.enums import InteractionKind
from netdesk.store.contact_store import save_contact
from netdesk.store.interaction_store import add_interaction
from netdesk.store.ledger_store import (
    AskFields,
    add_ask,
    add_introduction,
    asks_for,
    create_event,
    events_for,
    introductions_for,
    set_ask_deleted,
    set_ask_status,
    update_ask,
)
from netdesk.sync.conflicts import resolve
from netdesk.sync.errors import MassDeletion
from netdesk.sync.records import SyncConflict, SyncItem

from .radicale_server import DavServer, Side

pytestmark = pytest.mark.slow


def _people() -> tuple[int, int]:
    mona = save_contact(
        ContactData(given_name="Mona", family_name="Hassan", emails=[Labeled("mona@nile.example")])
    )
    omar = save_contact(ContactData(given_name="Omar", family_name="Said"))
    return mona, omar


def _uid(contact_id: int) -> str:
    return str(Contact.get_by_id(contact_id).uid)


def _id(uid: str) -> int:
    return int(Contact.get(Contact.uid == uid).id)


def _calendar(server: DavServer, side: Side) -> dict[str, str]:
    with server.client() as client:
        url = side.account.calendar_url
        hrefs = list(client.changes(url, "", {}).changed)
        return {h: r.text for h, r in client.fetch(url, "calendar", hrefs).items()}


def _quiet(side: Side) -> None:
    report = side.sync()
    assert (report.records_pulled, report.records_pushed, report.merged) == (0, 0, 0), report


def test_event_with_attendees_travels_as_a_vevent(
    server: DavServer, side_a: Side, side_b: Side
) -> None:
    with side_a.use():
        mona, omar = _people()
        event = create_event("PyCon Cairo", dt.date(2024, 5, 2), place="Cairo", kind="conference")
        for who in (mona, omar):
            add_interaction(
                InteractionData(dt.datetime(2024, 5, 2, 11), InteractionKind.MEETING, "Met"),
                [who],
                event_id=event,
            )
        event_uid, mona_uid = Event.get_by_id(event).uid, _uid(mona)
    assert side_a.sync().records_pushed == 1
    (text,) = [t for t in _calendar(server, side_a).values() if "VEVENT" in t]
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:PyCon Cairo" in unfolded
    assert "DTSTART;VALUE=DATE:20240502" in unfolded
    assert "LOCATION:Cairo" in unfolded
    assert "mailto:mona@nile.example" in unfolded  # the attendee with an e-mail address
    assert unfolded.count("\r\nATTENDEE") == 1  # Omar has none
    assert side_b.sync().records_pulled == 1
    with side_b.use():
        got = Event.get(Event.uid == event_uid)
        assert (got.name, got.date, got.place, got.kind) == (
            "PyCon Cairo",
            dt.date(2024, 5, 2),
            "Cairo",
            "conference",
        )
        (entry,) = events_for(_id(mona_uid))
        assert (entry.name, entry.attendees) == ("PyCon Cairo", 2)
        assert Interaction.select().where(Interaction.event == got.id).count() == 2
    for side in (side_a, side_b, side_a):
        _quiet(side)
    # Someone else met there, logged on the other machine: the event lists her too.
    with side_b.use():
        sara = save_contact(ContactData(given_name="Sara", emails=[Labeled("sara@x.example")]))
        add_interaction(
            InteractionData(dt.datetime(2024, 5, 2, 15), InteractionKind.MEETING, "Met"),
            [sara],
            event_id=Event.get(Event.uid == event_uid).id,
        )
    report = side_b.sync()
    assert (report.journals_pushed, report.records_pushed) == (1, 1)
    (text,) = [t for t in _calendar(server, side_a).values() if "VEVENT" in t]
    assert "mailto:sara@x.example" in text.replace("\r\n ", "")
    side_a.sync()
    with side_a.use():
        (entry,) = events_for(_id(mona_uid))
        assert entry.attendees == 3
    for side in (side_a, side_b):
        _quiet(side)


def test_ask_edits_on_both_sides_merge_field_by_field(side_a: Side, side_b: Side) -> None:
    with side_a.use():
        mona, _ = _people()
        ask = add_ask(mona, "Referral to Nile Labs", "referral", follow_up=dt.date(2024, 6, 1))
        ask_uid = Ask.get_by_id(ask).uid
    side_a.sync()
    assert side_b.sync().records_pulled == 1
    with side_a.use():
        entry = asks_for(mona)[0]
        fields = entry.fields()
        update_ask(
            ask,
            AskFields(
                fields.contact_id,
                "Referral to Nile Labs ML team",
                fields.kind,
                fields.is_offer,
                fields.asked_on,
                fields.follow_up,
            ),
        )
    with side_b.use():
        b_ask = Ask.get(Ask.uid == ask_uid).id
        set_ask_status(b_ask, "done", "Hired!", closed_on=dt.date(2024, 6, 10))
    side_a.sync()
    report = side_b.sync()
    assert (report.merged, report.conflicts) == (1, 0)
    side_a.sync()
    for side in (side_a, side_b):
        with side.use():
            got = Ask.get(Ask.uid == ask_uid)
            assert (got.what, got.status, got.outcome, got.closed_on, got.follow_up) == (
                "Referral to Nile Labs ML team",
                "done",
                "Hired!",
                dt.date(2024, 6, 10),
                dt.date(2024, 6, 1),
            )
            assert Ask.select().count() == 1
    for side in (side_a, side_b):
        _quiet(side)


def test_same_ask_field_changed_on_both_sides_keeps_local_and_records_conflict(
    side_a: Side, side_b: Side
) -> None:
    with side_a.use():
        mona, _ = _people()
        ask_uid = Ask.get_by_id(add_ask(mona, "Intro to Sara")).uid
    side_a.sync()
    side_b.sync()
    for side, outcome in ((side_a, "She said yes"), (side_b, "She is travelling")):
        with side.use():
            set_ask_status(Ask.get(Ask.uid == ask_uid).id, "done", outcome, dt.date(2024, 7, 1))
    side_a.sync()
    assert side_b.sync().conflicts == 1
    with side_b.use():
        assert Ask.get(Ask.uid == ask_uid).outcome == "She is travelling"
        conflict = SyncConflict.get(SyncConflict.uid == ask_uid)
        assert (conflict.entity, conflict.field, conflict.remote_value) == (
            "ask",
            "outcome",
            "She said yes",
        )
        resolve(conflict.id, take_remote=True)
        assert Ask.get(Ask.uid == ask_uid).outcome == "She said yes"
    side_b.sync()
    side_a.sync()
    with side_a.use():
        assert Ask.get(Ask.uid == ask_uid).outcome == "She said yes"


def test_introduction_is_linked_to_both_people_on_the_other_side(
    server: DavServer, side_a: Side, side_b: Side
) -> None:
    with side_a.use():
        mona, omar = _people()
        add_introduction(mona, omar, None, dt.date(2024, 3, 3), "Both in ML")
        mona_uid, omar_uid = _uid(mona), _uid(omar)
    side_a.sync()
    (text,) = [t for t in _calendar(server, side_a).values() if "VJOURNAL" in t]
    assert "X-NETDESK-RECORD:introduction" in text
    assert side_b.sync().records_pulled == 1
    with side_b.use():
        for uid in (mona_uid, omar_uid):
            (entry,) = introductions_for(_id(uid))
            assert (entry.first, entry.second, entry.introducer, entry.note) == (
                "Mona Hassan",
                "Omar Said",
                "",
                "Both in ML",
            )
        assert Interaction.select().count() == 0  # not mistaken for a timeline entry
    _quiet(side_a)


def test_deleted_ask_disappears_on_the_other_side(
    server: DavServer, side_a: Side, side_b: Side
) -> None:
    with side_a.use():
        mona, _ = _people()
        ask_uid = Ask.get_by_id(add_ask(mona, "Review my CV", is_offer=True)).uid
    side_a.sync()
    side_b.sync()
    with side_b.use():
        set_ask_deleted(Ask.get(Ask.uid == ask_uid).id, True)
    assert side_b.sync().deleted_there == 1
    # Xandikos's tokens name the collection's content: back to empty is its token of before.
    assert side_a.sync().deleted_here == 1
    with side_a.use():
        assert Ask.get(Ask.uid == ask_uid).deleted_at is not None
    assert not [t for t in _calendar(server, side_a).values() if "VTODO" in t and ask_uid in t]


def test_a_phone_ticking_the_todo_closes_the_ask(server: DavServer, side_a: Side) -> None:
    with side_a.use():
        mona, _ = _people()
        ask_uid = Ask.get_by_id(add_ask(mona, "Send the deck")).uid
    side_a.sync()
    with server.client() as client:
        href = side_a.account.calendar_url + f"{ask_uid}.ics"
        current = client.get(href)
        assert current is not None
        ticked = current.text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED").replace(
            "END:VTODO", "COMPLETED:20240801T090000Z\r\nEND:VTODO"
        )
        client.put(href, ticked, "text/calendar", current.etag)
    assert side_a.sync().records_pulled == 1
    with side_a.use():
        got = Ask.get(Ask.uid == ask_uid)
        assert (got.status, got.closed_on) == ("done", dt.date(2024, 8, 1))
    _quiet(side_a)


def test_introduction_sync_needs_journals(side_a: Side) -> None:
    side_a.account.calendar_components = ("VTODO",)
    with side_a.use():
        mona, omar = _people()
        add_introduction(mona, omar, None)
        create_event("Meetup", dt.date(2024, 1, 1))
    report = side_a.sync()
    assert report.records_pushed == 0
    with side_a.use():
        assert Introduction.select().count() == 1


def test_what_a_phone_added_to_a_todo_survives_an_edit_here(
    server: DavServer, side_a: Side
) -> None:
    with side_a.use():
        mona, _ = _people()
        ask = add_ask(mona, "Send the deck")
        ask_uid = Ask.get_by_id(ask).uid
    side_a.sync()
    href = side_a.account.calendar_url + f"{ask_uid}.ics"
    with server.client() as client:
        current = client.get(href)
        assert current is not None
        extra = (
            "CATEGORIES:Work\r\nX-PHONE-COLOUR:teal\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
            "TRIGGER:-PT15M\r\nDESCRIPTION:Deck\r\nEND:VALARM\r\nEND:VTODO"
        )
        client.put(href, current.text.replace("END:VTODO", extra), "text/calendar", current.etag)
    side_a.sync()
    with side_a.use():
        set_ask_status(ask, "done", "Sent", dt.date(2024, 8, 2))
    assert side_a.sync().records_pushed == 1
    with server.client() as client:
        stored = client.get(href)
    assert stored is not None
    for kept in ("CATEGORIES:Work", "X-PHONE-COLOUR:teal", "BEGIN:VALARM", "TRIGGER:-PT15M"):
        assert kept in stored.text
    assert "STATUS:COMPLETED" in stored.text
    assert stored.text.count("BEGIN:VALARM") == 1


def test_an_upload_interrupted_before_it_was_recorded_is_not_duplicated(
    server: DavServer, side_a: Side
) -> None:
    with side_a.use():
        mona, omar = _people()
        add_ask(mona, "Send the deck")
        add_introduction(mona, omar, None)
    side_a.sync()
    with side_a.use():
        # As if the process died after the PUTs, before recording them.
        SyncItem.delete().where(SyncItem.kind.in_(["ask", "introduction"])).execute()
    report = side_a.sync()
    assert report.conflicts == 0
    assert len([t for t in _calendar(server, side_a).values() if "X-NETDESK-RECORD" in t]) == 2
    with side_a.use():
        assert (Ask.select().count(), Introduction.select().count()) == (1, 1)
    _quiet(side_a)


def test_a_server_that_lost_the_records_asks_before_deleting_them_here(
    server: DavServer, side_a: Side
) -> None:
    with side_a.use():
        mona, _ = _people()
        for n in range(8):
            add_ask(mona, f"Ask {n}")
    side_a.sync()
    with server.client() as client:
        url = side_a.account.calendar_url
        for href, etag in client.changes(url, "", {}).changed.items():
            client.delete(href, etag)
    with pytest.raises(MassDeletion, match="8 of the 8 timeline entries, events, asks"):
        side_a.sync()
    with side_a.use():
        assert Ask.select().where(Ask.deleted_at.is_null()).count() == 8
