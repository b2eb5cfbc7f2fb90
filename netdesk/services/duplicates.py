"""Likely duplicates already in the database, and merging them (undoably).

The keys are those of import matching (``domain.matching``): same email, same phone,
same profile link, or the same name at the same organisation.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.domain.matching import merge_into
from netdesk.services import contact_store

_GROUP_QUERIES = {
    "same email": "SELECT group_concat(DISTINCT e.contact_id) FROM contact_email e JOIN contact c "
    "ON c.id = e.contact_id WHERE c.deleted_at IS NULL GROUP BY e.value_key "
    "HAVING COUNT(DISTINCT e.contact_id) > 1",
    "same phone number": "SELECT group_concat(DISTINCT p.contact_id) FROM contact_phone p "
    "JOIN contact c ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.value_key != '' "
    "GROUP BY p.value_key HAVING COUNT(DISTINCT p.contact_id) > 1",
    "same profile link": "SELECT group_concat(DISTINCT l.contact_id) FROM contact_link l "
    "JOIN contact c ON c.id = l.contact_id WHERE c.deleted_at IS NULL GROUP BY l.url_key "
    "HAVING COUNT(DISTINCT l.contact_id) > 1",
    "same name and organisation": "SELECT group_concat(id) FROM contact WHERE deleted_at IS NULL "
    "AND org_sort != '' AND sort_key != '' GROUP BY sort_key, org_sort HAVING COUNT(*) > 1",
}


@dataclass
class DuplicateGroup:
    ids: list[int]
    reasons: set[str] = field(default_factory=set)


def find_duplicate_groups() -> list[DuplicateGroup]:
    """Groups of contacts that share a key, joined transitively (A~B, B~C → one group)."""
    parent: dict[int, int] = {}
    reasons: dict[int, set[str]] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for reason, sql in _GROUP_QUERIES.items():
        for (joined,) in database.execute_sql(sql):
            ids = [int(i) for i in str(joined).split(",")]
            first = root(ids[0])
            for other in ids[1:]:
                parent[root(other)] = first
            reasons.setdefault(first, set()).add(reason)
    groups: dict[int, DuplicateGroup] = {}
    for cid in list(parent):
        groups.setdefault(root(cid), DuplicateGroup([])).ids.append(cid)
    for key, why in reasons.items():
        groups[root(key)].reasons |= why
    return sorted((g for g in groups.values() if len(g.ids) > 1), key=lambda g: min(g.ids))


@dataclass
class MergeRecord:
    """Enough to undo a merge exactly."""

    keep: int
    before: ContactData
    others: list[int]
    moved: list[tuple[str, int, int]] = field(default_factory=list)  # (table, row id, from)


def merge_contacts(keep: int, others: list[int], region: str = "") -> MergeRecord:
    """Fold ``others`` into ``keep``: fields, lists, timelines, asks; others go to the trash."""
    with database.atomic():
        base = contact_store.load_contact(keep)
        record = MergeRecord(keep, copy.deepcopy(base), list(others))
        for other in others:
            merge_into(base, contact_store.load_contact(other))
            for (iid,) in database.execute_sql(
                "SELECT interaction_id FROM participant WHERE contact_id = ?", (other,)
            ).fetchall():
                exists = database.execute_sql(
                    "SELECT 1 FROM participant WHERE contact_id = ? AND interaction_id = ?",
                    (keep, iid),
                ).fetchone()
                if not exists:
                    database.execute_sql(
                        "INSERT INTO participant(interaction_id, contact_id) VALUES (?, ?)",
                        (iid, keep),
                    )
                    record.moved.append(("participant", iid, other))
            for (aid,) in database.execute_sql(
                "SELECT id FROM ask WHERE contact_id = ?", (other,)
            ).fetchall():
                database.execute_sql("UPDATE ask SET contact_id = ? WHERE id = ?", (keep, aid))
                record.moved.append(("ask", aid, other))
        contact_store.save_contact(base, keep, region=region)
        contact_store.set_deleted(others, True)
        return record


def unmerge(record: MergeRecord, region: str = "") -> None:
    with database.atomic():
        for table, row_id, origin in record.moved:
            if table == "participant":
                database.execute_sql(
                    "DELETE FROM participant WHERE interaction_id = ? AND contact_id = ?",
                    (row_id, record.keep),
                )
            else:
                database.execute_sql("UPDATE ask SET contact_id = ? WHERE id = ?", (origin, row_id))
        contact_store.set_deleted(record.others, False)
        contact_store.save_contact(record.before, record.keep, region=region)
        contact_store.refresh_activity([record.keep, *record.others])
