"""The sample network's job search: target organisations, openings at every stage, a
referral asked for (its follow-up come due) and an introduction to someone inside."""

from __future__ import annotations

import datetime as dt
import random

from netdesk.db.connection import database
from netdesk.sample import words as w
from netdesk.store import ledger_store
from netdesk.store.openings import OpeningFields, Stage, add_opening, add_target, link_ask

TARGETS = 4
# One opening per stage, and a second one of interest and one asked about: the board's
# columns, two waiting on the user and two referral asks.
STAGES = (Stage.INTERESTED, Stage.INTERESTED, Stage.REFERRAL, *Stage.ALL[1:])
SOURCES = ("LinkedIn", "Wuzzuf", "Bayt", "موقع الشركة", "Referral")


def _busiest(count: int) -> list[tuple[int, str]]:
    """The organisations with the most people: where a sample search would aim."""
    rows = database.execute_sql(
        "SELECT o.id, o.name FROM organization o JOIN contact c ON c.organization_id = o.id "
        "WHERE c.deleted_at IS NULL GROUP BY o.id ORDER BY COUNT(*) DESC, o.name_key LIMIT ?",
        (count,),
    ).fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def _people_at(org_id: int) -> list[int]:
    return [
        int(r[0])
        for r in database.execute_sql(
            "SELECT id FROM contact WHERE organization_id = ? AND deleted_at IS NULL ORDER BY id",
            (org_id,),
        )
    ]


def add_job_search(rng: random.Random, today: dt.date) -> list[int]:
    """Openings at the busiest organisations; their ids."""
    targets = _busiest(TARGETS)
    if not targets:
        return []
    made = []
    for index, stage in enumerate(STAGES):
        org_id, org = targets[index % len(targets)]
        add_target(org_id, today - dt.timedelta(days=40 + 7 * index))
        title = rng.choice(w.TITLES_AR if rng.random() < 0.4 else w.TITLES_EN)
        opening = add_opening(
            OpeningFields(
                org,
                title,
                f"https://example.com/jobs/{index + 1}",
                rng.choice(SOURCES),
                rng.choice(w.EN_NOTES),
            ),
            stage,
            today - dt.timedelta(days=rng.randrange(1, 30)),
        )
        made.append(opening)
        people = _people_at(org_id)
        if stage == Stage.REFERRAL and people:
            asked = today - dt.timedelta(days=10)
            ask = ledger_store.add_ask(
                rng.choice(people),
                f"Referral for {title}",
                ledger_store.AskKind.REFERRAL,
                asked_on=asked,
                follow_up=asked + dt.timedelta(days=7),
            )
            link_ask(opening, ask)
    _introduce_someone(rng, targets[0][0], today)
    return made


def _introduce_someone(rng: random.Random, org_id: int, today: dt.date) -> None:
    """Someone outside the first target organisation was introduced to someone inside."""
    inside = _people_at(org_id)
    outside = [
        int(r[0])
        for r in database.execute_sql(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND "
            "(organization_id IS NULL OR organization_id != ?) ORDER BY id LIMIT 50",
            (org_id,),
        )
    ]
    if inside and outside:
        ledger_store.add_introduction(
            rng.choice(outside), rng.choice(inside), None, today - dt.timedelta(days=90)
        )
