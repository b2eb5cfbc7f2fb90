"""Bulk writes of contacts and interactions with ``executemany`` (imports, generated networks).

Contact rows come from the one mapping in ``contact_rows`` (``contact_store.save_contact``
writes through here too); interactions are filled as ``interaction_store.add_interaction``
and ``activity.refresh_activity`` fill them, so a generated network is indistinguishable
from one typed in; ``tests/unit/test_sample.py`` holds the two paths side by side. Ids are
given explicitly (the next free ones, as SQLite itself would choose) so child rows can be
written without reading ids back. Call inside one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple, TypeVar

from netdesk.db.connection import database
from netdesk.db.records import PastOrganization, new_uid, utcnow
from netdesk.domain.cadence import next_due
from netdesk.domain.contact_data import ContactData
from netdesk.store.activity import ask_follow_ups, refresh_activity
from netdesk.store.bulk_indexes import name_prefixes_in_one_pass
from netdesk.store.contact_rows import (
    CHILD_COLUMNS,
    COLUMN_NAMES,
    FTS_POSITIONS,
    Row,
    child_rows,
    contact_row,
    fts_body,
    memo_fold,
    memo_sort_key,
    source,
)

T = TypeVar("T")
CHUNK = 20_000
# Makes a new uid; the sample generator passes a seeded one.
UidMaker = Callable[[], str]


class BulkEvent(NamedTuple):
    name: str
    date: dt.date
    place: str
    kind: str


class BulkInteraction(NamedTuple):
    # Floating local "YYYY-MM-DD HH:MM:SS", as ``happened_at`` is stored.
    when: str
    kind: str
    direction: str
    summary: str
    notes: str
    event: int | None  # index into the events list
    people: tuple[int, ...]  # indexes into the people list, the leading contact first


_ORG_ID = COLUMN_NAMES.index("organization_id")
_DELETED_AT = COLUMN_NAMES.index("deleted_at")


def _insert(table: str, columns: str, rows: Iterable[Row]) -> None:
    """Insert ``rows`` into the space-separated ``columns`` of ``table``."""
    names = columns.split()
    sql = f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})'
    database.cursor().executemany(sql, rows)


def _next_id(table: str) -> int:
    return int(
        database.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"').fetchone()[0]
    )


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class _Lookup:
    """Organisations or tags by folded name: existing rows first, new ones numbered on.

    Existing rows are looked up by name as they come (an index search each), so saving
    one contact does not read every organisation.
    """

    def __init__(self, table: str) -> None:
        self.table = table
        self.known: dict[str, tuple[int, str]] = {}
        self.next = _next_id(table)
        self.new: list[tuple[int, str, str]] = []

    def get(self, name: str) -> tuple[int, str]:
        key = memo_fold(name)
        if key not in self.known:
            row = database.execute_sql(
                f'SELECT id, name FROM "{self.table}" WHERE name_key = ?', (key,)
            ).fetchone()
            if row is not None:
                self.known[key] = (row[0], row[1])
            else:
                self.known[key] = (self.next, name.strip())
                self.new.append((self.next, name.strip(), key))
                self.next += 1
        return self.known[key]


@dataclass
class _Rows:
    """Everything one batch of contacts writes, table by table."""

    contacts: list[Row] = field(default_factory=list)
    emails: list[Row] = field(default_factory=list)
    phones: list[Row] = field(default_factory=list)
    addresses: list[Row] = field(default_factory=list)
    links: list[Row] = field(default_factory=list)
    contact_tags: list[Row] = field(default_factory=list)
    fts: list[Row] = field(default_factory=list)


def _add_contact(
    rows: _Rows,
    cid: int,
    data: ContactData,
    kept: dict[str, object],
    orgs: _Lookup,
    tags: _Lookup,
    region: str,
) -> None:
    """Append one contact's rows; ``kept`` holds the columns an update must not change."""
    org_id, org_name = orgs.get(data.organization) if data.organization.strip() else (None, "")
    kept = {**kept, "id": cid, "updated_at": str(utcnow())}
    if kept["next_due"] is _COMPUTE:
        kept["next_due"] = _first_due(kept, data.cadence_days)
    row = contact_row(source(data, org_id, org_name), kept)
    rows.contacts.append(row)
    children = child_rows(cid, data, region)
    rows.emails += children.emails
    rows.phones += children.phones
    rows.addresses += children.addresses
    rows.links += children.links
    tag_ids = dict.fromkeys(tags.get(t)[0] for t in data.tags if t.strip())
    rows.contact_tags += [(cid, tid) for tid in tag_ids]
    if row[_DELETED_AT] is None:  # the trash is not searched
        body = fts_body(
            [row[i] for i in FTS_POSITIONS],  # type: ignore[misc]
            children.email_values,
            children.phone_values,
            memo_fold,
        )
        rows.fts.append((cid, body))


