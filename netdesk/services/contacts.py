"""The contact service: every contact write goes through here, undoably, and is announced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from netdesk.db.connection import database
from netdesk.domain.cadence import default_cadence
from netdesk.domain.contact_data import ContactData
from netdesk.io.photos import bounded_photo
from netdesk.services.bulk_jobs import BulkRunner, Check, JobCommand, Work, in_pieces
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.checkpoints import Generation, PendingSnapshot, write_generation
from netdesk.store import bulk, contact_query, contact_store
from netdesk.store import owner as owner_store
from netdesk.translation import fill

# One merge (two contacts read, merged and rewritten, timelines moved) costs about as
# much as rewriting this many contacts in bulk.
MERGE_WEIGHT = 40


class FunctionCommand(QUndoCommand):
    """An undo step made of two callables; the first ``redo`` is the original action."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class ContactService(QObject):
    """Writes and reads contacts.

    Signals:
        changed: a ``Change`` after every committed write (and its undo/redo).
    """

    changed = Signal(object)

    def __init__(
        self, undo_stack: QUndoStack, region: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.region = region
        self.cadence_defaults: dict[str, int | None] = {}
        # Set by the context: snapshot the database before an import or a merge.
        self.before_risky_change: Callable[[str], object] | None = None
        self._pending: PendingSnapshot | None = None
        # Discarded backups whose thread may still be copying (see finish_checkpoints).
        self._discarded: list[PendingSnapshot] = []
        # Writes over many contacts run through here: large ones on a worker thread.
        self.jobs = BulkRunner(self)

    def _announce(self, kind: ChangeKind, ids: list[int]) -> None:
        self.changed.emit(Change(Entity.CONTACT, kind, tuple(ids), tuple(ids)))

    # Reads -------------------------------------------------------------------------------
    def get(self, contact_id: int) -> ContactData:
        return contact_store.load_contact(contact_id)

    # The reads below run each time a contact is selected: plain SQL, which costs a tenth
    # of building the same query with peewee.
    def exists(self, contact_id: int) -> bool:
        return (
            database.execute_sql(
                "SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL", (contact_id,)
            ).fetchone()
            is not None
        )

    def organization_id(self, contact_id: int) -> int | None:
        row = database.execute_sql(
            "SELECT organization_id FROM contact WHERE id = ?", (contact_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def organization_named(self, name: str) -> int | None:
        from netdesk.db.records import Organization
        from netdesk.domain.text import fold

        org = Organization.get_or_none(Organization.name_key == fold(name))
        return int(org.id) if org else None

    def count_at_organization(self, organization_id: int) -> int:
        """Live contacts at the organisation: a range of schema 5's partial index."""
        (count,) = database.execute_sql(
            "SELECT COUNT(*) FROM contact WHERE organization_id = ? "
            "AND deleted_at IS NULL AND archived = 0",
            (organization_id,),
        ).fetchone()
        return int(count)

    def query_ids(self, query: contact_query.ContactQuery) -> list[int]:
        return contact_query.query_ids(query)

    def rows(self, ids: list[int]) -> dict[int, contact_query.ContactRow]:
        return contact_query.fetch_rows(ids)

    def facets(self, due_by: dt.date | None = None) -> contact_query.Facets:
        return contact_query.facets(due_by)

    def photo(self, contact_id: int) -> bytes | None:
        """The contact's photo, or None; read apart from ``get`` for the list's faces."""
        return contact_query.photo_of(contact_id)

    def due_count(self, due_by: dt.date) -> int:
        return contact_query.due_count(due_by)

    def prepare_checkpoint(self, reason: str) -> None:
        """Start the backup ``checkpoint(reason)`` will need, now, on a thread.

        An import calls this as soon as a file is chosen: the copy is then made while the
        file is read and planned and the user reads the preview. A backup already running
        for ``reason`` is kept unless something was written since it began.
        """
        pending = self._pending
        if pending is not None:
            if pending.reason == reason and pending.generation == write_generation():
                return
            self.discard_checkpoint()
        if self.before_risky_change is not None:
            self._pending = PendingSnapshot(self.before_risky_change, reason, write_generation())

    def discard_checkpoint(self) -> None:
        """The prepared change will not happen: its backup is removed once written."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.discard()
            self._discarded = [p for p in self._discarded if p.running()] + [pending]

    def finish_checkpoints(self) -> None:
        """Discard a prepared backup and wait for every backup thread (closing the data
        folder: no copy is left half-written)."""
        self.discard_checkpoint()
        for pending in self._discarded:
            pending.wait()
        self._discarded = []

    def checkpoint(self, reason: str, as_of: Generation | None = None) -> None:
        """Back up before a large change; raises the backup's error to stop the change.

        A backup prepared for ``reason`` is waited for, and serves if nothing was written
        between its start and ``as_of``: the change's own view of the database, read at
        the start of its transaction (by default: now). Otherwise a new one is taken.
        """
        as_of = write_generation() if as_of is None else as_of
        pending, self._pending = self._pending, None
        if pending is not None and pending.reason == reason:
            error = pending.wait()
            if pending.generation == as_of:
                if error is not None:
                    raise error
                return
            # Something was written after this copy began: it may not hold it.
            pending.discard()
        elif pending is not None:
            self._pending = pending
            self.discard_checkpoint()
        if self.before_risky_change is not None:
            self.before_risky_change(reason)

    def cadence_for(self, circle: str) -> int | None:
        """The default keep-in-touch cadence of ``circle`` (the user's, else built in)."""
        if circle in self.cadence_defaults:
            return self.cadence_defaults[circle]
        return default_cadence(circle)

    # Writes ------------------------------------------------------------------------------
    def add(self, data: ContactData) -> int:
        """Add a contact (undoable); new contacts get their circle's default cadence."""
        data.photo = bounded_photo(data.photo)
        if data.cadence_days is None and data.circle:
            data.cadence_days = self.cadence_for(data.circle)
        new_id: list[int] = []

        def redo() -> None:
            if new_id:
                contact_store.set_deleted(new_id, False)
                self._announce(ChangeKind.ADDED, new_id)
            else:
                new_id.append(contact_store.save_contact(data, region=self.region))
                self._announce(ChangeKind.ADDED, new_id)

        def undo() -> None:
            contact_store.set_deleted(new_id, True)
            self._announce(ChangeKind.REMOVED, new_id)

        self.undo_stack.push(FunctionCommand(fill(self.tr("Add %1"), data.best_name()), redo, undo))
        return new_id[0]

    def update(self, contact_id: int, data: ContactData) -> None:
        data.photo = bounded_photo(data.photo)
        before = contact_store.load_contact(contact_id)
        history = contact_store.past_organizations(contact_id)

        def apply(state: ContactData, past: list[tuple[int, dt.date]] | None) -> Callable[[], None]:
            def run() -> None:
                with database.atomic():
                    contact_store.save_contact(state, contact_id, region=self.region)
                    if past is not None:
                        contact_store.set_past_organizations(contact_id, past)
                self._announce(ChangeKind.UPDATED, [contact_id])

            return run

        self.undo_stack.push(
            FunctionCommand(
                fill(self.tr("Edit %1"), data.best_name()),
                apply(data, None),
                apply(before, history),
            )
        )

    def owner(self) -> int | None:
        """The contact marked as the user ("me"), if any."""
        return owner_store.owner_id()

    def set_owner(self, contact_id: int | None) -> None:
        """Mark ``contact_id`` as the user (None: nobody), undoably."""
        before = owner_store.owner_id()
        touched = [i for i in (before, contact_id) if i is not None]

        def apply(value: int | None) -> Callable[[], None]:
            def run() -> None:
                owner_store.set_owner(value)
                self._announce(ChangeKind.UPDATED, touched)

            return run

        self.undo_stack.push(
            FunctionCommand(self.tr("Mark as Me"), apply(contact_id), apply(before))
        )

    def delete(self, ids: list[int]) -> None:
        """Move contacts to the trash, as one undo step (many: on a worker)."""
        ids = sorted(set(ids))
        if not ids:
            return

        def trash(deleted: bool) -> Work:
            return lambda check: in_pieces(
                ids, check, lambda part: contact_store.set_deleted(part, deleted)
            )

        text = self.tr("Delete %n contact(s)", "", len(ids))
        removed, added = ChangeKind.REMOVED, ChangeKind.ADDED
        self.run_bulk(text, ids, trash(True), (trash(True), removed), (trash(False), added))

    def run_bulk(
        self,
        text: str,
        ids: list[int],
        first: Work,
        redo: tuple[Work, ChangeKind],
        undo: tuple[Work, ChangeKind],
        total: int | None = None,
    ) -> None:
        """Write ``first`` over ``ids`` through the runner; once committed, announce it and
        push one undo step whose undo and redo (``Work`` and what they announce) run
        through the runner too. Cancelled: nothing written, no undo step. ``total`` is
        the work's size in contacts rewritten, when it is not one per id."""
        total = len(ids) if total is None else total

        def announce(kind: ChangeKind) -> Callable[[], None]:
            return lambda: self._announce(kind, ids)

        def done(committed: bool) -> None:
            if committed:
                command = JobCommand(
                    text,
                    self.jobs,
                    self.undo_stack,
                    total,
                    (redo[0], announce(redo[1])),
                    (undo[0], announce(undo[1])),
                )
                self.undo_stack.push(command)
                self._announce(redo[1], ids)
            elif self._pending is not None:
                self.discard_checkpoint()  # a backup for a change that did not happen

        self.jobs.run(text, total, first, done)

    def modify_many(self, ids: list[int], change: Callable[[ContactData], None], text: str) -> None:
        """Apply ``change`` to each contact's data as one undo step (tagging, circles).

        The contacts are read and rewritten in bulk, a piece at a time (on a worker for a
        large selection): one ``save_contact`` each would cost a round of queries per
        contact. In id order: the search index takes its rows in a forward run.
        """
        ids = sorted(set(ids))
        before: dict[int, ContactData] = {}

        def rewrite(part: list[int], keep: bool) -> None:
            loaded = contact_store.load_contacts(part)
            if keep:
                before.update({cid: data.clone() for cid, data in loaded.items()})
            for data in loaded.values():
                change(data)
            bulk.update_contacts(list(loaded.items()), self.region, remember_moves=True)

        def put_back(part: list[int]) -> None:
            people = [(cid, before[cid]) for cid in part if cid in before]
            bulk.update_contacts(people, self.region, remember_moves=True)

        updated = ChangeKind.UPDATED
        self.run_bulk(
            text,
            ids,
            lambda check: in_pieces(ids, check, lambda part: rewrite(part, True)),
            (lambda check: in_pieces(ids, check, lambda part: rewrite(part, False)), updated),
            (lambda check: in_pieces(ids, check, put_back), updated),
        )

    def add_tag(self, ids: list[int], tag: str) -> None:
        def change(data: ContactData) -> None:
            if tag not in data.tags:
                data.tags.append(tag)

        self.modify_many(ids, change, self.tr("Tag %n contact(s)", "", len(ids)))

    def set_circle(self, ids: list[int], circle: str) -> None:
        def change(data: ContactData) -> None:
            data.circle = circle

        self.modify_many(ids, change, self.tr("Set circle of %n contact(s)", "", len(ids)))

    def snooze(self, ids: list[int], until: dt.date | None) -> None:
        """Snooze contacts until a date (None: wake them), as one undo step."""
        ids = sorted(set(ids))
        before: dict[int, dt.date | None] = {}

        def snooze(part: list[int]) -> None:
            contact_store.set_snooze(part, until)

        def first(part: list[int]) -> None:
            before.update(contact_store.snoozed(part))
            snooze(part)

        def put_back(part: list[int]) -> None:
            # Grouped by the date each had: a few statements, not one per contact.
            by_date: dict[dt.date | None, list[int]] = {}
            for cid in part:
                by_date.setdefault(before.get(cid), []).append(cid)
            for date, group in by_date.items():
                contact_store.set_snooze(group, date)

        updated = ChangeKind.UPDATED
        self.run_bulk(
            self.tr("Snooze %n contact(s)", "", len(ids)),
            ids,
            lambda check: in_pieces(ids, check, first),
            (lambda check: in_pieces(ids, check, snooze), updated),
            (lambda check: in_pieces(ids, check, put_back), updated),
        )

    def merge(self, keep: int, others: list[int]) -> None:
        """Merge ``others`` into ``keep`` as one undo step."""
        self.merge_groups([(keep, others)])

    def merge_groups(self, groups: list[tuple[int, list[int]]]) -> None:
        """Merge each group's others into its kept contact, all as one undo step (many
        groups: on a worker, after the backup a merge takes first)."""
        from netdesk.store.duplicates import MergeRecord, merge_contacts, unmerge

        if not groups:
            return
        records: list[MergeRecord] = []
        ids = [cid for keep, others in groups for cid in (keep, *others)]

        def merge_all(check: Check) -> None:
            if not records:  # the first time: back up before anything is merged
                self.checkpoint("merge", as_of)
            records[:] = []
            for n, (keep, others) in enumerate(groups, 1):
                records.append(merge_contacts(keep, others, self.region))
                check(n * MERGE_WEIGHT)

        def unmerge_all(check: Check) -> None:
            for n, record in enumerate(reversed(records), 1):
                unmerge(record, self.region)
                check(n * MERGE_WEIGHT)

        self.prepare_checkpoint("merge")  # copied while the job starts
        # Judged on this thread's connection, as the import's backup (see there).
        as_of = write_generation()
        text = self.tr("Merge %n contact(s)", "", len(ids))
        self.run_bulk(
            text,
            ids,
            merge_all,
            (merge_all, ChangeKind.REMOVED),
            (unmerge_all, ChangeKind.ADDED),
            total=len(groups) * MERGE_WEIGHT,
        )

    def restore_from_trash(self, ids: list[int]) -> None:
        ids = sorted(set(ids))

        def trash(deleted: bool) -> Work:
            return lambda check: in_pieces(
                ids, check, lambda part: contact_store.set_deleted(part, deleted)
            )

        text = self.tr("Restore %n contact(s)", "", len(ids))
        removed, added = ChangeKind.REMOVED, ChangeKind.ADDED
        self.run_bulk(text, ids, trash(False), (trash(False), added), (trash(True), removed))

    def delete_forever(self, ids: list[int]) -> None:
        """Empty these contacts from the trash: not undoable, so the UI asks first."""
        contact_store.purge(ids)
        # Undo steps may refer to the purged rows; they cannot be replayed any more.
        self.undo_stack.clear()
        self._announce(ChangeKind.REMOVED, ids)

    def purge_expired_trash(self, now: dt.datetime | None = None) -> int:
        """Delete for good what has been in the trash for 30 days; return how many."""
        from netdesk.db.records import utcnow

        ids = contact_store.expired_trash(now or utcnow())
        if ids:
            contact_store.purge(ids)
            self._announce(ChangeKind.REMOVED, ids)
        return len(ids)

    def open_conflicts(self, uid: str) -> list[tuple[int, str, str, str]]:
        """The contact's unresolved sync conflicts: (id, field, this computer's value,
        the server's value)."""
        from netdesk.sync.conflicts import open_conflicts

        return [
            (c.id, c.field, c.local_value, c.remote_value)
            for c in open_conflicts(uid)
            if c.entity == "contact"
        ]

    def resolve_conflict(self, conflict_id: int, take_remote: bool) -> None:
        """Close a sync conflict, first taking the server's value when ``take_remote``,
        and announce the contact it was about like any edit."""
        from netdesk.sync.conflicts import contact_of, resolve

        resolve(conflict_id, take_remote)
        contact_id = contact_of(conflict_id)
        if contact_id is not None:
            self._announce(ChangeKind.UPDATED, [contact_id])

    def notify_activity(self, ids: list[int]) -> None:
        """Announce that interactions changed these contacts' last-contact/next-due."""
        self._announce(ChangeKind.UPDATED, ids)
