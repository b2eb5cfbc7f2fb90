"""Bulk writes of contacts and interactions with ``executemany`` (imports, generated networks).

Every column is filled as ``contact_store.save_contact``, ``interaction_store.add_interaction``
and ``contact_store.refresh_activity`` fill it, so a generated network is indistinguishable
from one typed in; ``tests/unit/test_sample.py`` holds the two paths side by side. Ids are
given explicitly (the next free ones, as SQLite itself would choose) so child rows can be
written without reading ids back. Call inside one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import NamedTuple, TypeVar

from netdesk.db.connection import database
from netdesk.db.records import utcnow
from netdesk.domain.cadence import next_due
from netdesk.domain.contact_data import ContactData
from netdesk.domain.links import link_kind, normalise_url, url_key
from netdesk.domain.phones import phone_key
from netdesk.domain.text import fold, is_arabic_script, sort_key
from netdesk.services.contact_store import FTS_FIELDS, fts_body, unique_values
from netdesk.services.photos import bounded_photo

T = TypeVar("T")
Row = tuple[object, ...]
CHUNK = 20_000


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


CONTACT_COLUMNS = (
    "id uid revision created_at updated_at deleted_at given_name family_name display_name "
    "display_name_set nickname organization_id job_title department circle how_met "
    "can_help_with location birthday_year birthday_month birthday_day notes photo "
    "cadence_days snoozed_until favourite archived sort_key sort_script org_name org_sort "
    "tags_text primary_email primary_phone last_contact next_due"
)

_COLUMN_LIST = CONTACT_COLUMNS.split()
_IN_COLUMN_ORDER = itemgetter(*_COLUMN_LIST)

# Names, organisations, titles, tags and places repeat across thousands of contacts:
# memoising the pure folding functions saves most of the Python time of a bulk load.
_fold = lru_cache(maxsize=1 << 16)(fold)
_sort_key = lru_cache(maxsize=1 << 16)(sort_key)


@contextmanager
def deferred_indexes(tables: Sequence[str]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` and rebuild them from their own DDL on exit.

    Building an index once over sorted data is several times faster than updating it row
    by row (random uids and times). Use inside a transaction: on error the rollback
    restores the indexes together with the data.
    """
    marks = ",".join("?" * len(tables))
    saved = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        list(tables),
    ).fetchall()
    for name, _ in saved:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        database.execute_sql(sql)


@contextmanager
def deferred_search_merges() -> Iterator[None]:
    """Write a large batch into the search index without merging its segments meanwhile.

    FTS5 merges index segments a little after every 64 pages it writes ("automerge");
    during a large import into a large network that rewrites older index pages the
    import never touched. The new segments are merged by later writes instead, and FTS5's
    "crisismerge" limit (16 segments a level) still bounds what a search reads. Use
    inside a transaction: the setting is restored before it commits.
    """
    row = database.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'automerge'").fetchone()
    _fts_setting("automerge", 0)
    yield
    # Not on error: the rollback puts the setting back with the data.
    _fts_setting("automerge", int(row[0]) if row else _FTS_AUTOMERGE)


# FTS5's default when the table was never configured.
_FTS_AUTOMERGE = 4


