"""Events, asks and introductions as iCalendar objects other clients show sensibly.

An event is a VEVENT on its day, with an ATTENDEE for each person there who has an
e-mail address; an ask or offer is a VTODO (its status, outcome and follow-up both as
the standard STATUS, DESCRIPTION and DUE and as ``X-NETDESK-*`` copies); an introduction
is a VJOURNAL naming both people. ``X-NETDESK-RECORD`` says which one a resource is.
When another client changed a standard property (a phone ticked the to-do), it no longer
agrees with NetDesk's copy, and the standard one wins.

Rendering is deterministic for the same fields and stamp, and parsing gives back the
fields rendered, so comparing fields tells whether anything changed. What other clients
added that NetDesk has no field for (a reminder, categories, their own properties) is
copied over from the server's last version, so NetDesk's rewrite loses none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from icalendar import Calendar, Component, Event, Journal, Todo, vCalAddress

from netdesk.io.ical_export import PRODID
from netdesk.store.synced_ledger import ASK, EVENT, INTRODUCTION, KINDS, Fields

RECORD = "X-NETDESK-RECORD"
_COMPONENT = {EVENT: "VEVENT", ASK: "VTODO", INTRODUCTION: "VJOURNAL"}
_TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "declined": "CANCELLED"}
_FROM_TODO = {"NEEDS-ACTION": "open", "IN-PROCESS": "open", "COMPLETED": "done"}
_FROM_TODO["CANCELLED"] = "declined"
People = dict[str, tuple[str, str]]  # contact uid -> (name, e-mail)
# What NetDesk writes itself, in any of the three: never copied from the server's version.
_OWN = frozenset(
    {
        *("UID", "DTSTAMP", "DTSTART", "DTEND", "DUE", "SUMMARY", "LOCATION", "DESCRIPTION"),
        *("TRANSP", "ATTENDEE", "CONTACT", "STATUS", "COMPLETED", "PERCENT-COMPLETE"),
    }
)


@dataclass(frozen=True, slots=True)
class RemoteRecord:
    kind: str
    uid: str
    fields: Fields


def record_kind(text: str) -> str | None:
    """``event``, ``ask`` or ``introduction`` when ``text`` is one NetDesk wrote."""
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    for line in unfolded.splitlines():
        if line.upper().startswith(RECORD + ":"):
            value = line.split(":", 1)[1].strip().lower()
            return value if value in KINDS else None
    return None


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _attendee(component: Component, name: str, email: str) -> None:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = name
    address.params["partstat"] = "ACCEPTED"
    component.add("attendee", address)


def _calendar(component: Component) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(component)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def render(
    kind: str, uid: str, fields: Fields, stamp: dt.datetime, people: People, base: str = ""
) -> str:
    """The iCalendar text of a record; ``stamp`` (UTC) is its last change.

    ``base`` is the server's last version, whose properties NetDesk does not write are kept.
    """
    component: Component = {EVENT: Event, ASK: Todo, INTRODUCTION: Journal}[kind]()
    component.add("uid", uid)
    component.add("dtstamp", stamp.replace(tzinfo=dt.UTC, microsecond=0))
    component.add(RECORD, kind)
    if kind == EVENT:
        _event(component, fields, people)
    elif kind == ASK:
        _ask(component, fields, people)
    else:
        _introduction(component, fields, people)
    if base:
        _keep_others(component, base, _COMPONENT[kind])
    return _calendar(component)


def _keep_others(component: Component, base: str, name: str) -> None:
    try:
        found = Calendar.from_ical(base).walk(name)
    except ValueError:
        return
    if not found:
        return
    for key, value in found[0].items():
        if key.upper() not in _OWN and not key.upper().startswith("X-NETDESK-"):
            component[key] = value
    component.subcomponents.extend(found[0].subcomponents)


def _event(component: Component, fields: Fields, people: People) -> None:
    day = _day(fields["date"]) or dt.date(1970, 1, 1)
    component.add("dtstart", day)
    component.add("dtend", day + dt.timedelta(days=1))
    component.add("summary", fields["name"])
    component.add("transp", "TRANSPARENT")
    if fields["place"]:
        component.add("location", fields["place"])
    if fields["notes"]:
        component.add("description", fields["notes"])
    component.add("x-netdesk-kind", fields["kind"])
    for uid in filter(None, fields.get("attendees", "").split(",")):
        name, email = people.get(uid, ("", ""))
        if email:
            _attendee(component, name, email)
        component.add("x-netdesk-attendee", uid)


def _ask(component: Component, fields: Fields, people: People) -> None:
    asked = _day(fields["asked_on"]) or dt.date(1970, 1, 1)
    component.add("dtstart", asked)
    component.add("summary", fields["what"])
    name = people.get(fields["contact"], ("", ""))[0]
    if name:
        component.add("contact", name)
    component.add("x-netdesk-contact", fields["contact"])
    component.add("x-netdesk-offer", "TRUE" if fields["offer"] == "1" else "FALSE")
    component.add("x-netdesk-kind", fields["kind"])
    component.add("status", _TODO_STATUS.get(fields["status"], "NEEDS-ACTION"))
    component.add("x-netdesk-status", fields["status"])
    if due := _day(fields["follow_up"]):
        component.add("due", max(due, asked))  # DUE may not come before DTSTART
        component.add("x-netdesk-follow-up", due)
    if closed := _day(fields["closed_on"]):
        if fields["status"] == "done":
            component.add("completed", dt.datetime.combine(closed, dt.time(12), dt.UTC))
        component.add("x-netdesk-closed", closed)
    if fields["outcome"]:
        component.add("description", fields["outcome"])
        component.add("x-netdesk-outcome", fields["outcome"])


def _introduction(component: Component, fields: Fields, people: People) -> None:
    component.add("dtstart", _day(fields["on"]) or dt.date(1970, 1, 1))
    names = [people.get(fields[f], ("", ""))[0] or "me" for f in ("first", "second")]
    component.add("summary", f"Introduction: {names[0]} – {names[1]}")
    if fields["note"]:
        component.add("description", fields["note"])
    for role in ("introducer", "first", "second"):
        if fields[role]:
            component.add(f"x-netdesk-{role}", fields[role])
    for role in ("first", "second"):
        name, email = people.get(fields[role], ("", ""))
        if email:
            _attendee(component, name, email)


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value)


def _date_of(component: Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    day = getattr(value, "dt", value)
    if isinstance(day, dt.datetime):
        day = day.date()
    return day.isoformat() if isinstance(day, dt.date) else str(day)[:10]


def parse(text: str, kind: str | None = None) -> RemoteRecord | None:
    """The record in ``text`` (of ``kind`` when known from an earlier sync), or None."""
    kind = record_kind(text) or kind
    if kind is None:
        return None
    try:
        calendar = Calendar.from_ical(text)
    except ValueError:
        return None
    for component in calendar.walk(_COMPONENT[kind]):
        uid = _text(component, "uid").strip()
        if not uid:
            continue
        if kind == EVENT:
            fields = _parse_event(component)
        elif kind == ASK:
            fields = _parse_ask(component)
        else:
            fields = _parse_introduction(component)
        return RemoteRecord(kind, uid, fields)
    return None


def _parse_event(component: Component) -> Fields:
    value = component.get("x-netdesk-attendee")
    listed = value if isinstance(value, list) else [] if value is None else [value]
    return {
        "name": _text(component, "summary"),
        "date": _date_of(component, "dtstart"),
        "place": _text(component, "location"),
        "kind": _text(component, "x-netdesk-kind") or "other",
        "notes": _text(component, "description"),
        "attendees": ",".join(sorted(str(v) for v in listed)),
    }


def _standard(standard: str, copy: str, same: bool) -> str:
    """NetDesk's exact copy while the standard property still agrees with it."""
    return copy if same else standard


