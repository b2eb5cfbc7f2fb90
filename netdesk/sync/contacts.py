"""Contacts <-> one CardDAV address book.

Pull, then push. The pull asks the server what changed, fetches it, and applies it
locally in one transaction together with the new sync token: a failure before the
commit leaves the database as it was. The push sends each local change with If-Match
(If-None-Match for new cards) and records it only once the server has accepted it, so an
interrupted sync resumes where it stopped; the uid is the identity, and a card found on
the server under a uid NetDesk already has is merged, never duplicated.
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.db.records import Contact, utcnow
from netdesk.domain.contact_data import ContactData
from netdesk.store.contact_store import load_contact, save_contact, set_deleted
from netdesk.store.synced_ledger import KINDS as LEDGER_KINDS
from netdesk.sync import guard
from netdesk.sync.cards import normalised, parse_card, render, resource_name
from netdesk.sync.dav import Changes, DavClient, Resource
from netdesk.sync.errors import PreconditionFailed
from netdesk.sync.merge import merge, same_fields
from netdesk.sync.pushed import delete_there, remember_pushed
from netdesk.sync.records import (
    ADDRESSBOOK,
    CONTACT,
    IGNORED,
    JOURNAL,
    TODO,
    SyncCollection,
    SyncConflict,
    SyncItem,
)
from netdesk.sync.report import Progress, SyncReport

_PUSH_SQL = (
    "SELECT c.id FROM contact c LEFT JOIN sync_item s "
    "ON s.uid = c.uid AND s.account = ? AND s.kind = ? "
    "WHERE (s.id IS NULL AND c.deleted_at IS NULL) OR (s.id IS NOT NULL AND "
    "(c.revision > s.revision OR c.deleted_at IS NOT NULL)) ORDER BY c.id"
)
_GONE_SQL = (
    "SELECT s.id FROM sync_item s LEFT JOIN contact c ON c.uid = s.uid "
    "WHERE s.account = ? AND s.kind = ? AND c.id IS NULL"
)
_DELETING_SQL = (
    "SELECT COUNT(*), COALESCE(SUM(c.id IS NULL OR c.deleted_at IS NOT NULL), 0) "
    "FROM sync_item s LEFT JOIN contact c ON c.uid = s.uid WHERE s.account = ? AND s.kind = ?"
)


CONTACT_KINDS = (CONTACT,)
CALENDAR_KINDS = (JOURNAL, TODO, IGNORED, *LEDGER_KINDS)


@dataclass(slots=True)
class Pulled:
    """What the server changed, fetched but not yet applied (see ``ContactSync.look``)."""

    state: SyncCollection
    changes: Changes
    fetched: dict[str, Resource]


def collection_state(account: str, kind: str, url: str) -> SyncCollection:
    """The stored state of ``account``'s collection; reset when the user picked another."""
    state: SyncCollection | None = SyncCollection.get_or_none(
        (SyncCollection.account == account) & (SyncCollection.kind == kind)
    )
    if state is not None and state.url == url:
        return state
    with database.atomic():
        if state is not None:
            state.delete_instance()
        kinds = CONTACT_KINDS if kind == ADDRESSBOOK else CALENDAR_KINDS
        SyncItem.delete().where((SyncItem.account == account) & SyncItem.kind.in_(kinds)).execute()
        created: SyncCollection = SyncCollection.create(account=account, kind=kind, url=url)
    return created


def settle_token(
    client: DavClient, account: str, kind: str, url: str, item_kinds: tuple[str, ...]
) -> None:
    """After a push, move the sync token past NetDesk's own writes, when they are all that changed.

    The token kept is the one from before the push, so the next sync sees the echo of
    what was sent. That is harmless unless the server's token names the collection's
    content (Xandikos: a git tree): had another client then undone the push (deleted
    what was just added), the collection would be back to the kept token's state, and
    that deletion would go unseen. Anything written by another client meanwhile leaves
    the token where it was, for the next pull.
    """
    state = collection_state(account, kind, url)
    if not state.sync_token:
        return
    items = SyncItem.select(SyncItem.href, SyncItem.etag).where(
        (SyncItem.account == account) & SyncItem.kind.in_(item_kinds)
    )
    known = dict(items.tuples())
    changes = client.changes(url, state.sync_token, known)
    if changes.complete or not changes.token:
        return
    if any(known.get(h) != e for h, e in changes.changed.items()) or changes.removed & set(known):
        return
    state.sync_token = changes.token
    state.save()