def _first_due(kept: Mapping[str, object], cadence_days: int | None) -> str | None:
    """A new contact's next due, from its creation (or latest interaction) and cadence."""
    last = str(kept["last_contact"]) if kept["last_contact"] else None
    due = next_due(
        dt.date.fromisoformat(last[:10]) if last else None,
        dt.date.fromisoformat(str(kept["created_at"])[:10]),
        cadence_days,
    )
    return str(due) if due else None


def _write_lookups(orgs: _Lookup, tags: _Lookup, uid: UidMaker) -> None:
    """New organisations and tags, before the contacts that refer to them."""
    now = str(utcnow())
    _insert(
        "organization",
        "id uid revision created_at updated_at name name_key",
        [(i, uid(), 1, now, now, name, key) for i, name, key in orgs.new],
    )
    _insert("tag", "id name name_key", tags.new)
    orgs.new, tags.new = [], []


def _write_children(rows: _Rows) -> None:
    _insert("contact_email", CHILD_COLUMNS["contact_email"], rows.emails)
    _insert("contact_phone", CHILD_COLUMNS["contact_phone"], rows.phones)
    _insert("contact_address", CHILD_COLUMNS["contact_address"], rows.addresses)
    _insert("contact_link", CHILD_COLUMNS["contact_link"], rows.links)
    _insert("contact_tag", CHILD_COLUMNS["contact_tag"], rows.contact_tags)
    _insert("contact_fts", "rowid body", rows.fts)


# A marker in ``kept``: work out next_due from the cadence (new contacts).
_COMPUTE = object()


def insert_contacts(
    people: Iterable[tuple[ContactData, str]],
    region: str = "",
    last_contact: Mapping[int, str] | None = None,
    uid: UidMaker = new_uid,
    progress: Callable[[int], object] | None = None,
) -> list[int]:
    """Insert (data, created_at) pairs as new contacts; return their ids in order.

    ``last_contact`` maps positions in ``people`` to the time of their latest interaction,
    for callers that write those interactions next without a refresh. ``progress`` is
    told how many are written after each block (it may raise to stop the write).
    """
    orgs, tags = _Lookup("organization"), _Lookup("tag")
    next_id = _next_id("contact")
    ids: list[int] = []
    lasts = last_contact or {}
    for chunk in _chunks(people, 5_000):
        rows = _Rows()
        first = next_id
        for data, created in chunk:
            cid = next_id
            next_id += 1
            kept: dict[str, object] = {
                "uid": data.uid or uid(),
                "revision": 1,
                "created_at": created,
                "deleted_at": None,
                "snoozed_until": None,
                "archived": 0,
                "last_contact": lasts.get(len(ids)),
                "next_due": _COMPUTE,
            }
            ids.append(cid)
            _add_contact(rows, cid, data, kept, orgs, tags, region)
        _write_lookups(orgs, tags, uid)
        with name_prefixes_in_one_pass(first, len(chunk)):
            _insert("contact", " ".join(COLUMN_NAMES), rows.contacts)
        _write_children(rows)
        if progress is not None:
            progress(len(ids))
    return ids


_KEPT_SQL = (
    "SELECT id, uid, revision, created_at, deleted_at, snoozed_until, archived, last_contact, "
    "next_due, organization_id FROM contact WHERE id IN ({})"
)


class MissingContactError(LookupError):
    """``update_contacts`` was given the id of a contact that does not exist."""