def _parse_ask(component: Component) -> Fields:
    mine = _text(component, "x-netdesk-status")
    standard = _FROM_TODO.get(_text(component, "status").upper(), "open")
    status = _standard(standard, mine, _FROM_TODO.get(_TODO_STATUS.get(mine, "")) == standard)
    due, follow_up = _date_of(component, "due"), _date_of(component, "x-netdesk-follow-up")
    # DUE is the follow-up, moved to the ask's day when it came before it.
    asked = _date_of(component, "dtstart")
    agrees = due == follow_up or (bool(follow_up) and due == asked and follow_up < asked)
    outcome = _text(component, "x-netdesk-outcome")
    description = _text(component, "description")
    closed = _date_of(component, "x-netdesk-closed")
    if status == "done" and not closed:
        closed = _date_of(component, "completed")
    return {
        "contact": _text(component, "x-netdesk-contact"),
        "offer": "1" if _text(component, "x-netdesk-offer").upper() == "TRUE" else "0",
        "kind": _text(component, "x-netdesk-kind") or "other",
        "what": _text(component, "summary"),
        "asked_on": asked,
        "status": status,
        "outcome": _standard(description, outcome, description == outcome),
        "follow_up": _standard(due, follow_up, agrees),
        "closed_on": closed if status != "open" else "",
    }


def _parse_introduction(component: Component) -> Fields:
    return {
        "introducer": _text(component, "x-netdesk-introducer"),
        "first": _text(component, "x-netdesk-first"),
        "second": _text(component, "x-netdesk-second"),
        "on": _date_of(component, "dtstart"),
        "note": _text(component, "description"),
    }
