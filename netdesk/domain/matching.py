"""Deciding whether an incoming contact is someone already known.

Same email, same phone (normalised), same profile URL, or the same folded name at the
same folded organisation. Used by import and by Find Duplicates alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from netdesk.domain.contact_data import TEXT_FIELDS, ContactData
from netdesk.domain.links import url_key
from netdesk.domain.phones import phone_key
from netdesk.domain.text import fold


def match_keys(data: ContactData, region: str = "") -> list[tuple[str, str]]:
    keys = [("uid", data.uid)] if data.uid else []
    keys += [("email", e.value.strip().lower()) for e in data.emails if e.value.strip()]
    keys += [("phone", k) for p in data.phones if (k := phone_key(p.value, region))]
    keys += [("url", url_key(u.value)) for u in data.urls if u.value.strip()]
    name = fold(data.best_name())
    if name and data.organization.strip():
        keys.append(("name+org", name + "\x1f" + fold(data.organization)))
    elif name and not (data.emails or data.phones or data.urls):
        keys.append(("name", name))
    return keys


@dataclass
class KeyIndex:
    """Match keys to the id of the contact (or the position in a file) that has them."""

    keys: dict[tuple[str, str], int] = field(default_factory=dict)

    def find(self, keys: list[tuple[str, str]]) -> tuple[int, str] | None:
        for key in keys:
            if key in self.keys:
                return self.keys[key], key[0]
        return None

    def add(self, keys: list[tuple[str, str]], target: int) -> None:
        for key in keys:
            self.keys.setdefault(key, target)


# The display name is derived unless set, so it is not compared on its own.
_SCALARS = (*(f for f in TEXT_FIELDS if f != "display_name"), "notes")


def differences(base: ContactData, incoming: ContactData) -> list[tuple[str, str, str]]:
    """Fields both have set, to different values: (field, base's value, incoming value)."""
    out = []
    for name in _SCALARS:
        mine, theirs = str(getattr(base, name)), str(getattr(incoming, name))
        if mine.strip() and theirs.strip() and fold(mine) != fold(theirs):
            out.append((name, mine, theirs))
    return out


def merge_into(base: ContactData, incoming: ContactData) -> list[str]:
    """Fill ``base``'s empty fields from ``incoming`` and unite its lists.

    Returns the fields where both had different values; ``base`` keeps its own there.
    """
    conflicts = [name for name, _mine, _theirs in differences(base, incoming)]
    for name in _SCALARS:
        mine, theirs = getattr(base, name), getattr(incoming, name)
        if not str(mine).strip() and str(theirs).strip():
            setattr(base, name, theirs)
    if base.birthday is None:
        base.birthday = incoming.birthday
    if base.photo is None:
        base.photo = incoming.photo
    if base.cadence_days is None:
        base.cadence_days = incoming.cadence_days
    for attr, key in (
        ("emails", lambda v: v.strip().lower()),
        ("phones", phone_key),
        ("urls", url_key),
        ("addresses", fold),
    ):
        have = {key(item.value) for item in getattr(base, attr)}
        for item in getattr(incoming, attr):
            if key(item.value) not in have:
                getattr(base, attr).append(item)
                have.add(key(item.value))
    tags = {fold(t) for t in base.tags}
    base.tags += [t for t in incoming.tags if fold(t) not in tags]
    return conflicts
