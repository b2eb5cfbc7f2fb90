"""Follow-ups as VTODO, pushed only: one to-do per contact due soon, uid from the contact.

A to-do completed or edited on a phone is overwritten when the follow-up changes here;
one deleted on the server stays deleted until the due date moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from netdesk.db.records import Contact
from netdesk.sync.dav import DavClient
from netdesk.sync.errors import PreconditionFailed
from netdesk.sync.ical import follow_up_uid, todo_text
from netdesk.sync.records import TODO, SyncItem
from netdesk.sync.report import SyncReport


def push_follow_ups(
    client: DavClient,
    account: str,
    items: list[SyncItem],
    path_for: Callable[[str], str],
    report: SyncReport,
    horizon: dt.date,
) -> None:
    """Create, update or delete the to-dos so the server holds those due by ``horizon``."""
    due = Contact.select(
        Contact.uid, Contact.display_name, Contact.next_due, Contact.last_contact
    ).where(
        Contact.deleted_at.is_null()
        & ~Contact.archived
        & Contact.next_due.is_null(False)
        & (Contact.next_due <= horizon)
    )
    wanted = {
        follow_up_uid(c.uid): todo_text(
            c.uid,
            c.display_name,
            c.next_due,
            c.last_contact.date() if c.last_contact else None,
        )
        for c in due
    }
    by_uid = {i.uid: i for i in items}
    for uid, text in wanted.items():
        item = by_uid.get(uid)
        if item is None or item.base != text:
            _put(client, account, uid, text, item, path_for)
            report.todos_pushed += 1
    for uid, item in by_uid.items():
        if uid in wanted:
            continue
        if item.etag:
            try:
                client.delete(item.href, item.etag)
            except PreconditionFailed:
                client.delete(item.href, None)
            report.deleted_there += 1
        item.delete_instance()


def _put(
    client: DavClient,
    account: str,
    uid: str,
    text: str,
    item: SyncItem | None,
    path_for: Callable[[str], str],
) -> None:
    href = item.href if item is not None else path_for(uid)
    etag = (item.etag or None) if item is not None else None
    try:
        new_etag = client.put(href, text, "text/calendar", etag)
    except PreconditionFailed:
        # Push-only: whatever a phone did to the to-do, NetDesk's version replaces it.
        current = client.get(href)
        new_etag = client.put(href, text, "text/calendar", current.etag if current else None)
    if item is None:
        item = SyncItem(account=account, kind=TODO, uid=uid, revision=0)
    item.href, item.etag, item.base = href, new_etag or "", text
    item.save()
