"""Export in the current Google Contacts CSV layout (what contacts.google.com
exports and imports), so the file also opens in Outlook and spreadsheets.

Photos are not exported (the layout's "Photo" column holds a URL, not image
data); NetDesk's own fields go into Google "Custom Field" columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from netdesk.domain.contact_data import ContactData
from netdesk.io.csv_formats import NETDESK_CUSTOM_FIELDS

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NAME_COLUMNS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
]
_ADDRESS_PARTS = [
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
]


def neutralise(cell: str) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection).

    A leading apostrophe is how spreadsheets mark "this is text", and they hide
    it when displaying the cell. Phone numbers such as "+20 100 123 4567" are
    neutralised too: a "+" cell is a formula to Excel, and the apostrophe keeps
    the number exactly as written. NetDesk's own reader removes the apostrophe.
    """
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _header(emails: int, phones: int, addresses: int, sites: int, customs: int) -> list[str]:
    header = list(_NAME_COLUMNS)
    for n in range(1, emails + 1):
        header += [f"E-mail {n} - Label", f"E-mail {n} - Value"]
    for n in range(1, phones + 1):
        header += [f"Phone {n} - Label", f"Phone {n} - Value"]
    for n in range(1, addresses + 1):
        header += [f"Address {n} - Label", f"Address {n} - Formatted"]
        header += [f"Address {n} - {part}" for part in _ADDRESS_PARTS]
    for n in range(1, sites + 1):
        header += [f"Website {n} - Label", f"Website {n} - Value"]
    for n in range(1, customs + 1):
        header += [f"Custom Field {n} - Label", f"Custom Field {n} - Value"]
    return header


def _customs(c: ContactData) -> list[tuple[str, str]]:
    values = {
        "circle": c.circle,
        "how_met": c.how_met,
        "can_help_with": c.can_help_with,
        "cadence_days": str(c.cadence_days) if c.cadence_days else "",
        "location": c.location,
    }
    return [(label, values[attr]) for label, attr in NETDESK_CUSTOM_FIELDS.items() if values[attr]]


def _row(c: ContactData, counts: tuple[int, int, int, int, int]) -> list[str]:
    labels = ["* myContacts", *(["* starred"] if c.favourite else []), *c.tags]
    row = [
        c.given_name,
        "",
        c.family_name,
        "",
        "",
        "",
        "",
        "",
        c.nickname,
        c.display_name,
        c.organization,
        c.job_title,
        c.department,
        c.birthday.iso() if c.birthday else "",
        c.notes,
        "",
        " ::: ".join(labels),
    ]
    emails, phones, addresses, sites, customs = counts
    for items, width in ((c.emails, emails), (c.phones, phones)):
        for n in range(width):
            row += [items[n].label, items[n].value] if n < len(items) else ["", ""]
    for n in range(addresses):
        if n < len(c.addresses):
            row += [c.addresses[n].label, c.addresses[n].value]
        else:
            row += ["", ""]
        row += [""] * len(_ADDRESS_PARTS)
    for n in range(sites):
        row += [c.urls[n].label, c.urls[n].value] if n < len(c.urls) else ["", ""]
    extra = _customs(c)
    for n in range(customs):
        row += list(extra[n]) if n < len(extra) else ["", ""]
    return [neutralise(cell) for cell in row]


def write_csv(contacts: Iterable[ContactData]) -> str:
    """Contacts as Google Contacts CSV text (CRLF rows; save as UTF-8 with a BOM
    if Excel must open it directly)."""
    people = list(contacts)
    counts = (
        max((len(c.emails) for c in people), default=0) or 1,
        max((len(c.phones) for c in people), default=0) or 1,
        max((len(c.addresses) for c in people), default=0) or 1,
        max((len(c.urls) for c in people), default=0) or 1,
        max((len(_customs(c)) for c in people), default=0),
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_header(*counts))
    for c in people:
        writer.writerow(_row(c, counts))
    return out.getvalue()
