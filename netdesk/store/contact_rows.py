"""The one mapping between a contact (``ContactData``) and its database rows.

``CONTACT_TABLE`` lists every column of ``contact``: how it is computed from the data
(``write``; None for what the store keeps itself, as ids, stamps and activity) and which
``ContactData`` field it is read back into. ``child_rows`` builds the email, phone,
address, link and tag rows. ``bulk`` writes with these (single saves included) and
``contact_store.load_contacts`` reads with them, so a new field is one entry here.
Photos are stored as given: the services shrink them first (``io.photos``, QtGui).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.links import link_kind, normalise_url, url_key
from netdesk.domain.phones import phone_key
from netdesk.domain.text import digits_only, fold, is_arabic_script, sort_key

Row = tuple[object, ...]
# A stored row by column name, as read back.
StoredRow = Mapping[str, Any]

# Names, organisations, titles, tags and places repeat across thousands of contacts:
# memoising the pure folding functions saves most of the Python time of a bulk load.
memo_fold = lru_cache(maxsize=1 << 16)(fold)
memo_sort_key = lru_cache(maxsize=1 << 16)(sort_key)


class Source(NamedTuple):
    """What one contact's row is computed from: its data, names and organisation."""

    data: ContactData
    given: str
    family: str
    display: str
    org_id: int | None
    org_name: str


def source(data: ContactData, org_id: int | None, org_name: str) -> Source:
    return Source(
        data, data.given_name.strip(), data.family_name.strip(), data.best_name(), org_id, org_name
    )


def _display_name_set(s: Source) -> int:
    typed = s.data.display_name.strip()
    return int(bool(typed) and typed != " ".join(p for p in (s.given, s.family) if p))


def _birthday(row: StoredRow) -> PartialDate | None:
    month, day, year = row["birthday_month"], row["birthday_day"], row["birthday_year"]
    return PartialDate(month, day, year) if month and day else None


def _stripped(name: str) -> Callable[[Source], object]:
    return lambda s: getattr(s.data, name).strip()


def _as_is(name: str) -> Callable[[Source], object]:
    return attrgetter(f"data.{name}")


def _tags_text(s: Source) -> str:
    return ", ".join(sorted({t.strip() for t in s.data.tags if t.strip()}))


@dataclass(frozen=True)
class StoredColumn:
    """One column of ``contact``.

    Attributes:
        name: the column.
        write: its value from the data; None when the store keeps it (ids, stamps).
        field: the ``ContactData`` field it is read back into, if any.
        read: that field's value from the whole row (default: the column as stored).
    """

    name: str
    write: Callable[[Source], object] | None
    field: str | None = None
    read: Callable[[StoredRow], object] | None = None


def _bd(part: str) -> Callable[[Source], object]:
    return lambda s: getattr(s.data.birthday, part) if s.data.birthday else None


CONTACT_TABLE: tuple[StoredColumn, ...] = (
    StoredColumn("id", None, "id"),
    StoredColumn("uid", None, "uid"),
    StoredColumn("revision", None),
    StoredColumn("created_at", None),
    StoredColumn("updated_at", None),
    StoredColumn("deleted_at", None),
    StoredColumn("given_name", lambda s: s.given, "given_name"),
    StoredColumn("family_name", lambda s: s.family, "family_name"),
    StoredColumn(
        "display_name",
        lambda s: s.display,
        "display_name",
        lambda r: r["display_name"] if r["display_name_set"] else "",
    ),
    StoredColumn("display_name_set", _display_name_set),
    StoredColumn("nickname", _stripped("nickname"), "nickname"),
    StoredColumn("organization_id", lambda s: s.org_id),
    StoredColumn("job_title", _stripped("job_title"), "job_title"),
    StoredColumn("department", _stripped("department"), "department"),
    StoredColumn("circle", _as_is("circle"), "circle"),
    StoredColumn("how_met", _as_is("how_met"), "how_met"),
    StoredColumn("can_help_with", _as_is("can_help_with"), "can_help_with"),
    StoredColumn("location", _as_is("location"), "location"),
    StoredColumn("birthday_year", _bd("year"), "birthday", _birthday),
    StoredColumn("birthday_month", _bd("month")),
    StoredColumn("birthday_day", _bd("day")),
    StoredColumn("notes", _as_is("notes"), "notes"),
    StoredColumn(
        "photo",
        _as_is("photo"),
        "photo",
        lambda r: bytes(r["photo"]) if r["photo"] else None,
    ),
    StoredColumn("cadence_days", _as_is("cadence_days"), "cadence_days"),
    StoredColumn("snoozed_until", None),
    StoredColumn(
        "favourite", lambda s: int(s.data.favourite), "favourite", lambda r: bool(r["favourite"])
    ),
    StoredColumn("archived", None),
    StoredColumn("sort_key", lambda s: memo_sort_key(s.display)),
    StoredColumn("sort_script", lambda s: 1 if is_arabic_script(s.display) else 0),
    StoredColumn("org_name", lambda s: s.org_name, "organization"),
    StoredColumn("org_sort", lambda s: memo_fold(s.org_name)),
    StoredColumn("tags_text", _tags_text),
    StoredColumn(
        "primary_email", lambda s: s.data.emails[0].value.strip() if s.data.emails else ""
    ),
    StoredColumn(
        "primary_phone", lambda s: s.data.phones[0].value.strip() if s.data.phones else ""
    ),
    StoredColumn("last_contact", None),
    StoredColumn("next_due", None),
    StoredColumn("second_name", _stripped("second_name"), "second_name"),
    StoredColumn(
        "card_image",
        _as_is("card_image"),
        "card_image",
        lambda r: bytes(r["card_image"]) if r["card_image"] else None,
    ),
)

