"""Planning and applying an import: preview first, then one transaction, undoable as a whole."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject, Signal

from netdesk.db.connection import checkpoint_later, database, write_transaction
from netdesk.db.records import utcnow
from netdesk.domain.contact_data import ContactData, InteractionData
from netdesk.domain.matching import KeyIndex, differences, match_keys, merge_into
from netdesk.domain.network_data import NetworkData
from netdesk.domain.unicode_policy import clean_text
from netdesk.services import bulk, contact_store, interaction_store, network_import
from netdesk.services.changes import Change, ChangeKind, Entity
from netdesk.services.checkpoints import write_generation
from netdesk.services.contacts import ContactService, FunctionCommand
from netdesk.services.network_import import NetworkWrite


class Action(Enum):
    ADD = "add"
    MERGE = "merge"
    SKIP = "skip"


@dataclass
class PlanItem:
    incoming: ContactData
    action: Action
    reason: str = ""
    target: int | None = None  # contact id for a merge with an existing contact
    conflicts: list[str] = field(default_factory=list)
    # Shown in the preview: (field, your value, the file's value); yours is kept.
    differences: list[tuple[str, str, str]] = field(default_factory=list)
    # A skipped row merged into an earlier one: that row's index in the plan.
    merged_into: int | None = None


@dataclass
class ImportReport:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    contact_ids: list[int] = field(default_factory=list)


_KEY_SQL = {
    "email": "SELECT e.value_key, MIN(e.contact_id) FROM contact_email e JOIN contact c "
    "ON c.id = e.contact_id WHERE c.deleted_at IS NULL AND e.value_key IN ({}) "
    "GROUP BY e.value_key",
    "phone": "SELECT p.value_key, MIN(p.contact_id) FROM contact_phone p JOIN contact c "
    "ON c.id = p.contact_id WHERE c.deleted_at IS NULL AND p.value_key IN ({}) "
    "GROUP BY p.value_key",
    "url": "SELECT l.url_key, MIN(l.contact_id) FROM contact_link l JOIN contact c "
    "ON c.id = l.contact_id WHERE c.deleted_at IS NULL AND l.url_key IN ({}) "
    "GROUP BY l.url_key",
    "uid": "SELECT uid, id FROM contact WHERE deleted_at IS NULL AND uid IN ({})",
}


def _database_index(wanted: set[tuple[str, str]]) -> KeyIndex:
    """The contacts that hold any of ``wanted``'s keys, found through the indexes.

    Only the keys of the file are looked up, so planning costs what the file holds, not
    what the database holds (rebuilding every key of 100,000 contacts took 2 s).
    """
    index = KeyIndex()
    by_kind: dict[str, list[str]] = {}
    for kind, value in wanted:
        by_kind.setdefault(kind, []).append(value)
    for kind, sql in _KEY_SQL.items():
        values = by_kind.get(kind, [])
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            for key, cid in database.execute_sql(sql.format(",".join("?" * len(chunk))), chunk):
                index.keys[(kind, key)] = cid
    # Names are stored folded (sort_key, org_sort), exactly as match_keys folds them.
    for value in by_kind.get("name+org", []):
        name, org = value.split("\x1f", 1)
        (cid,) = database.execute_sql(_NAME_ORG_SQL, (org, name)).fetchone()
        if cid is not None:
            index.keys[("name+org", value)] = cid
    for name in by_kind.get("name", []):
        (cid,) = database.execute_sql(_NAME_SQL, (name,)).fetchone()
        if cid is not None:
            index.keys[("name", name)] = cid
    return index


_NAME_ORG_SQL = (
    "SELECT MIN(id) FROM contact WHERE deleted_at IS NULL AND org_sort = ? AND sort_key = ?"
)
# No organisation means org_sort = '' too: said here so that the lookup is a range of the
# (org_sort, sort_key) index. Without it, once schema 5 replaced the plain name index,
# each name was a scan of the table (742 names of a LinkedIn file: 17 s at 100k).
_NAME_SQL = (
    "SELECT MIN(id) FROM contact WHERE deleted_at IS NULL AND org_sort = '' AND sort_key = ? "
    "AND org_name = '' AND primary_email = '' AND primary_phone = ''"
)


def _trashed_uids() -> set[str]:
    return {
        r[0] for r in database.execute_sql("SELECT uid FROM contact WHERE deleted_at IS NOT NULL")
    }


_REASONS = {
    "uid": "same contact (vCard UID)",
    "email": "same email",
    "phone": "same phone number",
    "url": "same profile link",
    "name+org": "same name and organisation",
    "name": "same name",
}


def plan_import(contacts: list[ContactData], region: str = "") -> list[PlanItem]:
    """Decide for each incoming contact: add, merge (into the database or an earlier row), skip."""
    all_keys = [match_keys(data, region) for data in contacts]
    existing = _database_index({key for keys in all_keys for key in keys})
    trashed = _trashed_uids()
    in_file = KeyIndex()
    plan: list[PlanItem] = []
    for data, keys in zip(contacts, all_keys, strict=True):
        if data.is_empty():
            plan.append(PlanItem(data, Action.SKIP, "no name, email or phone"))
            continue
        hit = existing.find(keys)
        if hit is not None:
            plan.append(PlanItem(data, Action.MERGE, _REASONS[hit[1]], target=hit[0]))
            continue
        earlier = in_file.find(keys)
        if earlier is not None:
            first = plan[earlier[0]]
            merge_into(first.incoming, data)
            plan.append(
                PlanItem(
                    data,
                    Action.SKIP,
                    f"{_REASONS[earlier[1]]} as an earlier entry (merged into it)",
                    merged_into=earlier[0],
                )
            )
            in_file.add(match_keys(first.incoming, region), earlier[0])
            continue
        in_file.add(keys, len(plan))
        if data.uid in trashed:
            # The trash still holds a contact with this UID; this one is a new record.
            data.uid = ""
        plan.append(PlanItem(data, Action.ADD))
    targets = contact_store.load_contacts(sorted({p.target for p in plan if p.target}))
    for item in plan:
        if item.target in targets:
            item.differences = differences(targets[item.target], item.incoming)
    return plan


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
        network: NetworkData | None = None,
    ) -> ImportReport:
        """Write the plan in one transaction (all or nothing) as one undo step.

        Raises:
            DiskFullError: the disk filled up; nothing was imported.
            BackupError: the backup before the import failed; nothing was imported.

        ``network`` (a NetDesk JSON export's, read with the planned contacts) is written
        for the contacts the plan adds or merges: see ``network_import``.
        """
        report = ImportReport()
        # From the command line, a byte that is not UTF-8 arrives as a lone surrogate.
        circle, label = clean_text(circle), clean_text(label)
        tags = [clean_text(t) for t in tags or []]
        extra: list[NetworkWrite] = []  # what the network added, for undo
        before: dict[int, ContactData] = {}
        after: dict[int, ContactData] = {}
        created: list[int] = []
        interactions: list[int] = []
        extra_tags = [t for t in (tags or []) if t.strip()]

        def write() -> None:
            now = str(utcnow())
            # IMMEDIATE: nobody else can commit between the generation read here and
            # this commit, so the backup is judged against exactly what is replaced.
            with checkpoint_later(), write_transaction("IMMEDIATE"):
                as_of = write_generation()
                marks = network_import.first_new_ids()
                with bulk.deferred_search_merges():
                    self._write(
                        plan, (circle, extra_tags, now), report, before, created, interactions
                    )
                if network is not None:
                    ids = _contacts_by_uid(plan, created, network)
                    written = network_import.write_network(network, ids, set(created), marks, now)
                    interactions.extend(written.interactions)
                    extra.append(written)
                after.update(contact_store.load_contacts(list(before)))
                # The backup has been copying meanwhile; commit only once it is safe.
                self.contacts.checkpoint("import", as_of)

        # Started when the file was chosen (GUI, command line), else now: either way
        # the copy runs beside the writing.
        self.contacts.prepare_checkpoint("import")
        # Write before touching the undo stack, so a failed import leaves no undo step.
        write()
        first = [True]

        def redo() -> None:
            if first:
                first.clear()  # the first redo is the write that already happened
            else:
                with database.atomic():
                    contact_store.set_deleted(created, False)
                    interaction_store.set_interactions_deleted(interactions, False)
                    for written in extra:
                        network_import.set_network_deleted(written, False)
                    self._rewrite(after)
            self._announce(report.contact_ids)

        def undo() -> None:
            with database.atomic():
                interaction_store.set_interactions_deleted(interactions, True)
                for written in extra:
                    network_import.set_network_deleted(written, True)
                contact_store.set_deleted(created, True)
                self._rewrite(before)
            self._announce(report.contact_ids)

        text = self.tr("Import %1").replace("%1", label) if label else self.tr("Import")
        self.contacts.undo_stack.push(FunctionCommand(text, redo, undo))
        return report

    def _rewrite(self, contacts: dict[int, ContactData]) -> None:
        """Put merged contacts back as they were (undo) or as the import left them (redo),
        in bulk, as the import wrote them: undoing 1,200 merges one ``save_contact`` at a
        time took 8 s at 100,000 contacts. Merges never replace an organisation, so there
        is no past organisation to record either way."""
        bulk.update_contacts(random.Random(), list(contacts.items()), self.contacts.region)

    def _write(
        self,
        plan: list[PlanItem],
        extras: tuple[str, list[str], str],
        report: ImportReport,
        before: dict[int, ContactData],
        created: list[int],
        interactions: list[int],
    ) -> None:
        """The import's writes, inside its transaction: ``extras`` is the circle and tags
        for everyone and the time stamp; ``before`` collects merged contacts as they were,
        ``created`` and ``interactions`` the ids written."""
        circle, extra_tags, now = extras
        added: list[ContactData] = []
        targets = contact_store.load_contacts(
            sorted({p.target for p in plan if p.target is not None})
        )
        merged_events: list[tuple[int, InteractionData]] = []
        for item in plan:
            # The plan stays as previewed: circle and tags go on a copy.
            data = item.incoming.clone()
            data.tags = [*data.tags, *(t for t in extra_tags if t not in data.tags)]
            if circle and not data.circle:
                data.circle = circle
            if item.action is Action.ADD:
                if data.cadence_days is None and data.circle:
                    data.cadence_days = self.contacts.cadence_for(data.circle)
                added.append(data)
            elif item.action is Action.MERGE and item.target is not None:
                self._merge(item, data, targets, before, report)
                merged_events += [(item.target, e) for e in data.interactions]
            else:
                report.skipped += 1
        if before:
            # Only contacts the file actually changed, rewritten in one pass.
            bulk.update_contacts(
                random.Random(), [(cid, targets[cid]) for cid in before], self.contacts.region
            )
        if merged_events:
            self._log_merged(merged_events, now, interactions)
        if added:
            self._insert_new(added, now, created, interactions)
            report.added += len(added)
            report.contact_ids += created

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
        logged = _logged_days(sorted({cid for cid, _event in events}))
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
            count = bulk.insert_interactions(random.Random(), rows, list(people), [], stamp=now)
            interactions += range(first, first + count)

    def _insert_new(
        self, added: list[ContactData], now: str, created: list[int], interactions: list[int]
    ) -> None:
        """Write new contacts and their interactions with ``executemany``: ~100x faster."""
        contact_ids, interaction_ids = bulk.insert_people(
            random.Random(), added, now, self.contacts.region
        )
        created += contact_ids
        interactions += interaction_ids

    def _announce(self, ids: list[int]) -> None:
        change = Change(Entity.CONTACT, ChangeKind.ADDED, tuple(ids), tuple(ids))
        self.changed.emit(change)
        self.contacts.changed.emit(change)


def _contacts_by_uid(
    plan: list[PlanItem], created: list[int], network: NetworkData
) -> dict[str, int]:
    """The contact each file uid of ``network`` became: added, merged or merged into an
    earlier row of the file (which may itself have been merged)."""
    if len(network.order) != len(plan):
        return {}  # not the plan of this network's contacts: link nothing rather than wrongly
    became: list[int | None] = []
    added = iter(created)
    for item in plan:
        if item.action is Action.ADD:
            became.append(next(added))
        elif item.action is Action.MERGE:
            became.append(item.target)
        else:
            became.append(became[item.merged_into] if item.merged_into is not None else None)
    out: dict[str, int] = {}
    for uid, cid in zip(network.order, became, strict=True):
        if uid and cid is not None:
            out.setdefault(uid, cid)
    return out


def _next_interaction_id() -> int:
    return int(
        database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM interaction").fetchone()[0]
    )


def _logged_days(contact_ids: list[int]) -> set[tuple[int, str, str]]:
    """(contact, summary, day) of the live interactions of ``contact_ids``."""
    out: set[tuple[int, str, str]] = set()
    for start in range(0, len(contact_ids), 500):
        chunk = contact_ids[start : start + 500]
        rows = database.execute_sql(
            "SELECT p.contact_id, i.summary, date(i.happened_at) FROM participant p "
            "JOIN interaction i ON i.id = p.interaction_id WHERE i.deleted_at IS NULL "
            f"AND p.contact_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        out.update((cid, summary, str(day)) for cid, summary, day in rows)
    return out
