"""Plain data a printed contact summary is built from (no Qt, no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from netdesk.domain.contact_data import ContactData, InteractionData


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
class GiveAndTake:
    """How often I gave the person something and how often I received something.

    ``gave`` counts interactions where I gave and offers I made; ``received`` counts
    interactions where I received and asks of mine they fulfilled.
    """

    gave: int = 0
    received: int = 0


@dataclass(slots=True)
class PrintedAsk:
    """Something I asked of the person; ``status`` is open, done or declined."""

    when: dt.date
    what: str
    status: str
    outcome: str = ""


@dataclass(slots=True)
class PrintedEvent:
    when: dt.date
    name: str
    place: str = ""


@dataclass(slots=True)
class SummaryData:
    """Everything one printed summary can show; lists newest first, all of them.

    The brief prints the newest few of each list; the full history prints them all.
    """

    contact: ContactData
    keep_in_touch: KeepInTouch
    interactions: list[InteractionData] = field(default_factory=list)
    balance: GiveAndTake = field(default_factory=GiveAndTake)
    open_asks: list[PrintedAsk] = field(default_factory=list)
    closed_asks: list[PrintedAsk] = field(default_factory=list)
    events: list[PrintedEvent] = field(default_factory=list)


@dataclass(slots=True)
class ListRow:
    """One line of the printed phone list."""

    name: str
    organization: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
