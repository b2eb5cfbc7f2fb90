"""Exporting contacts as vCard, CSV (Google layout) or JSON."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from netdesk.domain.contact_data import ContactData
from netdesk.domain.unicode_policy import clean_text
from netdesk.store import contact_query, contact_store

if TYPE_CHECKING:
    from netdesk.io.ical_export import Wording


class ExportFormat(StrEnum):
    VCARD = "vcf"
    CSV = "csv"
    JSON = "json"


SUFFIX = {ExportFormat.VCARD: ".vcf", ExportFormat.CSV: ".csv", ExportFormat.JSON: ".json"}


def contacts_for_export(ids: list[int] | None = None) -> list[ContactData]:
    """Full data of ``ids`` (default: every live contact, by name)."""
    if ids is None:
        ids = contact_query.query_ids(contact_query.ContactQuery(include_archived=True))
    found = contact_store.load_contacts(ids)
    return [found[cid] for cid in ids if cid in found]


def render(contacts: list[ContactData], fmt: ExportFormat, vcard_version: str = "4.0") -> str:
    """The export as text that always encodes as UTF-8 (no lone surrogate survives)."""
    return clean_text(_render(contacts, fmt, vcard_version))


def _render(contacts: list[ContactData], fmt: ExportFormat, vcard_version: str) -> str:
    if fmt is ExportFormat.VCARD:
        from netdesk.io.vcard import write_vcards

        return write_vcards(contacts, vcard_version)
    if fmt is ExportFormat.CSV:
        from netdesk.io.csv_export import write_csv

        return write_csv(contacts)
    from netdesk.io.json_format import write_json
    from netdesk.store.network_export import network_for_export

    # The JSON export is the whole network around these contacts, not only their cards.
    return write_json(contacts, network_for_export(contacts))


# How far ahead the follow-ups calendar reaches.
FOLLOW_UP_DAYS = 90


def follow_ups_ics(today: dt.date, wording: Wording | None = None) -> tuple[bytes, int]:
    """An iCalendar file of everyone due within ``FOLLOW_UP_DAYS`` of ``today``, and
    how many people it holds.

    ``wording`` holds the event texts in the user's language (the UI translates them).
    """
    from netdesk.io.ical_export import follow_ups_calendar
    from netdesk.store.due import due_contacts

    due = due_contacts(today, within_days=FOLLOW_UP_DAYS)
    details = contact_store.load_contacts([d.id for d in due])
    data = follow_ups_calendar(
        due,
        today,
        FOLLOW_UP_DAYS,
        wording=wording,
        uids={cid: d.uid for cid, d in details.items()},
        cadences={cid: d.cadence_days for cid, d in details.items()},
    )
    return data, len(due)
