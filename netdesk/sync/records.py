"""Sync state kept beside the network, per account (schema step 2).

``SyncCollection`` holds the collection URL and its RFC 6578 sync token. ``SyncItem`` is
what NetDesk last agreed with the server about one record: where it lives (``href``), the
server's ``etag``, the local ``revision`` it matched, and the text both sides then held
(``base``), which is the common ancestor of the next three-way merge. ``SyncConflict``
keeps a remote value that lost against a local edit of the same field, for the user.
"""

from __future__ import annotations

from peewee import DateTimeField, IntegerField, TextField

from netdesk.db.records import BaseRecord, utcnow

CONTACT = "contact"
JOURNAL = "journal"
TODO = "todo"
IGNORED = "ignored"  # calendar resources that are not NetDesk's: never fetched again
ADDRESSBOOK = "addressbook"
CALENDAR = "calendar"


class SyncCollection(BaseRecord):
    account = TextField()
    kind = TextField()  # ADDRESSBOOK or CALENDAR
    url = TextField()
    sync_token = TextField(default="")
    synced_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("account", "kind"), True),)


class SyncItem(BaseRecord):
    account = TextField()
    kind = TextField()  # CONTACT, JOURNAL or TODO
    uid = TextField()
    href = TextField()
    etag = TextField(default="")  # "": unknown, or the resource is gone from the server
    revision = IntegerField(default=0)
    base = TextField(default="")

    class Meta:
        indexes = ((("account", "kind", "uid"), True), (("account", "href"), False))


class SyncConflict(BaseRecord):
    account = TextField()
    entity = TextField()  # CONTACT or JOURNAL
    uid = TextField()
    field = TextField()
    local_value = TextField(default="")
    remote_value = TextField(default="")
    remote_data = TextField(default="")  # the whole remote vCard / iCalendar text
    created_at = DateTimeField(default=utcnow)
    resolved_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("entity", "uid"), False),)


SYNC_RECORDS: list[type[BaseRecord]] = [SyncCollection, SyncItem, SyncConflict]
