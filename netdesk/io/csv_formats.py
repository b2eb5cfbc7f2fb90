"""Known CSV layouts: Google Contacts (current and legacy), Outlook, Thunderbird
and LinkedIn Connections, recognised by their headers.

All of them are read through ``csv_headers``'s shared header vocabulary; this
module adds what is particular to each layout (LinkedIn's "Connected On",
NetDesk's own fields in Google custom fields).
"""

from __future__ import annotations

import datetime as dt

from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.enums import InteractionKind
from netdesk.io.csv_dates import parse_date
from netdesk.io.csv_headers import Column, Field, normalise_header
from netdesk.io.csv_mapping import (
    RowHook,
    columns_for,
    guess_mapping,
    rows_to_contacts,
    unapostrophe,
)
from netdesk.io.csv_table import CsvTable, table_from_text
from netdesk.io.errors import ImportFormatError
from netdesk.io.outlook_headers import to_english

#: Google custom-field labels that carry NetDesk's own fields in its CSV export.
NETDESK_CUSTOM_FIELDS = {
    "NetDesk circle": "circle",
    "NetDesk how met": "how_met",
    "NetDesk can help with": "can_help_with",
    "NetDesk cadence days": "cadence_days",
    "NetDesk location": "location",
}


def detect_layout(headers: list[str]) -> str | None:
    """The known layout ``headers`` belong to, as a ParseResult format name."""
    h = {normalise_header(x) for x in to_english(headers)}
    if "connected on" in h and ("first name" in h or "url" in h):
        return "linkedin-csv"
    if "primary email" in h or ("secondary email" in h and "display name" in h):
        return "thunderbird-csv"
    if "email 1 - value" in h or "phone 1 - value" in h or "group membership" in h:
        return "google-csv"
    if "email address" in h or "business phone" in h or "mobile phone" in h:
        return "outlook-csv"
    return None


def _connected_on(index: int) -> RowHook:
    def hook(contact: ContactData, row: list[str]) -> None:
        date = parse_date(CsvTable.cell(row, index))
        if date is None or date.year is None:
            return
        when = dt.datetime(date.year, date.month, date.day)
        contact.interactions.append(
            InteractionData(when=when, kind=InteractionKind.SOCIAL, summary="Connected on LinkedIn")
        )

    return hook


def _custom_fields(columns: list[Column]) -> RowHook:
    pairs: dict[str, dict[str, int]] = {}
    for index, col in enumerate(columns):
        if col.part.startswith("custom-"):
            pairs.setdefault(col.group, {})[col.part.removeprefix("custom-")] = index

    def hook(contact: ContactData, row: list[str]) -> None:
        for pair in pairs.values():
            if "label" not in pair or "value" not in pair:
                continue
            attr = NETDESK_CUSTOM_FIELDS.get(unapostrophe(CsvTable.cell(row, pair["label"])))
            value = unapostrophe(CsvTable.cell(row, pair["value"]))
            if not attr or not value:
                continue
            if attr == "cadence_days":
                if value.isdigit() and 0 < int(value) <= 36_500:
                    contact.cadence_days = int(value)
            else:
                setattr(contact, attr, value)

    return hook


def read_known(table: CsvTable, layout: str, name: str) -> tuple[list[ContactData], list[str]]:
    """Contacts from a table in a known layout; the table's rows are used up."""
    warnings: list[str] = []
    columns = columns_for(table)
    normalised = [normalise_header(h) for h in table.headers or []]
    extra: RowHook | None = None
    if layout == "linkedin-csv" and "connected on" in normalised:
        extra = _connected_on(normalised.index("connected on"))
    elif layout == "google-csv":
        extra = _custom_fields(columns)
    # Each row goes once read: rows and contacts are never both whole in memory.
    contacts = rows_to_contacts(
        table, dict(enumerate(columns)), name, warnings, rows=table.drain(), extra=extra
    )
    return contacts, warnings


def read_csv_contacts(
    text: str, name: str, encoding: str = "utf-8"
) -> tuple[list[ContactData], list[str], str, CsvTable]:
    """Read decoded CSV text: a known layout, else the guessed column mapping.

    Returns:
        ``(contacts, warnings, format, table)``; ``format`` is ``"csv"`` when the
        layout is unknown: ``contacts`` then follow the guessed mapping, or are
        empty when no column was recognised (only names guessed from the cells),
        and the caller should let the user check or choose the mapping.

    Raises:
        ImportFormatError: no rows, plain text rather than a table (random text
            included), or no row holds a contact.
    """
    try:
        table = table_from_text(text, encoding)
    except ImportFormatError as exc:
        raise ImportFormatError(f"{name}: {exc}") from None
    layout = detect_layout(table.headers) if table.headers else None
    if layout is not None:
        contacts, warnings = read_known(table, layout, name)
        if not contacts:
            raise ImportFormatError(f"{name} has no rows with a name, email or phone.")
        return contacts, warnings, layout, table
    warnings = []
    mapping = guess_mapping(table)
    known = columns_for(table)
    reachable = set(mapping.values()) & {Field.EMAIL, Field.PHONE, Field.URL}
    if not reachable and (table.width < 2 or not table.rows):
        raise ImportFormatError(f"{name} is not a contact file: it is plain text, not a table.")
    if not reachable and not any(c.field is not Field.IGNORE for c in known):
        # At most names guessed from the cells, and any text looks like names: 1 MB
        # of random text became 47,117 junk contacts. A table goes to the user to
        # say what its columns hold; text split on its stray commas is refused.
        if not table.regular:
            raise ImportFormatError(f"{name} is not a contact file: it is text, not a table.")
        warnings.append(f"No column of {name} was recognised; choose what each column holds.")
        return [], warnings, "csv", table
    columns = {
        i: (known[i] if i < len(known) and known[i].field is f else Column(f))
        for i, f in mapping.items()
    }
    contacts = rows_to_contacts(table, columns, name, warnings)
    if contacts:
        return contacts, warnings, "csv", table
    raise ImportFormatError(f"{name} is not a contact file: no row has a name, email or phone.")
