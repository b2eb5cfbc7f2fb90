"""Keep-in-touch arithmetic on calendar dates.

Interaction times are floating local wall-clock times, so "due" is pure date
arithmetic against the user's local today: no time zone can move a due date.
"""

from __future__ import annotations

import datetime as dt

from netdesk.domain.enums import Circle

DEFAULT_CADENCE: dict[str, int | None] = {
    Circle.MENTOR: 30,
    Circle.MANAGER: 60,
    Circle.PROFESSOR: 90,
    Circle.COWORKER: 90,
    Circle.FORMER_COWORKER: 120,
    Circle.RECRUITER: 90,
    Circle.FRIEND: 60,
    Circle.FAMILY: 30,
    Circle.CLASSMATE: 180,
    Circle.ALUMNI: 180,
    Circle.NEIGHBOUR: 180,
    Circle.MET_AT_EVENT: 90,
    Circle.OTHER: None,
}


def default_cadence(circle: str) -> int | None:
    return DEFAULT_CADENCE.get(circle)


def next_due(
    last_contact: dt.date | None,
    created: dt.date,
    cadence_days: int | None,
    snoozed_until: dt.date | None = None,
) -> dt.date | None:
    """Last contact (or, never contacted, the day the contact was added) plus the cadence.

    A snooze pushes the date out but never pulls it in.
    """
    if not cadence_days or cadence_days <= 0:
        return None
    due = (last_contact or created) + dt.timedelta(days=cadence_days)
    if snoozed_until and snoozed_until > due:
        return snoozed_until
    return due
