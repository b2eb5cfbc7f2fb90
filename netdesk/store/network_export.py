"""Reading the network around exported contacts, for the NetDesk JSON export.

What is exported: the live (not trashed) records that concern the exported contacts.
An interaction keeps those of its participants that are exported; an introduction is
exported when every person it names is. Events and organisations nobody refers to go
only with an export of everyone. The trash and sync tombstones stay behind: they are
this database's history, not the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.domain.network_data import (
    AskData,
    ContactState,
    EventData,
    IntroductionData,
    NetworkData,
    NetworkInteraction,
    OrganizationData,
    Stamp,
)

_STAMP = "uid, revision, created_at, updated_at"


def _dt(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(str(value)) if value is not None else None


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value is not None else None


def _stamp(row: Sequence[object]) -> Stamp:
    """The ``_STAMP`` columns at the start of ``row``."""
    return Stamp(str(row[0]), int(str(row[1])), _dt(row[2]), _dt(row[3]))


def _rows(sql: str, ids: list[int]) -> Iterator[tuple[object, ...]]:
    """``sql`` with its ``IN ({})`` over ``ids``, 500 at a time."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        yield from database.execute_sql(sql.format(",".join("?" * len(chunk))), chunk)


def network_for_export(contacts: list[ContactData]) -> NetworkData:
    """Everything beside ``contacts``' own fields that an export carries."""
    uid_of = {c.id: c.uid for c in contacts if c.id is not None}
    ids = sorted(uid_of)
    (live,) = database.execute_sql(
        "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL"
    ).fetchone()
    everyone = len(ids) >= int(live)
    network = NetworkData(contacts=_states(ids))
    network.interactions, event_ids = _interactions(uid_of)
    network.events = _events(event_ids, everyone)
    network.asks = [
        AskData(
            _stamp(r),
            uid_of[int(str(r[4]))],
            str(r[7]),
            _date(r[8]) or dt.date.min,
            bool(r[5]),
            str(r[6]),
            str(r[9]),
            str(r[10]),
            _date(r[11]),
            _date(r[12]),
        )
        for r in database.execute_sql(
            f"SELECT {_STAMP}, contact_id, is_offer, kind, what, asked_on, status, outcome, "
            "follow_up, closed_on FROM ask WHERE deleted_at IS NULL ORDER BY id"
        )
        if r[4] in uid_of
    ]
    network.introductions = _introductions(uid_of)
    used = {c.organization.strip() for c in contacts} | {
        name for state in network.contacts.values() for name, _left in state.past_organizations
    }
    network.organizations = [
        OrganizationData(_stamp(r), str(r[4]))
        for r in database.execute_sql(
            f"SELECT {_STAMP}, name FROM organization WHERE deleted_at IS NULL ORDER BY id"
        )
        if everyone or r[4] in used
    ]
    return network


def _states(ids: list[int]) -> dict[str, ContactState]:
    states: dict[int, ContactState] = {}
    for r in _rows(
        f"SELECT {_STAMP}, id, archived, snoozed_until, last_contact, next_due FROM contact "
        "WHERE id IN ({})",
        ids,
    ):
        states[int(str(r[4]))] = ContactState(
            _stamp(r), bool(r[5]), _date(r[6]), [], _dt(r[7]), _date(r[8])
        )
    for cid, name, left in _rows(
        "SELECT p.contact_id, o.name, p.left_on FROM past_organization p JOIN organization o "
        "ON o.id = p.organization_id WHERE p.contact_id IN ({}) ORDER BY p.left_on, o.name",
        ids,
    ):
        left_on = _date(left)
        if left_on is not None:
            states[int(str(cid))].past_organizations.append((str(name), left_on))
    return {state.stamp.uid: state for state in states.values()}


