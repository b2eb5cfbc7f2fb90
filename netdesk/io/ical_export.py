"""Upcoming follow-ups as an iCalendar file, so catch-ups land in the user's calendar app.

No Qt: the wording is passed in, so the UI can hand over translated text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from icalendar import Alarm, Calendar, Event

from netdesk.domain.unicode_policy import clean_text

PRODID = "-//NetDesk//NetDesk//EN"


class DueItem(Protocol):
    """What a follow-up needs; ``netdesk.store.due.DueContact`` fits."""

    @property
    def id(self) -> int: ...

    @property
    def display_name(self) -> str: ...

    @property
    def last_contact(self) -> dt.date | None: ...

    @property
    def next_due(self) -> dt.date: ...


def _summary(name: str) -> str:
    return f"Catch up with {name}"


def _last_contact(day: dt.date | None) -> str:
    return f"Last contact: {day.isoformat()}" if day else "No contact logged yet."


def _cadence(days: int) -> str:
    return f"Keep in touch every {days} day(s)."


@dataclass(frozen=True, slots=True)
class Wording:
    """The user-visible text of the calendar; the UI passes translated callables."""

    summary: Callable[[str], str] = field(default=_summary)
    last_contact: Callable[[dt.date | None], str] = field(default=_last_contact)
    cadence: Callable[[int], str] = field(default=_cadence)
    calendar_name: str = "NetDesk follow-ups"


def follow_up_uid(contact_key: str | int, due: dt.date) -> str:
    """Stable per contact and due date, so re-importing updates instead of duplicating."""
    return f"netdesk-followup-{contact_key}-{due:%Y%m%d}@netdesk"


def follow_ups_calendar(
    items: Iterable[DueItem],
    today: dt.date,
    horizon_days: int = 90,
    *,
    wording: Wording | None = None,
    uids: Mapping[int, str] | None = None,
    cadences: Mapping[int, int | None] | None = None,
    stamp: dt.datetime | None = None,
    alarm: dt.time | None = dt.time(9, 0),
) -> bytes:
    """One all-day event per contact due within ``horizon_days``; overdue ones land on today.

    ``uids`` maps contact ids to their stable record uid (the id is used when missing);
    ``cadences`` maps contact ids to their keep-in-touch cadence in days. ``alarm`` is the
    local time of a display reminder on the day, or None for no reminder.
    """
    text = wording or Wording()
    horizon = today + dt.timedelta(days=horizon_days)
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", text.calendar_name)
    for item in items:
        if item.next_due > horizon:
            continue
        day = max(item.next_due, today)
        summary = clean_text(text.summary(item.display_name))
        lines = [text.last_contact(item.last_contact)]
        cadence = (cadences or {}).get(item.id)
        if cadence:
            lines.append(text.cadence(cadence))
        event = Event()
        event.add("uid", follow_up_uid((uids or {}).get(item.id) or item.id, item.next_due))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(lines))
        # A reminder, not a meeting: do not show the day as busy.
        event.add("transp", "TRANSPARENT")
        if alarm is not None:
            reminder = Alarm()
            reminder.add("action", "DISPLAY")
            reminder.add("description", summary)
            # Relative to the all-day start (local midnight), so it fires at ``alarm`` local time.
            reminder.add("trigger", dt.timedelta(hours=alarm.hour, minutes=alarm.minute))
            event.add_component(reminder)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
