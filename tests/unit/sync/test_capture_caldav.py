"""A sync account's calendars captured on demand, from a real Radicale: read, never written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QUndoStack

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.services.capture import CaptureService
from netdesk.services.contacts import ContactService
from netdesk.services.interactions import InteractionService
from netdesk.sync.capture import caldav_source

from .radicale_server import PASSWORD, Radicale, Side

MEETING = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Apple Inc.//macOS 14.4//EN\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:20240301T080000Z\r
DTSTART:20240305T090000Z\r
DTEND:20240305T100000Z\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:{summary}\r
ORGANIZER;CN=Mona Khaled:mailto:mona@example.net\r
ATTENDEE;CN=Alice;PARTSTAT=ACCEPTED:mailto:alice@example.org\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_accounts_calendars_are_captured(qapp, radicale: Radicale, side_a: Side) -> None:
    cal = side_a.account.calendar_url
    with radicale.client() as client:
        client.put(
            cal + "m1.ics", MEETING.format(uid="m1", summary="Thesis review"), "text/calendar", None
        )
        listed_before = client.changes(cal, "", {}).changed
    with side_a.use():
        contacts = ContactService(QUndoStack())
        mona = contacts.add(ContactData(given_name="Mona", emails=[Labeled("mona@example.net")]))
        capture = CaptureService(InteractionService(contacts))
        source = caldav_source(side_a.account, PASSWORD)
        plan = capture.plan([], me=("alice@example.org",), accounts=(source,))
        (entry,) = plan.sources
        assert (entry.kind, entry.error) == ("caldav", "")
        assert entry.read.items == 3
        assert [(p.contact_id, p.how) for p in entry.read.people] == [(mona, "email")]
        assert capture.apply(plan).added == [3]
        assert contacts.rows([mona])[mona].last_contact == dt.datetime(
            2024, 3, 19, 9, 0, tzinfo=dt.UTC
        ).astimezone().replace(tzinfo=None)
        sources = dict(capture.sources())
        host = radicale.url.split("//")[1].rstrip("/")
        assert sources == {f"caldav:alice@{host}": 3}
        again = capture.apply(capture.plan([], accounts=(caldav_source(side_a.account, PASSWORD),)))
        assert again.added == [0]
        contacts.undo_stack.clear()
    # Read only: the server holds what it held.
    with radicale.client() as client:
        assert client.changes(cal, "", {}).changed == listed_before


def test_a_wrong_password_is_one_line(qapp, radicale: Radicale, side_a: Side) -> None:
    with side_a.use():
        capture = CaptureService(InteractionService(ContactService(QUndoStack())))
        plan = capture.plan([], accounts=(caldav_source(side_a.account, "wrong"),))
        (entry,) = plan.sources
        assert entry.error.startswith(side_a.account.label + ": ")
        assert "\n" not in entry.error
        assert database.execute_sql("SELECT COUNT(*) FROM interaction").fetchone()[0] == 0


def test_the_source_is_named_after_the_account(side_a: Side) -> None:
    source = caldav_source(side_a.account, PASSWORD)
    host = side_a.account.url.split("//")[1].rstrip("/")
    assert (source.kind, source.path) == ("caldav", Path(f"alice@{host}"))
