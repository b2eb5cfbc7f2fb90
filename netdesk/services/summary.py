"""Gathering everything a printed summary shows about a contact, as plain data."""

from __future__ import annotations

import datetime as dt

from netdesk.db.connection import database
from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.printing.summary_data import (
    GiveAndTake,
    KeepInTouch,
    ListRow,
    PrintedAsk,
    PrintedEvent,
    SummaryData,
)
from netdesk.store import contact_query, contact_store, interaction_store, ledger_store


def _kind(value: str) -> InteractionKind:
    try:
        return InteractionKind(value)
    except ValueError:
        return InteractionKind.OTHER


def _direction(value: str) -> Direction:
    try:
        return Direction(value)
    except ValueError:
        return Direction.MUTUAL


def summary_data(contact_id: int, today: dt.date | None = None) -> SummaryData:
    today = today or dt.date.today()
    contact = contact_store.load_contact(contact_id)
    row = contact_query.fetch_rows([contact_id])[contact_id]
    entries = interaction_store.timeline(contact_id, 0, 100_000)
    interactions = [
        InteractionData(
            when=e.happened_at,
            kind=_kind(e.kind),
            summary=e.summary,
            notes=e.notes,
            direction=_direction(e.direction),
            participants=list(e.participants),
            event=e.event,
        )
        for e in entries
    ]
    asks = [a for a in ledger_store.asks_for(contact_id) if not a.is_offer]
    flow = ledger_store.balance(contact_id)
    return SummaryData(
        contact=contact,
        keep_in_touch=KeepInTouch(
            last_contact=row.last_contact.date() if row.last_contact else None,
            cadence_days=contact.cadence_days,
            next_due=row.next_due,
            today=today,
        ),
        interactions=interactions,
        balance=GiveAndTake(flow.gave + flow.offers, flow.received + flow.asks_done),
        open_asks=[
            PrintedAsk(a.asked_on, a.what, a.status, a.outcome)
            for a in asks
            if a.status == ledger_store.AskStatus.OPEN
        ],
        closed_asks=[
            # Dated by when they were closed: the outcome is the news.
            PrintedAsk(a.closed_on or a.asked_on, a.what, a.status, a.outcome)
            for a in asks
            if a.status != ledger_store.AskStatus.OPEN
        ],
        events=[
            PrintedEvent(e.date, e.name, e.place)
            for e in ledger_store.events_for(contact_id, count_attendees=False)
        ],
    )


def list_rows(ids: list[int]) -> list[ListRow]:
    """The phone-list rows for ``ids``, in that order."""
    rows = contact_query.fetch_rows(ids)
    return [
        ListRow(r.display_name, r.organization, r.job_title, r.email, r.phone)
        for i in ids
        if (r := rows.get(i))
    ]


def find_contacts(text: str) -> list[int]:
    """Contacts whose name or email matches ``text`` exactly (folded), else by search."""
    from netdesk.domain.text import fold

    key = fold(text)
    exact = [
        r[0]
        for r in database.execute_sql(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND (sort_key = ? OR id IN "
            "(SELECT contact_id FROM contact_email WHERE value_key = ?))",
            (key, text.strip().lower()),
        )
    ]
    if exact:
        return exact
    return contact_query.query_ids(contact_query.ContactQuery(text=text, limit=50))
