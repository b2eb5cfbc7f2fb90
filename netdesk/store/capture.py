"""Captured conversations in the database: whom they match, and writing them.

Matching looks the correspondents up through the indexes (email, full phone number,
profile link, then the folded name when exactly one contact has it). Writing is keyed:
each interaction carries its conversation's stable key (``capture_key``, unique), so a
conversation written before is left alone, brought back if it was removed, or brought
up to date when a newer export holds more of that day's messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

from netdesk.db.connection import database
from netdesk.db.records import new_uid, utcnow
from netdesk.domain.matching import email_key, profile_key
from netdesk.domain.phones import phone_match_key
from netdesk.domain.text import fold
from netdesk.io.capture.conversations import Correspondent
from netdesk.store.activity import refresh_activity

_CHUNK = 500
_WRITE_CHUNK = 5000
_LOOKUPS = (
    ("email", "SELECT e.value_key, c.id, c.display_name FROM contact_email e JOIN contact c "
              "ON c.id = e.contact_id WHERE c.deleted_at IS NULL AND e.value_key IN ({}) "
              "ORDER BY c.id"),
    ("phone", "SELECT p.value_key, c.id, c.display_name FROM contact_phone p JOIN contact c "
              "ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.value_key IN ({}) "
              "ORDER BY c.id"),
    ("profile", "SELECT l.url_key, c.id, c.display_name FROM contact_link l JOIN contact c "
                "ON c.id = l.contact_id WHERE c.deleted_at IS NULL AND l.url_key IN ({}) "
                "ORDER BY c.id"),
    ("name", "SELECT sort_key, id, display_name FROM contact WHERE deleted_at IS NULL "
             "AND sort_key IN ({}) ORDER BY id"),
)  # fmt: skip


def _keys(person: Correspondent, region: str) -> dict[str, list[str]]:
    return {
        "email": [k for e in person.emails if (k := email_key(e))],
        "phone": [k for p in person.phones if (k := phone_match_key(p, region))],
        "profile": [k for u in person.profiles if (k := profile_key(u))],
        "name": [k] if (k := fold(person.name)) else [],
    }


def match(people: list[Correspondent], region: str = "") -> None:
    """Set each correspondent's ``contact_id``, ``how`` and ``contact_name``: by email,
    phone or profile link (the oldest contact holding it), else by a name exactly one
    contact has. Cost follows the people, not the size of the network."""
    wanted = [_keys(p, region) for p in people]
    found: dict[str, dict[str, list[tuple[int, str]]]] = {kind: {} for kind, _sql in _LOOKUPS}
    for kind, sql in _LOOKUPS:
        values = sorted({v for keys in wanted for v in keys[kind]})
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            for key, cid, name in database.execute_sql(
                sql.format(",".join("?" * len(chunk))), chunk
            ):
                found[kind].setdefault(key, []).append((cid, name))
    for person, keys in zip(people, wanted, strict=True):
        person.contact_id, person.how, person.contact_name = None, "", ""
        for kind, _sql in _LOOKUPS:
            hits = [hit for value in keys[kind] for hit in found[kind].get(value, [])]
            if kind == "name" and len({cid for cid, _n in hits}) != 1:
                continue  # nobody, or several people of that name: no proof of either
            if hits:
                person.contact_id, person.contact_name = hits[0]
                person.how = kind
                break


@dataclass(frozen=True, slots=True)
class CapturedRow:
    """One interaction to write."""

    key: str
    source: str
    when: dt.datetime
    kind: str
    direction: str
    summary: str
    notes: str
    count: int
    contact_ids: tuple[int, ...]


@dataclass
class CaptureWrite:
    """What one capture wrote, for its undo: new and restored interactions, and the
    previous (count, summary, time) of those it brought up to date."""

    inserted: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)
    updated: dict[int, tuple[int | None, str, str]] = field(default_factory=dict)
    changes: dict[int, tuple[int | None, str, str]] = field(default_factory=dict)
    people: list[int] = field(default_factory=list)

    @property
    def added(self) -> int:
        return len(self.inserted) + len(self.restored)


def _existing(keys: list[str]) -> dict[str, tuple[int, bool, int | None, str, str]]:
    """Interactions already holding ``keys``: id, deleted, count, summary, time."""
    found = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        for key, iid, deleted, count, summary, when in database.execute_sql(
            "SELECT capture_key, id, deleted_at IS NOT NULL, capture_count, summary, "
            f"happened_at FROM interaction WHERE capture_key IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[key] = (iid, bool(deleted), count, summary, str(when))
    return found


def write_captured(rows: Iterable[CapturedRow]) -> CaptureWrite:
    """Write ``rows`` (inside the caller's transaction) and refresh their people; a chunk
    at a time, so a mailbox's hundred thousand conversations are never all rows at once."""
    done = CaptureWrite()
    stamp = str(utcnow())
    people: dict[int, None] = {}
    row_iter = iter(rows)
    while chunk := list(islice(row_iter, _WRITE_CHUNK)):
        _write_chunk(chunk, stamp, done, people)
    if done.restored:
        _set_deleted(done.restored, None, stamp)
    done.people = list(people)
    refresh_activity(done.people)
    return done


def _write_chunk(
    rows: list[CapturedRow], stamp: str, done: CaptureWrite, people: dict[int, None]
) -> None:
    existing = _existing([r.key for r in rows])
    new_rows: list[tuple[object, ...]] = []
    participants: list[tuple[int, int]] = []
    next_id = int(
        database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction").fetchone()[0]
    )
    changes: dict[int, tuple[int | None, str, str]] = {}
    for row in rows:
        people.update(dict.fromkeys(row.contact_ids))
        old = existing.get(row.key)
        when = str(row.when.replace(microsecond=0))
        if old is None:
            values = (row.kind, row.direction, row.summary.strip(), row.notes)
            new_rows.append(
                (next_id, new_uid(), stamp, stamp, when, *values, row.key, row.source, row.count)
            )
            participants += [(next_id, cid) for cid in row.contact_ids]
            done.inserted.append(next_id)
            next_id += 1
            continue
        iid, deleted, count, summary, old_when = old
        if deleted:
            done.restored.append(iid)
        if deleted or (count or 0) < row.count:
            done.updated[iid] = (count, summary, old_when)
            changes[iid] = (row.count, row.summary.strip(), when)
            participants += [(iid, cid) for cid in row.contact_ids]
    if new_rows:
        database.cursor().executemany(
            'INSERT INTO interaction ("id", "uid", "revision", "created_at", "updated_at", '
            '"happened_at", "kind", "direction", "summary", "notes", "event_id", '
            '"capture_key", "capture_source", "capture_count") '
            "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            new_rows,
        )
    if participants:
        database.cursor().executemany(
            "INSERT OR IGNORE INTO participant (interaction_id, contact_id) VALUES (?, ?)",
            participants,
        )
    set_counts(changes, stamp)
    done.changes.update(changes)


def set_counts(values: dict[int, tuple[int | None, str, str]], stamp: str | None = None) -> None:
    """Put interactions' (count, summary, time) as given (an update, or its undo)."""
    stamp = stamp or str(utcnow())
    database.cursor().executemany(
        "UPDATE interaction SET capture_count = ?, summary = ?, happened_at = ?, "
        "updated_at = ?, revision = revision + 1 WHERE id = ?",
        [(count, summary, when, stamp, iid) for iid, (count, summary, when) in values.items()],
    )


def _set_deleted(ids: list[int], when: str | None, stamp: str) -> None:
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        database.execute_sql(
            "UPDATE interaction SET deleted_at = ?, updated_at = ?, revision = revision + 1 "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            [when, stamp, *chunk],
        )


def captured_sources() -> list[tuple[str, int]]:
    """Every source interactions were captured from, with how many are on the timeline."""
    return [
        (str(source), int(count))
        for source, count in database.execute_sql(
            "SELECT capture_source, COUNT(*) FROM interaction WHERE capture_source != '' "
            "AND deleted_at IS NULL GROUP BY capture_source ORDER BY capture_source"
        )
    ]


def source_interactions(source: str) -> list[int]:
    """The live interactions captured from ``source``."""
    return [
        int(r[0])
        for r in database.execute_sql(
            "SELECT id FROM interaction WHERE capture_source = ? AND deleted_at IS NULL",
            (source,),
        )
    ]
