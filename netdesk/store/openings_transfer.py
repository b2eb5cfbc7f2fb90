"""The job search in a NetDesk JSON export: openings (with their referral asks) and
target organisations, out with an export of everyone and back in with an import.

An opening whose uid is already here is not written again, nor is one with the same
title at the same organisation; an unknown stage reads as "interested". Targets are
added if missing (undoing the import leaves them: a target is only a name on a list).
"""

from __future__ import annotations

import datetime as dt
import uuid

from netdesk.db.connection import database
from netdesk.domain.network_data import NetworkData, OpeningData, Stamp
from netdesk.domain.text import fold
from netdesk.store.contact_store import organization_for
from netdesk.store.openings import Stage, add_target, link_ask


def _dt(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(str(value)) if value is not None else None


def export_job_search(network: NetworkData) -> None:
    """Fill ``network``'s openings and targets (asks named only if exported too)."""
    exported = {a.stamp.uid for a in network.asks}
    asks: dict[int, list[str]] = {}
    for oid, uid in database.execute_sql(
        "SELECT x.opening_id, a.uid FROM opening_ask x JOIN ask a ON a.id = x.ask_id "
        "WHERE a.deleted_at IS NULL ORDER BY a.id"
    ):
        if uid in exported:
            asks.setdefault(int(oid), []).append(str(uid))
    network.openings = [
        OpeningData(
            Stamp(str(r[0]), int(r[1]), _dt(r[2]), _dt(r[3])),
            str(r[5]),
            str(r[6]),
            str(r[10]),
            dt.date.fromisoformat(str(r[11])[:10]),
            str(r[7]),
            str(r[8]),
            str(r[9]),
            asks.get(int(r[4]), []),
        )
        for r in database.execute_sql(
            "SELECT o.uid, o.revision, o.created_at, o.updated_at, o.id, g.name, o.title, "
            "o.link, o.source, o.notes, o.stage, o.stage_on FROM opening o "
            "JOIN organization g ON g.id = o.organization_id WHERE o.deleted_at IS NULL "
            "ORDER BY o.id"
        )
    ]
    network.targets = [
        (str(name), dt.date.fromisoformat(str(on)[:10]))
        for name, on in database.execute_sql(
            "SELECT g.name, t.added_on FROM job_target t JOIN organization g "
            "ON g.id = t.organization_id ORDER BY g.name_key"
        )
    ]


def _org_id(name: str) -> int:
    record = organization_for(name)
    assert record is not None  # the reader requires a name
    return int(record.id)


def _already_here(opening: OpeningData, org: int) -> bool:
    if opening.stamp.uid:
        row = database.execute_sql(
            "SELECT 1 FROM opening WHERE uid = ?", (opening.stamp.uid,)
        ).fetchone()
        if row is not None:
            return True
    same = database.execute_sql(
        "SELECT title FROM opening WHERE organization_id = ? AND deleted_at IS NULL", (org,)
    )
    return any(fold(str(t)) == fold(opening.title) for (t,) in same)


def import_job_search(network: NetworkData, now: str) -> list[int]:
    """Write ``network``'s openings and targets; the ids of the openings written."""
    for name, on in network.targets:
        if name.strip():
            add_target(_org_id(name), on)
    written = []
    for o in network.openings:
        org = _org_id(o.organization)
        if not o.title.strip() or _already_here(o, org):
            continue
        created = str(o.stamp.created_at) if o.stamp.created_at else now
        updated = str(o.stamp.updated_at) if o.stamp.updated_at else created
        cursor = database.execute_sql(
            "INSERT INTO opening (uid, revision, created_at, updated_at, organization_id, "
            "title, link, source, notes, stage, stage_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                o.stamp.uid or str(uuid.uuid4()),
                o.stamp.revision,
                created,
                updated,
                org,
                o.title.strip(),
                o.link,
                o.source,
                o.notes,
                o.stage if o.stage in Stage.ALL else Stage.INTERESTED,
                o.stage_on.isoformat(),
            ),
        )
        opening = int(cursor.lastrowid or 0)
        written.append(opening)
        add_target(org, o.stage_on)
        for uid in o.asks:
            row = database.execute_sql(
                "SELECT id FROM ask WHERE uid = ? AND deleted_at IS NULL", (uid,)
            ).fetchone()
            if row is not None:
                link_ask(opening, int(row[0]))
    return written


def set_openings_deleted(ids: list[int], deleted: bool) -> None:
    stamp = str(dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)) if deleted else None
    database.cursor().executemany(
        "UPDATE opening SET deleted_at = ? WHERE id = ?", [(stamp, i) for i in ids]
    )
