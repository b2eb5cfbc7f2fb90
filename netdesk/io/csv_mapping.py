"""Column mapping: which CSV column feeds which contact field.

One header vocabulary serves every layout (Google, Outlook, Thunderbird,
LinkedIn, generic English and Arabic), so a known layout is read by the same
code as a user-mapped one; ``csv_formats`` only adds each layout's extras.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.links import link_kind, normalise_url
from netdesk.domain.validation import looks_like_email
from netdesk.io.cancel import checked
from netdesk.io.csv_dates import parse_date
from netdesk.io.csv_headers import Column, Field, classify, normalise_header
from netdesk.io.csv_table import CsvTable, looks_like_data
from netdesk.io.fields import email_address, not_emails_warning, tidy
from netdesk.io.outlook_headers import to_english


def columns_for(table: CsvTable) -> list[Column]:
    """Header meanings, with clashes resolved (Outlook's "Title" is "Mr.", not a job)."""
    headers = to_english(table.headers or [])
    columns = [classify(h) for h in headers]
    normalised = [normalise_header(h) for h in headers]
    if "job title" in normalised or "organization title" in normalised:
        columns = [
            Column(Field.IGNORE) if n == "title" else c
            for n, c in zip(normalised, columns, strict=True)
        ]
    return columns


def _guess_from_content(values: list[str], taken: set[Field]) -> Field:
    values = [v.strip() for v in values if v.strip()]
    if not values:
        return Field.IGNORE
    n = len(values)
    if sum(looks_like_email(v) for v in values) * 10 >= n * 6:
        return Field.EMAIL
    if (
        sum(bool(re.match(r"^(https?://|www\.)|linkedin\.com/", v, re.I)) for v in values) * 10
        >= n * 6
    ):
        return Field.URL
    if sum(looks_like_data(v) and sum(c.isdigit() for c in v) >= 6 for v in values) * 10 >= n * 6:
        return Field.PHONE
    if sum(any(ch.isalpha() for ch in v) for v in values) * 10 < n * 6:
        return Field.IGNORE
    multi_word = sum(" " in v for v in values) * 2 >= n
    for field in (
        (Field.DISPLAY_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME)
        if multi_word
        else (Field.GIVEN_NAME, Field.FAMILY_NAME)
    ):
        if field not in taken:
            return field
    return Field.IGNORE


def guess_mapping(table: CsvTable) -> dict[int, Field]:
    """Guess each column's field from its header (English or Arabic) or, with no
    header or an unknown one, from what the cells hold.

    Returns:
        Column index -> field, for every column of the table.
    """
    mapping: dict[int, Field] = {}
    columns = columns_for(table)
    for index, column in enumerate(columns):
        if column.field is not Field.IGNORE:
            mapping[index] = column.field
    taken = set(mapping.values())
    if table.headers is None or not mapping:
        for index in range(table.width):
            if index in mapping:
                continue
            values = [CsvTable.cell(row, index) for row in table.rows[:200]]
            field = _guess_from_content(values, taken)
            mapping[index] = field
            if field in (Field.DISPLAY_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME):
                taken.add(field)
    for index in range(table.width):
        mapping.setdefault(index, Field.IGNORE)
    return mapping


_ADDRESS_ORDER = ("street", "street2", "street3", "pobox", "extended", "city", "region", "postal")
# Outlook writes "0.0.00" or "0/0/00" for "no date".
_NO_DATE = re.compile(r"^[0\s./-]+$")
_SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts", "starred", "starred in android"})
_MULTI = " ::: "


def split_tags(value: str) -> tuple[list[str], bool]:
    """Tags from a groups/labels/categories cell, and whether "starred" was among them."""
    parts = value.split(":::") if ":::" in value else re.split(r"[;,]", value)
    tags: list[str] = []
    starred = False
    for part in parts:
        tag = part.strip()
        system = tag.startswith("*")
        tag = tag.lstrip("* ").strip()
        if tag.lower() in _SYSTEM_GROUPS:
            starred = starred or tag.lower().startswith("starred")
            continue
        if tag and not (system and not tag):
            tags.append(tag)
    return tags, starred


def clean_label(label: str) -> str:
    label = label.strip().lstrip("* ").strip()
    lower = label.lower()
    if lower in ("mobile", "home", "work", "other", "main", "pager", "fax", "home fax", "work fax"):
        return lower
    if lower in ("internet", "pref", "voice"):
        return ""
    return label


def unapostrophe(value: str) -> str:
    # Undo spreadsheet-formula neutralisation (see csv_export).
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _add_reachable(
    c: ContactData,
    col: Column,
    value: str,
    group_labels: list[str],
    not_emails: list[str] | None,
) -> None:
    """The emails or phones of one cell (Google joins several with ":::")."""
    for n, item in enumerate(value.split(":::")):
        label = col.label or (group_labels[n] if n < len(group_labels) else "")
        if col.field is Field.PHONE:
            c.phones.append(Labeled(item.strip(), label))
        elif address := email_address(item):
            c.emails.append(Labeled(address, label))
        elif item.strip() and not_emails is not None:
            not_emails.append(item.strip())


def build_contact(
    row: list[str],
    columns: Mapping[int, Column],
    warnings: list[str],
    where: str,
    not_emails: list[str] | None = None,
) -> ContactData:
    """One row to a contact, following ``columns`` (index -> meaning).

    Values of email columns that are not addresses are left out (and added to
    ``not_emails`` when given).
    """
    c = ContactData()
    labels: dict[str, list[str]] = {}
    addresses: dict[str, dict[str, str]] = {}
    birthday_parts: dict[str, str] = {}
    middle = ""
    notes: list[str] = []
    for index, col in columns.items():
        if col.part == "label":
            cell = unapostrophe(CsvTable.cell(row, index))
            labels[col.group] = [clean_label(x) for x in cell.split(":::")]
    for index, col in columns.items():
        value = unapostrophe(CsvTable.cell(row, index))
        if not value or col.part == "label" or col.field is Field.IGNORE:
            continue
        f = col.field
        if f in (Field.EMAIL, Field.PHONE):
            _add_reachable(c, col, value, labels.get(col.group, []), not_emails)
        elif f is Field.ADDRESS:
            key = col.group or f"col{index}"
            addresses.setdefault(key, {})[col.part or "formatted"] = value
            if col.label:
                labels.setdefault(key, [col.label])
        elif f is Field.URL:
            # A "Website - Label" column does not decide the kind: the host does.
            for item in value.split(":::"):
                url = normalise_url(item.strip())
                if url:
                    c.urls.append(Labeled(url, link_kind(url).value))
        elif f is Field.TAGS:
            tags, starred = split_tags(value)
            c.tags.extend(tags)
            c.favourite = c.favourite or starred
        elif f is Field.BIRTHDAY:
            if col.part:
                birthday_parts[col.part] = value
            elif c.birthday is None and not _NO_DATE.match(value):
                c.birthday = parse_date(value)
                if c.birthday is None:
                    warnings.append(f"{where}: birthday {value[:40]!r} is not a date.")
        elif f is Field.NOTES:
            notes.append(value)
        elif f is Field.MIDDLE_NAME:
            middle = value
        else:
            current = getattr(c, f.value)
            if not current:
                setattr(c, f.value, value)
    for key, parts in addresses.items():
        formatted = parts.get("formatted", "")
        pieces = [formatted] if formatted else [parts[p] for p in _ADDRESS_ORDER if parts.get(p)]
        if not formatted and parts.get("country"):
            pieces.append(parts["country"])
        lines = [ln.strip(" ,") for piece in pieces for ln in piece.splitlines()]
        text = ", ".join(ln for ln in lines if ln)
        if text:
            label = (labels.get(key) or [""])[0]
            c.addresses.append(Labeled(text, label))
    if birthday_parts and c.birthday is None:
        c.birthday = parse_date(
            "-".join(birthday_parts.get(k, "") for k in ("year", "month", "day")), parts=True
        )
    if middle and not c.display_name:
        c.display_name = " ".join(p for p in (c.given_name, middle, c.family_name) if p)
    c.notes = "\n".join(notes)
    return c


#: Called with each contact and the row it came from (a layout's extras).
RowHook = Callable[[ContactData, list[str]], None]


def rows_to_contacts(
    table: CsvTable,
    columns: Mapping[int, Column],
    name: str,
    warnings: list[str],
    *,
    rows: Iterable[list[str]] | None = None,
    extra: RowHook | None = None,
) -> list[ContactData]:
    """Every row with a name, email, phone or link, as contacts; others warned about.

    Args:
        rows: the rows to read, ``table.rows`` by default (``table.drain()``
            lets each row go once read).
        extra: applied to each contact with its row.
    """
    contacts: list[ContactData] = []
    not_emails: list[str] = []
    first_line = 2 if table.headers is not None else 1
    for n, row in enumerate(checked(table.rows if rows is None else rows)):
        where = f"row {n + first_line} of {name}"
        contact = build_contact(row, columns, warnings, where, not_emails)
        if contact.is_empty():
            if any(cell.strip() for cell in row):
                warnings.append(f"{where} has no name, email or phone; it was skipped.")
            continue
        contacts.append(tidy(contact, where, warnings))
        if extra is not None:
            extra(contact, row)
    if not_emails:
        warnings.append(not_emails_warning(not_emails, name))
    return contacts


def apply_mapping(table: CsvTable, mapping: Mapping[int, Field]) -> list[ContactData]:
    """Contacts from ``table`` with the user's (or guessed) column mapping.

    Labels and multi-column addresses still come from the headers when a
    column is mapped to the field its header names.
    """
    known = columns_for(table)
    columns: dict[int, Column] = {}
    for index, field in mapping.items():
        header = known[index] if index < len(known) else None
        if header is not None and header.field is field:
            columns[index] = header
        else:
            columns[index] = Column(field)
    return rows_to_contacts(table, columns, "the file", [])
