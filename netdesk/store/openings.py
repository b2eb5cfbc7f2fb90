"""The job search as plain data: target organisations and openings moving through stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.db.connection import database
from netdesk.db.records import JobTarget, Opening, OpeningAsk, utcnow
from netdesk.store.contact_store import organization_for


class Stage:
    """The stages of an opening, in board order (stored values, never translated)."""

    INTERESTED = "interested"
    REFERRAL = "referral"  # asked for a referral
    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    CLOSED = "closed"
    ALL = (INTERESTED, REFERRAL, APPLIED, INTERVIEWING, OFFER, CLOSED)


@dataclass(frozen=True, slots=True)
class OpeningFields:
    """What the opening dialog edits."""

    organization: str
    title: str
    link: str = ""
    source: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class OpeningEntry:
    id: int
    organization_id: int
    organization: str
    title: str
    link: str
    source: str
    notes: str
    stage: str
    stage_on: dt.date
    asks_open: int = 0
    asks_done: int = 0

    def fields(self) -> OpeningFields:
        return OpeningFields(self.organization, self.title, self.link, self.source, self.notes)


@dataclass(frozen=True, slots=True)
class TargetEntry:
    organization_id: int
    name: str
    openings: int


def _org_id(name: str) -> int:
    record = organization_for(name)
    if record is None:
        raise ValueError("An opening needs an organisation.")
    return int(record.id)


def add_opening(
    values: OpeningFields, stage: str = Stage.INTERESTED, on: dt.date | None = None
) -> int:
    if stage not in Stage.ALL:
        raise ValueError(f"Unknown stage {stage!r}")
    with database.atomic():
        org = _org_id(values.organization)
        record = Opening.create(
            organization=org,
            title=values.title.strip(),
            link=values.link.strip(),
            source=values.source.strip(),
            notes=values.notes.strip(),
            stage=stage,
            stage_on=on or dt.date.today(),
        )
        add_target(org, on)
    return int(record.id)


def update_opening(opening_id: int, values: OpeningFields) -> None:
    with database.atomic():
        org = _org_id(values.organization)
        Opening.update(
            organization=org,
            title=values.title.strip(),
            link=values.link.strip(),
            source=values.source.strip(),
            notes=values.notes.strip(),
            updated_at=utcnow(),
            revision=Opening.revision + 1,
        ).where(Opening.id == opening_id).execute()
        add_target(org)


def set_stage(opening_id: int, stage: str, on: dt.date) -> None:
    if stage not in Stage.ALL:
        raise ValueError(f"Unknown stage {stage!r}")
    Opening.update(
        stage=stage, stage_on=on, updated_at=utcnow(), revision=Opening.revision + 1
    ).where(Opening.id == opening_id).execute()


def set_opening_deleted(opening_id: int, deleted: bool) -> None:
    Opening.update(
        deleted_at=utcnow() if deleted else None,
        updated_at=utcnow(),
        revision=Opening.revision + 1,
    ).where(Opening.id == opening_id).execute()


def link_ask(opening_id: int, ask_id: int) -> None:
    OpeningAsk.insert(opening=opening_id, ask=ask_id).on_conflict_ignore().execute()


def add_target(organization_id: int, on: dt.date | None = None) -> None:
    JobTarget.insert(
        organization=organization_id, added_on=on or dt.date.today(), notes=""
    ).on_conflict_ignore().execute()


def add_target_named(name: str) -> int:
    with database.atomic():
        org = _org_id(name)
        add_target(org)
    return org


def remove_target(organization_id: int) -> None:
    JobTarget.delete().where(JobTarget.organization == organization_id).execute()


_OPENING_SQL = (
    "SELECT o.id, o.organization_id, g.name, o.title, o.link, o.source, o.notes, o.stage, "
    "o.stage_on, "
    "(SELECT COUNT(*) FROM opening_ask x JOIN ask a ON a.id = x.ask_id "
    " WHERE x.opening_id = o.id AND a.deleted_at IS NULL AND a.status = 'open'), "
    "(SELECT COUNT(*) FROM opening_ask x JOIN ask a ON a.id = x.ask_id "
    " WHERE x.opening_id = o.id AND a.deleted_at IS NULL AND a.status = 'done') "
    "FROM opening o JOIN organization g ON g.id = o.organization_id "
    "WHERE o.deleted_at IS NULL"
)


def _entry(row: tuple[object, ...]) -> OpeningEntry:
    return OpeningEntry(
        id=int(str(row[0])),
        organization_id=int(str(row[1])),
        organization=str(row[2]),
        title=str(row[3]),
        link=str(row[4]),
        source=str(row[5]),
        notes=str(row[6]),
        stage=str(row[7]),
        stage_on=dt.date.fromisoformat(str(row[8])[:10]),
        asks_open=int(str(row[9])),
        asks_done=int(str(row[10])),
    )


def openings(organization_id: int | None = None) -> list[OpeningEntry]:
    """Live openings in board order: by stage, the latest moved first, then by title."""
    sql, params = _OPENING_SQL, []
    if organization_id is not None:
        sql += " AND o.organization_id = ?"
        params.append(organization_id)
    rows = database.execute_sql(sql + " ORDER BY o.stage_on DESC, o.title, o.id", params)
    entries = [_entry(r) for r in rows]
    order = {stage: i for i, stage in enumerate(Stage.ALL)}
    return sorted(entries, key=lambda e: order.get(e.stage, len(order)))


def opening(opening_id: int) -> OpeningEntry | None:
    row = database.execute_sql(_OPENING_SQL + " AND o.id = ?", (opening_id,)).fetchone()
    return None if row is None else _entry(row)


def targets() -> list[TargetEntry]:
    """Target organisations (named ones and those with an opening), by name."""
    rows = database.execute_sql(
        "SELECT g.id, g.name, (SELECT COUNT(*) FROM opening o WHERE o.organization_id = g.id "
        "AND o.deleted_at IS NULL) FROM job_target t JOIN organization g "
        "ON g.id = t.organization_id ORDER BY g.name_key"
    )
    return [TargetEntry(int(r[0]), str(r[1]), int(r[2])) for r in rows]


def target_ids() -> set[int]:
    return {int(r[0]) for r in database.execute_sql("SELECT organization_id FROM job_target")}


def find_organization(name: str) -> int | None:
    """The organisation whose folded name is ``name``'s, if any (never creates one)."""
    from netdesk.domain.text import fold

    row = database.execute_sql(
        "SELECT id FROM organization WHERE name_key = ? AND deleted_at IS NULL ORDER BY id",
        (fold(name.strip()),),
    ).fetchone()
    return None if row is None else int(row[0])


def organization_name(organization_id: int) -> str:
    row = database.execute_sql(
        "SELECT name FROM organization WHERE id = ?", (organization_id,)
    ).fetchone()
    return "" if row is None else str(row[0])
