"""Likely duplicates already in the database, and merging them (undoably).

The rules are those of import matching (``domain.matching.compare``): contacts that share
an email, a plausible phone number or a profile link, with nothing contradicting it, are
likely the same person; the same name at the same organisation, or a shared key that
something contradicts, only possibly: listed for review, never checked for merging.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.domain.matching import (
    Identity,
    Verdict,
    compare,
    email_key,
    merge_into,
    name_words,
    profile_key,
)
from netdesk.domain.phones import plausible_phone_key
from netdesk.store import activity, contact_store

_GROUP_QUERIES = {
    "email": "SELECT e.value_key, group_concat(DISTINCT e.contact_id) FROM contact_email e "
    "JOIN contact c ON c.id = e.contact_id WHERE c.deleted_at IS NULL GROUP BY e.value_key "
    "HAVING COUNT(DISTINCT e.contact_id) > 1",
    "phone": "SELECT p.value_key, group_concat(DISTINCT p.contact_id) FROM contact_phone p "
    "JOIN contact c ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.value_key != '' "
    "GROUP BY p.value_key HAVING COUNT(DISTINCT p.contact_id) > 1",
    "url": "SELECT l.url_key, group_concat(DISTINCT l.contact_id) FROM contact_link l "
    "JOIN contact c ON c.id = l.contact_id WHERE c.deleted_at IS NULL GROUP BY l.url_key "
    "HAVING COUNT(DISTINCT l.contact_id) > 1",
    "name+org": "SELECT sort_key, group_concat(id) FROM contact WHERE deleted_at IS NULL "
    "AND org_sort != '' AND sort_key != '' GROUP BY sort_key, org_sort HAVING COUNT(*) > 1",
}


def _is_email(key: str) -> bool:
    return bool(email_key(key))


def _is_profile(key: str) -> bool:
    return bool(profile_key(key))


# Only keys that can prove anything: an address, a full phone number, a person's profile.
_USABLE: dict[str, Callable[[str], bool]] = {
    "email": _is_email,
    "phone": plausible_phone_key,
    "url": _is_profile,
}
_REASONS = {
    "email": "same email",
    "phone": "same phone number",
    "url": "same profile link",
    "name+org": "same name and organisation",
}
# Each contact is compared with this many others sharing a key: a switchboard number or a
# common name at a large employer is shared by thousands.
_PER_KEY = 16


@dataclass
class DuplicateGroup:
    ids: list[int]
    reasons: set[str] = field(default_factory=set)
    # False: nothing proves they are one person (same name and organisation, or a shared
    # key something contradicts); shown for review, not checked for merging.
    likely: bool = True


class _Union:
    """Disjoint sets of contact ids (A~B, B~C → one set)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def root(self, x: int) -> int:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: int, b: int) -> None:
        self.parent[self.root(b)] = self.root(a)


def _shared_keys() -> Iterator[tuple[str, list[int]]]:
    """(kind of key, ids of the live contacts sharing one) for every usable shared key."""
    for kind, sql in _GROUP_QUERIES.items():
        usable = _USABLE.get(kind)
        for key, joined in database.execute_sql(sql):
            if usable is None or usable(str(key)):
                yield kind, sorted(int(i) for i in str(joined).split(","))


_NAMES_SQL = (
    "SELECT id, uid, given_name, family_name, display_name, display_name_set, nickname, "
    "sort_key, org_sort FROM contact WHERE id IN ({})"
)
_KEYS_SQL = {
    "email": "SELECT contact_id, value_key FROM contact_email WHERE contact_id IN ({})",
    "phone": "SELECT contact_id, value_key FROM contact_phone WHERE contact_id IN ({})",
    "url": "SELECT contact_id, url_key FROM contact_link WHERE contact_id IN ({})",
}


def _identities(contact_ids: list[int]) -> dict[int, Identity]:
    """What matching compares of each contact, from the keys stored when it was saved
    (with the region of that day), without loading photos and notes."""
    out: dict[int, Identity] = {}
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        keys: dict[str, dict[int, set[str]]] = {kind: {} for kind in _KEYS_SQL}
        for kind, sql in _KEYS_SQL.items():
            usable = _USABLE.get(kind)
            for cid, key in database.execute_sql(sql.format(marks), chunk):
                if key and (usable is None or usable(key)):
                    keys[kind].setdefault(cid, set()).add(key)
        for cid, uid, given, family, shown, shown_set, nick, name, org in database.execute_sql(
            _NAMES_SQL.format(marks), chunk
        ):
            person = ContactData(
                given_name=given,
                family_name=family,
                display_name=shown if shown_set else "",
                nickname=nick,
            )
            out[cid] = Identity(
                uid=uid,
                names=name_words(person),
                emails=frozenset(keys["email"].get(cid, ())),
                phones=frozenset(keys["phone"].get(cid, ())),
                urls=frozenset(keys["url"].get(cid, ())),
                name_keys=frozenset({("name+org", f"{name}\x1f{org}")} if name and org else ()),
            )
    return out


def find_duplicate_groups() -> list[DuplicateGroup]:
    """Groups of contacts that are (``likely``) or may be the same person."""
    shared = list(_shared_keys())
    who = _identities(sorted({cid for _kind, ids in shared for cid in ids}))
    same, maybe = _Union(), _Union()
    why: list[tuple[int, str]] = []
    for _kind, ids in shared:
        for i, cid in enumerate(ids):
            for other in ids[max(0, i - _PER_KEY) : i]:
                found = compare(who[cid], who[other])
                if found is None:
                    continue
                why.append((cid, _REASONS.get(found.kind, found.kind)))
                maybe.join(other, cid)
                if found.verdict is Verdict.SAME:
                    same.join(other, cid)
    groups: dict[int, DuplicateGroup] = {}
    for cid in maybe.parent:
        group = groups.setdefault(maybe.root(cid), DuplicateGroup([]))
        group.ids.append(cid)
    for cid, reason in why:
        groups[maybe.root(cid)].reasons.add(reason)
    for group in groups.values():
        # Likely only if every member is proven the same as the others.
        group.likely = len({same.root(cid) for cid in group.ids}) == 1
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
        activity.refresh_activity([record.keep, *record.others])
