"""Interactions <-> VJOURNAL (both ways) and follow-ups -> VTODO (push only) in one calendar.

Journals travel whole: when both sides changed the same one, the local version stays,
is uploaded again, and the server's text is kept as a conflict for the user. Follow-up
to-dos are written by NetDesk only: a to-do completed or edited on a phone is overwritten
when the follow-up changes here, and one deleted on the server stays deleted until the
due date moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from netdesk.db.connection import database
from netdesk.db.records import Contact, Event, Interaction, Participant, utcnow
from netdesk.domain.contact_data import InteractionData
from netdesk.domain.enums import Direction, InteractionKind
from netdesk.store.interaction_store import (
    save_interaction_by_uid,
    set_interaction_deleted,
    take_capture,
)
from netdesk.store.synced_ledger import EVENT, KINDS
from netdesk.sync import guard
from netdesk.sync.cards import resource_name
from netdesk.sync.contacts import Pulled, collection_state
from netdesk.sync.dav import DavClient, Resource
from netdesk.sync.errors import PreconditionFailed
from netdesk.sync.followups import push_follow_ups
from netdesk.sync.ical import (
    JournalData,
    is_follow_up,
    journal_text,
    parse_journal,
)
from netdesk.sync.ledger import LedgerSync
from netdesk.sync.ledger_ical import record_kind
from netdesk.sync.pushed import delete_there, remember_pushed
from netdesk.sync.records import CALENDAR, IGNORED, JOURNAL, TODO, SyncConflict, SyncItem
from netdesk.sync.report import Progress, SyncReport

_PUSH_SQL = (
    "SELECT i.id FROM interaction i LEFT JOIN sync_item s "
    "ON s.uid = i.uid AND s.account = ? AND s.kind = ? "
    "WHERE (s.id IS NULL AND i.deleted_at IS NULL) OR (s.id IS NOT NULL AND "
    "(i.revision > s.revision OR i.deleted_at IS NOT NULL)) ORDER BY i.id"
)
_DELETING_SQL = (
    "SELECT COUNT(*), COALESCE(SUM(i.deleted_at IS NOT NULL), 0) FROM sync_item s "
    "LEFT JOIN interaction i ON i.uid = s.uid WHERE s.account = ? AND s.kind = ?"
)


def _enum(kind: type[InteractionKind] | type[Direction], value: str, default: str) -> str:
    try:
        return str(kind(value))
    except ValueError:
        return default


def local_journal(interaction: Interaction) -> JournalData:
    uids = [
        c.uid
        for c in Contact.select(Contact.uid)
        .join(Participant)
        .where(Participant.interaction == interaction.id)
        .order_by(Contact.uid)
    ]
    event = Event.get_or_none(Event.id == interaction.event_id) if interaction.event_id else None
    return JournalData(
        uid=interaction.uid,
        when=interaction.happened_at,
        kind=interaction.kind,
        direction=interaction.direction,
        summary=interaction.summary,
        notes=interaction.notes,
        participants=tuple(uids),
        stamp=interaction.updated_at,
        event=event.uid if event is not None else "",
        capture_key=interaction.capture_key or "",
        capture_source=interaction.capture_source,
        capture_count=interaction.capture_count,
    )


def _same(a: JournalData, b: JournalData) -> bool:
    # An event link one side does not carry (its calendar takes no events) is no difference.
    same_event = a.event == b.event or not a.event or not b.event
    fields = (a.when, a.kind, a.direction, a.summary, a.notes, sorted(a.participants))
    return same_event and fields == (
        *(b.when, b.kind, b.direction, b.summary, b.notes),
        sorted(b.participants),
    )


class CalendarSync:
    """Syncs one account's interactions and follow-ups with its calendar."""

    def __init__(
        self,
        client: DavClient,
        account: str,
        url: str,
        components: Iterable[str],
        report: SyncReport,
        progress: Progress,
        *,
        today: dt.date | None = None,
        horizon_days: int = 30,
        allow_mass_delete: bool = False,
    ) -> None:
        self.client, self.account, self.url = client, account, url
        self.allow_mass_delete = allow_mass_delete
        self.report, self.progress = report, progress
        comps = set(components)
        self.journals, self.todos = "VJOURNAL" in comps, "VTODO" in comps
        self.today = today or dt.date.today()
        self.horizon_days = horizon_days
        self.ledger = LedgerSync(client, account, comps, report, self._path)

    def _items(self, *kinds: str) -> list[SyncItem]:
        return list(
            SyncItem.select().where((SyncItem.account == self.account) & SyncItem.kind.in_(kinds))
        )

    def _path(self, uid: str) -> str:
        return self.url.rstrip("/") + "/" + resource_name(uid).removesuffix(".vcf") + ".ics"

    def run(self, pulled: Pulled | None = None) -> None:
        """Pull (what ``look`` found, or look now), then push journals and follow-ups."""
        if not self.journals:
            self.report.warnings.append("The calendar takes no journals; interactions not synced.")
        if not self.todos:
            self.report.warnings.append("The calendar takes no to-dos; follow-ups not synced.")
        self.apply(pulled if pulled is not None else self.look())
        if self.journals:
            self.push_journals()
        self.ledger.push()
        if self.todos:
            push_follow_ups(
                self.client,
                self.account,
                self._items(TODO),
                self._path,
                self.report,
                self.today + dt.timedelta(days=self.horizon_days),
            )

    # Pull

    def pull(self) -> None:
        self.apply(self.look())

    def look(self) -> Pulled:
        """Ask the server what changed and fetch it; write nothing yet (see ``guard``)."""
        linked, deleted_here = database.execute_sql(
            _DELETING_SQL, (self.account, JOURNAL)
        ).fetchone()
        what = "timeline entries"
        if self.journals:
            guard.check_there(deleted_here, linked, what, allowed=self.allow_mass_delete)
        state = collection_state(self.account, CALENDAR, self.url)
        items = {i.href: i for i in self._items(JOURNAL, TODO, IGNORED, *KINDS)}
        known = {href: i.etag for href, i in items.items()}
        changes = self.client.changes(self.url, state.sync_token, known)
        removed = [items[h] for h in changes.removed if h in items]
        records = self.ledger.would_trash(removed)
        if records:
            what = "timeline entries, events, asks and introductions"
        linked += sum(1 for i in items.values() if i.kind in KINDS)
        trashing = self._would_trash(removed) + records
        guard.check_here(trashing, linked, what, allowed=self.allow_mass_delete)
        wanted = [h for h, etag in changes.changed.items() if known.get(h) != etag]
        self.progress("Fetching journal", 0, len(wanted))
        fetched = self.client.fetch(self.url, CALENDAR, wanted) if wanted else {}
        return Pulled(state, changes, fetched)

    def apply(self, pulled: Pulled) -> None:
        state, changes = pulled.state, pulled.changes
        items = {i.href: i for i in self._items(JOURNAL, TODO, IGNORED, *KINDS)}
        # Events before the interactions that link to them, so the links resolve.
        fetched = sorted(
            pulled.fetched.items(), key=lambda pair: record_kind(pair[1].text) != EVENT
        )
        with database.atomic():
            for href in sorted(changes.removed):
                self.client.stop_if_cancelled()  # rolls the whole pull back
                if href in items:
                    self._removed_remotely(items[href])
            for href, resource in fetched:
                self.client.stop_if_cancelled()
                self._changed_remotely(href, resource, items.get(href))
            state.sync_token = changes.token
            state.synced_at = utcnow()
            state.save()

    def _would_trash(self, removed: list[SyncItem]) -> int:
        """How many live interactions ``_removed_remotely`` would move to the Trash."""
        hit = {i.uid: i.revision for i in removed if i.kind == JOURNAL}
        if not hit:
            return 0
        live = Interaction.select(Interaction.uid, Interaction.revision).where(
            Interaction.deleted_at.is_null()
        )
        return sum(1 for uid, revision in live.tuples() if uid in hit and revision <= hit[uid])

    def _removed_remotely(self, item: SyncItem) -> None:
        if item.kind in KINDS:
            self.ledger.removed_remotely(item)
            return
        if item.kind == TODO:
            item.etag = ""  # dismissed on the server: stays so until the due date moves
            item.save()
            return
        if item.kind == JOURNAL:
            interaction = Interaction.get_or_none(Interaction.uid == item.uid)
            if (
                interaction is not None
                and interaction.deleted_at is None
                and interaction.revision <= item.revision
            ):
                set_interaction_deleted(interaction.id, True)
                self.report.deleted_here += 1
        item.delete_instance()

    def _changed_remotely(self, href: str, resource: Resource, item: SyncItem | None) -> None:
        if (item is not None and item.kind == TODO) or is_follow_up(resource.text):
            if item is not None:
                item.etag = resource.etag
                item.save()
            return
        if (
            (item is not None and item.kind in KINDS) or record_kind(resource.text)
        ) and self.ledger.changed_remotely(href, resource, item):
            return
        remote = parse_journal(resource.text)
        ids = self._contact_ids(remote.participants) if remote is not None else []
        if remote is None or not ids:
            if item is None:
                item = SyncItem(account=self.account, kind=IGNORED, uid=f"href:{href}")
            item.href, item.etag = href, resource.etag
            item.save()
            return
        interaction = Interaction.get_or_none(Interaction.uid == remote.uid)
        if interaction is not None and (item is None or interaction.revision > item.revision):
            if not _same(local_journal(interaction), remote):
                SyncConflict.create(
                    account=self.account,
                    entity=JOURNAL,
                    uid=remote.uid,
                    field="*",
                    local_value=interaction.summary,
                    remote_value=remote.summary,
                    remote_data=resource.text,
                )
                self.report.conflicts += 1
            self._record(item, remote.uid, href, resource, revision=None)
            return
        data = InteractionData(
            when=remote.when,
            kind=InteractionKind(_enum(InteractionKind, remote.kind, "other")),
            direction=Direction(_enum(Direction, remote.direction, "mutual")),
            summary=remote.summary,
            notes=remote.notes,
        )
        interaction_id = save_interaction_by_uid(
            remote.uid, data, ids, event_uid=remote.event or None
        )
        revision = Interaction.get_by_id(interaction_id).revision
        self._record(item, remote.uid, href, resource, revision=revision)
        if remote.capture_key and not take_capture(
            remote.uid, remote.capture_key, remote.capture_source, remote.capture_count
        ):
            # The same conversation, captured here too under another uid, keeps it: this
            # copy goes to the Trash, and the push deletes it on the server.
            set_interaction_deleted(interaction_id, True)
        self.report.journals_pulled += 1

    def _contact_ids(self, uids: Iterable[str]) -> list[int]:
        wanted = list(uids)
        if not wanted:
            return []
        return [c.id for c in Contact.select(Contact.id).where(Contact.uid.in_(wanted))]

    def _record(
        self, item: SyncItem | None, uid: str, href: str, resource: Resource, revision: int | None
    ) -> None:
        if item is None or item.kind != JOURNAL:
            if item is not None:
                item.delete_instance()
            item = SyncItem.get_or_none(
                (SyncItem.account == self.account)
                & (SyncItem.kind == JOURNAL)
                & (SyncItem.uid == uid)
            ) or SyncItem(account=self.account, kind=JOURNAL, uid=uid, revision=0)
        item.href, item.etag, item.base = href, resource.etag, resource.text
        if revision is not None:
            item.revision = revision
        item.save()

    # Push

    def push_journals(self) -> None:
        ids = [r[0] for r in database.execute_sql(_PUSH_SQL, (self.account, JOURNAL))]
        items = {i.uid: i for i in self._items(JOURNAL)}
        for done, interaction_id in enumerate(ids):
            self.progress("Sending journal", done, len(ids))
            interaction = Interaction.get_by_id(interaction_id)
            item = items.get(interaction.uid)
            if interaction.deleted_at is not None:
                if item is not None:
                    self._delete(item)
                continue
            self._upload_journal(interaction_id, item)

    def _upload_journal(
        self, interaction_id: int, item: SyncItem | None, retry: bool = True
    ) -> None:
        interaction = Interaction.get_by_id(interaction_id)
        text = journal_text(local_journal(interaction))
        href = item.href if item is not None else self._path(interaction.uid)
        etag = (item.etag or None) if item is not None else None
        try:
            new_etag = self.client.put(href, text, "text/calendar", etag)
        except PreconditionFailed:
            resource = self.client.get(href)
            if not retry or resource is None:
                return
            with database.atomic():
                self._changed_remotely(href, resource, item)
            fresh = SyncItem.get_or_none(
                (SyncItem.account == self.account)
                & (SyncItem.kind == JOURNAL)
                & (SyncItem.uid == interaction.uid)
            )
            self._upload_journal(interaction_id, fresh, retry=False)
            return
        remember_pushed(
            item,
            account=self.account,
            kind=JOURNAL,
            uid=interaction.uid,
            href=href,
            etag=new_etag,
            text=text,
            revision=interaction.revision,
        )
        self.report.journals_pushed += 1

    def _delete(self, item: SyncItem) -> None:
        delete_there(self.client, item, self.report)