COLUMN_NAMES = tuple(c.name for c in CONTACT_TABLE)
# The columns the store keeps rather than computes from the data.
KEPT = frozenset(c.name for c in CONTACT_TABLE if c.write is None)
_WRITERS = tuple((c.name, c.write) for c in CONTACT_TABLE)
_READ = tuple(c for c in CONTACT_TABLE if c.field is not None)
# The columns a read needs: those read back, and those their readers look at.
READ_COLUMNS = (
    *(c.name for c in _READ),
    "display_name_set",
    "birthday_month",
    "birthday_day",
)
# Fields read as stored (by position in READ_COLUMNS), and those worked out from the row.
_PLAIN_FIELDS = tuple(str(c.field) for c in _READ if c.read is None)
_PLAIN_VALUES = itemgetter(*(i for i, c in enumerate(_READ) if c.read is None))
_WORKED_OUT = tuple((str(c.field), c.read) for c in _READ if c.read is not None)


def contact_row(s: Source, kept: Mapping[str, object]) -> Row:
    """The ``contact`` row in ``COLUMN_NAMES`` order; ``kept`` holds the store's columns."""
    return tuple([kept[name] if write is None else write(s) for name, write in _WRITERS])


def contact_data(row: Sequence[Any]) -> ContactData:
    """A contact's own fields from its row (``READ_COLUMNS`` in order); children are added
    after."""
    values: dict[str, Any] = dict(zip(_PLAIN_FIELDS, _PLAIN_VALUES(row), strict=True))
    by_name = dict(zip(READ_COLUMNS, row, strict=True))
    for name, read in _WORKED_OUT:
        values[name] = read(by_name)
    return ContactData(**values)


# The contact columns that feed the search index, in index order.
FTS_FIELDS = (
    "display_name",
    "second_name",
    "given_name",
    "family_name",
    "nickname",
    "org_name",
    "job_title",
    "department",
    "location",
    "tags_text",
    "notes",
    "how_met",
    "can_help_with",
)
FTS_POSITIONS = tuple(COLUMN_NAMES.index(name) for name in FTS_FIELDS)


def fts_body(
    fields: Iterable[str],
    emails: Iterable[str],
    phones: Iterable[tuple[str, str]],
    fold_text: Callable[[str], str] = fold,
) -> str:
    """The folded search text of a contact.

    ``fields`` are the ``FTS_FIELDS`` values, ``phones`` (value, value_key) pairs. The
    bulk writer passes a memoised ``fold`` as ``fold_text``.
    """
    parts = [*fields, *emails]
    for value, key in phones:
        parts += [value, digits_only(value), key]
    return " \u2028 ".join(fold_text(p) for p in parts if p)


def unique_values(items: list[Labeled], key: Callable[[str], str]) -> list[Labeled]:
    """Drop blanks and repeats of the same key (two spellings of one phone), keep order."""
    out: list[Labeled] = []
    seen: set[str] = set()
    for item in items:
        k = key(item.value)
        if item.value.strip() and k not in seen:
            seen.add(k)
            out.append(item)
    return out


@dataclass
class Children:
    """A contact's child rows, table by table, and what the search index takes of them."""

    emails: list[Row] = field(default_factory=list)
    phones: list[Row] = field(default_factory=list)
    addresses: list[Row] = field(default_factory=list)
    links: list[Row] = field(default_factory=list)
    # For the search index: the kept emails, and phones as (value, value_key).
    email_values: list[str] = field(default_factory=list)
    phone_values: list[tuple[str, str]] = field(default_factory=list)


# Child table -> its columns, in the order ``child_rows`` builds them.
CHILD_COLUMNS = {
    "contact_email": "contact_id value value_key label position",
    "contact_phone": "contact_id value value_key label position",
    "contact_address": "contact_id value label position",
    "contact_link": "contact_id url url_key kind position",
    "contact_tag": "contact_id tag_id",
}


def child_rows(cid: int, data: ContactData, region: str) -> Children:
    """Emails, phones, addresses and links of one contact, blanks and repeats dropped."""
    out = Children()
    for i, e in enumerate(unique_values(data.emails, lambda v: v.strip().lower())):
        value = e.value.strip()
        out.emails.append((cid, value, value.lower(), e.label, i))
        out.email_values.append(value)
    phone_keys = {p.value: phone_key(p.value, region) for p in data.phones}
    for i, p in enumerate(unique_values(data.phones, phone_keys.__getitem__)):
        value = p.value.strip()
        out.phones.append((cid, value, phone_keys[p.value], p.label, i))
        out.phone_values.append((value, phone_keys[p.value]))
    addresses = [a for a in data.addresses if a.value.strip()]
    out.addresses = [(cid, a.value.strip(), a.label, i) for i, a in enumerate(addresses)]
    for i, u in enumerate(unique_values(data.urls, url_key)):
        kind = link_kind(u.value).value  # by the host, never the label a file gave
        out.links.append((cid, normalise_url(u.value), url_key(u.value), kind, i))
    return out
