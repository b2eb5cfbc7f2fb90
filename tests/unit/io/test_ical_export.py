import datetime as dt

from icalendar import Calendar

from netdesk.io.ical_export import PRODID, Wording, follow_ups_calendar
from netdesk.store.due import DueContact

TODAY = dt.date(2026, 3, 10)
ITEMS = [
    DueContact(1, "أحمد السيد", dt.date(2026, 1, 2), dt.date(2026, 2, 1), 37),
    DueContact(2, "Sara Ali", None, dt.date(2026, 3, 20), -10),
    DueContact(3, "Far Future", None, dt.date(2026, 9, 1), -175),
]


def events(data: bytes):
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["VERSION"]) == "2.0"
    return list(calendar.walk("VEVENT"))


def test_one_all_day_event_per_due_contact_within_the_horizon():
    found = events(
        follow_ups_calendar(ITEMS, TODAY, uids={1: "u-ahmed"}, cadences={1: 30, 2: None})
    )
    assert [str(e["SUMMARY"]) for e in found] == [
        "Catch up with أحمد السيد",
        "Catch up with Sara Ali",
    ]
    ahmed, sara = found
    # Overdue: moved to today; the UID keeps the real due date so it stays stable.
    assert ahmed.decoded("DTSTART") == TODAY
    assert ahmed.decoded("DTEND") == TODAY + dt.timedelta(days=1)
    assert str(ahmed["UID"]) == "netdesk-followup-u-ahmed-20260201@netdesk"
    assert str(ahmed["DESCRIPTION"]) == "Last contact: 2026-01-02\nKeep in touch every 30 day(s)."
    assert sara.decoded("DTSTART") == dt.date(2026, 3, 20)
    assert str(sara["UID"]) == "netdesk-followup-2-20260320@netdesk"
    assert str(sara["DESCRIPTION"]) == "No contact logged yet."
    assert "DTSTAMP" in sara
    alarm = next(iter(ahmed.walk("VALARM")))
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)


def test_uids_are_stable_across_exports_and_days():
    first = [str(e["UID"]) for e in events(follow_ups_calendar(ITEMS, TODAY))]
    later = TODAY + dt.timedelta(days=1)
    second = [str(e["UID"]) for e in events(follow_ups_calendar(ITEMS, later))]
    assert first == second
    assert len(set(first)) == len(first)


def test_translated_wording_and_no_alarm():
    wording = Wording(
        summary=lambda name: f"تواصل مع {name}",
        last_contact=lambda day: "آخر تواصل: " + (day.isoformat() if day else "—"),
        cadence=lambda days: f"كل {days} يومًا",
        calendar_name="متابعات",
    )
    data = follow_ups_calendar(ITEMS[:1], TODAY, 30, wording=wording, cadences={1: 30}, alarm=None)
    (event,) = events(data)
    assert str(event["SUMMARY"]) == "تواصل مع أحمد السيد"
    assert str(event["DESCRIPTION"]) == "آخر تواصل: 2026-01-02\nكل 30 يومًا"
    assert list(event.walk("VALARM")) == []
    assert "متابعات".encode() in data


def test_nothing_due_gives_an_empty_but_valid_calendar():
    assert events(follow_ups_calendar([], TODAY)) == []
    assert events(follow_ups_calendar(ITEMS[2:], TODAY, horizon_days=7)) == []
