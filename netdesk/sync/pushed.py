"""What every kind of synced resource does after a PUT or before a DELETE on the server.

Contacts, journals and the ledger's events, asks and introductions each render their own text,
but remember a pushed resource and delete one the same way: kept in one place so a fix to how
an ETag or a refused delete is handled reaches all of them.
"""

from __future__ import annotations

from netdesk.sync.dav import DavClient
from netdesk.sync.errors import PreconditionFailed
from netdesk.sync.records import SyncItem
from netdesk.sync.report import SyncReport


def remember_pushed(
    item: SyncItem | None,
    *,
    account: str,
    kind: str,
    uid: str,
    href: str,
    etag: str | None,
    text: str,
    revision: int,
) -> SyncItem:
    """Record what the server now holds, so the next sync compares against it (its base)."""
    if item is None:
        item = SyncItem(account=account, kind=kind, uid=uid)
    item.href, item.etag, item.base, item.revision = href, etag or "", text, revision
    item.save()
    return item


def delete_there(client: DavClient, item: SyncItem, report: SyncReport) -> bool:
    """Delete the server's copy and forget it; False when it was edited there meanwhile.

    A refused delete keeps the item: the next pull brings the other side's edit back rather
    than losing it.
    """
    try:
        client.delete(item.href, item.etag or None)
    except PreconditionFailed:
        return False
    SyncItem.delete().where(SyncItem.id == item.id).execute()
    report.deleted_there += 1
    return True
