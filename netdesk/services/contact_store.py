"""Reading and writing contacts as plain data, without Qt.

The QObject services wrap these functions with undo and change signals; the
command-line tools and tests may call them directly inside a transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from netdesk.db.connection import database
from netdesk.db.records import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactLink,
    ContactPhone,
    ContactTag,
    Organization,
    PastOrganization,
    Tag,
    utcnow,
)
from netdesk.domain.cadence import next_due
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.dates import PartialDate
from netdesk.domain.links import link_kind, normalise_url, url_key
from netdesk.domain.phones import phone_key
from netdesk.domain.text import digits_only, fold, is_arabic_script, sort_key
from netdesk.services.photos import bounded_photo


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
    """Insert (``contact_id`` None) or replace a contact's fields; return its id."""
    with database.atomic():
        record = Contact() if contact_id is None else Contact.get_by_id(contact_id)
        if data.uid and contact_id is None:
            record.uid = data.uid
        record.given_name = data.given_name.strip()
        record.family_name = data.family_name.strip()
        record.display_name_set = bool(data.display_name.strip()) and (
            data.display_name.strip()
            != " ".join(p for p in (record.given_name, record.family_name) if p)
        )
        record.display_name = data.best_name()
        record.nickname = data.nickname.strip()
        org = organization_for(data.organization)
        if contact_id is not None:
            _remember_move(contact_id, record.organization_id, org.id if org else None)
        record.organization = org
        record.org_name = org.name if org else ""
        record.org_sort = fold(record.org_name)
        record.job_title = data.job_title.strip()
        record.department = data.department.strip()
        record.circle = data.circle
        record.how_met = data.how_met
        record.can_help_with = data.can_help_with
        record.location = data.location
        bd = data.birthday
        record.birthday_year = bd.year if bd else None
        record.birthday_month = bd.month if bd else None
        record.birthday_day = bd.day if bd else None
        record.notes = data.notes
        record.photo = bounded_photo(data.photo)
        record.cadence_days = data.cadence_days
        record.favourite = data.favourite
        record.sort_key = sort_key(record.display_name)
        record.sort_script = 1 if is_arabic_script(record.display_name) else 0
        record.primary_email = data.emails[0].value.strip() if data.emails else ""
        record.primary_phone = data.phones[0].value.strip() if data.phones else ""
        record.tags_text = ", ".join(sorted({t.strip() for t in data.tags if t.strip()}))
        record.updated_at = utcnow()
        if contact_id is not None:
            record.revision += 1
        record.save()
        _replace_children(record, data, region)
        refresh_activity([record.id])
        reindex([record.id])
        return int(record.id)


def _remember_move(contact_id: int, old: int | None, new: int | None) -> None:
    """Keep where a contact worked before; coming back to a place makes it current again."""
    if old == new:
        return
    if old is not None:
        PastOrganization.insert(
            contact=contact_id, organization=old, left_on=dt.date.today()
        ).on_conflict_replace().execute()
    if new is not None:
        PastOrganization.delete().where(
            (PastOrganization.contact == contact_id) & (PastOrganization.organization == new)
        ).execute()


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


def _replace_children(record: Contact, data: ContactData, region: str) -> None:
    for child in (ContactEmail, ContactPhone, ContactAddress, ContactLink, ContactTag):
        child.delete().where(child.contact == record.id).execute()
    emails = unique_values(data.emails, lambda v: v.strip().lower())
    if emails:
        ContactEmail.insert_many(
            [
                {
                    "contact": record.id,
                    "value": e.value.strip(),
                    "value_key": e.value.strip().lower(),
                    "label": e.label,
                    "position": i,
                }
                for i, e in enumerate(emails)
            ]
        ).execute()
    phones = unique_values(data.phones, lambda v: phone_key(v, region))
    if phones:
        ContactPhone.insert_many(
            [
                {
                    "contact": record.id,
                    "value": p.value.strip(),
                    "value_key": phone_key(p.value, region),
                    "label": p.label,
                    "position": i,
                }
                for i, p in enumerate(phones)
            ]
        ).execute()
    addresses = [a for a in data.addresses if a.value.strip()]
    if addresses:
        ContactAddress.insert_many(
            [
                {"contact": record.id, "value": a.value.strip(), "label": a.label, "position": i}
                for i, a in enumerate(addresses)
            ]
        ).execute()
    links = unique_values(data.urls, url_key)
    if links:
        ContactLink.insert_many(
            [
                {
                    "contact": record.id,
                    "url": normalise_url(u.value),
                    "url_key": url_key(u.value),
                    # By the host, never the label the caller gave (see domain.links).
                    "kind": link_kind(u.value).value,
                    "position": i,
                }
                for i, u in enumerate(links)
            ]
        ).execute()
    seen: set[int] = set()
    for name in data.tags:
        if name.strip():
            tag = tag_for(name)
            if tag.id not in seen:
                seen.add(tag.id)
                ContactTag.insert(contact=record.id, tag=tag.id).execute()


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


