"""Field-by-field three-way merge of two versions of a contact against their common base.

A field changed on one side only takes that side's value. Lists (emails, phones,
addresses, links, tags) merge item by item: additions from both sides are kept and
removals from either side applied. A single-valued field changed differently on both
sides is a conflict: the local value stays and the remote one is handed back, so the
caller can keep it for the user to choose. Nothing is dropped silently.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from netdesk.domain.contact_data import TEXT_FIELDS, ContactData, Labeled

SCALAR_FIELDS = (*TEXT_FIELDS, "birthday", "notes", "photo", "cadence_days", "favourite")
LIST_FIELDS = ("emails", "phones", "addresses", "urls", "tags")


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    local: str
    remote: str


@dataclass(slots=True)
class MergeResult:
    merged: ContactData
    taken: list[str] = field(default_factory=list)  # fields that took remote changes
    conflicts: list[FieldConflict] = field(default_factory=list)


def _item_key(item: Labeled | str) -> tuple[str, str]:
    if isinstance(item, Labeled):
        return (item.value.strip().casefold(), item.label.strip().casefold())
    return (item.strip().casefold(), "")


def _items(contact: ContactData, name: str) -> list[Labeled | str]:
    return list(getattr(contact, name))


def same_fields(a: ContactData, b: ContactData) -> bool:
    """Whether ``a`` and ``b`` hold the same synced values (compare normalised forms)."""
    return all(getattr(a, f) == getattr(b, f) for f in SCALAR_FIELDS) and all(
        [_item_key(i) for i in _items(a, f)] == [_item_key(i) for i in _items(b, f)]
        for f in LIST_FIELDS
    )


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return f"<photo, {len(value):,} bytes>"
    if hasattr(value, "iso"):
        return str(value.iso())
    return str(value)


def _merge_list(
    base: list[Labeled | str] | None, local: list[Labeled | str], remote: list[Labeled | str]
) -> list[Labeled | str]:
    base_keys = {_item_key(i) for i in base} if base is not None else set()
    remote_keys = {_item_key(i) for i in remote}
    local_keys = {_item_key(i) for i in local}
    # Without a base nothing is known to be removed: the union is the safe answer.
    removed = base_keys - remote_keys if base is not None else set()
    out = [i for i in local if _item_key(i) not in removed]
    out += [i for i in remote if _item_key(i) not in local_keys and _item_key(i) not in base_keys]
    return out


def merge(base: ContactData | None, local: ContactData, remote: ContactData) -> MergeResult:
    """Merge ``remote`` into ``local``; all three should be ``cards.normalised`` forms.

    Args:
        base: the version both sides last agreed on, or None when there is none (the same
            uid appeared on both sides independently): then an empty side takes the
            other's value and differing values conflict.
        local: the local version; wins conflicts.
        remote: the server's version.
    """
    result = MergeResult(copy.deepcopy(local))
    for name in SCALAR_FIELDS:
        mine, theirs = getattr(local, name), getattr(remote, name)
        if mine == theirs:
            continue
        old = getattr(base, name) if base is not None else None
        if (base is not None and mine == old) or (base is None and not mine):
            setattr(result.merged, name, copy.deepcopy(theirs))
            result.taken.append(name)
        elif (base is not None and theirs == old) or (base is None and not theirs):
            continue
        else:
            result.conflicts.append(FieldConflict(name, _shown(mine), _shown(theirs)))
    for name in LIST_FIELDS:
        mine_list, theirs_list = _items(local, name), _items(remote, name)
        if [_item_key(i) for i in mine_list] == [_item_key(i) for i in theirs_list]:
            continue
        merged = _merge_list(
            _items(base, name) if base is not None else None, mine_list, theirs_list
        )
        if [_item_key(i) for i in merged] != [_item_key(i) for i in mine_list]:
            setattr(result.merged, name, copy.deepcopy(merged))
            result.taken.append(name)
    return result
