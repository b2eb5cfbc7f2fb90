"""The facts behind each person's relationship strength, read for many people at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from netdesk.db.connection import database
from netdesk.domain.strength import NO_TIE, WINDOW_DAYS, Strength, TieFacts, strength

_CHUNK = 500


def tie_facts(contact_ids: Iterable[int], today: dt.date) -> dict[int, TieFacts]:
    """Every given contact's ``TieFacts`` (``NO_TIE`` for those never in touch)."""
    ids = list(dict.fromkeys(contact_ids))
    since = (today - dt.timedelta(days=WINDOW_DAYS)).isoformat()
    out = dict.fromkeys(ids, NO_TIE)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            "SELECT p.contact_id, MAX(i.happened_at), SUM(i.happened_at >= ?), "
            "SUM(i.direction = 'gave'), SUM(i.direction = 'received'), "
            "SUM(i.direction NOT IN ('gave', 'received')) "
            "FROM participant p JOIN interaction i ON i.id = p.interaction_id "
            f"WHERE i.deleted_at IS NULL AND p.contact_id IN ({marks}) "
            "GROUP BY p.contact_id",
            [since, *chunk],
        )
        for cid, last, recent, gave, received, mutual in rows:
            out[cid] = TieFacts(
                last=dt.date.fromisoformat(str(last)[:10]) if last else None,
                recent=int(recent or 0),
                gave=int(gave or 0),
                received=int(received or 0),
                mutual=int(mutual or 0),
            )
    return out


def strengths(contact_ids: Iterable[int], today: dt.date) -> dict[int, Strength]:
    return {cid: strength(f, today) for cid, f in tie_facts(contact_ids, today).items()}
