"""Capturing conversations from exports: read and match (a plan), then write as one step.

``plan_capture`` reads the sources (off the GUI thread in the window) and matches their
correspondents to contacts; it writes nothing. ``CaptureService.apply`` writes what the
user kept in one transaction, as one undo step, adding the unknown correspondents the
user chose as contacts first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from netdesk.db.connection import checkpoint_later, database, write_transaction
from netdesk.db.records import utcnow
from netdesk.domain.contact_data import ContactData, Labeled
from netdesk.domain.text import fold
from netdesk.io.capture.base import SourceInfo
from netdesk.io.capture.conversations import Collector, Correspondent, SourceRead
from netdesk.io.capture.registry import CaptureSource, find_sources, read_source
from netdesk.io.errors import ImportFormatError
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.checkpoints import write_generation
from netdesk.services.contacts import ContactService, FunctionCommand
from netdesk.services.interactions import InteractionService
from netdesk.store import bulk, capture, contact_store, interaction_store
from netdesk.store.activity import refresh_activity
from netdesk.translation import fill

# How often (in items) the reader reports progress.
PROGRESS_EVERY = 2000


@dataclass
class SourcePlan:
    """One source read and matched; ``error`` instead when it could not be read."""

    path: Path
    kind: str = ""
    read: SourceRead = field(default_factory=SourceRead)
    error: str = ""

    @property
    def label(self) -> str:
        """What its interactions are marked with (``capture_source``), e.g. "whatsapp:a.txt"."""
        return f"{self.kind}:{self.path.name}"


@dataclass
class CapturePlan:
    sources: list[SourcePlan] = field(default_factory=list)
    keep_text: bool = False

    def people(self) -> list[tuple[int, int, Correspondent]]:
        """(source index, person index, person) of every correspondent, source by source."""
        return [
            (s, p, person)
            for s, source in enumerate(self.sources)
            for p, person in enumerate(source.read.people)
        ]


@dataclass
class CaptureChoices:
    """What the preview changed: people left out, unknown people to add as contacts."""

    left_out: set[tuple[int, int]] = field(default_factory=set)
    add: set[tuple[int, int]] = field(default_factory=set)


@dataclass
class CaptureReport:
    added: list[int] = field(default_factory=list)  # interactions written, per source
    created: list[int] = field(default_factory=list)  # contacts added
    contact_ids: list[int] = field(default_factory=list)


@dataclass
class Progress:
    """Where a read is, for a progress dialog to show (written by the reader's thread)."""

    source: str = ""
    items: int = 0


def plan_capture(
    paths: list[Path],
    region: str = "",
    keep_text: bool = False,
    progress: Progress | None = None,
    me: tuple[str, ...] = (),
    accounts: tuple[CaptureSource, ...] = (),
) -> CapturePlan:
    """Read and match every source among ``paths``; writes nothing. ``me`` are the user's
    own addresses and names, beside those the sources show; ``accounts`` are sources
    beside the files (the calendars of sync accounts). Within
    ``io.cancel.cancellable`` a cancel stops it (``ImportCancelledError``)."""
    found = find_sources(paths)
    plan = CapturePlan(keep_text=keep_text)
    plan.sources += [SourcePlan(path, error=message) for path, message in found.errors]
    collected: list[tuple[SourcePlan, Collector, SourceInfo]] = []
    for source in [*found.sources, *accounts]:
        entry = SourcePlan(source.path, source.kind)
        plan.sources.append(entry)
        collector, info = Collector(region, keep_text), SourceInfo()
        try:
            _collect(source, collector, info, keep_text, progress)
        except ImportFormatError as error:
            entry.error = str(error)
            continue
        collected.append((entry, collector, info))
    # What one source shows of the user (a Sent folder, a one-to-one chat, the writer
    # common to several chats) holds for the others read with it.
    own = set(me) | _shared_writers([c for e, c, _i in collected if e.kind == "whatsapp"])
    for _entry, collector, info in collected:
        own |= collector.own_hints(info)
    for entry, collector, info in collected:
        entry.read = collector.finish(info, frozenset(own))
        capture.match(entry.read.people, region)
    return plan


def _collect(
    source: CaptureSource,
    collector: Collector,
    info: SourceInfo,
    keep_text: bool,
    progress: Progress | None,
) -> None:
    if progress is not None:
        progress.source, progress.items = source.path.name, 0
    for count, item in enumerate(read_source(source, info, keep_text), 1):
        collector.add(item)
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress.items = count


def _shared_writers(chats: list[Collector]) -> frozenset[str]:
    """The one person who wrote in every one of several chats is the user (the phone's
    owner); when several did, none of them is taken for the user."""
    if len(chats) < 2:
        return frozenset()
    names = set.intersection(*(c.sender_names() for c in chats))
    return frozenset(names) if len(names) == 1 else frozenset()


def _new_contact(person: Correspondent) -> ContactData:
    name = person.name.strip()
    given, _space, family = name.partition(" ")
    return ContactData(
        given_name=given,
        family_name=family,
        emails=[Labeled(e) for e in person.emails],
        phones=[Labeled(p, "mobile") for p in person.phones],
        urls=[Labeled(u, "linkedin") for u in person.profiles],
    )


def captured_rows(
    plan: CapturePlan, choices: CaptureChoices, new_ids: dict[tuple[int, int], int]
) -> list[Iterator[capture.CapturedRow]]:
    """The interactions to write, per source (each a stream): each conversation with its
    kept, known people."""
    return [_source_rows(plan, s, choices, new_ids) for s in range(len(plan.sources))]


def _source_rows(
    plan: CapturePlan, s: int, choices: CaptureChoices, new_ids: dict[tuple[int, int], int]
) -> Iterator[capture.CapturedRow]:
    source = plan.sources[s]
    ids = {
        p: new_ids.get((s, p), person.contact_id)
        for p, person in enumerate(source.read.people)
        if (s, p) not in choices.left_out
    }
    for conversation in source.read.conversations:
        contact_ids = tuple(dict.fromkeys(
            cid for p in conversation.people if (cid := ids.get(p)) is not None
        ))  # fmt: skip
        if contact_ids:
            yield capture.CapturedRow(
                key=conversation.key,
                source=source.label,
                when=conversation.when,
                kind=str(conversation.kind),
                direction=conversation.direction,
                summary=conversation.summary,
                notes=conversation.notes if plan.keep_text else "",
                count=conversation.count,
                contact_ids=contact_ids,
            )


class CaptureService(QObject):
    """Applies capture plans and removes what was captured from a source.

    Signals:
        changed: a ``Change`` naming the interactions written (or taken back) and the
            contacts whose timelines they are on.
    """

    changed = Signal(object)

    def __init__(self, interactions: InteractionService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interactions = interactions
        self.contacts: ContactService = interactions.contacts

    def plan(
        self,
        paths: list[Path],
        keep_text: bool = False,
        progress: Progress | None = None,
        me: tuple[str, ...] = (),
        accounts: tuple[CaptureSource, ...] = (),
    ) -> CapturePlan:
        return plan_capture(paths, self.contacts.region, keep_text, progress, me, accounts)

    def apply(self, plan: CapturePlan, choices: CaptureChoices | None = None) -> CaptureReport:
        """Write ``plan`` as the user left it, in one transaction (all or nothing) and one
        undo step. Raises DiskFullError or BackupError, and then nothing was written."""
        choices = choices or CaptureChoices()
        report = CaptureReport()
        writes: list[capture.CaptureWrite] = []
        self.contacts.prepare_checkpoint("capture")
        with checkpoint_later(), write_transaction("IMMEDIATE"):
            as_of = write_generation()
            new_ids = self._add_people(plan, choices, report.created)
            for rows in captured_rows(plan, choices, new_ids):
                done = capture.write_captured(rows)
                writes.append(done)
                report.added.append(done.added)
            # The backup has been copying meanwhile; commit only once it is safe.
            self.contacts.checkpoint("capture", as_of)
        people = list(dict.fromkeys([*report.created, *(c for w in writes for c in w.people)]))
        report.contact_ids = people
        if not (report.created or any(w.added or w.updated for w in writes)):
            return report
        self._push(writes, report.created, people, sum(report.added))
        return report

    def _add_people(
        self, plan: CapturePlan, choices: CaptureChoices, created: list[int]
    ) -> dict[tuple[int, int], int]:
        """Add the unknown people the user chose as contacts (one contact for one person
        met in several sources); their ids by (source, person)."""
        wanted = sorted(
            (s, p)
            for s, p, person in plan.people()
            if (s, p) in choices.add
            and person.contact_id is None
            and (s, p) not in choices.left_out
        )
        if not wanted:
            return {}
        first: dict[str, int] = {}
        data: list[ContactData] = []
        slot: dict[tuple[int, int], int] = {}
        for s, p in wanted:
            person = plan.sources[s].read.people[p]
            key = (person.emails or person.phones or [fold(person.name)])[0].lower()
            if key not in first:
                first[key] = len(data)
                data.append(_new_contact(person))
            slot[(s, p)] = first[key]
        ids, _interactions = bulk.insert_people(data, str(utcnow()), self.contacts.region)
        created += ids
        return {pair: ids[at] for pair, at in slot.items()}

    def _push(
        self, writes: list[capture.CaptureWrite], created: list[int], people: list[int], added: int
    ) -> None:
        revived = [i for w in writes for i in w.inserted + w.restored]
        first = [True]

        def redo() -> None:
            if first:
                first.clear()  # the first redo is the write that already happened
            else:
                with database.atomic():
                    contact_store.set_deleted(created, False)
                    interaction_store.set_interactions_deleted(revived, False)
                    for w in writes:
                        capture.set_counts(w.changes)
                    refresh_activity(people)
            self._announce(ChangeKind.ADDED, revived, people, created)

        def undo() -> None:
            with database.atomic():
                interaction_store.set_interactions_deleted(revived, True)
                for w in writes:
                    capture.set_counts(w.updated)
                contact_store.set_deleted(created, True)
                refresh_activity(people)
            self._announce(ChangeKind.REMOVED, revived, people, created)

        text = fill(self.tr("Capture %1 conversations"), str(added))
        self.contacts.undo_stack.push(FunctionCommand(text, redo, undo))

    def remove_source(self, source: str) -> int:
        """Take every interaction captured from ``source`` off the timelines (undoable)."""
        ids = capture.source_interactions(source)
        if not ids:
            return 0
        people: list[int] = []

        def apply(deleted: bool) -> None:
            people[:] = interaction_store.set_interactions_deleted(ids, deleted)
            kind = ChangeKind.REMOVED if deleted else ChangeKind.ADDED
            self._announce(kind, ids, people, [])

        text = fill(self.tr("Remove what was captured from %1"), source.partition(":")[2])
        self.contacts.undo_stack.push(
            FunctionCommand(text, lambda: apply(True), lambda: apply(False))
        )
        return len(ids)

    def sources(self) -> list[tuple[str, int]]:
        """Each source captured from, with its interactions on the timeline."""
        return capture.captured_sources()

    def _announce(
        self, kind: ChangeKind, ids: list[int], people: list[int], created: list[int]
    ) -> None:
        change = Change(Entity.INTERACTION, kind, tuple(ids), tuple(people))
        self.changed.emit(change)
        self.interactions.changed.emit(change)
        if created:
            self.contacts.changed.emit(Change(Entity.CONTACT, kind, tuple(created), tuple(created)))
        self.contacts.notify_activity(people)


def run_with_cancel(op: Callable[[], CapturePlan], cancel: threading.Event) -> CapturePlan:
    """``op`` with the readers looking at ``cancel`` (``ImportCancelledError`` once set)."""
    from netdesk.io.cancel import cancellable

    with cancellable(cancel.is_set):
        return op()
