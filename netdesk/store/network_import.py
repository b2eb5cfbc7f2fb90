"""Writing a NetDesk JSON export's network (interactions, events, asks, introductions,
past organisations, contact state) once its contacts are added or merged.

Into an empty database this gives back the exported network, uids, stamps and all.
Into one that already holds some of it, nothing is written twice: a record whose uid is
already there is skipped, and so is one that says what is already there (an interaction
with the same person, summary and day; an ask with the same person, text and date; an
introduction of the same people on the same day; an event of the same name and date is
the same event). Merged contacts keep their own state (created, archived, snoozed): only
contacts the import adds take the file's. A uid found only in the trash is given a new
one, as for contacts: the trashed record stays the user's to restore.

Call inside the import's transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from netdesk.db.connection import database
from netdesk.domain.network_data import NetworkData, Stamp
from netdesk.domain.text import fold
from netdesk.store.activity import refresh_activity
from netdesk.store.ledger_store import AskKind, AskStatus


@dataclass
class NetworkWrite:
    """What writing a network added (for undo and redo) and what it left out."""

    events: list[int] = field(default_factory=list)
    interactions: list[int] = field(default_factory=list)
    asks: list[int] = field(default_factory=list)
    introductions: list[int] = field(default_factory=list)
    past: list[tuple[int, int, str]] = field(default_factory=list)  # contact, org, left on
    unlinked: int = 0  # records naming only people the import did not write


class PlannedRow(Protocol):
    """What linking needs of a row of an import plan (``importer.PlanItem``)."""

    @property
    def action(self) -> Enum: ...  # its value: "add", "merge" or "skip"

    @property
    def target(self) -> int | None: ...  # the contact merged into

    @property
    def into_row(self) -> int | None: ...  # a skipped row: the earlier row it went into


def write_for_plan(
    network: NetworkData,
    plan: Sequence[PlannedRow],
    created: list[int],
    marks: dict[str, int],
    now: str,
) -> NetworkWrite:
    """``write_network`` for the contacts ``plan`` (of ``network.order``'s contacts)
    added (``created``, in plan order) or merged."""
    ids = contacts_by_uid(plan, created, network)
    return write_network(network, ids, set(created), marks, now)


def contacts_by_uid(
    plan: Sequence[PlannedRow], created: list[int], network: NetworkData
) -> dict[str, int]:
    """The contact each file uid of ``network`` became: added, merged or merged into an
    earlier row of the file (which may itself have been merged)."""
    if len(network.order) != len(plan):
        return {}  # not the plan of this network's contacts: link nothing rather than wrongly
    became: list[int | None] = []
    added = iter(created)
    for item in plan:
        if item.action.value == "add":
            became.append(next(added))
        elif item.action.value == "merge":
            became.append(item.target)
        else:
            became.append(became[item.into_row] if item.into_row is not None else None)
    out: dict[str, int] = {}
    for uid, cid in zip(network.order, became, strict=True):
        if uid and cid is not None:
            out.setdefault(uid, cid)
    return out


def first_new_ids() -> dict[str, int]:
    """The id the next organisation will get: taken before the contacts are written,
    so organisations this import creates can take the file's uid and stamps."""
    (org,) = database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM organization").fetchone()
    return {"organization": int(org)}


def write_network(
    network: NetworkData, ids: dict[str, int], added: set[int], marks: dict[str, int], now: str
) -> NetworkWrite:
    """Write ``network`` for the contacts ``ids`` (file uid -> contact id).

    ``added`` are the contacts this import created, ``marks`` what ``first_new_ids``
    said before they were written, ``now`` the import's time stamp.
    """
    out = NetworkWrite()
    _restore_states(network, ids, added, now)
    orgs = _organizations(network, marks["organization"], now)
    _past_organizations(network, ids, orgs, now, out)
    events = _events(network, now, out)
    _interactions(network, ids, events, now, out)
    _asks(network, ids, now, out)
    _introductions(network, ids, now, out)
    refresh_activity(sorted(set(ids.values())))
    return out


def _stamp_row(stamp: Stamp, uid: str, now: str) -> tuple[object, ...]:
    created = str(stamp.created_at) if stamp.created_at else now
    return (uid, stamp.revision, created, str(stamp.updated_at) if stamp.updated_at else created)


def _existing(table: str, uids: Iterable[str]) -> dict[str, tuple[int, bool]]:
    """uid -> (id, live) of the rows of ``table`` holding any of ``uids``."""
    wanted = sorted({u for u in uids if u})
    out: dict[str, tuple[int, bool]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for uid, rid, live in database.execute_sql(
            f'SELECT uid, id, deleted_at IS NULL FROM "{table}" '
            f"WHERE uid IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[uid] = (int(rid), bool(live))
    return out


def _free_uid(uid: str, taken: dict[str, tuple[int, bool]]) -> str:
    if uid and uid not in taken:
        taken[uid] = (0, True)  # a file naming one uid twice gets it once
        return uid
    return str(uuid.uuid4())


def _next_id(table: str) -> int:
    (next_id,) = database.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"').fetchone()
    return int(next_id)


def _insert(table: str, columns: str, rows: list[tuple[object, ...]]) -> list[int]:
    """Insert ``rows`` (without their id) under the next ids; return those ids."""
    first = _next_id(table)
    names = ["id", *columns.split()]
    database.cursor().executemany(
        f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})',
        [(first + n, *row) for n, row in enumerate(rows)],
    )
    return list(range(first, first + len(rows)))


def _restore_states(network: NetworkData, ids: dict[str, int], added: set[int], now: str) -> None:
    rows = []
    for uid, cid in ids.items():
        state = network.contacts.get(uid)
        if state is None or cid not in added:
            continue
        created, updated = _stamp_row(state.stamp, uid, now)[2:]
        snoozed = str(state.snoozed_until) if state.snoozed_until else None
        rows.append((state.stamp.revision, created, updated, int(state.archived), snoozed, cid))
    database.cursor().executemany(
        "UPDATE contact SET revision = ?, created_at = ?, updated_at = ?, archived = ?, "
        "snoozed_until = ? WHERE id = ?",
        rows,
    )


def _organizations(network: NetworkData, first_new: int, now: str) -> dict[str, int]:
    """Organisation ids by folded name; those of the file that this import created take
    the file's uid and stamps, and those only past organisations name are created."""
    known = {
        key: (int(rid), int(rid) >= first_new)
        for rid, key in database.execute_sql("SELECT id, name_key FROM organization")
    }
    taken = _existing("organization", (o.stamp.uid for o in network.organizations))
    for org in network.organizations:
        key = fold(org.name)
        uid = _free_uid(org.stamp.uid, taken)
        stamp = _stamp_row(org.stamp, uid, now)
        if key not in known:
            (rid,) = _insert(
                "organization",
                "uid revision created_at updated_at name name_key",
                [(*stamp, org.name.strip(), key)],
            )
            known[key] = (rid, True)
        elif known[key][1]:
            database.execute_sql(
                "UPDATE organization SET uid = ?, revision = ?, created_at = ?, updated_at = ? "
                "WHERE id = ?",
                (*stamp, known[key][0]),
            )
            known[key] = (known[key][0], False)  # once, should the file name it twice
    return {key: rid for key, (rid, _new) in known.items()}


def _past_organizations(
    network: NetworkData, ids: dict[str, int], orgs: dict[str, int], now: str, out: NetworkWrite
) -> None:
    current = dict(
        database.execute_sql("SELECT id, organization_id FROM contact WHERE organization_id > 0")
    )
    for uid, cid in ids.items():
        state = network.contacts.get(uid)
        for name, left_on in state.past_organizations if state else []:
            key = fold(name)
            if key not in orgs:
                # Named by the contact but not listed: an older or hand-made file.
                (orgs[key],) = _insert(
                    "organization",
                    "uid revision created_at updated_at name name_key",
                    [(*_stamp_row(Stamp(), str(uuid.uuid4()), now), name.strip(), key)],
                )
            org = orgs[key]
            # Back at a place they left: it is their current one, not a past one.
            if current.get(cid) == org:
                continue
            cursor = database.execute_sql(
                "INSERT OR IGNORE INTO past_organization (contact_id, organization_id, left_on) "
                "VALUES (?, ?, ?)",
                (cid, org, str(left_on)),
            )
            if cursor.rowcount:
                out.past.append((cid, org, str(left_on)))


def _events(network: NetworkData, now: str, out: NetworkWrite) -> dict[str, int]:
    """Event ids by the file's event uid."""
    taken = _existing("event", (e.stamp.uid for e in network.events))
    by_name = {
        (name, str(date)[:10]): int(rid)
        for rid, name, date in database.execute_sql(
            "SELECT id, name, date FROM event WHERE deleted_at IS NULL"
        )
    }
    found: dict[str, int] = {}
    rows: list[tuple[object, ...]] = []
    pending: list[str] = []
    for e in network.events:
        hit = taken.get(e.stamp.uid)
        same = by_name.get((e.name, str(e.date)))
        if hit is not None and hit[1] and hit[0]:
            found[e.stamp.uid] = hit[0]
        elif same is not None:
            found[e.stamp.uid] = same
        else:
            uid = _free_uid(e.stamp.uid, taken)
            rows.append(
                (*_stamp_row(e.stamp, uid, now), e.name, str(e.date), e.place, e.kind, e.notes)
            )
            pending.append(e.stamp.uid)
    new = _insert("event", "uid revision created_at updated_at name date place kind notes", rows)
    out.events += new
    found.update((uid, rid) for uid, rid in zip(pending, new, strict=True) if uid)
    return found


def logged_days(contact_ids: list[int]) -> set[tuple[int, str, str]]:
    """(contact, summary, day) of the live interactions of ``contact_ids``: an import
    logs nothing already there (the file's per-contact interactions use it too)."""
    out: set[tuple[int, str, str]] = set()
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        rows = database.execute_sql(
            "SELECT p.contact_id, i.summary, date(i.happened_at) FROM participant p "
            "JOIN interaction i ON i.id = p.interaction_id WHERE i.deleted_at IS NULL "
            f"AND p.contact_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        out.update((cid, summary, str(day)) for cid, summary, day in rows)
    return out


def _interactions(
    network: NetworkData, ids: dict[str, int], events: dict[str, int], now: str, out: NetworkWrite
) -> None:
    taken = _existing("interaction", (i.stamp.uid for i in network.interactions))
    captured = _captured_keys([i.capture_key for i in network.interactions if i.capture_key])
    logged = logged_days(sorted(set(ids.values())))
    rows: list[tuple[object, ...]] = []
    people: list[list[int]] = []
    for i in network.interactions:
        who = list(dict.fromkeys(ids[u] for u in i.contacts if u in ids))
        if not who:
            out.unlinked += 1
            continue
        hit = taken.get(i.stamp.uid)
        day = str(i.when.date())
        if (hit is not None and hit[1]) or any((c, i.summary.strip(), day) in logged for c in who):
            continue
        if i.capture_key in captured:
            continue  # captured here too, from the same export
        captured.update([i.capture_key] if i.capture_key else [])
        uid = _free_uid(i.stamp.uid, taken)
        rows.append(
            (
                *_stamp_row(i.stamp, uid, now),
                str(i.when),
                i.kind,
                i.direction,
                i.summary.strip(),
                i.notes,
                events.get(i.event) if i.event else None,
                i.capture_key or None,
                i.capture_source,
                i.capture_count,
            )
        )
        people.append(who)
    new = _insert(
        "interaction",
        "uid revision created_at updated_at happened_at kind direction summary notes event_id "
        "capture_key capture_source capture_count",
        rows,
    )
    database.cursor().executemany(
        "INSERT INTO participant (interaction_id, contact_id) VALUES (?, ?)",
        [(iid, cid) for iid, who in zip(new, people, strict=True) for cid in who],
    )
    out.interactions += new


def _captured_keys(keys: list[str]) -> set[str]:
    """Those of ``keys`` some interaction here already holds (live or not: the key is unique)."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in database.execute_sql(
                f"SELECT capture_key FROM interaction WHERE capture_key IN ({marks})", chunk
            )
        )
    return found


def _asks(network: NetworkData, ids: dict[str, int], now: str, out: NetworkWrite) -> None:
    taken = _existing("ask", (a.stamp.uid for a in network.asks))
    there = {
        (int(c), str(w), str(d)[:10], bool(o))
        for c, w, d, o in database.execute_sql(
            "SELECT contact_id, what, asked_on, is_offer FROM ask WHERE deleted_at IS NULL"
        )
    }
    rows: list[tuple[object, ...]] = []
    for a in network.asks:
        cid = ids.get(a.contact)
        hit = taken.get(a.stamp.uid)
        if cid is None:
            out.unlinked += 1
            continue
        if (hit is not None and hit[1]) or (cid, a.what, str(a.asked_on), a.is_offer) in there:
            continue
        uid = _free_uid(a.stamp.uid, taken)
        # The ledger shows only the kinds and states it knows.
        kind = a.kind if a.kind in AskKind.ALL else AskKind.OTHER
        status = a.status if a.status in AskStatus.ALL else AskStatus.OPEN
        rows.append(
            (
                *_stamp_row(a.stamp, uid, now),
                cid,
                int(a.is_offer),
                kind,
                a.what,
                str(a.asked_on),
                status,
                a.outcome,
                str(a.follow_up) if a.follow_up else None,
                str(a.closed_on) if a.closed_on else None,
            )
        )
    out.asks += _insert(
        "ask",
        "uid revision created_at updated_at contact_id is_offer kind what asked_on status outcome "
        "follow_up closed_on",
        rows,
    )


def _introductions(network: NetworkData, ids: dict[str, int], now: str, out: NetworkWrite) -> None:
    taken = _existing("introduction", (n.stamp.uid for n in network.introductions))
    there = {
        (a, int(f), s, str(d)[:10])
        for a, f, s, d in database.execute_sql(
            "SELECT introducer_id, first_id, second_id, introduced_on FROM introduction "
            "WHERE deleted_at IS NULL"
        )
    }
    rows: list[tuple[object, ...]] = []
    for n in network.introductions:
        people = [ids.get(u) if u else None for u in (n.introducer, n.first, n.second)]
        if any(
            u and p is None for u, p in zip((n.introducer, n.first, n.second), people, strict=True)
        ):
            out.unlinked += 1  # "" is me; a uid nobody here holds must not become me
            continue
        hit = taken.get(n.stamp.uid)
        if (hit is not None and hit[1]) or (*people, str(n.introduced_on)) in there:
            continue
        uid = _free_uid(n.stamp.uid, taken)
        rows.append((*_stamp_row(n.stamp, uid, now), *people, str(n.introduced_on), n.note))
    out.introductions += _insert(
        "introduction",
        "uid revision created_at updated_at introducer_id first_id second_id introduced_on note",
        rows,
    )


def set_network_deleted(writes: list[NetworkWrite], deleted: bool) -> None:
    """Undo (``deleted``) or redo what ``write_network`` added, but its interactions and
    organisations (the import's undo handles those, as for any import)."""
    for written in writes:
        _set_deleted(written, deleted)


def _set_deleted(written: NetworkWrite, deleted: bool) -> None:
    stamp = str(dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)) if deleted else None
    cursor = database.cursor()
    for table, ids in (
        ("event", written.events),
        ("ask", written.asks),
        ("introduction", written.introductions),
    ):
        cursor.executemany(
            f'UPDATE "{table}" SET deleted_at = ? WHERE id = ?', [(stamp, i) for i in ids]
        )
    if deleted:
        cursor.executemany(
            "DELETE FROM past_organization WHERE contact_id = ? AND organization_id = ?",
            [(c, o) for c, o, _left in written.past],
        )
    else:
        cursor.executemany(
            "INSERT OR IGNORE INTO past_organization (contact_id, organization_id, left_on) "
            "VALUES (?, ?, ?)",
            written.past,
        )