def _fts_setting(name: str, value: int) -> None:
    database.execute_sql("INSERT INTO contact_fts(contact_fts, rank) VALUES (?, ?)", (name, value))


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
    """Organisations or tags by folded name: existing rows first, new ones numbered on."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.known: dict[str, tuple[int, str]] = {
            key: (rid, name)
            for rid, name, key in database.execute_sql(f'SELECT id, name, name_key FROM "{table}"')
        }
        self.next = _next_id(table)
        self.new: list[tuple[int, str, str]] = []

    def get(self, name: str) -> tuple[int, str]:
        key = _fold(name)
        if key not in self.known:
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
    given, family = data.given_name.strip(), data.family_name.strip()
    display = data.best_name()
    org_id, org_name = orgs.get(data.organization) if data.organization.strip() else (None, "")
    bd = data.birthday
    created = str(kept["created_at"])
    row = {
        "id": cid,
        "updated_at": str(utcnow()),
        "deleted_at": None,
        "given_name": given,
        "family_name": family,
        "display_name": display,
        "display_name_set": int(
            bool(data.display_name.strip())
            and data.display_name.strip() != " ".join(p for p in (given, family) if p)
        ),
        "nickname": data.nickname.strip(),
        "organization_id": org_id,
        "job_title": data.job_title.strip(),
        "department": data.department.strip(),
        "circle": data.circle,
        "how_met": data.how_met,
        "can_help_with": data.can_help_with,
        "location": data.location,
        "birthday_year": bd.year if bd else None,
        "birthday_month": bd.month if bd else None,
        "birthday_day": bd.day if bd else None,
        "notes": data.notes,
        "photo": bounded_photo(data.photo),
        "cadence_days": data.cadence_days,
        "favourite": int(data.favourite),
        "sort_key": _sort_key(display),
        "sort_script": 1 if is_arabic_script(display) else 0,
        "org_name": org_name,
        "org_sort": _fold(org_name),
        "tags_text": ", ".join(sorted({t.strip() for t in data.tags if t.strip()})),
        "primary_email": data.emails[0].value.strip() if data.emails else "",
        "primary_phone": data.phones[0].value.strip() if data.phones else "",
        **kept,
    }
    if row["next_due"] == _COMPUTE:
        last = str(row["last_contact"]) if row["last_contact"] else None
        due = next_due(
            dt.date.fromisoformat(last[:10]) if last else None,
            dt.date.fromisoformat(created[:10]),
            data.cadence_days,
        )
        row["next_due"] = str(due) if due else None
    rows.contacts.append(_IN_COLUMN_ORDER(row))
    kept_emails = unique_values(data.emails, lambda v: v.strip().lower())
    for i, e in enumerate(kept_emails):
        value = e.value.strip()
        rows.emails.append((cid, value, value.lower(), e.label, i))
    phone_keys = {p.value: phone_key(p.value, region) for p in data.phones}
    kept_phones = unique_values(data.phones, phone_keys.__getitem__)
    for i, p in enumerate(kept_phones):
        rows.phones.append((cid, p.value.strip(), phone_keys[p.value], p.label, i))
    addresses = [a for a in data.addresses if a.value.strip()]
    rows.addresses += [(cid, a.value.strip(), a.label, i) for i, a in enumerate(addresses)]
    for i, u in enumerate(unique_values(data.urls, url_key)):
        kind = link_kind(u.value).value  # by the host, never the label a file gave
        rows.links.append((cid, normalise_url(u.value), url_key(u.value), kind, i))
    tag_ids = dict.fromkeys(tags.get(t)[0] for t in data.tags if t.strip())
    rows.contact_tags += [(cid, tid) for tid in tag_ids]
    body = fts_body(
        [row[name] for name in FTS_FIELDS],  # type: ignore[misc]
        [e.value.strip() for e in kept_emails],
        [(p.value.strip(), phone_keys[p.value]) for p in kept_phones],
        _fold,
    )
    rows.fts.append((cid, body))


def _write_lookups(orgs: _Lookup, tags: _Lookup, rng: random.Random) -> None:
    """New organisations and tags, before the contacts that refer to them."""
    now = str(utcnow())
    _insert(
        "organization",
        "id uid revision created_at updated_at name name_key",
        [(i, _uid(rng), 1, now, now, name, key) for i, name, key in orgs.new],
    )
    _insert("tag", "id name name_key", tags.new)
    orgs.new, tags.new = [], []


def _write_children(rows: _Rows) -> None:
    _insert("contact_email", "contact_id value value_key label position", rows.emails)
    _insert("contact_phone", "contact_id value value_key label position", rows.phones)
    _insert("contact_address", "contact_id value label position", rows.addresses)
    _insert("contact_link", "contact_id url url_key kind position", rows.links)
    _insert("contact_tag", "contact_id tag_id", rows.contact_tags)
    _insert("contact_fts", "rowid body", rows.fts)


# A marker in ``kept``: work out next_due from the cadence (new contacts).
_COMPUTE = object()


_PREFIX_TRIGGER = "contact_prefix_insert"


@contextmanager
def _name_prefixes_in_one_pass(first_id: int) -> Iterator[None]:
    """Insert the block's new contacts without schema 5's per-row name-prefix trigger,
    then give all of them their prefixes in one INSERT ... SELECT in the table's order.

    The trigger inserts a few rows into three B-trees per contact, one contact at a time;
    one pass in the table's order writes each B-tree in forward runs. The statement is the
    trigger's own body over the new rows, so the two cannot drift apart; should the
    trigger ever take another form, it is simply left to fire.
    """
    row = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_PREFIX_TRIGGER,)
    ).fetchone()
    statement = _over_new_contacts(row[0]) if row else None
    if statement is None:
        yield
        return
    database.execute_sql(f'DROP TRIGGER "{_PREFIX_TRIGGER}"')
    yield
    database.execute_sql(row[0])
    database.execute_sql(statement, (first_id,))


def _over_new_contacts(trigger_sql: str) -> str | None:
    """The trigger's INSERT ... SELECT over every contact from id ``?`` on, or None."""
    source = 'FROM "search_position" p'
    start, end = trigger_sql.find(" BEGIN "), trigger_sql.rfind("; END")
    body = trigger_sql[start + len(" BEGIN ") : end] if 0 < start < end else ""
    if ";" in body or body.count(source) != 1 or body.count(" WHERE ") != 1:
        return None
    body = body.replace('NEW."', '"new"."').replace(source, f'FROM "contact" "new", {source[5:]}')
    select, condition = body.split(" WHERE ")
    return f'{select} WHERE ({condition}) AND "new"."id" >= ? ORDER BY 1, 2, 3'


