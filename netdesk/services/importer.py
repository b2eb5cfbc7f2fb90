"""Applying an import plan (``services.import_plan``): one transaction, undoable as a whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from netdesk.db.connection import checkpoint_later, database, write_transaction
from netdesk.db.records import utcnow
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.matching import (
    merge_into,
)
from netdesk.domain.network_data import NetworkData
from netdesk.domain.unicode_policy import clean_text
from netdesk.io.photos import bounded_photo
from netdesk.services.bulk_jobs import Check, JobCommand
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.checkpoints import Generation, write_generation
from netdesk.services.contacts import ContactService
from netdesk.services.import_plan import _KEY_SQL as _KEY_SQL
from netdesk.services.import_plan import _NAME_ORG_SQL as _NAME_ORG_SQL
from netdesk.services.import_plan import _NAME_SQL as _NAME_SQL
from netdesk.services.import_plan import LEFT_OUT as LEFT_OUT
from netdesk.services.import_plan import Action as Action
from netdesk.services.import_plan import ImportReport as ImportReport
from netdesk.services.import_plan import PlanItem as PlanItem
from netdesk.services.import_plan import Possible as Possible
from netdesk.services.import_plan import leave_out as leave_out
from netdesk.services.import_plan import merge_possible as merge_possible
from netdesk.services.import_plan import plan_import as plan_import
from netdesk.store import bulk, bulk_indexes, contact_store, interaction_store, network_import
from netdesk.store.network_import import NetworkWrite, logged_days
from netdesk.translation import fill


class _ImportWrite:
    """One import's writes, and what its undo and redo need afterwards."""

    def __init__(
        self,
        service: ImportService,
        plan: list[PlanItem],
        options: tuple[str, list[str] | None, int | None],
        network: NetworkData | None,
    ) -> None:
        circle, tags, cadence = options
        self.service, self.plan, self.network = service, plan, network
        # From the command line, a byte that is not UTF-8 arrives as a lone surrogate.
        self.circle = clean_text(circle)
        self.tags = [t for t in (clean_text(t) for t in tags or []) if t.strip()]
        self.cadence = cadence
        # The generation the pre-import backup is checked against (None: at the commit).
        self.as_of: Generation | None = None
        self.report = ImportReport()
        self.extra: list[NetworkWrite] = []  # what the network added, for undo
        self.before: dict[int, ContactData] = {}
        self.after: dict[int, ContactData] = {}
        self.created: list[int] = []
        self.interactions: list[int] = []

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # IMMEDIATE: nobody else can commit between the generation read in ``write``
        # and this commit, so the backup is judged against exactly what is replaced.
        with checkpoint_later(), write_transaction("IMMEDIATE"):
            yield

    def write(self, check: Check) -> None:
        """Everything the import writes, inside ``transaction``."""
        now = str(utcnow())
        as_of = write_generation() if self.as_of is None else self.as_of
        marks = network_import.first_new_ids()
        with bulk_indexes.deferred_search_merges():
            extras = (self.circle, self.tags, now, self.cadence)
            written = (self.before, self.created, self.interactions)
            self.service._write(self.plan, extras, self.report, written, check)
        if self.network is not None:
            created = self.created
            self.extra.append(
                network_import.write_for_plan(self.network, self.plan, created, marks, now)
            )
            self.interactions.extend(self.extra[-1].interactions)
        self.after.update(contact_store.load_contacts(list(self.before)))
        # The backup has been copying meanwhile; commit only once it is safe.
        self.service.contacts.checkpoint("import", as_of)


def _no_check(_count: int) -> None:
    pass


