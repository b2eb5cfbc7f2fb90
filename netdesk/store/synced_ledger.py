"""Events, asks and introductions as flat fields keyed by uid, for sync. No Qt.

Sync compares and merges records field by field, so each kind is read as a dict of
strings (dates in ISO form, people as contact uids) and written back from one. A write
bumps the record's revision only when a field really changes, so a pull that brings
nothing new leaves nothing to send back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.db.records import Ask, Contact, Event, Interaction, Introduction, Participant, utcnow
from netdesk.store.activity import refresh_activity

EVENT, ASK, INTRODUCTION = "event", "ask", "introduction"
KINDS = (EVENT, ASK, INTRODUCTION)
Fields = dict[str, str]

EVENT_FIELDS = ("name", "date", "place", "kind", "notes")
ASK_FIELDS = (
    *("contact", "offer", "kind", "what", "asked_on"),
    *("status", "outcome", "follow_up", "closed_on"),
)
INTRODUCTION_FIELDS = ("introducer", "first", "second", "on", "note")
FIELDS = {EVENT: EVENT_FIELDS, ASK: ASK_FIELDS, INTRODUCTION: INTRODUCTION_FIELDS}
DERIVED = {EVENT: ("attendees",), ASK: (), INTRODUCTION: ()}
"""Shown to other clients, never written back: an event's attendees are the people whose
interactions are linked to it (they travel with those interactions)."""
_PEOPLE = {EVENT: (), ASK: ("contact",), INTRODUCTION: ("introducer", "first", "second")}
_REQUIRED = {EVENT: (), ASK: ("contact",), INTRODUCTION: ("first",)}
_MODEL = {EVENT: Event, ASK: Ask, INTRODUCTION: Introduction}


@dataclass(frozen=True, slots=True)
class LocalRecord:
    uid: str
    revision: int
    deleted: bool
    fields: Fields


def _day(value: object) -> str:
    return str(value)[:10] if value else ""


def _uids(ids: set[int]) -> dict[int, str]:
    query = Contact.select(Contact.id, Contact.uid)
    return dict(query.where(Contact.id.in_(list(ids))).tuples()) if ids else {}


def _attendees(event_ids: list[int] | None) -> dict[int, str]:
    rows = (
        Interaction.select(Interaction.event, Contact.uid)
        .join(Participant)
        .join(Contact)
        .where(
            (
                Interaction.event.is_null(False)
                if event_ids is None
                else Interaction.event.in_(event_ids)
            )
            & Interaction.deleted_at.is_null()
            & Contact.deleted_at.is_null()
        )
        .distinct()
        .tuples()
    )
    found: dict[int, set[str]] = {}
    for event_id, uid in rows:
        found.setdefault(int(event_id), set()).add(str(uid))
    return {k: ",".join(sorted(v)) for k, v in found.items()}


def records(kind: str, uid: str | None = None) -> dict[str, LocalRecord]:
    """Every record of ``kind`` (deleted ones too), by uid; or only ``uid``'s."""
    model = _MODEL[kind]
    rows = list(model.select() if uid is None else model.select().where(model.uid == uid))
    people = {getattr(r, f"{f}_id") for r in rows for f in _PEOPLE[kind]}
    uids = _uids({i for i in people if i is not None})
    attendees = _attendees(None if uid is None else [r.id for r in rows]) if kind == EVENT else {}
    out: dict[str, LocalRecord] = {}
    for r in rows:
        if kind == EVENT:
            fields = {
                "name": r.name,
                "date": _day(r.date),
                "place": r.place,
                "kind": r.kind,
                "notes": r.notes,
                "attendees": attendees.get(r.id, ""),
            }
        elif kind == ASK:
            fields = {
                "contact": uids.get(r.contact_id, ""),
                "offer": "1" if r.is_offer else "0",
                "kind": r.kind,
                "what": r.what,
                "asked_on": _day(r.asked_on),
                "status": r.status,
                "outcome": r.outcome,
                "follow_up": _day(r.follow_up),
                "closed_on": _day(r.closed_on),
            }
        else:
            fields = {
                "introducer": uids.get(r.introducer_id, ""),
                "first": uids.get(r.first_id, ""),
                "second": uids.get(r.second_id, ""),
                "on": _day(r.introduced_on),
                "note": r.note,
            }
        out[r.uid] = LocalRecord(r.uid, int(r.revision), r.deleted_at is not None, fields)
    return out


