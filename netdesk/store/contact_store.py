"""Reading and writing contacts as plain data, without Qt.

The QObject services wrap these functions with undo and change signals; the
command-line tools and tests may call them directly inside a transaction.
"""

from __future__ import annotations

import datetime as dt

from netdesk.db.connection import database
from netdesk.db.records import (
    Contact,
    Organization,
    PastOrganization,
    Tag,
    utcnow,
)
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.text import fold
from netdesk.store import bulk
from netdesk.store.activity import refresh_activity
from netdesk.store.contact_rows import FTS_FIELDS, READ_COLUMNS, contact_data, fts_body


def organization_for(name: str) -> Organization | None:
    name = name.strip()
    if not name:
        return None
    key = fold(name)
    org: Organization | None = Organization.get_or_none(Organization.name_key == key)
    if org is None:
        org = Organization.create(name=name, name_key=key)
    return org


def tag_for(name: str) -> Tag:
    key = fold(name)
    tag: Tag | None = Tag.get_or_none(Tag.name_key == key)
    if tag is None:
        tag = Tag.create(name=name.strip(), name_key=key)
    return tag


def save_contact(data: ContactData, contact_id: int | None = None, region: str = "") -> int:
    """Insert (``contact_id`` None) or replace a contact's fields; return its id.

    One contact through the bulk writer, so both write every column the same way.
    """
    with database.atomic():
        if contact_id is None:
            return bulk.insert_contacts([(data, str(utcnow()))], region)[0]
        try:
            bulk.update_contacts([(contact_id, data)], region, remember_moves=True)
        except bulk.MissingContactError as e:
            raise Contact.DoesNotExist(str(e)) from e
        return contact_id


def past_organizations(contact_id: int) -> list[tuple[int, dt.date]]:
    return [
        (p.organization_id, p.left_on)
        for p in PastOrganization.select().where(PastOrganization.contact == contact_id)
    ]


def set_past_organizations(contact_id: int, rows: list[tuple[int, dt.date]]) -> None:
    """Put back a contact's work history exactly (undo of an edit)."""
    PastOrganization.delete().where(PastOrganization.contact == contact_id).execute()
    for org_id, left_on in rows:
        PastOrganization.insert(contact=contact_id, organization=org_id, left_on=left_on).execute()


def reindex(contact_ids: list[int]) -> None:
    """Rewrite many contacts' rows in the search index: a few queries per 500 contacts.

    Undoing a large import deletes and restores that many rows, which one contact at a
    time would make a wait of its own.
    """
    fields = ", ".join(f'"{name}"' for name in FTS_FIELDS)
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", chunk)
        live = {
            r[0]: r[1:]
            for r in database.execute_sql(
                f"SELECT id, {fields} FROM contact WHERE id IN ({marks}) AND deleted_at IS NULL",
                chunk,
            )
        }
        if not live:
            continue
        emails: dict[int, list[str]] = {cid: [] for cid in live}
        for cid, value in database.execute_sql(
            f"SELECT contact_id, value FROM contact_email WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, position",
            chunk,
        ):
            if cid in emails:
                emails[cid].append(value)
        phones: dict[int, list[tuple[str, str]]] = {cid: [] for cid in live}
        for cid, value, key in database.execute_sql(
            f"SELECT contact_id, value, value_key FROM contact_phone WHERE contact_id IN "
            f"({marks}) ORDER BY contact_id, position",
            chunk,
        ):
            if cid in phones:
                phones[cid].append((value, key))
        database.cursor().executemany(
            "INSERT INTO contact_fts(rowid, body) VALUES (?, ?)",
            [(cid, fts_body(live[cid], emails[cid], phones[cid])) for cid in sorted(live)],
        )


