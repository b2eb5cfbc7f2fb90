"""Exporting contacts as vCard, CSV (Google layout) or JSON."""

from __future__ import annotations

from enum import StrEnum

from netdesk.domain.contact_data import ContactData
from netdesk.store import contact_query, contact_store


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
    if fmt is ExportFormat.VCARD:
        from netdesk.io.vcard import write_vcards

        return write_vcards(contacts, vcard_version)
    if fmt is ExportFormat.CSV:
        from netdesk.io.csv_export import write_csv

        return write_csv(contacts)
    from netdesk.io.json_format import write_json

    return write_json(contacts)
