"""Planning an import: each incoming contact is added, merged (into the database or an
earlier row of the file) or skipped, shown in the preview before anything is written.
``services.importer`` applies the plan."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum

from netdesk.db.connection import database
from netdesk.domain.contact_data import ContactData
from netdesk.domain.matching import (
    Identity,
    KeyIndex,
    Match,
    Verdict,
    compare,
    differences,
    match_keys,
    merge_into,
)
from netdesk.store import contact_store


class Action(Enum):
    ADD = "add"
    MERGE = "merge"
    SKIP = "skip"


@dataclass
class Possible:
    """Whom a row may be the same person as, without proof: the preview shows it and the
    row is added unless the user chooses to merge it (``merge_possible``)."""

    kind: str  # the key that matched ("name+org", "email"...), see _REASONS
    name: str  # the other's name, to show
    target: int | None = None  # a contact you have
    row: int | None = None  # else an earlier row of the file (its index in the plan)
    differences: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """Why, in the words of ``PlanItem.reason`` (e.g. "same name and organisation")."""
        return _REASONS[self.kind]


@dataclass
class PlanItem:
    incoming: ContactData
    action: Action
    reason: str = ""
    target: int | None = None  # contact id for a merge with an existing contact
    conflicts: list[str] = field(default_factory=list)
    # Shown in the preview: (field, your value, the file's value); yours is kept.
    differences: list[tuple[str, str, str]] = field(default_factory=list)
    possible: Possible | None = None
    into_row: int | None = None  # a skipped row merged into this earlier row of the file


@dataclass
class ImportReport:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    contact_ids: list[int] = field(default_factory=list)


_KEY_SQL = {
    "email": "SELECT e.value_key, e.contact_id FROM contact_email e JOIN contact c "
    "ON c.id = e.contact_id WHERE c.deleted_at IS NULL AND e.value_key IN ({})",
    "phone": "SELECT p.value_key, p.contact_id FROM contact_phone p JOIN contact c "
    "ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.value_key IN ({})",
    "url": "SELECT l.url_key, l.contact_id FROM contact_link l JOIN contact c "
    "ON c.id = l.contact_id WHERE c.deleted_at IS NULL AND l.url_key IN ({})",
    "uid": "SELECT uid, id FROM contact WHERE deleted_at IS NULL AND uid IN ({})",
}


def _database_index(wanted: set[tuple[str, str]]) -> KeyIndex:
    """The contacts that hold any of ``wanted``'s keys, found through the indexes.

    Only the keys of the file are looked up, so planning costs what the file holds, not
    what the database holds (as rebuilding every key of every contact would).
    """
    index = KeyIndex()
    by_kind: dict[str, list[str]] = {}
    for kind, value in wanted:
        by_kind.setdefault(kind, []).append(value)
    for kind, sql in _KEY_SQL.items():
        values = by_kind.get(kind, [])
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            rows = database.execute_sql(sql.format(",".join("?" * len(chunk))), chunk)
            # Oldest contact first, as the index does not order them.
            for key, cid in sorted(rows, key=lambda row: row[1]):
                index.add([(kind, key)], cid)
    # Names are stored folded (sort_key, org_sort), exactly as match_keys folds them.
    for value in by_kind.get("name+org", []):
        name, org = value.split("\x1f", 1)
        for (cid,) in database.execute_sql(_NAME_ORG_SQL, (org, name, index.per_key)):
            index.add([("name+org", value)], cid)
    for name in by_kind.get("name", []):
        for (cid,) in database.execute_sql(_NAME_SQL, (name, index.per_key)):
            index.add([("name", name)], cid)
    return index


_NAME_ORG_SQL = (
    "SELECT id FROM contact WHERE deleted_at IS NULL AND org_sort = ? AND sort_key = ? "
    "ORDER BY id LIMIT ?"
)
# No organisation means org_sort = '' too: said here so that the lookup is a range of the
# (org_sort, sort_key) index. Without it, once schema 5 replaced the plain name index,
# each name of the file was a scan of the table.
_NAME_SQL = (
    "SELECT id FROM contact WHERE deleted_at IS NULL AND org_sort = '' AND sort_key = ? "
    "AND org_name = '' AND primary_email = '' AND primary_phone = '' ORDER BY id LIMIT ?"
)


def _trashed_uids() -> set[str]:
    return {
        r[0] for r in database.execute_sql("SELECT uid FROM contact WHERE deleted_at IS NOT NULL")
    }


_REASONS = {
    "uid": "same contact (vCard UID)",
    "email": "same email",
    "phone": "same phone number",
    "url": "same profile link",
    "name+org": "same name and organisation",
    "name": "same name",
}


def plan_import(contacts: list[ContactData], region: str = "") -> list[PlanItem]:
    """Decide for each incoming contact: add, merge (into the database or an earlier row), skip.

    Merges need strong evidence that nothing contradicts (``domain.matching.compare``);
    a row that only may be someone is added, with ``possible`` saying whom.
    """
    all_keys = [match_keys(data, region) for data in contacts]
    existing = _database_index({key for keys in all_keys for key in keys})
    known = contact_store.load_contacts(sorted({c for ids in existing.keys.values() for c in ids}))
    known_ids = {cid: Identity.of(data, region) for cid, data in known.items()}
    trashed = _trashed_uids()
    in_file = KeyIndex()
    rows: list[Identity] = []  # each row's identity, grown as later rows merge into it
    plan: list[PlanItem] = []
    for data, keys in zip(contacts, all_keys, strict=True):
        identity = Identity.of(data, region, keys)
        rows.append(identity)
        if data.is_empty():
            plan.append(PlanItem(data, Action.SKIP, "no name, email or phone"))
            continue
        hit = _best(identity, existing.candidates(keys), known_ids, same_source=False)
        if hit is not None and hit[1].verdict is Verdict.SAME:
            plan.append(PlanItem(data, Action.MERGE, _REASONS[hit[1].kind], target=hit[0]))
            continue
        earlier = _best(identity, in_file.candidates(keys), rows, same_source=True)
        if earlier is not None and earlier[1].verdict is Verdict.SAME:
            plan.append(_merge_row(plan, rows, earlier, data, region))
            in_file.add(match_keys(plan[earlier[0]].incoming, region), earlier[0])
            continue
        item = PlanItem(data, Action.ADD, possible=_possible(hit, earlier, known, plan))
        if item.possible is not None:
            item.reason = f"possible duplicate of {item.possible.name} ({item.possible.reason})"
        in_file.add(keys, len(plan))
        if data.uid in trashed:
            # The trash still holds a contact with this UID; this one is a new record.
            data.uid = ""
        plan.append(item)
    # Every merge target was a candidate, loaded above.
    for item in plan:
        if item.target in known:
            item.differences = differences(known[item.target], item.incoming)
        elif item.possible is not None and item.possible.target in known:
            item.possible.differences = differences(known[item.possible.target], item.incoming)
    return plan


def _best(
    identity: Identity,
    candidates: list[int],
    identities: dict[int, Identity] | list[Identity],
    same_source: bool,
) -> tuple[int, Match] | None:
    """The first candidate that is the same person, else the first that may be."""
    possible = None
    for candidate in candidates:
        found = compare(identity, identities[candidate], same_source)
        if found is not None and found.verdict is Verdict.SAME:
            return candidate, found
        if found is not None and possible is None:
            possible = candidate, found
    return possible


def _possible(
    hit: tuple[int, Match] | None,
    earlier: tuple[int, Match] | None,
    known: dict[int, ContactData],
    plan: list[PlanItem],
) -> Possible | None:
    """Whom a row that is added may be: a contact you have first, else an earlier row."""
    if hit is not None:
        return Possible(hit[1].kind, known[hit[0]].best_name(), target=hit[0])
    if earlier is not None:
        return Possible(earlier[1].kind, plan[earlier[0]].incoming.best_name(), row=earlier[0])
    return None


def _merge_row(
    plan: list[PlanItem],
    rows: list[Identity],
    earlier: tuple[int, Match],
    data: ContactData,
    region: str,
) -> PlanItem:
    """Merge ``data`` into the earlier row of the file it is the same person as."""
    index, found = earlier
    merge_into(plan[index].incoming, data)
    # The file's own UID stays that row's, even once a trashed one was dropped from it.
    grown = Identity.of(plan[index].incoming, region)
    rows[index] = dataclasses.replace(grown, uid=rows[index].uid)
    return PlanItem(
        data,
        Action.SKIP,
        f"{_REASONS[found.kind]} as an earlier entry (merged into it)",
        into_row=index,
    )


def merge_possible(plan: list[PlanItem], chosen: list[int]) -> None:
    """Merge the rows the user chose in the preview into whom they may be (see ``Possible``):
    a contact they have, or an earlier row of the file (or wherever that row went)."""
    for index in sorted(chosen):
        item = plan[index]
        possible = item.possible
        if possible is None or item.action is not Action.ADD:
            continue
        reason = possible.reason
        if possible.target is not None:
            item.action, item.target, item.reason = Action.MERGE, possible.target, reason
            item.differences = possible.differences
            continue
        row = possible.row
        assert row is not None
        while (further := plan[row].into_row) is not None:
            row = further
        base = plan[row]
        if base.action is Action.MERGE:
            item.action, item.target, item.reason = Action.MERGE, base.target, reason
        else:
            merge_into(base.incoming, item.incoming)
            item.action, item.into_row = Action.SKIP, row
            item.reason = f"{reason} as an earlier entry (merged into it)"


LEFT_OUT = "left out in the preview"


def leave_out(plan: list[PlanItem], rows: list[int]) -> None:
    """Skip the rows the user unticked in the preview: neither added nor merged (with
    the rows of the file folded into them)."""
    for index in rows:
        item = plan[index]
        if item.action is not Action.SKIP:
            item.action, item.target, item.reason = Action.SKIP, None, LEFT_OUT
            item.differences = []
