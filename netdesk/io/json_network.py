"""The network sections of a NetDesk JSON export (format version 2), both ways.

Next to ``contacts`` the document holds ``organizations``, ``events``, ``interactions``,
``asks`` and ``introductions``; each contact object also carries its own state
(``revision``, ``created_at``, ``archived``, ``snoozed_until``, ``past_organizations``...).
Records name each other by uid. Reading never raises on a bad item: it is skipped with a
warning, so one damaged entry does not cost the rest of the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from netdesk.domain.enums import Direction, EventKind, InteractionKind
from netdesk.domain.network_data import (
    AskData,
    ContactState,
    EventData,
    IntroductionData,
    NetworkData,
    NetworkInteraction,
    OrganizationData,
    Stamp,
)

T = TypeVar("T")
Obj = dict[str, Any]


def _when(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def stamp_to_dict(stamp: Stamp) -> Obj:
    return {
        "uid": stamp.uid,
        "revision": stamp.revision,
        "created_at": _when(stamp.created_at),
        "updated_at": _when(stamp.updated_at),
    }


def state_to_dict(state: ContactState) -> Obj:
    """The keys a contact object gets from its state (the uid is already there)."""
    out = stamp_to_dict(state.stamp)
    del out["uid"]
    return {
        **out,
        "archived": state.archived,
        "snoozed_until": _when(state.snoozed_until),
        "last_contact": _when(state.last_contact),
        "next_due": _when(state.next_due),
        "past_organizations": [
            {"organization": name, "left_on": left.isoformat()}
            for name, left in state.past_organizations
        ],
    }


def sections_to_dict(network: NetworkData) -> Obj:
    """Every section of the document but ``contacts``."""
    return {
        "organizations": [
            {**stamp_to_dict(o.stamp), "name": o.name} for o in network.organizations
        ],
        "events": [
            {
                **stamp_to_dict(e.stamp),
                "name": e.name,
                "date": e.date.isoformat(),
                "place": e.place,
                "kind": e.kind,
                "notes": e.notes,
            }
            for e in network.events
        ],
        "interactions": [
            {
                **stamp_to_dict(i.stamp),
                "when": i.when.isoformat(),
                "kind": i.kind,
                "direction": i.direction,
                "summary": i.summary,
                "notes": i.notes,
                "event": i.event or None,
                "contacts": i.contacts,
                **_captured(i),
            }
            for i in network.interactions
        ],
        "asks": [
            {
                **stamp_to_dict(a.stamp),
                "contact": a.contact,
                "is_offer": a.is_offer,
                "kind": a.kind,
                "what": a.what,
                "asked_on": a.asked_on.isoformat(),
                "status": a.status,
                "outcome": a.outcome,
                "follow_up": _when(a.follow_up),
                "closed_on": _when(a.closed_on),
            }
            for a in network.asks
        ],
        "introductions": [
            {
                **stamp_to_dict(n.stamp),
                "introducer": n.introducer or None,
                "first": n.first,
                "second": n.second or None,
                "introduced_on": n.introduced_on.isoformat(),
                "note": n.note,
            }
            for n in network.introductions
        ],
    }


class BadItemError(ValueError):
    """An item of a section that cannot be read (it is skipped)."""


def _text(obj: Obj, key: str, default: str = "") -> str:
    value = obj.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadItemError(f"{key} is not text")
    return value


def _required(obj: Obj, key: str) -> str:
    value = _text(obj, key)
    if not value.strip():
        raise BadItemError(f"{key} is missing")
    return value


def _date(obj: Obj, key: str) -> dt.date:
    return dt.date.fromisoformat(_required(obj, key)[:10])


def _datetime(obj: Obj, key: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(_required(obj, key))
    # Stored as floating local (interactions) or naive UTC (stamps): drop any offset.
    return value.replace(tzinfo=None)


def _optional(obj: Obj, key: str, read: Callable[[Obj, str], T]) -> T | None:
    return read(obj, key) if obj.get(key) not in (None, "") else None


def read_stamp(obj: Obj) -> Stamp:
    revision = obj.get("revision", 1)
    # An SQLite integer, and sane: a hostile file must not make the insert overflow.
    if not isinstance(revision, int) or isinstance(revision, bool) or not 0 < revision < 2**31:
        revision = 1
    return Stamp(
        _text(obj, "uid").strip(),
        revision,
        _optional(obj, "created_at", _datetime),
        _optional(obj, "updated_at", _datetime),
    )


def read_state(obj: Obj) -> ContactState:
    """A contact object's state; a v1 object gives the defaults."""
    past: list[tuple[str, dt.date]] = []
    items = obj.get("past_organizations")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            past.append((_required(item, "organization").strip(), _date(item, "left_on")))
    return ContactState(
        read_stamp(obj),
        obj.get("archived") is True,
        _optional(obj, "snoozed_until", _date),
        past,
        _optional(obj, "last_contact", _datetime),
        _optional(obj, "next_due", _date),
    )


