"""Remote values that lost against a local edit, for the user to look at and choose.

Resolving with the remote value writes it locally like any edit, so the next sync
uploads the choice; resolving with the local value only closes the conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.db.records import Contact, utcnow
from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.store.contact_store import load_contact, save_contact
from netdesk.store.interaction_store import save_interaction_by_uid
from netdesk.store.synced_ledger import KINDS as LEDGER_KINDS
from netdesk.sync.records import CONTACT, JOURNAL, SyncConflict


@dataclass(frozen=True, slots=True)
class Conflict:
    id: int
    entity: str  # "contact", "journal", "event", "ask" or "introduction"
    uid: str
    field: str  # a ContactData field name, or "*" for a whole journal entry
    local_value: str
    remote_value: str
    created_at: dt.datetime


def open_conflicts(uid: str | None = None) -> list[Conflict]:
    """Unresolved conflicts, oldest first; only those of record ``uid`` when given."""
    # Plain SQL: the card asks this for every contact selected.
    sql = (
        "SELECT id, entity, uid, field, local_value, remote_value, created_at "
        "FROM sync_conflict WHERE resolved_at IS NULL"
    )
    params: tuple[str, ...] = ()
    if uid is not None:
        sql += " AND uid = ?"
        params = (uid,)
    return [
        Conflict(r[0], r[1], r[2], r[3], r[4], r[5], dt.datetime.fromisoformat(str(r[6])))
        for r in database.execute_sql(sql + " ORDER BY id", params)
    ]


def contact_of(conflict_id: int) -> int | None:
    """The contact a conflict is about (None: a journal entry, or a contact since purged)."""
    row = database.execute_sql(
        "SELECT c.id FROM sync_conflict s JOIN contact c ON c.uid = s.uid "
        "WHERE s.id = ? AND s.entity = ?",
        (conflict_id, CONTACT),
    ).fetchone()
    return int(row[0]) if row else None


def resolve(conflict_id: int, take_remote: bool) -> None:
    """Close a conflict, first writing the remote value locally when ``take_remote``."""
    with database.atomic():
        conflict = SyncConflict.get_by_id(conflict_id)
        if take_remote and conflict.entity == CONTACT:
            _take_contact_field(conflict)
        elif take_remote and conflict.entity == JOURNAL:
            _take_journal(conflict)
        elif take_remote and conflict.entity in LEDGER_KINDS:
            _take_record_field(conflict)
        conflict.resolved_at = utcnow()
        conflict.save()


def _take_contact_field(conflict: SyncConflict) -> None:
    # The parsers load vobject and icalendar, slow to import: only when a conflict is resolved,
    # not each time a contact card asks for its open conflicts.
    from netdesk.sync.cards import parse_card

    remote = parse_card(conflict.remote_data)
    contact = Contact.get_or_none(Contact.uid == conflict.uid)
    if remote is None or contact is None:
        return
    data = load_contact(contact.id)
    setattr(data, conflict.field, getattr(remote, conflict.field))
    save_contact(data, contact.id)


def _take_record_field(conflict: SyncConflict) -> None:
    """An event's, ask's or introduction's field as the server had it."""
    from netdesk.store import synced_ledger
    from netdesk.sync.ledger_ical import parse

    remote = parse(conflict.remote_data, conflict.entity)
    local = synced_ledger.record(conflict.entity, conflict.uid)
    if remote is None or local is None:
        return
    fields = {**local.fields, conflict.field: remote.fields.get(conflict.field, "")}
    synced_ledger.write(conflict.entity, conflict.uid, fields)


def _take_journal(conflict: SyncConflict) -> None:
    from netdesk.sync.ical import parse_journal

    remote = parse_journal(conflict.remote_data)
    if remote is None:
        return
    ids = [c.id for c in Contact.select(Contact.id).where(Contact.uid.in_(remote.participants))]
    if not ids:
        return
    kind = remote.kind if remote.kind in set(InteractionKind) else InteractionKind.OTHER
    direction = remote.direction if remote.direction in set(Direction) else Direction.MUTUAL
    data = InteractionData(
        when=remote.when,
        kind=InteractionKind(kind),
        direction=Direction(direction),
        summary=remote.summary,
        notes=remote.notes,
    )
    save_interaction_by_uid(remote.uid, data, ids)
