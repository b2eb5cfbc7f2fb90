"""Today: a short daily list of what to do, and the week's touches.

In this order: the first ``DUE_SHOWN`` people due (``store.due``, most overdue first; the
Due view lists them all), asks whose follow-up date has
come, openings waiting on the user (to ask or apply, an answered referral, an offer), then
a few suggested reconnects: strong ties gone quiet and people at target organisations.
Each person is listed once, under the first of these that names them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.store.openings import OpeningEntry, Stage, openings, target_ids
from netdesk.store.ties import strengths


class TodayKind:
    DUE = "due"
    FOLLOW_UP = "follow_up"
    OPENING = "opening"
    RECONNECT = "reconnect"


DUE_SHOWN = 5
QUIET_DAYS = 60  # a strong tie not heard from in this long is gone quiet
TARGET_QUIET_DAYS = 30
RECONNECTS = 3
TARGET_PEOPLE = 2
_CANDIDATES = 300
# Suggestions leave out whoever is due: the Due view lists them already.
_NOT_DUE = "(next_due IS NULL OR next_due > ?)"
STRONG_ENOUGH = 30  # the score a quiet tie needs to be suggested


@dataclass(frozen=True, slots=True)
class TodayItem:
    kind: str
    id: int  # a contact's id; an opening's for ``TodayKind.OPENING``
    display_name: str
    days: int = 0  # due: days overdue; follow-up: days since it came; reconnect: days quiet
    what: str = ""  # follow-up: what was asked; opening/reconnect: the organisation
    stage: str = ""  # opening: its stage
    at_target: bool = False  # reconnect: someone at a target organisation
    score: int = 0


def _follow_ups(today: dt.date) -> list[TodayItem]:
    rows = database.execute_sql(
        "SELECT c.id, c.display_name, MIN(a.follow_up), a.what FROM ask a "
        "JOIN contact c ON c.id = a.contact_id WHERE a.deleted_at IS NULL "
        "AND c.deleted_at IS NULL AND a.status = 'open' AND a.follow_up <= ? "
        "GROUP BY c.id ORDER BY MIN(a.follow_up), c.sort_key",
        (today.isoformat(),),
    )
    return [
        TodayItem(
            TodayKind.FOLLOW_UP,
            int(c),
            str(n),
            (today - dt.date.fromisoformat(str(d))).days,
            str(w),
        )
        for c, n, d, w in rows
    ]


def waiting_on_me(entry: OpeningEntry) -> bool:
    """Whether the next step of an opening is the user's: to ask or apply, to act on an
    answered referral, or to answer an offer."""
    if entry.stage in (Stage.INTERESTED, Stage.OFFER):
        return True
    return entry.stage == Stage.REFERRAL and entry.asks_open == 0


def _openings() -> list[TodayItem]:
    return [
        TodayItem(TodayKind.OPENING, e.id, e.title, what=e.organization, stage=e.stage)
        for e in openings()
        if waiting_on_me(e)
    ]


def _quiet(today: dt.date, taken: set[int]) -> list[TodayItem]:
    cutoff = (today - dt.timedelta(days=QUIET_DAYS)).isoformat()
    rows = database.execute_sql(
        "SELECT id, display_name, last_contact FROM contact WHERE deleted_at IS NULL "
        "AND archived = 0 AND last_contact IS NOT NULL AND last_contact < ? "
        f"AND {_NOT_DUE} ORDER BY last_contact DESC LIMIT ?",
        (cutoff, today.isoformat(), _CANDIDATES),
    ).fetchall()
    ties = strengths([r[0] for r in rows], today)
    found = [
        TodayItem(
            TodayKind.RECONNECT,
            int(cid),
            str(name),
            ties[cid].days_since or 0,
            score=ties[cid].score,
        )
        for cid, name, _last in rows
        if cid not in taken and ties[cid].score >= STRONG_ENOUGH
    ]
    found.sort(key=lambda i: -i.score)
    return found[:RECONNECTS]


def _at_targets(today: dt.date, taken: set[int]) -> list[TodayItem]:
    orgs = target_ids()
    if not orgs:
        return []
    marks = ",".join("?" * len(orgs))
    cutoff = (today - dt.timedelta(days=TARGET_QUIET_DAYS)).isoformat()
    # The most recently in touch of those quiet for a while: a large target employer
    # holds thousands, and a reconnect needs a tie to build on.
    rows = database.execute_sql(
        "SELECT c.id, c.display_name, c.org_name FROM contact c WHERE c.deleted_at IS NULL "
        f"AND c.archived = 0 AND c.organization_id IN ({marks}) "
        f"AND (c.last_contact IS NULL OR c.last_contact < ?) AND {_NOT_DUE} "
        "ORDER BY c.last_contact IS NULL, c.last_contact DESC LIMIT ?",
        [*orgs, cutoff, today.isoformat(), _CANDIDATES],
    ).fetchall()
    ties = strengths([r[0] for r in rows], today)
    found = [
        TodayItem(
            TodayKind.RECONNECT,
            int(cid),
            str(name),
            ties[cid].days_since or 0,
            what=str(org),
            at_target=True,
            score=ties[cid].score,
        )
        for cid, name, org in rows
        if cid not in taken
    ]
    found.sort(key=lambda i: (-i.score, i.display_name))
    return found[:TARGET_PEOPLE]


def today_items(today: dt.date) -> list[TodayItem]:
    """The day's list; see the module docstring for its order."""
    follow_ups = _follow_ups(today)
    chased = {i.id for i in follow_ups}
    due = [
        TodayItem(TodayKind.DUE, int(cid), str(name), (today - dt.date.fromisoformat(str(d))).days)
        for cid, name, d in database.execute_sql(
            "SELECT id, display_name, next_due FROM contact WHERE deleted_at IS NULL "
            "AND archived = 0 AND next_due IS NOT NULL AND next_due <= ? "
            "ORDER BY next_due, sort_key LIMIT ?",
            (today.isoformat(), DUE_SHOWN + len(chased)),
        )
        if cid not in chased
    ]
    items = due[:DUE_SHOWN] + follow_ups + _openings()
    taken = chased | {i.id for i in due}
    quiet = _quiet(today, taken)
    taken |= {i.id for i in quiet}
    return items + quiet + _at_targets(today, taken)


def week_start(today: dt.date) -> dt.date:
    return today - dt.timedelta(days=today.weekday())


def touches_this_week(today: dt.date) -> int:
    """People reached this week (Monday on): one touch per person per interaction."""
    start = week_start(today)
    row = database.execute_sql(
        "SELECT COUNT(*) FROM participant p JOIN interaction i ON i.id = p.interaction_id "
        "JOIN contact c ON c.id = p.contact_id WHERE i.deleted_at IS NULL "
        "AND c.deleted_at IS NULL AND i.happened_at >= ? AND i.happened_at < ?",
        (start.isoformat(), (today + dt.timedelta(days=1)).isoformat()),
    ).fetchone()
    return int(row[0])
