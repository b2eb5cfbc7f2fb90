"""Events, asks and introductions <-> one calendar, both ways, merged field by field.

Like contacts: ``SyncItem.base`` is the text both sides last agreed on, the common
ancestor of a three-way merge. A field changed on one side only takes that side's value;
a field changed on both keeps the local value, and the server's is kept as a
``SyncConflict`` for the user; the merged record is sent back. An event's attendees are
not merged: they are whoever's interactions are linked to it, and those travel as
interactions (journals).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from netdesk.db.connection import database
from netdesk.store import synced_ledger as store
from netdesk.store.synced_ledger import DERIVED, FIELDS, KINDS, Fields, LocalRecord
from netdesk.sync.dav import DavClient, Resource
from netdesk.sync.errors import PreconditionFailed
from netdesk.sync.ledger_ical import RemoteRecord, parse, render
from netdesk.sync.pushed import delete_there, remember_pushed
from netdesk.sync.records import SyncConflict, SyncItem
from netdesk.sync.report import SyncReport

COMPONENTS = {"event": "VEVENT", "ask": "VTODO", "introduction": "VJOURNAL"}
_ATTENDEE_LINE = re.compile(r"^X-NETDESK-ATTENDEE:(.*?)\r?$", re.MULTILINE | re.IGNORECASE)


def merge_fields(
    kind: str, base: Fields | None, local: Fields, remote: Fields
) -> tuple[Fields, list[tuple[str, str, str]]]:
    """The merged fields, and (field, local, remote) for each field changed on both sides."""
    merged: Fields = dict(local)
    conflicts: list[tuple[str, str, str]] = []
    for name in FIELDS[kind]:
        was = base.get(name) if base is not None else None
        mine, theirs = local.get(name, ""), remote.get(name, "")
        if mine == theirs or theirs == was:
            continue
        if mine == was:
            merged[name] = theirs
        else:
            conflicts.append((name, mine, theirs))
    return merged, conflicts


def _same(kind: str, a: Fields, b: Fields) -> bool:
    names = (*FIELDS[kind], *DERIVED[kind])
    return all(a.get(n, "") == b.get(n, "") for n in names)


class LedgerSync:
    """The events, asks and introductions of one account in its calendar."""

    def __init__(
        self,
        client: DavClient,
        account: str,
        components: Iterable[str],
        report: SyncReport,
        path: Callable[[str], str],
    ) -> None:
        self.client, self.account, self.report, self.path = client, account, report, path
        comps = set(components)
        self.kinds = tuple(k for k in KINDS if COMPONENTS[k] in comps)

    def _item(self, kind: str, uid: str) -> SyncItem | None:
        item: SyncItem | None = SyncItem.get_or_none(
            (SyncItem.account == self.account) & (SyncItem.kind == kind) & (SyncItem.uid == uid)
        )
        return item

    # Pull (inside the calendar's transaction)

    def changed_remotely(self, href: str, resource: Resource, item: SyncItem | None) -> bool:
        """Apply a record another client wrote; False when it is not one of ours."""
        remote = parse(
            resource.text, item.kind if item is not None and item.kind in KINDS else None
        )
        if remote is None or remote.kind not in self.kinds:
            return False
        if item is not None and (item.kind, item.uid) != (remote.kind, remote.uid):
            item.delete_instance()
            item = None
        item = item or self._item(remote.kind, remote.uid)
        local = store.record(remote.kind, remote.uid)
        if local is None or (item is None and local.deleted):
            self._take(remote, href, resource, item)
            return True
        base = parse(item.base, remote.kind) if item is not None and item.base else None
        if local.deleted:
            if base is not None and _same(remote.kind, base.fields, remote.fields):
                self._remember(item, remote, href, resource, -1)
                return True  # deleted here, unchanged there: the push deletes it
            self.report.warnings.append(f"{remote.kind} {remote.uid}: edited elsewhere; restored.")
            self._take(remote, href, resource, item)
            return True
        if item is not None and local.revision <= item.revision:
            self._take(remote, href, resource, item)
            return True
        merged, conflicts = merge_fields(
            remote.kind, base.fields if base is not None else None, local.fields, remote.fields
        )
        self._conflicts(remote, conflicts, resource.text)
        revision = store.write(remote.kind, remote.uid, merged) or local.revision
        if revision != local.revision:
            self.report.merged += 1
        # In step with the server only when the merge took nothing of ours.
        agreed = _same(remote.kind, merged, remote.fields) and not DERIVED[remote.kind]
        self._remember(item, remote, href, resource, revision if agreed else -1)
        return True

    def _take(
        self, remote: RemoteRecord, href: str, resource: Resource, item: SyncItem | None
    ) -> None:
        revision = store.write(remote.kind, remote.uid, remote.fields)
        if revision is None:
            self.report.warnings.append(
                f"{href}: names a person not on this computer; skipped until they are."
            )
            return
        self._remember(item, remote, href, resource, revision)
        self.report.records_pulled += 1

    def _remember(
        self,
        item: SyncItem | None,
        remote: RemoteRecord,
        href: str,
        resource: Resource,
        revision: int,
    ) -> None:
        if item is None:
            item = SyncItem(account=self.account, kind=remote.kind, uid=remote.uid)
        item.href, item.etag, item.base = href, resource.etag, resource.text
        if revision >= 0:
            item.revision = revision
        item.save()

    def _conflicts(
        self, remote: RemoteRecord, found: list[tuple[str, str, str]], text: str
    ) -> None:
        for name, mine, theirs in found:
            SyncConflict.create(
                account=self.account,
                entity=remote.kind,
                uid=remote.uid,
                field=name,
                local_value=mine,
                remote_value=theirs,
                remote_data=text,
            )
        self.report.conflicts += len(found)

    def removed_remotely(self, item: SyncItem) -> None:
        local = store.record(item.kind, item.uid)
        if local is not None and not local.deleted:
            if local.revision > item.revision:
                self.report.warnings.append(
                    f"{item.kind} {item.uid}: deleted there, edited here; kept."
                )
            else:
                store.set_deleted(item.kind, item.uid, True)
                self.report.deleted_here += 1
        item.delete_instance()

    def would_trash(self, removed: list[SyncItem]) -> int:
        """How many live records ``removed_remotely`` would delete (for the guard)."""
        count = 0
        for item in removed:
            if item.kind in self.kinds:
                local = store.record(item.kind, item.uid)
                count += local is not None and not local.deleted and local.revision <= item.revision
        return count

    # Push

    def push(self) -> None:
        for kind in self.kinds:
            items = {
                i.uid: i
                for i in SyncItem.select().where(
                    (SyncItem.account == self.account) & (SyncItem.kind == kind)
                )
            }
            local = store.records(kind)
            for uid, record in local.items():
                item = items.get(uid)
                if record.deleted:
                    if item is not None:
                        self._delete(item)
                elif self._outdated(kind, record, item):
                    self._upload(kind, record, item)
            for uid, item in items.items():
                if uid not in local:  # purged with its contact
                    self._delete(item)

    def _outdated(self, kind: str, record: LocalRecord, item: SyncItem | None) -> bool:
        if item is None or record.revision > item.revision:
            return True
        if not DERIVED[kind]:
            return False
        # Only an event's attendees can change without its revision: read them from the
        # last version's lines (parsing every event's iCalendar on every sync would not scale).
        unfolded = item.base.replace("\r\n ", "").replace("\n ", "")
        sent = sorted(m.strip() for m in _ATTENDEE_LINE.findall(unfolded))
        return ",".join(sent) != record.fields.get("attendees", "")

    def _upload(
        self, kind: str, record: LocalRecord, item: SyncItem | None, retry: bool = True
    ) -> None:
        people = store.people({v for v in record.fields.values() if v} | _listed(record))
        stamp = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        text = render(
            kind, record.uid, record.fields, stamp, people, item.base if item is not None else ""
        )
        href = item.href if item is not None else self.path(record.uid)
        etag = (item.etag or None) if item is not None else None
        try:
            new_etag = self.client.put(href, text, "text/calendar", etag)
        except PreconditionFailed:
            resource = self.client.get(href)
            if not retry or resource is None:
                self.report.warnings.append(f"{kind} {record.uid}: changed meanwhile; next time.")
                return
            with database.atomic():
                self.changed_remotely(href, resource, item)
            fresh = store.record(kind, record.uid)
            if fresh is not None and not fresh.deleted:
                self._upload(kind, fresh, self._item(kind, record.uid), retry=False)
            return
        remember_pushed(
            item,
            account=self.account,
            kind=kind,
            uid=record.uid,
            href=href,
            etag=new_etag,
            text=text,
            revision=record.revision,
        )
        self.report.records_pushed += 1

    def _delete(self, item: SyncItem) -> None:
        delete_there(self.client, item, self.report)


def _listed(record: LocalRecord) -> set[str]:
    return set(filter(None, record.fields.get("attendees", "").split(",")))