class ContactSync:
    """Syncs the contacts of one account with its address book."""

    def __init__(
        self,
        client: DavClient,
        account: str,
        url: str,
        version: str,
        report: SyncReport,
        progress: Progress,
        *,
        allow_mass_delete: bool = False,
    ) -> None:
        self.client = client
        self.account = account
        self.url = url
        self.version = version
        self.report = report
        self.progress = progress
        self.allow_mass_delete = allow_mass_delete

    def _items(self) -> list[SyncItem]:
        return list(
            SyncItem.select().where((SyncItem.account == self.account) & (SyncItem.kind == CONTACT))
        )

    def _item(self, *, uid: str = "", href: str = "") -> SyncItem | None:
        where = (SyncItem.account == self.account) & (SyncItem.kind == CONTACT)
        where &= (SyncItem.uid == uid) if uid else (SyncItem.href == href)
        item: SyncItem | None = SyncItem.get_or_none(where)
        return item

    # Pull

    def pull(self) -> None:
        self.apply(self.look())

    def look(self) -> Pulled:
        """Ask the server what changed and fetch it; write nothing yet.

        Raises:
            MassDeletion: the pull, or the push after it, would delete too many contacts
                (``guard``), and the sync was not told to allow it.
        """
        linked, deleted_here = database.execute_sql(
            _DELETING_SQL, (self.account, CONTACT)
        ).fetchone()
        guard.check_there(deleted_here, linked, "contacts", allowed=self.allow_mass_delete)
        state = collection_state(self.account, ADDRESSBOOK, self.url)
        known = {i.href: i.etag for i in self._items()}
        changes = self.client.changes(self.url, state.sync_token, known)
        guard.check_here(
            self._would_trash(changes.removed), linked, "contacts", allowed=self.allow_mass_delete
        )
        wanted = [h for h, etag in changes.changed.items() if known.get(h) != etag]
        self.progress("Fetching contacts", 0, len(wanted))
        fetched = self.client.fetch(self.url, ADDRESSBOOK, wanted) if wanted else {}
        return Pulled(state, changes, fetched)

    def apply(self, pulled: Pulled) -> None:
        """Apply what ``look`` found, in one transaction with the new sync token."""
        state, changes = pulled.state, pulled.changes
        with database.atomic():
            for href in sorted(changes.removed):
                self.client.stop_if_cancelled()  # rolls the whole pull back
                self._removed_remotely(href)
            for href, resource in pulled.fetched.items():
                self.client.stop_if_cancelled()
                self._changed_remotely(href, resource)
            state.sync_token = changes.token
            state.synced_at = utcnow()
            state.save()

    def _would_trash(self, removed: set[str]) -> int:
        """How many live contacts ``_removed_remotely`` would move to the Trash."""
        if not removed:
            return 0
        rows = SyncItem.select(SyncItem.href, SyncItem.uid, SyncItem.revision).where(
            (SyncItem.account == self.account) & (SyncItem.kind == CONTACT)
        )
        hit = {uid: revision for href, uid, revision in rows.tuples() if href in removed}
        live = Contact.select(Contact.uid, Contact.revision).where(Contact.deleted_at.is_null())
        return sum(1 for uid, revision in live.tuples() if uid in hit and revision <= hit[uid])

    def _removed_remotely(self, href: str) -> None:
        item = self._item(href=href)
        if item is None:
            return
        contact = Contact.get_or_none(Contact.uid == item.uid)
        if contact is not None and contact.deleted_at is None:
            if contact.revision > item.revision:
                # Edited here, deleted there: the edit wins and is uploaded again.
                self.report.warnings.append(
                    f"{contact.display_name}: deleted on the server but edited here; kept."
                )
            else:
                set_deleted([contact.id], True)
                self.report.deleted_here += 1
        item.delete_instance()

    def _changed_remotely(self, href: str, resource: Resource) -> None:
        remote = parse_card(resource.text)
        if remote is None:
            self.report.warnings.append(f"{href}: not a readable vCard; skipped.")
            return
        item = self._item(href=href)
        if item is None and remote.uid:
            item = self._item(uid=remote.uid)
        uid = item.uid if item is not None else remote.uid
        contact = Contact.get_or_none(Contact.uid == uid) if uid else None
        if contact is None:
            remote.uid = uid
            contact_id = save_contact(remote)
            self._record(item, contact_id, href, resource, synced=True)
            self.report.pulled += 1
            return
        local_changed = item is None or contact.revision > item.revision
        if contact.deleted_at is not None:
            # Deleted here, edited there: nothing is lost, the edited contact comes back.
            set_deleted([contact.id], False)
            self.report.warnings.append(f"{contact.display_name}: edited elsewhere; restored.")
            local_changed = False
        remote.uid = contact.uid
        if not local_changed:
            save_contact(remote, contact.id)
            self._record(item, contact.id, href, resource, synced=True)
            self.report.pulled += 1
            return
        base = parse_card(item.base) if item is not None and item.base else None
        local = load_contact(contact.id)
        result = merge(base, normalised(local), remote)
        if result.taken:
            merged = result.merged
            merged.uid = contact.uid
            save_contact(merged, contact.id)
            self.report.merged += 1
        for conflict in result.conflicts:
            SyncConflict.create(
                account=self.account,
                entity=CONTACT,
                uid=contact.uid,
                field=conflict.field,
                local_value=conflict.local,
                remote_value=conflict.remote,
                remote_data=resource.text,
            )
        self.report.conflicts += len(result.conflicts)
        # The merged version is newer than the server's: the push phase uploads it.
        self._record(item, contact.id, href, resource, synced=False)

    def _record(
        self,
        item: SyncItem | None,
        contact_id: int,
        href: str,
        resource: Resource,
        *,
        synced: bool,
    ) -> None:
        contact = Contact.get_by_id(contact_id)
        if item is None:
            item = SyncItem(account=self.account, kind=CONTACT, uid=contact.uid, revision=0)
        item.href, item.etag, item.base = href, resource.etag, resource.text
        if synced:
            item.revision = contact.revision
        item.save()

    # Push

    def push(self) -> None:
        ids = [r[0] for r in database.execute_sql(_PUSH_SQL, (self.account, CONTACT))]
        gone = [r[0] for r in database.execute_sql(_GONE_SQL, (self.account, CONTACT))]
        total = len(ids) + len(gone)
        for done, contact_id in enumerate(ids):
            self.progress("Sending contacts", done, total)
            contact = Contact.get_by_id(contact_id)
            if contact.deleted_at is not None:
                self._delete_remote(self._item(uid=contact.uid))
            else:
                self._upload(contact_id)
        for item_id in gone:
            self._delete_remote(SyncItem.get_or_none(SyncItem.id == item_id))

    def _upload(self, contact_id: int, retry: bool = True) -> None:
        contact = Contact.get_by_id(contact_id)
        revision = contact.revision
        data = load_contact(contact_id)
        item = self._item(uid=contact.uid)
        if item is not None and item.etag and item.base and _unchanged(data, item.base):
            SyncItem.update(revision=revision).where(SyncItem.id == item.id).execute()
            return
        href = item.href if item is not None else self._path(resource_name(contact.uid))
        text = render(data, self.version, item.base if item is not None else "")
        try:
            etag = self.client.put(href, text, "text/vcard", (item.etag or None) if item else None)
        except PreconditionFailed:
            if not retry:
                self.report.warnings.append(f"{data.best_name()}: changed meanwhile; next time.")
                return
            self._refresh(href)
            self._upload(contact_id, retry=False)
            return
        with database.atomic():
            remember_pushed(
                item,
                account=self.account,
                kind=CONTACT,
                uid=contact.uid,
                href=href,
                etag=etag,
                text=text,
                revision=revision,
            )
        self.report.pushed += 1

    def _refresh(self, href: str) -> None:
        """Pull one card that changed under a PUT or DELETE, merging it like a pull does."""
        resource = self.client.get(href)
        with database.atomic():
            if resource is None:
                self._removed_remotely(href)
            else:
                self._changed_remotely(href, resource)

    def _delete_remote(self, item: SyncItem | None, retry: bool = True) -> None:
        if item is None:
            return
        if not delete_there(self.client, item, self.report) and retry:
            # Edited on the server after it was deleted here: the edit comes back.
            self._refresh(item.href)

    def _path(self, name: str) -> str:
        return self.url.rstrip("/") + "/" + name


def _unchanged(data: ContactData, base: str) -> bool:
    """Whether ``data`` holds nothing the server's copy (``base``) lacks."""
    remote = parse_card(base)
    return remote is not None and same_fields(normalised(data), remote)
