"""Who is due for a catch-up: overdue first, by how overdue, then due within a window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database


def due_cutoff(today: dt.date) -> dt.date:
    """The one definition of "due" that the banner, the sidebar, the Due view, the dashboard
    and the tray share: next catch-up on or before today (overdue, or due today)."""
    return today


# How far back "Recently added" looks.
RECENT_DAYS = 30


def recent_cutoff(now: dt.datetime) -> dt.datetime:
    """The earliest moment (UTC, naive as stored) a contact counts as recently added."""
    return now.astimezone(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=RECENT_DAYS)


@dataclass(frozen=True, slots=True)
class DueContact:
    id: int
    display_name: str
    last_contact: dt.date | None
    next_due: dt.date
    days_overdue: int

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "display_name": self.display_name,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "next_due": self.next_due.isoformat(),
            "days_overdue": self.days_overdue,
        }


def due_contacts(today: dt.date, within_days: int = 7) -> list[DueContact]:
    horizon = today + dt.timedelta(days=within_days)
    rows = database.execute_sql(
        "SELECT id, display_name, last_contact, next_due FROM contact "
        "WHERE deleted_at IS NULL AND archived = 0 AND next_due IS NOT NULL AND next_due <= ? "
        "ORDER BY next_due, sort_key",
        (horizon.isoformat(),),
    ).fetchall()
    out = []
    for cid, name, last, due in rows:
        next_due = dt.date.fromisoformat(str(due))
        out.append(
            DueContact(
                id=cid,
                display_name=name,
                last_contact=dt.datetime.fromisoformat(str(last)).date() if last else None,
                next_due=next_due,
                days_overdue=(today - next_due).days,
            )
        )
    return out
