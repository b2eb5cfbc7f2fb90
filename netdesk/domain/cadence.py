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
    follow_up: dt.date | None = None,
) -> dt.date | None:
    """Last contact (or, never contacted, the day the contact was added) plus the cadence,
    or the earliest follow-up date of an open ask when that comes first.

    This is the one definition of when a contact is next due: an ask to chase makes a
    person due even without a cadence. A snooze pushes the date out but never pulls it in.
    """
    due = None
    if cadence_days and cadence_days > 0:
        due = (last_contact or created) + dt.timedelta(days=cadence_days)
    if follow_up is not None and (due is None or follow_up < due):
        due = follow_up
    if due is None:
        return None
    if snoozed_until and snoozed_until > due:
        return snoozed_until
    return due
