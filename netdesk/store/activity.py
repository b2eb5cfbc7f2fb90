"""Each contact's last contact and next due, recomputed from what is stored."""

from __future__ import annotations

import datetime as dt

from netdesk.db.connection import database
from netdesk.domain.cadence import next_due


def refresh_activity(contact_ids: list[int]) -> None:
    """Recompute last contact and next due from live interactions and open asks' follow-ups.

    Next due is a date; whether it is overdue is judged by each reader against its today.
    A few queries and one ``executemany`` for any number of contacts: an import refreshes
    all its merged contacts at once, not with one peewee UPDATE each.
    """
    ids = list(dict.fromkeys(contact_ids))
    updates: list[tuple[str | None, str | None, int]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        last = {
            cid: _as_datetime(when)
            for cid, when in database.execute_sql(
                "SELECT p.contact_id, MAX(i.happened_at) FROM participant p "
                "JOIN interaction i ON i.id = p.interaction_id "
                f"WHERE i.deleted_at IS NULL AND p.contact_id IN ({marks}) "
                "GROUP BY p.contact_id",
                chunk,
            )
        }
        chase = ask_follow_ups(chunk)
        for cid, created, cadence, snoozed in database.execute_sql(
            "SELECT id, created_at, cadence_days, snoozed_until FROM contact "
            f"WHERE id IN ({marks})",
            chunk,
        ):
            when = last.get(cid)
            created_at = _as_datetime(created)
            assert created_at is not None  # NOT NULL column
            due = next_due(
                when.date() if when else None,
                created_at.date(),
                cadence,
                dt.date.fromisoformat(str(snoozed)[:10]) if snoozed else None,
                chase.get(cid),
            )
            # The text peewee would store for a datetime and a date.
            updates.append((str(when) if when else None, str(due) if due else None, cid))
    if updates:
        database.cursor().executemany(
            "UPDATE contact SET last_contact = ?, next_due = ? WHERE id = ?", updates
        )


def ask_follow_ups(contact_ids: list[int]) -> dict[int, dt.date]:
    """The earliest follow-up date of each contact's open asks (at most 500 ids)."""
    marks = ",".join("?" * len(contact_ids))
    return {
        cid: dt.date.fromisoformat(str(day)[:10])
        for cid, day in database.execute_sql(
            "SELECT contact_id, MIN(follow_up) FROM ask "
            "WHERE deleted_at IS NULL AND status = 'open' AND follow_up IS NOT NULL "
            f"AND contact_id IN ({marks}) GROUP BY contact_id",
            contact_ids,
        )
    }


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))