def _organization(obj: Obj) -> OrganizationData:
    return OrganizationData(read_stamp(obj), _required(obj, "name").strip())


def _choice(obj: Obj, key: str, allowed: type[StrEnum], default: str) -> str:
    """The value if ``allowed`` knows it, else ``default`` (the views expect known kinds)."""
    value = _text(obj, key, default)
    return value if value in allowed.__members__.values() else default


def _event(obj: Obj) -> EventData:
    return EventData(
        read_stamp(obj),
        _required(obj, "name").strip(),
        _date(obj, "date"),
        _text(obj, "place"),
        _choice(obj, "kind", EventKind, EventKind.OTHER.value),
        _text(obj, "notes"),
    )


def _uids(obj: Obj, key: str) -> list[str]:
    value = obj.get(key)
    if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
        raise BadItemError(f"{key} is not a list of uids")
    return list(dict.fromkeys(u for u in value if u))


def _captured(i: NetworkInteraction) -> dict[str, object]:
    """A captured interaction's key, source and count (nothing for one logged by hand)."""
    if not i.capture_key:
        return {}
    return {"capture": {"key": i.capture_key, "source": i.capture_source, "count": i.capture_count}}


def _interaction(obj: Obj) -> NetworkInteraction:
    captured = obj.get("capture")
    capture = captured if isinstance(captured, dict) else {}
    count = capture.get("count")
    return NetworkInteraction(
        read_stamp(obj),
        _datetime(obj, "when"),
        _choice(obj, "kind", InteractionKind, InteractionKind.OTHER.value),
        _choice(obj, "direction", Direction, Direction.MUTUAL.value),
        _text(obj, "summary"),
        _text(obj, "notes"),
        _text(obj, "event"),
        _uids(obj, "contacts"),
        capture_key=_text(capture, "key"),
        capture_source=_text(capture, "source"),
        capture_count=count if isinstance(count, int) and not isinstance(count, bool) else None,
    )


def _ask(obj: Obj) -> AskData:
    return AskData(
        read_stamp(obj),
        _required(obj, "contact"),
        _text(obj, "what"),
        _date(obj, "asked_on"),
        obj.get("is_offer") is True,
        _text(obj, "kind", "other"),
        _text(obj, "status", "open"),
        _text(obj, "outcome"),
        _optional(obj, "follow_up", _date),
        _optional(obj, "closed_on", _date),
    )


def _introduction(obj: Obj) -> IntroductionData:
    return IntroductionData(
        read_stamp(obj),
        _required(obj, "first"),
        _date(obj, "introduced_on"),
        _text(obj, "introducer"),
        _text(obj, "second"),
        _text(obj, "note"),
    )


def _section(
    doc: Obj, key: str, read: Callable[[Obj], T], where: str, warnings: list[str]
) -> list[T]:
    items = doc.get(key)
    out: list[T] = []
    for n, item in enumerate(items if isinstance(items, list) else [], start=1):
        try:
            if not isinstance(item, dict):
                raise BadItemError("not an object")
            out.append(read(item))
        except (BadItemError, ValueError, OverflowError) as error:
            warnings.append(f"{where}: {key} {n} was skipped ({error}).")
    return out


def read_sections(doc: Obj, network: NetworkData, where: str, warnings: list[str]) -> None:
    """Fill ``network``'s sections from the document ``doc``."""
    network.organizations = _section(doc, "organizations", _organization, where, warnings)
    network.events = _section(doc, "events", _event, where, warnings)
    network.interactions = _section(doc, "interactions", _interaction, where, warnings)
    network.asks = _section(doc, "asks", _ask, where, warnings)
    network.introductions = _section(doc, "introductions", _introduction, where, warnings)