_CONTACT_SQL = f"SELECT {', '.join(READ_COLUMNS)} FROM contact WHERE id IN ({{}})"
_CHILD_SQL = {
    "emails": "SELECT contact_id, value, label FROM contact_email WHERE contact_id IN ({}) "
    "ORDER BY contact_id, position",
    "phones": "SELECT contact_id, value, label FROM contact_phone WHERE contact_id IN ({}) "
    "ORDER BY contact_id, position",
    "addresses": "SELECT contact_id, value, label FROM contact_address "
    "WHERE contact_id IN ({}) ORDER BY contact_id, position",
    "urls": "SELECT contact_id, url, kind FROM contact_link WHERE contact_id IN ({}) "
    "ORDER BY contact_id, position",
    "tags": "SELECT ct.contact_id, t.name, '' FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
    "WHERE ct.contact_id IN ({})",
}


def load_contact(contact_id: int) -> ContactData:
    found = load_contacts([contact_id])
    if contact_id not in found:
        raise Contact.DoesNotExist(f"no contact {contact_id}")
    return found[contact_id]


def load_contacts(contact_ids: list[int]) -> dict[int, ContactData]:
    """Full data of many contacts in a handful of queries (imports, merges, export)."""
    out: dict[int, ContactData] = {}
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in database.execute_sql(_CONTACT_SQL.format(marks), chunk):
            data = contact_data(r)
            out[data.id] = data  # type: ignore[index]
        for attr, sql in _CHILD_SQL.items():
            for cid, value, label in database.execute_sql(sql.format(marks), chunk):
                if cid in out:
                    target = getattr(out[cid], attr)
                    target.append(value if attr == "tags" else Labeled(value, label))
    for data in out.values():
        data.tags.sort(key=fold)
    return out


def contact_with_email(emails: list[str]) -> int | None:
    """The live contact that has one of ``emails`` (compared case-blind), if any."""
    keys = [e.strip().lower() for e in emails if e.strip()]
    if not keys:
        return None
    row = database.execute_sql(
        "SELECT c.id FROM contact_email e JOIN contact c ON c.id = e.contact_id "
        f"WHERE e.value_key IN ({','.join('?' * len(keys))}) AND c.deleted_at IS NULL "
        "ORDER BY c.id LIMIT 1",
        keys,
    ).fetchone()
    return int(row[0]) if row else None


def set_deleted(contact_ids: list[int], deleted: bool) -> None:
    with database.atomic():
        stamp = utcnow() if deleted else None
        Contact.update(deleted_at=stamp, updated_at=utcnow(), revision=Contact.revision + 1).where(
            Contact.id.in_(contact_ids)
        ).execute()
        reindex(contact_ids)


def set_snooze(contact_ids: list[int], until: dt.date | None) -> None:
    """Push the next due date out to ``until`` (None: cancel the snooze)."""
    with database.atomic():
        Contact.update(snoozed_until=until, updated_at=utcnow()).where(
            Contact.id.in_(contact_ids)
        ).execute()
        refresh_activity(contact_ids)


def snoozed(contact_ids: list[int]) -> dict[int, dt.date | None]:
    return {
        c.id: c.snoozed_until
        for c in Contact.select(Contact.id, Contact.snoozed_until).where(
            Contact.id.in_(contact_ids)
        )
    }


TRASH_DAYS = 30


def purge(contact_ids: list[int]) -> None:
    """Delete contacts for good, leaving a tombstone so sync can delete them elsewhere."""
    from netdesk.db.records import Tombstone

    with database.atomic():
        for c in Contact.select(Contact.id, Contact.uid).where(Contact.id.in_(contact_ids)):
            Tombstone.insert(entity="contact", uid=c.uid).on_conflict_replace().execute()
        if contact_ids:
            marks = ",".join("?" * len(contact_ids))
            database.execute_sql(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", contact_ids)
        Contact.delete().where(Contact.id.in_(contact_ids)).execute()


def expired_trash(now: dt.datetime, days: int = TRASH_DAYS) -> list[int]:
    cutoff = now - dt.timedelta(days=days)
    return [
        c.id
        for c in Contact.select(Contact.id).where(
            Contact.deleted_at.is_null(False) & (Contact.deleted_at < cutoff)
        )
    ]