class ImportService(QObject):
    """Applies import plans.

    Signals:
        changed: a ``Change`` for the contacts an import (or its undo) touched.
    """

    changed = Signal(object)

    def __init__(self, contacts: ContactService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts

    def plan(self, incoming: list[ContactData]) -> list[PlanItem]:
        return plan_import(incoming, self.contacts.region)

    def apply(
        self,
        plan: list[PlanItem],
        circle: str = "",
        tags: list[str] | None = None,
        label: str = "",
        cadence: int | None = None,
        network: NetworkData | None = None,
    ) -> ImportReport:
        """Write the plan in one transaction (all or nothing) as one undo step. ``circle``,
        ``tags`` and ``cadence`` (days; None: a new contact's circle's, 0: no reminder) go on
        everyone imported who has none of their own, in the file or the contact merged into.
        ``network``, read with the planned contacts from a NetDesk JSON export, is written
        for them (see ``network_import``). Raises DiskFullError or BackupError, and then
        nothing was imported."""
        write = _ImportWrite(self, plan, (circle, tags, cadence), network)
        # Started when the file was chosen (GUI, command line), else now: either way
        # the copy runs beside the writing.
        self.contacts.prepare_checkpoint("import")
        # Write before touching the undo stack, so a failed import leaves no undo step.
        with write.transaction():
            write.write(_no_check)
        self._push(write, clean_text(label))
        return write.report

    def apply_in_background(
        self,
        plan: list[PlanItem],
        options: tuple[str, list[str] | None, int | None],
        label: str,
        network: NetworkData | None,
        done: Callable[[ImportReport | None, Exception | None], object],
    ) -> None:
        """``apply`` through the contact service's runner: a large plan is written on a
        worker (progress, Cancel: nothing imported), then ``done(report, None)`` on the
        GUI thread; ``done(None, None)`` when cancelled, ``done(None, error)`` when it
        failed (DiskFullError, BackupError: nothing imported)."""
        write = _ImportWrite(self, plan, options, network)
        self.contacts.prepare_checkpoint("import")
        # The backup is judged on this thread's connection (generations of two
        # connections do not compare): nothing written since it began, as of now. Only
        # another worker's commit in the moment before the job's transaction begins
        # could slip between the two.
        write.as_of = write_generation()

        def finished(committed: bool) -> None:
            if committed:
                self._push(write, clean_text(label))
            done(write.report if committed else None, None)

        text = fill(self.tr("Import %1"), label) if label else self.tr("Import")
        self.contacts.jobs.run(
            text,
            max(1, len(plan)),
            write.write,
            finished,
            transaction=write.transaction,
            failed=lambda error: done(None, error),
        )

    def _push(self, write: _ImportWrite, label: str) -> None:
        """The import as one undo step: its undo and redo are bulk jobs too."""
        ids = write.report.contact_ids

        def redo(check: Check) -> None:
            contact_store.set_deleted(write.created, False)
            check(len(write.created))
            interaction_store.set_interactions_deleted(write.interactions, False)
            network_import.set_network_deleted(write.extra, False)
            self._rewrite(write.after)

        def undo(check: Check) -> None:
            interaction_store.set_interactions_deleted(write.interactions, True)
            network_import.set_network_deleted(write.extra, True)
            contact_store.set_deleted(write.created, True)
            check(len(write.created))
            self._rewrite(write.before)

        text = fill(self.tr("Import %1"), label) if label else self.tr("Import")
        stack = self.contacts.undo_stack
        announce = (lambda: self._announce(ids),) * 2
        command = JobCommand(
            text, self.contacts.jobs, stack, len(ids), (redo, announce[0]), (undo, announce[1])
        )
        stack.push(command)
        self._announce(ids)

    def _rewrite(self, contacts: dict[int, ContactData]) -> None:
        """Put merged contacts back as they were (undo) or as the import left them (redo),
        in bulk, as the import wrote them, not one ``save_contact`` (a round of queries)
        per merge. Merges never replace an organisation, so there is no past
        organisation to record either way."""
        bulk.update_contacts(list(contacts.items()), self.contacts.region)

    def _write(
        self,
        plan: list[PlanItem],
        extras: tuple[str, list[str], str, int | None],
        report: ImportReport,
        written: tuple[dict[int, ContactData], list[int], list[int]],
        check: Check,
    ) -> None:
        """The import's writes, inside its transaction: ``extras`` is the circle, tags and
        cadence for everyone and the time stamp; ``written`` collects the merged contacts
        as they were (``before``), and the ids of contacts and interactions written;
        ``check`` reports progress in rows of the plan (and stops a cancelled import)."""
        circle, extra_tags, now, cadence = extras
        before, created, interactions = written
        added: list[ContactData] = []
        targets = contact_store.load_contacts(
            sorted({p.target for p in plan if p.target is not None})
        )
        merged_events: list[tuple[int, InteractionData]] = []
        for item in plan:
            data = self._with_extras(item, circle, extra_tags, cadence)
            if item.action is Action.ADD:
                added.append(data)
            elif item.action is Action.MERGE and item.target is not None:
                self._merge(item, data, targets, before, report)
                merged_events += [(item.target, e) for e in data.interactions]
            else:
                report.skipped += 1
        check(0)
        if before:
            # Only contacts the file actually changed, rewritten in one pass.
            bulk.update_contacts([(cid, targets[cid]) for cid in before], self.contacts.region)
        if merged_events:
            self._log_merged(merged_events, now, interactions)
        done = len(plan) - len(added)
        check(done)
        if added:
            self._insert_new(added, now, created, interactions, lambda n: check(done + n))
            report.added += len(added)
            report.contact_ids += created

    def _with_extras(
        self, item: PlanItem, circle: str, extra_tags: list[str], cadence: int | None
    ) -> ContactData:
        """The row as written: with the circle, tags and cadence for everyone, on a copy
        (the plan stays as previewed). A new contact that gains nothing is written as it
        is, without a copy: the writer only reads it."""
        incoming = item.incoming
        photo = bounded_photo(incoming.photo)  # the store keeps photos as given
        tags = [*incoming.tags, *(t for t in extra_tags if t not in incoming.tags)]
        kept_circle = incoming.circle or circle
        days = incoming.cadence_days
        if days is None and cadence:
            # Merged: only where the contact has no cadence of its own (merge_into).
            days = cadence
        add = item.action is Action.ADD
        if add and days is None and kept_circle and cadence is None:
            days = self.contacts.cadence_for(kept_circle)
        unchanged = (photo, tags, kept_circle, days) == (
            incoming.photo,
            incoming.tags,
            incoming.circle,
            incoming.cadence_days,
        )
        if add and unchanged:
            return incoming
        data = incoming.clone()
        data.photo, data.tags, data.circle, data.cadence_days = photo, tags, kept_circle, days
        return data

    def _merge(
        self,
        item: PlanItem,
        data: ContactData,
        targets: dict[int, ContactData],
        before: dict[int, ContactData],
        report: ImportReport,
    ) -> None:
        """Merge ``data`` into its target in memory; ``before`` collects what changed."""
        assert item.target is not None
        cid = item.target
        # Several rows of a file may merge into one contact: each builds on the last.
        base = targets[cid]
        original = base.clone()
        item.conflicts = merge_into(base, data)
        # Re-importing the same file changes nothing: skip the write (and the revision bump).
        if base != original:
            before.setdefault(cid, original)
        report.merged += 1
        report.contact_ids.append(cid)

    def _log_merged(
        self, events: list[tuple[int, InteractionData]], now: str, interactions: list[int]
    ) -> None:
        """The file's interactions with merged contacts, in one go, except those already on
        their timeline (same summary, same day): importing an export twice logs nothing twice.
        """
        logged = logged_days(sorted({cid for cid, _event in events}))
        people: dict[int, int] = {}
        rows: list[bulk.BulkInteraction] = []
        for cid, event in events:
            day = str(event.when.date())
            if (cid, event.summary, day) in logged:
                continue
            # Stored stripped: a later row of the file is compared with what was stored.
            logged.add((cid, event.summary.strip(), day))
            rows.append(
                bulk.BulkInteraction(
                    str(event.when.replace(microsecond=0)),
                    str(event.kind),
                    str(event.direction),
                    event.summary,
                    event.notes,
                    None,
                    (people.setdefault(cid, len(people)),),
                )
            )
        if rows:
            first = _next_interaction_id()
            count = bulk.insert_interactions(rows, list(people), [], stamp=now)
            interactions += range(first, first + count)

    def _insert_new(
        self,
        added: list[ContactData],
        now: str,
        created: list[int],
        interactions: list[int],
        progress: Callable[[int], None],
    ) -> None:
        """Write new contacts and their interactions in bulk, with ``executemany``."""
        contact_ids, interaction_ids = bulk.insert_people(
            added, now, self.contacts.region, progress=progress
        )
        created += contact_ids
        interactions += interaction_ids

    def _announce(self, ids: list[int]) -> None:
        change = Change(Entity.CONTACT, ChangeKind.ADDED, tuple(ids), tuple(ids))
        self.changed.emit(change)
        self.contacts.changed.emit(change)


def _next_interaction_id() -> int:
    return int(
        database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction").fetchone()[0]
    )
