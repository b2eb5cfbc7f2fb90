"""The follow-ups calendar is built by the export service, not by the window."""

import datetime as dt

from netdesk.domain.contact_data import ContactData
from netdesk.io.ical_export import Wording
from netdesk.services.contacts import ContactService
from netdesk.services.exporter import follow_ups_ics


def test_follow_ups_calendar_holds_everyone_due(contacts: ContactService) -> None:
    due = contacts.add(ContactData(given_name="Hala", cadence_days=7))
    contacts.add(ContactData(given_name="Never", cadence_days=0))
    uid = contacts.get(due).uid
    # Created today with a 7-day cadence: due within the calendar's 90 days.
    data, count = follow_ups_ics(dt.date.today(), Wording(summary=lambda name: f"Call {name}"))
    text = data.decode()
    assert count == 1
    assert text.startswith("BEGIN:VCALENDAR")
    assert "SUMMARY:Call Hala" in text and "Never" not in text
    assert f"netdesk-followup-{uid}-" in text