def insert_contacts(
    rng: random.Random,
    people: Iterable[tuple[ContactData, str]],
    region: str = "",
    last_contact: Mapping[int, str] | None = None,
) -> list[int]:
    """Insert (data, created_at) pairs as new contacts; return their ids in order.

    ``last_contact`` maps positions in ``people`` to the time of their latest interaction,
    for callers that write those interactions next without a refresh.
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
                "uid": data.uid or _uid(rng),
                "revision": 1,
                "created_at": created,
                "snoozed_until": None,
                "archived": 0,
                "last_contact": lasts.get(len(ids)),
                "next_due": _COMPUTE,
            }
            ids.append(cid)
            _add_contact(rows, cid, data, kept, orgs, tags, region)
        _write_lookups(orgs, tags, rng)
        with _name_prefixes_in_one_pass(first):
            _insert("contact", CONTACT_COLUMNS, rows.contacts)
        _write_children(rows)
    return ids


_KEPT_SQL = (
    "SELECT id, uid, revision, created_at, snoozed_until, archived, last_contact, next_due "
    "FROM contact WHERE id IN ({})"
)
_CHILD_TABLES = ("contact_email", "contact_phone", "contact_address", "contact_link", "contact_tag")


def update_contacts(
    rng: random.Random, people: Sequence[tuple[int, ContactData]], region: str = ""
) -> None:
    """Rewrite existing contacts as ``save_contact`` would, with ``executemany``.

    Uid, creation time, snooze and archive state are kept and the revision goes up;
    last contact and next due are recomputed from the interactions afterwards.
    Organisations do not move to the past list here: callers use it for merges, which
    never replace an organisation the contact already has.
    """
    from netdesk.services.contact_store import refresh_activity

    orgs, tags = _Lookup("organization"), _Lookup("tag")
    assignments = ", ".join(f'"{c}" = ?' for c in _COLUMN_LIST if c != "id")
    # In id order: FTS5 flushes its pending terms into a new segment (and merges
    # segments) each time the rowid written goes down, which in file order was once
    # per contact.
    for chunk in _chunks(sorted(people, key=lambda p: p[0]), 5_000):
        ids = [cid for cid, _data in chunk]
        kept: dict[int, dict[str, object]] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for r in database.execute_sql(_KEPT_SQL.format(",".join("?" * len(part))), part):
                kept[r[0]] = {
                    "uid": r[1],
                    "revision": r[2] + 1,
                    "created_at": r[3],
                    "snoozed_until": r[4],
                    "archived": r[5],
                    "last_contact": r[6],
                    "next_due": r[7],
                }
        rows = _Rows()
        for cid, data in chunk:
            _add_contact(rows, cid, data, kept[cid], orgs, tags, region)
        _write_lookups(orgs, tags, rng)
        cursor = database.cursor()
        for table in _CHILD_TABLES:
            cursor.executemany(
                f'DELETE FROM "{table}" WHERE contact_id = ?', [(cid,) for cid in ids]
            )
        cursor.executemany("DELETE FROM contact_fts WHERE rowid = ?", [(cid,) for cid in ids])
        cursor.executemany(
            f'UPDATE "contact" SET {assignments} WHERE id = ?',
            [(*row[1:], row[0]) for row in rows.contacts],
        )
        _write_children(rows)
        refresh_activity(ids)


def insert_events(rng: random.Random, events: Sequence[BulkEvent]) -> list[int]:
    first = _next_id("event")
    now = str(utcnow())
    _insert(
        "event",
        "id uid revision created_at updated_at name date place kind notes",
        [
            (first + i, _uid(rng), 1, now, now, e.name, str(e.date), e.place, str(e.kind), "")
            for i, e in enumerate(events)
        ],
    )
    return list(range(first, first + len(events)))


def insert_interactions(
    rng: random.Random,
    interactions: Iterable[BulkInteraction],
    contact_ids: Sequence[int],
    event_ids: Sequence[int],
    stamp: str | None = None,
    refresh: bool = True,
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
                    _uid(rng),
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
    rng: random.Random, people: Sequence[ContactData], created: str, region: str = ""
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
    order = sorted(range(len(people)), key=lambda i: _sort_key(people[i].best_name()))
    written = insert_contacts(
        rng,
        [(people[i], created) for i in order],
        region,
        {at: last[i] for at, i in enumerate(order) if i in last},
    )
    ids = [0] * len(people)
    for at, i in enumerate(order):
        ids[i] = written[at]
    first = _next_id("interaction")
    count = insert_interactions(rng, history, ids, [], refresh=False) if history else 0
    return ids, list(range(first, first + count))


def _refresh(last: dict[int, str]) -> None:
    from netdesk.services.contact_store import ask_follow_ups

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


def _uid(rng: random.Random) -> str:
    """A version-4 UUID string drawn from ``rng``, formatted here: ``uuid.UUID`` is slower."""
    bits = rng.getrandbits(128)
    h = f"{bits:032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[bits >> 62 & 3]}{h[17:20]}-{h[20:]}"
