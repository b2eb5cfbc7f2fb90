"""Interactions as VJOURNAL and follow-ups as VTODO, in both directions where it applies.

The text is deterministic for the same data (DTSTAMP comes from the record, not the
clock), so comparing it with what was last sent tells whether anything changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Component, Journal, Todo

from netdesk.io.ical_export import PRODID, Wording

FOLLOW_UP_PREFIX = "netdesk-followup-"


@dataclass(frozen=True, slots=True)
class JournalData:
    uid: str
    when: dt.datetime  # floating local time
    kind: str
    direction: str
    summary: str
    notes: str
    participants: tuple[str, ...]  # contact uids
    stamp: dt.datetime  # UTC, naive
    event: str = ""  # the uid of the event it happened at
    # A captured conversation's stable key, source and message count (``store.capture``):
    # with the key, capturing the same export on another machine adds nothing there.
    capture_key: str = ""
    capture_source: str = ""
    capture_count: int | None = None


def _calendar(component: Journal | Todo) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(component)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def journal_text(entry: JournalData) -> str:
    journal = Journal()
    journal.add("uid", entry.uid)
    journal.add("dtstamp", entry.stamp.replace(tzinfo=dt.UTC))
    journal.add("dtstart", entry.when.replace(microsecond=0))
    journal.add("summary", entry.summary)
    if entry.notes:
        journal.add("description", entry.notes)
    journal.add("x-netdesk-kind", entry.kind)
    journal.add("x-netdesk-direction", entry.direction)
    for uid in entry.participants:
        journal.add("x-netdesk-participant", uid)
    if entry.event:
        journal.add("x-netdesk-event", entry.event)
    if entry.capture_key:
        journal.add("x-netdesk-capture-key", entry.capture_key)
        journal.add("x-netdesk-capture-source", entry.capture_source)
        if entry.capture_count is not None:
            journal.add("x-netdesk-capture-count", str(entry.capture_count))
    return _calendar(journal)


def follow_up_uid(contact_uid: str) -> str:
    return f"{FOLLOW_UP_PREFIX}{contact_uid}"


def todo_text(
    contact_uid: str,
    name: str,
    due: dt.date,
    last_contact: dt.date | None,
    wording: Wording | None = None,
) -> str:
    text = wording or Wording()
    todo = Todo()
    todo.add("uid", follow_up_uid(contact_uid))
    todo.add("dtstamp", dt.datetime.combine(due, dt.time(), dt.UTC))
    todo.add("due", due)
    todo.add("summary", text.summary(name))
    todo.add("description", text.last_contact(last_contact))
    todo.add("status", "NEEDS-ACTION")
    return _calendar(todo)


def _floating(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return None


def _texts(component: Component, name: str) -> tuple[str, ...]:
    value = component.get(name)
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    return tuple(str(v).strip() for v in values if str(v).strip())


def _count(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def parse_journal(text: str) -> JournalData | None:
    """The first VJOURNAL in ``text`` that has a start, or None (not a journal, unreadable)."""
    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        return None
    for component in calendar.walk("VJOURNAL"):
        uid = str(component.get("uid", "")).strip()
        start = component.get("dtstart")
        when = _floating(start.dt) if start is not None else None
        if not uid or when is None or component.get("x-netdesk-record") is not None:
            continue  # an introduction (``ledger_ical``) is a journal too
        stamp = component.get("dtstamp")
        stamp_dt = _floating(stamp.dt) if stamp is not None else None
        return JournalData(
            uid=uid,
            when=when,
            kind=str(component.get("x-netdesk-kind", "other")),
            direction=str(component.get("x-netdesk-direction", "mutual")),
            summary=str(component.get("summary", "")),
            notes=str(component.get("description", "")),
            participants=_texts(component, "x-netdesk-participant"),
            stamp=stamp_dt or dt.datetime(1970, 1, 1),
            event=str(component.get("x-netdesk-event", "")).strip(),
            capture_key=str(component.get("x-netdesk-capture-key", "")).strip(),
            capture_source=str(component.get("x-netdesk-capture-source", "")),
            capture_count=_count(str(component.get("x-netdesk-capture-count", ""))),
        )
    return None


def is_follow_up(text: str) -> bool:
    return f"UID:{FOLLOW_UP_PREFIX}" in text.replace("\r\n ", "")