def record(kind: str, uid: str) -> LocalRecord | None:
    return records(kind, uid).get(uid)


def people(uids: set[str]) -> dict[str, tuple[str, str]]:
    """Contact uid -> (display name, primary e-mail) for the ones known here."""
    if not uids:
        return {}
    rows = Contact.select(Contact.uid, Contact.display_name, Contact.primary_email).where(
        Contact.uid.in_(list(uids))
    )
    return {str(u): (str(n), str(e)) for u, n, e in rows.tuples()}


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def write(kind: str, uid: str, fields: Fields) -> int | None:
    """Create or update record ``uid`` from ``fields`` (restoring it if deleted).

    Returns its revision, or None when a person it names is not known here (or a
    required date is unreadable): nothing is written then.
    """
    refs = {f: fields.get(f, "") for f in _PEOPLE[kind]}
    ids = {
        str(u): int(i)
        for u, i in Contact.select(Contact.uid, Contact.id)
        .where(Contact.uid.in_([v for v in refs.values() if v]))
        .tuples()
    }
    if any(not refs[f] or refs[f] not in ids for f in _REQUIRED[kind]):
        return None
    values = _values(kind, fields, {f: ids.get(v) for f, v in refs.items()})
    if values is None:
        return None
    model = _MODEL[kind]
    with database.atomic():
        current = record(kind, uid)
        if current is None:
            created = model.create(uid=uid, **values)
            revision = int(created.revision)
        elif current.deleted or any(
            current.fields.get(f, "") != fields.get(f, "") for f in FIELDS[kind]
        ):
            model.update(
                **values, deleted_at=None, updated_at=utcnow(), revision=model.revision + 1
            ).where(model.uid == uid).execute()
            revision = current.revision + 1
        else:
            return current.revision
        if kind == ASK:
            old = current.fields["contact"] if current is not None else ""
            before = Contact.get_or_none(Contact.uid == old) if old else None
            touched = [values["contact"], *([before.id] if before is not None else [])]
            refresh_activity(list(dict.fromkeys(int(str(i)) for i in touched)))
        return revision


def _values(kind: str, fields: Fields, ids: dict[str, int | None]) -> dict[str, object] | None:
    if kind == EVENT:
        day = _date(fields.get("date", ""))
        if day is None:
            return None
        return {
            "name": fields.get("name", "").strip() or "?",
            "date": day,
            "place": fields.get("place", ""),
            "kind": fields.get("kind", "") or "other",
            "notes": fields.get("notes", ""),
        }
    if kind == ASK:
        asked = _date(fields.get("asked_on", ""))
        if asked is None:
            return None
        return {
            "contact": ids["contact"],
            "is_offer": fields.get("offer") == "1",
            "kind": fields.get("kind", "") or "other",
            "what": fields.get("what", "").strip(),
            "asked_on": asked,
            "status": fields.get("status", "") or "open",
            "outcome": fields.get("outcome", ""),
            "follow_up": _date(fields.get("follow_up", "")),
            "closed_on": _date(fields.get("closed_on", "")),
        }
    on = _date(fields.get("on", ""))
    if on is None:
        return None
    return {
        "introducer": ids["introducer"],
        "first": ids["first"],
        "second": ids["second"],
        "introduced_on": on,
        "note": fields.get("note", ""),
    }


def set_deleted(kind: str, uid: str, deleted: bool) -> None:
    model = _MODEL[kind]
    with database.atomic():
        model.update(
            deleted_at=utcnow() if deleted else None,
            updated_at=utcnow(),
            revision=model.revision + 1,
        ).where(model.uid == uid).execute()
        if kind == ASK:
            found = Ask.get_or_none(Ask.uid == uid)
            if found is not None:
                refresh_activity([found.contact_id])
