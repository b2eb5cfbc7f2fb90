"""Plain data a printed contact summary is built from (no Qt, no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import Direction


@dataclass(slots=True)
class KeepInTouch:
    last_contact: dt.date | None
    cadence_days: int | None
    next_due: dt.date | None
    today: dt.date

    @property
    def overdue_days(self) -> int:
        """Days past ``next_due``; 0 when not due yet or no cadence is set."""
        if self.next_due is None:
            return 0
        return max(0, (self.today - self.next_due).days)


@dataclass(slots=True)
class LedgerEntry:
    """Something I gave the person or received from them."""

    when: dt.date
    direction: Direction
    summary: str


@dataclass(slots=True)
class AskEntry:
    when: dt.date
    what: str
    status: str
    outcome: str = ""


@dataclass(slots=True)
class EventEntry:
    when: dt.date
    name: str
    place: str = ""


@dataclass(slots=True)
class SummaryData:
    """Everything one printed summary shows; ``interactions`` newest first, all of them."""

    contact: ContactData
    keep_in_touch: KeepInTouch
    interactions: list[InteractionData] = field(default_factory=list)
    gave: list[LedgerEntry] = field(default_factory=list)
    received: list[LedgerEntry] = field(default_factory=list)
    open_asks: list[AskEntry] = field(default_factory=list)
    events: list[EventEntry] = field(default_factory=list)


@dataclass(slots=True)
class ListRow:
    """One line of the printed phone list."""

    name: str
    organization: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