# The contact columns that feed the search index, in index order.
FTS_FIELDS = (
    "display_name",
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


def fts_body(
    fields: Iterable[str],
    emails: Iterable[str],
    phones: Iterable[tuple[str, str]],
    fold_text: Callable[[str], str] = fold,
) -> str:
    """The folded search text of a contact.

    ``fields`` are the ``FTS_FIELDS`` values, ``phones`` (value, value_key) pairs. Shared with
    the bulk writer in ``netdesk.sample``, which passes a memoised ``fold`` as ``fold_text``.
    """
    parts = [*fields, *emails]
    for value, key in phones:
        parts += [value, digits_only(value), key]
    return " \u2028 ".join(fold_text(p) for p in parts if p)


def reindex(contact_ids: list[int]) -> None:
    """Rewrite many contacts' rows in the search index: a few queries per 500 contacts.

    Undoing a 10,000-contact import deletes and restores that many rows; one contact at
    a time that took 14 s at 100,000 contacts.
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


_CONTACT_SQL = (
    "SELECT id, uid, given_name, family_name, display_name, display_name_set, nickname, "
    "org_name, job_title, department, circle, how_met, can_help_with, location, "
    "birthday_year, birthday_month, birthday_day, notes, photo, cadence_days, favourite "
    "FROM contact WHERE id IN ({})"
)
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
            bd = PartialDate(r[15], r[16], r[14]) if r[15] and r[16] else None
            out[r[0]] = ContactData(
                id=r[0],
                uid=r[1],
                given_name=r[2],
                family_name=r[3],
                display_name=r[4] if r[5] else "",
                nickname=r[6],
                organization=r[7],
                job_title=r[8],
                department=r[9],
                circle=r[10],
                how_met=r[11],
                can_help_with=r[12],
                location=r[13],
                birthday=bd,
                notes=r[17],
                photo=bytes(r[18]) if r[18] else None,
                cadence_days=r[19],
                favourite=bool(r[20]),
            )
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


def refresh_activity(contact_ids: list[int]) -> None:
    """Recompute last contact and next due from live interactions and open asks' follow-ups.

    Next due is a date; whether it is overdue is judged by each reader against its today.
    A few queries and one ``executemany`` for any number of contacts: an import refreshes
    a thousand merged contacts at once (one peewee UPDATE each took 0.3 s).
    """
    ids = list(dict.fromkeys(contact_ids))
    updates: list[tuple[str | None, str | None, int]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        last = {
            cid: _as_datetime(when)
            for cid, when in database.execute_sql(
                "SELECT p.contact_id, MAX(i.happened_at) FROM participant p "
                "JOIN interaction i ON i.id = p.interaction_id "
                f"WHERE i.deleted_at IS NULL AND p.contact_id IN ({marks}) "
                "GROUP BY p.contact_id",
                chunk,
            )
        }
        chase = ask_follow_ups(chunk)
        for cid, created, cadence, snoozed in database.execute_sql(
            "SELECT id, created_at, cadence_days, snoozed_until FROM contact "
            f"WHERE id IN ({marks})",
            chunk,
        ):
            when = last.get(cid)
            created_at = _as_datetime(created)
            assert created_at is not None  # NOT NULL column
            due = next_due(
                when.date() if when else None,
                created_at.date(),
                cadence,
                dt.date.fromisoformat(str(snoozed)[:10]) if snoozed else None,
                chase.get(cid),
            )
            # The text peewee would store for a datetime and a date.
            updates.append((str(when) if when else None, str(due) if due else None, cid))
    if updates:
        database.cursor().executemany(
            "UPDATE contact SET last_contact = ?, next_due = ? WHERE id = ?", updates
        )


def ask_follow_ups(contact_ids: list[int]) -> dict[int, dt.date]:
    """The earliest follow-up date of each contact's open asks (at most 500 ids)."""
    marks = ",".join("?" * len(contact_ids))
    return {
        cid: dt.date.fromisoformat(str(day)[:10])
        for cid, day in database.execute_sql(
            "SELECT contact_id, MIN(follow_up) FROM ask "
            "WHERE deleted_at IS NULL AND status = 'open' AND follow_up IS NOT NULL "
            f"AND contact_id IN ({marks}) GROUP BY contact_id",
            contact_ids,
        )
    }


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


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