def _interactions(uid_of: dict[int, str]) -> tuple[list[NetworkInteraction], set[int]]:
    """Live interactions with at least one exported participant, and the events they name."""
    people: dict[int, list[str]] = {}
    # In the order they were written: the leading participant first.
    for iid, cid in database.execute_sql(
        "SELECT interaction_id, contact_id FROM participant ORDER BY rowid"
    ):
        if cid in uid_of:
            people.setdefault(iid, []).append(uid_of[cid])
    events = dict(database.execute_sql("SELECT id, uid FROM event WHERE deleted_at IS NULL"))
    out: list[NetworkInteraction] = []
    used: set[int] = set()
    for r in database.execute_sql(
        f"SELECT {_STAMP}, id, happened_at, kind, direction, summary, notes, event_id, "
        "capture_key, capture_source, capture_count "
        "FROM interaction WHERE deleted_at IS NULL ORDER BY happened_at, id"
    ):
        if r[4] not in people:
            continue
        when = _dt(r[5])
        assert when is not None  # NOT NULL column
        event = events.get(r[10], "") if r[10] is not None else ""
        if event:
            used.add(int(str(r[10])))
        out.append(
            NetworkInteraction(
                _stamp(r), when, str(r[6]), str(r[7]), str(r[8]), str(r[9]), event, people[r[4]],
                capture_key=str(r[11] or ""),
                capture_source=str(r[12] or ""),
                capture_count=int(str(r[13])) if r[13] is not None else None,
            )
        )  # fmt: skip
    return out, used


def _events(used: set[int], everyone: bool) -> list[EventData]:
    return [
        EventData(_stamp(r), str(r[5]), _date(r[6]) or dt.date.min, str(r[7]), str(r[8]), str(r[9]))
        for r in database.execute_sql(
            f"SELECT {_STAMP}, id, name, date, place, kind, notes FROM event "
            "WHERE deleted_at IS NULL ORDER BY date, id"
        )
        if everyone or r[4] in used
    ]


def _introductions(uid_of: dict[int, str]) -> list[IntroductionData]:
    out: list[IntroductionData] = []
    for r in database.execute_sql(
        f"SELECT {_STAMP}, introducer_id, first_id, second_id, introduced_on, note "
        "FROM introduction WHERE deleted_at IS NULL ORDER BY id"
    ):
        introducer, first, second = r[4], r[5], r[6]
        if first not in uid_of or any(
            p is not None and p not in uid_of for p in (introducer, second)
        ):
            continue
        out.append(
            IntroductionData(
                _stamp(r),
                uid_of[first],
                _date(r[7]) or dt.date.min,
                uid_of[introducer] if introducer is not None else "",
                uid_of[second] if second is not None else "",
                str(r[8]),
            )
        )
    return out


# Every column of every record, by table: (what the export carries, what it does not,
# because the importing database works it out again, numbers it itself, or keeps it
# as its own history). tests/unit/services/test_network_json.py holds the schema to
# this: a column added to a record without a place here fails it.
COVERAGE: dict[str, tuple[str, str]] = {
    "organization": ("uid revision created_at updated_at name", "id deleted_at name_key"),
    "contact": (
        "uid revision created_at updated_at given_name family_name display_name nickname "
        "organization job_title department circle how_met can_help_with location "
        "birthday_year birthday_month birthday_day notes photo cadence_days snoozed_until "
        "favourite archived",
        "id deleted_at display_name_set sort_key sort_script org_name org_sort tags_text "
        "primary_email primary_phone last_contact next_due",
    ),
    "contact_email": ("contact value label position", "id value_key"),
    "contact_phone": ("contact value label position", "id value_key"),
    "contact_address": ("contact value label position", "id"),
    "contact_link": ("contact url kind position", "id url_key"),
    "tag": ("name", "id name_key"),
    "contact_tag": ("contact tag", ""),
    "event": ("uid revision created_at updated_at name date place kind notes", "id deleted_at"),
    "interaction": (
        "uid revision created_at updated_at happened_at kind direction summary notes event "
        "capture_key capture_source capture_count",
        "id deleted_at",
    ),
    "participant": ("interaction contact", ""),
    "ask": (
        "uid revision created_at updated_at contact is_offer kind what asked_on status outcome "
        "follow_up closed_on",
        "id deleted_at",
    ),
    "introduction": (
        "uid revision created_at updated_at introducer first second introduced_on note",
        "id deleted_at",
    ),
    "past_organization": ("contact organization left_on", ""),
    "tombstone": ("", "id entity uid deleted_at"),
}