def _kept_columns(ids: list[int]) -> dict[int, dict[str, object]]:
    """What an update keeps of each contact (its revision already raised), and its
    organisation before the update under ``"was_at"``."""
    kept: dict[int, dict[str, object]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        for r in database.execute_sql(_KEPT_SQL.format(",".join("?" * len(part))), part):
            kept[r[0]] = {
                "uid": r[1],
                "revision": r[2] + 1,
                "created_at": r[3],
                "deleted_at": r[4],
                "snoozed_until": r[5],
                "archived": r[6],
                "last_contact": r[7],
                "next_due": r[8],
                "was_at": r[9],
            }
    missing = set(ids) - kept.keys()
    if missing:
        raise MissingContactError(f"no contact {min(missing)}")
    return kept


def _remember_moves(moves: Iterable[tuple[int, object, object]]) -> None:
    """Keep where contacts worked before; coming back to a place makes it current again."""
    for contact_id, old, new in moves:
        if old == new:
            continue
        if old is not None:
            PastOrganization.insert(
                contact=contact_id, organization=old, left_on=dt.date.today()
            ).on_conflict_replace().execute()
        if new is not None:
            PastOrganization.delete().where(
                (PastOrganization.contact == contact_id) & (PastOrganization.organization == new)
            ).execute()


def update_contacts(
    people: Sequence[tuple[int, ContactData]],
    region: str = "",
    uid: UidMaker = new_uid,
    remember_moves: bool = False,
) -> None:
    """Rewrite existing contacts (``save_contact`` of an id), with ``executemany``.

    Uid, creation time, trash, snooze and archive state are kept and the revision goes
    up; last contact and next due are recomputed from the interactions afterwards. With
    ``remember_moves`` a contact whose organisation changes keeps the old one in its past
    organisations (an edit); without, the history is left as is (undoing an import).
    """
    orgs, tags = _Lookup("organization"), _Lookup("tag")
    # In id order: FTS5 flushes its pending terms into a new segment (and merges
    # segments) each time the rowid written goes down, which in file order was once
    # per contact.
    for chunk in _chunks(sorted(people, key=lambda p: p[0]), 5_000):
        ids = [cid for cid, _data in chunk]
        kept = _kept_columns(ids)
        was_at = {cid: kept[cid].pop("was_at") for cid in ids}
        rows = _Rows()
        for cid, data in chunk:
            _add_contact(rows, cid, data, kept[cid], orgs, tags, region)
        _write_lookups(orgs, tags, uid)
        if remember_moves:
            moves = zip(ids, rows.contacts, strict=True)
            _remember_moves((cid, was_at[cid], row[_ORG_ID]) for cid, row in moves)
        cursor = database.cursor()
        for table in CHILD_COLUMNS:
            cursor.executemany(
                f'DELETE FROM "{table}" WHERE contact_id = ?', [(cid,) for cid in ids]
            )
        cursor.executemany("DELETE FROM contact_fts WHERE rowid = ?", [(cid,) for cid in ids])
        _update_changed(rows.contacts)
        _write_children(rows)
        refresh_activity(ids)


def _update_changed(rows: list[Row]) -> None:
    """Rewrite contact rows (``COLUMN_NAMES`` order), setting only the columns whose
    values changed, in one ``executemany`` per set of changed columns.

    SQLite updates every index (and fires every ``UPDATE OF`` trigger) that names a
    column in the SET list, changed or not; nearly every contact index holds the sort key
    or ``deleted_at``, while a merge mostly changes notes and lists.
    """
    stored: dict[object, Row] = {}
    names = ", ".join(f'"{c}"' for c in COLUMN_NAMES)
    for start in range(0, len(rows), 500):
        part = [row[0] for row in rows[start : start + 500]]
        sql = f'SELECT {names} FROM "contact" WHERE id IN ({",".join("?" * len(part))})'
        stored.update((r[0], tuple(r)) for r in database.execute_sql(sql, part))
    by_columns: dict[tuple[int, ...], list[Row]] = {}
    for row in rows:
        old = stored[row[0]]
        changed = tuple(i for i in range(1, len(row)) if row[i] != old[i])
        if changed:
            by_columns.setdefault(changed, []).append((*(row[i] for i in changed), row[0]))
    cursor = database.cursor()
    for changed, updates in by_columns.items():
        assignments = ", ".join(f'"{COLUMN_NAMES[i]}" = ?' for i in changed)
        cursor.executemany(f'UPDATE "contact" SET {assignments} WHERE id = ?', updates)


def insert_events(events: Sequence[BulkEvent], uid: UidMaker = new_uid) -> list[int]:
    first = _next_id("event")
    now = str(utcnow())
    _insert(
        "event",
        "id uid revision created_at updated_at name date place kind notes",
        [
            (first + i, uid(), 1, now, now, e.name, str(e.date), e.place, str(e.kind), "")
            for i, e in enumerate(events)
        ],
    )
    return list(range(first, first + len(events)))


def insert_interactions(
    interactions: Iterable[BulkInteraction],
    contact_ids: Sequence[int],
    event_ids: Sequence[int],
    stamp: str | None = None,
    refresh: bool = True,
    uid: UidMaker = new_uid,
) -> int:
    """Insert interactions whose ``people`` index ``contact_ids``; refresh those contacts'
    last contact and next due as ``refresh_activity`` would. Return how many were written.

    ``stamp`` is the creation and update time of every row, as ``add_interaction`` sets
    them; without it each row is stamped with when it happened (a generated history).
    ``refresh=False`` leaves the contacts alone (``insert_people`` wrote them up to date).
    """
    next_id = _next_id("interaction")
    first = next_id
    last: dict[int, str] = {}
    for chunk in _chunks(interactions, CHUNK):
        rows: list[Row] = []
        participants: list[Row] = []
        for it in chunk:
            iid = next_id
            next_id += 1
            event = event_ids[it.event] if it.event is not None else None
            rows.append(
                (
                    iid,
                    uid(),
                    1,
                    stamp or it.when,
                    stamp or it.when,
                    it.when,
                    it.kind,
                    it.direction,
                    it.summary.strip(),
                    it.notes,
                    event,
                )
            )
            for person in dict.fromkeys(it.people):
                cid = contact_ids[person]
                participants.append((iid, cid))
                if it.when > last.get(cid, ""):
                    last[cid] = it.when
        _insert(
            "interaction",
            "id uid revision created_at updated_at happened_at kind direction summary notes "
            "event_id",
            rows,
        )
        _insert("participant", "interaction_id contact_id", participants)
    if refresh:
        _refresh(last)
    return next_id - first


def insert_people(
    people: Sequence[ContactData],
    created: str,
    region: str = "",
    uid: UidMaker = new_uid,
    progress: Callable[[int], object] | None = None,
) -> tuple[list[int], list[int]]:
    """New contacts with their ``interactions`` (an import); return contact and interaction ids.

    Each contact is written once with its last contact and next due already worked out;
    inserting and then updating them rewrote four date indexes for every contact. They
    are numbered and written in name order: most of the contact indexes (and the name
    prefixes) lead with the sort key, so each index then takes its new entries in a few
    forward runs instead of one random page each.
    """
    history = [
        BulkInteraction(
            str(e.when.replace(microsecond=0)),
            str(e.kind),
            str(e.direction),
            e.summary,
            e.notes,
            None,
            (index,),
        )
        for index, data in enumerate(people)
        for e in data.interactions
    ]
    last: dict[int, str] = {}
    for it in history:
        if it.when > last.get(it.people[0], ""):
            last[it.people[0]] = it.when
    order = sorted(range(len(people)), key=lambda i: memo_sort_key(people[i].best_name()))
    written = insert_contacts(
        [(people[i], created) for i in order],
        region,
        {at: last[i] for at, i in enumerate(order) if i in last},
        uid,
        progress,
    )
    ids = [0] * len(people)
    for at, i in enumerate(order):
        ids[i] = written[at]
    first = _next_id("interaction")
    count = insert_interactions(history, ids, [], refresh=False, uid=uid) if history else 0
    return ids, list(range(first, first + count))


def _refresh(last: dict[int, str]) -> None:
    updates: list[Row] = []
    for chunk in _chunks(sorted(last), 500):
        marks, chase = ",".join("?" * len(chunk)), ask_follow_ups(chunk)
        for cid, created, cadence, snoozed, previous in database.execute_sql(
            "SELECT id, created_at, cadence_days, snoozed_until, last_contact FROM contact "
            f"WHERE id IN ({marks})",
            chunk,
        ):
            when = max(last[cid], previous or "")
            due = next_due(
                dt.date.fromisoformat(when[:10]),
                dt.date.fromisoformat(created[:10]),
                cadence,
                dt.date.fromisoformat(snoozed) if snoozed else None,
                chase.get(cid),
            )
            updates.append((when, str(due) if due else None, cid))
    database.cursor().executemany(
        "UPDATE contact SET last_contact = ?, next_due = ? WHERE id = ?", updates
    )
