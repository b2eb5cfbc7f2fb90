"""The parts of a network beyond each contact's own fields, as plain data.

A NetDesk JSON export carries them next to the contacts (``io/json_format.py``) and an
import writes them back (``services/network_import.py``). Records refer to contacts,
organisations and events by ``uid``, never by database id, so a file can be read into
any database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Stamp:
    """A synchronised record's identity and history (``SyncedRecord``'s columns)."""

    uid: str = ""
    revision: int = 1
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(slots=True)
class ContactState:
    """What a contact holds besides ``ContactData``: its stamp, archive and snooze state
    and where it used to work. Last contact and next due are worked out again from
    the interactions, the cadence, the creation time and the snooze."""

    stamp: Stamp
    archived: bool = False
    snoozed_until: dt.date | None = None
    # (organisation name, left on)
    past_organizations: list[tuple[str, dt.date]] = field(default_factory=list)
    # Exported for people and scripts; an import works them out again.
    last_contact: dt.datetime | None = None
    next_due: dt.date | None = None


@dataclass(slots=True)
class OrganizationData:
    stamp: Stamp
    name: str


@dataclass(slots=True)
class EventData:
    stamp: Stamp
    name: str
    date: dt.date
    place: str = ""
    kind: str = "other"
    notes: str = ""


@dataclass(slots=True)
class NetworkInteraction:
    """One interaction with everyone who took part (contact uids, the leading one first)."""

    stamp: Stamp
    when: dt.datetime
    kind: str = "other"
    direction: str = "mutual"
    summary: str = ""
    notes: str = ""
    event: str = ""  # the event's uid, "" for none
    contacts: list[str] = field(default_factory=list)
    # Captured from an export (schema 7): its stable key, source and message count.
    capture_key: str = ""
    capture_source: str = ""
    capture_count: int | None = None


@dataclass(slots=True)
class AskData:
    stamp: Stamp
    contact: str  # uid
    what: str
    asked_on: dt.date
    is_offer: bool = False
    kind: str = "other"
    status: str = "open"
    outcome: str = ""
    follow_up: dt.date | None = None  # when to chase it, while open
    closed_on: dt.date | None = None


@dataclass(slots=True)
class IntroductionData:
    """``introducer`` ("" : me) introduced ``first`` to ``second`` ("": me); contact uids."""

    stamp: Stamp
    first: str
    introduced_on: dt.date
    introducer: str = ""
    second: str = ""
    note: str = ""


@dataclass(slots=True)
class NetworkData:
    """Everything of a network that is not a ``ContactData`` field.

    ``order`` holds the file uid of each contact read, parallel to the contacts list, so
    an import can tell which planned contact each uid is even when planning gives a
    contact a new uid (one in the trash).
    """

    contacts: dict[str, ContactState] = field(default_factory=dict)
    organizations: list[OrganizationData] = field(default_factory=list)
    events: list[EventData] = field(default_factory=list)
    interactions: list[NetworkInteraction] = field(default_factory=list)
    asks: list[AskData] = field(default_factory=list)
    introductions: list[IntroductionData] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
