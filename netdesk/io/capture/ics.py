"""iCalendar files (Google, Outlook, Apple, Thunderbird exports): past meetings.

A past event with an organizer or attendees is a meeting with each of them. Recurring
events expand (RRULE, RDATE, EXDATE, moved occurrences, time zones) through
``recurring_ical_events``, up to now: future occurrences are not read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from netdesk.io.cancel import check
from netdesk.io.capture.base import (
    CaptureFormat,
    Item,
    ItemKind,
    Person,
    SourceInfo,
    first_line,
    local_naive,
)
from netdesk.io.errors import ImportFormatError

# Rooms and projectors are invited too; they are nobody to keep in touch with.
_NOT_PEOPLE = {"RESOURCE", "ROOM", "UNKNOWN"}
_EARLIEST = dt.date(1900, 1, 1)


def people_of(event: Any) -> tuple[Person, ...]:
    """The organizer and the attendees of ``event``, each once (by address, else name)."""
    found: dict[str, Person] = {}
    for prop in ("ORGANIZER", "ATTENDEE"):
        values = event.get(prop)
        if values is None:
            continue
        for value in values if isinstance(values, list) else [values]:
            params = getattr(value, "params", {})
            if str(params.get("CUTYPE", "INDIVIDUAL")).upper() in _NOT_PEOPLE:
                continue
            address = str(value)
            email = address[7:] if address.lower().startswith("mailto:") else ""
            name = str(params.get("CN", "")).strip().strip('"')
            person = Person(name=name if name != email else "", email=email.strip())
            if not person.is_empty():
                found.setdefault((person.email or person.name).lower(), person)
    return tuple(found.values())


def _start(event: Any) -> dt.datetime | None:
    prop = event.get("DTSTART")
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, dt.datetime):
        return local_naive(value)
    return dt.datetime.combine(value, dt.time())


def calendar_items(calendar: Any, source: str, now: dt.datetime | None = None) -> Iterator[Item]:
    """The past occurrences of ``calendar``'s events (``source`` names it in keys)."""
    import recurring_ical_events

    now = now or dt.datetime.now()
    query = recurring_ical_events.of(calendar, components=["VEVENT"])
    for n, event in enumerate(query.between(_EARLIEST, now)):
        if n % 64 == 0:
            check()
        when = _start(event)
        if when is None or when > now:
            continue
        uid = str(event.get("UID", "")) or f"{source}:{event.get('SUMMARY', '')}"
        occurrence = when.isoformat()
        people = people_of(event)
        status = str(event.get("STATUS", "")).upper()
        skipped = ""
        if status == "CANCELLED":
            skipped = "cancelled"
        elif not people:
            skipped = "no attendees"
        yield Item(
            key=f"ics:{uid}/{occurrence}",
            when=when,
            kind=ItemKind.MEETING,
            thread=f"ics:{uid}/{occurrence}",
            recipients=people,
            subject=first_line(str(event.get("SUMMARY", ""))),
            text=str(event.get("DESCRIPTION", "")),
            skipped=skipped,
        )


class IcsFormat(CaptureFormat):
    kind = "ics"

    def detect(self, head: bytes, path: Path) -> bool:
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        return text[:15].upper() == b"BEGIN:VCALENDAR"

    def read(self, path: Path, info: SourceInfo, keep_text: bool = False) -> Iterator[Item]:
        import icalendar

        try:
            calendars = icalendar.Calendar.from_ical(path.read_bytes(), multiple=True)
        except ValueError as error:
            message = f"{path.name}: not a calendar NetDesk can read ({error})"
            raise ImportFormatError(message) from None
        for calendar in calendars:
            info.title = info.title or str(calendar.get("X-WR-CALNAME", ""))
            for item in calendar_items(calendar, path.name):
                if not keep_text:
                    item.text = ""
                yield item
