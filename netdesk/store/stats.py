"""Network health figures for the dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.store.due import due_cutoff
from netdesk.store.ledger_store import Balance, balance


@dataclass(frozen=True, slots=True)
class Health:
    total: int
    by_circle: dict[str, int]
    touched_30: int
    touched_90: int
    overdue: int
    due_this_week: int
    never_contacted: int
    balance: Balance
    per_month: list[tuple[dt.date, int]]  # first day of month, interactions; oldest first


def _month_start(day: dt.date, back: int) -> dt.date:
    month = day.month - 1 - back
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def health(today: dt.date) -> Health:
    live = "deleted_at IS NULL AND archived = 0"
    by_circle = dict(
        database.execute_sql(
            f"SELECT circle, COUNT(*) FROM contact WHERE {live} GROUP BY circle"
        ).fetchall()
    )
    due = due_cutoff(today).isoformat()
    # Every figure of the tiles in one pass over the contacts, not one pass each.
    figures = database.execute_sql(
        "SELECT COUNT(*), SUM(last_contact >= ?), SUM(last_contact >= ?), SUM(next_due <= ?), "
        f"SUM(next_due > ? AND next_due <= ?), SUM(last_contact IS NULL) FROM contact WHERE {live}",
        (
            (today - dt.timedelta(days=30)).isoformat(),
            (today - dt.timedelta(days=90)).isoformat(),
            due,
            due,
            (today + dt.timedelta(days=7)).isoformat(),
        ),
    ).fetchone()
    total, touched_30, touched_90, overdue, due_this_week, never = (int(n or 0) for n in figures)
    first = _month_start(today, 11)
    months = {
        row[0]: row[1]
        for row in database.execute_sql(
            "SELECT substr(happened_at, 1, 7), COUNT(*) FROM interaction "
            "WHERE deleted_at IS NULL AND happened_at >= ? GROUP BY 1",
            (first.isoformat(),),
        )
    }
    per_month = []
    for back in range(11, -1, -1):
        start = _month_start(today, back)
        per_month.append((start, int(months.get(start.isoformat()[:7], 0))))
    return Health(
        total=total,
        by_circle={str(k): int(v) for k, v in by_circle.items()},
        touched_30=touched_30,
        touched_90=touched_90,
        overdue=overdue,
        due_this_week=due_this_week,
        never_contacted=never,
        balance=balance(),
        per_month=per_month,
    )
